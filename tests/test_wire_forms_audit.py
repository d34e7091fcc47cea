"""A hand audit of whole articles on web copy of 2024-2026 (round 35).

Every text here is invented, in the form of today's scraped web copy of sites
the other tests did not imitate yet: a Gannett paper's name over its paper and
a photographer credited after a slash, a UK regional's picture labels, an
Indian site's agency note, an Australian broadcaster's caption credit, a
Canadian broadcaster's share menu, a tech site's beat after the byline, a
sports site's match report, a markets site's disclaimers, a news app's share
text, consent, paywall and related-story furniture, picture credits in many
forms, editor's notes and corrections, a nonprofit newsroom's credit lines, a
columnist's note that names the writer the copy lost, and a live blog's
hours.  Each asserts the whole structure through
:func:`tests.test_wire_forms.check`; the small tests at the end pin each rule
these forms needed on a short snippet of its own, with near misses that stay
text.
"""

from __future__ import annotations

import datetime

import pytest

from newsstruct import parse_article, parse_byline, parse_caption, parse_dateline
from tests.test_wire_forms import Expected, boilerplate_kinds, case_names, check

#: The day the texts are read on.
READ_ON = datetime.date(2026, 3, 10)

GANNETT = """\
City council OKs $14M plan to fix Riverton's aging water mains

The plan would replace 22 miles of cast-iron pipe over five years.

Maya Delgado
Riverton Courier-Journal

Workers repair a water main break on Elm Street in Riverton on Jan. 14, 2026. Ryan Cole/Riverton Courier-Journal

RIVERTON, Ohio — The Riverton City Council voted 6-1 on Monday night to borrow $14 million to replace some of the city's oldest water mains, many of them laid before 1940.

The city recorded 61 main breaks last year, up from 38 in 2023, according to the utilities department.

"We are patching pipes that were old when my grandparents moved here," council member Ann Petrakis said before the vote.

Story continues below

Residents will see an average increase of $4.10 a month on their water bills starting in July.

Contributing: Tom Reyes, Riverton Courier-Journal

Maya Delgado covers local government for the Riverton Courier-Journal. Reach her at mdelgado@courierjournal.example or follow her on X @mayadelgado.
"""

GANNETT_X = Expected(
    headline="City council OKs $14M plan to fix Riverton's aging water mains",
    standfirst="The plan would replace 22 miles of cast-iron pipe over five years.",
    names=("Maya Delgado",),
    dateline=("RIVERTON, Ohio", None, None),
    captions=(
        (
            "Workers repair a water main break on Elm Street in Riverton on Jan. 14, 2026.",
            "Ryan Cole/Riverton Courier-Journal",
        ),
    ),
    paragraphs=4,
    first="The Riverton City Council voted 6-1",
    last="Residents will see",
    language="en",
    boilerplate=("promo", "credits", "promo"),
    reference_date=READ_ON,
)

UK_REGIONAL = """\
Family's tribute to 'kind-hearted' grandad, 74, killed in Stockton crash

Police are appealing for witnesses after the collision on the A66 on Saturday evening

By Liam Hartley, Senior Reporter

14:32, 9 Mar 2026 | Updated 15:10, 9 Mar 2026

Bookmark

Derek Wainwright, 74, died in hospital after the crash (Image: Family handout)

A family has paid tribute to a "kind-hearted" grandad who died after a crash in Stockton.

Derek Wainwright, 74, was driving a silver Ford Fiesta which was in collision with a lorry on the A66 near the Portrack interchange at around 7.40pm on Saturday.

In a statement released through Cleveland Police, his family said: "Derek was the most kind-hearted man you could meet. He would do anything for anyone."

Anyone with information is asked to call 101, quoting reference 041234.

Sign up to our daily newsletter for the latest news from across Teesside

Most Read

Man charged after stabbing in Middlesbrough town centre

Teesside school rated 'outstanding' by Ofsted for first time
"""

