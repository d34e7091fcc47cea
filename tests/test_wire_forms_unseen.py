"""Kinds of text not met before, as users' archives and scrapers hold them (2024-2026).

Every text here is invented: an aggregator's card over the outlet's page, a
news API's record, paywalled and consent-bannered copies, an AI summary box,
a fact check's claim box, a photo essay, notices, a betting preview, a live
page, a radio script ...  Each asserts the whole structure through
:func:`tests.test_wire_forms.check`; the small tests at the end pin each rule
these forms needed on a short snippet of its own.
"""

from __future__ import annotations

import pytest

from newsstruct import parse_article, parse_caption
from tests.test_wire_forms import Expected, case_names, check

#: A news aggregator's page copied whole: its links, the outlet's name, the headline
#: printed again over the byline and the age of the story.
GOOGLE_NEWS_COPY = """\
Google News

Full coverage

Harbour city votes to cap cruise ship visits

The Coastal Ledger

Harbour city votes to cap cruise ship visits

By Priya Ramanathan

2 hours ago

PORT ELLERY, Maine (AP) — City councilors voted 6-3 on Tuesday to limit the number of cruise ships that can dock in the harbour to two a day, a move backers say will ease crowding on the waterfront.

The cap takes effect in 2027. Cruise lines have already booked more than 140 visits for next season, according to the port authority.

"We are not against visitors. We are against gridlock," said Councilor Dana Whitcombe, who sponsored the measure.

Business owners on Front Street were split. Some said the ships bring them most of their summer trade.

More from The Coastal Ledger

See more headlines and perspectives
"""


#: A web copy with its audio player's note over the headline and a stamp under the byline.
LISTEN_TO_ARTICLE = """\
Listen to this article · 5 min

Rail strike set to halt commuter trains for three days

Unions say talks with the operator broke down over pay and weekend shifts

By Tom Okafor and Helen Marsh

March 3, 2026 at 6:12 a.m. EST

Commuter trains across the region will stop running from Thursday after the main rail union confirmed a three-day strike, the first in more than a decade.

About 180,000 people use the network each weekday. The operator said it would run a limited bus service between the largest stations.

Union leaders said the company's final offer of a 3.5% rise fell short of inflation and tied the increase to more weekend work.

"Our members have been patient for two years," said Marla Quinn, the union's general secretary. "Patience has run out."

The operator said it remained open to talks.
"""


#: An AI summary box over the byline, with the note on how it was made.
KEY_TAKEAWAYS = """\
Drought pushes wheat prices to two-year high

Key takeaways

- Wheat futures rose 4% on Monday after a dry spell in the southern plains.
- Analysts cut harvest forecasts for the third week running.
- Bakers warn bread prices could follow within months.

This summary was generated with the help of AI and reviewed by an editor.

By Jordan Ellis

CHICAGO, June 9 (Reuters) - Wheat futures jumped to their highest in two years on Monday as a deepening drought in the southern U.S. plains threatened the winter crop.

The most-active contract on the Chicago Board of Trade rose 4% to $7.12 a bushel by midday.

Forecasters expect little rain over the next two weeks across Kansas and Oklahoma, the two largest producing states.

"The crop is running out of time," said Ben Alvarez, an analyst at Prairie Grain Advisors.

(Reporting by Jordan Ellis; Editing by Sarah Kim)
"""


#: A metered paywall cutting the story after two paragraphs.
PAYWALL_CUT = """\
Hospital trust to close maternity unit at night

By Claire Donnelly, Health Correspondent

The only maternity unit serving two market towns will stop admitting women overnight from next month because it cannot hire enough midwives, the hospital trust has said.

Expectant mothers who go into labour between 8pm and 8am will be sent to the county hospital, a drive of up to 50 minutes.

Subscribe to continue reading

Already a subscriber? Log in

Get unlimited access for £1 a week. Cancel anytime.
"""


#: A consent banner's heading, text and buttons copied over the story.
COOKIE_SLIPPED = """\
We value your privacy

We and our partners use cookies to store and access information on your device, to personalise ads and content, and to measure performance.

Accept all    Reject all    Manage preferences

Bridge repairs to shut main road for six weeks

Repair work on the Old Mill bridge will close the A418 between Hartley and Danesford from Monday, the county council said.

Drivers face a signed diversion of about nine miles. Buses will use the same route and timetables will change.

The council said the bridge's deck had worn faster than expected since it was last resurfaced in 2014.

Local businesses said they feared losing passing trade during the works.
"""


