"""Quotes and speakers in invented news stories as users' scrapers, APIs and archives hold them.

Every story here is invented (names, places, figures and words; no real story
is copied), 350-700 words long, with several speakers and the usual attribution
forms, and reaches the parser in one of the shapes real copies come in rather
than clean text with blank lines between paragraphs: a web page's furniture
between paragraphs (``READ MORE:`` links, ``Advertisement``, a photo caption
and its credit, an embedded post, a pull quote), a wire story hard-wrapped with
indented paragraphs and no blank lines, one wrapped with blank lines, one
paragraph a line, an old wire copy in capitals, a social-media dump in lower
case, CRLF line ends with non-breaking spaces, HTML entities left in, quote
marks a CMS mangled, a Markdown copy, a live blog of timestamped entries and a
court report whose turns carry capitalised labels.

A copy that is a mechanical rewrite of a clean story (wrapped, one line a
paragraph, capitals, lower case, CRLF) is built from the story's paragraphs by
the function its key names; its gold is the clean story's, put through the same
case change, and quote text and mentions are compared with their white space
run together (a wrapped quote holds the line break the copy has).  The gold
follows :mod:`tests.test_quotes_unseen`: every quote of :attr:`Article.quotes`
in text order with its speaker's name and mention.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence

import pytest

from newsstruct import find_quotes, parse_article
from tests.test_quotes_unseen import Gold, story_names


def _same(text: str) -> str:
    return text


def reuters_wrapped(paragraphs: Sequence[str], width: int = 68) -> str:
    """Hard-wrapped at *width* columns, each paragraph indented, no blank lines."""
    return (
        "\n".join(
            textwrap.fill(p, width, initial_indent="    ", break_on_hyphens=False)
            for p in paragraphs
        )
        + "\n"
    )


def wrapped_blank(paragraphs: Sequence[str], width: int = 70) -> str:
    """Hard-wrapped at *width* columns with a blank line between paragraphs."""
    return "\n\n".join(textwrap.fill(p, width, break_on_hyphens=False) for p in paragraphs) + "\n"


def one_per_line(paragraphs: Sequence[str]) -> str:
    """One paragraph a line, no blank lines."""
    return "\n".join(paragraphs) + "\n"


def capitals(paragraphs: Sequence[str]) -> str:
    """An old wire copy: all in capitals, blank lines between paragraphs."""
    return "\n\n".join(paragraphs).upper() + "\n"


def lower_dump(paragraphs: Sequence[str]) -> str:
    """A social-media dump: all in lower case, one paragraph a line."""
    return "\n".join(paragraphs).lower() + "\n"


def crlf(paragraphs: Sequence[str]) -> str:
    """CRLF line ends with a blank line between paragraphs (``~`` marks a no-break space)."""
    return "\r\n\r\n".join(paragraphs).replace("~", "\u00a0") + "\r\n"


WEB_FURNITURE = """Residents demand answers after third flood in a year

By Carys Pritchard

Homeowners in the Brookside estate have accused the water company and the council of passing the buck after their streets flooded for the third time in twelve months.

More than 40 homes were hit on Saturday night when a culvert under Mill Lane was overwhelmed during a storm that dropped a month's rain in six hours.

READ MORE: Council approves £2m flood defence scheme for town centre

READ MORE: Met Office issues yellow warning for heavy rain

Sandra Okoye, 52, who has lived on Mill Lane for 19 years, said she had given up replacing her carpets.

"We put sandbags out, we moved everything upstairs, and it still came in under the door," she said. "Every time it rains now my stomach turns over."

Advertisement

Her neighbour, retired engineer Keith Lamb, said the culvert had been blocked with debris for months and that residents had reported it repeatedly.

"I've sent photographs to the council, to the water company, to our MP. Everybody says it belongs to somebody else," Mr Lamb said.

Water from the culvert poured across Mill Lane on Saturday night. Photograph: Daniel Ross/Brookside Gazette

"Everybody says it belongs to somebody else"

Councillor Ayesha Raman, cabinet member for the environment, said the authority had commissioned a survey of the culvert and would publish the findings "within weeks".

"I completely understand the anger," she said. "Nobody should have to live like this, and we will not let this drag on for another winter."

Local MP Gareth Penrose posted a video from the estate on Sunday morning.

Standing in Mill Lane with residents this morning. Three floods in a year is not bad luck, it is a failure. I have asked for an urgent meeting with the water company. pic.twitter.com/x7Kd93Lm
— Gareth Penrose MP (@GarethPenroseMP) March 9, 2025

A spokesperson for Severn Vale Water said the culvert was "not a water company asset" and that its crews had helped pump out properties overnight.

"Our teams were on site from the early hours and we will keep supporting the community," the spokesperson added.

Mrs Okoye said she had heard that before.

"They all come down with their clipboards afterwards," she said. "I want to see somebody with a shovel before it rains, not after."

