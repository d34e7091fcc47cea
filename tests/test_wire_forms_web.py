"""Whole articles of today's web copy from fifteen more sites (round 35).

Every text here is invented, in the form of scraped web copy of sites the
other tests did not imitate yet: two US TV station groups (the summary box,
the place and the station under the stamp, the source note, the topics), a
magazine's feature, a portal's syndicated copy, a Spanish agency's English
service, Iran's agency's English service, Japan's public broadcaster, an Irish
news site, a Scottish regional, a Pakistani broadcaster, a Kenyan site, an
Indian business daily, a cricket site's report, a celebrity magazine, a
Nigerian broadcaster; and HuffPost's photo credit printed over its caption in
the middle of a story, an obituary page and a transcript page.  Each asserts the whole structure through
:func:`tests.test_wire_forms.check`; the small tests after them pin each rule
these forms needed on a short snippet of its own, with near misses that stay
text.
"""

from __future__ import annotations

import datetime

import pytest

from newsstruct import parse_article, parse_byline, parse_caption
from tests.test_wire_forms import Expected, boilerplate_kinds, case_names, check

#: The day the texts are read on.
READ_ON = datetime.date(2026, 11, 24)

#: A US TV station group's site (Fox stations): the summary box under the
#: stamp, the place and the station on the lines under it, the source note, the
#: topics under the story.
#: A US TV station group's site (Fox stations): the summary box, the place and the station under the stamp, the source note.
FOX_STATION = """\
Man charged in Route 50 crash that killed 2 Fairfax teens

By Karen Liu
Published November 23, 2026 6:14pm EST
Fairfax County
FOX 5 DC

The Brief

A 34-year-old Centreville man has been charged in a crash that killed two teenagers on Route 50 last month.
Police say he was driving nearly 90 mph in a 45 mph zone.
He is being held without bond at the Fairfax County Adult Detention Center.

FAIRFAX COUNTY, Va. - A Centreville man has been charged with two counts of involuntary manslaughter in a crash that killed two Fairfax teenagers on Route 50 in October, police said Monday.

Marcus Dunleavy, 34, was arrested at his home on Sunday morning without incident, according to Fairfax County police.

Investigators say Dunleavy was driving a black Dodge Charger west on Route 50 near Waples Mill Road shortly after 11 p.m. on Oct. 18 when he rear-ended a Honda Civic stopped at a red light. The Civic was pushed into the intersection and struck by a pickup truck.

The two passengers in the Civic, Ava Morales, 17, and Liam Tran, 16, both students at Fairfax High School, died at the scene. The driver, also 17, was taken to a hospital with serious injuries and has since been released.

Data recovered from the Charger showed it was traveling at 88 mph about five seconds before the crash, police said. The speed limit on that stretch of Route 50 is 45 mph.

"Two families lost their children because of a choice this driver made," Fairfax County Police Chief Kevin Davis said at a news conference Monday afternoon. "Speed kills, and it killed two kids who had their whole lives ahead of them."

Students at Fairfax High held a vigil for Morales and Tran the week after the crash, and a memorial of flowers and photos still stands at the intersection.

Dunleavy is due in court on Dec. 4. It was not immediately clear whether he had an attorney.

The Source: Information in this story came from Fairfax County police and previous FOX 5 reporting.

Fairfax County
News
Crime and Public Safety
"""

FOX_STATION_X = Expected(
    headline="Man charged in Route 50 crash that killed 2 Fairfax teens",
    standfirst=(
        "A 34-year-old Centreville man has been charged in a crash that killed two teenagers on Route 50 last month.\n"
        "Police say he was driving nearly 90 mph in a 45 mph zone.\n"
        "He is being held without bond at the Fairfax County Adult Detention Center."
    ),
    names=("Karen Liu",),
    dateline=("FAIRFAX COUNTY, Va.", None, datetime.date(2026, 11, 23)),
    paragraphs=8,
    first="A Centreville man has been charged",
    last="Dunleavy is due in court",
    language="en",
    boilerplate=("timestamp", "page", "page", "credits", "page", "page", "page"),
    reference_date=READ_ON,
)
SINCLAIR = """\
Seattle council votes to expand late-night bus service on three routes

by Jake Holmberg, KOMO News Reporter

Mon, November 23rd 2026 at 7:02 PM

Updated Mon, November 23rd 2026 at 9:40 PM

A King County Metro bus waits at a stop on Third Avenue in downtown Seattle. (Photo: KOMO News)

SEATTLE (KOMO) — The Seattle City Council voted 7-2 on Monday to spend $6.2 million from the city's transportation levy to add late-night trips on three of the busiest bus routes in the city.

The money will pay King County Metro to run buses every 15 minutes until 2 a.m. on the C Line, the E Line and Route 7, which connects downtown with the Rainier Valley.

Council member Priya Raman, who sponsored the measure, said the change was aimed at restaurant, hospital and warehouse workers whose shifts end after the buses thin out.

"If you clean a hospital at midnight, you should not have to wait 45 minutes in the dark for a ride home," Raman said before the vote.

The two members who voted no said they supported the goal but worried about pulling money from sidewalk repairs that the levy also pays for.

Metro said it would need about four months to hire and train drivers, and expects the new trips to start in March.

Ridership on the three routes has recovered to about 92% of its 2019 level, according to the agency, higher than the system as a whole.

The levy, approved by voters in 2024, raises about $1.5 billion over eight years for roads, bridges, sidewalks and transit.

TOPICS:

Seattle City Council
King County Metro
Transit
"""

SINCLAIR_X = Expected(
    headline="Seattle council votes to expand late-night bus service on three routes",
    names=("Jake Holmberg",),
    dateline=("SEATTLE", "KOMO", datetime.date(2026, 11, 23)),
    captions=(
        (
            "A King County Metro bus waits at a stop on Third Avenue in downtown Seattle.",
            "KOMO News",
        ),
    ),
    paragraphs=8,
    first="The Seattle City Council voted 7-2",
    last="The levy, approved by voters",
    language="en",
    boilerplate=("timestamp", "timestamp", "related", "related", "related", "related"),
    reference_date=READ_ON,
)