#: A news API's article record printed as labelled lines in the API's own order.
NEWSAPI_RECORD = """\
source: The Midland Courier
author: Gemma Hart
title: Factory to add 400 jobs after winning battery contract
description: A car parts maker in Redditch will hire 400 people over two years after winning a contract to build battery casings.
url: https://www.example-courier.co.uk/news/factory-jobs-battery
publishedAt: 2026-02-17T08:30:00Z
content: A car parts maker in Redditch will hire 400 people over two years after winning a contract to build battery casings for electric vans.
The company said the contract was its largest in 30 years. Hiring will begin in the spring, with most jobs on the factory floor… [+2204 chars]
"""


#: A wedding announcement under the couple's names.
WEDDING_ANNOUNCEMENT = """\
Emily Carter, Daniel Osei

Emily Rose Carter and Daniel Kwame Osei were married Saturday at St. Brendan's Church in Hadley, Mass. The Rev. Thomas Moynihan performed the ceremony.

The bride, 31, is a pediatric nurse at Baystate Children's Hospital in Springfield, Mass. She graduated from the University of Vermont.

The groom, 33, is a structural engineer with Lindqvist Partners in Boston. He graduated from Northeastern University and received a master's degree from MIT.

The couple met in 2021 at a friend's birthday party in Somerville.
"""


#: A paid death notice: the surname in capitals, the notice's lines.
DEATH_NOTICE = """\
HARGREAVES, Margaret Ann (née Pollard)

Passed away peacefully at Rowan House Care Home on 12 January 2026, aged 91.

Beloved wife of the late Geoffrey, much-loved mother of Susan and Peter, and a devoted grandmother of five.

Funeral service at St Mary's Church, Kirkby Lonsdale, on Friday 30 January at 11am, followed by interment.

Family flowers only please; donations if desired to the Alzheimer's Society.

All enquiries to J. Metcalfe & Sons Funeral Directors, tel 015242 71234.
"""


#: A betting preview with its odds and its regulatory footer.
ODDS_PREVIEW = """\
Rovers v United prediction, odds and betting tips

Premier League | Saturday, 3pm | Ashfield Park

By Liam Brennan

Rovers: 13/8 | Draw: 12/5 | United: 7/4

Rovers have won four of their last five at home and go into Saturday's derby level on points with their neighbours.

United will be without their captain, who serves the second game of a three-match ban.

Our tip: Both teams to score at 4/5.

18+ | Gamble responsibly | BeGambleAware.org

Odds correct at time of publication and subject to change.
"""


#: A live page: each post's time over its heading.
LIVE_POSTS = """\
Storm Imogen live: 90mph gusts close bridges and cancel ferries

Live

Updated 14:32 GMT

14:32
Ferries cancelled for the rest of the day

All sailings between the mainland and the islands have been cancelled until at least tomorrow morning, the ferry operator says.

13:58
Power cut to 30,000 homes

The electricity network says about 30,000 homes in the north-west are without power after lines were brought down by fallen trees.

Engineers are working to restore supplies but some customers may be without power overnight.

13:15
Bridge closed to all traffic

The Skye Bridge has been closed to all vehicles after gusts of 90mph were recorded, police say.
"""


#: A fact check whose claim box stands over the byline.
FACT_CHECK_BOX = """\
Fact check: No, the city is not fining residents for rainwater barrels

Claim: A viral post says the city council will fine homeowners £500 for collecting rainwater.

Rating: False

By Nadia Ferreira

Published 4 February 2026

A post shared more than 20,000 times on Facebook claims that homeowners in Castlebridge face a £500 fine for keeping a rainwater barrel in their garden.

This is not true. The council has no such rule, and a spokesperson told us it actively encourages residents to collect rainwater.

The claim appears to stem from a consultation on drainage charges for new housing estates, which does not mention barrels.

Our verdict: False. There is no fine for rainwater barrels.
"""


