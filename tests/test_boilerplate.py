"""Boilerplate kinds: sign-offs, credits, promos, share widgets, stamps ..."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsstruct import InputTypeError, _boilerplate, find_boilerplate, parse_article
from newsstruct._blocks import split_blocks
from newsstruct._boilerplate import boilerplate_kind, split_trailing_boilerplate
from newsstruct._data import boilerplate as boilerplate_data
from newsstruct._data.endmarks import END_MARKS
from newsstruct._patterns import BOILERPLATE_REPORTED_CALL


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        ("Reuter", "signoff"),
        ("REUTER", "signoff"),
        ("REUTER...", "signoff"),
        ("reuter", "signoff"),
        ("(AFP)", "signoff"),
        ("EFE jrr/mla", "signoff"),
        ("dpa so yyon z2 a3 vni/dmo", "signoff"),
        ("bur-dar-gl/fz", "desk"),
        ("jm/sst", "desk"),
        ("(Reporting by Cal Mankowski; Editing by Jane Doe)", "credits"),
        ("Reporting by Jane Doe in Paris; Additional reporting by Tom Lee", "credits"),
        ("--With assistance from Jane Doe.", "credits"),
        ("Associated Press writer Jane Doe in Paris contributed to this report.", "credits"),
        ("To contact the reporter on this story: Jane Doe in London", "credits"),
        ("Our Standards: The Thomson Reuters Trust Principles.", "standards"),
        ("Copyright 2021 Thomson Reuters.", "copyright"),
        ("© 2023 The Associated Press. All rights reserved.", "copyright"),
        ("MCI (P) 066/10/2023", "imprint"),
        ("Published by SPH Media Limited, Co. Regn. No. 202120748H.", "imprint"),
        ("UPDATED May 20, 2021, 3:41 PM", "timestamp"),
        ("Published 9:30 AM", "timestamp"),
        ("Updated on May 3", "timestamp"),
        ("PUBLISHED", "timestamp"),
        ("May 20, 2021, 6:08 AM SGT", "timestamp"),
        ("Thursday, May 20, 2021 3:41 p.m. ET", "timestamp"),
        ("2021-05-20", "timestamp"),
        ("November 3, 2025 6:15 AM GMT+1Updated 2 hours ago", "timestamp"),
        ("November 3, 20256:15 AM GMTUpdated 2 hours ago", "timestamp"),
        ("March 4, 2024 | Last updated 7:40 AM", "timestamp"),
        ("November 3, 2025 at 6:00 a.m. EST", "timestamp"),
        ("2025-11-07 14:30:12", "timestamp"),
        ("Monday 3 November 2025 18:42, UK", "timestamp"),
        ("TNN / Updated: May 28, 2025, 08:12 IST", "timestamp"),
        ("4-Minute Listen", "timestamp"),
        ("4 November 2025 \u2022 12:00pm", "timestamp"),
        ("November 05, 2025 07:30 ET | Source: Acme Health Inc.", "timestamp"),
        ("Updated - November 04, 2025 10:12 pm IST", "timestamp"),
        ("Published - November 04, 2025 08:30 pm IST - CHENNAI", "timestamp"),
        ("Issued on: 04/11/2025 - 18:12", "timestamp"),
        ("NEWS PROVIDED BY", "release"),
        ("From:", "release"),
        ("SOURCE Acme Robotics Inc.", "release"),
        ("About Acme Robotics", "release"),
        ("Media Contact:", "release"),
        ("Investors:", "release"),
        ("Forward-Looking Statements", "release"),
        ("Contact:", "release"),
        ("Media contact: Ann Ray, media@globex.example, +1 617-555-0101", "release"),
        ("Enlarge this image", "page"),
        ("toggle caption", "page"),
        ("Heard on All Things Considered", "page"),
        ("jd/js (dpa, Reuters)", "desk"),
        ("More from CBS News", "related"),
        ("Democracy Dies in Darkness", "page"),
        ("Topic: Bushfires", "page"),
        ("Topics: Politics, Economy, Europe", "page"),
        ("Filed under: Business", "page"),
        ("Why you can trust SCMP", "standards"),
        ("Why you can trust us", "standards"),
        ("Why you can trust The Straits Times", "standards"),
        ("ABC News Homepage", "page"),
        ("Updated / Tuesday, 4 Nov 2025 18:12", "timestamp"),
        ("4 Nov, 2025 05:00 AM", "timestamp"),
        ("3 mins to read", "timestamp"),
        ("3 min. read", "timestamp"),
        ("• 2h • 3 min read", "timestamp"),
        ("Today, 6:12 am", "timestamp"),
        ("Yesterday at 5:00 pm GMT", "timestamp"),
        ("Illustration by Jane Doe / The Atlantic", "credits"),
        ("Photograph by Jane Doe for The Guardian", "credits"),
        (
            "A version of this article appears in print on Nov. 5, 2025, Section A, Page 8 "
            "of the New York edition with the headline: Talks Stall.",
            "imprint",
        ),
        ("This article appears in the December 2025 print edition.", "imprint"),
        ("The Straits Times Homepage", "page"),
        ("Go deeper: What the rate decision means for mortgages", "promo"),
        ("Ad Feedback", "promo"),
        ("Share or comment on this article:", "share"),
        ("Have a confidential tip for our reporters? Get in touch", "promo"),
        ("Before it's here, it's on the Bloomberg Terminal", "promo"),
        ("Thanks for reading! Subscribe for free to get new posts.", "promo"),
        ("Thanks for reading The Weekly Ledger! Subscribe for free to receive new posts.", "promo"),
        ("Catch all the latest business news on the site.", "promo"),
        ("This report by The Canadian Press was first published Nov. 4, 2025.", "promo"),
        ("Tue., Nov. 4, 2025timer3 min. read", "timestamp"),
        ("04/11/2025 18h12 Atualizado há 2 horas", "timestamp"),
        ("Nov 4, 2025 18h12", "timestamp"),
        ("-Aktualisiert am 04.11.2025-18:12", "timestamp"),
        ("Nov. 4, 2025 \u00b7 4 min read", "timestamp"),
        ("KYODO NEWS - Nov 4, 2025 - 18:12 | Japan, Economy", "timestamp"),
        ("Nov 4, 2025 | Business", "timestamp"),
        ("Comment", "share"),
        ("Skip to main content", "page"),
        ("Home", "page"),
        ("Terms of Use | Privacy Policy | Contact Us", "page"),
        ("We use cookies to improve your experience on our site.", "page"),
        ("Gift Article", "share"),
        ("Source: Al Jazeera and news agencies", "credits"),
        ("Jane Doe can be reached at jdoe@example.com or 555-0142.", "credits"),
        ("This article was amended on 4 November 2025 to correct a name.", "correction"),
        ("Correction: An earlier version of this story gave the wrong date.", "correction"),
        ("This story has been updated to add comment from the ministry.", "correction"),
        ("3 Min Read", "timestamp"),
        ("RPT", "flag"),
        ("REPEAT FROM LATE FRIDAY", "flag"),
        ("more", "flag"),
        ("___", "separator"),
        ("* * *", "separator"),
        ("-30-", "separator"),
        ("Thanks for sharing!", "share"),
        ("Share this article", "share"),
        ("FacebookTelegram", "share"),
        ("Facebook Twitter LinkedIn Email", "share"),
        ("MORE ON THIS TOPIC", "related"),
        ("Related:", "related"),
        ("Join ST's Telegram channel and get the latest breaking news delivered to you.", "promo"),
        ("Join ST's WhatsApp Channel and get the latest news and must-reads.", "promo"),
        ("Most Read from Bloomberg", "promo"),
        ("Read more: Markets fall again", "promo"),
        ("Sign up for our daily newsletter", "promo"),
        ("Follow Pam Key on Twitter @pamkeyNEN.", "promo"),
        ("Follow @dailyplanet.", "promo"),
        ("Twitter: @jdoe.", "promo"),
        ("Contributing: Jane Doe and John Roe, Daily Planet.", "credits"),
        ("Jane Doe contributed reporting.", "credits"),
        ("Jane Doe and John Roe contributed.", "credits"),
        ("--additional reporting by Jane Doe.", "credits"),
        ("--additional reporting from Jane Doe.", "credits"),
        ("Doe reported from Springfield.", "credits"),
        ("Doe reported from Springfield, Ill.; Roe, from Washington.", "credits"),
        ("Doe reported from Lisbon. Staff writer John Roe contributed from Porto.", "credits"),
        ("(h/t The Daily Planet.)", "credits"),
        ("h/t: Daily Planet.", "credits"),
        ("@reader1234.", "credits"),
        ("Getty Images.", "credits"),
        ("Source: Census Bureau.", "credits"),
        ("BEFORE YOU GO.", "related"),
        ("Jane Doe via Getty Images", "credits"),
        ("Getty/Instagram.", "credits"),
        ("ASSOCIATED PRESS.", "credits"),
        ('<tweet tweet-id="123"><tweet/>.', "page"),
        ('<iframe src="https://example.com/v/1"></iframe>', "page"),
        # a social media post embedded in the page, copied as text
        ("\u2014 Jane Doe (@jdoe) May 4, 2025", "page"),
        ("-- Riverton Police (@RivertonPD) 4 May 2025", "page"),
        ("Thanks, everyone! pic.twitter.com/a1B2c3 \u2014 Jane Doe (@jdoe) May 4, 2025", "page"),
        ("A post shared by Jane Doe (@jane.doe)", "page"),
        ("A post shared by @jane.doe on May 4, 2025 at 3:12pm PDT", "page"),
        ("View this post on Instagram", "page"),
        # a photo gallery's counter and buttons; an embed's consent placeholder
        ("1 of 12", "page"),
        ("Suggested Topics:", "related"),
        ("Most watched News videos", "related"),
        (
            "This column reflects the personal views of the author and does not "
            "necessarily reflect the opinion of the editorial board.",
            "standards",
        ),
        # a press release's date line and a science release's labels
        ("News Release 3-Nov-2025", "timestamp"),
        ("Press release | 4 November 2025", "timestamp"),
        ("Peer-Reviewed Publication", "release"),
        ("NEWYou can now listen to Fox News articles!", "promo"),
        ("share2", "share"),
        # CNN's page furniture: a video's ad label, its length and source, a link
        ("Video Ad Feedback", "promo"),
        ("01:12 - Source: CNN", "page"),
        ("See Full Web Article", "page"),
        ("Related article", "related"),
        # The New York Times' ad slots and sponsor label, its topic link
        ("SKIP ADVERTISEMENT", "promo"),
        ("Supported by", "promo"),
        ("See more on: Springfield City Council", "related"),
        # a portal's footer links
        ("Terms and Privacy Policy", "page"),
        ("Privacy Dashboard", "page"),
        ("Your Privacy Choices", "page"),
        ("Do Not Sell or Share My Personal Information", "page"),
        # a local TV page's furniture: its share button, the note on a developing
        # story, the pointer to its site
        ("SHARE", "share"),
        ("This is a developing story. Check back for updates.", "correction"),
        ("This story will be updated.", "correction"),
        ("For the latest news, weather, sports, and streaming video, head to WXYZ.", "promo"),
        # a newsletter platform's badge and buttons, counts alone under a post
        ("\u2219 Paid", "page"),
        ("Leave a comment", "page"),
        ("Restack", "page"),
        ("12", "page"),
        ("1.2K", "page"),
        # an investing site's disclosure and pitch, syndicated with its stories
        ("Sam Lee has no position in any of the stocks mentioned.", "standards"),
        ("The Motley Fool has positions in and recommends Acme.", "standards"),
        ("Should you invest $1,000 in Acme Robotics right now?", "promo"),
        # an opinion page's closing lines
        ("The views expressed in this column are the writer's own.", "standards"),
        ("(Views are personal)", "standards"),
        ("Want to submit a letter to the editor? Email letters@example.com.", "promo"),
        ("Have a story idea? Let us know.", "promo"),
        ("Image 3 of 12", "page"),
        ("Expand", "page"),
        ("View gallery", "page"),
        ("This content is not available due to your privacy preferences.", "page"),
        ("Please enable JavaScript to view this video.", "page"),
        ("Your browser does not support the video tag.", "page"),
        ("Do you back the mayor? Like the page:", "promo"),
        ("ADVERTISEMENT", "promo"),
        ("- Advertisement -", "promo"),
        ("Anzeige", "promo"),
        ("c.2024 The New York Times Company", "copyright"),
        ("c. 2019 Example Media Group", "copyright"),
        ("Sam Patel in London at spatel@example.net", "credits"),
        ("This article originally appeared in The Daily Planet.", "promo"),
        ("Join the conversation", "promo"),
        ("Listen to this article", "promo"),
        ("[Advertisement]", "promo"),
        ("The post Talks end without a deal appeared first on Example News.", "promo"),
        ("Tags: politics, election", "page"),
        ("-- END --", "separator"),
        ("== ENDS ==", "separator"),
        ("This article was produced by Example Health News.", "credits"),
        ("Disclaimer: The views expressed are the author's own.", "standards"),
        ("Published in The Daily Planet, May 14th, 2024", "imprint"),
        ("This article is republished from The Example under a Creative Commons license.", "promo"),
    ],
)
def test_kinds(block: str, kind: str) -> None:
    assert boilerplate_kind(block) == kind
    found = find_boilerplate(block)
    assert [(b.text, b.kind) for b in found] == [(block, kind)]


@pytest.mark.parametrize(
    "block",
    [
        "The talks ended on Monday, officials said.",
        "Copyright law was changed in 2019, officials said.",
        "c. 2000 BC is when the walls were built, experts say.",
        "Sam Patel said he would meet them at noon.",
        "Published in 2019, the report found rising costs.",
        "The singer appeared first on stage and then left, fans said.",
        "The post office closed on Monday, officials said.",
        "This article was written by hand, he joked.",
        "-- and then the END came --, she wrote.",
        "Updated plans were released on Monday after 3 weeks.",
        "He contributed to this report on Monday, she said.",
        "Police reported from the scene that two people died.",
        "The money Smith contributed.",
        "Reuters reported from Moscow that troops had moved.",
        "Contributing factors included the weather.",
        "Twitter: the company said @jdoe had left.",
        "@jdoe said the vote was rigged.",
        "Getty Images said on Monday it would cut jobs.",
        "Associated Press reporters saw the convoy.",
        "Before you go, check the weather, officials said.",
        "<b>Bold</b> claims were made on Monday.",
        "May 20 was a good day for markets.",
        "Published by Penguin in 2010, the book sold well.",
        "Reuters reported the deal on Monday.",
        "More than 100 people attended.",
        "Share prices rose 3 pct.",
        "AFP is a news agency.",
        "Advertisement spending rose 3 pct.",
        "Correction officers went on strike on Monday.",
        "Jane Doe | Updated May 3, 2024",  # a byline with its date stamp
        "Monday 3 November 2025 18:42, UK police said the man was arrested.",
        "The mayor can be reached at City Hall most days, she said.",
        "Sources said the deal was close.",
        "Home Office ministers met on Monday.",
        "Home is where the heart is, she said.",
        "Search teams found the boat.",
        "Help arrived on Monday, officials said.",
        "This article was written by hand, she said.",
        "About 300 people were evacuated.",
        "About the author",
        "About Acme, little is known, officials said.",
        "Source: the company's annual report",
        "Sources said the talks would resume.",
        "Media reports said the minister had resigned.",
        "Contacts: talks resumed on Monday.",
        "Contacts between the two sides resumed on Monday.",
        "Issued 2,000 permits last year, the agency said more would follow.",
        "Heard on the radio, the speech sounded different.",
        "Enlarge this image to see the damage, the ministry said.",
        "More from the ministry is expected on Monday.",
        "Democracy dies in darkness, the editor wrote in 2017.",
        "Topic: how the rules changed",
        "Topics: The ministry said prices rose.",
        "More on that later, she said.",
        "Go deeper into the cave, the guide said.",
        "Why you can trust the polls",
        "Updated / revised figures came out on Tuesday.",
        "• 2 minutes later the bus came",
        "Today, the council met.",
        "Thanks for reading to us, the children told the mayor on Monday.",
        "-Aktualisiert werden die Daten nie, sagte er.",
        "18h after the storm, the roads reopened.",
        "Today at 6:00 pm the council will vote.",
        "3 mins to read the report, she said.",
        "Illustration was her first love, she said.",
        "This article appears in the journal Nature, the researchers said.",
        "This story appeared first on the station's website.",
        "Why you can trust Biden on trade",
        "Why you can trust the Times, the editor wrote.",
        "Go back to the homepage",
        "The ministry updated its homepage",
        "Ad feedback from readers was mixed, the editor said.",
        "Have a look at the figures, she said.",
        "TOKYO - Nov 4, 2025",
        "Kyodo News - 4 people died on Monday, the agency said.",
        "Nov 4, 2025 | The council voted on Monday.",
        "November 3, 2025 Updated rules on housing come into force across the whole country.",
        "",
        "x" * 10_000,
    ],
)
def test_not_boilerplate(block: str) -> None:
    assert boilerplate_kind(block) is None
    assert find_boilerplate(block) == ()


@pytest.mark.parametrize(
    ("text", "body", "junk", "kind"),
    [
        ('He will fight on, he said." AFP', 'He will fight on, he said."', "AFP", "signoff"),
        ("Soybean oil 55.8 (33.7).        REUTER", "Soybean oil 55.8 (33.7).", "REUTER", "signoff"),
        (
            "Revs 1.59 billion vs 997.1 mln\n Reuter",
            "Revs 1.59 billion vs 997.1 mln",
            "Reuter",
            "signoff",
        ),
        (
            "The plant opens in May. (Reporting by Jane Doe; Editing by Tom Lee)",
            "The plant opens in May.",
            "(Reporting by Jane Doe; Editing by Tom Lee)",
            "credits",
        ),
        ("The talks failed. bur-dar/fz", "The talks failed.", "bur-dar/fz", "desk"),
    ],
)
def test_trailing(text: str, body: str, junk: str, kind: str) -> None:
    end, found = split_trailing_boilerplate(text, 0, len(text))
    assert text[:end] == body
    assert found is not None
    assert (found.text, found.kind) == (junk, kind)
    assert text[found.span.start : found.span.end] == junk


@pytest.mark.parametrize(
    "text",
    ["He met AFP reporters", "They flew to Taipei with the AP", "Nothing here."],
)
def test_no_trailing(text: str) -> None:
    assert split_trailing_boilerplate(text, 0, len(text)) == (len(text), None)


def test_find_boilerplate_in_an_article() -> None:
    text = (
        "Talks end\n\nThe talks ended, officials said.\n\n"
        "(Reporting by Jane Doe; Editing by Tom Lee)\n\n"
        "Our Standards: The Thomson Reuters Trust Principles."
    )
    assert [b.kind for b in find_boilerplate(text)] == ["credits", "standards"]


def test_spans_slice_the_input() -> None:
    text = "  Body text, he said.\r\n\r\n Reuter \r\n"
    for item in find_boilerplate(text):
        assert text[item.span.start : item.span.end] == item.text


def test_type_error() -> None:
    with pytest.raises(InputTypeError):
        find_boilerplate(b"Reuter")  # type: ignore[arg-type]


def _ungated_kind(block: str) -> str | None:
    """boilerplate_kind() without its gates: every rule's pattern, in order."""
    if not block or len(block) > _boilerplate._MAX_BLOCK:
        return None
    for kind, pattern, anchored, _gate in _boilerplate._RULES:
        if anchored:
            if pattern.match(block):
                return _unreported(kind, block)
        elif len(block) <= _boilerplate._MAX_PHRASE_BLOCK and pattern.search(block):
            return _unreported(kind, block)
    return None


def _unreported(kind: str, block: str) -> str | None:
    """*kind*, unless it is a call to action that the story reports (no gate:
    boilerplate_kind() says so of every block, ``Subscribe now, the company told``)."""
    if kind == "promo" and block[-1:] in ".!?" and BOILERPLATE_REPORTED_CALL.search(block):
        return None
    return kind