The Environment Agency said a further band of rain was expected on Wednesday.
"""

WEB_FURNITURE_GOLD: Gold = (
    (
        "We put sandbags out, we moved everything upstairs, and it still came in under the door,",
        "Sandra Okoye",
        "she",
    ),
    ("Every time it rains now my stomach turns over.", "Sandra Okoye", "she"),
    (
        "I've sent photographs to the council, to the water company, to our MP. Everybody says "
        "it belongs to somebody else,",
        "Keith Lamb",
        "Mr Lamb",
    ),
    ("within weeks", "Ayesha Raman", "Councillor Ayesha Raman"),
    ("I completely understand the anger,", "Ayesha Raman", "she"),
    (
        "Nobody should have to live like this, and we will not let this drag on for another "
        "winter.",
        "Ayesha Raman",
        "she",
    ),
    (
        "not a water company asset",
        "A spokesperson for Severn Vale Water",
        "A spokesperson for Severn Vale Water",
    ),
    (
        "Our teams were on site from the early hours and we will keep supporting the community,",
        "A spokesperson for Severn Vale Water",
        "the spokesperson",
    ),
    ("They all come down with their clipboards afterwards,", "Sandra Okoye", "she"),
    ("I want to see somebody with a shovel before it rains, not after.", "Sandra Okoye", "she"),
)

REUTERS_PARAGRAPHS = (
    "By Tomas Lindqvist and Aarti Menon",
    "FRANKFURT, May 14 (Reuters) - The European Central Bank should not rush into a second "
    "rate cut while services inflation remains stubborn, policymaker Jens Aldinger said on "
    "Wednesday, pushing back against market bets on a move in July.",
    "Aldinger, who heads the Bundesbank's markets department and sits on the ECB's Governing "
    "Council, said wage growth in Germany was still running at about 4.5% and that "
    "companies were passing higher costs on to customers.",
    '"We have made good progress, but the last mile is always the hardest," Aldinger told a '
    'banking conference in Frankfurt. "I see no reason to pre-commit to anything in July."',
    "His comments contrast with those of Portuguese central bank governor Mario Centeno, who "
    'said last week that the case for further easing was "getting stronger by the month" as '
    "growth in the south of the euro zone slowed.",
    "Markets currently price a roughly 60% chance of a cut in July, according to LSEG data, "
    "down from 75% before Aldinger spoke.",
    "ECB President Christine Varga has repeatedly said the bank will decide meeting by "
    'meeting. Speaking in Brussels on Tuesday, she said policymakers were "not on a '
    'pre-set path" and would look at the full set of data in June.',
    "Economists were divided on how much weight to put on the remarks.",
    '"Aldinger is one of the more hawkish voices on the council, so this is not a huge '
    'surprise," said Katrin Vogel, chief euro zone economist at Halder Bank. "What matters '
    'is whether the doves push back in the next few days."',
    "Others saw a shift. Luca Ferraro at Meridian Capital said the tone from several "
    'northern policymakers had "hardened noticeably" since April.',
    '"The market has been too quick to assume a series of cuts," Ferraro said. "I think July '
    'is now a coin toss at best."',
    "Euro zone inflation eased to 2.4% in April, but services inflation, which tracks wages "
    "closely, held at 3.7%, well above the ECB's 2% target.",
    "Aldinger said he would want to see services prices slow for several months before "
    'backing another move. "One good number does not make a trend," he said.',
    "(Reporting by Tomas Lindqvist and Aarti Menon; Editing by Paul Sherwood)",
)

REUTERS_GOLD: Gold = (
    (
        "We have made good progress, but the last mile is always the hardest,",
        "Jens Aldinger",
        "Aldinger",
    ),
    ("I see no reason to pre-commit to anything in July.", "Jens Aldinger", "Aldinger"),
    ("getting stronger by the month", "Mario Centeno", "who"),
    ("not on a pre-set path", "Christine Varga", "she"),
    (
        "Aldinger is one of the more hawkish voices on the council, so this is not a huge surprise,",
        "Katrin Vogel",
        "Katrin Vogel",
    ),
    (
        "What matters is whether the doves push back in the next few days.",
        "Katrin Vogel",
        "Katrin Vogel",
    ),
    ("hardened noticeably", "Luca Ferraro", "Luca Ferraro"),
    ("The market has been too quick to assume a series of cuts,", "Luca Ferraro", "Ferraro"),
    ("I think July is now a coin toss at best.", "Luca Ferraro", "Ferraro"),
    ("One good number does not make a trend,", "Jens Aldinger", "he"),
)

COURT_PARAGRAPHS = (
    "Landlord jailed over fire that killed tenant",
    "By Owen Gallagher, Courts Reporter",
    "A landlord who ignored repeated warnings about faulty wiring in a house he let to seven "
    "tenants has been jailed for four years after one of them died in a fire.",
    "Raymond Fitch, 61, of Hollins Road, admitted gross negligence manslaughter at Preston "
    "Crown Court last month. The fire broke out in the early hours of 3 February last year "
    "and killed 24-year-old student Imogen Barker.",
    "Prosecutor Alison Crane told the court that an electrician had written to Fitch twice in "
    'the six months before the fire, describing the wiring as "dangerous" and "an accident '
    'waiting to happen".',
    '"He chose to do nothing," Ms Crane said. "He collected the rent every month and he put '
    'off the repairs because they would have cost him money."',
    "Imogen's mother, Fiona Barker, read a statement to the court in which she described her "
    "daughter as funny, stubborn and kind.",
    '"Imogen had just got a place on the course she had wanted since she was 14," she said. '
    '"She rang me the night before to tell me about it. That was the last time I heard her '
    'voice."',
    'Defending, Martin Oyelaran said his client was "genuinely remorseful" and had not '
    "appreciated the seriousness of the risk.",
    '"Mr Fitch is not a wealthy man and he is not a sophisticated one," the barrister said. '
    '"He thinks about what happened that night every day."',
    "Sentencing, Judge Patricia Hale said Fitch had put his own finances ahead of the safety "
    "of the people who lived in his house.",
    '"You were told, in writing and more than once, that the wiring was dangerous," the judge '
    'said. "You did nothing, and a young woman lost her life."',
    "Outside court, Mrs Barker said no sentence would bring her daughter back, but that she "
    "hoped the case would make other landlords think again.",
    '"If one landlord reads about this and gets an electrician in, then something good will '
    'have come out of it," she said.',
    "Lancashire Fire and Rescue Service said it had inspected more than 300 rented houses in "
    "the town since the fire.",
)

COURT_GOLD: Gold = (
    ("dangerous", "Alison Crane", "Prosecutor Alison Crane"),
    ("an accident waiting to happen", "Alison Crane", "Prosecutor Alison Crane"),
    ("He chose to do nothing,", "Alison Crane", "Ms Crane"),
    (
        "He collected the rent every month and he put off the repairs because they would have "
        "cost him money.",
        "Alison Crane",
        "Ms Crane",
    ),
    (
        "Imogen had just got a place on the course she had wanted since she was 14,",
        "Fiona Barker",
        "she",
    ),
    (
        "She rang me the night before to tell me about it. That was the last time I heard her "
        "voice.",
        "Fiona Barker",
        "she",
    ),
    ("genuinely remorseful", "Martin Oyelaran", "Martin Oyelaran"),
    (
        "Mr Fitch is not a wealthy man and he is not a sophisticated one,",
        "Martin Oyelaran",
        "the barrister",
    ),
    ("He thinks about what happened that night every day.", "Martin Oyelaran", "the barrister"),
    (
        "You were told, in writing and more than once, that the wiring was dangerous,",
        "Patricia Hale",
        "the judge",
    ),
    ("You did nothing, and a young woman lost her life.", "Patricia Hale", "the judge"),
    (
        "If one landlord reads about this and gets an electrician in, then something good will "
        "have come out of it,",
        "Fiona Barker",
        "she",
    ),
)

SPORT_PARAGRAPHS = (
    "Harriers stun leaders with late double",
    "By Jamie Rourke",
    "Kettering Harriers moved out of the relegation zone with a 2-1 win over league leaders "
    "Sutton Athletic on Saturday, both of their goals coming in the last eight minutes.",
    "Sutton had led since the 23rd minute through Dion Mabry's header and looked comfortable "
    "until manager Neil Coyle sent on teenage striker Kofi Asante with 20 minutes left.",
    "Asante levelled in the 83rd minute with a low shot from the edge of the area, and captain "
    "Lewis Brand headed the winner from a corner two minutes into stoppage time.",
    '"I told the lads at half-time that nobody was going to give us anything," Coyle said. '
    '"We had to go and take it, and they did."',
    "The Harriers boss singled out Asante, who only turned 18 last month, for praise.",
    '"He is fearless. He does not know yet what he is not supposed to be able to do," he '
    'said. "Long may that last."',
    "Asante said he had been practising the same finish all week.",
    '"The gaffer said if I get a yard I have to hit it, so I hit it," the striker said. '
    '"When it went in I did not know where to run."',
    'Sutton manager Graham Pollard described the defeat as "a kick in the teeth" but said his '
    "side remained in control of the title race.",
    '"We were the better team for 80 minutes and we have nothing to show for it," Pollard '
    'said. "That is football. We will look at the set piece, because that should not happen."',
    "Brand, who has been at the club for nine seasons, said the win could be a turning point.",
    '"We have been talking about a performance like that since August," he said. "Now we '
    'have to do it again on Tuesday."',
    "Coyle, who took charge in November with the side bottom of the table and six points "
    "from safety, said survival was still the only target for the rest of the season.",
    '"Nobody in that dressing room is getting carried away," he said.',
    "The Harriers travel to Dunstable on Tuesday night. Sutton, four points clear, host "
    "Bromsgrove on the same evening.",
)

SPORT_GOLD: Gold = (
    (
        "I told the lads at half-time that nobody was going to give us anything,",
        "Neil Coyle",
        "Coyle",
    ),
    ("We had to go and take it, and they did.", "Neil Coyle", "Coyle"),
    (
        "He is fearless. He does not know yet what he is not supposed to be able to do,",
        "Neil Coyle",
        "he",
    ),
    ("Long may that last.", "Neil Coyle", "he"),
    (
        "The gaffer said if I get a yard I have to hit it, so I hit it,",
        "Kofi Asante",
        "the striker",
    ),
    ("When it went in I did not know where to run.", "Kofi Asante", "the striker"),
    ("a kick in the teeth", "Graham Pollard", "Graham Pollard"),
    (
        "We were the better team for 80 minutes and we have nothing to show for it,",
        "Graham Pollard",
        "Pollard",
    ),
    (
        "That is football. We will look at the set piece, because that should not happen.",
        "Graham Pollard",
        "Pollard",
    ),
    ("We have been talking about a performance like that since August,", "Lewis Brand", "he"),
    ("Now we have to do it again on Tuesday.", "Lewis Brand", "he"),
    ("Nobody in that dressing room is getting carried away,", "Neil Coyle", "he"),
)

OLD_WIRE_PARAGRAPHS = (
    "Dockers vote to stay out",
    "LIVERPOOL, England (AP) - Striking dock workers voted Monday to stay off the job for a "
    "third week, rejecting a pay offer that port employers had called final.",
    "About 4,000 men packed a hall near the Pier Head and voted by a show of hands to continue "
    "the stoppage, which has left more than 60 ships idle in the Mersey.",
    "Union organizer Thomas Brennan told the meeting that the employers' offer of a 6 per cent "
    'raise was "an insult to every man on this floor."',
    '"We have been patient for two years," Brennan said. "We will go back when they talk to '
    'us like grown men and not before."',
    "The chairman of the Mersey Port Employers Association, Sir Geoffrey Dalton, said the "
    "offer was the best the industry could afford.",
    '"There is no more money in the pot," Dalton told reporters in London. "Every week this '
    'goes on, trade goes to Rotterdam and it may not come back."',
    "Employment Secretary Margaret Hollis said the government would not intervene directly "
    'but urged both sides to accept "independent help" from the conciliation service.',
    "Shopkeepers near the docks said the strike was starting to bite. Harold Pim, who runs a "
    "cafe on Regent Road, said takings had halved.",
    '"The men have no money, so they do not come in," he said. "I do not blame them, mind."',
    "At the meeting, a younger docker, 23-year-old Peter Quayle, was cheered when he called "
    "for the strike to spread to Hull and Southampton.",
    '"If we stand alone they will starve us out," Quayle said. "If we stand together they '
    'cannot move a crate."',
    "Police said picket lines at the Gladstone and Alexandra docks had been peaceful. A "
    'spokesman for the Merseyside police said there had been "no trouble of any kind" since '
    "the stoppage began.",
    "Ships' agents said at least a dozen vessels bound for Liverpool had been diverted to "
    "other ports in the past week, among them two carrying grain from Canada and a tanker "
    "from the Persian Gulf.",
    "Brennan said the union would ballot members at other ports next week.",
)

OLD_WIRE_GOLD: Gold = (
    ("an insult to every man on this floor.", "Thomas Brennan", "Thomas Brennan"),
    ("We have been patient for two years,", "Thomas Brennan", "Brennan"),
    (
        "We will go back when they talk to us like grown men and not before.",
        "Thomas Brennan",
        "Brennan",
    ),
    ("There is no more money in the pot,", "Geoffrey Dalton", "Dalton"),
    (
        "Every week this goes on, trade goes to Rotterdam and it may not come back.",
        "Geoffrey Dalton",
        "Dalton",
    ),
    ("independent help", "Margaret Hollis", "Employment Secretary Margaret Hollis"),
    ("The men have no money, so they do not come in,", "Harold Pim", "he"),
    ("I do not blame them, mind.", "Harold Pim", "he"),
    ("If we stand alone they will starve us out,", "Peter Quayle", "Quayle"),
    ("If we stand together they cannot move a crate.", "Peter Quayle", "Quayle"),
    (
        "no trouble of any kind",
        "A spokesman for the Merseyside police",
        "A spokesman for the Merseyside police",
    ),
)

LOWER_PARAGRAPHS = (
    "Recount confirms Delgado wins council seat by 11 votes",
    "A recount on Friday confirmed that Maribel Delgado won the District 4 seat on the Eastvale "
    "city council by 11 votes, ending a two-week fight over provisional ballots.",
    "Delgado, a nurse and first-time candidate, finished with 3,412 votes to 3,401 for "
    "incumbent Councilman Rick Sorensen.",
    '"Every single vote mattered, and I mean that literally," Delgado said outside city hall. '
    '"I am going to work for the people who voted against me too."',
    "Sorensen conceded in a short statement but said he was concerned about how provisional "
    "ballots were handled at two polling places.",
    '"I accept the result," he wrote. "I also think voters deserve a clear explanation of what '
    'went wrong on election day."',
    "County Registrar Denise Whitaker said 38 provisional ballots had been set aside because "
    'voters had signed in the wrong book, a mistake she called "human and fixable."',
    '"Nobody was turned away and nobody\'s ballot was thrown out," Whitaker said. "We are '
    'changing the check-in process before the next election."',
    "Mayor Alan Briggs congratulated Delgado and thanked Sorensen for eight years on the council.",
    '"Rick gave this city a lot, and Maribel is going to bring a new energy," Briggs said.',
    "Some residents were less generous. Tom Hadley, who volunteered for the Sorensen campaign, "
    'said the recount had been "a formality."',
    '"They were never going to find anything," he said.',
    "The district covers the north side of Eastvale, including the old rail yards that the "
    "city plans to turn into housing and a park.",
    "During the campaign, Delgado promised to push for a clinic on the north side and to "
    "hold monthly meetings with residents in each of the district's neighborhoods.",
    "Sorensen, 64, a retired contractor, was first elected in 2016 and chaired the "
    "council's public works committee for most of his two terms.",
    "Whitaker said turnout in the district was 41%, the highest for a council race in at "
    "least a decade. Sorensen has 10 days to request a second recount but said he did not "
    "plan to.",
    '"It is time to move on," he said.',
    "Delgado will be sworn in on Jan. 6.",
)

LOWER_GOLD: Gold = (
    ("Every single vote mattered, and I mean that literally,", "Maribel Delgado", "Delgado"),
    (
        "I am going to work for the people who voted against me too.",
        "Maribel Delgado",
        "Delgado",
    ),
    ("I accept the result,", "Rick Sorensen", "he"),
    (
        "I also think voters deserve a clear explanation of what went wrong on election day.",
        "Rick Sorensen",
        "he",
    ),
    ("human and fixable.", "Denise Whitaker", "she"),
    ("Nobody was turned away and nobody's ballot was thrown out,", "Denise Whitaker", "Whitaker"),
    (
        "We are changing the check-in process before the next election.",
        "Denise Whitaker",
        "Whitaker",
    ),
    (
        "Rick gave this city a lot, and Maribel is going to bring a new energy,",
        "Alan Briggs",
        "Briggs",
    ),
    ("a formality.", "Tom Hadley", "Tom Hadley"),
    ("They were never going to find anything,", "Tom Hadley", "he"),
    ("It is time to move on,", "Rick Sorensen", "he"),
)

CRLF_PARAGRAPHS = (
    "Bus route cuts 'will leave villages stranded'",
    "By Rhiannon~Price, Local Democracy Reporting Service",
    "Campaigners have warned that plans to cut three rural bus routes will leave hundreds of "
    "older people unable to get to GP surgeries and shops.",
    "Wyeford County Council's cabinet will decide on 12~June whether to withdraw funding for "
    "the 41, 43 and 47 services, saving about £380,000 a year.",
    'Cllr~Paul Hargreaves, the cabinet member for transport, said the council had "no good '
    'options left" after a fall in government grants.',
    '"Nobody comes into local politics to cut bus services," he said. "But these three routes '
    'cost us more than £9 per passenger journey, and we have to look at that honestly."',
    "Margaret Ellison, 78, who uses the 43 to reach the surgery in Lydbrook twice a month, "
    "said she would have no other way to get there.",
    '"I gave up driving three years ago because my eyes went," she said. "If the bus goes, I '
    'am stuck in the house, simple as that."',
    "The Wyeford Rural Transport Group has collected more than 2,600~signatures on a petition "
    "against the cuts.",
    'Its chairman, Dr~Samuel Okafor, a retired GP, said: "Isolation is a health problem. You '
    'save £380,000 on buses and you spend it several times over in the NHS."',
    "The opposition leader on the council, Cllr~Joanna Pryce, said the administration had "
    '"ignored every alternative put to it", including a community minibus scheme.',
    "The three routes carried about 41,000~passengers last year, according to council "
    "figures, down from 58,000 before the pandemic.",
    "Marches Coaches, which runs the services under contract, said it would try to keep "
    "part of the 43 running on a commercial basis.",
    '"We know how much these routes matter to people, and we will look at every option," '
    "its managing director, Alan~Reeve, said.",
    "Under the proposals, the council would keep funding the 40 and 44~routes, which link "
    "the market towns of Wyeford and Ashby and carry far more passengers than the three "
    "village services.",
    "A council spokesperson said it would consider all responses to the consultation before "
    "any decision was made.",
)

CRLF_GOLD: Gold = (
    ("no good options left", "Paul Hargreaves", "Cllr Paul Hargreaves"),
    ("Nobody comes into local politics to cut bus services,", "Paul Hargreaves", "he"),
    (
        "But these three routes cost us more than £9 per passenger journey, and we have to look "
        "at that honestly.",
        "Paul Hargreaves",
        "he",
    ),
    ("I gave up driving three years ago because my eyes went,", "Margaret Ellison", "she"),
    ("If the bus goes, I am stuck in the house, simple as that.", "Margaret Ellison", "she"),
    (
        "Isolation is a health problem. You save £380,000 on buses and you spend it several "
        "times over in the NHS.",
        "Samuel Okafor",
        "Its chairman",
    ),
    (
        "ignored every alternative put to it",
        "Joanna Pryce",
        "The opposition leader on the council",
    ),
    (
        "We know how much these routes matter to people, and we will look at every option,",
        "Alan Reeve",
        "its managing director",
    ),
)

HTML_ENTITIES = """Quillon to cut 1,200 jobs as AI push reshapes support teams

