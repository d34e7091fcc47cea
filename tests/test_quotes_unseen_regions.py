"""Quotes and speakers in invented English news stories from outlets and regions not tried before.

Every story here is invented (names, places, figures and words; no real story
is copied), 350-700 words long, in the house style of an English-language
outlet of one region: Irish (RTÉ: ``Taoiseach``, ``TD``, ``Deputy``,
``gardaí``, Irish-language names with ``Ní`` and ``Ó``), Scottish (Holyrood:
``First Minister``, ``MSP``), Canadian Press (``said Tuesday``, ``MP``,
``premier``), RNZ (``Minister``, Māori names and macrons), News24 (South
Africa: ``van der Walt``, spaced thousands), Nigerian papers (``said while
speaking with journalists``, ``Alhaji``, ``Chief``, ``Hon.``), the Daily
Nation (Kenya: ``CS``, ``Governor``), Dawn (Pakistan: ``said while
addressing``, ``Syed``, ``Justice``), the Straits Times (Singapore: ``Mr`` and
``Madam`` with Chinese names written surname first, Malay names with a
patronymic), the Inquirer (Philippines: ``Sec.``, ``Rep.``, a nickname in
quotes, Filipino quotes with a translation in brackets), Al Jazeera English
(Arabic ``bin`` and ``al-``, Korean names, an Indonesian single name) and US
local television web copy (``told NBC4``).  The gold follows
:mod:`tests.test_quotes_unseen`: every quote of :attr:`Article.quotes` in text
order with its speaker's name and mention.
"""

from __future__ import annotations

import pytest

from newsstruct import parse_article
from tests.test_quotes_unseen import Gold, check_story, story_names

RTE_HOUSING = """Taoiseach defends housing targets as opposition demands emergency measures

The Taoiseach has defended the Government's housing record in the Dáil after new figures showed that fewer homes were completed in the first quarter of the year than in the same period last year.

Figures published by the Central Statistics Office on Tuesday show 6,912 homes were completed between January and March, down 8% on the same period in 2025.

Taoiseach Mícheál Brennan said the fall was "disappointing but temporary" and that commencement notices pointed to a strong second half of the year.

"We have more homes under construction today than at any point in the last fifteen years," Mr Brennan told the Dáil during Leaders' Questions. "The pipeline is there. I accept that people want to see the keys in their hands, and so do I."

Sinn Féin leader Siobhán Ní Bhriain accused the Government of "missing every target it sets itself" and called for an emergency ban on no-fault evictions.

"Every week I meet families who are sleeping in one room of a hotel," she said. "The Taoiseach talks about pipelines. Those families cannot live in a pipeline."

The Labour Party's housing spokesperson, Conor Mac Giolla Rua TD, said the State should build directly on public land rather than relying on developers.

"The market has had its chance," Deputy Mac Giolla Rua said.

Minister for Housing Darragh Ó Catháin told reporters outside Government Buildings that the department would publish a revised plan before the summer recess.

He said the plan would include new incentives for apartment building in cities and a review of planning rules for rural one-off houses.

"I am not going to stand here and pretend the numbers are where we want them to be," the minister said. "They are not. But the direction is right."

Separately, gardaí in Limerick are investigating an arson attack on a vacant building that had been earmarked for the accommodation of international protection applicants.

A Garda spokesperson said the fire broke out shortly after 2am and that no one was injured. "Investigations are ongoing and we are appealing to anyone with information to come forward," the spokesperson said.

Local Fianna Fáil councillor Aoife Kinsella condemned the attack, saying it had "no place in our community".

"Whatever people's views on the use of the building, setting fire to it is a crime," she said.

The Tánaiste, Róisín Farrelly, who is in Brussels for a meeting of EU foreign ministers, said she had been briefed on the incident.
"""

RTE_HOUSING_GOLD: Gold = (
    ("disappointing but temporary", "Mícheál Brennan", "Taoiseach Mícheál Brennan"),
    (
        "We have more homes under construction today than at any point in the last fifteen years,",
        "Mícheál Brennan",
        "Mr Brennan",
    ),
    (
        "The pipeline is there. I accept that people want to see the keys in their hands, and so do I.",
        "Mícheál Brennan",
        "Mr Brennan",
    ),
    ("missing every target it sets itself", "Siobhán Ní Bhriain", "Siobhán Ní Bhriain"),
    (
        "Every week I meet families who are sleeping in one room of a hotel,",
        "Siobhán Ní Bhriain",
        "she",
    ),
    (
        "The Taoiseach talks about pipelines. Those families cannot live in a pipeline.",
        "Siobhán Ní Bhriain",
        "she",
    ),
    ("The market has had its chance,", "Conor Mac Giolla Rua", "Deputy Mac Giolla Rua"),
    (
        "I am not going to stand here and pretend the numbers are where we want them to be,",
        "Darragh Ó Catháin",
        "the minister",
    ),
    ("They are not. But the direction is right.", "Darragh Ó Catháin", "the minister"),
    (
        "Investigations are ongoing and we are appealing to anyone with information to come forward,",
        "A Garda spokesperson",
        "the spokesperson",
    ),
    ("no place in our community", "Aoife Kinsella", "Local Fianna Fáil councillor Aoife Kinsella"),
    (
        "Whatever people's views on the use of the building, setting fire to it is a crime,",
        "Aoife Kinsella",
        "she",
    ),
)