#: A magazine's feature (Atlantic style): section over the headline, a long dek, the illustration's credit with its sources, the writer's book note.
MAGAZINE = """\
Ideas

The Quiet Collapse of the American Hardware Store

Independent shops once anchored small-town main streets. Now the ones that survive are learning to sell what big-box chains can't: advice, patience, and a key cut while you wait.

By Daniel Okafor

Illustration by Ava Lindqvist / The Atlantic. Sources: Getty; Shutterstock.

November 23, 2026, 6 AM ET

The bell over the door at Hensley's Hardware in Marietta, Ohio, has rung for 104 years. Dale Hensley, who is 71, can tell by the way it rings whether the person coming in needs a washer or a whole new water heater.

For most of the past century, stores like his were as common as post offices. In 1990, there were roughly 25,000 independent hardware stores in the United States. Today, by the count of the industry's trade association, there are fewer than 18,000, and many of those belong to cooperatives that buy in bulk to survive.

The usual story of their decline blames the chains, and the chains do deserve some of it. But the shops that have lasted suggest a more complicated account, one about what people are still willing to pay for when almost everything can be delivered by tomorrow afternoon.

"Nobody drives here to save two dollars on a box of screws," Hensley told me. "They come because they don't know what they need, and they know I won't make them feel stupid about it."

That kind of knowledge is hard to scale. Hensley's three employees have worked for him for a combined 61 years. One of them, a retired plumber named Ruth Carver, spends most afternoons explaining to first-time homeowners why their toilets run.

Economists have a name for this: a service bundled with a good. The nail is the same everywhere; the conversation is not.

Still, the arithmetic is unforgiving. Hensley's margins have fallen by a third since 2010, and he says he would have sold the building years ago if his granddaughter had not moved home to run the store's website.

Daniel Okafor is a staff writer at The Atlantic and the author of Main Street, Interrupted.
"""

MAGAZINE_X = Expected(
    headline="The Quiet Collapse of the American Hardware Store",
    kicker="Ideas",
    standfirst="Independent shops once anchored small-town main streets. Now the ones that survive are learning to sell what big-box chains can't: advice, patience, and a key cut while you wait.",
    names=("Daniel Okafor",),
    dateline=None,
    paragraphs=7,
    first="The bell over the door",
    last="Still, the arithmetic",
    language="en",
    boilerplate=("credits", "timestamp", "credits"),
    reference_date=READ_ON,
)

#: A portal's syndicated copy (MSN style): the source's name over the story, "Story by" and the age, the likes and comments row.
PORTAL = """\
The Independent

Rail strike called off after last-minute pay deal, union says

Story by Harriet Cole • 3h • 3 min read

Commuters wait on a platform at London Bridge station. © PA

A planned 48-hour strike by train drivers that would have shut down services across much of England has been called off after a last-minute pay offer, the drivers' union said on Monday night.

Aslef said its executive committee had voted to accept a deal worth 4.5 per cent this year and 4 per cent next year, with extra rest days for drivers who work nights.

The walkouts had been planned for Wednesday and Thursday and would have affected 14 train operators, including Avanti West Coast, Southeastern and Northern.

"This deal recognises the work our members do every single day," Aslef general secretary Mick Whelan said in a statement. "Passengers can travel this week knowing their trains will run."

The Rail Delivery Group, which represents the operators, said it was "pleased that a fair agreement has been reached" and apologised to passengers for weeks of uncertainty.

Some operators had already cancelled trains for Wednesday morning, and it could take until Thursday for timetables to return to normal, the group said.

The dispute is the third in the industry in two years. A separate row over ticket office closures remains unresolved.

Continue reading

Related video: Rail passengers face more disruption (Sky News)

137 Comments
"""

PORTAL_X = Expected(
    headline="Rail strike called off after last-minute pay deal, union says",
    names=("Harriet Cole",),
    dateline=None,
    captions=(("Commuters wait on a platform at London Bridge station.", "PA"),),
    paragraphs=7,
    first="A planned 48-hour strike",
    last="The dispute is the third",
    language="en",
    boilerplate=("page", "timestamp", "page", "related", "page"),
    reference_date=READ_ON,
)

#: A Spanish agency's English service (EFE English): the dateline in English, the photo credit, the closing code.
EFE_EN = """\
Chile's Congress approves pension reform after two years of debate

Santiago, Nov 23 (EFE).- Chile's Congress on Monday approved a reform of the country's private pension system, ending more than two years of negotiations between the government and the opposition.

The lower house passed the bill by 84 votes to 64, a week after the Senate approved it, and it now goes to President Gabriel Boric to be signed into law.

View of the National Congress in Valparaíso, Chile, on Nov. 23, 2026. EFE/Adriana Thomasa

The reform raises employers' contributions to workers' accounts by seven percentage points over nine years and creates a solidarity fund to lift the lowest pensions, especially those of women.

"It is not the reform we wanted, but it is the reform the country needed," Labor Minister Jeannette Jara told reporters outside the chamber in Valparaíso.

Opposition lawmakers who voted in favor said the deal protected the private fund managers, known as AFPs, which manage savings worth about 60% of Chile's gross domestic product.

Chile's system, created in 1981 under the dictatorship of Augusto Pinochet, was once held up as a model for the region, but the low pensions it pays have been a source of protests for more than a decade.

About 2 million retirees are expected to see an increase in their monthly payments next year, according to the Finance Ministry.

EFE mmr/jcm/mc
"""