By Nadia Ferreira

SAN FRANCISCO &mdash; Quillon, the customer-software company, said on Thursday it would cut about 1,200 jobs, or 9% of its workforce, as it shifts spending toward artificial intelligence tools that answer routine support requests.

Chief Executive Dana Whitcombe said in a memo to staff that the decision was &quot;the hardest I&rsquo;ve made in this job&quot; and that affected employees would receive 16 weeks of pay.

&#8220;We are not cutting because we are struggling. We are cutting because the work is changing faster than we expected,&#8221; Whitcombe wrote. &#8220;I owe you honesty about that.&#8221;

The cuts follow a hiring spree during the pandemic, when Quillon nearly doubled its headcount to more than 13,000 and opened offices in Lisbon, Toronto and Singapore to support its fastest-growing customers.

Most of the cuts fall on support and sales teams in the U.S. and Ireland, according to the memo, which was seen by reporters.

Chief Financial Officer Raj Mehta told analysts on a call that the company expected to save about $180 million a year. &quot;We will reinvest a meaningful part of that in product,&quot; Mehta said.

Employees reacted with anger on internal message boards and on social media. One support engineer in Dublin, who asked not to be named because she had signed a severance agreement, said the news came &#8220;out of nowhere.&#8221;

&#8220;Two weeks ago we were told our team was safe,&#8221; she said. &#8220;Now half of us are gone.&#8221;