SCOTTISH_HOLYROOD = """First Minister faces Holyrood anger over ferry delays

By Fraser Kerr, Political Correspondent

Scotland's First Minister has apologised to island communities after it emerged that two new ferries will not enter service until at least next spring, a further six months later than promised.

Speaking at First Minister's Questions, Eilidh Matheson said the delay was "completely unacceptable" and that she had asked the Transport Secretary to report to Parliament within a fortnight.

"I want to say directly to the people of Arran and of the Western Isles: I am sorry," the First Minister said. "You were promised these vessels years ago, and you have been let down."

Scottish Conservative leader Douglas Rennie said the Government had "lost all credibility" on the issue.

"Every time the First Minister stands up she gives us a new date," he said. "Islanders have stopped believing any of them, and frankly so have I."

Scottish Labour's transport spokesperson, Kirsty Anand MSP, said businesses on the islands were "hanging by a thread" after another summer of cancellations.

Transport Secretary Ruaridh MacLeod later told MSPs that problems with the vessels' electrical systems had been found during sea trials.

"The yard has assured me that these are not design faults," Mr MacLeod said. "But I will not accept any assurance at face value again."

On Arran, hotel owner Morag Currie, 58, said bookings were down by a third compared with last year.

"People ring up and the first thing they ask is whether the ferry is running," she told the Herald. "If I cannot tell them, they go to Skye instead."

The shipyard, Clydeport Marine, said in a statement that it "deeply regrets" the delay and was working "around the clock" to finish the vessels.

Its chief executive, Alasdair Grant, said the company had taken on 140 extra workers since January.

"We understand the frustration," he said. "Nobody wants these ships in the water more than the people who are building them."

Green MSP Lorna Baptiste said the saga showed that Scotland needed a long-term plan for its ferry fleet "rather than lurching from crisis to crisis".

The Transport Secretary is due to give a statement to Parliament on 14 May.
"""

SCOTTISH_HOLYROOD_GOLD: Gold = (
    ("completely unacceptable", "Eilidh Matheson", "Eilidh Matheson"),
    (
        "I want to say directly to the people of Arran and of the Western Isles: I am sorry,",
        "Eilidh Matheson",
        "the First Minister",
    ),
    (
        "You were promised these vessels years ago, and you have been let down.",
        "Eilidh Matheson",
        "the First Minister",
    ),
    ("lost all credibility", "Douglas Rennie", "Douglas Rennie"),
    ("Every time the First Minister stands up she gives us a new date,", "Douglas Rennie", "he"),
    (
        "Islanders have stopped believing any of them, and frankly so have I.",
        "Douglas Rennie",
        "he",
    ),
    ("hanging by a thread", "Kirsty Anand", "Scottish Labour's transport spokesperson"),
    ("The yard has assured me that these are not design faults,", "Ruaridh MacLeod", "Mr MacLeod"),
    ("But I will not accept any assurance at face value again.", "Ruaridh MacLeod", "Mr MacLeod"),
    (
        "People ring up and the first thing they ask is whether the ferry is running,",
        "Morag Currie",
        "she",
    ),
    ("If I cannot tell them, they go to Skye instead.", "Morag Currie", "she"),
    ("deeply regrets", "Clydeport Marine", "Clydeport Marine"),
    ("around the clock", "Clydeport Marine", "Clydeport Marine"),
    ("We understand the frustration,", "Alasdair Grant", "he"),
    (
        "Nobody wants these ships in the water more than the people who are building them.",
        "Alasdair Grant",
        "he",
    ),
    ("rather than lurching from crisis to crisis", "Lorna Baptiste", "Green MSP Lorna Baptiste"),
)

CP_PREMIER = """Premier says Ottawa 'walked away' from health deal as talks stall

EDMONTON — Alberta Premier Danielle Forsythe says the federal government walked away from negotiations on a new health-care funding agreement, leaving the province to pay for hundreds of new family doctors on its own.

Forsythe told reporters Tuesday that her health minister had been given "a take-it-or-leave-it offer" by Ottawa last week.

"That is not a negotiation. That is an ultimatum," Forsythe said at the legislature. "Albertans pay their fair share into the federation and they deserve a fair share back."

Federal Health Minister Jean-François Tremblay rejected that characterization in Ottawa, saying the offer on the table was the same one accepted by seven other provinces.

"The door is open, it has always been open," Tremblay said in French during question period. He later repeated the point in English, telling the House of Commons the premier was "welcome to call me any time."

Conservative MP Harjit Gill, who represents a Calgary riding, said families in his city were waiting more than a year to find a family doctor.

"People in my riding do not care which level of government signs the cheque," Gill said. "They care whether there is a doctor when their kid is sick."

The Alberta Medical Association said the dispute was adding to uncertainty for physicians deciding where to set up practice.

Its president, Dr. Naomi Kessler, said the association had written to both governments urging them to return to the table.

"Doctors can work anywhere in the country," Kessler said in an interview Wednesday. "Every month this drags on, we lose some of them to B.C. and Ontario."

NDP health critic Sarah Whitebird said the province had underspent its own health budget by $400 million last year.

"The premier wants to pick a fight with Ottawa so nobody looks at her own books," Whitebird said.

Forsythe's office said Wednesday that the premier would raise the issue when first ministers meet in Halifax next month.

In a statement, press secretary Liam O'Donnell said Alberta was "ready to sign a fair deal tomorrow."

Tremblay's office did not immediately respond to a request for comment Wednesday.

This report by The Canadian Press was first published May 6, 2026.
"""

CP_PREMIER_GOLD: Gold = (
    ("a take-it-or-leave-it offer", "Danielle Forsythe", "Forsythe"),
    ("That is not a negotiation. That is an ultimatum,", "Danielle Forsythe", "Forsythe"),
    (
        "Albertans pay their fair share into the federation and they deserve a fair share back.",
        "Danielle Forsythe",
        "Forsythe",
    ),
    ("The door is open, it has always been open,", "Jean-François Tremblay", "Tremblay"),
    ("welcome to call me any time.", "Jean-François Tremblay", "He"),
    (
        "People in my riding do not care which level of government signs the cheque,",
        "Harjit Gill",
        "Gill",
    ),
    ("They care whether there is a doctor when their kid is sick.", "Harjit Gill", "Gill"),
    ("Doctors can work anywhere in the country,", "Naomi Kessler", "Kessler"),
    (
        "Every month this drags on, we lose some of them to B.C. and Ontario.",
        "Naomi Kessler",
        "Kessler",
    ),
    (
        "The premier wants to pick a fight with Ottawa so nobody looks at her own books,",
        "Sarah Whitebird",
        "Whitebird",
    ),
    ("ready to sign a fair deal tomorrow.", "Liam O'Donnell", "Liam O'Donnell"),
)