EFE_EN_X = Expected(
    headline="Chile's Congress approves pension reform after two years of debate",
    names=None,
    dateline=("Santiago", "EFE", datetime.date(2026, 11, 23)),
    captions=(
        (
            "View of the National Congress in Valparaíso, Chile, on Nov. 23, 2026.",
            "EFE/Adriana Thomasa",
        ),
    ),
    paragraphs=7,
    first="Chile's Congress on Monday approved",
    last="About 2 million retirees",
    language="en",
    boilerplate=("signoff",),
    reference_date=READ_ON,
)
#: Iran's agency's English service: the news code and the stamp, the dateline, the end mark.
IRNA_EN = """\
Iran, Oman sign agreement on joint shipping line

News ID: 85234117

Nov 23, 2026, 3:45 PM

Tehran, IRNA – Iran and Oman signed a memorandum of understanding on Monday to launch a joint shipping line between the ports of Bandar Abbas and Sohar, the Iranian Ports and Maritime Organization said.

The agreement was signed in Tehran by the deputy head of the organization, Hossein Karimi, and Oman's undersecretary for transport, Khalid al-Hinai, on the sidelines of a meeting of the two countries' joint economic commission.

Under the deal, a container vessel will sail between the two ports twice a week from early next year, Karimi told reporters.

He said trade between the two neighbors had reached $2.1 billion in the first seven months of the current Iranian year, up 18 percent from the same period a year earlier.

Omani officials said the line would also carry goods from Iran to East Africa through Sohar.

The two countries, which share control of the Strait of Hormuz, have expanded economic ties in recent years.

9417**2046

Follow IRNA on X @IrnaEnglish
"""

IRNA_EN_X = Expected(
    headline="Iran, Oman sign agreement on joint shipping line",
    names=None,
    dateline=("Tehran", "IRNA", None),
    paragraphs=6,
    first="Iran and Oman signed",
    last="The two countries, which share",
    language="en",
    boilerplate=("page", "timestamp", "desk", "promo"),
    reference_date=READ_ON,
)

#: Japan's public broadcaster's English site: the stamp with its zone under the headline, no byline, the programme links.
NHK_WORLD = """\
Japan's government to raise minimum wage target to 1,500 yen

Nov. 23, 2026 19:42 JST

Japan's government plans to set a target of raising the average minimum wage to 1,500 yen, or about 10 dollars, an hour by the end of the decade.

Government sources say the target will be included in an economic package that Prime Minister Ishiba Shigeru's cabinet is expected to approve later this week.

The average minimum wage in Japan currently stands at 1,055 yen an hour, after a record increase of 51 yen that took effect in October.

The package will also include subsidies for small and midsize companies that raise wages and invest in labor-saving equipment.

Business groups have warned that a rapid rise could force some small firms to cut jobs or close. Labor unions say a higher floor is needed as prices for food and energy continue to climb.

Economists say reaching the target would require annual increases of more than 7 percent, well above the pace of recent years.

The government will hold talks with business and labor representatives next month on how to reach the goal.

Watch video 01:32

NHK WORLD-JAPAN
"""

NHK_WORLD_X = Expected(
    headline="Japan's government to raise minimum wage target to 1,500 yen",
    names=None,
    dateline=None,
    paragraphs=7,
    first="Japan's government plans",
    last="The government will hold talks",
    language="en",
    boilerplate=("timestamp", "page", "credits"),
    reference_date=READ_ON,
)

#: An Irish news site (TheJournal.ie style): the writer's name with the time, the comments and the share row, the note on its own journalism.
JOURNAL_IE = """\
Dublin Bus to add 60 electric buses to city fleet next year

The National Transport Authority said the new buses would serve routes in north Dublin first.

Eimear Kinsella

7.05pm, 23 Nov 2026

2.1k

14

Share this article

An electric double-decker at the Phibsborough depot. Sam Boal/RollingNews.ie

DUBLIN BUS WILL add 60 new electric double-deckers to its fleet next year, the National Transport Authority has confirmed.

The buses, which cost about €600,000 each, will be based at the Phibsborough and Harristown depots and will serve routes in north Dublin first, including the 1, the 13 and the 16.

The NTA said the order was part of a plan to have half of the Dublin Bus fleet running on batteries by 2030.

Speaking at the depot this afternoon, Minister for Transport Darragh O'Brien said the new buses would be quieter and cleaner for people living along busy routes.

"You will notice the difference standing at the stop," he said. "No diesel fumes, no rattling engine."

Dublin Bus currently operates 210 electric buses out of a fleet of about 1,100.

Unions have welcomed the order but say more drivers are needed to run the extra services promised under BusConnects.

Readers like you are keeping these stories free for everyone...

A mix of advertising and supporting contributions helps keep paywalls away from valuable information like this article. Over 5,000 readers like you have already stepped up and support us with a monthly payment or a once-off donation.
"""

JOURNAL_IE_X = Expected(
    headline="Dublin Bus to add 60 electric buses to city fleet next year",
    standfirst="The National Transport Authority said the new buses would serve routes in north Dublin first.",
    names=("Eimear Kinsella",),
    dateline=None,
    captions=(("An electric double-decker at the Phibsborough depot.", "Sam Boal/RollingNews.ie"),),
    paragraphs=7,
    first="DUBLIN BUS WILL add",
    last="Unions have welcomed",
    language="en",
    boilerplate=("timestamp", "page", "page", "share", "promo", "promo"),
    reference_date=READ_ON,
)

#: A Scottish regional (Press and Journal style): the writer with the title over the stamp, the image's label in brackets, the related-story links inside.
PRESS_JOURNAL = """\
Aberdeen harbour's new south quay to open to cruise ships next summer

The £420 million expansion has struggled to attract the offshore business it was built for.

By Calum Petrie, Business Reporter

November 23 2026, 5.32pm

Share

The South Harbour at Nigg Bay. Image: Kenny Elrick/DC Thomson

Aberdeen's £420 million South Harbour will welcome its first large cruise ships next summer, with 48 calls already booked for 2027.

The harbour at Nigg Bay opened in 2023 but has struggled to attract the offshore wind and decommissioning work it was designed for.

Harbour chief executive Bob Sanguinetti said cruise visits had grown every year since the deeper berths opened.

Read more

Aberdeen harbour profits fall as oil and gas work slows

"The ships bring tens of thousands of visitors into the city and the shire, and they spend money in our shops and restaurants," he said.

VisitAberdeenshire estimates each cruise passenger spends around £60 on a day ashore.

The largest ship booked so far carries more than 3,000 passengers and will call in July.

Some city centre traders have said they want buses laid on from the quay to Union Street, which is more than two miles away.
"""