UK_REGIONAL_X = Expected(
    headline="Family's tribute to 'kind-hearted' grandad, 74, killed in Stockton crash",
    standfirst="Police are appealing for witnesses after the collision on the A66 on Saturday evening",
    names=("Liam Hartley",),
    dateline=None,
    captions=(("Derek Wainwright, 74, died in hospital after the crash", "Family handout"),),
    paragraphs=4,
    first="A family has paid tribute",
    last="Anyone with information",
    language="en",
    boilerplate=("timestamp", "share", "promo", "related", "related", "related"),
    reference_date=READ_ON,
)

INDIA = """\
Monsoon likely to hit Kerala by June 1, above-normal rainfall forecast: IMD

The southwest monsoon is likely to set in over Kerala around June 1, with a model error of four days, the weather office said

By Anvi Sharma

Updated on: Mar 09, 2026 04:12 PM IST

Farmers prepare a paddy field ahead of the monsoon near Thrissur. (PTI Photo)

NEW DELHI: The India Meteorological Department (IMD) on Monday forecast an above-normal monsoon for the country this year, with rainfall likely at 105% of the long period average.

"Conditions in the Pacific are turning favourable, and we expect a good spread of rain over most regions," IMD director general Mrutyunjay Mohapatra said at a press conference.

Parts of northeast India and the southern peninsula may still receive below-normal rain, the IMD said.

(With inputs from PTI)

Catch all the Latest India News, Weather Updates and Breaking News on Hindustan Times.
"""

INDIA_X = Expected(
    headline="Monsoon likely to hit Kerala by June 1, above-normal rainfall forecast: IMD",
    standfirst="The southwest monsoon is likely to set in over Kerala around June 1, with a model error of four days, the weather office said",
    names=("Anvi Sharma",),
    dateline=("NEW DELHI", None, datetime.date(2026, 3, 9)),
    captions=(("Farmers prepare a paddy field ahead of the monsoon near Thrissur.", "PTI Photo"),),
    paragraphs=3,
    first="The India Meteorological Department",
    last="Parts of northeast India",
    language="en",
    boilerplate=("timestamp", "credits", "promo"),
    reference_date=READ_ON,
)

AUSTRALIA = """\
Heatwave warning for Adelaide as temperatures tipped to reach 44C

By Sophie Tran

ABC News

Mon 9 Mar 2026 at 5:42am

Beachgoers cool off at Glenelg on Sunday afternoon. (ABC News: Ben Harvey)

Adelaide is forecast to reach 44 degrees Celsius on Wednesday, the hottest March day in the city in more than a decade.

The Bureau of Meteorology has issued an extreme heatwave warning for the Adelaide metropolitan area, the Mid North and the Riverland.

"Please check on elderly neighbours and anyone living alone," SA Health chief public health officer Nicola Spurrier said.

The heat is expected to ease on Saturday when a cool change moves through.

Posted 9 Mar 2026, updated 9 Mar 2026
"""

AUSTRALIA_X = Expected(
    headline="Heatwave warning for Adelaide as temperatures tipped to reach 44C",
    names=("Sophie Tran",),
    dateline=None,
    captions=(("Beachgoers cool off at Glenelg on Sunday afternoon.", "ABC News: Ben Harvey"),),
    paragraphs=4,
    first="Adelaide is forecast",
    last="The heat is expected",
    language="en",
    boilerplate=("timestamp", "timestamp"),
    reference_date=READ_ON,
)

CANADA = """\
Nova Scotia to add 400 long-term care beds by 2028

Province says new beds will cut hospital wait lists for seniors

Social Sharing

Kayla Boudreau · CBC News · Posted: Mar 09, 2026 5:00 AM AST | Last Updated: 2 hours ago

The province says construction on the first 120 beds will begin this spring. (Robert Short/CBC)

The Nova Scotia government says it will add 400 long-term care beds across the province by 2028.

Seniors and Long-Term Care Minister Barbara Adams made the announcement Monday in Truro.

"Nobody should be waiting in a hospital bed for a place to call home," Adams said.

With files from The Canadian Press

Corrections and clarifications | Submit a news tip | Report error
"""