Labor economist Carla Jimenez of Northbridge University said Quillon was part of a wider pattern.

&quot;Companies are using AI as the reason, but a lot of this is about margins,&quot; Jimenez said. &quot;Investors reward headcount cuts, and boards know it.&quot;

Quillon&rsquo;s shares rose 4% in after-hours trading. Analyst Ben Tanaka at Westport Securities wrote in a note that the cuts were &#8220;overdue&#8221; and that the company had &#8220;hired for a world that no longer exists.&#8221;

Whitcombe acknowledged the human cost. &#8220;Behind every number in this memo is a person who trusted us,&#8221; she wrote.

The company will report second-quarter results on Aug. 6.
"""

HTML_ENTITIES_GOLD: Gold = (
    ("the hardest I&rsquo;ve made in this job", "Dana Whitcombe", "Chief Executive Dana Whitcombe"),
    (
        "We are not cutting because we are struggling. We are cutting because the work is "
        "changing faster than we expected,",
        "Dana Whitcombe",
        "Whitcombe",
    ),
    ("I owe you honesty about that.", "Dana Whitcombe", "Whitcombe"),
    ("We will reinvest a meaningful part of that in product,", "Raj Mehta", "Mehta"),
    ("out of nowhere.", "One support engineer", "One support engineer"),
    ("Two weeks ago we were told our team was safe,", "One support engineer", "she"),
    ("Now half of us are gone.", "One support engineer", "she"),
    (
        "Companies are using AI as the reason, but a lot of this is about margins,",
        "Carla Jimenez",
        "Jimenez",
    ),
    ("Investors reward headcount cuts, and boards know it.", "Carla Jimenez", "Jimenez"),
    ("overdue", "Ben Tanaka", "Analyst Ben Tanaka"),
    ("hired for a world that no longer exists.", "Ben Tanaka", "Analyst Ben Tanaka"),
    ("Behind every number in this memo is a person who trusted us,", "Dana Whitcombe", "she"),
)

MANGLED_MARKS = """School board delays vote on later start times