PRESS_JOURNAL_X = Expected(
    headline="Aberdeen harbour's new south quay to open to cruise ships next summer",
    standfirst="The £420 million expansion has struggled to attract the offshore business it was built for.",
    names=("Calum Petrie",),
    dateline=None,
    captions=(("The South Harbour at Nigg Bay.", "Kenny Elrick/DC Thomson"),),
    paragraphs=7,
    first="Aberdeen's £420 million South Harbour",
    last="Some city centre traders",
    language="en",
    boilerplate=("timestamp", "share", "related", "related"),
    reference_date=READ_ON,
)

#: A Pakistani broadcaster's site (ARY News style): the desk for a byline, the dateline with a colon, the web desk's photo.
ARY = """\
Govt announces Rs25 cut in petrol price from midnight

Web Desk

November 23, 2026

ISLAMABAD: The federal government on Monday announced a cut of Rs25 per litre in the price of petrol for the next fortnight, effective from midnight.

According to a notification issued by the Finance Division, the new price of petrol will be Rs247.50 per litre, down from Rs272.50.

The price of high-speed diesel has been cut by Rs18 per litre to Rs256.10, the notification said.

The government said the decision followed a fall in oil prices on the international market and a stronger rupee against the US dollar.

Prices of kerosene oil and light diesel oil have been kept unchanged.

Transporters' associations welcomed the cut and said they would review fares within a week.

Earlier this month, the Oil and Gas Regulatory Authority had recommended a smaller cut, officials said.

Read More: Gold price in Pakistan drops by Rs2,500 per tola
"""

ARY_X = Expected(
    headline="Govt announces Rs25 cut in petrol price from midnight",
    names=None,
    dateline=("ISLAMABAD", None, None),
    paragraphs=7,
    first="The federal government on Monday",
    last="Earlier this month",
    language="en",
    boilerplate=("credits", "timestamp", "promo"),
    reference_date=READ_ON,
)
#: A Kenyan site (Capital FM / The Star style): the writer with the date on one line, the photo credit in brackets, the "Also read" links, the WhatsApp call.
KENYA = """\
Treasury to cut Sh48bn from county budgets as revenue falls short

By BRIAN OTIENO on November 23, 2026

Treasury Cabinet Secretary John Mbadi. /FILE

NAIROBI, Kenya, Nov 23 — The National Treasury plans to cut Sh48 billion from allocations to counties in the current financial year after tax collections fell below target for the fourth month in a row.

Treasury Cabinet Secretary John Mbadi told the Senate finance committee on Monday that the Kenya Revenue Authority had collected Sh1.1 trillion by the end of October, about Sh96 billion below its target.

"We cannot release money we have not collected. Every arm of government will have to share the burden," Mbadi said.

ALSO READ: KRA misses half-year revenue target by Sh96bn

The Council of Governors said the cut would delay salaries for health workers and stall projects already under way in many counties.

Council chairperson Ahmed Abdullahi said governors would challenge the decision in court if it was not reversed.

Senators asked the Treasury to cut spending at the national level before reducing what goes to counties, which receive a share of revenue under the Constitution.

The committee will meet governors on Thursday.

Follow our WhatsApp Channel and join our Telegram Channel for real-time updates on breaking news.
"""

KENYA_X = Expected(
    headline="Treasury to cut Sh48bn from county budgets as revenue falls short",
    names=("BRIAN OTIENO",),
    dateline=("NAIROBI, Kenya", None, datetime.date(2026, 11, 23)),
    captions=(("Treasury Cabinet Secretary John Mbadi.", "FILE"),),
    paragraphs=7,
    first="The National Treasury plans",
    last="The committee will meet",
    language="en",
    boilerplate=("promo", "promo"),
    reference_date=READ_ON,
)

#: An Indian business daily (Economic Times style): the bureau with the stamp on one line, the synopsis, the end note on the app.
ECONOMIC_TIMES = """\
Reliance Retail to open 500 smaller grocery stores in tier-2 towns

Synopsis

The company plans to spend about Rs 3,000 crore on the new format over the next 18 months, people familiar with the matter said.

By ET Bureau | Last Updated: Nov 23, 2026, 09:12:00 PM IST

MUMBAI: Reliance Retail plans to open about 500 smaller grocery stores in tier-2 and tier-3 towns over the next 18 months, as it looks to compete with quick-commerce apps that are expanding beyond the big cities, people familiar with the plan said.

The stores, of 3,000 to 4,000 square feet each, will stock about 6,000 items and offer delivery within 30 minutes from each outlet, the people said.

The company is expected to spend about Rs 3,000 crore on the format, including on cold chains and technology.

A Reliance Retail spokesperson declined to comment.

Quick-commerce firms such as Blinkit, Zepto and Swiggy Instamart have grown rapidly in the past two years and have started to take business from neighbourhood shops and supermarkets.

"The big retailers cannot ignore smaller towns any more. That is where the next 100 million shoppers are," said Devangshu Dutta, founder of consultancy Third Eyesight.

Reliance Retail operates more than 19,000 stores across formats, including grocery, fashion and electronics.

(Catch all the Business News, Breaking News Events and Latest News Updates on The Economic Times.)

Download The Economic Times News App to get Daily Market Updates & Live Business News.
"""

ECONOMIC_TIMES_X = Expected(
    headline="Reliance Retail to open 500 smaller grocery stores in tier-2 towns",
    standfirst="The company plans to spend about Rs 3,000 crore on the new format over the next 18 months, people familiar with the matter said.",
    names=None,
    dateline=("MUMBAI", None, None),
    paragraphs=7,
    first="Reliance Retail plans to open",
    last="Reliance Retail operates",
    language="en",
    boilerplate=("credits", "promo", "promo"),
    reference_date=READ_ON,
)