CANADA_X = Expected(
    headline="Nova Scotia to add 400 long-term care beds by 2028",
    standfirst="Province says new beds will cut hospital wait lists for seniors",
    names=("Kayla Boudreau",),
    dateline=None,
    captions=(
        (
            "The province says construction on the first 120 beds will begin this spring.",
            "Robert Short/CBC",
        ),
    ),
    paragraphs=3,
    first="The Nova Scotia government",
    last='"Nobody should be waiting',
    language="en",
    boilerplate=("share", "credits", "page"),
    reference_date=READ_ON,
)

TECH = """\
Google is shutting down its Fitbit web dashboard next month

/ The dashboard will close on April 15th, and users will have to move to the Google Fit app.

By Nina Park, a news writer covering phones, wearables and apps.

Mar 9, 2026, 2:15 PM UTC

12 Comments

Image: Google

Google will shut down the Fitbit web dashboard on April 15th, the company said in a support post on Monday.

Users who want to keep their step counts, sleep logs and heart rate history will need to export them or move them to the Google Fit app before that date.

The change follows Google's decision last year to require a Google account for all Fitbit devices.

Share this story

Most Popular

The best Android phones to buy right now

Apple's foldable iPhone has a release date, says analyst
"""

TECH_X = Expected(
    headline="Google is shutting down its Fitbit web dashboard next month",
    standfirst="/ The dashboard will close on April 15th, and users will have to move to the Google Fit app.",
    names=("Nina Park",),
    dateline=None,
    paragraphs=3,
    first="Google will shut down",
    last="The change follows",
    language="en",
    boilerplate=("timestamp", "page", "credits", "share", "related", "related", "related"),
    reference_date=READ_ON,
)

SPORTS = """\
Arsenal 2-1 Newcastle: Saka strikes late to keep title hopes alive

Bukayo Saka scored in the 88th minute as Arsenal came from behind to beat Newcastle at the Emirates

By Dan Whitmore

Sunday 8 March 2026 19:05, UK

Bukayo Saka celebrates after scoring Arsenal's winner against Newcastle (Photo by Justin Tallis/AFP via Getty Images)

Bukayo Saka struck two minutes from time as Arsenal came from behind to beat Newcastle 2-1 and move within two points of leaders Liverpool.

Anthony Gordon had given the visitors the lead in the 31st minute before Declan Rice levelled with a header shortly after half-time.

"We never stopped believing," Arsenal manager Mikel Arteta said. "The players showed real character today."

Arsenal travel to Brighton next Saturday.

Watch Premier League highlights for free on our website and app.
"""

SPORTS_X = Expected(
    headline="Arsenal 2-1 Newcastle: Saka strikes late to keep title hopes alive",
    standfirst="Bukayo Saka scored in the 88th minute as Arsenal came from behind to beat Newcastle at the Emirates",
    names=("Dan Whitmore",),
    dateline=None,
    captions=(
        (
            "Bukayo Saka celebrates after scoring Arsenal's winner against Newcastle",
            "Justin Tallis/AFP via Getty Images",
        ),
    ),
    paragraphs=4,
    first="Bukayo Saka struck",
    last="Arsenal travel",
    language="en",
    boilerplate=("timestamp", "promo"),
    reference_date=READ_ON,
)

BUSINESS = """\
Halvorsen Energy shares jump 9% after surprise dividend hike

Published 03/09/2026, 10:15 AM

Investing.com -- Shares of Halvorsen Energy ASA rose 9% on Monday after the Norwegian oil producer raised its quarterly dividend by 25% and said output would grow faster than expected this year.

The company now expects production of 210,000 to 220,000 barrels of oil equivalent per day in 2026, up from an earlier range of 195,000 to 205,000.

Analysts at Nordic Bank said the guidance was "well ahead of consensus".

This article was generated with the support of AI and reviewed by an editor. For more information see our T&C.

Disclaimer: This article is for information only and does not constitute investment advice. The author has no position in any of the stocks mentioned.
"""