#: A public broadcaster's radio script: its slug, reader and duration, the cue, ENDS.
RADIO_SCRIPT = """\
NEWS 0800 TUES 10 MARCH
READER: JAMES
DURATION: 0'42"

CUE: Teachers in the region are to hold a one-day strike next week in a row over class sizes.

The union says more than 2,000 members voted for action, with a turnout of 61 per cent.

The education authority says it is disappointed and will keep schools open where it can.

ENDS
"""


#: A staff obituary with its deck.
OBITUARY_STAFF = """\
Harold Finch, mill worker who fought to save town's last foundry, dies at 88

He led a two-year campaign that kept 200 jobs in Brackley

By Rachel Adeyemi

Harold Finch, a foundry worker who led a campaign that kept the last iron foundry in Brackley open in the 1980s, died on Feb. 2 at his home in the town. He was 88.

His daughter, Lorraine Finch, said the cause was heart failure.

Mr. Finch started at the foundry at 15 and stayed for 47 years. When its owners announced its closure in 1984, he organised a petition, a march to the county hall and a buyout bid by the workers.

He is survived by his daughter, two sons, seven grandchildren and a great-grandson. His wife, Joan, died in 2019.
"""


#: A newsletter platform's paid post cut by its trial offer.
SUBSTACK_PAYWALL = """\
The quiet collapse of local radio

Why three stations going dark in one month should worry everyone

Marcus Tell
Feb 12, 2026

∙ Paid

12

3

Share

Three local radio stations in the north of the county went off the air in January. Nobody held a farewell show.

Each had been bought by the same group in 2023, and each had its local news bulletins replaced by a regional feed within a year.

Keep reading with a 7-day free trial

Subscribe to The Local Signal to keep reading this post and get 7 days of free access to the full post archives.

Start trial

Already a paid subscriber? Sign in
"""


#: A local story with the update note appended.
CORRECTION_APPENDED = """\
School board approves later start times

By Kevin Moreau

Staff writer

ASHTON — High school classes in the Ashton district will start at 8:45 a.m. from next fall, 50 minutes later than now, after the school board voted 5-2 on Monday night.

Board members cited research linking later start times to better attendance and grades among teenagers.

Parents who spoke at the meeting were divided. Several said the change would make it harder to arrange child care for younger siblings.

This story has been updated to correct the vote count, which was 5-2, not 4-3.
"""


#: A story shared from a news app: the outlet, its section, the app's note.
APPLE_NEWS_COPY = """\
Heatwave prompts water restrictions in three counties

The Evening Courier

Top Stories

Hosepipe bans will come into force in three counties on Friday after the driest spring in 50 years, the regional water company has announced.

The company said reservoirs were at 58% of capacity, against 80% at this time last year.

Customers who break the ban face fines of up to £1,000.

The company said it had fixed more than 4,000 leaks since April.

Shared from Apple News
"""


#: A national agency's story in English with the translator's line.
TRANSLATED_WIRE = """\
Farmers block border crossing in protest over grain imports

WARSAW, March 5 (PAP) - Hundreds of farmers blocked a road border crossing with Ukraine on Thursday, demanding tighter controls on imports of cheap grain.

Police said the blockade near Dorohusk would last until Saturday evening. Lorries were queueing for about 12 kilometres.

The farmers' union said the government had not kept promises made last year.

Translated by Anna Kowalczyk

(PAP)
"""


#: An explainer in questions and answers.
EXPLAINER_QA = """\
What does the new speed limit mean for drivers?

From Monday, the default speed limit on residential roads in the city drops from 30mph to 20mph. Here is what you need to know.

Which roads are affected?

Almost all residential streets, and some main roads through town centres. Signs will mark the roads that keep a 30mph limit.

Will I be fined?

Police say they will focus on education for the first three months, but drivers caught well over the limit can still be prosecuted.

Why is it changing?

The council says slower traffic cuts the number and severity of crashes.
"""


#: A feed's row with tab-separated fields: the date, the address, the title.
GDELT_ROW = """\
2026-03-02 09:15:00	https://www.example-times.com/world/dam-talks	Ministers agree to resume talks on disputed dam
Ministers from the three countries sharing the river agreed on Monday to resume talks on filling the disputed dam, after a year-long pause.
The agreement came at a meeting hosted by the regional bloc in Nairobi.
"""