#: A cricket site's match report (Cricinfo style): the result line and the scores over the story, the writer's role, the live-score furniture.
CRICKET = """\
Report

Root's 141 puts England on top after Smith's hundred

England 312 for 4 (Root 141*, Duckett 62, Cummins 2-58) trail Australia 398 (Smith 128, Head 71, Wood 4-81) by 86 runs

Alan Gardner, Senior assistant editor

23-Nov-2026

Joe Root brought up his 40th Test hundred late in the day. Getty Images

Joe Root's unbeaten 141 carried England to within 86 runs of Australia's first-innings total on the second day in Brisbane, after Steven Smith's patient hundred had earlier lifted the hosts to 398.

Root came to the crease with England 48 for 2 after Zak Crawley and Ollie Pope fell in the space of three overs to Pat Cummins, and he batted through the final two sessions without offering a chance.

He added 131 for the third wicket with Ben Duckett, who made 62, and an unbroken 97 for the fifth with Harry Brook, who will resume on 44.

"It's about as good a pitch as you'll get here, so you have to make it count," Root said at the close. "We're not ahead yet."

Earlier, Smith reached his 37th Test hundred in the first hour before he was caught at slip off Mark Wood for 128. Wood finished with 4 for 81, his best figures in Australia.

Australia lost their last five wickets for 49 runs as the second new ball swung under cloud cover.

Alan Gardner is a senior assistant editor at ESPNcricinfo
"""

CRICKET_X = Expected(
    headline="Root's 141 puts England on top after Smith's hundred",
    kicker="Report",
    standfirst="England 312 for 4 (Root 141*, Duckett 62, Cummins 2-58) trail Australia 398 (Smith 128, Head 71, Wood 4-81) by 86 runs",
    names=("Alan Gardner",),
    dateline=None,
    captions=(("Joe Root brought up his 40th Test hundred late in the day.", "Getty Images"),),
    paragraphs=6,
    first="Joe Root's unbeaten 141",
    last="Australia lost their last five",
    language="en",
    boilerplate=("timestamp", "credits"),
    reference_date=READ_ON,
)

#: A celebrity magazine's site (People / Dotdash Meredith style): the writer with the title, "Published on" with the zone, the picture credit after "Photo:", the "NEED TO KNOW" box.
PEOPLE = """\
Country Singer Maddie Rourke Welcomes First Baby with Husband Tom Ashby: 'Our Hearts Are Full'

The couple announced the birth of their daughter on Instagram on Monday

By Lindsay Kerr

Published on November 23, 2026 04:15PM EST

Maddie Rourke and Tom Ashby in Nashville in June 2026. Photo: Jason Kempin/Getty

NEED TO KNOW

Maddie Rourke and Tom Ashby welcomed their first child, a daughter named June, on Nov. 20
The couple married in Tennessee in 2024

Maddie Rourke is a mom!

The country singer, 29, and her husband, Tom Ashby, have welcomed their first baby, a daughter named June Ellen, the couple announced on Instagram on Monday.

"She arrived on Thursday morning and our hearts are full," Rourke wrote alongside a black-and-white photo of the newborn's hand. "We are soaking up every second."

The couple first shared that they were expecting in May, when Rourke revealed her bump during a performance at the Grand Ole Opry.

Ashby, a session guitarist who has toured with Rourke since 2021, told PEOPLE in August that he was "terrified and thrilled in equal measure" about becoming a father.

Rourke and Ashby married in a small ceremony on her family's farm outside Knoxville in October 2024.

The singer is set to release her third album, Backroads and Bridges, in the spring.

Never miss a story — sign up for PEOPLE's free daily newsletter to stay up-to-date on the best of what PEOPLE has to offer, from celebrity news to compelling human interest stories.

Read the original article on People
"""

PEOPLE_X = Expected(
    headline="Country Singer Maddie Rourke Welcomes First Baby with Husband Tom Ashby: 'Our Hearts Are Full'",
    standfirst="The couple announced the birth of their daughter on Instagram on Monday",
    names=("Lindsay Kerr",),
    dateline=None,
    captions=(("Maddie Rourke and Tom Ashby in Nashville in June 2026.", "Jason Kempin/Getty"),),
    paragraphs=7,
    first="Maddie Rourke is a mom!",
    last="The singer is set to release",
    language="en",
    boilerplate=("timestamp", "page", "page", "page", "promo", "promo"),
    reference_date=READ_ON,
)

#: A Nigerian broadcaster's site (Channels TV style): the writer with the updated stamp, the photo's source in a caption line, the related headings.
NIGERIA = """\
Senate passes bill to create South-West development commission

By Chinedu Okafor

Updated November 23, 2026

A file photo of the Senate in session. Photo: Twitter/@NGRSenate

The Senate on Tuesday passed a bill to establish the South-West Development Commission, which will manage funds for the reconstruction of roads, schools and other infrastructure in the six states of the region.

The bill, sponsored by the Senator representing Ogun Central, Solomon Adeola, scaled third reading after the report of the Committee on Establishment was considered at the plenary.

Under the bill, the commission will receive 15 percent of the statutory allocation due to the member states from the Federation Account, as well as grants from the Federal Government.

"The South-West has suffered from years of neglect of federal roads and the collapse of public schools. This commission will give the region a vehicle to fix them," Adeola said.

The bill will be sent to the House of Representatives for concurrence before it is transmitted to President Bola Tinubu for assent.

Similar commissions have already been created for the North-East, the North-West and the South-East.

More Stories

Reps pass bill on state police for second reading
Tinubu signs 2027 budget into law
"""

NIGERIA_X = Expected(
    headline="Senate passes bill to create South-West development commission",
    names=("Chinedu Okafor",),
    dateline=None,
    captions=(("A file photo of the Senate in session.", "Twitter/@NGRSenate"),),
    paragraphs=6,
    first="The Senate on Tuesday passed",
    last="Similar commissions",
    language="en",
    boilerplate=("timestamp", "related", "related", "related"),
    reference_date=READ_ON,
)