_VOCABULARY = sorted(
    {
        *boilerplate_data.PROMO_OPENINGS,
        *boilerplate_data.PROMO_PHRASES,
        *boilerplate_data.COPYRIGHT_PHRASES,
        *boilerplate_data.CREDIT_ROLES,
        *boilerplate_data.SIGNOFF_AGENCIES,
        *boilerplate_data.ADVERTS,
        *boilerplate_data.TIMESTAMP_LABELS,
        *boilerplate_data.CORRECTION_OPENINGS,
        *boilerplate_data.PAGE_LINKS,
        *boilerplate_data.COOKIE_PHRASES,
        *boilerplate_data.RELEASE_HEADINGS,
        *boilerplate_data.RELEASE_PROVIDERS,
        "Media contact:",
        "Contact:",
        *boilerplate_data.PROGRAMME_LINES,
        *boilerplate_data.SLOGANS,
        *boilerplate_data.TOPIC_LABELS,
        *boilerplate_data.ADVISORY_LABELS,
        *boilerplate_data.EMBARGO_OPENINGS,
        *boilerplate_data.FLAGS,
        ":",
        "\u2014",
        "This story contains",
        "0001 GMT THURSDAY",
        "BC-US--Storm-Damage",
        "AP-US-Storm-Damage",
        ",2nd Ld-Writethru",
        "<650 words>",
        "(650 words)",
        "AP-WF-11-04-25 1812GMT",
        "Source text for Eikon:",
        "Further company coverage:",
        "[ID:nABC123]",
        "(Bengaluru Newsroom)",
        "Newsroom",
        "Bureau",
        "((jane@example.com))",
        "Keywords: USA STOCKS/",
        "Topics: Bushfires",
        "About Acme",
        "SOURCE Acme",
        "Copyright",
        "©",
        "(c)",
        "MCI (P) 066/10/2023",
        "Co. Regn. No.",
        "Published by SPH Media Limited",
        "follow",
        "Follow us on Twitter",
        "Why you can trust",
        "Homepage",
        "News",
        "by",
        "with assistance from",
        "To contact the reporter:",
        "contributed to this report.",
        "Contributing:",
        "contributed",
        "reported from",
        "Jane Doe",
        "h/t",
        "@jdoe",
        "The mayor \u2014 Jane Doe (@jdoe) \u2014 said on May 4, 2025 that the vote was close.",
        "Jane Doe (@jdoe) wrote on May 4, 2025 that the vote was rigged.",
        "The views expressed by the minister drew sharp criticism.",
        "Before you buy stock in a company, read its annual report.",
        "2025",
        "12 of them",
        "Paid leave is now the law.",
        "The story is developing fast, officials said.",
        "Share prices fell.",
        "Supported by the union, the bill passed easily.",
        "News release: the ministry said it would act on Monday.",
        "12:30 - Source: a witness said the fire began at noon and spread.",
        "Should you invest in bonds now? Most advisers say yes.",
        "The union said its members will submit a letter to the mayor.",
        "2 of the 12",
        "One of 12",
        "Chapter 1 of 3",
        "They won 3 of 12 seats.",
        "The plan would expand the port.",
        "\u2014 Jane Doe (@jdoe)",
        "Twitter: @jdoe",
        "Getty Images",
        "via Getty Images",
        "Associated Press",
        "<tweet/>",
        '<tweet tweet-id="1">',
        "jane@example.com",
        "May 20, 2021",
        "3:41 PM",
        "bur-dar/fz",
        "***",
        "--",
        "(",
        ")",
        ".",
        " ",
        "The talks ended,",
        "officials said.",
    }
)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_VOCABULARY), min_size=1, max_size=6).map(" ".join),
    st.sampled_from([str, str.upper, str.lower, str.title, str.swapcase]),
)
def test_gates_never_hide_a_kind(block: str, case: Callable[[str], str]) -> None:
    block = case(block).strip()
    assert boilerplate_kind(block) == _ungated_kind(block)


def _ungated_trailing(text: str) -> tuple[int, str | None]:
    """split_trailing_boilerplate() without its gates: every trailing pattern, in order."""
    end = len(text)
    window = max(0, end - _boilerplate._TAIL)
    for kind, pattern, _gate in _boilerplate._TRAILING:
        found = pattern.search(text, window, end)
        if found is not None and found.end() == end:
            return found.start("junk"), kind
    return end, None


_TRAILING_ENDINGS = [
    *boilerplate_data.SIGNOFF_AGENCIES,
    *END_MARKS,
    "REUTER",
    "reuters",
    "Lusa/Fim",
    "PTI ABC DEF",
    "jrr/mla",
    "bur-dar/fz",
    "(Reporting by Jane Doe; Editing by Tom Lee)",
    "(foto)",
    "A6.",
    "4A",
    "Continued on Page A12",
    "(See TALKS, Page 4A)",
    "...",
    "\u2026",
    "(",
    ")",
    ".",
    "-",
    "--",
    "\n",
    " ",
    "said.",
    '"',
    "\u201d",
    "The talks ended,",
]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_TRAILING_ENDINGS), min_size=1, max_size=6).map(" ".join),
    st.sampled_from([str, str.upper, str.lower, str.title, str.swapcase]),
)
def test_trailing_gates_never_hide_a_match(ending: str, case: Callable[[str], str]) -> None:
    text = "The plant opens in May. " + case(ending).strip()
    _, found = split_trailing_boilerplate(text, 0, len(text))
    start, kind = _ungated_trailing(text)
    assert (found.kind if found else None) == kind
    if found is not None:
        assert found.span.start == start


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from('xX©℗ -("\u201cabcdefgmnoprstuwy'), max_size=12))
def test_one_opening_look_up_finds_what_the_index_finds(text: str) -> None:
    """``_OPENING_PAIRS`` (one look-up) finds an opening where ``_Openings.at`` does (two)."""
    folded = _boilerplate._fold(text)
    for pos in range(len(folded)):
        openings = _boilerplate._OPENING_PAIRS.get(folded[pos : pos + 2])
        if openings is None:
            openings = _boilerplate._OPENING_INDEX.get(folded[pos : pos + 1])
        paired = openings is not None and folded.startswith(openings, pos)
        assert paired == _boilerplate._ANY_OPENING.at(folded, pos)


def test_every_opening_opens_a_block_that_may_be_boilerplate() -> None:
    for openings in _boilerplate._OPENING_INDEX.values():
        for opening in openings:
            assert _boilerplate._may_be_any(opening + " rest", False, ()), opening
    # after marks or a bracket, the openings that a gate looks for there
    for openings in _boilerplate._LEAD_INDEX.values():
        for opening in openings:
            blocks = ["(" + opening + ")"]
            if opening[0].isalnum():  # (found after marks at its first letter or digit)
                blocks.append('"' + opening + " rest")
            for block in blocks:
                assert _boilerplate._may_be_any(block, False, ()), block


def test_openings_after_marks_the_gate_passes_by_are_no_boilerplate() -> None:
    # an opening that no gate looks for after marks (a share button's ``X``) opens
    # a block after marks that no rule reads: the gate may pass it by
    for openings in _boilerplate._OPENING_INDEX.values():
        for opening in openings:
            for lead in ('"', "(", "\u201c", "- ", "\u2022 "):
                for rest in ("", " rest", ")", '"'):
                    block = lead + opening + rest
                    short = len(block) <= _boilerplate._MAX_PHRASE_BLOCK
                    if not _boilerplate._may_be_any(block, short, _boilerplate._PHRASE_ANCHORS):
                        assert _boilerplate._rule_kind(block, short) is None, block


def test_export_furniture_only_in_an_export() -> None:
    # the words of a database export's furniture in a story that is none stay paragraphs
    text = (
        "Talks end in dispute\n\nBy Jane Doe\n\n"
        "WASHINGTON (Reuters) - The talks ended, officials said.\n\n"
        "Body\n\nIn other words, nothing changed.\n\nEnglish\n\nDocument rejected by court"
    )
    article = parse_article(text)
    assert article.boilerplate == ()
    assert [p.text for p in article.paragraphs][1:] == [
        "Body",
        "In other words, nothing changed.",
        "English",
        "Document rejected by court",
    ]
    # a Nexis export: the Body line under a labelled line
    export = "Talks end\n\nLength: 80 words\n\nBody\n\nThe talks ended.\n\nEnd of Document"
    article = parse_article(export)
    assert [(b.kind, b.text) for b in article.boilerplate] == [
        ("export", "Length: 80 words"),
        ("export", "Body"),
        ("export", "End of Document"),
    ]
    assert [p.text for p in article.paragraphs] == ["The talks ended."]


def test_ending_tails_gate_keeps_every_credit_ending() -> None:
    # _may_be_any folds a block's end (``... contributed to this report.``) only
    # when its last three characters before a full stop are in _ENDING_TAILS:
    # every block whose folding ends with a credit ending must pass that test.
    # A character whose folding holds no letter of an ending cannot be among
    # them (foldings are at most three characters, endings at least five), so
    # every three of the others are tried.
    import sys

    from newsstruct._boilerplate import _CREDIT_ENDINGS, _ENDING_TAILS, _fold, _may_be_any

    endings = {ending.rstrip(".") for ending in _CREDIT_ENDINGS}
    letters = set("".join(endings))
    chars = []
    for code in range(sys.maxunicode + 1):
        folded = _fold(chr(code))
        assert len(folded) <= 3
        assert code == ord(".") or not folded.endswith(".")
        if set(folded) & letters:
            chars.append(chr(code))
    for second in chars:
        for third in chars:
            end = _fold(second + third)
            assert not any(end.endswith(ending) for ending in endings)
            for first in chars:
                tail = _fold(first) + end
                if any(tail.endswith(ending) or ending.endswith(tail) for ending in endings):
                    assert first + second + third in _ENDING_TAILS, first + second + third
    for block in ("Jane Doe contributed to this REPORT.", "Jo Lee contributed to this story"):
        assert _may_be_any(block, False, ())
    assert not _may_be_any("Jo Lee wrote the part.", False, ())


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        # AP's raw feed: flags, the embargo line, the slug line and notes to editors
        ("EMBARGOED UNTIL 0001 GMT THURSDAY", "flag"),
        ("Embargoed until 00:01 GMT on Thursday, Nov. 6", "flag"),
        ("HOLD FOR RELEASE UNTIL 6 P.M. EST", "flag"),
        ("BC-US--Storm-Damage,2nd Ld-Writethru", "flag"),
        ("BC-Storm-Damage,1st Ld-Writethru,0650", "flag"),
        ("AP-US-Storm-Damage,Correction", "flag"),
        ("BC-EU--Rail-Strike,Urgent <210 words>", "flag"),
        ("AP-US-Court-Ruling (95 words)", "flag"),
        ("AP-WF-11-04-25 1812GMT", "flag"),
        ("AM-Storm-Damage,1st Ld-Writethru,a0512", "flag"),
        ("URGENT", "flag"),
        ("APNewsAlert", "flag"),
        ("BULLETIN", "flag"),
        ("Eds: UPDATES with governor's comments. With AP Photos.", "flag"),
        ("Eds: With AP Photos.", "flag"),
        ("EDS: Moves on general news and financial services.", "flag"),
        ("Editors: This story contains language some readers may find offensive.", "flag"),
        ("EDITOR'S NOTE \u2014 This is part of a series on water.", "flag"),
        ("Editor\u2019s note: This story has been updated with new figures.", "flag"),
        # the editors' names stay a credit line
        ("Editors: Jane Doe and John Roe", "credits"),
        # Reuters' closing lines
        ("Source text for Eikon: [ID:nABC123]", "related"),
        ("Source text: bit.ly/3abcd", "related"),
        ("Further company coverage: [ACME.O]", "related"),
        ("[ID:nABC123]", "related"),
        ("(Bengaluru Newsroom; +1 646 223 8780)", "credits"),
        ("(Gdansk Newsroom)", "credits"),
        (
            "((jane.doe@example.com; +44 20 7542 1234; Reuters Messaging: jd@reuters.net))",
            "credits",
        ),
        ("(Writing by Jane Doe; Editing by John Roe)", "credits"),
        ("Keywords: ACME ROBOTICS/RESULTS", "page"),
    ],
)
def test_wire_feed_furniture(block: str, kind: str) -> None:
    assert boilerplate_kind(block) == kind


@pytest.mark.parametrize(
    "block",
    [
        "The embargo on oil exports was lifted on Tuesday, officials said.",
        "Embargoed until Thursday, the report says growth slowed sharply this year.",
        "Editors at the paper said the story was embargoed until noon.",
        "Eds and tailors in the port town said trade would pick up.",
        "AP-NORC poll, released Friday, shows support falling.",
        "PM-style rule, the critics said, would follow.",
        "BC-based miners, the report said, led the gains.",
        "Editor\u2019s note: Donald Trump regularly",  # a line of a note cut by line breaks
        "The bureau said the figures would be revised.",
        "Source of the leak remains unknown, the newsroom said.",
    ],
)
def test_wire_feed_furniture_not_in_a_story(block: str) -> None:
    assert boilerplate_kind(block) is None


def test_the_gate_reads_a_picture_credit_in_the_head() -> None:
    # _may_be_any looks for "via Getty" in the block's folded head: the head must
    # hold the whole of any block short enough to be a picture credit alone
    from newsstruct._boilerplate import _HEAD, _MAX_PHOTO_CREDIT, _may_be_any

    assert _HEAD >= _MAX_PHOTO_CREDIT
    for block in ("Jane Doe via Getty Images.", "(Jane Doe VIA GETTY IMAGES)", "Getty Images."):
        assert _may_be_any(block, False, ())
    assert [b.kind for b in find_boilerplate("Rates rose.\n\nJane Doe via Getty Images.")] == [
        "credits"
    ]


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        # print jump lines and page pointers alone
        ("Continued on Page A12", "related"),
        ("Continued from A1", "related"),
        ("CONTINUED ON PAGE 4A", "related"),
        ("Story continues on Page B3.", "related"),
        ("See STORY, Page 4A", "related"),
        ("Please see BUDGET, A6", "related"),
        ("Please see BUDGET on Page A6", "related"),
        ("(See TALKS, Page A4)", "related"),
        ("See page 4", "related"),
        ("(Page 3)", "related"),
        ("Turn to page 14", "related"),
        ("Turn to Page A6", "related"),
        ("Please turn to page 5.", "related"),
        # a PDF page's number alone
        ("Page 2 of 5", "page"),
        ("Page 12 of 17.", "page"),
        # raw wire feeds: the envelope, slug lines without a prefix, header lines
        ("ZCZC", "flag"),
        ("ZCZC0412/SXA", "flag"),
        ("NNNN", "separator"),
        ("US-vote-Senate,2ndlead", "flag"),
        ("France-strike-rail,update 2", "flag"),
        ("Italy-budget,wrap,sched", "flag"),
        ("EFE-MADRID", "flag"),
        ("XINHUA-ENGLISH 2025-11-04 18:12", "flag"),
        ("AFP 041812 GMT", "flag"),
        # pointers to the page's video and audio; a note that a post was updated
        ("Watch the ad above.", "promo"),
        ("Listen to the full interview below:", "promo"),
        ("Watch the interview segment here.", "promo"),
        ("This post has been updated with comments from the campaign.", "correction"),
        ("This piece was updated on Tuesday.", "correction"),
        # the 1987 Reuters wire: a take's More, a sign-off with its carriage return in caret notation
        ("More", "flag"),
        ("REUTER...^M", "signoff"),
    ],
)
def test_print_and_feed_furniture(block: str, kind: str) -> None:
    assert boilerplate_kind(block) == kind
    assert [b.kind for b in find_boilerplate("The talks ended.\n\n" + block)] == [kind]


@pytest.mark.parametrize(
    "block",
    [
        "See you at 5",
        "See the mayor, who arrived at 5",
        "Continued on Monday",
        "Page 3",  # a page alone, not bracketed: maybe a section's name
        "The rule is in Article 5.",
        "Section A6.",
        "The vote was 5 to 4.",
        "AFP JOURNALIST HURT IN BLAST",  # a headline in capitals
        "Anti-war protest, update",  # words, not a slug
        "US-China talks, a new start",
        "Watchdog groups said the rules were weak, here and abroad.",
        "Watch out.",
    ],
)
def test_print_and_feed_furniture_not_in_a_story(block: str) -> None:
    assert boilerplate_kind(block) is None


@pytest.mark.parametrize(
    ("ending", "junk"),
    [
        ("residents.  A6.", "A6."),
        ("residents. 4A", "4A"),
        ("residents. Continued on Page A12", "Continued on Page A12"),
        ("residents. (See TALKS, Page 4A)", "(See TALKS, Page 4A)"),
        ('residents." Page 3.', "Page 3."),
    ],
)
def test_page_reference_glued_to_the_last_paragraph(ending: str, junk: str) -> None:
    text = "Talks end\n\nThe talks ended on Monday.\n\nActivists spoke to " + ending
    article = parse_article(text)
    assert [(b.text, b.kind) for b in article.boilerplate] == [(junk, "related")]
    last = article.paragraphs[-1]
    assert text[last.span.start : last.span.end] == last.text
    assert not last.text.endswith(junk)


@pytest.mark.parametrize(
    "ending",
    [
        "The rule is in Article 5.",
        "It is listed in Section A6.",
        "The tickets cost 5.",
        "The results came in 2016. 5.",
        "He said the vote was 4-5.",
        "They sang along to U2.",
    ],
)
def test_page_reference_never_eats_prose(ending: str) -> None:
    article = parse_article("Talks end\n\nThe talks ended on Monday.\n\n" + ending)
    assert article.boilerplate == ()
    assert article.paragraphs[-1].text == ending


def test_jump_lines_glued_to_paragraphs_inside_the_story() -> None:
    text = (
        "Council passes budget\n\n"
        "The city council voted to\nContinued on Page A12\n\n"
        "raise fees for the first time in a decade.\n\n"
        "Activists said the vote was rushed. A6.\n\n"
        "The fee is set out in Article 5.\n\n"
        "The mayor signed the bill on Friday."
    )
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [
        "The city council voted to",
        "raise fees for the first time in a decade.",
        "Activists said the vote was rushed.",
        "The fee is set out in Article 5.",
        "The mayor signed the bill on Friday.",
    ]
    assert [(b.text, b.kind) for b in article.boilerplate] == [
        ("Continued on Page A12", "related"),
        ("A6.", "related"),
    ]
    for paragraph in article.paragraphs:
        assert text[paragraph.span.start : paragraph.span.end] == paragraph.text
    for junk in article.boilerplate:
        assert text[junk.span.start : junk.span.end] == junk.text


def test_a_plain_block_is_no_boilerplate() -> None:
    # the composer passes by the blocks plain_block() clears: none is boilerplate
    blocks = [
        "The bridge will close on Monday, officials said.",
        '"We will win," she said.',
        '""Start',
        '"x"',
        "Title",
        "a",
        "(Reporting by Jane Doe; Editing by John Roe)",
        "Follow us on Twitter @jdoe",
        "Copyright 2025 Acme Corp.",
        "UPDATED: Nov 4, 2025",
        "- Jane Doe contributed to this report.",
        "\u201cX\u201d",
        "(END)",
        "",
    ]
    for block in blocks:
        text = "Lead.\n\n" + block
        start, end = 7, len(text)
        if _boilerplate.plain_block(text, start, end):
            assert _boilerplate.match_boilerplate(text, start, end) is None, block
    assert not _boilerplate.plain_block("(Reporting by Jane Doe)", 0, 23)


def test_every_gate_phrase_is_under_an_anchor() -> None:
    # a block is tried for its phrases only under the anchors it holds
    for phrase in _boilerplate._SHORT_BLOCK_PHRASES:
        if "@" in phrase:
            continue  # (a block with an @ is always tried)
        assert any(
            phrase in _boilerplate._ANCHOR_PHRASES[anchor]
            for anchor in _boilerplate._PHRASE_ANCHORS
            if anchor in phrase
        ), phrase


def test_a_block_with_an_anchor_but_no_phrase_is_plain() -> None:
    text = "Lead.\n\nThey will design and sign it."
    start, end = 7, len(text)
    assert _boilerplate.plain_block(text, start, end, ("sign",))
    assert _boilerplate.match_boilerplate(text, start, end) is None
    text = "Lead.\n\nSign up for our newsletter."
    assert not _boilerplate.plain_block(text, 7, len(text), ("sign",))


@pytest.mark.parametrize(
    "block",
    [
        "(Reporting by Jane Doe; Editing by John Roe)",
        "Jane Doe contributed to this report.",
        "JANE DOE CONTRIBUTED TO THIS REPORT.",
        "Jane Doe reported from Kyiv.",
        "Jane Doe can be reached at jane@example.com.",
        "To contact the reporter on this story: Jane Doe in London",
        "To his successor, Mr. Obama leaves a legacy.",
        "She contributed money to the campaign.",
        "Follow us on Twitter @jdoe",
        "Join our Telegram channel for the latest news.",
        "JOIN OUR TELEGRAM CHANNEL",
        "Following the talks, the ministers left.",
        "",
    ],
)
def test_phrased_patterns_match_as_the_whole_pattern(block: str) -> None:
    # the credit and promo rules try their phrased alternatives only on a block
    # holding a phrase: the same answer as the whole pattern
    from newsstruct._patterns import BOILERPLATE_CREDITS, BOILERPLATE_PROMO

    assert _boilerplate._CREDITS.match(block) == (BOILERPLATE_CREDITS.match(block) is not None)
    assert _boilerplate._PROMO.search(block) == (BOILERPLATE_PROMO.search(block) is not None)