BUSINESS_X = Expected(
    headline="Halvorsen Energy shares jump 9% after surprise dividend hike",
    names=None,
    dateline=(None, "Investing.com", None),
    paragraphs=3,
    first="Shares of Halvorsen Energy",
    last="Analysts at Nordic Bank",
    language="en",
    boilerplate=("timestamp", "standards", "standards"),
    reference_date=READ_ON,
)

APP_SHARE = """\
Train drivers to strike for 48 hours next week

Rail services across much of England will be disrupted on Tuesday and Wednesday after train drivers' union Aslef confirmed two days of strikes.

The union said talks with train operators had failed to resolve a dispute over working hours.

The Rail Delivery Group said passengers should check before they travel.

Shared from the BBC News app

Download the BBC News app for the latest headlines: https://bbc.example/app
"""

APP_SHARE_X = Expected(
    headline="Train drivers to strike for 48 hours next week",
    names=None,
    dateline=None,
    paragraphs=3,
    first="Rail services across much of England",
    last="The Rail Delivery Group",
    language="en",
    boilerplate=("page", "promo"),
    reference_date=READ_ON,
)

FURNITURE = """\
We value your privacy

We and our partners use cookies to store and access information on your device for personalised ads and content.

Accept all    Reject all

Springfield schools to cut bus routes as driver shortage worsens

By Carla Nguyen

Mar 9, 2026

37 Comments

The Springfield school district will cut 14 bus routes starting next month because it cannot hire enough drivers, Superintendent Mark Ellison said Monday.

Subscribe now for just $1 for your first month.

About 1,100 students will be affected, and the district will offer gas cards to families who drive their children to school.

"This is not a decision we wanted to make," Ellison said.

Related

District to raise pay for substitute teachers

Springfield High wins state robotics title
"""

FURNITURE_X = Expected(
    headline="Springfield schools to cut bus routes as driver shortage worsens",
    names=("Carla Nguyen",),
    dateline=None,
    paragraphs=3,
    first="The Springfield school district",
    last='"This is not a decision',
    language="en",
    boilerplate=(
        "page",
        "page",
        "page",
        "timestamp",
        "page",
        "promo",
        "related",
        "related",
        "related",
    ),
    reference_date=READ_ON,
)

CREDITS = """\
Thousands flee as Mount Lewotobi erupts again in eastern Indonesia

By Rina Hartono

PHOTO: Volcanic ash rises from Mount Lewotobi Laki-Laki in East Flores on March 8, 2026. (Photo by Arnold Welianto/AFP)

Mount Lewotobi Laki-Laki erupted again on Sunday, sending a column of ash eight kilometres into the sky and forcing thousands of villagers to flee, officials said.

Indonesia's volcanology agency raised the alert to the highest level and widened the exclusion zone to nine kilometres.

Villagers carry their belongings as they leave their homes. Image: Yusuf Ahmad via Getty Images

"The eruption column was very thick and lightning could be seen inside it," agency head Muhammad Wafid told reporters.

Flights to and from Maumere were cancelled.
"""

CREDITS_X = Expected(
    headline="Thousands flee as Mount Lewotobi erupts again in eastern Indonesia",
    names=("Rina Hartono",),
    dateline=None,
    captions=(
        (
            "Volcanic ash rises from Mount Lewotobi Laki-Laki in East Flores on March 8, 2026.",
            "Arnold Welianto/AFP",
        ),
        (
            "Villagers carry their belongings as they leave their homes.",
            "Yusuf Ahmad via Getty Images",
        ),
    ),
    paragraphs=4,
    first="Mount Lewotobi Laki-Laki erupted",
    last="Flights to and from",
    language="en",
    reference_date=READ_ON,
)