#: A regional US paper's obituary page (Legacy style): the life's dates under the
#: name, the paper that ran the notice, the shop and the guest book.
OBIT = """\
Margaret "Peggy" Ann Kowalski

June 4, 1941 - November 19, 2026

Margaret "Peggy" Ann Kowalski, 85, of Toledo, passed away peacefully on Wednesday, November 19, 2026, at Hospice of Northwest Ohio, surrounded by her family.

Peggy was born on June 4, 1941, in Sandusky, to Walter and Irene (Nowak) Brandt. She graduated from St. Mary Central Catholic High School in 1959 and worked for 31 years as a secretary at Owens-Illinois.

She was a member of St. Joseph Parish, where she sang in the choir for more than 40 years, and she never missed a Mud Hens home opener.

Peggy is survived by her children, Karen (Mark) Dillon and Thomas (Lisa) Kowalski; six grandchildren; and two great-grandchildren. She was preceded in death by her husband of 52 years, Edward, and her brother, Robert Brandt.

Visitation will be held from 4 to 7 p.m. Monday at Walker Funeral Home, 5155 W. Sylvania Ave. A Mass of Christian Burial will be celebrated at 10 a.m. Tuesday at St. Joseph Church.

In lieu of flowers, memorial contributions may be made to Hospice of Northwest Ohio.

Published by The Blade on Nov. 22, 2026.

To plant trees in memory, please visit the Sympathy Store.

Sign the Guest Book
"""

OBIT_X = Expected(
    headline='Margaret "Peggy" Ann Kowalski',
    standfirst="June 4, 1941 - November 19, 2026",
    names=None,
    dateline=None,
    paragraphs=6,
    first='Margaret "Peggy" Ann Kowalski, 85,',
    last="In lieu of flowers",
    language="en",
    boilerplate=("credits", "promo", "page"),
    reference_date=READ_ON,
)

#: A public broadcaster's transcript page (NPR style): the programme, the
#: transcript's speakers in capitals, the note on how transcripts are made.
NPR_TRANSCRIPT = """\
Drought forces Kansas farmers to rethink wheat

November 23, 20265:07 AM ET

Heard on Morning Edition

By Frank Morris

Transcript

STEVE INSKEEP, HOST:

Farmers in western Kansas are planting less wheat this fall after a third year of drought. Frank Morris of member station KCUR reports.

FRANK MORRIS, BYLINE: On his farm near Dodge City, Vance Ehmke kneels in a field of dry, cracked soil.

VANCE EHMKE: This should be green by now. It's just dust.

MORRIS: Ehmke planted about half his usual acreage this year.

Copyright © 2026 NPR. All rights reserved. Visit our website terms of use and permissions pages at www.npr.org for further information.

NPR transcripts are created on a rush deadline by an NPR contractor. This text may not be in its final form and may be updated or revised in the future.
"""

NPR_TRANSCRIPT_X = Expected(
    headline="Drought forces Kansas farmers to rethink wheat",
    names=("Frank Morris",),
    dateline=None,
    paragraphs=5,
    first="STEVE INSKEEP, HOST:",
    last="MORRIS: Ehmke planted",
    language="en",
    boilerplate=("timestamp", "page", "page", "copyright", "standards"),
    reference_date=READ_ON,
)

#: A US site's story (HuffPost style): a photo's credit printed over its caption
#: in the middle of the story, the caption's sentence under it.
HUFFPOST = """\
Michigan Lawmakers Pass Bill Capping Insulin Costs At $35

The measure now heads to Gov. Gretchen Whitmer, who has said she will sign it.

By Rachel Simmons

Nov 23, 2026, 04:12 PM EST

Michigan lawmakers on Monday passed a bill capping the out-of-pocket cost of insulin at $35 a month for people with state-regulated insurance plans.

The state House approved the measure 88-20, a week after it cleared the Senate with support from both parties.

BILL PUGLIANO VIA GETTY IMAGES

Supporters of the insulin cap rally outside the Michigan State Capitol in Lansing on Nov. 10, 2026.

About 1 in 10 Michigan adults has diabetes, according to the state health department, and many ration insulin because of its cost.

"Nobody should have to choose between their insulin and their rent," said state Rep. Carla Nunez, a Democrat from Detroit who sponsored the bill.

Related...

Insulin Makers Cut Prices, But Patients Still Struggle

The cap would not apply to federal plans such as Medicare, which already limits insulin costs to $35 a month for its members.
"""

HUFFPOST_X = Expected(
    headline="Michigan Lawmakers Pass Bill Capping Insulin Costs At $35",
    standfirst="The measure now heads to Gov. Gretchen Whitmer, who has said she will sign it.",
    names=("Rachel Simmons",),
    dateline=None,
    captions=(
        (
            "Supporters of the insulin cap rally outside the Michigan State Capitol in Lansing on Nov. 10, 2026.",
            "BILL PUGLIANO VIA GETTY IMAGES",
        ),
    ),
    paragraphs=5,
    first="Michigan lawmakers on Monday",
    last="The cap would not apply",
    language="en",
    boilerplate=("timestamp", "related", "related"),
    reference_date=READ_ON,
)

CASES: dict[str, tuple[str, Expected]] = {
    "ary": (ARY, ARY_X),
    "cricket": (CRICKET, CRICKET_X),
    "economic_times": (ECONOMIC_TIMES, ECONOMIC_TIMES_X),
    "efe_en": (EFE_EN, EFE_EN_X),
    "fox_station": (FOX_STATION, FOX_STATION_X),
    "huffpost": (HUFFPOST, HUFFPOST_X),
    "irna_en": (IRNA_EN, IRNA_EN_X),
    "journal_ie": (JOURNAL_IE, JOURNAL_IE_X),
    "kenya": (KENYA, KENYA_X),
    "magazine": (MAGAZINE, MAGAZINE_X),
    "nhk_world": (NHK_WORLD, NHK_WORLD_X),
    "nigeria": (NIGERIA, NIGERIA_X),
    "npr_transcript": (NPR_TRANSCRIPT, NPR_TRANSCRIPT_X),
    "obit": (OBIT, OBIT_X),
    "people": (PEOPLE, PEOPLE_X),
    "portal": (PORTAL, PORTAL_X),
    "press_journal": (PRESS_JOURNAL, PRESS_JOURNAL_X),
    "sinclair": (SINCLAIR, SINCLAIR_X),
}