RNZ_WATER = """Minister defends water reforms as iwi leaders raise concerns

The Local Government Minister says councils will keep control of their water assets under the new rules, despite concerns from iwi leaders that Māori interests are being sidelined.

Minister Simon Waititi-Clarke told RNZ's Morning Report the changes would give councils "more flexibility, not less" to set up their own water companies.

"We have listened to councils up and down the country, and what they told us is that one size does not fit all," he said. "This model lets Gisborne do things differently from Auckland."

But Ngāti Porou chair Hēmi Tūhoe said iwi had not been properly consulted on the final version of the bill.

"We were told we would be partners. We found out what was in the bill the same day as everyone else," Tūhoe said.

Te Pāti Māori co-leader Mereana Walker said the bill breached the Crown's obligations under Te Tiriti o Waitangi.

"This Government keeps saying it respects the Treaty and then keeps acting as if it does not exist," she said.

Waititi-Clarke rejected that, saying there were "clear provisions" for iwi representation on the boards of the new entities.

Local Government New Zealand president Karen Ogilvie welcomed the bill but said smaller councils would still struggle to pay for upgrades.

"A rural district with 8000 ratepayers cannot fund a $200 million treatment plant on its own, whatever structure you put around it," Ogilvie said.

Labour's local government spokesperson, Tama Roberts, said the bill "kicks the can down the road" and warned that water bills would rise sharply.

In Wairoa, where residents were told to boil their water for six weeks last winter, mayor Annette Hapuku said the community wanted action rather than another restructure.

"My people do not care what the company is called," Hapuku said. "They want to turn on the tap and know it is safe to drink."

The bill is expected to have its first reading next week. Submissions will open once it is referred to the select committee.

Waititi-Clarke said he was confident the legislation would pass before the end of the year.

"It is a good bill," he said. "It is not a perfect bill. There is no such thing."
"""

RNZ_WATER_GOLD: Gold = (
    ("more flexibility, not less", "Simon Waititi-Clarke", "Minister Simon Waititi-Clarke"),
    (
        "We have listened to councils up and down the country, and what they told us is that one size does not fit all,",
        "Simon Waititi-Clarke",
        "he",
    ),
    ("This model lets Gisborne do things differently from Auckland.", "Simon Waititi-Clarke", "he"),
    (
        "We were told we would be partners. We found out what was in the bill the same day as everyone else,",
        "Hēmi Tūhoe",
        "Tūhoe",
    ),
    (
        "This Government keeps saying it respects the Treaty and then keeps acting as if it does not exist,",
        "Mereana Walker",
        "she",
    ),
    ("clear provisions", "Simon Waititi-Clarke", "Waititi-Clarke"),
    (
        "A rural district with 8000 ratepayers cannot fund a $200 million treatment plant on its own, whatever structure you put around it,",
        "Karen Ogilvie",
        "Ogilvie",
    ),
    ("kicks the can down the road", "Tama Roberts", "Labour's local government spokesperson"),
    ("My people do not care what the company is called,", "Annette Hapuku", "Hapuku"),
    ("They want to turn on the tap and know it is safe to drink.", "Annette Hapuku", "Hapuku"),
    ("It is a good bill,", "Simon Waititi-Clarke", "he"),
    ("It is not a perfect bill. There is no such thing.", "Simon Waititi-Clarke", "he"),
)

NEWS24_ESKOM = """Load shedding returns as Eskom blames breakdowns at three power stations

Eskom has implemented stage 4 load shedding from 16:00 on Thursday after breakdowns at three power stations removed more than 3 000MW from the grid.

The power utility's group executive for generation, Thabo Mokoena, said at a media briefing in Johannesburg that the breakdowns at Kusile, Tutuka and Matla had come "at the worst possible time" as demand rose with the first cold front of winter.

"We are not going back to the dark days of 2023. I want to be very clear about that," Mokoena said. "These are unplanned outages and we expect to return most of the units to service by the weekend."

Electricity Minister Kagiso Ndlovu said he had asked Eskom's board for a full report by Monday.

"South Africans have been patient. They deserve to know exactly what went wrong," Ndlovu said in a statement.

The DA's spokesperson on electricity, Annette van der Walt, said the return of load shedding showed that the recovery of the grid had been "oversold".

"For months the minister has been taking credit for the lights staying on. Now that they are off, it is suddenly the board's problem," Van der Walt said.

Business Unity South Africa chief executive Lerato Mahlangu warned that small businesses would bear the brunt.

"A big factory can afford a generator. A spaza shop or a hair salon cannot," she told News24.

In Soweto, residents said they had been without power for most of the afternoon before the schedule was announced.

Sipho Dlamini, 46, who runs a car wash in Orlando East, said he had sent his three workers home at noon.

"No power, no pressure washer, no money," he said. "Tomorrow I will pay them anyway, because what else can I do?"

Eskom said the public should check the latest schedules on its app and website, as stages could change at short notice.

Spokesperson Daphne Sithole added that the utility was "doing everything possible" to limit the impact on households.

The last extended period of load shedding ended in March last year, after more than 300 consecutive days of rolling blackouts that economists blamed for slowing growth and pushing up unemployment.
"""