By Kevin Alvarado

The Pine Ridge school board on Tuesday postponed a vote on pushing back start times at its three high schools, after more than two hours of public comment from parents, students and bus drivers.

Superintendent Lorraine Gaskell had recommended moving the first bell from 7:20 a.m. to 8:30 a.m. starting next fall, citing research on teenagers\u2019 sleep.

"The evidence on this is about as clear as education research ever gets,\u201d Gaskell told the board. \u201cOur students are exhausted, and we are asking them to do calculus before the sun is up."

The district surveyed families in the spring, and 58% of those who responded said they favored a later start. Several students in the audience held handmade signs asking the board for more sleep and fewer dark mornings.

Board member Curtis Weller said he supported the idea but worried about the cost of extra buses, which the district estimates at $1.4 million a year.

''I'm not against it. I'm against doing it without knowing how we pay for it,'' Weller said.

Junior Amara Nwosu, 16, told the board she gets up at 5:45 a.m. to catch her bus.

\u201cBy second period half my class is asleep on their desks,\u201d she said. \u201cWe're not lazy. We're tired.

Parent Doug Ferris said a later start would wreck his family's schedule.

"My kids get themselves to school because I leave for work at seven," Ferris said. "Push it back an hour and I don't know who's watching my second-grader."

Transportation director Ruth Ambler said the district was already short 11 drivers and that a new schedule would make recruiting harder.

\u201cWe can draw up the routes,\u201d Ambler said. ''What I can't do is conjure up drivers who don't exist.''

Board president Marcus Dell said the board would take up the proposal again in January after staff presented a budget plan.

"Nobody up here is saying no," Dell said. "We're saying not yet."