#: A photo essay: each picture's caption and credit between the paragraphs.
PHOTO_ESSAY = """\
In pictures: The last hop harvest at Bramley Farm

A farmer loads bines onto a trailer at Bramley Farm, near Ledbury. Photo: Sam Whitlow

After 120 years, the Hendry family is bringing in its final hop harvest this month.

Pickers sort hops on the farm's 1950s picking machine. Photo: Sam Whitlow

Falling demand from brewers and rising costs have made the crop unviable, the family says.

Kilns, where the hops are dried, will be turned into holiday lets. Photo: Sam Whitlow
"""


#: A print view's copy: the address it was printed from, the stamp, the copyright, the page count.
PRINT_VIEW = """\
Printed from: www.riverton-courier.example/news/local/library-hours

Library to open on Sundays from next month

By Owen Castillo

Published: 14 April 2026

Riverton's central library will open on Sundays from May 3 for the first time in more than a decade, the city council said on Tuesday.

The library will open from 11am to 4pm. The extra hours will be paid for by a grant from a local charity.

Councillor Amira Shah said the change answered "years of requests" from families and students.

© Riverton Courier 2026. All rights reserved.

Page 1 of 1
"""


#: A story machine-translated and reviewed, with the note on it and a link to the original.
AI_TRANSLATED = """\
Spain's north-east hit by worst hailstorm in decades

This article was translated from Spanish using AI tools and reviewed by our editors.

By Lucía Herrera

ZARAGOZA, Spain — Hailstones the size of golf balls fell across the north-east of Spain on Sunday evening, smashing car windows and flattening crops in the Ebro valley.

Farmers' groups said early estimates put the damage at more than 40 million euros.

Regional authorities said two people were treated for minor injuries.

Read the original article in Spanish.
"""


#: A broadcaster's review of the morning papers.
PRESS_REVIEW = """\
What the papers say: Budget row dominates front pages

Monday's papers are dominated by the row over the chancellor's budget, with several leading on claims of a split in the cabinet.

The Daily Planet says ministers were "kept in the dark" about plans to raise fuel duty until the morning of the statement.

The Morning Star-Ledger leads on a warning from business groups that the tax rises could cost jobs.

And the Evening Herald has a picture of the royal couple at the opening of a children's hospital.
"""


#: A reporter's thread on a social network copied whole: name, handle, numbered posts,
#: the stamp and the counts.
BLUESKY_THREAD = """\
Mara Quinlan
@maraquinlan.bsky.social

1/ Big news for transit riders tonight: the regional transit board just voted 7-2 to restore overnight bus service on four routes from September.

2/ The routes are the 12, 20, 38 and 71. Buses will run every 30 minutes between midnight and 5am.

3/ Cost is about $4.2m a year, paid from the state grant approved in March. Two board members said the money should go to daytime service instead.

March 12, 2026 at 9:41 PM

42 reposts 118 likes
"""


#: A podcast episode's show notes: the show's name, the stamp and length, the chapters,
#: the apps' links, the producer's line.
SHOW_NOTES = """\
Episode 214: Why your water bill keeps going up

The Civic Desk podcast

Mar 4, 2026 · 38 min

This week, reporter Danielle Okoro explains why water bills in the region have risen by a third in five years, and what the utility plans next.

Chapters
00:00 Intro
03:12 The pipes under the city
17:45 Who pays
31:02 What comes next

Listen on Apple Podcasts | Spotify | YouTube

This episode was produced by Sam Park. It was edited by Lena Ortiz.
"""