NEWS24_ESKOM_GOLD: Gold = (
    ("at the worst possible time", "Thabo Mokoena", "Thabo Mokoena"),
    (
        "We are not going back to the dark days of 2023. I want to be very clear about that,",
        "Thabo Mokoena",
        "Mokoena",
    ),
    (
        "These are unplanned outages and we expect to return most of the units to service by the weekend.",
        "Thabo Mokoena",
        "Mokoena",
    ),
    (
        "South Africans have been patient. They deserve to know exactly what went wrong,",
        "Kagiso Ndlovu",
        "Ndlovu",
    ),
    ("oversold", "Annette van der Walt", "The DA's spokesperson on electricity"),
    (
        "For months the minister has been taking credit for the lights staying on. Now that they are off, it is suddenly the board's problem,",
        "Annette van der Walt",
        "Van der Walt",
    ),
    (
        "A big factory can afford a generator. A spaza shop or a hair salon cannot,",
        "Lerato Mahlangu",
        "she",
    ),
    ("No power, no pressure washer, no money,", "Sipho Dlamini", "he"),
    ("Tomorrow I will pay them anyway, because what else can I do?", "Sipho Dlamini", "he"),
    ("doing everything possible", "Daphne Sithole", "Spokesperson Daphne Sithole"),
)

NIGERIA_FUEL = """Fuel scarcity: Marketers blame NNPC as queues return to Abuja

Long queues returned to filling stations in Abuja and parts of Lagos on Monday as motorists struggled to buy petrol, with some stations selling above N1,100 per litre.

The National President of the Independent Petroleum Marketers Association of Nigeria, Alhaji Musa Danladi, said the scarcity was caused by irregular supply from depots.

Danladi, who said this while speaking with journalists in Abuja, said members had paid for products weeks ago but were yet to receive them.

"Our members are not hoarding. Nobody will keep petrol in his tank when he can sell it," he said. "The problem is supply, not the marketers."

But the Nigerian National Petroleum Company Limited said there was enough petrol in the country to last more than 30 days.

Its Chief Corporate Communications Officer, Mrs Funmilayo Adeyemi, said in a statement that the company was "working with all stakeholders to restore normal supply."

"Nigerians should not engage in panic buying. There is no need for it," the statement read.

A commercial bus driver, Chinedu Okafor, told our correspondent he had spent four hours in a queue at a station in Wuse.

"Since morning I have not carried one passenger. How will I feed my family?" he asked.

The Chairman of the House of Representatives Committee on Petroleum Resources (Downstream), Hon. Ikenna Obi, said the committee would summon the regulator over the crisis.

Obi, who spoke during plenary, said Nigerians could not continue "to suffer every few months for the same reason."

A former Minister of State for Petroleum, Chief Emmanuel Akpan, said the problem would persist until the country's refineries worked at full capacity.

"We have been talking about this for twenty years," Akpan said. "Until we refine what we produce, we will keep having this conversation."

In Lagos, the state government urged residents to avoid unnecessary trips.

The Commissioner for Transportation, Dr Tunde Bakare, said the state's BRT buses would run extended hours until the situation improved.

The price of petrol has more than tripled since the removal of the subsidy two years ago, and transport fares in most cities have risen in step, according to figures from the National Bureau of Statistics.
"""

NIGERIA_FUEL_GOLD: Gold = (
    (
        "Our members are not hoarding. Nobody will keep petrol in his tank when he can sell it,",
        "Musa Danladi",
        "he",
    ),
    ("The problem is supply, not the marketers.", "Musa Danladi", "he"),
    (
        "working with all stakeholders to restore normal supply.",
        "Funmilayo Adeyemi",
        "Its Chief Corporate Communications Officer",
    ),
    (
        "Nigerians should not engage in panic buying. There is no need for it,",
        "Funmilayo Adeyemi",
        "the statement",
    ),
    (
        "Since morning I have not carried one passenger. How will I feed my family?",
        "Chinedu Okafor",
        "he",
    ),
    ("to suffer every few months for the same reason.", "Ikenna Obi", "Obi"),
    ("We have been talking about this for twenty years,", "Emmanuel Akpan", "Akpan"),
    (
        "Until we refine what we produce, we will keep having this conversation.",
        "Emmanuel Akpan",
        "Akpan",
    ),
)

KENYA_NATION = """Governors threaten to shut down counties over delayed funds

Governors have given the National Treasury seven days to release Sh87 billion in arrears or they will shut down county operations.

Council of Governors chairperson Ibrahim Adan Warsame said on Wednesday that counties had not received their share of revenue for three months, leaving hospitals without drugs and workers unpaid.

"We cannot run counties on promises. Doctors and nurses have families to feed," Mr Warsame said during a press conference at the council's offices in Nairobi.

He said the governors had written to Treasury Cabinet Secretary Njoroge Kamau twice since March without receiving a reply.

But Mr Kamau, who appeared before the Senate's Finance Committee in the afternoon, said the delays were the result of lower-than-expected revenue collection.

"The money will be released. I assure the counties of that," the CS told senators. "But we can only disburse what we have collected."

Kakamega Senator Beatrice Wanjiru accused the Treasury of favouring the national government's projects over devolved functions.

"Every financial year it is the same story. Roads in Nairobi get funded and dispensaries in the villages close," she said.

Nyandarua Governor Francis Mwangi said his county had not paid casual workers since February.

"Some of them have been sent away by their landlords," Governor Mwangi said.

The Kenya Union of Clinical Officers said its members in 19 counties would down their tools on Monday if the salaries were not paid.

Union secretary-general George Omondi told the Nation that the strike notice had already been served.

"We are not asking for a raise. We are asking to be paid for work we have already done," Mr Omondi said.

Controller of Budget Margaret Chelimo said in a report released last week that counties had also failed to spend Sh32 billion allocated for development in the last financial year.

Mr Warsame dismissed the report as "a distraction from the real issue."

The Senate is expected to debate a motion on the arrears next Tuesday.

Under the Constitution, counties are entitled to at least 15 per cent of the revenue raised nationally, but governors say the amounts released each year have fallen far short of that share since devolution began.
"""

