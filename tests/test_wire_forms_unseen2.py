"""More kinds of text not met before, as users hold them in 2024-2026 (round 31).

Every text here is invented: an embargoed charity release, a Wayback Machine
copy, a story broken by advert labels, an op-ed with its writer's bio, a
county's property transfers and court docket, a school board's minutes, a
listings page, an RSS item with its HTML entities, UPI's alert over its story,
a word processor's export with reviewers' comments, a TV station's page, a
horoscope copied under a story and a wire's budget line-up.  Each asserts the
whole structure through :func:`tests.test_wire_forms.check`; the small tests
at the end pin each rule these forms needed on a short snippet of its own.
"""

from __future__ import annotations

import pytest

from newsstruct import parse_article
from tests.test_wire_forms import Expected, case_names, check
from tests.test_wire_forms_unseen import _STORY

#: A charity's release under its embargo line, with its end mark and notes to editors.
EMBARGOED_RELEASE = """\
EMBARGOED UNTIL 00:01 GMT THURSDAY 12 MARCH 2026

Almost half of young carers miss school at least once a week, survey finds

A survey of 2,400 young carers in England found that 46 per cent had missed school at least once a week in the past term to look after a parent or sibling.

The charity Carers Together, which ran the survey, said the figure had risen from 31 per cent three years ago.

"These children are holding families together, and they are paying for it with their education," said the charity's chief executive, Ruth Allingham.

The Department for Education said it would study the findings.

ENDS

Notes to editors
The survey was carried out online between 6 January and 14 February 2026.

For media enquiries contact press@carerstogether.org.uk or call 020 7946 0312.
"""


#: A page as the Wayback Machine shows it: the archive's banner line over the story.
WAYBACK_COPY = """\
The Wayback Machine - https://web.archive.org/web/20250314093211/https://www.valleygazette.com/news/library-hours-cut

Library to cut Sunday hours as budget shrinks

By Owen Castellano

March 13, 2025

The Millbrook Public Library will close on Sundays starting in April, trustees decided Wednesday night, citing a $180,000 gap in next year's budget.

The library has opened on Sundays since 1998. Trustees said Sunday was its quietest day, with about 140 visitors on average.

Head librarian Joan Petrakis said staff would not lose jobs. Some hours will move to Tuesday evenings instead.

Several parents at the meeting objected, saying Sunday was the only day they could bring their children.
"""


#: A web story with an advert's label left between its paragraphs.
INLINE_ADS = """\
Storm knocks out power to 40,000 homes across the valley

By Keisha Morrow

High winds toppled trees and power lines across the valley overnight, leaving about 40,000 homes and businesses without electricity on Friday morning.

Advertisement

The utility said crews from three neighbouring states were on their way and that most customers should have power back by Sunday night.

Gusts reached 68 mph at the airport, the National Weather Service said.

Advertisement

Schools in four districts closed for the day. Several roads remained blocked by fallen trees.

ADVERTISEMENT

The county opened two warming centres for residents without heat.
"""


#: A web story with a publisher's "continues below" labels between its paragraphs.
ADVERTISEMENT_SCROLL = """\
Ferry fares to rise 8% in April

Ferry fares on the island routes will rise by 8 per cent from April 1, the operator said on Tuesday.

Story continues below advertisement

The operator blamed higher fuel and crew costs. Residents' cards will rise by less, at 4 per cent.

Article continues below

Island councillors said the rise would hit families who travel to the mainland for work and hospital visits.
"""


#: An op-ed with its writer's bio in the third person at the end.
OPED_BIO = """\
Opinion: Our town needs a bus that runs after 7 p.m.

By Marisol Vega

Last month I missed my night shift twice because the last bus from Eastfield leaves at 6:52 p.m. I am not the only one.

Hundreds of workers in this town finish or start work after dark, in hospitals, warehouses and restaurants. For them, the bus stops running just when they need it.

The council says an evening service would cost about $600,000 a year. That is real money, but it is less than a tenth of what the town spends on road repairs.

Give us a bus until 11 p.m. on weekdays, and see who rides it.

Marisol Vega is a nurse at Eastfield General Hospital and a member of the Eastfield Riders Union. She lives in Eastfield.
"""


#: A weekly list of property transfers, under towns' names in capitals.
REAL_ESTATE_TRANSFERS = """\
Property transfers for the week of Feb. 9

The following property transfers were recorded with the Carver County Register of Deeds.

CHASKA
- 412 Walnut St., from Daniel and Amy Hoff to Brian Tollefson, $389,000
- 1187 Hillcrest Dr., from Lakeside Builders LLC to Sara and Tom Ng, $512,500

WACONIA
- 28 Lake St. E., from Estate of Gloria Ruud to Peter Almquist, $276,000
"""