#: Texts whose remaining errors no general rule reads yet, with the reason.
KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize("name", case_names(CASES, KNOWN_FAILURES))
def test_web_copy(name: str) -> None:
    text, expected = CASES[name]
    check(text, expected)


def _story(middle: str) -> str:
    return (
        "Michigan caps insulin costs\n\n"
        "By Rachel Simmons\n\n"
        "Michigan lawmakers on Monday passed a bill capping the cost of insulin at $35 a "
        "month for people with state plans.\n\n"
        f"{middle}\n\n"
        "About 1 in 10 Michigan adults has diabetes, according to the state health department.\n"
    )


@pytest.mark.parametrize(
    "credit",
    [
        "Bill Pugliano/Getty Images",
        "BILL PUGLIANO VIA GETTY IMAGES",
        "Bill Pugliano via Getty Images",
        "ASSOCIATED PRESS",
        "Getty Images",
    ],
)
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_credit_over_its_dated_caption_in_the_story(credit: str, gap: str) -> None:
    line = "Nurses march outside the Capitol in Lansing on Nov. 10, 2026."
    article = parse_article(_story(f"{credit}{gap}{line}"))
    assert [(c.text, c.credit) for c in article.captions] == [(line, credit)]
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    "line",
    [
        "Lawmakers approved the bill in Lansing on Nov. 10, 2026.",  # a story's past tense
        "The bill takes effect on Jan. 1, 2027.",  # no place
        "The law was signed in Lansing on Nov. 10, 2026.",  # a story's verb
        "The company went bankrupt in Detroit in 2019.",  # a year alone
        '"We will march in Lansing on Nov. 10, 2026," she said.',  # a quotation
    ],
)
def test_a_story_sentence_under_a_credit_stays_body(line: str) -> None:
    article = parse_article(_story(f"Getty Images\n\n{line}"))
    assert article.captions == ()
    assert line in [p.text for p in article.paragraphs]


def test_a_credit_under_a_dated_caption_is_not_the_next_ones() -> None:
    # the credit under a caption set as a paragraph of its own: the block under
    # it is no caption of that credit
    middle = (
        "Supporters rally in Lansing on Nov. 10, 2026.\n\n"
        "Getty Images\n\n"
        "Nurses march in Detroit on Nov. 11, 2026."
    )
    article = parse_article(_story(middle))
    assert not any(c.text.startswith("Nurses") for c in article.captions)
    assert "Nurses march in Detroit on Nov. 11, 2026." in [p.text for p in article.paragraphs]


@pytest.mark.parametrize(
    "line", ["BILL PUGLIANO VIA GETTY IMAGES", "SAUL LOEB/AFP VIA GETTY IMAGES"]
)
def test_a_credit_via_getty_in_capitals_is_credits(line: str) -> None:
    assert boilerplate_kinds(line) == [(line, "credits")]


@pytest.mark.parametrize(
    ("caption", "text", "credit"),
    [
        (
            "Joe Root brought up his 40th Test hundred late in the day. Getty Images",
            "Joe Root brought up his 40th Test hundred late in the day.",
            "Getty Images",
        ),
        ("A bus in Seattle. GETTY IMAGES", "A bus in Seattle.", "GETTY IMAGES"),
        ("Fans queue at the gate. Shutterstock", "Fans queue at the gate.", "Shutterstock"),
        (
            "Treasury Cabinet Secretary John Mbadi. /FILE",
            "Treasury Cabinet Secretary John Mbadi.",
            "FILE",
        ),
        (
            "A man walks his dog in Uhuru Park. /JANE WANJIRU",
            "A man walks his dog in Uhuru Park.",
            "JANE WANJIRU",
        ),
        ("Fans at Croke Park. Ryan Byrne/INPHO", "Fans at Croke Park.", "Ryan Byrne/INPHO"),
        (
            "Dublin celebrate at Croke Park. Stephen McCarthy/Sportsfile",
            "Dublin celebrate at Croke Park.",
            "Stephen McCarthy/Sportsfile",
        ),
        (
            "An electric double-decker at the Phibsborough depot. Sam Boal/RollingNews.ie",
            "An electric double-decker at the Phibsborough depot.",
            "Sam Boal/RollingNews.ie",
        ),
    ],
)
def test_more_caption_credits_after_the_sentence(caption: str, text: str, credit: str) -> None:
    found = parse_caption(caption)
    assert found is not None
    assert (found.text, found.credit) == (text, credit)


@pytest.mark.parametrize(
    "line",
    [
        "Shares fell 3% on Monday. Reuters",  # a wire's name after a sentence: a sign-off
        "He sold the photos to Getty Images",
        "The union said it would strike. /FILE is the path",
        "The site is at Sam Boal/RollingNews.ie",
    ],
)
def test_sentences_like_those_credits_are_no_captions(line: str) -> None:
    assert parse_caption(line) is None


@pytest.mark.parametrize(
    "line", ["By Jane Doe on November 23, 2026", "By JANE DOE on Nov 23, 2026 at 5:40 pm"]
)
def test_a_byline_with_its_date_after_on(line: str) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert [name.casefold() for name in byline.names] == ["jane doe"]


def test_a_sentence_with_by_and_on_a_date_is_no_byline() -> None:
    assert parse_byline("By Monday on November 23, 2026, the council must vote on it.") is None


def test_last_updated_after_a_bar_is_no_name() -> None:
    assert parse_byline("By ET Bureau | Last Updated: Nov 23, 2026, 09:12:00 PM IST") is None
    byline = parse_byline("By Jane Doe | Last Updated: Nov 23, 2026, 09:12:00 PM IST")
    assert byline is not None
    assert byline.names == ("Jane Doe",)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("23-Nov-2026", "timestamp"),
        ("News ID: 85234117", "page"),
        ("9417**2046", "desk"),
        ("Watch video 01:32", "page"),
        (
            "The Source: Information in this story came from Fairfax County police and "
            "previous FOX 5 reporting.",
            "credits",
        ),
        (
            "(Catch all the Business News, Breaking News Events and Latest News Updates on "
            "The Economic Times.)",
            "promo",
        ),
        ("Readers like you are keeping these stories free for everyone...", "promo"),
        ("Read more", "related"),
        ("Related...", "related"),
    ],
)
def test_more_web_furniture(line: str, kind: str) -> None:
    assert boilerplate_kinds(line) == [(line, kind)]