CASES: dict[str, tuple[str, Expected]] = {
    "google_news_copy": (
        GOOGLE_NEWS_COPY,
        Expected(
            headline="Harbour city votes to cap cruise ship visits",
            names=("Priya Ramanathan",),
            dateline=("PORT ELLERY, Maine", "AP", None),
            paragraphs=4,
            first="City councilors voted 6-3",
            last="Business owners on Front Street",
            language="en",
            # the aggregator's name and link, the outlet, the headline again, the
            # age; the links under the story
            boilerplate=("page", "page", "credits", "page", "timestamp", "related", "related"),
        ),
    ),
    "listen_to_article": (
        LISTEN_TO_ARTICLE,
        Expected(
            headline="Rail strike set to halt commuter trains for three days",
            standfirst="Unions say talks with the operator broke down over pay and weekend shifts",
            names=("Tom Okafor", "Helen Marsh"),
            dateline=None,
            paragraphs=5,
            first="Commuter trains across the region",
            last="The operator said it remained open",
            language="en",
            boilerplate=("promo", "timestamp"),
        ),
    ),
    "key_takeaways": (
        KEY_TAKEAWAYS,
        Expected(
            headline="Drought pushes wheat prices to two-year high",
            standfirst=(
                "- Wheat futures rose 4% on Monday after a dry spell in the southern plains.\n"
                "- Analysts cut harvest forecasts for the third week running.\n"
                "- Bakers warn bread prices could follow within months."
            ),
            names=("Jordan Ellis",),
            dateline=("CHICAGO", "Reuters", None),
            paragraphs=4,
            first="Wheat futures jumped",
            last='"The crop is running out of time,"',
            language="en",
            # the note on the AI summary, the wire's credit line
            boilerplate=("standards", "credits"),
        ),
    ),
    "paywall_cut": (
        PAYWALL_CUT,
        Expected(
            headline="Hospital trust to close maternity unit at night",
            names=("Claire Donnelly",),
            dateline=None,
            paragraphs=2,
            first="The only maternity unit",
            last="Expectant mothers who go into labour",
            language="en",
            boilerplate=("promo", "promo", "promo"),
        ),
    ),
    "cookie_slipped": (
        COOKIE_SLIPPED,
        Expected(
            headline="Bridge repairs to shut main road for six weeks",
            names=None,
            dateline=None,
            paragraphs=4,
            first="Repair work on the Old Mill bridge",
            last="Local businesses said",
            language="en",
            boilerplate=("page", "page", "page"),
        ),
    ),
    "newsapi_record": (
        NEWSAPI_RECORD,
        Expected(
            headline="Factory to add 400 jobs after winning battery contract",
            names=("Gemma Hart",),
            dateline=None,
            paragraphs=2,
            first="A car parts maker in Redditch",
            last="The company said the contract",
            language="en",
            # the record's fields; the API's note that it cut the content short
            boilerplate=("export", "export", "export", "timestamp", "export", "export"),
        ),
    ),
    "wedding_announcement": (
        WEDDING_ANNOUNCEMENT,
        Expected(
            headline="Emily Carter, Daniel Osei",
            names=None,
            dateline=None,
            paragraphs=4,
            first="Emily Rose Carter and Daniel Kwame Osei",
            last="The couple met in 2021",
            language="en",
        ),
    ),
    "death_notice": (
        DEATH_NOTICE,
        Expected(
            headline="HARGREAVES, Margaret Ann (née Pollard)",
            names=None,
            dateline=None,
            paragraphs=5,
            first="Passed away peacefully",
            last="All enquiries to",
            language="en",
        ),
    ),
    "odds_preview": (
        ODDS_PREVIEW,
        Expected(
            headline="Rovers v United prediction, odds and betting tips",
            standfirst="Premier League | Saturday, 3pm | Ashfield Park",
            names=("Liam Brennan",),
            dateline=None,
            paragraphs=4,
            first="Rovers: 13/8 | Draw: 12/5",
            last="Our tip: Both teams to score",
            language="en",
            # the regulator's line and the note on the odds
            boilerplate=("promo", "promo"),
        ),
    ),
    "live_posts": (
        LIVE_POSTS,
        Expected(
            headline="90mph gusts close bridges and cancel ferries",
            kicker="Storm Imogen live",
            names=None,
            dateline=None,
            paragraphs=4,
            first="All sailings between the mainland",
            last="The Skye Bridge has been closed",
            language="en",
            boilerplate=("page", "timestamp", "timestamp", "timestamp", "timestamp"),
        ),
    ),
    "fact_check_box": (
        FACT_CHECK_BOX,
        Expected(
            headline="No, the city is not fining residents for rainwater barrels",
            kicker="Fact check",
            names=("Nadia Ferreira",),
            dateline=None,
            paragraphs=6,
            first="Claim: A viral post says",
            last="Our verdict: False.",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "radio_script": (
        RADIO_SCRIPT,
        Expected(
            headline=None,
            names=None,
            dateline=None,
            paragraphs=3,
            first="Teachers in the region",
            last="The education authority says",
            language="en",
            # the slug, reader and duration lines; the cue's label; the end mark
            boilerplate=("page", "page", "page", "page", "separator"),
        ),
    ),
    "obituary_staff": (
        OBITUARY_STAFF,
        Expected(
            headline=(
                "Harold Finch, mill worker who fought to save town's last foundry, dies at 88"
            ),
            standfirst="He led a two-year campaign that kept 200 jobs in Brackley",
            names=("Rachel Adeyemi",),
            dateline=None,
            paragraphs=4,
            first="Harold Finch, a foundry worker",
            last="He is survived by",
            language="en",
        ),
    ),
    "substack_paywall": (
        SUBSTACK_PAYWALL,
        Expected(
            headline="The quiet collapse of local radio",
            standfirst="Why three stations going dark in one month should worry everyone",
            names=("Marcus Tell",),
            dateline=None,
            paragraphs=2,
            first="Three local radio stations",
            last="Each had been bought",
            language="en",
            # the stamp, the paid badge, the counts, the button; the paywall's offer,
            # its note, its button and its sign-in line
            boilerplate=(
                "timestamp",
                "page",
                "page",
                "page",
                "share",
                "promo",
                "promo",
                "page",
                "promo",
            ),
        ),
    ),
    "correction_appended": (
        CORRECTION_APPENDED,
        Expected(
            headline="School board approves later start times",
            names=("Kevin Moreau",),
            dateline=("ASHTON", None, None),
            paragraphs=3,
            first="High school classes in the Ashton district",
            last="Parents who spoke at the meeting",
            language="en",
            boilerplate=("correction",),
        ),
    ),
    "apple_news_copy": (
        APPLE_NEWS_COPY,
        Expected(
            headline="Heatwave prompts water restrictions in three counties",
            names=None,
            dateline=None,
            paragraphs=4,
            first="Hosepipe bans will come into force",
            last="The company said it had fixed",
            language="en",
            boilerplate=("credits", "related", "page"),
        ),
    ),
    "translated_wire": (
        TRANSLATED_WIRE,
        Expected(
            headline="Farmers block border crossing in protest over grain imports",
            names=None,
            dateline=("WARSAW", "PAP", None),
            paragraphs=3,
            first="Hundreds of farmers blocked",
            last="The farmers' union said",
            language="en",
            boilerplate=("credits", "signoff"),
        ),
    ),
    "explainer_qa": (
        EXPLAINER_QA,
        Expected(
            headline="What does the new speed limit mean for drivers?",
            names=None,
            dateline=None,
            paragraphs=4,
            first="From Monday, the default speed limit",
            last="The council says slower traffic",
            language="en",
        ),
    ),
    "gdelt_row": (
        GDELT_ROW,
        Expected(
            headline="Ministers agree to resume talks on disputed dam",
            names=None,
            dateline=None,
            paragraphs=2,
            first="Ministers from the three countries",
            last="The agreement came at a meeting",
            language="en",
        ),
    ),
    "photo_essay": (
        PHOTO_ESSAY,
        Expected(
            headline="The last hop harvest at Bramley Farm",
            kicker="In pictures",
            names=None,
            dateline=None,
            paragraphs=2,
            first="After 120 years, the Hendry family",
            last="Falling demand from brewers",
            language="en",
            captions=(
                (
                    "A farmer loads bines onto a trailer at Bramley Farm, near Ledbury.",
                    "Sam Whitlow",
                ),
                ("Pickers sort hops on the farm's 1950s picking machine.", "Sam Whitlow"),
                (
                    "Kilns, where the hops are dried, will be turned into holiday lets.",
                    "Sam Whitlow",
                ),
            ),
        ),
    ),
    "print_view": (
        PRINT_VIEW,
        Expected(
            headline="Library to open on Sundays from next month",
            names=("Owen Castillo",),
            dateline=None,
            paragraphs=3,
            first="Riverton's central library",
            last="Councillor Amira Shah",
            language="en",
            boilerplate=("page", "timestamp", "copyright", "page"),
        ),
    ),
    "ai_translated": (
        AI_TRANSLATED,
        Expected(
            headline="Spain's north-east hit by worst hailstorm in decades",
            names=("Lucía Herrera",),
            dateline=("ZARAGOZA, Spain", None, None),
            paragraphs=3,
            first="Hailstones the size of golf balls",
            last="Regional authorities said",
            language="en",
            # the translation's note; the link to the original
            boilerplate=("imprint", "promo"),
        ),
    ),
    "press_review": (
        PRESS_REVIEW,
        Expected(
            headline="What the papers say: Budget row dominates front pages",
            names=None,
            dateline=None,
            paragraphs=4,
            first="Monday's papers are dominated",
            last="And the Evening Herald",
            language="en",
        ),
    ),
    "bluesky_thread": (
        BLUESKY_THREAD,
        Expected(
            headline=None,
            names=("Mara Quinlan",),
            dateline=None,
            paragraphs=3,
            first="1/ Big news for transit riders",
            last="3/ Cost is about",
            language="en",
            # the handle goes on the byline; the stamp, the counts
            boilerplate=("timestamp", "page"),
        ),
    ),
    "show_notes": (
        SHOW_NOTES,
        Expected(
            headline="Episode 214: Why your water bill keeps going up",
            names=None,
            dateline=None,
            paragraphs=1,
            first="This week, reporter Danielle Okoro",
            last="This week, reporter Danielle Okoro",
            language="en",
            # the show's name over the stamp and length; the chapters' heading and
            # entries; the apps' links; the producer's line
            boilerplate=(
                "page",
                "timestamp",
                "page",
                "page",
                "page",
                "page",
                "page",
                "promo",
                "credits",
            ),
        ),
    ),
}

#: Forms the parsers cannot read yet, with the reason (the test fails if they start passing).
KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize("name", case_names(CASES, KNOWN_FAILURES))
def test_unseen_form(name: str) -> None:
    text, expected = CASES[name]
    check(text, expected)


#: A short story under the furniture each rule reads (two paragraphs).
_STORY = (
    "The county council said the bridge would reopen in April after repairs.\n\n"
    "Drivers face a diversion of about nine miles until then."
)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a consent banner's heading, text and buttons
        ("We value your privacy", "page"),
        ("We and our partners use cookies to store information on your device.", "page"),
        ("Accept all    Reject all    Manage preferences", "page"),
        ("Accept all", "page"),
        # a metered paywall's offer, its sign-in line and its trial button
        ("Keep reading with a 7-day free trial", "promo"),
        ("Already a paid subscriber? Sign in", "promo"),
        ("Get unlimited access for $1 a week. Cancel anytime.", "promo"),
        ("Start trial", "page"),
        # a betting preview's regulatory footer
        ("18+ | Gamble responsibly | BeGambleAware.org", "promo"),
        ("Odds correct at time of publication and subject to change.", "promo"),
        # the note under an AI summary box
        ("This summary was generated with the help of AI and reviewed by an editor.", "standards"),
        # an aggregator's link over the story
        ("Full coverage", "page"),
    ],
)
def test_unseen_furniture_line(line: str, kind: str) -> None:
    text = f"Bridge to reopen in April\n\n{line}\n\n{_STORY}"
    article = parse_article(text)
    assert [(b.text, b.kind) for b in article.boilerplate] == [(line, kind)]
    assert len(article.paragraphs) == 2