Gaskell said she was disappointed but understood the delay. ''I'd rather get it right than get it fast,'' she said.
"""

MANGLED_MARKS_GOLD: Gold = (
    (
        "The evidence on this is about as clear as education research ever gets,",
        "Lorraine Gaskell",
        "Gaskell",
    ),
    (
        "Our students are exhausted, and we are asking them to do calculus before the sun is up.",
        "Lorraine Gaskell",
        "Gaskell",
    ),
    (
        "I'm not against it. I'm against doing it without knowing how we pay for it,",
        "Curtis Weller",
        "Weller",
    ),
    ("By second period half my class is asleep on their desks,", "Amara Nwosu", "she"),
    ("We're not lazy. We're tired.", "Amara Nwosu", "she"),
    (
        "My kids get themselves to school because I leave for work at seven,",
        "Doug Ferris",
        "Ferris",
    ),
    (
        "Push it back an hour and I don't know who's watching my second-grader.",
        "Doug Ferris",
        "Ferris",
    ),
    ("We can draw up the routes,", "Ruth Ambler", "Ambler"),
    ("What I can't do is conjure up drivers who don't exist.", "Ruth Ambler", "Ambler"),
    ("Nobody up here is saying no,", "Marcus Dell", "Dell"),
    ("We're saying not yet.", "Marcus Dell", "Dell"),
    ("I'd rather get it right than get it fast,", "Lorraine Gaskell", "she"),
)

MARKDOWN = """# Hospital trust apologises after patients wait 40 hours in A&E

*By Leah Morgan, Health Correspondent*

A hospital trust has apologised after figures showed some patients waited more than 40 hours in its emergency department during a week of record demand.