KENYA_NATION_GOLD: Gold = (
    (
        "We cannot run counties on promises. Doctors and nurses have families to feed,",
        "Ibrahim Adan Warsame",
        "Mr Warsame",
    ),
    ("The money will be released. I assure the counties of that,", "Njoroge Kamau", "the CS"),
    ("But we can only disburse what we have collected.", "Njoroge Kamau", "the CS"),
    (
        "Every financial year it is the same story. Roads in Nairobi get funded and dispensaries in the villages close,",
        "Beatrice Wanjiru",
        "she",
    ),
    ("Some of them have been sent away by their landlords,", "Francis Mwangi", "Governor Mwangi"),
    (
        "We are not asking for a raise. We are asking to be paid for work we have already done,",
        "George Omondi",
        "Mr Omondi",
    ),
    ("a distraction from the real issue.", "Ibrahim Adan Warsame", "Mr Warsame"),
)

DAWN_KARACHI = """Karachi water crisis: KWSC chief promises relief within a week

KARACHI: The chief executive of the Karachi Water and Sewerage Corporation on Sunday said the water shortage in several parts of the city would be addressed within a week as repairs to the main pumping station neared completion.

Syed Kamran Haider Shah said while addressing a press conference at the corporation's head office that a breakdown at the Dhabeji pumping station had cut supply to the city by around 100 million gallons per day.

"Two of the four damaged pumps have already been repaired and the remaining two will be back in operation by Thursday," he said.

He said tankers would be sent to the worst-affected areas free of charge in the meantime.

However, residents of Orangi Town and Baldia said they had not received water through the lines for more than two weeks.

"We are buying a tanker for Rs5,000 every four days. Where will a labourer get this money?" asked Muhammad Rafiq, a resident of Orangi.

MQM-P leader Faisal Naveed Qureshi, speaking to reporters outside the Sindh Assembly, accused the provincial government of neglecting the city.

"Karachi pays the most taxes and gets the least water," he said. "This is not a technical fault. It is a political choice."

Sindh Information Minister Shahzad Ali Soomro rejected the criticism, saying the provincial government had approved Rs12 billion for the K-IV project this year.

"Those who ran this city for thirty years are now lecturing us about water," Mr Soomro said in a statement.

Separately, the Sindh High Court on Sunday sought a report from the KWSC on the illegal hydrants operating in the city.

A two-member bench headed by Justice Amna Baloch remarked that the tanker mafia "cannot flourish without the patronage of officials".

Jamaat-i-Islami Karachi chief Hafiz Tariq Mehmood announced that his party would hold a protest outside the KWSC office on Friday.

"If the water does not come, we will come," he said while addressing a gathering in Gulshan-i-Iqbal.

The city of more than 20 million people receives less than half of the water it needs each day, according to the corporation's own estimates, and the gap is met largely by private tankers.
"""

DAWN_KARACHI_GOLD: Gold = (
    (
        "Two of the four damaged pumps have already been repaired and the remaining two will be back in operation by Thursday,",
        "Syed Kamran Haider Shah",
        "he",
    ),
    (
        "We are buying a tanker for Rs5,000 every four days. Where will a labourer get this money?",
        "Muhammad Rafiq",
        "Muhammad Rafiq",
    ),
    ("Karachi pays the most taxes and gets the least water,", "Faisal Naveed Qureshi", "he"),
    ("This is not a technical fault. It is a political choice.", "Faisal Naveed Qureshi", "he"),
    (
        "Those who ran this city for thirty years are now lecturing us about water,",
        "Shahzad Ali Soomro",
        "Mr Soomro",
    ),
    ("cannot flourish without the patronage of officials", "Amna Baloch", "Justice Amna Baloch"),
    ("If the water does not come, we will come,", "Hafiz Tariq Mehmood", "he"),
)

STRAITS_HAWKERS = """Hawker centre rental changes to take effect in July, says Minister

SINGAPORE - Stallholders at hawker centres will pay rents pegged to the size of their stalls rather than to tender bids from July, in changes announced on Monday by the Ministry of Sustainability and the Environment.

Senior Minister of State for Sustainability and the Environment Tan Wei Ming said the new scheme would give hawkers "more certainty" and help to keep food prices affordable.

Speaking to reporters at Bedok Interchange Hawker Centre, Mr Tan said: "We want young people who are thinking about becoming hawkers to know what they will pay, not to gamble on a tender."

He added that about 6,000 stallholders would see their rents fall or stay the same, while a small number would pay more when their leases are renewed.

Hawker Lim Soo Hwa, 67, who has sold fishball noodles at the centre for 31 years, welcomed the change.

"Last time, young people bid very high just to get a stall, then after one year they close down," said Madam Lim. "Now at least it is fair."

Her neighbour, Mr Muhammad Faizal Abdul Rahman, 42, who runs a nasi padang stall, said he hoped the savings would be passed on to customers.

"Rent is only one part. The price of chicken and vegetables also went up a lot," he said.

The Federation of Merchants' Associations said it had been consulted on the changes. Its president, Mr Goh Kian Seng, said the federation would monitor how the scheme worked in practice.

"We support the direction, but the details matter," said Mr Goh. "We will give feedback if hawkers face problems."

Workers' Party MP for Aljunied GRC Priya Raman said in a Facebook post that she would file questions in Parliament on how the rents had been calculated.

"Hawkers deserve to see the formula," she wrote.

The ministry said the National Environment Agency would write to all affected stallholders by the end of the month.

Associate Professor Ng Hui Min of the National University of Singapore's Department of Real Estate said the scheme could reduce the turnover of stalls.

"When rents are predictable, hawkers can plan for five or 10 years, not just the next few months," she said.
"""