def test_openings_by_first_character_answer_as_the_tuples() -> None:
    # each gate compares a block only with the openings sharing its first character
    indexes = [name for name in dir(_boilerplate) if name.endswith("_BY_FIRST")]
    assert indexes
    samples = ["reuters", "(ap)", "updated", "", "x", "copyright 2025", "\u00a9 acme", "-- bernama"]
    for name in indexes:
        index = getattr(_boilerplate, name)
        openings = getattr(_boilerplate, name.removesuffix("_BY_FIRST"))
        assert "" not in openings
        assert sorted(word for words in index.values() for word in words) == sorted(openings)
        for folded in [*samples, *openings]:
            assert folded.startswith(index.get(folded[:1], ())) == folded.startswith(openings)


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        ("Posted Tue, Apr 9, 2024 at 11:05 am ET", "timestamp"),
        ("Updated Wednesday 3 May 2023", "timestamp"),
        ("9:42 p.m.", "timestamp"),
        ("14:05 GMT", "timestamp"),
        ("AP MLB: https://apnews.com/hub/mlb", "page"),
        ("https://apnews.com/hub/mlb", "page"),
        (
            "A correction was made on Feb. 3, 2025: An earlier version misstated a year.",
            "correction",
        ),
        ("Enter email address", "promo"),
        ("Sign Me Up", "promo"),
        ("Follow", "share"),
        ("Reuse this content", "share"),
        ("Explore more on these topics", "related"),
        ("More to Read", "related"),
        ("Author", "page"),
        ("Image caption,", "page"),
        ("Disclosure statement", "standards"),
        ("Partners", "standards"),
        (
            "Jane Doe does not work for, consult, own shares in or receive funding from any"
            " company or organisation that would benefit from this article.",
            "standards",
        ),
        ("Acme University provides funding as a member of The Conversation UK.", "standards"),
    ],
)
def test_more_page_furniture(block: str, kind: str) -> None:
    assert boilerplate_kind(block) == kind


@pytest.mark.parametrize(
    "block",
    [
        "12.5 pct",
        "8:30",
        "See https://example.com for the rules.",
        "Partners in the deal said they would sign on Monday.",
        "Posted guards stood at the gate.",
    ],
)
def test_more_page_furniture_negatives(block: str) -> None:
    assert boilerplate_kind(block) is None


def test_a_date_line_with_an_update_after_a_slash() -> None:
    block = "June 24, 2024, 10:17 AM EDT / Updated June 24, 2024, 11:42 AM EDT"
    assert boilerplate_kind(block) == "timestamp"


def test_the_writers_name_alone_under_the_story_is_credits() -> None:
    text = (
        "Court to hear case\n\nBy Jane Doe\n\nThe court agreed to hear the case on Monday.\n\n"
        "More than 20 states have passed similar laws.\n\nJane Doe\n\n"
        "Jane Doe is a senior reporter for the Herald."
    )
    article = parse_article(text)
    assert article.paragraphs[-1].text == "More than 20 states have passed similar laws."
    assert [(b.kind, b.text) for b in article.boilerplate] == [
        ("credits", "Jane Doe"),
        ("credits", "Jane Doe is a senior reporter for the Herald."),
    ]
    # negative: another person's name alone stays
    article = parse_article(text.replace("\n\nJane Doe\n\n", "\n\nJohn Roe\n\n"))
    assert article.paragraphs[-1].text == "John Roe"


def test_the_writers_funding_disclosure_at_the_end_is_credits() -> None:
    text = (
        "Why cities grow hotter\n\nBy Jane Doe\n\nBuildings absorb heat during the day.\n\n"
        "Trees cool the streets at night.\n\n"
        "Jane Doe receives funding from the Natural Environment Research Council."
    )
    article = parse_article(text)
    assert article.paragraphs[-1].text == "Trees cool the streets at night."
    assert [b.kind for b in article.boilerplate] == ["credits"]


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        ("[Edited by Jane Doe]", "credits"),
        ("Note from the author:", "promo"),
        ("Please consider supporting our work by becoming a member.", "promo"),
        ("Read more with Euractiv", "promo"),
        ("Catch all the Business News on Live Mint.", "promo"),
        ("Rail-strike ,2nd Ld-Writethru", "flag"),
    ],
)
def test_round_ten_closing_furniture(block: str, kind: str) -> None:
    assert boilerplate_kind(block) == kind


def test_relative_stamps_and_key_events_are_no_paragraphs() -> None:
    from newsstruct import parse_article

    text = (
        "Storm hits coast\n\nKey events\n\n2 hours ago\n\n"
        "Winds reached 100 mph on the coast, forecasters said.\n\n3 mins ago\n\n"
        "Power is out for 20,000 homes.\n\nYesterday\n\nWarnings were issued."
    )
    article = parse_article(text)
    assert [p.text[:5] for p in article.paragraphs] == ["Winds", "Power", "Warni"]
    kinds = {b.text: b.kind for b in article.boilerplate}
    assert kinds == {
        "Key events": "page",
        "2 hours ago": "timestamp",
        "3 mins ago": "timestamp",
        "Yesterday": "timestamp",
    }


def test_print_edition_notes_and_topic_headings() -> None:
    for line, kind in (
        ("Appeared in the August 1, 2024, print edition as 'Boeing Taps Outsider'.", "imprint"),
        ("Explore more", "related"),
        ("Read more about:", "related"),
    ):
        assert boilerplate_kind(line) == kind, line


def test_round_11_page_furniture() -> None:
    for line, kind in (
        ("Le Monde with AFP", "credits"),
        ("Staff and agencies", "credits"),
        ("Time to read 3 min.", "timestamp"),
        ("Lire en français", "page"),
        ("07:45, 28 February 2024", "timestamp"),
        ("Oct. 2, 2024, 5 a.m. EDT", "timestamp"),
        ("Translation of an original article published in French on example.fr.", "imprint"),
        ("Support Us | Policies & Ethics | Contact Us | Newsletter | Apps", "page"),
        ("Do you have information about this we should know? Contact jd@example.org.", "promo"),
        ("We're trying something new. Was it helpful?", "promo"),
    ):
        assert boilerplate_kind(line) == kind, line
    for line in ("Smith and Jones", "Prices rose 5 percent in May, the agency said."):
        assert boilerplate_kind(line) is None, line


def test_a_source_line_under_the_standfirst() -> None:
    text = (
        "Government survives confidence vote\n\n"
        "The motion fell nine votes short. Protests went on in several cities.\n\n"
        "Le Monde with AFP\nPublished on March 20, 2023, at 6:28 pm\n\n"
        "The government narrowly survived a motion on Monday, clearing the way for its reform."
    )
    article = parse_article(text)
    assert article.standfirst is not None
    assert article.standfirst.text.startswith("The motion")
    assert article.paragraphs[0].text.startswith("The government")


def test_a_government_release_opens_with_furniture() -> None:
    text = (
        "FOR IMMEDIATE RELEASE\nMay 6, 2024\n\nContact: Office of Communications\n"
        "(202) 555-0142 | press@example.gov\n\nAgency Announces Grants for Pipes\n\n"
        "WASHINGTON \u2013 The agency today announced $450 million in grants, officials said."
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text.startswith("Agency")
    assert article.dateline is not None
    assert article.dateline.location == "WASHINGTON"
    assert [p.text[:7] for p in article.paragraphs] == ["The age"]
    for line, kind in (
        ("Disclosure: Acme has been a financial supporter of the Tribune.", "standards"),
        ("RELATED VIDEO", "related"),
    ):
        assert boilerplate_kind(line) == kind, line


def test_round_11_more_furniture() -> None:
    for line, kind in (
        ("ARAB NEWS", "credits"),
        ("Related", "related"),
        ("Show comments", "page"),
        ("Information from ESPN Stats & Information research was used in this report.", "credits"),
    ):
        assert boilerplate_kind(line) == kind, line
    assert boilerplate_kind("BREAKING NEWS") != "credits"


def test_key_points_under_the_byline_are_the_standfirst() -> None:
    text = (
        "Chipmaker passes Apple in market value\n\nJennifer Sor Jun 5, 2024, 4:29 PM EDT\n\n"
        "- Its market value topped $3 trillion on Wednesday.\n- It is second only to Microsoft.\n\n"
        "The chipmaker passed Apple on Wednesday to become the second-most valuable company."
    )
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.names == ("Jennifer Sor",)
    assert article.standfirst is not None
    assert article.standfirst.text.startswith("- Its market")
    assert [p.text[:7] for p in article.paragraphs] == ["The chi"]


def test_round_11_closing_lines() -> None:
    for line, kind in (
        ("Connect via Twitter or email.", "promo"),
        ("Comments will be moderated. Keep comments relevant to the article.", "promo"),
        ("For release: Tuesday, March 4, 2025", "release"),
        ("Topics :", "related"),
    ):
        assert boilerplate_kind(line) == kind, line


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        # round 12: wire and web furniture from more house styles
        ("Last update: 03/11/2024 05:42 PM", "timestamp"),
        (
            "Published date: 4 November 2024 12:41 GMT | Last update: 4 November 2024 13:05 GMT",
            "timestamp",
        ),
        ("Philippine Daily Inquirer / 05:32 AM November 04, 2024", "timestamp"),
        ("READ: Rice prices to go down by P5 per kilo", "related"),
        ("Related news: Cocoa exports rise 12 percent", "related"),
        ("TikTok : @example", "promo"),
        ("Facebook: @example", "promo"),
        ("PREMIUM", "page"),
        ("Change Size", "page"),
        ("Short Url", "page"),
        ("Listen In Arabic", "page"),
        ("MEE staff", "credits"),
        ("Get email notification for articles from Jane Doe Follow", "promo"),
        ("Report it to us and we will rectify it.", "promo"),
        ("This article is available in French on the French edition.", "promo"),
        ("Published at : November 4, 2024", "timestamp"),
        ("General News of Monday, 4 November 2024", "timestamp"),
        ("Source: www.example.com", "page"),
        ("Daily Planet Newsletters", "promo"),
        ("Support THE DAILY PLANET'S journalism of integrity", "promo"),
        ("Make a donation", "page"),
        ("TEXT AD: Call Jo - 555 0100", "promo"),
        ("Related topic", "related"),
        ("\u2014 With files from Jane Doe in Ottawa", "credits"),
        ("Most Viewed in National", "related"),
        ("Local Democracy Reporting is local body journalism co-funded by the state.", "promo"),
        ("Normal text size", "page"),
        ("Submit Correction", "page"),
        ("FOLLOW", "page"),
        ("Story continues", "page"),
        ("Sign in to access your portfolio", "promo"),
        ("THE DAILY PLANET, TUESDAY, MARCH 4, 1997        A7", "page"),
        ("A6    THE DAILY PLANET, TUESDAY, MARCH 4, 1997", "page"),
        ("Topic", "related"),
        ("Jane Doe receives funding from the Research Council.", "credits"),
        ("A6 | Tuesday, November 5, 2024 | The Riverton Courier", "page"),
        ("The Riverton Courier | Tuesday, November 5, 2024 | A7", "page"),
        ("SCHOOL | Continued from A6", "related"),
        ("That's it for today. Thanks for reading.", "promo"),
        ("You are receiving this email because you signed up for The Brief.", "promo"),
        ("Unsubscribe | Update your preferences | Privacy policy", "page"),
        ("ADVISORY: The AP will move a separate story on the race later today.", "flag"),
        ("This content was published on November 4, 2024 - 14:12", "timestamp"),
        ("2 minutes", "timestamp"),
        ("Want to join the conversation? Please or to comment on this article.", "promo"),
        (
            "This news story has been written and carefully fact-checked by an external team.",
            "standards",
        ),
    ],
)
def test_round12_furniture(block: str, kind: str) -> None:
    assert boilerplate_kind(block) == kind


@pytest.mark.parametrize(
    "block",
    [
        "Jane Doe | Updated May 3, 2024",  # a byline with its stamp
        "Read: the council will vote again in May, officials said, and the vote is close.",
        "Hospital Staff",
        "By MEE staff",
        "The newsletter",
        "Support for the bill grew among journalists and editors.",
        "World News of the Week",
        "THE VOTE WAS 5-2 IN 1997",
        "The school receives funding from the state, officials said.",
        "Yes | No | Maybe in 2024",
        "Advisory: Storm warnings issued for coast",
        "UPDATE 1-Chip maker plans plant in 2025",
        "(photo of the year)",
        "In: the end, the vote was close.",
        "Inflation rose in October",
    ],
)
def test_round12_not_furniture(block: str) -> None:
    assert boilerplate_kind(block) is None


def test_round12_bio_by_surname() -> None:
    text = (
        "Nepal to hold by-elections\nBinod Ghimire\nPublished at : November 4, 2024\n\nKathmandu\n\n"
        "The commission announced the polls on Sunday.\n\nThe vote is in April.\n\n"
        "Ghimire is a political correspondent for the Post, covering Parliament."
    )
    article = parse_article(text)
    assert article.dateline is not None
    assert article.dateline.location == "Kathmandu"
    assert [p.text for p in article.paragraphs] == [
        "The commission announced the polls on Sunday.",
        "The vote is in April.",
    ]
    assert article.boilerplate[-1].kind == "credits"


def test_round12_issuer_lines_over_a_release() -> None:
    text = (
        "U.S. Attorney's Office\nDistrict of Example\nFOR IMMEDIATE RELEASE\n"
        "Tuesday, November 5, 2024\n\nLocal Man Sentenced For Fraud\n\n"
        "SPRINGFIELD \u2013 A local man was sentenced today, prosecutors said.\n\nMore."
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Local Man Sentenced For Fraud"
    assert [b.kind for b in article.boilerplate][:3] == ["release", "release", "release"]
    assert article.paragraphs[0].text.startswith("A local man")


def test_round12_bio_under_the_stamp() -> None:
    text = (
        "Chiefs rally in overtime\n\nJane Doe\nNov 4, 2024, 11:58 PM ET\n\nClose\n"
        "Jane Doe is a staff writer for ESPN who covers the Chiefs.\n\n"
        "KANSAS CITY, Mo. -- The Chiefs won in overtime on Monday night.\n\nMore."
    )
    article = parse_article(text)
    assert article.dateline is not None
    assert article.dateline.location == "KANSAS CITY, Mo."
    assert article.paragraphs[0].text.startswith("The Chiefs won")
    assert "credits" in [b.kind for b in article.boilerplate]


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        ("Enditem/AW", "separator"),  # an end mark and the editor's initials
        ("ENDS/jd/ms", "separator"),
        ("(By Lin Mei-hua and Chen Wei)", "credits"),  # the writers in brackets at the end
        ("(By Jane Doe, Tom Roe and Ann Lee)", "credits"),
        ("KT file photo", "credits"),  # a picture from the files, alone
        ("File photo", "credits"),
        ("File picture.", "credits"),
        ("Tue Nov 4, 2025 09:12 PM Last update on: Tue Nov 4, 2025 09:40 PM", "timestamp"),
        ("Read more about: Corruption, Regions", "page"),  # the story's topics
    ],
)
def test_round13_boilerplate_kinds(block: str, kind: str) -> None:
    assert boilerplate_kind(block) == kind


@pytest.mark.parametrize(
    "block",
    [
        "(By comparison, the old plant made half as much.)",  # a sentence in brackets
        "Enditem of the agenda/plan",
        "The file photos were released on Monday.",
        "Read more about the plan in our explainer.",
    ],
)
def test_round13_not_boilerplate(block: str) -> None:
    assert boilerplate_kind(block) is None


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        (
            "BY JANE ROE [jane.roe@example.com]",
            "credits",
        ),  # the writer and address, square brackets
        (
            "Like Sport on Facebook, follow @PlanetSport on Twitter to stay informed and join in the conversation.",
            "promo",
        ),
    ],
)
def test_round13_batch2_kinds(block: str, kind: str) -> None:
    assert boilerplate_kind(block) == kind


@pytest.mark.parametrize(
    ("paragraph", "kept", "junk"),
    [
        (
            "The law takes effect in May. \u2013 Planet.com",
            "The law takes effect in May.",
            "\u2013 Planet.com",
        ),
        ("Voting closes at noon. -- Example.net", "Voting closes at noon.", "-- Example.net"),
    ],
)
def test_round13_site_signs_off(paragraph: str, kept: str, junk: str) -> None:
    end, found = split_trailing_boilerplate(paragraph, 0, len(paragraph))
    assert found is not None
    assert (paragraph[:end].rstrip(), found.text, found.kind) == (kept, junk, "signoff")


def test_round13_site_in_a_sentence_is_no_sign_off() -> None:
    paragraph = "Forms are online at example.com"
    assert split_trailing_boilerplate(paragraph, 0, len(paragraph))[1] is None


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        ("Updated08:30, 4 NOV 2025", "timestamp"),  # the time glued to its label
        ("Published14:05, 12 MAR 2025", "timestamp"),
    ],
)
def test_round13_glued_stamps(block: str, kind: str) -> None:
    assert boilerplate_kind(block) == kind


def test_round13_glued_label_needs_a_time() -> None:
    assert boilerplate_kind("Updated2025 plans for the park were shown.") is None


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        ("Article content", "page"),  # an ad slot's marker between paragraphs
        ("Get more local news delivered straight to your inbox. Sign up for free.", "promo"),
    ],
)
def test_round13_batch4_kinds(block: str, kind: str) -> None:
    assert boilerplate_kind(block) == kind


def test_round13_initials_sign_off() -> None:
    paragraph = "The new tariffs will apply from July. DM"
    end, found = split_trailing_boilerplate(paragraph, 0, len(paragraph))
    assert paragraph[:end].rstrip() == "The new tariffs will apply from July."
    assert found is not None
    assert (found.text, found.kind) == ("DM", "signoff")
    paragraph = "Send the mayor a DM"
    assert split_trailing_boilerplate(paragraph, 0, len(paragraph))[1] is None


def test_round13_long_footers_end_the_page() -> None:
    from newsstruct._boilerplate import match_footer

    story = (
        "Council approves bus lanes\n\n"
        "The city council approved three new bus lanes on Tuesday, officials said.\n\n"
        "Work on the lanes will start in March and end by the summer, the council said.\n\n"
    )
    footer = (
        "The Springfield Courier is published by Courier Media Group Ltd, registered in "
        "England and Wales with company number 01234567. Registered office: 1 High Street, "
        "Springfield. The Courier is a member of the press standards body and abides by its "
        "code. Copyright 2025 Courier Media Group Ltd. All rights reserved."
    )
    links = " | ".join(
        [
            "News",
            "Sport",
            "Business",
            "Opinion",
            "Weather",
            "Puzzles",
            "Obituaries",
            "Contact us",
            "Privacy policy",
            "Cookie settings",
            "Terms of use",
            "Advertise",
            "Subscriptions",
            "Archive",
            "Jobs",
            "Announcements",
            "Events",
            "Podcasts",
            "Newsletters",
            "Letters to the editor",
            "Help",
            "Crosswords",
            "Travel",
        ]
    )
    assert len(footer) > 260
    assert len(links) > 260
    article = parse_article(story + footer + "\n\n" + links)
    assert [p.text[:8] for p in article.paragraphs] == ["The city", "Work on "]
    assert [b.kind for b in article.boilerplate] == ["imprint", "page"]
    # a long last paragraph about rights and a company stays the story's
    last = (
        "The singer's estate said all rights to the songs were its own, and the court "
        "agreed on Monday. Lawyers for Acme Records Ltd said the label would appeal the "
        "ruling, which it called unfair to the musicians who played on the records, and "
        "would ask the court to hear the case again in the new year."
    )
    assert len(last) > 260
    article = parse_article(story + last)
    assert article.paragraphs[-1].text == last
    assert match_footer(last, 0, len(last)) is None
    # a long sentence with bars is no row of links
    bars = "Prices rose | fell | rose again, the data showed. " * 6
    assert match_footer(bars, 0, len(bars)) is None


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        ("\u2013 TIMES/AFP/NA", "signoff"),  # the paper's sources after a dash
        ("-- PLANET/Reuters", "signoff"),
        ("DAILY PLANET WITH AA", "credits"),  # the paper with an agency, in capitals
        ("Support independent journalism in our city \u2014 join us today.", "promo"),
    ],
)
def test_round13_batch5_kinds(block: str, kind: str) -> None:
    assert boilerplate_kind(block) == kind


@pytest.mark.parametrize("block", ["- yes/no", "\u2013 TIMES/NA", "\u2013 either/or/AFPX"])
def test_round13_no_sources_sign_off(block: str) -> None:
    assert boilerplate_kind(block) != "signoff"


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        ("example-news.com", "page"),  # a reader view's first line: the site's address
        ("www.example.co.uk", "page"),
        ("The Wayback Machine - https://web.archive.org/web/2025/https://example.com/a", "page"),
        ("This is Google's cache of https://example.com/a. It is a snapshot of the page.", "page"),
        ("Full version Text-only version View source", "page"),
        ("Visit website", "page"),
        ("Sent from my iPhone", "page"),
        ("6\u20138 minutes", "timestamp"),  # a reading time as a range
    ],
)
def test_round13_batch6_kinds(block: str, kind: str) -> None:
    assert boilerplate_kind(block) == kind