#: A school board's minutes, under the district's three-line heading.
SCHOOL_BOARD_MINUTES = """\
Riverside Unified School District
Board of Education
Minutes of the Regular Meeting, January 21, 2026

The meeting was called to order at 6:02 p.m. by President Linda Okafor.

Members present: Linda Okafor, James Whitaker, Rosa Delgado, Kevin Brandt. Absent: Mei Chen.

The board voted 4-0 to approve the consent agenda, including the minutes of the December 17 meeting.

Superintendent Alan Pierce presented the mid-year budget report. The district expects a deficit of $1.2 million by June.

The meeting was adjourned at 8:15 p.m.
"""


#: A weekend listings page, its events under the days' names.
EVENT_LISTING = """\
Things to do this weekend

Friday

Winter farmers market, 3-7 p.m., Old Mill Hall, 120 River Rd. Free.

Saturday

Chili cook-off, noon-4 p.m., Fire Station 2, 55 Oak Ave. $10, children under 12 free.

Sunday

Sunday concert series: the Brookfield Brass Quintet, 2 p.m., First Congregational Church. Donations welcome.
"""


#: An RSS item copied with its HTML entities left in (spans index the text as given).
RSS_ENTITIES = """\
Council approves &#8216;tiny homes&#8217; village for homeless residents

Tue, 10 Feb 2026 14:05:00 GMT

The city council voted 7&#8211;2 on Monday to build a village of 40 tiny homes for people without housing, the first of its kind in the county.

&#8220;This is not a solution to everything, but it is a start,&#8221; said Councilmember Harold Baines.

The homes will be built on city land near the rail yard &amp; should open by the end of the year.
"""


#: UPI's alert over its story: the flag, the headline, NEWSALERT, the headline again.
NEWSALERT_THEN_STORY = """\
URGENT

Central bank raises key rate to 5.25%

NEWSALERT

Central bank raises key rate to 5.25%

WELLINGTON, Feb 18 (UPI) -- The central bank raised its key interest rate by a quarter point to 5.25 percent on Wednesday, its highest level in 17 years, saying inflation was still too high.

Most economists had expected the bank to hold rates steady after two straight increases.

Governor Adrian Orr said the bank was ready to raise rates again if prices kept rising.

The New Zealand dollar rose about half a cent after the decision.
"""


#: A draft exported from a word processor: comment marks and the comments under it.
WORD_EXPORT_COMMENTS = """\
City hires first chief heat officer[a]

By Daniel Reyes

The city has hired its first chief heat officer, who will lead efforts to protect residents from extreme heat as summers grow hotter[b].

Dr. Amira Haddad, a public health researcher, starts on June 1. She will earn $148,000 a year.

Last summer, 31 people in the county died from heat-related causes, according to the medical examiner.

[a]Comment by Sarah Lin: can we get "first" into the hed? it is already there
[b]Comment by Sarah Lin: source for this?
"""


#: A story with a list of related links between its paragraphs.
RELATED_IN_MIDDLE = """\
Hospital to close maternity ward, citing staff shortage

By Grace Whitfield

Mercy Valley Hospital will close its maternity ward on April 30, sending expectant mothers to a hospital 40 miles away, officials said Thursday.

The hospital said it could not find enough nurses and obstetricians to keep the unit open around the clock.

Related:
Rural hospitals cut services as costs climb
Nurses vote to strike at two county hospitals

The ward delivered about 300 babies last year. Its 22 staff will be offered other jobs in the hospital.

Local officials said they would ask the state for emergency funding.
"""


#: A local TV station's web story: staff credit, post stamp, app promo, copyright.
TV_STATION_APP = """\
Crews rescue hiker stranded on Bald Peak

By: WKRN Staff

Posted at 9:41 PM, Jan 05, 2026

A hiker who became stranded on Bald Peak was rescued early Monday after spending the night on a ledge, fire officials said.

The man, 34, called 911 around 6 p.m. Sunday after he lost the trail in fog. Rescuers reached him shortly after 3 a.m.

He was treated for mild hypothermia and released from the hospital.

Click here to download our free news app.

Copyright 2026 Scripps Media, Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.
"""


#: A paper's court docket: one case a paragraph.
COURT_DOCKET = """\
Court docket for Feb. 23

The following cases were heard in Hamilton County District Court.

State v. Derek L. Mayfield, 29, of Noblesville: operating while intoxicated. Pleaded guilty; 180 days suspended, $500 fine.

State v. Tanya R. Oakes, 41, of Fishers: theft. Case continued to March 16.

State v. Marcus J. Bell, 19, of Carmel: possession of marijuana. Dismissed.
"""