@pytest.mark.parametrize(
    "line",
    [
        "The source: information came from a leak, he said, and it was wrong.",
        "Read more about the plan in our explainer.",
        "Watch video: the storm hits",
        "2**2",
        "23-11",
    ],
)
def test_sentences_like_that_furniture_stay_text(line: str) -> None:
    assert boilerplate_kinds(line) == []


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Published by The Blade on Nov. 22, 2026.", "credits"),
        ("Published by The Blade from Nov. 21 to Nov. 23, 2026.", "credits"),
        ("To plant trees in memory, please visit the Sympathy Store.", "promo"),
        (
            "NPR transcripts are created on a rush deadline by an NPR contractor. This text "
            "may not be in its final form and may be updated or revised in the future.",
            "standards",
        ),
    ],
)
def test_an_obituary_sites_and_a_transcripts_notes(line: str, kind: str) -> None:
    assert boilerplate_kinds(line) == [(line, kind)]


@pytest.mark.parametrize(
    "line",
    [
        "Published by Penguin in 2019, the book sold well.",
        "Published by Random House on March 3, 2020, the memoir became a bestseller.",
    ],
)
def test_a_sentence_on_a_book_published_stays_text(line: str) -> None:
    assert boilerplate_kinds(line) == []


def test_read_more_with_a_colon_stays_a_promo() -> None:
    assert boilerplate_kinds("Read more: Rail strike called off") == [
        ("Read more: Rail strike called off", "promo")
    ]


def test_a_summary_box_label_over_a_block_after_a_blank_line() -> None:
    text = (
        "Retailer to open 500 stores\n\n"
        "Synopsis\n\n"
        "The company plans to spend about Rs 3,000 crore on the format.\n\n"
        "By ET Bureau | Last Updated: Nov 23, 2026, 09:12:00 PM IST\n\n"
        "MUMBAI: The retailer plans to open 500 stores in smaller towns.\n\n"
        "It did not comment.\n"
    )
    article = parse_article(text)
    assert article.standfirst is not None
    assert (
        article.standfirst.text == "The company plans to spend about Rs 3,000 crore on the format."
    )
    assert article.dateline is not None
    assert article.dateline.location == "MUMBAI"
    assert [p.text[:12] for p in article.paragraphs] == ["The retailer", "It did not c"]


def test_a_summary_label_whose_lines_come_right_under_it_keeps_a_spaced_paragraph() -> None:
    text = (
        "Retailer to open 500 stores\n\n"
        "By Jo Lee\n\n"
        "Summary\n\n"
        "The company plans to spend about Rs 3,000 crore on the format.\n\n"
        "It did not comment.\n"
    )
    article = parse_article(text)
    assert article.standfirst is None
    assert "The company plans to spend about Rs 3,000 crore on the format." in [
        p.text for p in article.paragraphs
    ]


def test_an_unlisted_label_over_a_block_is_no_summary_box() -> None:
    text = (
        "Retailer to open 500 stores\n\n"
        "The Plan\n\n"
        "The company plans to spend about Rs 3,000 crore on the format.\n\n"
        "It did not comment.\n"
    )
    assert parse_article(text).standfirst is None


def test_a_page_tag_and_the_station_under_the_stamp() -> None:
    text = (
        "Man charged in crash\n\n"
        "By Karen Liu\nPublished November 23, 2026 6:14pm EST\nFairfax County\nFOX 5 DC\n\n"
        "FAIRFAX COUNTY, Va. - A man has been charged in a crash that killed two teens.\n\n"
        "He is due in court on Dec. 4.\n"
    )
    article = parse_article(text)
    assert [(b.text, b.kind) for b in article.boilerplate][1:] == [
        ("Fairfax County", "page"),
        ("FOX 5 DC", "page"),
    ]
    assert article.dateline is not None
    assert article.dateline.location == "FAIRFAX COUNTY, Va."


def test_a_place_in_capitals_under_the_stamp_stays_the_dateline() -> None:
    text = (
        "Senate passes budget\n\n"
        "By Jane Doe\nPublished November 23, 2026 6:14pm EST\nWASHINGTON\n\n"
        "The Senate passed the budget on Monday by a vote of 51-49.\n\n"
        "It now goes to the House.\n"
    )
    article = parse_article(text)
    assert article.dateline is not None
    assert article.dateline.location == "WASHINGTON"


def test_the_pages_tags_under_the_story_after_its_furniture() -> None:
    text = (
        "Man charged in crash\n\n"
        "A man has been charged in a crash that killed two teens.\n\n"
        "He is due in court on Dec. 4.\n\n"
        "The Source: Information in this story came from the police.\n\n"
        "Fairfax County\nNews\nCrime and Public Safety\n"
    )
    article = parse_article(text)
    assert [b.kind for b in article.boilerplate] == ["credits", "page", "page", "page"]
    assert len(article.paragraphs) == 2


def test_short_lines_under_the_last_paragraph_stay_body() -> None:
    text = (
        "Bake sale raises $2,000\n\n"
        "The school's bake sale raised $2,000 on Saturday.\n\n"
        "The best sellers were:\n\n"
        "Lemon Bars\nBrownies\nApple Pie\n"
    )
    article = parse_article(text)
    assert article.boilerplate == ()
    assert [p.text for p in article.paragraphs][-3:] == ["Lemon Bars", "Brownies", "Apple Pie"]


def test_a_listed_outlets_name_closing_the_text_is_credits() -> None:
    text = (
        "Japan to raise minimum wage target\n\n"
        "Japan's government plans to raise the minimum wage to 1,500 yen an hour.\n\n"
        "The target will be part of an economic package.\n\n"
        "NHK WORLD-JAPAN\n"
    )
    article = parse_article(text)
    assert [(b.text, b.kind) for b in article.boilerplate] == [("NHK WORLD-JAPAN", "credits")]
    assert len(article.paragraphs) == 2