@pytest.mark.parametrize(
    "block", ["U.S.", "e.g.", "Mr. Smith.", "Acme.Inc", "It costs 6.5 minutes"]
)
def test_round13_no_bare_address(block: str) -> None:
    assert boilerplate_kind(block) != "page"


def test_round13_issued_at_stamp() -> None:
    assert boilerplate_kind("Issued at: 05:12 AM, Tuesday 4 November 2025") == "timestamp"
    assert boilerplate_kind("Issued at the start of the season, the rules bind all clubs.") is None


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        ("UNI XR SB 1812", "signoff"),  # the agency, the desk's initials, the time
        ("NTX/JRR/MSG", "desk"),  # initials in capitals between slashes
        ("Full article 2 comments", "page"),
        ("with AP", "credits"),  # the agency under the outlet's name
        ("with AFP and Reuters", "credits"),
        ("Planet News Desk | New York | Updated: 04-11-2025 21:12 IST", "credits"),
        (
            "(This story has not been edited by Planet staff and is auto-generated from a feed.)",
            "credits",
        ),
        ("(Except for the headline, this story has not been edited by Planet staff.)", "credits"),
    ],
)
def test_round13_batch8_kinds(block: str, kind: str) -> None:
    assert boilerplate_kind(block) == kind


@pytest.mark.parametrize(
    "block",
    ["US/UK/EU", "with the mayor", "Jane Doe | Staff writer | Nov 4", "2 comments on the plan"],
)
def test_round13_batch8_not_those_kinds(block: str) -> None:
    assert boilerplate_kind(block) not in ("desk", "credits", "page")


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        ("NEWSPAPER SECTION: News", "page"),
        ("Our journalism costs money. Support us by subscribing today.", "promo"),
    ],
)
def test_round13_batch10_kinds(block: str, kind: str) -> None:
    assert boilerplate_kind(block) == kind


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        ("73\u00b0", "page"),  # a weather widget's temperature
        ("-4 \u00b0C", "page"),
        ("Watch Live", "page"),
        ("Log in, register or subscribe to save articles for later.", "page"),
    ],
)
def test_round13_batch11_kinds(block: str, kind: str) -> None:
    assert boilerplate_kind(block) == kind


def test_round13_weather_widget_lines() -> None:
    text = (
        "Crews battle brush fire\n\n73\u00b0\n\nSpringfield, MO\n\nClear\n\nBy KXYZ Staff\n\n"
        "SPRINGFIELD, Mo. (KXYZ) \u2014 Firefighters battled a brush fire on Tuesday.\n\nMore."
    )
    article = parse_article(text)
    assert [b.text for b in article.boilerplate][:4] == [
        "73\u00b0",
        "Springfield, MO",
        "Clear",
        "By KXYZ Staff",
    ]
    assert article.dateline is not None
    assert article.dateline.location == "SPRINGFIELD, Mo."
    # no temperature over them: the lines stay the story's
    text = "Crews battle fire\n\nFirefighters battled a fire on Tuesday, officials said.\n\nClear\n\nMore."
    assert "Clear" in [p.text for p in parse_article(text).paragraphs]


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        (
            "Published: Tuesday | November 4, 2025 | 12:09 AM",
            "timestamp",
        ),  # a bar after the weekday
        ("Independent journalism costs money. Support us today.", "promo"),
    ],
)
def test_round13_batch12_kinds(block: str, kind: str) -> None:
    assert boilerplate_kind(block) == kind


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        ("---------- Forwarded message ---------", "page"),  # a forwarded mail's rule
        ("From: Tom Roe <tom@example.com>", "page"),  # and its header
        ("Date: Tue, Nov 4, 2025 at 9:12 AM", "page"),
        ("Subject: Fwd: library story", "page"),
        ("12.3K views", "page"),  # a channel post's count
        ("\U0001f449 Read more: https://www.example.com/a", "promo"),  # a call after an emoji
        ("NewsBreak", "page"),
    ],
)
def test_round13_batch13_kinds(block: str, kind: str) -> None:
    assert boilerplate_kind(block) == kind


@pytest.mark.parametrize(
    "block",
    ["From: the editors", "Date: to be set", "Subject: the budget", "Views differ"],
)
def test_round13_no_mail_header(block: str) -> None:
    assert boilerplate_kind(block) is None


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        ("Published today at 10:32 am (Paris), updated at 11:05 am", "timestamp"),
        ("Posted yesterday at 9:15 pm", "timestamp"),
        ("Press play to listen to this article", "promo"),  # an audio player
        ("Voiced by artificial intelligence.", "promo"),
        ("This audio is auto-generated. Please let us know if you have feedback.", "promo"),
        ("Thank you for listening.", "promo"),
        ("Some information for this report came from The Associated Press.", "credits"),
        ("Information in this story came from Reuters and AFP.", "credits"),
        ("Publish : 03 Mar 2025, 10:12 AM", "timestamp"),
        ("Update : 03 Mar 2025, 11:00 AM", "timestamp"),
        ("\u2014VBL, GMA Integrated News", "signoff"),  # an editor's initials and the outlet
        ("-- LDF/KG, The Daily Planet", "signoff"),
        ("Managing Editor at The Riverton Courier", "credits"),  # a writer's title line
        ("Senior Reporter at Daily Planet", "credits"),
        ("42 \u00b7 5 comments", "page"),  # a post's counts
        ("152 reactions \u00b7 23 comments \u00b7 14 shares", "page"),
        ("3h \u00b7", "timestamp"),  # a social post's age
        ("Like", "share"),
        ("+ Follow", "share"),
        ("--", "separator"),  # stray marks alone
        ("\u00b7", "separator"),
        ("00:00 / 00:00", "page"),  # an audio player's clock
        ("\u2014 With a report from Jane Doe, DZMM", "credits"),
        ("Contact reporter Jane Doe (jdoe@example.com)", "credits"),
        ("Guest Author", "page"),
    ],
)
def test_round14_kinds(block: str, kind: str) -> None:
    assert boilerplate_kind(block) == kind


@pytest.mark.parametrize(
    "block",
    [
        "Published today, the report found rents rose.",  # no time after the day
        "UPDATE 2-Oil prices rise on supply worries",  # a Reuters kicker, no colon
        "\u2014Mr Roe, the mayor, said the plan would cost more",  # a dash and a comma, no initials
        "The editor at the paper resigned on Monday after a row.",  # a sentence, no title line
        "Reporter at large",  # the title, no outlet
        "5 comments on the plan were read out.",  # a count in a sentence
        "Like many cities, Riverton has raised its fares.",
        "Some information came from the police.",  # no report
        "Contact the council for details.",
        "10:00 / 12:00 meeting",
    ],
)
def test_round14_not_those_kinds(block: str) -> None:
    assert boilerplate_kind(block) is None


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        ("Est. 4min", "timestamp"),  # an estimated reading time
        ("Est. 6 min read", "timestamp"),
        ("03-03-2025", "timestamp"),  # a date alone, day first, with dashes
        ("Content-Type: News", "page"),
        ("Subscribers are reading", "related"),
    ],
)
def test_round14_batch5_kinds(block: str, kind: str) -> None:
    assert boilerplate_kind(block) == kind


@pytest.mark.parametrize(
    "block",
    ["Est. 4 people were hurt in the blast.", "3-1-2 formation", "Subscribers are reading more."],
)
def test_round14_batch5_not_those_kinds(block: str) -> None:
    assert boilerplate_kind(block) is None


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Follow the AP's coverage of the Supreme Court at https://apnews.com/hub/court.",
            ["promo"],
        ),
        (
            "Follow AP\u2019s coverage of the election at https://apnews.com/hub/election.",
            ["promo"],
        ),
        ("Find more of AP's coverage at https://apnews.com/hub/climate", ["promo"]),
        ("Follow the money, the senator said of the inquiry into the contracts.", []),
    ],
)
def test_aps_pointer_to_its_topic_hub_is_a_promo(text: str, kinds: list[str]) -> None:
    assert [b.kind for b in find_boilerplate(text)] == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Skip to contentSkip to site index", ["page"]),  # links glued together
        ("Skip to site index", ["page"]),
        ("Share full article", ["share"]),
        ("HomeAlone", []),  # a listed link glued to a word that is none
        ("Home is where the vote was won", []),
    ],
)
def test_page_links_glued_together(text: str, kinds: list[str]) -> None:
    assert [b.kind for b in find_boilerplate(text)] == kinds


# --- round 15: North American, British and Irish pages; live blogs; republishing notes ---


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        # a live blog's contributor line over a post
        ("From CNN's Jane Doe", "credits"),
        ("From CNN\u2019s Jane Doe, John Roe and Mary Major in London", "credits"),
        ("From Sky News' Jane Doe", "credits"),
        # a picture from the files: a credit, not the agency signing off
        ("Reuters file photo", "credits"),
        ("AFP file picture", "credits"),
        # a nonprofit newsroom's note on itself
        (
            "The Texas Tribune is a member-supported, nonpartisan newsroom informing and "
            "engaging Texans on state politics and policy.",
            "promo",
        ),
        (
            "Chalkbeat is a nonprofit news site covering educational change in public schools.",
            "promo",
        ),
        # related stories from the paper, a trade paper's list
        ("Related stories from Fresno Bee", "related"),
        ("Popular on Variety", "related"),
        # buttons: an audio player's, a sign-up box's, a broadcast page's tabs
        ("Listen \u2022 3:52", "page"),
        ("Sign Up", "page"),
        ("Transcript", "page"),
        ("About the Author", "page"),
        ("Support Provided By: Learn more", "promo"),
        ("Get weekly rundowns straight to your inbox", "promo"),
        ("Follow me on LinkedIn.", "promo"),
        (
            'Published in the print edition of the November 10, 2025, issue, with the headline "High Water."',
            "imprint",
        ),
        ("4 November 2025  Humanitarian Aid", "timestamp"),
    ],
)
def test_round15_kinds(block: str, kind: str) -> None:
    assert boilerplate_kind(block) == kind


@pytest.mark.parametrize(
    "block",
    [
        "From CNN's point of view, the plan failed.",
        "From Monday's Big Game",  # a day's possessive: no outlet
        "From Russia's Far East",  # a place's: no listed outlet, no first name
        "Popular on social media, the video drew millions of views.",
        "The report said the agency is a news service in name only, critics say.",
        "Listen to me, she said.",
    ],
)
def test_round15_not_boilerplate(block: str) -> None:
    assert boilerplate_kind(block) is None


def test_round15_file_photo_caption_credit() -> None:
    text = (
        "Oil prices climb\n\n"
        "Oil prices rose on Tuesday as traders weighed new supply cuts, analysts said.\n\n"
        "An oil pump jack operates near Midland, Texas. Reuters file photo\n\n"
        "Brent crude futures gained 1.2% to settle at $82.40 a barrel.\n\n"
        "Workers at the terminal in March. (File photo)\n\n"
        "Analysts expect prices to stay firm through the winter."
    )
    article = parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("An oil pump jack operates near Midland, Texas.", "Reuters file photo"),
        ("Workers at the terminal in March.", "File photo"),
    ]
    assert "signoff" not in [b.kind for b in article.boilerplate]


def test_round15_tagline_under_the_byline_only() -> None:
    head = "Why small firms are slow to adopt AI\n\nJane Doe\nContributor\n\n"
    body = (
        "Small businesses have been slower than large companies to use the tools.\n\n"
        "Cost and a lack of training were the most common reasons, the survey found.\n\n"
    )
    article = parse_article(head + "I write about small business and technology.\n\n" + body)
    assert ("credits", "I write about small business and technology.") in [
        (b.kind, b.text) for b in article.boilerplate
    ]
    # in the story, the same sentence is the writer's prose
    article = parse_article(head + body + "I write about small business and technology.")
    assert article.paragraphs[-1].text == "I write about small business and technology."


def test_round15_author_box_after_the_story() -> None:
    text = (
        "FDA approves gene therapy\n\nBy Jane Doe\n\n"
        "The Food and Drug Administration on Tuesday approved the first gene therapy.\n\n"
        "Patient groups welcomed the approval but raised concerns about access.\n\n"
        "Jane Doe\n\nBiotech Correspondent\n\njane.doe@example.com"
    )
    article = parse_article(text)
    assert [p.text[:7] for p in article.paragraphs] == ["The Foo", "Patient"]
    assert [b.text for b in article.boilerplate][-3:] == [
        "Jane Doe",
        "Biotech Correspondent",
        "jane.doe@example.com",
    ]
    # a title alone under another name stays (a speaker's turn, a list)
    other = text.replace("Jane Doe\n\nBiotech", "John Roe\n\nBiotech")
    assert "Biotech Correspondent" in [p.text for p in parse_article(other).paragraphs]


def test_round15_release_issuer_under_its_status() -> None:
    text = (
        "Press Release\n\n"
        "Springfield Man Sentenced to 10 Years for Fraud Scheme\n\n"
        "Tuesday, November 4, 2025\n\n"
        "For Immediate Release\n\n"
        "U.S. Attorney's Office, Central District of Illinois\n\n"
        "SPRINGFIELD, Ill. \u2013 A Springfield man was sentenced today to 10 years in prison.\n\n"
        "The case was investigated by the FBI."
    )
    article = parse_article(text)
    assert article.kicker is not None
    assert article.kicker.text == "Press Release"
    assert article.headline is not None
    assert article.headline.text == "Springfield Man Sentenced to 10 Years for Fraud Scheme"
    assert [(b.kind, b.text[:20]) for b in article.boilerplate][1:] == [
        ("release", "For Immediate Releas"),
        ("release", "U.S. Attorney's Offi"),
    ]


_DPA_BODY = (
    "FRANKFURT (dpa-AFX) - Der Dax hat am Freitag deutlich zugelegt.\n\n"
    "Anleger zeigten sich nach den Zahlen zuversichtlich.\n\n"
)


@pytest.mark.parametrize(
    "trailer",
    ["dpa xy yyzz n1 ab", "dpa so yyon z2 a3 vni/dmo", "dpa-AFX xy/ab/he", "dpa-AFX"],
)
def test_dpa_code_line_without_copyright_is_signoff(trailer: str) -> None:
    """dpa's trailing identification line (no ``©``) is a sign-off, not a paragraph."""
    article = parse_article(_DPA_BODY + trailer)
    assert [(b.kind, b.text) for b in article.boilerplate] == [("signoff", trailer)]
    assert len(article.paragraphs) == 2


def test_dpa_sentence_at_end_stays_body() -> None:
    """A closing sentence naming dpa is body, not a code line."""
    last = "Das berichtete die Deutsche Presse-Agentur dpa am Abend."
    article = parse_article(_DPA_BODY + last)
    assert article.paragraphs[-1].text == last
    assert not article.boilerplate


def test_a_government_release_from_label_takes_its_issuer() -> None:
    text = (
        "Press release\nNew funding for roads\n\nCouncils will get more money, the minister said.\n\n"
        "From:\nDepartment for Transport\nPublished\n4 November 2025\n\n"
        "The money will be shared between councils.\n\nCouncils must publish their spending."
    )
    article = parse_article(text)
    assert [(b.kind, b.text) for b in article.boilerplate][:2] == [
        ("release", "From:"),
        ("release", "Department for Transport"),
    ]
    assert article.standfirst is not None
    assert article.standfirst.text.startswith("Councils will get")
    assert [p.text[:9] for p in article.paragraphs] == ["The money", "Councils "]
    # negative: From without its colon, or an e-mail header, is no release label
    assert [b.kind for b in find_boilerplate("From")] == []
    assert [b.kind for b in find_boilerplate("From: Jane Doe <jane@example.com>")] == ["page"]


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        # reading times and stamps of Asian, Gulf and African pages
        ("Read Time: 3 mins", "timestamp"),
        ("(Updated: 04 Nov 2025 05:20PM)", "timestamp"),
        ("Nov 04, 2025 \u00b7 06:15 pm", "timestamp"),
        ("04 November 2025 05:12 pm - 0 - 512", "timestamp"),
        ("Tue, Nov 04, 2025 page3", "timestamp"),
        ("November 4, 2025 (Mainichi Japan)", "timestamp"),
        ("Tuesday, 04/11/2025 18:12 (GMT+7)", "timestamp"),
        ("04/Nov/2025", "timestamp"),
        ("November 4, 2025 @ 6:12pm", "timestamp"),
        # an end mark with the editors' dotted initials (KUNA)
        ("(end) ab.cd", "separator"),
        # portals' lines under every story, a channel's promo, a wire's note
        ("Track Latest News Live on NDTV.com and get news updates from India", "promo"),
        ("Get Latest India News along with Latest News and Top Headlines.", "promo"),
        ("Follow The Standard channel on WhatsApp", "promo"),
        (
            "BERNAMA provides up-to-date authentic and comprehensive news and information "
            "which are disseminated via BERNAMA Wires; www.bernama.com; BERNAMA TV on Astro "
            "502, unifi TV 631 and MYTV 121 channels and BERNAMA Radio on FM93.9 (Klang "
            "Valley), FM107.5 (Johor Bahru), FM107.9 (Kota Kinabalu) and FM100.9 (Kuching).",
            "promo",
        ),
        ("Short link:", "page"),
        ("Japanese version", "page"),
        # who helped and who put the story on the page
        ("\u2014 Additional input from APP", "credits"),
        ("Additional input by Jane Doe", "credits"),
        ("Published By: Jane Doe", "credits"),
        ("Staff Reporter|Published 04 Nov 2025", "credits"),
        ("(Japanese original by Taro Yamada, Business News Department)", "credits"),
        (
            "This report is auto-generated from PTI news service. ThePrint holds no "
            "responsibility for its content.",
            "credits",
        ),
        ("Edited translation from Al-Masry Al-Youm", "imprint"),
    ],
)
def test_kinds_of_asian_and_african_pages(block: str, kind: str) -> None:
    assert boilerplate_kind(block) == kind


@pytest.mark.parametrize(
    "block",
    [
        "(Updated with comments from the minister)",  # an update note, no stamp
        "November 4, 2025 (Reuters) - The company said profit rose.",  # a dateline
        "(end) of the talks",  # no initials after the end mark
        "Published by the ministry on Monday, the report said costs rose.",  # a sentence
        "Original by Jane Doe",  # no listed role
        "An edited translation from the minister's speech was read out.",
        "Latest news from the front is grim, officials said.",
        "Tuesday, 04/11/2025 the council met (GMT+7)",
    ],
)
def test_not_boilerplate_on_asian_and_african_pages(block: str) -> None:
    assert boilerplate_kind(block) is None


def test_service_initials_glued_to_the_last_paragraph() -> None:
    # Viet Nam News signs off after an em dash at the end of the last paragraph
    article = parse_article(
        "Growth to reach 8%\n\nThe economy will grow 8 per cent, the minister said.\n\n"
        "Inflation is forecast at 3.5 per cent. \u2014 VNS"
    )
    assert [b.text for b in article.boilerplate] == ["\u2014 VNS"]
    assert article.paragraphs[-1].text == "Inflation is forecast at 3.5 per cent."
    # an acronym inside the sentence is no sign-off
    article = parse_article(
        "Growth to reach 8%\n\nThe economy will grow 8 per cent, the minister said.\n\n"
        "The VNS office said inflation is forecast at 3.5 per cent."
    )
    assert article.boilerplate == ()


@pytest.mark.parametrize(
    ("trailer", "names"),
    [
        ("--- Von Anna Muster, dpa-AFX ---", ("Anna Muster",)),
        (
            "--- Von Max Mustermann und Erika Musterfrau, dpa ---",
            ("Max Mustermann", "Erika Musterfrau"),
        ),
        ("\u2014 Von Anna Muster \u2014\u2014", None),  # one dash before it: no trailer
        ("-- Von Anna Muster --", ("Anna Muster",)),
    ],
)
def test_round16_writer_trailer_between_dashes(trailer: str, names: tuple[str, ...] | None) -> None:
    """dpa-AFX's writer trailer under the story is a credit line; its names are
    the byline when none stands over the story."""
    article = parse_article(_DPA_BODY + trailer)
    if names is None:
        assert article.byline is None
        return
    assert [(b.kind, b.text) for b in article.boilerplate] == [("credits", trailer)]
    assert article.byline is not None
    assert article.byline.names == names
    assert len(article.paragraphs) == 2


def test_round16_writer_trailer_keeps_the_byline_above() -> None:
    text = "Dax legt zu\n\nVon Max Mustermann\n\n" + _DPA_BODY + "--- Von Anna Muster, dpa-AFX ---"
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.names == ("Max Mustermann",)
    assert [b.kind for b in article.boilerplate] == ["credits"]