NOTES = """\
State to pay $2.1M to settle wrongful arrest lawsuit

Editor's note: This story has been updated to include a statement from the attorney general's office.

By Marcus Bell

HARTFORD, Conn. (AP) — Connecticut will pay $2.1 million to a man who spent 11 months in jail after being wrongly identified by facial recognition software, under a settlement approved Monday.

Darnell Hughes, 34, was arrested in 2023 after a store's camera software matched his driver's license photo to a robbery suspect.

"No amount of money gives back the time I lost," Hughes said in a statement.

The attorney general's office said the state had changed its rules on the use of the software.

Correction: An earlier version of this story misstated Hughes' age. He is 34, not 36.
"""

NOTES_X = Expected(
    headline="State to pay $2.1M to settle wrongful arrest lawsuit",
    names=("Marcus Bell",),
    dateline=("HARTFORD, Conn.", "AP", None),
    paragraphs=4,
    first="Connecticut will pay",
    last="The attorney general's office",
    language="en",
    boilerplate=("flag", "correction"),
    reference_date=READ_ON,
)

PRODUCED = """\
Rural hospitals cut maternity care as staffing costs climb

By Hannah Ortiz

Credit...Lena Moss for KFF Health News

When the maternity ward at Pine Ridge Regional Hospital closed in January, expectant mothers in three counties were left more than an hour's drive from the nearest place to give birth.

It was the 12th rural hospital in the state to stop delivering babies since 2020, according to the state hospital association.

"We could not find nurses, and when we found them we could not afford them," said Dana Kirby, the hospital's chief executive.

Contributing: Joel Winters

This article was produced by KFF Health News, a national newsroom that produces in-depth journalism about health issues.
"""

PRODUCED_X = Expected(
    headline="Rural hospitals cut maternity care as staffing costs climb",
    names=("Hannah Ortiz",),
    dateline=None,
    paragraphs=3,
    first="When the maternity ward",
    last='"We could not find nurses',
    language="en",
    boilerplate=("credits", "credits", "credits"),
    reference_date=READ_ON,
)

COLUMN = """\
Why small towns are winning the remote work boom

When I moved back to my hometown three years ago, I was the only person on my street who worked from a laptop.

Now there are five of us, and the coffee shop on Main Street has added a second row of outlets.

Census figures show that towns of under 10,000 people gained residents faster than big cities last year for the first time in decades.

That is good news, but only if those towns invest in broadband and housing.

Ramirez is a columnist for the Lakeshore Tribune and writes about rural life.
"""

COLUMN_X = Expected(
    headline="Why small towns are winning the remote work boom",
    names=None,
    dateline=None,
    paragraphs=4,
    first="When I moved back",
    last="That is good news",
    language="en",
    boilerplate=("credits",),
    reference_date=READ_ON,
)

LIVE = """\
Election night live: Results from the Springfield mayoral race

Follow along for the latest results.

10:15 p.m.

With 80% of precincts reporting, Councilwoman Dana Ruiz leads incumbent Mayor Tom Hale by 1,200 votes.

9:30 p.m.

Early returns show a close race, with Ruiz ahead by fewer than 300 votes.

9 p.m.

Polls have closed across Springfield. Officials expect the first results within the hour.
"""

LIVE_X = Expected(
    headline="Election night live: Results from the Springfield mayoral race",
    standfirst="Follow along for the latest results.",
    names=None,
    dateline=None,
    paragraphs=3,
    first="With 80% of precincts",
    last="Polls have closed",
    language="en",
    boilerplate=("timestamp", "timestamp", "timestamp"),
    reference_date=READ_ON,
)

CASES: dict[str, tuple[str, Expected]] = {
    "gannett": (GANNETT, GANNETT_X),
    "uk_regional": (UK_REGIONAL, UK_REGIONAL_X),
    "india": (INDIA, INDIA_X),
    "australia": (AUSTRALIA, AUSTRALIA_X),
    "canada": (CANADA, CANADA_X),
    "tech": (TECH, TECH_X),
    "sports": (SPORTS, SPORTS_X),
    "business": (BUSINESS, BUSINESS_X),
    "app_share": (APP_SHARE, APP_SHARE_X),
    "furniture": (FURNITURE, FURNITURE_X),
    "credits": (CREDITS, CREDITS_X),
    "notes": (NOTES, NOTES_X),
    "produced": (PRODUCED, PRODUCED_X),
    "column": (COLUMN, COLUMN_X),
    "live": (LIVE, LIVE_X),
}