#: A story with the horoscope column under it, copied by mistake.
HOROSCOPE_TAIL = """\
Bakery wins state award for its sourdough

By Lisa Tran

A family bakery on Main Street has won the state fair's top prize for sourdough bread, beating 140 entries.

Owner Carla Ruiz said she has fed the same starter for 23 years. "It is older than my son," she said.

The bakery sells about 300 loaves a week. Ruiz said she expects that number to double after the award.

Horoscopes

ARIES (March 21-April 19): A money matter clears up by Friday.

TAURUS (April 20-May 20): Say yes to the invitation you have been putting off.
"""


#: A wire's budget line-up of the day's planned stories.
BUDGET_LINEUP = """\
AP-US--Budget

Here are the top stories planned for Thursday. For up-to-the-minute information on AP's coverage, visit Coverage Plan.

TOP STORIES

FLOODS-MIDWEST -- Rivers crest in three states after record rain. By Jim Salter. UPCOMING: 800 words, photos.

FED-RATES -- Federal Reserve expected to hold rates. By Christopher Rugaber. UPCOMING: 900 words by 2 p.m.
"""


CASES: dict[str, tuple[str, Expected]] = {
    "embargoed_release": (
        EMBARGOED_RELEASE,
        Expected(
            headline="Almost half of young carers miss school at least once a week, survey finds",
            names=None,
            dateline=None,
            paragraphs=4,
            first="A survey of 2,400 young carers",
            last="The Department for Education",
            language="en",
            # the embargo line; the end mark; the notes to editors and the contact
            boilerplate=("flag", "separator", "release", "release", "release"),
        ),
    ),
    "wayback_copy": (
        WAYBACK_COPY,
        Expected(
            headline="Library to cut Sunday hours as budget shrinks",
            names=("Owen Castellano",),
            dateline=None,
            paragraphs=4,
            first="The Millbrook Public Library",
            last="Several parents at the meeting",
            language="en",
            boilerplate=("page", "timestamp"),
        ),
    ),
    "inline_ads": (
        INLINE_ADS,
        Expected(
            headline="Storm knocks out power to 40,000 homes across the valley",
            names=("Keisha Morrow",),
            dateline=None,
            paragraphs=5,
            first="High winds toppled trees",
            last="The county opened two warming centres",
            language="en",
            boilerplate=("promo", "promo", "promo"),
        ),
    ),
    "advertisement_scroll": (
        ADVERTISEMENT_SCROLL,
        Expected(
            headline="Ferry fares to rise 8% in April",
            names=None,
            dateline=None,
            paragraphs=3,
            first="Ferry fares on the island routes",
            last="Island councillors said",
            language="en",
            boilerplate=("promo", "promo"),
        ),
    ),
    "oped_bio": (
        OPED_BIO,
        Expected(
            headline="Our town needs a bus that runs after 7 p.m.",
            kicker="Opinion",
            names=("Marisol Vega",),
            dateline=None,
            paragraphs=4,
            first="Last month I missed my night shift",
            last="Give us a bus until 11 p.m.",
            language="en",
            boilerplate=("credits",),  # the writer's bio
        ),
    ),
    "real_estate_transfers": (
        REAL_ESTATE_TRANSFERS,
        Expected(
            headline="Property transfers for the week of Feb. 9",
            names=None,
            dateline=None,
            # the towns' names in capitals are the list's subheads
            paragraphs=3,
            first="The following property transfers",
            last="- 28 Lake St. E.",
            language="en",
        ),
    ),
    "school_board_minutes": (
        SCHOOL_BOARD_MINUTES,
        Expected(
            headline="Riverside Unified School District\nBoard of Education\n"
            "Minutes of the Regular Meeting, January 21, 2026",
            names=None,
            dateline=None,
            paragraphs=5,
            first="The meeting was called to order",
            last="The meeting was adjourned",
            language="en",
        ),
    ),
    "event_listing": (
        EVENT_LISTING,
        Expected(
            headline="Things to do this weekend",
            names=None,
            dateline=None,
            # the days' names are the listing's subheads
            paragraphs=3,
            first="Winter farmers market",
            last="Sunday concert series",
            language="en",
        ),
    ),
    "rss_entities": (
        RSS_ENTITIES,
        Expected(
            # the entities stay: every part is a slice of the text as given
            headline="Council approves &#8216;tiny homes&#8217; village for homeless residents",
            names=None,
            dateline=None,
            paragraphs=3,
            first="The city council voted 7&#8211;2",
            last="The homes will be built",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "newsalert_then_story": (
        NEWSALERT_THEN_STORY,
        Expected(
            headline="Central bank raises key rate to 5.25%",
            names=None,
            dateline=("WELLINGTON", "UPI", None),
            paragraphs=4,
            first="The central bank raised",
            last="The New Zealand dollar",
            language="en",
            # the two flags; the headline again over the story
            boilerplate=("flag", "flag", "page"),
        ),
    ),
    "word_export_comments": (
        WORD_EXPORT_COMMENTS,
        Expected(
            headline="City hires first chief heat officer",
            names=("Daniel Reyes",),
            dateline=None,
            paragraphs=3,
            first="The city has hired",
            last="Last summer, 31 people",
            language="en",
            boilerplate=("flag", "flag"),  # the reviewer's comments
        ),
    ),
    "related_in_middle": (
        RELATED_IN_MIDDLE,
        Expected(
            headline="Hospital to close maternity ward, citing staff shortage",
            names=("Grace Whitfield",),
            dateline=None,
            paragraphs=4,
            first="Mercy Valley Hospital",
            last="Local officials said",
            language="en",
            boilerplate=("related", "related", "related"),
        ),
    ),
    "tv_station_app": (
        TV_STATION_APP,
        Expected(
            headline="Crews rescue hiker stranded on Bald Peak",
            names=None,  # a staff credit names nobody
            dateline=None,
            paragraphs=3,
            first="A hiker who became stranded",
            last="He was treated for mild hypothermia",
            language="en",
            boilerplate=("credits", "timestamp", "promo", "copyright"),
        ),
    ),
    "court_docket": (
        COURT_DOCKET,
        Expected(
            headline="Court docket for Feb. 23",
            names=None,
            dateline=None,
            paragraphs=4,
            first="The following cases were heard",
            last="State v. Marcus J. Bell",
            language="en",
        ),
    ),
    "horoscope_tail": (
        HOROSCOPE_TAIL,
        Expected(
            headline="Bakery wins state award for its sourdough",
            names=("Lisa Tran",),
            dateline=None,
            paragraphs=3,
            first="A family bakery on Main Street",
            last="The bakery sells about 300 loaves",
            language="en",
            # the column's heading and its signs' lines
            boilerplate=("page", "page", "page"),
        ),
    ),
    "budget_lineup": (
        BUDGET_LINEUP,
        Expected(
            headline=None,
            names=None,
            dateline=None,
            paragraphs=3,
            first="Here are the top stories planned",
            last="FED-RATES -- Federal Reserve",
            language="en",
            # the budget's slug; its section label
            boilerplate=("flag", "related"),
        ),
    ),
}

#: Forms the parsers cannot read yet, with the reason (the test fails if they start passing).
KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize("name", case_names(CASES, KNOWN_FAILURES))
def test_unseen_form(name: str) -> None:
    text, expected = CASES[name]
    check(text, expected)


def test_headline_again_under_a_flag() -> None:
    # UPI: the alert's flag between the headline and the headline printed again
    text = (
        "Port strike ends after nine days\n\n"
        "NewsAlert\n\n"
        "Port strike ends after nine days\n\n"
        "OAKLAND, Calif., March 3 (UPI) -- Dock workers voted on Tuesday to end a nine-day strike.\n\n"
        "Ships began unloading within hours."
    )
    article = parse_article(text)
    assert [(b.text, b.kind) for b in article.boilerplate] == [
        ("NewsAlert", "flag"),
        ("Port strike ends after nine days", "page"),
    ]
    assert article.dateline is not None
    assert article.dateline.agency == "UPI"
    assert len(article.paragraphs) == 2


def test_headline_words_in_the_story_stay() -> None:
    # a paragraph that says more than the headline is no repeat
    text = (
        "Port strike ends\n\n"
        "NEWSALERT\n\n"
        "Port strike ends, union says\n\n"
        "Dock workers voted on Tuesday to end a nine-day strike."
    )
    article = parse_article(text)
    assert [b.kind for b in article.boilerplate] == ["flag"]


@pytest.mark.parametrize(
    "line",
    [
        "[a]Can we name the source here?",
        "[ab]Comment by Jo Park: check this figure",
        "Commented [JP1]: check this figure with the council",
        "Comment [SL2]: needs a second source",
    ],
)
def test_document_comment_under_story(line: str) -> None:
    text = f"Bridge to reopen in April[a]\n\n{_STORY}\n\n{line}"
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Bridge to reopen in April"
    assert [(b.text, b.kind) for b in article.boilerplate] == [(line, "flag")]
    assert len(article.paragraphs) == 2


def test_bracketed_lines_that_are_no_comment_stay() -> None:
    text = (
        "Bridge to reopen [A]\n\n"
        "[Editor's note: the bridge was built in 1931.]\n\n"
        "[1] The council said the bridge would reopen in April."
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Bridge to reopen [A]"
    assert all(b.kind != "flag" for b in article.boilerplate)


def test_feed_row_title_is_the_headline() -> None:
    # a news API's row: the stamp and the address before the title, spaces or tabs
    text = (
        "20260417T103000Z https://news.example.org/2026/04/17/rail-fares "
        "Rail fares to rise by 4 percent in July\n"
        "Rail fares will rise by 4 percent from July 1, the operator said on Friday.\n"
        "Season tickets will rise by less."
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Rail fares to rise by 4 percent in July"
    assert article.paragraphs[0].text.startswith("Rail fares will rise")


def test_year_at_a_headline_start_is_no_row() -> None:
    text = "2026 budget https://example.org/budget unveiled\n\nThe council unveiled its budget."
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text.startswith("2026 budget")


def test_script_header_and_cue() -> None:
    # a station's script in other words: slug, presenter, running time, the cue
    text = (
        "FLOODS 1300\n"
        "PRESENTER: AISHA\n"
        "RUNS: 35 SECS\n\n"
        "CUE: Dozens of homes in the valley have been flooded after the river burst its banks.\n\n"
        "The fire service says it rescued eleven people overnight.\n\n"
        "ENDS"
    )
    article = parse_article(text)
    assert article.headline is None
    assert [(b.text, b.kind) for b in article.boilerplate] == [
        ("FLOODS 1300", "page"),
        ("PRESENTER: AISHA", "page"),
        ("RUNS: 35 SECS", "page"),
        ("CUE:", "page"),
        ("ENDS", "separator"),
    ]
    assert [p.text[:8] for p in article.paragraphs] == ["Dozens o", "The fire"]


def test_label_in_a_story_is_no_script_header() -> None:
    text = (
        "Strike vote\n\n"
        "READER: the union's members voted on Monday to strike.\n\n"
        "They will walk out next week."
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Strike vote"
    assert article.boilerplate == ()


def test_poster_over_handle_is_the_byline() -> None:
    # a thread from another network, in other words: the writer, the handle, the posts
    text = (
        "Tom Okafor\n"
        "@tomokafor@mastodon.social\n\n"
        "Thread: the county just released its new flood maps, and 3,000 more homes are now "
        "in the high-risk zone.\n\n"
        "Owners will have until June to appeal, the county says."
    )
    article = parse_article(text)
    assert article.headline is None
    assert article.byline is not None
    assert article.byline.names == ("Tom Okafor",)
    assert [(b.text, b.kind) for b in article.boilerplate] == [
        ("@tomokafor@mastodon.social", "page")
    ]
    assert [p.text[:7] for p in article.paragraphs] == ["Thread:", "Owners "]


def test_name_over_a_post_that_opens_with_a_handle_stays() -> None:
    text = (
        "Tom Okafor\n\n"
        "@tomokafor said on Monday that the county had released its flood maps.\n\n"
        "Owners have until June to appeal."
    )
    article = parse_article(text)
    # no handle alone under the name: the name stays the headline
    assert article.byline is None
    assert article.headline is not None
    assert article.headline.text == "Tom Okafor"


def test_horoscope_column_under_story() -> None:
    # another paper's column, in other words: its heading, signs in title case
    text = (
        "Bridge to reopen in April\n\n"
        f"{_STORY}\n\n"
        "Your horoscope\n\n"
        "Leo (July 23-Aug. 22) - An old friend gets in touch.\n\n"
        "Virgo (Aug. 23-Sept. 22): Take the long way home."
    )
    article = parse_article(text)
    assert [(b.text[:5], b.kind) for b in article.boilerplate] == [
        ("Your ", "page"),
        ("Leo (", "page"),
        ("Virgo", "page"),
    ]
    assert len(article.paragraphs) == 2


def test_sign_names_in_the_story_stay() -> None:
    text = (
        "Charity run raises record sum\n\n"
        "Cancer Research UK (CRUK) said the run raised a record sum on Sunday.\n\n"
        "Leo Tran (10) ran the whole course with his father.\n\n"
        "Horoscopes were not on the minds of the runners, an organiser joked."
    )
    article = parse_article(text)
    assert article.boilerplate == ()
    assert len(article.paragraphs) == 3