@pytest.mark.parametrize(
    "line",
    [
        "--- Die Aktie stieg um drei Prozent ---",  # a sentence between dashes: no writer
        "Von Anna Muster, dpa-AFX",  # no dashes: a byline's form, not a trailer's
    ],
)
def test_round16_no_trailer_without_its_dashes_and_lead(line: str) -> None:
    assert [b.kind for b in find_boilerplate(line)] != ["credits"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("red, ORF.at/Agenturen", "credits"),
        ("(APA, red, 4.11.2025)", "credits"),
        ("(dpa/red)", "credits"),
        ("Avec les informations de La Presse canadienne", "credits"),
        ("Le Monde avec AFP", "credits"),
        ("Redacción Política", "credits"),
        ("(Bericht von Anna Muster, redigiert von Max Müller)", "credits"),
        ("(Reportage de Jean Dupont, édité par Marc Petit)", "credits"),
        ("Pewarta: Budi Santoso", "credits"),
        ("(Schluss)", "separator"),
        ("(Schluss) ab/mm", "desk"),
        ("/am/he", "desk"),
        ("Guardar", "share"),
        ("Ascolta la versione audio dell'articolo", "promo"),
        ("4. November 2025, 18:12 Uhr", "timestamp"),
        ("04.11.2025, 18.12 Uhr", "timestamp"),
        ("04 Novembre 2025 alle 18:12", "timestamp"),
        ("Le 4 novembre 2025 à 18h12, modifié le 4 novembre 2025 à 19h05", "timestamp"),
        ("Publié à 18 h 12 Mis à jour à 19 h 05", "timestamp"),
        ("4.nov.2025 às 18h12", "timestamp"),
        ("04 de noviembre 2025, 06:12 p. m.", "timestamp"),
        ("Publicerad 2025-11-04 18.12", "timestamp"),
        ("2 minuti di lettura", "timestamp"),
        ("3' di lettura", "timestamp"),
        ("4 min de lecture", "timestamp"),
    ],
)
def test_round16_furniture_of_pages_and_wires_in_other_languages(line: str, kind: str) -> None:
    assert [(b.kind, b.text) for b in find_boilerplate(line)] == [(kind, line)]


@pytest.mark.parametrize(
    "line",
    [
        "Rot, Gelb und Grün waren die Farben des Abends.",  # red is no word here
        "Avec les informations de la police, les enquêteurs ont retrouvé le suspect.",
        "Redacción de la nueva ley",  # the newsroom's word, then no desk
        "Le 4 novembre, le gouvernement a présenté son budget.",
        "Bericht von Amnesty: Folter in mehreren Ländern",  # no brackets: a headline
        "Texto aprovado pelo Senado segue para sanção.",
        "Schluss mit dem Streit, sagte der Minister.",
    ],
)
def test_round16_sentences_like_that_furniture_stay_body(line: str) -> None:
    assert find_boilerplate(line) == ()


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("/ritzau/", "signoff"),
        ("SRF 4 News, 04.11.2025, 17:00 Uhr ; sda/hosb", "credits"),
        ("Fotografia Maria Costa", "credits"),
        ("Fotos Jane Doe e John Roe", "credits"),
        ("Źródło: PAP", "credits"),
        ("Quelle: dpa", "credits"),
        ("04/11/2025 | 18h12 Atualização: 04/11/2025 | 19h05", "timestamp"),
        ("4 november 2025, 18:12 Aangepast 4 november 2025, 19:05", "timestamp"),
        ("Giriş: 04.11.2025 - 18:12 Güncelleme: 04.11.2025 - 19:05", "timestamp"),
    ],
)
def test_round16_more_closing_lines_and_stamps(line: str, kind: str) -> None:
    assert [(b.kind, b.text) for b in find_boilerplate(line)] == [(kind, line)]


@pytest.mark.parametrize(
    "line",
    [
        "Foto der Woche",
        "Fotografia de Lisboa ao entardecer",
        "Quelle der Freude sei die Arbeit, sagte sie.",
        "Der Kurs stieg; die Aktie legte zu, wie die sda meldete.",
        "/ritzau",
    ],
)
def test_round16_lines_like_those_stay_body(line: str) -> None:
    assert find_boilerplate(line) == ()


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("La entrada Nueva ordenanza de terrazas se publicó primero en Diario del Sur.", "promo"),
        ("L'article La mairie ferme deux piscines est apparu en premier sur Le Journal.", "promo"),
        ("Der Beitrag Neue Radwege für die Stadt erschien zuerst auf Stadtblog.", "promo"),
        ("Belga, édité par Marie Dupont", "credits"),
        ("4 novembre 2025 (modifica il 4 novembre 2025 | 19:05)", "timestamp"),
    ],
)
def test_round16_feed_footers_editors_and_changes(line: str, kind: str) -> None:
    assert [(b.kind, b.text) for b in find_boilerplate(line)] == [(kind, line)]


@pytest.mark.parametrize(
    "line",
    [
        "L'article 49.3 de la Constitution est apparu en 1958 dans le texte.",
        "La entrada al museo será gratuita el domingo.",
        "Belga, la agencia belga, informó del acuerdo el martes.",
    ],
)
def test_round16_sentences_like_feed_footers_stay_body(line: str) -> None:
    assert find_boilerplate(line) == ()


@pytest.mark.parametrize(
    ("last", "junk"),
    [
        (
            "Am Anleihemarkt fielen die Renditen leicht. --- Von Anna Muster, dpa-AFX ---",
            "--- Von Anna Muster, dpa-AFX ---",
        ),
        (
            "Ökonomen hatten mit einem Rückgang gerechnet. (Bericht von Anna Muster, redigiert von Max Müller)",
            "(Bericht von Anna Muster, redigiert von Max Müller)",
        ),
    ],
)
def test_round16_credit_glued_to_the_last_paragraph(last: str, junk: str) -> None:
    article = parse_article(_DPA_BODY + last)
    assert [(b.kind, b.text) for b in article.boilerplate] == [("credits", junk)]
    assert article.paragraphs[-1].text == last[: last.index(junk)].rstrip()
    assert article.byline is not None
    assert article.byline.names == ("Anna Muster",)


def test_round16_dashes_inside_the_last_sentence_stay() -> None:
    last = "Der Index -- so das Institut -- stieg deutlich. Von Berlin aus -- sagte er --"
    article = parse_article(_DPA_BODY + last)
    assert article.paragraphs[-1].text == last
    assert article.boilerplate == ()


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Publié aujourd'hui à 18h12", "timestamp"),
        ("Hier à 18h12", "timestamp"),
        ("Gestern, 18:12 Uhr", "timestamp"),
        ("Vandaag, 18:12", "timestamp"),
        ("Oppdatert i går 19:05", "timestamp"),
        ("Hier sind die Zahlen des Amtes.", None),
        ("Hoy, el Gobierno anunció el plan.", None),
        ("Ieri 18 persone sono state arrestate.", None),
    ],
)
def test_round16_today_and_yesterday_in_other_languages(line: str, kind: str | None) -> None:
    assert [b.kind for b in find_boilerplate(line)] == ([kind] if kind else [])


@pytest.mark.parametrize(
    "line",
    [
        "(dpa, AFP)",
        "(AFP, Reuters)",
        "dpa/AFP/AP/rtr",
        "AFP/dpa",
        "Mit Material von dpa und AFP",
        "Avec AFP",
        "Com Reuters",
        "Agencias",
        "Redacción / Agencias",
        "Le Monde avec AFP et Reuters",
    ],
)
def test_round16_agencies_as_the_sources_of_a_story(line: str) -> None:
    assert [(b.kind, b.text) for b in find_boilerplate(line)] == [("credits", line)]


@pytest.mark.parametrize(
    ("line", "kinds"),
    [
        ("(AFP)", ["signoff"]),  # one agency alone signs the story off
        ("Mit dem Zug fuhr er nach Berlin.", []),
        ("Con la ayuda de EFE, el diario publicó la noticia.", []),
        ("Avec AFP, le journal a révélé l'affaire.", []),
        ("AP and Reuters reported the attack.", []),
    ],
)
def test_round16_sentences_naming_agencies_stay(line: str, kinds: list[str]) -> None:
    assert [b.kind for b in find_boilerplate(line)] == kinds


def test_round16_an_outlet_with_an_agency_as_the_byline() -> None:
    text = (
        "Grève à la SNCF\n\nArticle rédigé par franceinfo avec AFP - France Télévisions\n\n"
        "Le trafic sera très perturbé mercredi, a annoncé la SNCF.\n\nSeul un TGV sur deux circulera."
    )
    article = parse_article(text)
    assert article.byline is None
    assert [(b.kind, b.text[:20]) for b in article.boilerplate] == [
        ("credits", "Article rédigé par f")
    ]
    # negatives: no agency after "avec" (a sentence), a writer's byline stays one
    assert find_boilerplate("Par avion avec Air France") == ()
    article = parse_article(text.replace("franceinfo avec AFP", "Claire Martin"))
    assert article.byline is not None
    assert article.byline.names == ("Claire Martin",)


@pytest.mark.parametrize(
    ("line", "kinds"),
    [
        ("Di 04.11.2025 | 18:12 Uhr", ["timestamp"]),
        ("Di., 04.11.2025, 18:12 Uhr", ["timestamp"]),
        ("Die 4 Minister trafen sich am Abend.", []),  # a word, not a weekday
    ],
)
def test_round16_german_weekday_abbreviations_in_stamps(line: str, kinds: list[str]) -> None:
    assert [b.kind for b in find_boilerplate(line)] == kinds


@pytest.mark.parametrize(
    "line",
    [
        "Com agências",
        "Con agencias.",
        "Avec agences",
        "(Com agências)",
        "Con agenzie",
        "Con agencias internacionales",
        "Com agência EFE",
        "Com Agência Brasil",
        "Avec l'AFP",
        "(Avec AFP)",
        "(mit dpa)",
        "Mit Agenturmaterial",
        "Mit Material von Reuters.",
        "Con información de EFE y AFP.",
        "(Con información de Reuters)",
        "Com informações da Agência Brasil",
        "Avec La Presse canadienne",
        "Met medewerking van ANP",
        "Sursa: Agerpres",
        "Lähde: STT",
        "(Reportage Jean Dupont, édité par Marc Petit)",
    ],
)
def test_agency_credit_lines_in_other_languages(line: str) -> None:
    assert boilerplate_kind(line) == "credits"


@pytest.mark.parametrize(
    "line",
    [
        "Con agencias de viajes cerradas, los turistas esperan en el aeropuerto.",
        "Com agências bancárias fechadas, os clientes fizeram fila na rua.",
        "Avec AFP, le ministre a parlé longuement aux journalistes mardi.",
        "Mit Material von der Baustelle wurde die Halle wieder aufgebaut.",
        "Com Lula",
        "Reportage sur la grève des cheminots à Lyon, mardi soir.",
    ],
)
def test_agency_credit_negatives(line: str) -> None:
    assert boilerplate_kind(line) != "credits"


@pytest.mark.parametrize(
    "line",
    [
        "18.12 Uhr",
        "18:12 h",
        "18h12",
        "4.11. 18:12",
        "04-11-25, 18:12",
        "2025.11.04. 18:12",
        "2025年11月4日 18時12分",
        "Thứ ba, 4/11/2025, 18:12 (GMT+7)",
        "Publikacja: 04.11.2025 18:12",
        "Data publicării: 04.11.2025 18:12",
        "Modifié le 4 novembre 2025 à 19:05.",
        "Martedì 4 Novembre 2025, 18:12 - Ultimo aggiornamento: 19:05",
        "Vandaag, 18:12 Gewijzigd vandaag, 19:05",
        "Europa Press. Zaragoza | Actualizada 04/11/2025 a las 18:12",
    ],
)
def test_stamps_of_other_pages(line: str) -> None:
    assert boilerplate_kind(line) == "timestamp"


@pytest.mark.parametrize(
    "line",
    [
        "18.12 Uhr wurde der Platz von der Polizei geräumt.",
        "Jane Doe | Updated May 3, 2024",
        "Publicat în 2020, romanul a fost tradus în zece limbi.",
        "Le 4.11. est une date que personne n'oublie.",
        "17.40",
    ],
)
def test_stamps_of_other_pages_negatives(line: str) -> None:
    assert boilerplate_kind(line) != "timestamp"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Voir la version en ligne", "page"),
        ("Se désinscrire", "page"),
        ("Darse de baja", "page"),
        ("Vous recevez cette newsletter car vous êtes inscrit sur notre site.", "promo"),
        ("Você está recebendo este e-mail porque assinou a newsletter.", "promo"),
    ],
)
def test_newsletter_furniture_in_other_languages(line: str, kind: str) -> None:
    assert boilerplate_kind(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Czytaj także: Ceny prądu w 2026 roku", "promo"),
        ("Läs också: Så påverkas din bostadsrätt", "promo"),
        ("Baca juga: Harga beras naik lagi", "promo"),
        ("Chiudi", "page"),
        ("Fermer", "page"),
        ("Giriş Tarihi: 04.11.2025 18:12 Son Güncelleme: 04.11.2025 19:05", "timestamp"),
        ("Data utworzenia: 4 listopada 2025, 18:12", "timestamp"),
        ("04.11.2025, 18:12 | Akt.: 04.11.2025, 19:05", "timestamp"),
    ],
)
def test_more_page_furniture_in_other_languages(line: str, kind: str) -> None:
    assert boilerplate_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Chiudi gli occhi e ascolta, disse il maestro agli studenti.",
        "Baca juga buku itu sebelum ujian minggu depan, kata guru.",
        "Akt. 3 der Oper spielt in einem Garten in Sevilla.",
    ],
)
def test_close_buttons_and_read_also_negatives(line: str) -> None:
    assert boilerplate_kind(line) is None


@pytest.mark.parametrize(
    ("line", "kinds"),
    [
        # a review's rating in stars alone
        ("\u2605\u2605\u2605\u2605\u2606", ["page"]),
        ("\u2b50\u2b50\u2b50", ["page"]),
        ("\u2605 Great film, see it.", []),
        # a live page's time with its seconds (Sky News); a bare hour and minute is left
        ("14:05:12", ["timestamp"]),
        ("14:05", []),
        # the time before the date after a middle dot (TechCrunch)
        ("8:00 AM PST \u00b7 November 4, 2025", ["timestamp"]),
        ("Tesla \u00b7 November 4, 2025", []),
        # a contact line with a telephone number
        ("Contact Jane Doe at jdoe@example.com or 555-0142.", ["credits"]),
        ("Jane Doe at jdoe@example.com or 5 apples.", []),
        # the site's publisher under the story
        ("Slate is published by The Slate Group, a Graham Holdings Company.", ["imprint"]),
        ("The report is published by the ministry every year.", []),
        # an outlet's picture credit with its sources
        ("Mother Jones illustration; Getty", ["credits"]),
        ("The illustration was beautiful.", []),
        # an interview's note on its editing
        ("This interview has been edited for length and clarity.", ["correction"]),
        ("The interview was long and it was edited for clarity, she said.", []),
        # a funeral home's buttons, a tech site's comment label, a contact label
        ("Share a memory", ["page"]),
        ("Guest Book", ["page"]),
        ("reader comments", ["page"]),
        ("Email:", ["page"]),
        # Semafor's section heading is no outlet's name in capitals; ARAB NEWS still is
        ("THE NEWS", []),
        ("ARAB NEWS", ["credits"]),
        # a related list's heading
        ("More Stories Like This", ["related"]),
        # a shopping note on affiliate links and a disclosures heading
        (
            "This article contains affiliate links; if you click one, we may earn a commission.",
            ["standards"],
        ),
        ("Disclosures", ["standards"]),
        ("The article contains links to the court's ruling.", []),
    ],
)
def test_round17b_kinds(line: str, kinds: list[str]) -> None:
    assert [b.kind for b in find_boilerplate(line)] == kinds


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        # a feed reader's or read-later app's source line: the site, a mark, the age
        ("tagesschau.de / vor 2 Std.", "timestamp"),
        ("Le Monde.fr - Il y a 3 heures", "timestamp"),
        ("ilpost.it \u00b7 4 min di lettura", "timestamp"),
        ("elpais.com | hace 5 horas", "timestamp"),
        ("nu.nl \u2022 2 uur geleden", "timestamp"),
        # relative stamps and a reader mode's reading time, alone
        ("vor 2 Std.", "timestamp"),
        ("Il y a 3 heures", "timestamp"),
        ("Hace 3 días", "timestamp"),
        ("4-5 minutos", "timestamp"),
        ("4\u20135 Minuten", "timestamp"),
        # copy paths' links and notes in other languages
        ("Website besuchen", "page"),
        ("Voir l'article complet", "page"),
        ("Visualizza originale", "page"),
        ("Gesendet von Apple News", "page"),
        ("Partagé depuis Google Actualités", "page"),
        ("Aller au contenu principal", "page"),
        ("Reenviado", "page"),
        ("Weitergeleitet von tagesschau", "page"),
        ("Si no ves correctamente este correo, haz clic aquí", "page"),
        ("Se désabonner | Gérer mes newsletters | Politique de confidentialité", "page"),
        ("Vous recevez ce courriel car vous êtes abonné à la newsletter.", "promo"),
        # a press release's headings in other languages
        ("Rückfragehinweis:", "release"),
        ("Noot voor de redactie:", "release"),
        ("För mer information, kontakta:", "release"),
    ],
)
def test_copy_path_furniture_in_other_languages(block: str, kind: str) -> None:
    assert boilerplate_kind(block) == kind


@pytest.mark.parametrize(
    "block",
    [
        # sentences with the same words stay body text
        "Der Zug kam vor 2 Std. in Hamburg an, sagte die Bahn.",
        "Il y a 3 heures, le ministre était encore à Bruxelles.",
        "Die Preise stiegen um 3.5 Prozent - so stark wie seit Jahren nicht.",
        "Le site lemonde.fr a publié l'enquête mardi.",
        "Reenviado a la comisión, el proyecto espera su votación.",
        "vor 20 Jahren",
    ],
)
def test_copy_path_words_in_sentences_stay_body(block: str) -> None:
    assert boilerplate_kind(block) is None


def test_release_label_over_the_headline_makes_a_press_release() -> None:
    text = (
        "Persbericht\n\nGemeente bouwt nieuwe woningen\n\n"
        "UTRECHT, 4 november 2025 - De gemeente gaat 2000 woningen bouwen.\n\n"
        "De bouw begint in 2026.\n\n"
        "Noot voor de redactie:\n\n"
        "Voor meer informatie: communicatie@example.nl, telefoon 030 123 4567."
    )
    article = parse_article(text)
    assert article.kicker is not None
    assert article.kicker.text == "Persbericht"
    assert [p.text[:10] for p in article.paragraphs] == ["De gemeent", "De bouw be"]
    assert [b.kind for b in article.boilerplate] == ["release", "release"]


def test_contact_heading_in_a_story_stays_without_a_release_label() -> None:
    # the same heading in a news story (no release's label over it) is the story's own
    text = (
        "Gemeente bouwt nieuwe woningen\n\n"
        "UTRECHT, 4 november 2025 - De gemeente gaat 2000 woningen bouwen.\n\n"
        "Voor meer informatie\n\n"
        "Bewoners kunnen vanaf maandag terecht bij het stadskantoor."
    )
    article = parse_article(text)
    assert [p.text[:10] for p in article.paragraphs][-1] == "Bewoners k"


@pytest.mark.parametrize(
    ("line", "kinds"),
    [
        # a think tank's note on itself, like a newsroom's
        (
            "The Example Institution is a nonprofit organization devoted to independent research.",
            ["promo"],
        ),
        ("The Example Institution is a nonprofit organization in Washington.", []),
        # a link's sentence alone
        ("Full text of the bill can be found here.", ["promo"]),
        ("The full report is available here.", ["promo"]),
        ("The bill would change how the money is found here and abroad, she said.", []),
        # a draft's hold note
        ("DRAFT \u2013 NOT FOR PUBLICATION", ["flag"]),
        ("Draft: do not publish", ["flag"]),
        ("DRAFT BILL PASSES SENATE", []),
        ("Draft rules published for consultation", []),
        # a chat app's sender line; a station's masthead
        ("Jane Doe  10:42 AM", ["page"]),
        ("Jane Doe said the meeting starts at 10:42 AM", []),
        ("WXRV 101.5 FM", ["page"]),
        ("KXYZ-TV Channel 7", ["page"]),
        ("WHO 2025 report", []),
        ("Listen Live", ["page"]),
        # a wiki's list heading (no colon) and archive note; a fact check's Sources: stays
        ("Sources", ["related"]),
        ("Sources:", []),
        ("This page is archived, and is no longer publicly editable.", ["page"]),
        # a software-written story's note; a government page's review date
        (
            "This article was generated with the help of Example AI and reviewed by editors.",
            ["standards"],
        ),
        ("This article was generated interest across the region.", []),
        ("Page last reviewed: November 4, 2025", ["timestamp"]),
        # a podcast's length after its date; a machine transcript's note
        ("Nov 4, 2025 \u00b7 32 min", ["timestamp"]),
        ("This transcript was generated automatically and may contain errors.", ["correction"]),
        # a wire's name before a bar and the stamp; a company and its ticker after the stamp
        ("Newswire | Updated: Nov 04, 2025 18:12 IST", ["timestamp"]),
        ("Nov. 04, 2025 7:12 AM ET Acme Foods Inc. (ACME) Stock", ["timestamp"]),
        ("Newswire | Acme shares rise", []),
        # a disclaimer in brackets; More on a company over a related list
        ("(Disclaimer: The above press release has been provided by Example.)", ["standards"]),
        ("More on Acme Foods", ["related"]),
        ("More on this later, the mayor said.", []),
        # a magazine's running head in capitals with its issue (a PDF's text)
        ("THE RIVERTON REVIEW | NOVEMBER 2025", ["page"]),
        ("Politics | November 2025", []),
    ],
)
def test_round18b_kinds(line: str, kinds: list[str]) -> None:
    assert [b.kind for b in find_boilerplate(line)] == kinds