#: Texts whose remaining errors no general rule reads yet, with the reason.
KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize("name", case_names(CASES, KNOWN_FAILURES))
def test_web_copy(name: str) -> None:
    text, expected = CASES[name]
    check(text, expected)


@pytest.mark.parametrize("line", ["9 p.m.", "10 PM ET", "11 a.m."])
def test_a_live_blogs_hour_alone_is_a_timestamp(line: str) -> None:
    assert boilerplate_kinds(line) == [(line, "timestamp")]


@pytest.mark.parametrize("line", ["At 9 p.m. the polls closed.", "9 p.m. Polls closed."])
def test_an_hour_in_a_sentence_stays_text(line: str) -> None:
    assert boilerplate_kinds(line) == []


@pytest.mark.parametrize(
    "line",
    ["(With inputs from PTI)", "With inputs from agencies", "(With input from Reuters, ANI)"],
)
def test_an_indian_sites_agency_note_is_credits(line: str) -> None:
    assert boilerplate_kinds(line) == [(line, "credits")]


def test_a_sentence_with_inputs_stays_text() -> None:
    assert boilerplate_kinds("With inputs from the ground, the team said the river rose.") == []


def _last_paragraph_and_notes(last: str, before: str = "") -> tuple[str, list[str]]:
    text = (
        "Why small towns are winning\n\n"
        f"{before}Now there are five of us on the street.\n\n"
        "Census figures show towns gained residents.\n\n"
        "That is good news for the towns.\n\n"
        f"{last}\n"
    )
    article = parse_article(text)
    return article.paragraphs[-1].text, [b.text for b in article.boilerplate if b.kind == "credits"]


def test_a_note_on_a_writer_the_story_never_names_is_credits() -> None:
    note = "Ramirez is a columnist for the Lakeshore Tribune and writes about rural life."
    assert _last_paragraph_and_notes(note) == ("That is good news for the towns.", [note])


def test_a_note_on_a_reporter_the_story_is_about_stays() -> None:
    last = "Ramirez is a reporter for the Lakeshore Tribune."
    assert _last_paragraph_and_notes(last, before="Ramirez was freed on Monday. ") == (last, [])


def test_a_last_sentence_on_a_non_journalist_stays() -> None:
    last = "Ramirez is a lawyer for the Lakeshore Tribune."
    assert _last_paragraph_and_notes(last) == (last, [])


def test_a_broadcasters_share_menu_label_is_share() -> None:
    assert boilerplate_kinds("Social Sharing") == [("Social Sharing", "share")]


def test_the_writers_beat_after_the_byline() -> None:
    byline = parse_byline("By Nina Park, a news writer covering phones, wearables and apps.")
    assert byline is not None
    assert byline.names == ("Nina Park",)


def test_a_name_with_no_lead_word_and_a_clause_is_no_byline() -> None:
    assert parse_byline("By the river, a news writer sat with wearables and apps.") is None


def test_a_name_over_its_paper_alone_is_the_byline() -> None:
    text = (
        "Council backs new pipes\n\n"
        "Maya Delgado\nRiverton Courier-Journal\n\n"
        "RIVERTON, Ohio — The council voted 6-1 on Monday to borrow $14 million.\n\n"
        "Work starts in July.\n"
    )
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.names == ("Maya Delgado",)
    assert article.byline.text == "Maya Delgado\nRiverton Courier-Journal"
    assert article.dateline is not None
    assert article.dateline.location == "RIVERTON, Ohio"


@pytest.mark.parametrize("line", ["New York", "Editorial Board", "Business News"])
def test_a_place_or_a_desk_over_a_paper_alone_is_no_byline(line: str) -> None:
    text = (
        f"Council backs new pipes\n\n{line}\nThe Denver Post\n\n"
        "The council voted 6-1 on Monday to borrow $14 million.\n"
    )
    assert parse_article(text).byline is None