def test_story_sentences_keep_their_words() -> None:
    # the same words inside the story's sentences are no furniture
    text = (
        "Voters reject all three measures\n\n"
        "Voters in the county chose to reject all three measures on Tuesday, officials said.\n\n"
        "The bookmakers had the odds correct at the start of the count, an agent said."
    )
    article = parse_article(text)
    assert article.boilerplate == ()
    assert len(article.paragraphs) == 2


def test_gallery_headline_is_no_caption() -> None:
    # a photo essay's label over its title is no picture credit
    assert parse_caption("In pictures: The last hop harvest") is None
    text = (
        "In pictures: The last hop harvest\n\n"
        "Pickers sort hops on the old machine. Photo: Sam Whitlow\n\n"
        "After 120 years, the family is bringing in its final hop harvest this month."
    )
    article = parse_article(text)
    assert article.kicker is not None
    assert article.kicker.text == "In pictures"
    assert article.headline is not None
    assert article.headline.text == "The last hop harvest"
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Pickers sort hops on the old machine.", "Sam Whitlow")
    ]


def test_byline_under_claim_box() -> None:
    text = (
        "No, the city is not fining residents for rain barrels\n\n"
        "Claim: A post says homeowners face a fine for rain barrels.\n\n"
        "Rating: False\n\n"
        "By Nadia Ferreira\n\n"
        "A post shared widely on Facebook claims homeowners face a fine.\n\n"
        "This is not true, the council said."
    )
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.names == ("Nadia Ferreira",)
    assert [p.text[:6] for p in article.paragraphs] == ["Claim:", "Rating", "A post", "This i"]