def test_round19a_dataset_furniture() -> None:
    # a Unix time alone (TREC's Washington Post collection), in ms or s
    assert boilerplate_kind("1749722400000") == "timestamp"
    assert boilerplate_kind("1749722400") == "timestamp"
    # other numbers alone are not
    assert boilerplate_kind("17497224000") != "timestamp"
    assert boilerplate_kind("2749722400") != "timestamp"
    # XSum: the BBC's player note
    assert boilerplate_kind("Media playback is unsupported on your device") == "page"
    assert boilerplate_kind("Media playback was the subject of the review.") is None


def test_round19a_a_news_service_s_trim_note() -> None:
    assert boilerplate_kind("(STORY CAN END HERE. OPTIONAL 2 GRAFS FOLLOW.)") == "flag"
    assert boilerplate_kind("(END OPTIONAL TRIM)") == "flag"
    # a sentence in brackets that opens with the word is the story's
    assert boilerplate_kind("(Optional extras cost more.)") is None
    assert boilerplate_kind("Optional extras cost more, the dealer said.") is None


@pytest.mark.parametrize(
    ("line", "kinds"),
    [
        # Nordic paywall teasers: the lock note, the login, the offer
        ("Detta är en låst artikel. För att läsa vidare behöver du ett abonnemang.", ["promo"]),
        ("För att läsa vidare behöver du logga in.", ["promo"]),
        ("Redan prenumerant? Logga in", ["promo"]),
        ("Allerede abonnent? Logg inn", ["promo"]),
        ("Allerede abonnent? Log ind", ["promo"]),
        ("Få adgang til hele artiklen", ["promo"]),
        ("Tämä artikkeli on vain tilaajille.", ["promo"]),
        ("Oletko jo tilaaja? Kirjaudu sisään", ["promo"]),
        # the same words inside a sentence stay
        ("Han sa att för att läsa vidare måste man betala.", []),
        ("Regeringen er allerede abonnent på flere tjenester, oplyser ministeriet.", []),
    ],
)
def test_round19b_nordic_paywall_lines(line: str, kinds: list[str]) -> None:
    assert [b.kind for b in find_boilerplate(line)] == kinds


_NEWSLETTER = (
    "Der Morgen in Berlin\n\n"
    "Guten Morgen,\n\n"
    "heute geht es um den Haushalt und um den Streik bei der Bahn.\n\n"
    "Die Koalition hat sich in der Nacht auf den Haushalt geeinigt. Die Schulden steigen.\n\n"
    "{closing}\n\n"
    "Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben."
)


@pytest.mark.parametrize(
    "closing",
    [
        "Herzlich\nIhr Max Mustermann",
        "Herzliche Grüße,\nIhre Erika Musterfrau",
        "Bien à vous,\nMarie Dupont",
        "Best wishes,\nJane Doe",
    ],
)
def test_round19b_a_newsletters_closing_words_over_the_name(closing: str) -> None:
    article = parse_article(_NEWSLETTER.format(closing=closing))
    words, name = closing.split("\n")
    assert [(b.kind, b.text) for b in article.boilerplate][:2] == [
        ("promo", words),
        ("promo", name),
    ]
    assert article.paragraphs[-1].text.startswith("Die Koalition")


@pytest.mark.parametrize(
    "closing",
    [
        # the closing words over a sentence, not a name
        "Herzlich\nwillkommen zurück aus dem Urlaub.",
        # a name with no closing words over it
        "Bis dahin\nIhr Max Mustermann",
        # the closing words in a sentence of their own
        "Herzlich gelacht haben wir trotzdem.\nIhr Max Mustermann",
    ],
)
def test_round19b_no_newsletter_signoff_without_both_lines(closing: str) -> None:
    article = parse_article(_NEWSLETTER.format(closing=closing))
    assert [b.kind for b in article.boilerplate] == ["promo"]


@pytest.mark.parametrize(
    ("line", "kinds"),
    [
        # the closing lines of Central and Eastern European agencies
        ("(Hina) ik ms", ["signoff"]),
        ("(ČTK)", ["signoff"]),
        ("AGERPRES/(AS - autor: Ion Popescu, editor: Maria Ionescu)", ["signoff"]),
        ("mok/ mhr/", ["desk"]),
        ("/ИВ/", ["desk"]),
        ("(spravodajca TASR Peter Novák)", ["credits"]),
        ("(zpravodajka ČTK Jana Malá)", ["credits"]),
        # an agency with its editor after a comma stays a credit line (RTBF)
        ("Belga, édité par Marie Dupont", ["credits"]),
        # the same words in sentences stay
        ("Zpravodaj ČTK Jan Novák uvedl, že vláda jedná.", []),
        ("Hina je objavila vijest u utorak.", []),
        ("The km/ h/ figures were wrong, the ministry said.", []),
    ],
)
def test_round19b_closing_lines_of_central_eastern_agencies(line: str, kinds: list[str]) -> None:
    assert [b.kind for b in find_boilerplate(line)] == kinds


def test_round19b_a_correspondents_credit_gives_the_name_without_the_agency() -> None:
    text = (
        "Vláda schválila balík\n\n"
        "Rumunská vláda v utorok schválila balík úsporných opatrení.\n\n"
        "Opozícia vyzvala na protesty.\n\n"
        "(spravodajca TASR Peter Novák)"
    )
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.names == ("Peter Novák",)


def test_round19b_a_first_name_that_is_an_agencys_stays_in_the_credit() -> None:
    text = (
        "Storm closes ports\n\n"
        "Ports along the coast closed on Tuesday as the storm moved north.\n\n"
        "Ferries were cancelled.\n\n"
        "(Reporting by Petra Novak; Editing by Tom Lee)"
    )
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.names == ("Petra Novak",)


@pytest.mark.parametrize(
    ("line", "kinds"),
    [
        ("dpa-Notizblock", ["related"]),
        ("Der dpa-Notizblock nennt die Kontakte der Pressestellen.", []),
    ],
)
def test_round19b_dpas_notes_heading(line: str, kinds: list[str]) -> None:
    assert [b.kind for b in find_boilerplate(line)] == kinds


@pytest.mark.parametrize(
    "closing",
    ["Hälsningar\nAnna Andersson", "Vennlig hilsen\nKari Nordmann", "Terveisin\nLiisa Korhonen"],
)
def test_round19b_nordic_newsletter_signoffs(closing: str) -> None:
    article = parse_article(_NEWSLETTER.format(closing=closing))
    assert [b.kind for b in article.boilerplate] == ["promo", "promo", "promo"]


@pytest.mark.parametrize(
    ("line", "kinds"),
    [
        ("Du får det här nyhetsbrevet eftersom du prenumererar på det.", ["promo"]),
        ("Du får dette nyhedsbrev, fordi du har tilmeldt dig.", ["promo"]),
        ("Saat tämän uutiskirjeen, koska olet tilannut sen.", ["promo"]),
    ],
)
def test_round19b_nordic_newsletter_small_print(line: str, kinds: list[str]) -> None:
    assert [b.kind for b in find_boilerplate(line)] == kinds


# --- a printed page's folio (round 20) ---

_MAGAZINE_TOP = "THE RIVERTON REVIEW | NOVEMBER 2025\n\nThe last ferry\n\n"
_MAGAZINE_BODY = (
    "The ferry to the island runs twice a day in winter, when the weather allows.\n\n"
    "Its captain has made the crossing for thirty years."
)


@pytest.mark.parametrize("folio", ["42 THE RIVERTON REVIEW", "THE RIVERTON REVIEW 43"])
def test_round20_folio_of_the_running_head_is_page_furniture(folio: str) -> None:
    article = parse_article(f"{_MAGAZINE_TOP}{_MAGAZINE_BODY}\n\n{folio}\n\nShe retires in May.")
    assert (folio, "page") in [(b.text, b.kind) for b in article.boilerplate]
    assert [p.text for p in article.paragraphs][-1] == "She retires in May."
    assert all(folio not in p.text for p in article.paragraphs)


@pytest.mark.parametrize(
    "text",
    [
        # no running head over the story: the line stays
        f"The last ferry\n\n{_MAGAZINE_BODY}\n\n42 THE RIVERTON REVIEW",
        # another title after the number
        f"{_MAGAZINE_TOP}{_MAGAZINE_BODY}\n\n42 THE HARBOR GAZETTE",
        # a number too long for a page
        f"{_MAGAZINE_TOP}{_MAGAZINE_BODY}\n\n2025 THE RIVERTON REVIEW",
    ],
)
def test_round20_lines_that_are_no_folio_stay(text: str) -> None:
    article = parse_article(text)
    assert all(b.kind != "page" or "|" in b.text for b in article.boilerplate)
    assert text.rsplit("\n\n", 1)[-1] in [p.text for p in article.paragraphs]


@pytest.mark.parametrize(
    "sentence",
    [
        "Subscribe now, the company told customers on Monday in an email about its new prices.",
        "Sign up for our newsletter, the mayor urged residents on Monday at a meeting.",
        "Download the app, officials told residents on Tuesday, so they can get flood alerts.",
        "Click here, the scammers wrote in the email, which was sent to thousands of people.",
    ],
)
def test_round21b_call_to_action_a_story_reports_is_body(sentence: str) -> None:
    assert boilerplate_kind(sentence) is None
    article = parse_article(sentence + "\n\nThe change takes effect next month.")
    assert [p.text for p in article.paragraphs][:1] == [sentence]
    assert article.boilerplate == ()


@pytest.mark.parametrize(
    "promo",
    [
        "Sign up for our newsletter to get the news you need, delivered daily.",
        "Sign up for The Download, our newsletter that tells you what matters.",
        "Download the app, available on iOS and Android.",
        "Subscribe now.",
    ],
)
def test_round21b_page_s_own_calls_to_action_stay_promos(promo: str) -> None:
    assert boilerplate_kind(promo) == "promo"


def test_no_boilerplate_is_no_match() -> None:
    # the composer makes body the blocks that no_boilerplate() clears
    for block in [
        "12.",
        "1.",
        "Prices rose 3/4 of a point.",
        "BREAKING NEWS",
        "https://example.com",
    ]:
        text = "Lead.\n\n" + block
        found = _boilerplate.match_boilerplate(text, 7, len(text))
        assert _boilerplate.no_boilerplate(text, 7, len(text)) == (found is None), block
    assert not _boilerplate.no_boilerplate("(Reporting by Jane Doe)", 0, 23)
    assert not _boilerplate.no_boilerplate("https://example.com", 0, 19)


def test_a_tiny_block_reads_the_same_each_time() -> None:
    # the rules' answer for a short block is kept: asked again, in another
    # text or with other anchors, it is the same
    for block in ["1.", "https://example.com", "BREAKING NEWS", '"', "Photo: AP"]:
        first = _boilerplate.match_boilerplate(block, 0, len(block))
        for text in ["Lead.\n\n" + block, block + "\n\nEnd."]:
            start = text.index(block)
            again = _boilerplate.match_boilerplate(text, start, start + len(block), ())
            assert (again and again.kind) == (first and first.kind), block
            assert _boilerplate.plain_block(text, start, start + len(block)) == (
                not _boilerplate._may_be_any(block, True, _boilerplate._PHRASE_ANCHORS)
            )


def test_repeated_short_blocks_in_a_story() -> None:
    text = (
        "The council met on Monday to set the budget.\n\n1.\n\n"
        "Prices rose 3/4 of a point, the clerk said.\n\n12.\n\nThe vote is due next week.\n\n"
        + "https://example.com\n\n" * 3
        + "(Reporting by Jane Doe; Editing by John Roe)"
    )
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [
        "The council met on Monday to set the budget.",
        "1.",
        "Prices rose 3/4 of a point, the clerk said.",
        "12.",
        "The vote is due next week.",
    ]
    assert [(b.text, b.kind) for b in article.boilerplate] == [
        *[("https://example.com", "page")] * 3,
        ("(Reporting by Jane Doe; Editing by John Roe)", "credits"),
    ]


def test_a_trailing_jump_follows_a_space() -> None:
    assert _boilerplate.split_trailing_jump("12.", 0, 3) == (3, None)
    assert _boilerplate.split_trailing_jump("residents.A6.", 0, 13) == (13, None)
    end, jump = _boilerplate.split_trailing_jump("They met residents. A6.", 0, 23)
    assert end == 19
    assert jump is not None
    assert jump.text == "A6."
    text = "The council met on Monday.\n\nResidents were angry.  A6.\n\nThe vote is due next week."
    article = parse_article(text)
    assert [p.text for p in article.paragraphs][1] == "Residents were angry."
    assert [(b.text, b.kind) for b in article.boilerplate] == [("A6.", "related")]


def test_a_list_number_alone_is_plain() -> None:
    # the gate passes by a list's number alone (12.): no rule takes one
    rule_kind = _boilerplate._rule_kind.__wrapped__
    numbers = [str(number) for number in range(1000)] + ["0001", "2024", "12345", "99999"]
    for number in numbers:
        block = number + "."
        assert rule_kind(block, True) is None, block
        assert _boilerplate.plain_block("Lead.\n\n" + block, 7, 7 + len(block))
    # but a page's number alone (no stop), a stamp, a longer number are read
    assert not _boilerplate.plain_block("12", 0, 2)
    assert _boilerplate.boilerplate_kind("12") == "page"
    assert _boilerplate.boilerplate_kind("3 Min Read") == "timestamp"
    assert not _boilerplate.plain_block("1234567.", 0, 8)
    article = parse_article("The plan has three parts.\n\n1.\n\nRoads.\n\n2.\n\nRail.")
    assert [p.text for p in article.paragraphs] == [
        "The plan has three parts.",
        "1.",
        "Roads.",
        "2.",
        "Rail.",
    ]


_CLOSING_NAME_PAGE = (
    "Rates hold steady\n\n"
    "The central bank kept its main rate at 4.25% on Tuesday, as most economists expected.\n\n"
    "Markets barely moved after the decision.\n\n"
    "Sign up for our newsletter\n\n"
    "{last}"
)


@pytest.mark.parametrize("name", ["Harbour Street Research", "Bank of Riverton Markets Desk"])
def test_round24_a_name_alone_under_the_promos_closes_the_page(name: str) -> None:
    # a research firm's or publisher's name alone, the page's last line, under
    # its promos with no story between them: a credit
    article = parse_article(_CLOSING_NAME_PAGE.format(last=name))
    assert [(junk.kind, junk.text) for junk in article.boilerplate][-1] == ("credits", name)
    assert article.paragraphs[-1].text == "Markets barely moved after the decision."


@pytest.mark.parametrize(
    "last",
    [
        "Talks Resume On Monday.",  # a sentence's end
        "Rates Rose 2 Points",  # a figure
        "Harbour",  # one word
        "the markets desk reports",  # no capitals
    ],
)
def test_round24_other_last_lines_under_the_promos_stay(last: str) -> None:
    article = parse_article(_CLOSING_NAME_PAGE.format(last=last))
    assert ("credits", last) not in [(junk.kind, junk.text) for junk in article.boilerplate]


def test_round24_a_name_alone_with_no_promo_above_stays_a_paragraph() -> None:
    # negative: the story's own last line, no promo between it and the story
    text = _CLOSING_NAME_PAGE.replace("Sign up for our newsletter\n\n", "").format(
        last="Harbour Street Research"
    )
    article = parse_article(text)
    assert "credits" not in [junk.kind for junk in article.boilerplate]


# a page's closing list under "Related stories", before the page's own closing lines
_RELATED_PAGE = (
    "Pool reopens after repairs\n\n"
    "The town pool reopened on Saturday after six months of repairs, the council said.\n\n"
    "Swimmers queued from early morning for the first session.\n\n"
    "Related stories\n"
    "Gym fees frozen for a year\n"
    "Park cafe wins award\n\n"
)