**What happened:** Data published by [NHS England](https://www.england.nhs.uk/statistics) on Thursday show that 212 patients at Castlebridge General waited more than 12 hours from arrival to admission in the first week of January.

The trust's chief executive, Dr Martin Kaye, said the figures were "unacceptable" and that staff had been working "flat out".

"I want to apologise to every patient and family who waited far longer than they should have," Dr Kaye said. "That is not the care we want to give."

**The union view:** Karen Doherty, the Royal College of Nursing's regional director, said nurses had been caring for patients on trolleys in corridors for days at a time.

"Our members are doing their best in impossible conditions," she said. "Corridor care has become normal, and it must never be normal."

In a statement, the Department of Health and Social Care said:

> "We know patients are waiting too long. We have given the NHS an extra £1.2bn this winter and we are working with trusts like Castlebridge to free up beds."

One patient, 81-year-old Brian Holt, spent 38 hours on a trolley after a fall at home, his daughter told the [Castlebridge Echo](https://www.castlebridgeecho.co.uk). "He was in pain and nobody could tell us when he would get a bed," Susan Holt said.

**What next:** Health campaigner Priya Bhatt, who runs the Castlebridge Patients' Forum, said the trust needed more community beds so that medically fit patients could leave hospital.

"About a third of the beds are taken by people who are well enough to go home but have nowhere safe to go," she said. "Until that is fixed, A&E will keep backing up."

The trust said the longest wait, of 41 hours, was for a patient with mental health needs who was waiting for a specialist bed at another hospital.

Dr Kaye said the trust was opening 30 extra beds at a community hospital next month. "It will help, but it will not solve this on its own," he said.
"""

MARKDOWN_GOLD: Gold = (
    ("unacceptable", "Martin Kaye", "The trust's chief executive"),
    ("flat out", "Martin Kaye", "The trust's chief executive"),
    (
        "I want to apologise to every patient and family who waited far longer than they should "
        "have,",
        "Martin Kaye",
        "Dr Kaye",
    ),
    ("That is not the care we want to give.", "Martin Kaye", "Dr Kaye"),
    ("Our members are doing their best in impossible conditions,", "Karen Doherty", "she"),
    ("Corridor care has become normal, and it must never be normal.", "Karen Doherty", "she"),
    (
        "We know patients are waiting too long. We have given the NHS an extra £1.2bn this "
        "winter and we are working with trusts like Castlebridge to free up beds.",
        "Department of Health and Social Care",
        "the Department of Health and Social Care",
    ),
    (
        "He was in pain and nobody could tell us when he would get a bed,",
        "Susan Holt",
        "Susan Holt",
    ),
    (
        "About a third of the beds are taken by people who are well enough to go home but have "
        "nowhere safe to go,",
        "Priya Bhatt",
        "she",
    ),
    ("Until that is fixed, A&E will keep backing up.", "Priya Bhatt", "she"),
    ("It will help, but it will not solve this on its own,", "Martin Kaye", "he"),
)

LIVE_BLOG = """Wildfire live: evacuations ordered as Cedar Ridge fire crosses highway

Key events

Show key events only

9.58pm

Schools closed tomorrow

The Alder Springs Unified School District has cancelled classes on Thursday at all 14 of its schools. Superintendent Rosa Beltran said several buildings in the evacuation zones could not be reached safely.

"Our priority is that every family is somewhere safe tonight," she said.

9.42pm

Fire crosses Route 9

The Cedar Ridge fire has jumped Route 9 north of Alder Springs, according to the county sheriff's office. Sheriff Dwayne Mercer told a briefing a few minutes ago that the highway would stay closed overnight.

"If you are in the orange zone, you need to leave now," Mercer said. "Do not wait for a knock on the door."

9.15pm

Shelters filling up

The Red Cross says its shelter at Alder Springs High School is close to capacity. Regional director Colleen Vasquez said volunteers were setting up a second site at the county fairgrounds.

"We have cots, food and water, and we have room for pets," she said.

8.50pm

'I grabbed the dog and the photos'

Resident Jorge Almeida, 67, has just arrived at the fairgrounds after leaving his home on Pinecrest Road.

"I grabbed the dog and the photos, and that's it," Almeida told our reporter. "You could see the glow over the ridge."

8.31pm

Governor: 'every resource we have'

Gov. Elaine Marsh has declared a state of emergency in Tuller and Brand counties. In a post on X, she said the state was sending "every resource we have" to the fire lines.

8.05pm

Fire chief on the wind

Cal Fire battalion chief Aaron Kimura said gusts of up to 50 mph were pushing the fire east faster than crews could build containment lines.

"We are not going to catch this tonight," Kimura said. "Our job right now is to keep people alive and get them out of the way."

He added that the fire had burned about 11,000 acres and was zero percent contained.

7.40pm

Welcome

Good evening and welcome to our live coverage of the Cedar Ridge fire. I'm Hannah Liu and I'll be bringing you the latest on evacuations, road closures and shelters tonight.
"""

LIVE_BLOG_GOLD: Gold = (
    ("Our priority is that every family is somewhere safe tonight,", "Rosa Beltran", "she"),
    ("If you are in the orange zone, you need to leave now,", "Dwayne Mercer", "Mercer"),
    ("Do not wait for a knock on the door.", "Dwayne Mercer", "Mercer"),
    ("We have cots, food and water, and we have room for pets,", "Colleen Vasquez", "she"),
    ("I grabbed the dog and the photos, and that's it,", "Jorge Almeida", "Almeida"),
    ("You could see the glow over the ridge.", "Jorge Almeida", "Almeida"),
    ("every resource we have", "Elaine Marsh", "she"),
    ("We are not going to catch this tonight,", "Aaron Kimura", "Kimura"),
    (
        "Our job right now is to keep people alive and get them out of the way.",
        "Aaron Kimura",
        "Kimura",
    ),
)

COURT_LABELS = """Inquest hears of missed calls before climber's death

By Fergus Maclean

An inquest into the death of a climber on Ben Carrach has heard that a mountain rescue team's pager system failed for almost an hour on the night he went missing.

Alistair Munro, 34, from Inverness, was found at the foot of the mountain's north gully on the morning of 18 February, two days after he set out alone.

The team leader of Carrach Mountain Rescue, Iain Ferguson, was questioned by counsel for the Munro family, Rachel Dunne, on the second day of the hearing.

DUNNE: "When did you first learn that Mr Munro was overdue?"

FERGUSON: "Not until about twenty to eleven. The police had been trying to page us since just before ten."

DUNNE: "Why did the pages not reach you?"

FERGUSON: "The system had a fault at the provider's end. We did not know until the next morning that anything had gone wrong."

Mr Ferguson told the inquest that the team had since moved to a second, independent system. "I will not pretend that it did not matter," he said. "An hour on a night like that matters."

The climber's father, Donald Munro, sat in the public gallery with his wife throughout the evidence.

The sheriff, Katherine Lyle, asked Mr Ferguson whether the team could have reached the gully that night if the pager had worked.

LYLE: "In your professional opinion, would an earlier call-out have changed the outcome?"

FERGUSON: "I cannot say that it would. The weather was as bad as I have seen it. But we would have been on the hill sooner, and that is what I live with."

Outside the court, Mr Munro said the family wanted to be sure that no other team was relying on a single system.

"Alistair loved those hills and he knew the risks," he said. "What we cannot accept is that the people who would have gone looking for him did not even know he was missing."

A spokeswoman for the provider, Highland Paging, said it had found and fixed the fault and had "apologised unreservedly" to the rescue team.

The inquest continues.
"""

COURT_LABELS_GOLD: Gold = (
    ("When did you first learn that Mr Munro was overdue?", "Rachel Dunne", "DUNNE"),
    (
        "Not until about twenty to eleven. The police had been trying to page us since just before ten.",
        "Iain Ferguson",
        "FERGUSON",
    ),
    ("Why did the pages not reach you?", "Rachel Dunne", "DUNNE"),
    (
        "The system had a fault at the provider's end. We did not know until the next morning "
        "that anything had gone wrong.",
        "Iain Ferguson",
        "FERGUSON",
    ),
    ("I will not pretend that it did not matter,", "Iain Ferguson", "he"),
    ("An hour on a night like that matters.", "Iain Ferguson", "he"),
    (
        "In your professional opinion, would an earlier call-out have changed the outcome?",
        "Katherine Lyle",
        "LYLE",
    ),
    (
        "I cannot say that it would. The weather was as bad as I have seen it. But we would have "
        "been on the hill sooner, and that is what I live with.",
        "Iain Ferguson",
        "FERGUSON",
    ),
    ("Alistair loved those hills and he knew the risks,", "Donald Munro", "he"),
    (
        "What we cannot accept is that the people who would have gone looking for him did not "
        "even know he was missing.",
        "Donald Munro",
        "he",
    ),
    ("apologised unreservedly", "Highland Paging", "A spokeswoman for the provider"),
)


#: name -> (copy text, gold, the case change the copy applies to the gold)
CASES: dict[str, tuple[str, Gold, Callable[[str], str]]] = {
    "web_furniture": (WEB_FURNITURE, WEB_FURNITURE_GOLD, _same),
    "reuters_wrapped": (reuters_wrapped(REUTERS_PARAGRAPHS), REUTERS_GOLD, _same),
    "wrapped_blank_lines": (wrapped_blank(COURT_PARAGRAPHS), COURT_GOLD, _same),
    "one_paragraph_a_line": (one_per_line(SPORT_PARAGRAPHS), SPORT_GOLD, _same),
    "old_wire_capitals": (capitals(OLD_WIRE_PARAGRAPHS), OLD_WIRE_GOLD, str.upper),
    "lower_case_dump": (lower_dump(LOWER_PARAGRAPHS), LOWER_GOLD, str.lower),
    "crlf_no_break_spaces": (crlf(CRLF_PARAGRAPHS), CRLF_GOLD, _same),
    "html_entities": (HTML_ENTITIES, HTML_ENTITIES_GOLD, _same),
    "mangled_marks": (MANGLED_MARKS, MANGLED_MARKS_GOLD, _same),
    "markdown": (MARKDOWN, MARKDOWN_GOLD, _same),
    "live_blog": (LIVE_BLOG, LIVE_BLOG_GOLD, _same),
    "court_labels": (COURT_LABELS, COURT_LABELS_GOLD, _same),
}

#: Stories whose remaining errors no general rule fixes yet, with the reason
#: (the test fails if they start passing).
KNOWN_FAILURES: dict[str, str] = {}


def _flat(text: str | None) -> str | None:
    """*text* with every run of white space (line breaks, no-break spaces) one space."""
    return None if text is None else " ".join(text.split())


def check_copy(text: str, gold: Gold, case: Callable[[str], str]) -> None:
    """The quotes of the copy *text* are *gold* put through *case*, in order, compared
    with white space run together; their spans and their speakers' spans slice *text*."""
    article = parse_article(text)
    got = [
        (_flat(q.text), _flat(q.speaker.name), _flat(q.speaker.mention))
        if q.speaker is not None
        else (_flat(q.text), None, None)
        for q in article.quotes
    ]
    assert got == [(_flat(case(t)), _flat(case(n)), _flat(case(m))) for t, n, m in gold]
    for quote in article.quotes:
        assert text[quote.span.start : quote.span.end] == quote.text
        assert quote.speaker is not None
        speaker = quote.speaker
        assert text[speaker.span.start : speaker.span.end] == speaker.mention


@pytest.mark.parametrize("name", story_names(CASES, KNOWN_FAILURES))
def test_copy_story(name: str) -> None:
    text, gold, case = CASES[name]
    assert 350 <= len(text.split()) <= 700
    check_copy(text, gold, case)


@pytest.mark.parametrize(
    ("text", "quote", "name"),
    [
        # a lower-case copy: the first name of a surname a cue shows, where the
        # text introduces it (``maribel`` is in no list of first names)
        (
            "recount confirms delgado wins seat\n"
            "a recount confirmed that maribel delgado won the seat by 11 votes.\n"
            '"every single vote mattered," delgado said outside city hall.\n',
            "every single vote mattered,",
            "maribel delgado",
        ),
        # the same in capitals (an old wire copy)
        (
            "A RECOUNT CONFIRMED THAT MARIBEL DELGADO WON THE SEAT BY 11 VOTES.\n\n"
            '"EVERY SINGLE VOTE MATTERED," DELGADO SAID.\n',
            "EVERY SINGLE VOTE MATTERED,",
            "MARIBEL DELGADO",
        ),
        # a verb form before the surname is no first name
        (
            "voters backed delgado by 11 votes.\n"
            '"every single vote mattered," delgado said outside city hall.\n',
            "every single vote mattered,",
            "delgado",
        ),
        # a word after a first name with an object after it is a verb, not a surname
        (
            "arthur pike has run the shop since 1979. arthur learned the trade from his "
            'father.\n"it is not a museum," he said.',
            "it is not a museum,",
            "arthur pike",
        ),
        # an adverb between a name and its cue is no word of the name
        (
            'judge ellen harwood twice warned the gallery. "this is a court of law," the '
            "judge said.",
            "this is a court of law,",
            "ellen harwood",
        ),
        (
            'famed fight doctor ferdie pacheco once said: "he was the fastest."',
            "he was the fastest.",
            "ferdie pacheco",
        ),
        # a quoted paragraph printed as a Markdown block quote reads as the paragraph
        (
            'Premier Megan Doyle said the plan was "fair".\n\n'
            'Dr Harriet Moss said it was "the right direction".\n\n'
            "Asked whether residents who lost their views would be compensated, the "
            "premier was blunt.\n\n"
            '> "No. We are not in the business of paying for a view," she said.',
            "No. We are not in the business of paying for a view,",
            "Megan Doyle",
        ),
        # a local office and a student's year are roles before a name
        (
            "County Registrar Denise Whitaker said 38 ballots had been set aside, a "
            'mistake she called "human and fixable."',
            "human and fixable.",
            "Denise Whitaker",
        ),
        (
            'Junior Amara Nwosu, 16, told the board: "We are not lazy. We are tired."',
            "We are not lazy. We are tired.",
            "Amara Nwosu",
        ),
    ],
)
def test_copy_form(text: str, quote: str, name: str) -> None:
    found = [q for q in find_quotes(text) if q.text == quote]
    assert len(found) == 1
    assert found[0].speaker is not None
    assert found[0].speaker.name == name


@pytest.mark.parametrize(
    ("text", "quote", "name", "mention"),
    [
        # a pronoun in a clause of a sentence that opens with a name stands for
        # that name, and the pronouns after it go on with it
        (
            "Widow tells court of loss\n\n"
            'Prosecutor Ruth Adebayo said the driver had been "on his phone".\n\n'
            "The victim's sister, Nadia Quinn, gave evidence in which she described the "
            "night of the crash.\n\n"
            '"I heard the brakes and then nothing," she said.',
            "I heard the brakes and then nothing,",
            "Nadia Quinn",
            "she",
        ),
        # a court report's advocate: "Defending, X said" makes X the barrister
        (
            "Fraudster jailed\n\n"
            'Defending, Colin Amadi said his client had "lost everything".\n\n'
            '"He is a broken man," the barrister said.',
            "He is a broken man,",
            "Colin Amadi",
            "the barrister",
        ),
        (
            "Fraudster jailed\n\n"
            'For the defence, Colin Amadi said his client had "lost everything". '
            'Prosecuting, Helen Marsh said it was "a calculated fraud".\n\n'
            '"He is a broken man," the defence barrister said.',
            "He is a broken man,",
            "Colin Amadi",
            "the defence barrister",
        ),
        # "Mrs" with a surname shared by a daughter and her mother is the mother's
        (
            "Family pays tribute\n\n"
            "Student Ellie Dawson, 19, died in the crash.\n\n"
            "Ellie's mother, Karen Dawson, sat in the gallery.\n\n"
            'Outside court, Mrs Dawson said the sentence was "an insult".',
            "an insult",
            "Karen Dawson",
            "Mrs Dawson",
        ),
        (
            "Family pays tribute\n\n"
            "Hillwalker Ewan Baird, 41, died on the ridge.\n\n"
            "The walker's father, Angus Baird, sat with his wife.\n\n"
            'Outside court, Mr Baird said the family wanted "answers".',
            "answers",
            "Angus Baird",
            "Mr Baird",
        ),
        # a "he" after the sentences about a man passes over a speaker before them
        # whose gender is not known
        (
            "Recount ends race\n\n"
            "Councillor Adaeze Okonjo beat incumbent Councillor Martin Ferris by nine votes.\n\n"
            "During the campaign, Okonjo promised a new library.\n\n"
            "Ferris, 59, a builder, was first elected in 2012.\n\n"
            "Turnout was 38%. Ferris could seek a second recount but said he would not.\n\n"
            '"It is time to move on," he said.',
            "It is time to move on,",
            "Martin Ferris",
            "he",
        ),
        # a role with "on" before an appositive name is the mention, not its last noun
        (
            "Cuts opposed\n\n"
            "The Green group leader on the council, Cllr Ayesha Malik, said the plan was "
            '"short-sighted".',
            "short-sighted",
            "Ayesha Malik",
            "The Green group leader on the council",
        ),
    ],
)
def test_copy_speaker_class(text: str, quote: str, name: str, mention: str) -> None:
    found = [q for q in parse_article(text).quotes if q.text == quote]
    assert len(found) == 1
    speaker = found[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.mention) == (name, mention)