def test_byline_under_story_stays_a_paragraph() -> None:
    # no claim box over it: a line led by "By" inside a story is no byline
    text = (
        "Ferry services cut\n\n"
        "Services were cut on Monday after the storm.\n\n"
        "By midday most routes had reopened.\n\n"
        "The operator apologised."
    )
    article = parse_article(text)
    assert article.byline is None
    assert len(article.paragraphs) == 3


def test_headline_printed_again_is_no_standfirst() -> None:
    text = (
        "Harbour city votes to cap cruise ship visits\n\n"
        "Harbour city votes to cap cruise ship visits\n\n"
        "By Priya Ramanathan\n\n"
        "City councilors voted 6-3 on Tuesday to limit cruise ships in the harbour.\n\n"
        "The cap takes effect in 2027."
    )
    article = parse_article(text)
    assert article.standfirst is None
    assert [(b.text, b.kind) for b in article.boilerplate] == [
        ("Harbour city votes to cap cruise ship visits", "page")
    ]
    assert article.byline is not None
    assert article.byline.names == ("Priya Ramanathan",)
    assert len(article.paragraphs) == 2


def test_news_api_record_in_its_own_order() -> None:
    text = (
        "source: The Midland Courier\n"
        "author: Gemma Hart\n"
        "title: Factory to add 400 jobs\n"
        "url: https://example.com/jobs\n"
        "publishedAt: 2026-02-17T08:30:00Z\n"
        "content: A car parts maker will hire 400 people over two years.\n"
        "Hiring will begin in the spring."
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Factory to add 400 jobs"
    assert article.byline is not None
    assert article.byline.names == ("Gemma Hart",)
    assert next(p.text for p in article.paragraphs).startswith("A car parts maker")
    assert article.date is not None
    assert article.date.isoformat() == "2026-02-17"


def test_show_notes_furniture() -> None:
    text = (
        "Episode 12: The vote\n\n"
        "The Riverton Desk podcast\n\n"
        "Mar 4, 2026 · 38 min\n\n"
        "This week we look at the council's vote on bus lanes and what it means for riders.\n\n"
        "Chapters\n"
        "00:00 Intro\n"
        "03:12 - The vote\n"
        "1:02:45 What comes next\n\n"
        "This episode was produced by Sam Park.\n\n"
        "42 reposts 118 likes"
    )
    article = parse_article(text)
    assert article.standfirst is None
    assert [(b.text, b.kind) for b in article.boilerplate] == [
        ("The Riverton Desk podcast", "page"),
        ("Mar 4, 2026 · 38 min", "timestamp"),
        ("Chapters", "page"),
        ("00:00 Intro", "page"),
        ("03:12 - The vote", "page"),
        ("1:02:45 What comes next", "page"),
        ("This episode was produced by Sam Park.", "credits"),
        ("42 reposts 118 likes", "page"),
    ]
    assert len(article.paragraphs) == 1


def test_deck_over_stamp_in_lower_case_stays() -> None:
    # a deck's last word in lower case that names no show stays the standfirst
    text = (
        "Buses run again\n\n"
        "The Strike is over\n\n"
        "Mar 4, 2026\n\n"
        "Buses ran on Monday after the drivers' strike ended."
    )
    assert parse_article(text).standfirst is not None