STRAITS_HAWKERS_GOLD: Gold = (
    (
        "more certainty",
        "Tan Wei Ming",
        "Senior Minister of State for Sustainability and the Environment Tan Wei Ming",
    ),
    (
        "We want young people who are thinking about becoming hawkers to know what they will pay, not to gamble on a tender.",
        "Tan Wei Ming",
        "Mr Tan",
    ),
    (
        "Last time, young people bid very high just to get a stall, then after one year they close down,",
        "Lim Soo Hwa",
        "Madam Lim",
    ),
    ("Now at least it is fair.", "Lim Soo Hwa", "Madam Lim"),
    (
        "Rent is only one part. The price of chicken and vegetables also went up a lot,",
        "Muhammad Faizal Abdul Rahman",
        "he",
    ),
    ("We support the direction, but the details matter,", "Goh Kian Seng", "Mr Goh"),
    ("We will give feedback if hawkers face problems.", "Goh Kian Seng", "Mr Goh"),
    ("Hawkers deserve to see the formula,", "Priya Raman", "she"),
    (
        "When rents are predictable, hawkers can plan for five or 10 years, not just the next few months,",
        "Ng Hui Min",
        "she",
    ),
)

INQUIRER_RICE = """Rice prices to ease by June, says DA chief; lawmakers want probe into cartel

MANILA, Philippines — Agriculture Secretary Ramon Dizon-Navarro on Tuesday assured consumers that the retail price of regular milled rice would fall to below P45 per kilo by June as imports arrive and the harvest season peaks.

"We are seeing prices go down already in Metro Manila markets. By June, I am confident we will be below P45," Dizon-Navarro told reporters at a briefing at the Department of Agriculture in Quezon City.

But at the House of Representatives, lawmakers pressed for an inquiry into an alleged cartel that they said was hoarding imported rice in warehouses in Bulacan and Cavite.

Rep. Josefina "Pining" Macaraeg of Pangasinan's 4th District, who chairs the House committee on food security, said the panel had received documents showing that at least 300,000 sacks were sitting in private warehouses.

"Habang naghihintay ang mga tao, nakatago ang bigas," Macaraeg said. (While people are waiting, the rice is hidden.) "We will subpoena the owners if we have to."

Sen. Antonio Lacsamana Jr. said he would file a resolution seeking a similar investigation in the Senate.

"Hoarding in a time of high prices is economic sabotage. That is not my opinion, that is the law," Lacsamana said in a statement.

Sec. Dizon-Navarro said the department had already inspected 41 warehouses and filed charges against three traders.

Farmers' groups, however, said the government's reliance on imports was hurting local growers.

Federation of Free Farmers chair Leonardo Bautista said palay prices had dropped to as low as P17 per kilo in some provinces.

"The farmers are the last to benefit when prices go up and the first to suffer when prices go down," Bautista said.

At the Marikina public market, rice retailer Maria Luisa Santos, 53, said buyers were still counting every peso.

"Dati dalawang kilo, ngayon isang kilo na lang," she said. (Before it was two kilos, now only one.) "People are waiting for the price to go down."

Malacañang said President Elena Villareal had ordered the DA to ensure that rice in the Kadiwa stores would remain at P29 per kilo for vulnerable sectors.

Palace Press Officer Carla Mendoza-Tan said the President was "closely monitoring" prices.
"""

INQUIRER_RICE_GOLD: Gold = (
    (
        "We are seeing prices go down already in Metro Manila markets. By June, I am confident we will be below P45,",
        "Ramon Dizon-Navarro",
        "Dizon-Navarro",
    ),
    ("Habang naghihintay ang mga tao, nakatago ang bigas,", "Josefina Macaraeg", "Macaraeg"),
    ("We will subpoena the owners if we have to.", "Josefina Macaraeg", "Macaraeg"),
    (
        "Hoarding in a time of high prices is economic sabotage. That is not my opinion, that is the law,",
        "Antonio Lacsamana",
        "Lacsamana",
    ),
    (
        "The farmers are the last to benefit when prices go up and the first to suffer when prices go down,",
        "Leonardo Bautista",
        "Bautista",
    ),
    ("Dati dalawang kilo, ngayon isang kilo na lang,", "Maria Luisa Santos", "she"),
    ("People are waiting for the price to go down.", "Maria Luisa Santos", "she"),
    ("closely monitoring", "Carla Mendoza-Tan", "Palace Press Officer Carla Mendoza-Tan"),
)

ALJAZEERA_SUMMIT = """Gulf mediators push for ceasefire as talks resume in Doha

Mediators from Qatar and Egypt have presented a new proposal for a ceasefire in Sudan, as delegations from the warring sides returned to Doha for a third round of talks.

Qatar's Minister of State for Foreign Affairs, Khalid bin Nasser al-Mansouri, said the proposal included a 90-day truce and the opening of three humanitarian corridors.

"Both parties have told us they are serious. Now we need to see that seriousness on the ground," al-Mansouri told Al Jazeera.

A member of the army's delegation, General Ibrahim al-Tayeb, said the military was studying the proposal but would not accept any deal that "rewards those who attacked the state".

The Rapid Support Forces (RSF) said in a statement on Telegram that it had "engaged positively" with the mediators.

Speaking to Al Jazeera from Port Sudan, the United Nations' humanitarian coordinator for Sudan, Claire Ndiaye, said aid convoys had been blocked from reaching El Fasher for more than a month.

"People are eating leaves and animal feed. Children are dying of hunger while trucks sit at checkpoints," Ndiaye said. "A ceasefire is not a political favour to anyone. It is the only way to save lives."

Egyptian Foreign Minister Hisham Abdel Rahman said Cairo would host a conference of donors once a truce was agreed.

Analysts were cautious. Amani Osman, a Sudanese political analyst based in Nairobi, said previous agreements had collapsed within days.

"The problem has never been the text. The problem is that neither side believes it can lose," she said.

Meanwhile, in South Korea, Foreign Minister Park Seo-yeon said Seoul would double its humanitarian aid to Sudan to $20m.

Park made the announcement after meeting his Indonesian counterpart, Dewi Kusumawati, in Jakarta, where he called for "unhindered access" for aid workers.

Indonesia's coordinating minister for human development, Suharyadi, said the country was ready to send medical teams.

"We have doctors who have worked in Gaza and in Afghanistan. They are ready to go," Suharyadi said.

The talks in Doha are expected to continue until Thursday.

The war, which began in April 2023, has killed tens of thousands of people and displaced more than 12 million, according to the United Nations, which describes the situation as the world's largest humanitarian crisis.
"""