def _kinds_and_paragraphs(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    article = parse_article(text)
    return (
        [(junk.kind, junk.text) for junk in article.boilerplate],
        [paragraph.text for paragraph in article.paragraphs],
    )


def test_related_titles_before_closing_copyright() -> None:
    kinds, paragraphs = _kinds_and_paragraphs(
        _RELATED_PAGE + "\u00a9 2025 Lakeside News. All rights reserved."
    )
    assert ("related", "Gym fees frozen for a year") in kinds
    assert ("related", "Park cafe wins award") in kinds
    assert ("copyright", "\u00a9 2025 Lakeside News. All rights reserved.") in kinds
    assert paragraphs[-1] == "Swimmers queued from early morning for the first session."


def test_related_titles_story_goes_on_after_list() -> None:
    # a real sentence after the list: the story goes on, it stays a paragraph
    kinds, paragraphs = _kinds_and_paragraphs(
        _RELATED_PAGE
        + "\u00a9 2025 Lakeside News\n\n"
        + "The pool will close again in August for a week of cleaning."
    )
    assert paragraphs[-1] == "The pool will close again in August for a week of cleaning."
    assert not any(text == "The pool will close again in August" for _, text in kinds)


def test_release_end_mark_takes_contact_lines() -> None:
    text = (
        "PRESS RELEASE\n\nTown launches free compost scheme\n\n"
        "The town council today launched a free compost collection for all homes.\n\n"
        "The service starts in June.\n\n"
        "-30-\n\n"
        "For more information:\n"
        "Parks Department, Town of Elmwood\n"
    )
    kinds, paragraphs = _kinds_and_paragraphs(text)
    assert paragraphs[-1] == "The service starts in June."
    assert ("release", "For more information:") in kinds
    assert ("release", "Parks Department, Town of Elmwood") in kinds


def test_release_end_mark_without_release_keeps_story() -> None:
    # no press release and no contact after the mark: what follows is text, not furniture
    text = (
        "Town launches free compost scheme\n\n"
        "The town council on Monday launched a free compost collection for all homes.\n\n"
        "The service starts in June.\n\n"
        "-30-\n\n"
        "Residents can sign up at the town hall from next week, officials said.\n"
    )
    kinds, paragraphs = _kinds_and_paragraphs(text)
    assert paragraphs[-1].startswith("Residents can sign up")
    assert not any(kind == "release" for kind, _ in kinds)


def test_rule_in_release_is_no_end_mark() -> None:
    text = (
        "NEWS RELEASE\n\nTown launches free compost scheme\n\n"
        "The town council today launched a free compost collection for all homes.\n\n"
        "* * *\n\n"
        "The service starts in June and runs to October, the council said.\n"
    )
    _, paragraphs = _kinds_and_paragraphs(text)
    assert paragraphs[-1].startswith("The service starts in June")


def test_live_blog_bare_times_are_timestamps() -> None:
    text = (
        "Flood live: river peaks in town centre\n\n"
        "14:05\nThe river has reached its highest level since 2007.\n\n"
        "13:40\nSandbags are being handed out at the fire station.\n"
    )
    kinds, paragraphs = _kinds_and_paragraphs(text)
    assert ("timestamp", "14:05") in kinds
    assert ("timestamp", "13:40") in kinds
    assert paragraphs == [
        "The river has reached its highest level since 2007.",
        "Sandbags are being handed out at the fire station.",
    ]


def test_one_bare_time_or_a_time_in_a_sentence_stays() -> None:
    # one time alone may be a figure of the story; a time in a sentence is text
    text = (
        "Marathon record falls\n\n"
        "The winner crossed the line in a time of\n\n"
        "2:05\n\n"
        "The race started at 8:30 in light rain.\n"
    )
    kinds, paragraphs = _kinds_and_paragraphs(text)
    assert "2:05" in paragraphs
    assert paragraphs[-1] == "The race started at 8:30 in light rain."
    assert not any(kind == "timestamp" for kind, _ in kinds)


def test_end_mark_before_another_story_with_a_phone_number() -> None:
    # a wire's end mark, then another story (a long paragraph with a phone number): no release
    text = (
        "Road closed after crash\n\n"
        "The coast road was closed for three hours on Monday after a lorry overturned.\n\n"
        "ENDS\n\n"
        "Charity appeal tops target\n\n"
        "A winter appeal for the town's food bank has raised more than it set out to, its"
        " organisers said on Monday, and donors can still give by calling 0800 555 0199 or"
        " by visiting the shop on Market Street before the end of the month.\n"
    )
    kinds, paragraphs = _kinds_and_paragraphs(text)
    assert paragraphs[-1].startswith("A winter appeal")
    assert not any(kind == "release" for kind, _ in kinds)


def test_related_titles_inside_the_story() -> None:
    # a box of other stories inside the story: its titles, and the story goes on under them
    text = (
        "Pool reopens after repairs\n\n"
        "The town pool reopened on Saturday after six months of repairs, the council said.\n\n"
        "Related stories\n"
        "Gym fees frozen for a year\n"
        "Park cafe wins award\n\n"
        "Swimmers queued from early morning for the first session, and the council said"
        " more than 400 people came through the doors before lunch.\n"
    )
    kinds, paragraphs = _kinds_and_paragraphs(text)
    assert ("related", "Gym fees frozen for a year") in kinds
    assert ("related", "Park cafe wins award") in kinds
    assert paragraphs[-1].startswith("Swimmers queued from early morning")
    assert len(paragraphs) == 2


def test_related_heading_over_a_short_line_keeps_it() -> None:
    # under the heading, a short line and a short sentence: nothing tells a list, both stay
    text = (
        "Pool reopens after repairs\n\n"
        "The town pool reopened on Saturday after six months of repairs, the council said.\n\n"
        "Related stories\n"
        "Gym fees frozen for a year\n\n"
        "It opens at six.\n"
    )
    _, paragraphs = _kinds_and_paragraphs(text)
    assert "Gym fees frozen for a year" in paragraphs
    assert paragraphs[-1] == "It opens at six."


def _story_with(furniture: str) -> str:
    return (
        "Ferry fares rise again\n\n"
        "Ferry fares on the island routes will rise by 6% from April, the operator said on"
        " Monday, the third rise in two years.\n\n"
        f"{furniture}\n\n"
        "Islanders' groups said the rise would hit workers who cross to the mainland every"
        " day, and called for a fare freeze.\n"
    )


def test_aligned_table_of_figures_is_table() -> None:
    text = _story_with(
        "Route           2025     2026\nNorth Sound     4.20     4.45\nEast Bay        6.10     6.45"
    )
    kinds, paragraphs = _kinds_and_paragraphs(text)
    assert [kind for kind, _ in kinds] == ["table", "table", "table"]  # (a row a part)
    assert len(paragraphs) == 2


def test_aligned_table_one_row_a_block_is_table() -> None:
    text = _story_with(
        "Route           2025     2026\n\nNorth Sound     4.20     4.45\n\n"
        "East Bay        6.10     6.45"
    )
    kinds, paragraphs = _kinds_and_paragraphs(text)
    assert [kind for kind, _ in kinds] == ["table", "table", "table"]
    assert len(paragraphs) == 2


def test_two_spaces_after_full_stops_are_no_table() -> None:
    # a typist's two spaces after each sentence: long cells, no figures at the ends
    text = _story_with(
        "The operator blamed fuel.  Unions blamed the operator.  Nobody blamed the weather.\n"
        "The council met on Tuesday.  It voted to write to the minister.  The vote was 9 to 2."
    )
    kinds, paragraphs = _kinds_and_paragraphs(text)
    assert kinds == []
    assert paragraphs[1].startswith("The operator blamed fuel.")


def test_two_rows_are_no_table() -> None:
    text = _story_with("Route           2025     2026\nNorth Sound     4.20     4.45")
    kinds, _ = _kinds_and_paragraphs(text)
    assert kinds == []


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        ("Episode 42 \u00b7 38 min", "page"),
        ("Ep. 7 | 52 minutes", "page"),
        ("Listen on Apple Podcasts | Spotify", "promo"),
        ("Forwarded this email? Sign up here.", "promo"),
        ("This is an edited excerpt of the transcript.", "correction"),
        (
            "Transcripts are generated using a combination of speech recognition software"
            " and human transcribers, and may contain errors.",
            "correction",
        ),
    ],
)
def test_podcast_and_newsletter_furniture(block: str, kind: str) -> None:
    assert boilerplate_kind(block) == kind


@pytest.mark.parametrize(
    "block",
    [
        "Episode 42 of the series was filmed in Glasgow over 38 days.",
        "Listeners on Spotify sent in hundreds of questions about the ferries.",
        "She forwarded the email to the police.",
    ],
)
def test_podcast_and_newsletter_furniture_negatives(block: str) -> None:
    assert boilerplate_kind(block) is None


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        ("THE MORNING BRIEF | Tuesday, 10 March 2026", "timestamp"),
        ("The Weekly Digest | March 10, 2026", "timestamp"),
        ("The Morning Brief | Politics", None),
        ("Brief | 10 March 2026 was the day", None),
    ],
)
def test_newsletter_masthead_with_its_date(block: str, kind: str | None) -> None:
    assert boilerplate_kind(block) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # Bloomberg's contact lines: every one but the last ends with a semicolon
        ("Jane Doe in Stockholm at jdoe@example.net;", "credits"),
        ("Jane Doe in Stockholm at jdoe@example.net", "credits"),
        # a live blog's buttons and badge
        ("Show key events only", "page"),
        ("Live", "page"),
        ("Read Comments", "page"),
        # a newsletter platform's sign-up box, ad slots' notes, list headings
        ("Discover more from East Side Notes", "promo"),
        ("Type your email\u2026", "promo"),
        ("Add us as a preferred source on Google", "promo"),
        ("Story continues below", "promo"),
        ("Article continues below", "promo"),
        ("Paid Content", "promo"),
        ("Trending Now", "related"),
        ("Related internet links", "related"),
    ],
)
def test_round28_furniture(line: str, kind: str) -> None:
    assert boilerplate_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Jane Doe in Stockholm at jdoe@example.net; she said the bank would wait.",
        "Live music returns to the park this weekend.",
        "Show key events only after the vote, the editor told staff.",
        "Story continues below the fold in the print edition.",
        "Type your email address below and we will be in touch, the company told customers.",
    ],
)
def test_round28_sentences_stay(line: str) -> None:
    assert boilerplate_kind(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Follow all the latest sport on our website.",
        "Follow all the latest news on our app.",
        "Keep up to date with all the latest on our live blog.",
        "Stay up to date with the latest news on our website and app.",
        "Catch up on all the action on our app.",
        "Watch the final on our YouTube channel!",
        "Keep up with the race at example.com.",
        "Follow every game at www.example.co.uk",
    ],
)
def test_round28_calls_to_the_outlets_channels_are_promos(line: str) -> None:
    assert boilerplate_kind(line) == "promo"


@pytest.mark.parametrize(
    "line",
    [
        "Follow the money, investigators said.",
        "Follow the latest developments here.",
        "Read the report on our website, the minister said.",
        "Read the report at example.org.",
        "Get the team news at 5.30pm.",
        "Read more about the case in our earlier story.",
        "Follow the vote at St. Mary's hall.",
    ],
)
def test_round28_other_calls_stay(line: str) -> None:
    assert boilerplate_kind(line) is None


def test_round28_closing_call_leaves_the_story() -> None:
    text = (
        "Storm closes schools\n\n"
        "Schools across the county closed on Tuesday as a storm brought heavy snow.\n\n"
        "Officials said the roads would be cleared by Wednesday morning.\n\n"
        "Follow all the latest sport on our website."
    )
    article = parse_article(text)
    assert [(junk.kind, junk.text) for junk in article.boilerplate] == [
        ("promo", "Follow all the latest sport on our website.")
    ]
    assert article.paragraphs[-1].text == (
        "Officials said the roads would be cleared by Wednesday morning."
    )


@pytest.mark.parametrize(
    "line",
    [
        "Already a subscriber? Sign in",
        "Already a member? Log in here",
        "Get unlimited digital access for $1 a week. Cancel anytime.",
        "This article is only available to subscribers.",
    ],
)
def test_round29_english_paywall_lines_are_promos(line: str) -> None:
    assert boilerplate_kind(line) == "promo"


@pytest.mark.parametrize(
    "line",
    [
        "The paper said readers already a subscriber would keep access, the editor said.",
        "Unlimited access to the archive was granted to the inquiry on Monday.",
    ],
)
def test_round29_sentences_about_subscribers_stay(line: str) -> None:
    assert boilerplate_kind(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Delivered at 8 p.m., Thursday 19 November 2026",
        "Delivered on: 19 November 2026",
        "Delivered on 19 November 2026 (Original script, may differ from delivered version)",
    ],
)
def test_round29_a_speechs_delivery_date_is_a_stamp(line: str) -> None:
    assert boilerplate_kind(line) == "timestamp"


@pytest.mark.parametrize(
    "line",
    ["Delivered at the party conference, the speech was short.", "Delivered on time."],
)
def test_round29_a_sentence_opening_with_delivered_stays(line: str) -> None:
    assert boilerplate_kind(line) is None


def test_round29_editors_alone_over_an_advisory_is_a_flag() -> None:
    assert boilerplate_kind("Editors:") == "flag"
    assert boilerplate_kind("Editors: Jane Doe, John Roe") == "credits"  # their names: no flag


_NGO_TAIL = (
    "Clinics short of nurses\n\n"
    "A quarter of rural clinics in the region have no full-time nurse, a survey found.\n\n"
    "The charity is calling on governments to offer housing to nurses who take rural posts.\n\n"
    "Notes to editors\n\n"
    "The survey was carried out between March and June by trained enumerators.\n\n"
    "Media enquiries\n\n"
    "Sam Otieno, Communications Manager\n\n"
    "press@charity.example"
)


def test_round29_notes_to_editors_close_a_charitys_release() -> None:
    article = parse_article(_NGO_TAIL)
    assert [junk.kind for junk in article.boilerplate] == ["release"] * 5
    assert article.paragraphs[-1].text.startswith("The charity is calling")


def test_round29_notes_to_editors_with_no_contact_stay() -> None:
    text = _NGO_TAIL.split("\n\nMedia enquiries")[0]
    article = parse_article(text)
    assert article.boilerplate == ()
    assert article.paragraphs[-1].text.startswith("The survey was carried out")


_TABLE = (
    "Acme profit rises\n\n"
    "Acme said on Tuesday its profit rose 18% in the third quarter on strong ferry orders.\n\n"
    "{title}\n\n"
    "               Q3 2026    Q3 2025    Change\n"
    "Revenue          2,410      2,152      12%\n"
    "Net profit         221        190      16%\n\n"
    "The company kept its forecast for the full year, it said in a statement."
)


def test_round29_a_tables_title_over_it_is_part_of_it() -> None:
    article = parse_article(_TABLE.format(title="Third quarter highlights (NOK million)"))
    assert [junk.kind for junk in article.boilerplate] == ["table"] * 4  # the title, 3 rows
    assert article.boilerplate[0].text == "Third quarter highlights (NOK million)"
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    "title",
    [
        "The figures, in millions of crowns, were as follows:",
        "It gave this breakdown for its crude output in the quarter, in mln bpd",
    ],
)
def test_round29_a_sentence_over_a_table_stays(title: str) -> None:
    article = parse_article(_TABLE.format(title=title))
    assert [junk.kind for junk in article.boilerplate] == ["table"] * 3  # the rows alone
    assert [p.text for p in article.paragraphs][1] == title


_REVIEW = (
    "A storm on the stage\n\n"
    "The revival keeps the weather at the edge of every scene, and it works.\n\n"
    "The second act drags, but the ending is as moving as anything this year.\n\n"
    "{heading}\n"
    "Mary: Lena Marsh\n"
    "Director: Hana Okoro\n"
    "Designer: Clare Whitlock\n"
)


def test_round29_a_reviews_credits_block_is_credits() -> None:
    article = parse_article(_REVIEW.format(heading="Cast and credits"))
    assert [junk.kind for junk in article.boilerplate] == ["credits"] * 4
    assert article.paragraphs[-1].text.startswith("The second act drags")


def test_round29_labelled_lines_with_no_credits_heading_stay() -> None:
    article = parse_article(_REVIEW.format(heading="The verdict"))
    assert not any(junk.kind == "credits" for junk in article.boilerplate)
    assert article.paragraphs[-1].text.endswith("Designer: Clare Whitlock")


def test_a_database_closing_line_left_on_one_story_is_a_separator() -> None:
    text = "OSLO (NTB) - Fares will rise.\n\nThe rise follows costs.\n\nEnd of Document"
    article = parse_article(text)
    assert [(b.text, b.kind) for b in article.boilerplate] == [("End of Document", "separator")]
    assert [p.text for p in article.paragraphs][-1] == "The rise follows costs."
    # (a sentence about the end of a document stays)
    article = parse_article("OSLO (NTB) - Fares will rise.\n\nEnd of document checks were late.")
    assert article.boilerplate == ()


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        ("Continue reading...", "page"),
        ("Continue reading\u2026", "page"),
        ("Shared from the Courier app", "page"),
        ("Shared via the Daily Gazette App", "page"),
        ("Forwarded many times", "page"),
        ("^^^^", "separator"),
        ("(($1 = 0.9213 euros))", "flag"),
        ("(($1 = 0.9213 euros) (\u00a31 = $1.2650))", "flag"),
        ("($1 = 83.20 Indian rupees)", "flag"),
        ("2026-05-06 14:22:08.311 GMT", "timestamp"),
        ("Presented by Northgate Bank. Banking that fits around you.", "promo"),
        ("Brought to you by Acme Insurance", "promo"),
        ("Water Access in Upland Districts                    4", "page"),
        ("HARBOUR TIMES \u00b7 Thursday, 12 March 2026          7", "page"),
        ("Water Access in Upland Districts          Annual Report 2025", "page"),
        ("THE WESTBURY GAZETTE, FRIDAY, JUNE 14, 1957.          PAGE FIVE", "page"),
    ],
)
def test_round29_layouts_furniture(block: str, kind: str) -> None:
    assert boilerplate_kind(block) == kind


@pytest.mark.parametrize(
    "block",
    [
        "Continue reading the report, she told the committee.",
        "Shared from the start, the plan was a joint one, the minister said.",
        "The app was shared from the start by all the councils.",
        "Forwarded many times, the message reached thousands of voters by Monday.",
        "(The rate of $1 = 0.92 euros was used, the bank said.)",
        "Presented by the mayor, the award went to a teacher who has worked at the "
        "school for more than thirty years and now plans to retire.",
        "The total rose to      12",  # (a gap shorter than a page's margin)
        "The score was 3-1.            12",
        "Shares outstanding in the period      2025",
        "THE WESTBURY GAZETTE, FRIDAY, JUNE 14, 1957.          PAGE ABOUT IT NOW",
    ],
)
def test_round29_layouts_furniture_not_in_a_story(block: str) -> None:
    assert boilerplate_kind(block) is None


_CONTENTS = (
    "What the new rules mean for you\n\n"
    "By Jane Rowe\n\n"
    "{heading}\n"
    "1. What has changed\n"
    "2. Who decides?\n\n"
    "The government has changed the rules for home extensions in England.\n\n"
    "Councils will still check that work follows the design rules.\n"
)


@pytest.mark.parametrize("heading", ["Contents", "Table of contents", "In this article:"])
def test_round29_a_table_of_contents_is_page_furniture(heading: str) -> None:
    article = parse_article(_CONTENTS.format(heading=heading))
    assert [junk.kind for junk in article.boilerplate] == ["page"] * 3
    assert [p.text[:15] for p in article.paragraphs] == ["The government ", "Councils will s"]


def test_round29_a_list_of_points_under_contents_stays() -> None:
    text = _CONTENTS.replace("What has changed", "The rules have changed.").replace(
        "Who decides?", "Councils decide."
    )
    article = parse_article(text.format(heading="Contents"))
    assert not any(junk.kind == "page" for junk in article.boilerplate)
    assert article.paragraphs[0].text.startswith("Contents")


def test_round29_numbered_lines_with_no_contents_heading_stay() -> None:
    article = parse_article(_CONTENTS.format(heading="What you need to know"))
    assert not any(junk.kind == "page" for junk in article.boilerplate)


def test_pull_quotes_look_for_each_quote_once_in_all_the_blocks() -> None:
    # (hostile29c: the blocks' words are joined once and each quote looked for in them
    # by one search; the text is folded once when folding keeps its length)
    from newsstruct._boilerplate import _stands_in_other, pull_quotes

    def bodies_of(text: str) -> list[tuple[int, int]]:
        bodies, at = [], 0
        for part in text.split("\n\n"):
            bodies.append((at, at + len(part)))
            at += len(part) + 2
        return bodies

    said = "The mayor said we will build the new bridge next year, and soon.\n\n"
    pull = '"We will build the new bridge next year"\n\n'
    text = pull + "The council met.\n\n" + said + pull + "The vote is in May."
    assert pull_quotes(text, bodies_of(text)) == [0, 3]
    # said only in the pull quotes themselves (as long as they are): no pull quote
    alone = pull + "The council met.\n\n" + pull + "The vote is in May."
    assert pull_quotes(alone, bodies_of(alone)) == []
    # a text whose folding changes its length (Straße) is read side by side as before
    folded = "Die Straße bleibt zu.\n\n" + text
    assert pull_quotes(folded, bodies_of(folded)) == [1, 4]
    plain = ["we go on", "x", "we go on now", "we go on"]
    starts = [0, 9, 11, 24]
    assert _stands_in_other("\n".join(plain), starts, plain, "we go on", 0)
    assert not _stands_in_other("\n".join(plain), starts, plain, "we go on", 2)
    assert not _stands_in_other("\n".join(plain), starts, plain, "go on now", 2)


@pytest.mark.parametrize(
    "block",
    [
        "Until 14 March. Tickets from £18. playhouseashford.example",
        "To 2 May 2026. Tickets: £12-£35",
        "Runs until June 21st, tickets $25. https://riverside-stage.example/whats-on",
        "Tickets £15. Until 30 November.",
    ],
)
def test_round29_a_reviews_run_line_is_page_furniture(block: str) -> None:
    assert boilerplate_kind(block) == "page"


@pytest.mark.parametrize(
    "block",
    [
        "Until 14 March.",  # its run alone: a short paragraph may say it
        "Until 14 March, the bridge will stay shut to traffic.",
        "To 14 March, the council had received 312 complaints.",
        "Tickets from £18 sold out within an hour, the theatre said.",
    ],
)
def test_round29_a_sentence_on_a_run_or_tickets_is_no_run_line(block: str) -> None:
    assert boilerplate_kind(block) is None


def test_round29_a_reviews_run_line_under_its_last_paragraph_leaves_the_body() -> None:
    text = (
        "Harbour Lights, Riverside Stage, Tolworth\n\n"
        "By Mina Castell\n\n"
        "The new musical opens with a storm and closes with a wedding, and in between "
        "it rarely stops for breath.\n\n"
        "Its songs are better than its script, but the cast sing them as if their "
        "lives depended on it.\n\n"
        "Until 2 May. Tickets from £22. riverside-stage.example\n"
    )
    article = parse_article(text)
    assert article.paragraphs[-1].text.startswith("Its songs are better")
    assert [(b.kind, b.text) for b in article.boilerplate] == [
        ("page", "Until 2 May. Tickets from £22. riverside-stage.example")
    ]


@pytest.mark.parametrize(
    "block",
    [
        "Court listings are compiled from public registers and may not show later appeals.",
        "Court results are taken from the magistrates' registers. Corrections: desk@example.org",
        "This list is compiled from notices sent in by readers.",
    ],
)
def test_round29_a_listings_note_on_its_sources_is_standards(block: str) -> None:
    assert boilerplate_kind(block) == "standards"


@pytest.mark.parametrize(
    "block",
    [
        "The court heard the figures were compiled from police records.",
        "Listings of the court's cases were published on Tuesday.",
    ],
)
def test_round29_a_sentence_on_sources_in_a_story_is_no_standards_note(block: str) -> None:
    assert boilerplate_kind(block) is None


def test_round29_turn_to_with_no_page_is_no_jump_line() -> None:
    # negative: "Turn to" with no page reference is a sentence, no jump line
    for block in ("Turn to the right page", "Turn to face the wall", "Turn to page fourteen"):
        assert boilerplate_kind(block) is None, block


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        ("(BEGIN VIDEOTAPE)", "page"),
        ("(END VIDEO CLIP)", "page"),
        ("(COMMERCIAL BREAK)", "page"),
        ("[CROSSTALK]", "page"),
        ("(LAUGHTER)", "page"),
        ("[10:00:08]", "timestamp"),
        ("[14:32]", "timestamp"),
    ],
)
def test_round30_a_transcripts_stage_directions_and_time_codes(block: str, kind: str) -> None:
    assert boilerplate_kind(block) == kind