def test_a_headline_over_a_standfirst_with_a_paper_noun_is_no_byline() -> None:
    text = (
        "Council backs new pipes\n\n"
        "Rates Rise Again\nThe council said so.\n\n"
        "The council voted 6-1 on Monday to borrow $14 million.\n"
    )
    assert parse_article(text).byline is None


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "Workers repair a main on Elm Street on Jan. 14, 2026. Ryan Cole/Riverton Courier-Journal",
            "Ryan Cole/Riverton Courier-Journal",
        ),
        (
            "Fans cheer in Fort Worth on Sunday. Jo Lind/Fort Worth Star-Telegram",
            "Jo Lind/Fort Worth Star-Telegram",
        ),
        (
            "Beachgoers cool off at Glenelg on Sunday. (ABC News: Ben Harvey)",
            "ABC News: Ben Harvey",
        ),
        ("Crowds gather in Perth. (AAP: Jane Doe)", "AAP: Jane Doe"),
        ("A koala rests after its rescue. (Supplied: Acme Wildlife)", "Supplied: Acme Wildlife"),
    ],
)
def test_more_caption_credits(caption: str, credit: str) -> None:
    found = parse_caption(caption)
    assert found is not None
    assert found.credit == credit


@pytest.mark.parametrize(
    "line",
    [
        "Prices rose in March. (Source: Census Bureau)",
        "The vote split the party. Republicans/Democrats",
        "The figures were revised. (Note: Figures are provisional)",
    ],
)
def test_sentences_like_caption_credits_stay_text(line: str) -> None:
    assert parse_caption(line) is None


def test_a_picture_credit_under_the_byline_is_no_part_of_it() -> None:
    text = (
        "Rural hospitals cut care\n\n"
        "By Hannah Ortiz\n\n"
        "Credit...Lena Moss for KFF Health News\n\n"
        "When the ward closed, mothers drove an hour.\n\n"
        "It was the 12th in the state.\n"
    )
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.text == "By Hannah Ortiz"
    assert [(b.text, b.kind) for b in article.boilerplate] == [
        ("Credit...Lena Moss for KFF Health News", "credits")
    ]


def test_a_markets_sites_name_opens_its_stories() -> None:
    dateline = parse_dateline("Investing.com -- Shares of Halvorsen Energy rose 9% on Monday.")
    assert dateline is not None
    assert (dateline.location, dateline.agency) == (None, "Investing.com")


@pytest.mark.parametrize(
    "line",
    [
        'Want to receive this in your inbox? Sign up by entering your email and clicking "subscribe":',
        "Want this newsletter in your inbox? Sign up here.",
    ],
)
def test_a_newsletters_sign_up_call_is_promo(line: str) -> None:
    assert boilerplate_kinds(line) == [(line, "promo")]


@pytest.mark.parametrize(
    "line",
    [
        "WELCOME! Questions? Tips? Events? Email me, jdoe@example.com, and follow @jdoe for updates.",
        "Tips? Email jdoe@example.com",
    ],
)
def test_a_newsletter_writers_call_for_tips_is_promo(line: str) -> None:
    assert boilerplate_kinds(line) == [(line, "promo")]


def test_a_sentence_on_tips_stays_text() -> None:
    assert boilerplate_kinds("Questions about tips remain, the waiter said.") == []


def test_a_question_about_the_inbox_stays_text() -> None:
    assert (
        boilerplate_kinds("Do you want fewer scam emails in your inbox? Experts say filters help.")
        == []
    )


def test_a_line_over_an_agencys_sign_off_is_no_byline() -> None:
    article = parse_article(
        "DIVIDEND MEETINGS - MARCH 3\n Acme Corp\n Premier Industrial\n Reuter\n"
    )
    assert article.byline is None
    assert [(b.text, b.kind) for b in article.boilerplate] == [("Reuter", "signoff")]