ALJAZEERA_SUMMIT_GOLD: Gold = (
    (
        "Both parties have told us they are serious. Now we need to see that seriousness on the ground,",
        "Khalid bin Nasser al-Mansouri",
        "al-Mansouri",
    ),
    (
        "rewards those who attacked the state",
        "Ibrahim al-Tayeb",
        "A member of the army's delegation",
    ),
    ("engaged positively", "Rapid Support Forces", "The Rapid Support Forces"),
    (
        "People are eating leaves and animal feed. Children are dying of hunger while trucks sit at checkpoints,",
        "Claire Ndiaye",
        "Ndiaye",
    ),
    (
        "A ceasefire is not a political favour to anyone. It is the only way to save lives.",
        "Claire Ndiaye",
        "Ndiaye",
    ),
    (
        "The problem has never been the text. The problem is that neither side believes it can lose,",
        "Amani Osman",
        "she",
    ),
    ("unhindered access", "Park Seo-yeon", "he"),
    (
        "We have doctors who have worked in Gaza and in Afghanistan. They are ready to go,",
        "Suharyadi",
        "Suharyadi",
    ),
)

LOCAL_TV_FIRE = """Family of five escapes house fire in west Columbus; fire officials say smoke alarm saved lives

COLUMBUS, Ohio (WCMH) — A family of five escaped a house fire on the west side of Columbus early Tuesday morning, and fire officials say a working smoke alarm is the reason everyone got out alive.

Crews were called to the 2800 block of Sullivant Avenue just after 3 a.m. for reports of flames coming from the back of a two-story home, according to the Columbus Division of Fire.

Battalion Chief Marcus Whitfield said the fire started in the kitchen and spread quickly to the second floor.

"When our first crews got there, the back of the house was fully involved," Whitfield said. "If that alarm doesn't go off, we are talking about a very different outcome this morning."

Homeowner Keisha Daniels told NBC4 she woke up to the alarm and the smell of smoke.

"I just grabbed the kids and ran. I didn't even get my shoes," Daniels said. "Everything we have is in there, but my babies are OK. That's all that matters."

Her neighbor, Ray Gutierrez, said he saw the flames from his bedroom window and called 911.

"It went up so fast. Like, within a minute the whole back porch was on fire," Gutierrez said.

One firefighter suffered a minor injury and was treated at the scene. The cause of the fire remains under investigation, Whitfield said.

The American Red Cross of Central Ohio said it was helping the family with temporary housing, food and clothing.

Columbus fire officials are reminding residents to test smoke alarms monthly and to replace the batteries at least once a year.

"We give out free smoke alarms to anyone in the city who needs one. All you have to do is call," said fire department spokesperson Lt. Dana Kowalski. "It is the cheapest life insurance you will ever get."

A GoFundMe page set up by Daniels' sister had raised more than $6,000 by Tuesday afternoon.

Investigators with the fire marshal's office were still at the scene Tuesday afternoon. Sullivant Avenue was closed between Hague and Wayne avenues for several hours while crews worked.

Stay with NBC4 for updates on this developing story.
"""

LOCAL_TV_FIRE_GOLD: Gold = (
    (
        "When our first crews got there, the back of the house was fully involved,",
        "Marcus Whitfield",
        "Whitfield",
    ),
    (
        "If that alarm doesn't go off, we are talking about a very different outcome this morning.",
        "Marcus Whitfield",
        "Whitfield",
    ),
    ("I just grabbed the kids and ran. I didn't even get my shoes,", "Keisha Daniels", "Daniels"),
    (
        "Everything we have is in there, but my babies are OK. That's all that matters.",
        "Keisha Daniels",
        "Daniels",
    ),
    (
        "It went up so fast. Like, within a minute the whole back porch was on fire,",
        "Ray Gutierrez",
        "Gutierrez",
    ),
    (
        "We give out free smoke alarms to anyone in the city who needs one. All you have to do is call,",
        "Dana Kowalski",
        "fire department spokesperson Lt. Dana Kowalski",
    ),
    (
        "It is the cheapest life insurance you will ever get.",
        "Dana Kowalski",
        "fire department spokesperson Lt. Dana Kowalski",
    ),
)


CASES: dict[str, tuple[str, Gold]] = {
    "rte_housing": (RTE_HOUSING, RTE_HOUSING_GOLD),
    "scottish_holyrood": (SCOTTISH_HOLYROOD, SCOTTISH_HOLYROOD_GOLD),
    "cp_premier": (CP_PREMIER, CP_PREMIER_GOLD),
    "rnz_water": (RNZ_WATER, RNZ_WATER_GOLD),
    "news24_eskom": (NEWS24_ESKOM, NEWS24_ESKOM_GOLD),
    "nigeria_fuel": (NIGERIA_FUEL, NIGERIA_FUEL_GOLD),
    "kenya_nation": (KENYA_NATION, KENYA_NATION_GOLD),
    "dawn_karachi": (DAWN_KARACHI, DAWN_KARACHI_GOLD),
    "straits_hawkers": (STRAITS_HAWKERS, STRAITS_HAWKERS_GOLD),
    "inquirer_rice": (INQUIRER_RICE, INQUIRER_RICE_GOLD),
    "aljazeera_summit": (ALJAZEERA_SUMMIT, ALJAZEERA_SUMMIT_GOLD),
    "local_tv_fire": (LOCAL_TV_FIRE, LOCAL_TV_FIRE_GOLD),
}