@pytest.mark.parametrize(
    "block",
    [
        "(SCREAMING HEADLINES)",  # no stage direction listed
        "(Begin videotape)",  # the cues are in capitals
        "(BEGIN VIDEOTAPE) The mayor spoke to crowds.",
        "[10:00:08] JANE DOE: Good morning.",  # a turn after its time code stays a paragraph
        "[The minister spoke about jobs.]",
    ],
)
def test_round30_a_paragraph_or_a_bracket_of_words_is_no_stage_direction(block: str) -> None:
    assert boilerplate_kind(block) is None


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        ("Text of report by privately-owned Interfax news agency on 12 May", "credits"),
        ("Excerpt from report by Ukrainian state TV on 3 June", "credits"),
        ("[Passage omitted: background on last week's protests]", "flag"),
        ("[passage omitted]", "flag"),
        ("BBC Mon CAU EU1 Pol sm/ak", "desk"),
        ("BBC Mon As1 AsPol ak", "desk"),
    ],
)
def test_round30_bbc_monitorings_source_notes_and_desk_lines(block: str, kind: str) -> None:
    assert boilerplate_kind(block) == kind


@pytest.mark.parametrize(
    "block",
    [
        "Text of the agreement is below.",
        "The text of the report by the committee was published on Monday.",
        "BBC Monitoring said the report was broadcast on Monday.",
        "[Words of the song are printed in full.]",
    ],
)
def test_round30_a_sentence_on_a_text_or_a_report_is_no_source_note(block: str) -> None:
    assert boilerplate_kind(block) is None


@pytest.mark.parametrize(
    "block",
    [
        "WAM/Hassan Bashir/Tariq Al Faham",
        "WAM/Jane Doe/John Roe",
        "(PNA)",
    ],
)
def test_round30_an_agency_signing_off_with_its_editors_names(block: str) -> None:
    assert boilerplate_kind(block) == "signoff"


def test_round30_a_picture_credit_with_one_name_after_the_agency_is_no_signoff() -> None:
    # negative: an agency and one name or library after a slash is a picture credit
    assert boilerplate_kind("AFP/Getty Images") == "credits"
    assert boilerplate_kind("WAM/Hassan Bashir") != "signoff"


def test_round30_a_produced_by_line_may_name_the_outlet_after_the() -> None:
    block = "This article was produced by the Riverton Courier's fact-checking team."
    assert boilerplate_kind(block) == "credits"
    # negative: a sentence about a product stays
    assert boilerplate_kind("This article was produced by hand in the 1950s.") is None


def test_round30_a_letters_page_signature_with_a_town_alone() -> None:
    text = (
        "Letters\n\nBus cuts will hurt\n\n"
        "The evening buses are the only way many of us get home from work.\n\n"
        "The council says the buses carry too few people. Cut them and fewer will.\n\n"
        "Maureen Feld\n\nEastbrook\n\nLibrary deserves better\n\n"
        "The library is the only quiet place many students have to study.\n\n"
        "Daniel Ashe, Riverton"
    )
    article = parse_article(text)
    assert [(b.text, b.kind) for b in article.boilerplate][:2] == [
        ("Maureen Feld", "credits"),
        ("Eastbrook", "credits"),
    ]
    assert "Maureen Feld" not in [p.text for p in article.paragraphs]


@pytest.mark.parametrize(
    "tail",
    [
        "",  # a name and a town closing the text may be the story's own words
        "\n\nPress office\n\n+1 555 0100",  # a release's contact: a figure under it
        "\n\nPress office\n\nSee the website",  # no paragraph of prose under the heading
    ],
)
def test_round30_a_name_over_a_town_alone_needs_a_letter_under_it(tail: str) -> None:
    text = (
        "Fair opens\n\nThe fair opened on Monday and runs until Sunday, organisers said.\n\n"
        "More than 40 stalls have come from across the county this year.\n\n"
        "Jane Doe\n\nSpringfield" + tail
    )
    paragraphs = [p.text for p in parse_article(text).paragraphs]
    assert "Jane Doe" in paragraphs or "Springfield" in paragraphs


def test_round30_a_letters_page_heads_its_letters_and_signs_them_with_a_role() -> None:
    text = (
        "Letters\n\nBus cuts will hurt\n\n"
        "The evening buses are the only way many of us get home from work.\n\n"
        "The council says the buses carry too few people. Cut them and fewer will.\n\n"
        "Maureen Feld\n\nEastbrook\n\nA word of thanks\n\n"
        "Thank you to everyone who came to our open day last Saturday and helped.\n\n"
        "Susan Oduya, chair, Eastbrook Allotment Society\n\n"
        "Letters may be edited for length. Write to letters@example.com"
    )
    article = parse_article(text)
    assert [s.text for s in article.subheads] == ["A word of thanks"]
    assert [(b.text, b.kind) for b in article.boilerplate][-2:] == [
        ("Susan Oduya, chair, Eastbrook Allotment Society", "credits"),
        ("Letters may be edited for length. Write to letters@example.com", "promo"),
    ]
    assert article.paragraphs[-1].text.startswith("Thank you to everyone")


def test_round30_a_name_with_a_role_in_a_story_with_no_letter_stays() -> None:
    # negative: with no letter signed above, a name and a role alone stay a paragraph
    text = (
        "Allotments open\n\nThe allotments opened on Saturday with a fair for families.\n\n"
        "More than 40 plots were let in the first hour, organisers said on Monday.\n\n"
        "Susan Oduya, chair, Eastbrook Allotment Society"
    )
    paragraphs = [p.text for p in parse_article(text).paragraphs]
    assert "Susan Oduya, chair, Eastbrook Allotment Society" in paragraphs


@pytest.mark.parametrize(
    "block",
    [
        "RNS Number : 4821K",
        "Halden Minerals PLC",
        '("Halden" or the "Company")',
        "This announcement contains inside information for the purposes of Article 7 of "
        "the UK version of Regulation (EU) No 596/2014.",
        "This information is provided by RNS, the news service of the London Stock Exchange.",
        "For further information, please contact:",
    ],
)
def test_round30_a_regulatory_announcements_furniture_is_release(block: str) -> None:
    assert boilerplate_kind(block) == "release"


@pytest.mark.parametrize(
    "block",
    [
        "Shares in Halden Minerals PLC rose 4%.",  # a sentence naming the company
        "Halden Minerals PLC (AIM: HLDN) is pleased to announce its results.",
        '("Halden")',
        "The announcement contained no new information, analysts said.",
    ],
)
def test_round30_a_sentence_on_a_company_or_an_announcement_is_no_release(block: str) -> None:
    assert boilerplate_kind(block) is None


def test_round30_a_regulatory_announcements_title_under_its_issuer_is_the_headline() -> None:
    text = (
        "RNS Number : 1234A\nAcme Mining PLC\n05 March 2026\n\n"
        "Acme Mining PLC\n\n"
        '("Acme" or the "Company")\n\n'
        "Results of drilling at North Hill\n\n"
        "Acme Mining PLC is pleased to announce the results of its drilling at North Hill.\n\n"
        "The best hole cut 20 metres of copper ore, the company said in its statement.\n\n"
        "For further information, please contact:\n\nAcme Mining PLC\n+44 20 7946 0000\n\n"
        "END"
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Results of drilling at North Hill"
    assert [p.text[:20] for p in article.paragraphs] == [
        "Acme Mining PLC is p",
        "The best hole cut 20",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        '"Our fighters will strike again," the group said in a post on its Telegram channel.',
        "The militia wrote on its Telegram channel that two of its men had died.",
        "A spokesman told reporters the video first appeared on Google News.",
    ],
)
def test_a_story_s_sentence_naming_a_channel_is_no_promo(sentence: str) -> None:
    assert boilerplate_kind(sentence) is None


@pytest.mark.parametrize(
    "promo",
    ["Join our Telegram channel for the latest news.", "Follow us on Google News for updates."],
)
def test_a_call_to_join_a_channel_stays_a_promo(promo: str) -> None:
    assert boilerplate_kind(promo) == "promo"


def test_round30_a_call_transcripts_participants_list_is_credits() -> None:
    text = (
        "Acme Foods Q4 2025 Earnings Call Transcript\n\n"
        "Company Participants\n\n"
        "Jo Lee - Chief Executive Officer\n"
        "Al Roe - Chief Financial Officer\n\n"
        "Operator\n\n"
        "Good afternoon, and welcome to the Acme Foods fourth quarter call.\n\n"
        "Jo Lee\n\n"
        "Thank you, operator. We closed the year with a strong quarter."
    )
    article = parse_article(text)
    assert [(junk.kind, junk.text) for junk in article.boilerplate] == [
        ("credits", "Company Participants"),
        ("credits", "Jo Lee - Chief Executive Officer"),
        ("credits", "Al Roe - Chief Financial Officer"),
    ]
    assert article.byline is None
    assert article.standfirst is None
    assert len(article.paragraphs) == 2


def test_round30_a_participants_heading_over_prose_stays() -> None:
    # negative: the heading over a sentence, or a name row with no heading, is no list
    text = "Participants\n\nThe forum drew 300 people.\n\nJo Lee - CEO"
    assert _boilerplate.participants_lists(text, split_blocks(text)) == {}
    text = "Jo Lee - Chief Executive Officer\n\nAl Roe - Chief Financial Officer"
    assert _boilerplate.participants_lists(text, split_blocks(text)) == {}
    article = parse_article(
        "Forum on housing\n\nParticipants\n\nThe forum drew 300 people to the hall on Monday."
    )
    assert not any(junk.kind == "credits" for junk in article.boilerplate)


def test_participants_headings_one_after_another_each_list_their_rows() -> None:
    # two lists, the second's heading a row of the first's (its name), then prose
    text = (
        "Company Participants\n\nJo Lee - CEO\n\nConference Call Participants\n\n"
        "Al Roe - Acme Securities\n\nGood afternoon, and welcome to the call."
    )
    assert _boilerplate.participants_lists(text, split_blocks(text)) == dict.fromkeys(
        range(4), "credits"
    )
    # at most 40 blocks of rows under a heading; a later heading among them reads on
    rows = [f"Jo Lee{chr(97 + n % 26)}{chr(97 + n // 26)} - Analyst\n\n" for n in range(45)]
    text = "Analysts\n\n" + "".join(rows) + "The call ended."
    assert sorted(_boilerplate.participants_lists(text, split_blocks(text))) == list(range(41))
    text = "Analysts\n\n" + "".join(rows[:5]) + "Company Participants\n\n" + "".join(rows[5:])
    text += "The call ended."
    # (negative: the prose closing the text stays, block 47)
    assert sorted(_boilerplate.participants_lists(text, split_blocks(text))) == list(range(47))


#: An invented match report: the score line over the story, the line-ups closing it.
_MATCH = (
    "Harriers edge past Town in the cup\n\n"
    "By Nia Pryce\n\n"
    "{score}\n\n"
    "Harriers reached the quarter-finals with a late winner from Dean Shaw on Tuesday night.\n\n"
    "Town had the better of the first half but could not turn their pressure into goals.\n\n"
    "{line_ups}"
)
_LINE_UPS = (
    "Harriers: Penn, Lowe, Grant, Ames, Fry, Shaw, Boyd.\n"
    "Town: Keane, Hart, Moss, Ruiz, Lane, Ward, Holt.\n"
    "Referee: Ian Cole."
)


def test_round30_a_match_reports_score_line_and_line_ups_are_a_table() -> None:
    text = _MATCH.format(score="Harriers 2 (Boyd 30, Shaw 88) Town 1 (Lane 61)", line_ups=_LINE_UPS)
    article = parse_article(text)
    assert [(junk.kind, junk.text) for junk in article.boilerplate] == [
        ("table", "Harriers 2 (Boyd 30, Shaw 88) Town 1 (Lane 61)"),
        ("table", "Harriers: Penn, Lowe, Grant, Ames, Fry, Shaw, Boyd."),
        ("table", "Town: Keane, Hart, Moss, Ruiz, Lane, Ward, Holt."),
        ("table", "Referee: Ian Cole."),
    ]
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    "line_ups",
    [
        # negatives: one line-up alone, names in lower case (a list of things)
        "Harriers: Penn, Lowe, Grant, Ames, Fry, Shaw, Boyd.",
        "Needed: flour, sugar, eggs, butter, milk, salt.\nAlso: tea, coffee, jam, bread, cheese.",
        # a story's closing list of people, longer than a team's line-up
        "\n".join(
            f"{state}: " + ", ".join(f"Jo Lee{n}" for n in range(30)) + "."
            for state in ("Ohio", "Iowa")
        ),
    ],
)
def test_round30_no_line_ups_no_match_data(line_ups: str) -> None:
    text = _MATCH.format(score="Harriers 2 Town 1", line_ups=line_ups)
    article = parse_article(text)
    assert not any(junk.kind == "table" for junk in article.boilerplate)
    assert article.paragraphs[0].text == "Harriers 2 Town 1"


def test_round30_line_ups_with_no_score_line_set_apart_stay_paragraphs() -> None:
    # negative: the line-ups alone close the story as its paragraphs
    text = _MATCH.format(score="Harriers beat Town 2-1.", line_ups=_LINE_UPS)
    article = parse_article(text)
    assert not any(junk.kind == "table" for junk in article.boilerplate)
    assert [p.text for p in article.paragraphs][-3:] == _LINE_UPS.split("\n")


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        # an official release's document symbol, its issuer over its kind, its closing note
        ("SG/SM/23456", "release"),
        ("GA/EF/3589", "release"),
        ("IP/26/1234", "release"),
        ("European Commission - Press release", "release"),
        ("Ministry of Health | Media release", "release"),
        ("For information media. Not an official record.", "release"),
        # a central bank's release time and its press line
        ("For release at 2:00 p.m. EDT", "release"),
        ("For media inquiries, please email press@bank.example or call 202-555-0148.", "release"),
        # the time a briefing's transcript ended
        ("END 2:04 P.M. EST", "separator"),
        ("END 11:42 A.M. EDT", "separator"),
        # a parliament's record's date; a forum comment's age
        ("Volume 762: debated on Tuesday 3 March 2026", "timestamp"),
        ("\u00b7 4 hr. ago", "timestamp"),
        # a forum's furniture, a social post's hashtags
        ("r/worldnews", "page"),
        ("Posted by u/harbour_watch", "page"),
        ("submitted 3 hours ago by harbour_watch", "page"),
        ("1.8k comments  share  save  hide  report", "page"),
        ("Reply Share", "page"),
        ("94% Upvoted", "page"),
        ("level 2", "page"),
        ("212 Followers", "page"),
        ("#supplychain #procurement #logistics", "page"),
        # a writer's post on a social site under the name
        ("Head of Procurement at Norrvik Industrial Group", "credits"),
        # a draft's note; a note that software wrote the story from a filing
        ("GRAF TO COME on reaction from business owners", "flag"),
        ("This article was generated from an SEC filing and reviewed by an editor.", "standards"),
        # a court's notes under the press summary of its judgment
        ("References in square brackets are to paragraphs in the judgment.", "standards"),
        ("This summary is provided to help in understanding the Court's decision.", "standards"),
    ],
)
def test_user30t_official_forum_and_draft_furniture(block: str, kind: str) -> None:
    assert boilerplate_kind(block) == kind


@pytest.mark.parametrize(
    "block",
    [
        # negatives: a story's own lines of the same look
        "The ministry said the 24/7 hotline had taken 1,200 calls.",
        "Ratio 3/4",
        "The company issued a press release",
        "End of the line for the old ferry",
        "Level 3",  # an alert level's heading
        "For release of the hostages, talks went on at 2 am.",
        "Reply to the minister's letter was slow in coming.",
        "Head of the queue at the Acme store were two students.",
        "Graf to come back for the final, coach says",
        "# Heading",
    ],
)
def test_user30t_story_lines_stay(block: str) -> None:
    assert boilerplate_kind(block) is None


def test_user30t_a_forum_thread_under_a_post_is_page_furniture() -> None:
    text = (
        "Ferry service to the islands cut to two sailings a day\n\n"
        "The ferry operator said on Tuesday that it would cut sailings to the islands to two a "
        "day from next month because of a shortage of crew.\n\n"
        "Islanders said the cut would make it hard to reach hospital appointments.\n\n"
        "level 1\n\nharbour_watch\n\n\u00b7 2 hr. ago\n\nTwo sailings is not a service.\n\n"
        "Reply Share"
    )
    article = parse_article(text)
    assert [p.text[:20] for p in article.paragraphs] == [
        "The ferry operator s",
        "Islanders said the c",
    ]
    assert [junk.kind for junk in article.boilerplate] == ["page"] * 5


def test_user30t_no_buttons_no_forum_thread() -> None:
    # negative: a line that reads "level 1" with no comment's buttons after it
    text = (
        "Flood alert raised on the river\n\n"
        "The agency raised its flood alert on Tuesday as the river rose after two days of rain.\n\n"
        "level 1\n\n"
        "The alert is the lowest of three and means flooding of fields is possible."
    )
    article = parse_article(text)
    # (the depth alone is a forum's line, but the paragraph under it stays)
    assert [p.text[:12] for p in article.paragraphs] == ["The agency r", "The alert is"]


def test_user30t_an_issuer_line_holds_no_lower_case_word_of_a_headline() -> None:
    text = (
        "Central bank holds key rate steady\n\n"
        "For release at 2:00 p.m. EDT\n\n"
        "The Committee decided to maintain the target range for the policy rate at 4 percent, "
        "it said in a statement."
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Central bank holds key rate steady"
    assert [junk.kind for junk in article.boilerplate] == ["release"]
    # negative: an issuer's name over the status line is still furniture
    text = (
        "Office of the Mayor\n\nFOR IMMEDIATE RELEASE\n\nMayor opens new park\n\n"
        "The mayor opened the park on Tuesday with a picnic for local families."
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Mayor opens new park"
    assert [junk.text for junk in article.boilerplate][:2] == [
        "Office of the Mayor",
        "FOR IMMEDIATE RELEASE",
    ]


def test_user30t_a_blogging_sites_footer_under_a_post() -> None:
    text = (
        "Why our town needs a second bridge\n\n"
        "Jo Lee\n\n"
        "Every morning the queue for the only bridge into town stretches back two miles.\n\n"
        "A second crossing would halve that queue, the council's own study found last year.\n\n"
        "Transport\n\nLocal Politics\n\n--\n\n12\n\n"
        "Written by Jo Lee\n\n"
        "340 Followers\n\n"
        "Writer on towns and traffic.\n\n"
        "Follow"
    )
    article = parse_article(text)
    assert [p.text[:12] for p in article.paragraphs] == ["Every mornin", "A second cro"]
    assert [(junk.kind, junk.text) for junk in article.boilerplate][-8:] == [
        ("page", "Transport"),
        ("page", "Local Politics"),
        ("separator", "--"),
        ("page", "12"),
        ("credits", "Written by Jo Lee"),
        ("page", "340 Followers"),
        ("credits", "Writer on towns and traffic."),
        ("share", "Follow"),
    ]


def test_user30t_written_by_over_a_short_story_stays_its_byline() -> None:
    # negative: no rule over Written by (the byline of a short story)
    text = (
        "Bridge to close for repairs\n\n"
        "Written by Jo Lee\n\n"
        "The old bridge will close for two weeks from Monday for repairs.\n\n"
        "Drivers are asked to use the ring road."
    )
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.names == ("Jo Lee",)
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("\u2018", "\u2019"), ("'", "'"), ("''", "''"), ("\u2018", "\u2019 \u2014 Sandra Okoye")],
    ids=["british", "straight single", "nyt double", "british with a name"],
)
def test_a_pull_quote_in_single_marks(opening: str, closing: str) -> None:
    # a pull quote set in single marks (British papers) or an NYT double, as in double ones
    text = (
        "Flooded street waits for repairs\n\n"
        "Residents of Mill Lane say the council has ignored them for months.\n\n"
        "\u2018We put sandbags out and it still came in under the door,\u2019 said Sandra "
        "Okoye, 52, who has lived on the street for 19 years. \u2018It\u2019s the third "
        "time since the spring.\u2019\n\n"
        f"{opening}We put sandbags out and it still came in under the door{closing}\n\n"
        "The council said a survey of the culvert would start next month.\n"
    )
    article = parse_article(text)
    assert [junk.kind for junk in article.boilerplate] == ["page"]
    assert article.boilerplate[0].text.startswith(opening)
    assert len(article.paragraphs) == 3
    # (a quotation the story does not repeat stays a paragraph)
    pull = f"{opening}We put sandbags out and it still came in under the door{closing}"
    alone = text.replace(pull, pull.replace("sandbags out", "the sandbags out"))
    assert not parse_article(alone).boilerplate