#: ``Speaker.role`` of the speaker of a quote, where the role matters.
ROLES: dict[tuple[str, str], str] = {}

#: Stories whose remaining errors no general rule fixes yet, with the reason
#: (the test fails if they start passing).
KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize("name", story_names(CASES, KNOWN_FAILURES))
def test_region_story(name: str) -> None:
    text, gold = CASES[name]
    assert 350 <= len(text.split()) <= 700
    check_story(name, text, gold, ROLES)


@pytest.mark.parametrize(
    ("text", "quote", "name", "mention"),
    [
        # "the statement read" after one who "said in a statement" is theirs
        (
            "Fuel scarcity\n\n"
            "Its spokesperson, Mrs Ngozi Eze, said in a statement that the company was "
            '"working with all stakeholders."\n\n'
            '"There is no need for panic buying," the statement read.',
            "There is no need for panic buying,",
            "Ngozi Eze",
            "the statement",
        ),
        # a role's initials: "the CS" is the Cabinet Secretary
        (
            "Counties\n\n"
            "Governors wrote to Treasury Cabinet Secretary Peter Mutua twice.\n\n"
            '"The money will be released," the CS told senators.',
            "The money will be released,",
            "Peter Mutua",
            "the CS",
        ),
        # an occupation in capitals before a name opening its sentence
        (
            "Hawker rents\n\n"
            "Hawker Chua Bee Lian, 71, has sold kaya toast for 40 years.\n\n"
            '"Now at least it is fair," said Madam Chua.',
            "Now at least it is fair,",
            "Chua Bee Lian",
            "Madam Chua",
        ),
        # an office the lede names alone, the name in the paragraph after it
        (
            "Ferry delays\n\nScotland's First Minister has apologised to islanders.\n\n"
            'Speaking at Holyrood, Eilidh Matheson said the delay was "unacceptable".\n\n'
            '"I am sorry," the First Minister said.',
            "I am sorry,",
            "Eilidh Matheson",
            "the First Minister",
        ),
        # ... but not a resident described there
        (
            "Floods\n\nBritain's Prime Minister has promised help to flooded towns.\n\n"
            'In Selby, Jo Lind, 64, a retired nurse, said she had lost "everything".\n\n'
            '"We will rebuild," the Prime Minister said.',
            "We will rebuild,",
            "the Prime Minister",
            "the Prime Minister",
        ),
        # "the spokesperson" is the one its paragraph described, not one named before
        (
            "Fire\n\n"
            "The party's justice spokesperson, Niamh Keane, said the law had to change.\n\n"
            "A Garda spokesperson said the fire started at 2am. "
            '"Inquiries are ongoing," the spokesperson said.',
            "Inquiries are ongoing,",
            "A Garda spokesperson",
            "the spokesperson",
        ),
        # two portfolios of one office joined by "and the"
        (
            "Hawker rents\n\n"
            "Minister for Sustainability and the Environment Koh Boon Hwee said the rents "
            'would give hawkers "more certainty".',
            "more certainty",
            "Koh Boon Hwee",
            "Minister for Sustainability and the Environment Koh Boon Hwee",
        ),
        # an armed body named as "Forces" is named without its article
        (
            "Talks resume\n\n"
            'The Rapid Support Forces (RSF) said it had "engaged positively" with mediators.',
            "engaged positively",
            "Rapid Support Forces",
            "The Rapid Support Forces",
        ),
        # a surname with two particles, set off after a role and then alone
        (
            "Power cuts\n\n"
            "The party's energy spokesperson, Annelie van der Merwe, said the recovery was "
            '"oversold".\n\n'
            '"The minister took the credit," Van der Merwe said.',
            "The minister took the credit,",
            "Annelie van der Merwe",
            "Van der Merwe",
        ),
        # a surname with its Arabic article in lower case, set off and then alone
        (
            "Talks resume\n\n"
            "A member of the army's delegation, General Ibrahim al-Tayeb, said it would "
            'reject any deal that "rewards rebels".\n\n'
            '"We are studying the text," al-Tayeb told reporters.',
            "We are studying the text,",
            "Ibrahim al-Tayeb",
            "al-Tayeb",
        ),
        # an office in capitals after its owner names the one set off after it
        (
            "Talks resume\n\n"
            "Oman's Minister for Foreign Affairs, Salim Darwish, said the plan was "
            '"a real chance".',
            "a real chance",
            "Salim Darwish",
            "Oman's Minister for Foreign Affairs",
        ),
        # a Gaelic surname of several words, after the full name
        (
            "Housing\n\n"
            "The party's housing spokesperson, Cian Mac Giolla Bhríde TD, said the State "
            "should build.\n\n"
            '"The market has had its chance," Deputy Mac Giolla Bhríde said.',
            "The market has had its chance,",
            "Cian Mac Giolla Bhríde",
            "Deputy Mac Giolla Bhríde",
        ),
    ],
)
def test_region_form(text: str, quote: str, name: str, mention: str) -> None:
    found = [q for q in parse_article(text).quotes if q.text == quote]
    assert len(found) == 1
    speaker = found[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.mention) == (name, mention)


def test_a_body_led_by_a_named_person_speaks_through_them() -> None:
    # "A bench headed by Justice X remarked that ... '...'": the cue's own subject,
    # not the speaker of the paragraph before; the one who leads it speaks for it
    text = (
        "Water crisis\n\n"
        '"Those who ran this city are lecturing us," Mr Soomro said.\n\n'
        "A two-member bench headed by Justice Sana Qureshi remarked that the tanker "
        'mafia "cannot flourish without patronage".'
    )
    speakers = {q.text: q.speaker for q in parse_article(text).quotes}
    speaker = speakers["cannot flourish without patronage"]
    assert speaker is not None
    assert (speaker.name, speaker.mention) == ("Sana Qureshi", "Justice Sana Qureshi")
