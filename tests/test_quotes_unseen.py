"""Quotes and speakers in invented news stories of the kinds newsstruct meets unseen.

Every story here is invented (names, places, figures and words; no real story
is copied) in the house style of one kind of outlet in 2024-2026: wire
services, national papers, political and trade press, local papers.  They are
rich in hard attribution: speakers alternating, follow-up questions, posts and
statements, filings and testimony, paraphrase running into partial quotes,
long appositives, pronouns and role nouns across paragraphs, two people with
one surname, split and multi-paragraph quotes, nested quotes, titles and
scare quotes that are no quotes, and anonymous sources.  The gold is every
quote of :attr:`Article.quotes` in text order with its speaker's name and
mention; the roles in :data:`ROLES` where a role matters.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pytest

from newsstruct import parse_article

#: (``Quote.text``, ``Speaker.name``, ``Speaker.mention``) of every quote, in text order.
Gold = tuple[tuple[str, str, str], ...]

AP_HEARING = """WASHINGTON (AP) — Senate Democrats pressed the nation's top immigration official on Tuesday over a surge in detention costs, while Republicans accused the administration of hiding the true numbers.

Homeland Security Secretary Daniel Okafor, who took over the department in March after a bruising confirmation fight, told the Senate Judiciary Committee that the agency had "no choice" but to expand capacity.

"We are operating at 140% of funded beds," Okafor said. "That is not sustainable, and I will not pretend otherwise."

Sen. Ruth Calloway, a Vermont Democrat, asked him whether the department had signed contracts it could not pay for.

"Have you obligated money that Congress never appropriated?" she asked.

"No, senator," Okafor replied. "Every contract has been reviewed by our lawyers."

Calloway was not satisfied. "Reviewed is not the same as lawful," she said.

Sen. Grant Holloway, R-Okla., said the hearing was "political theater" and defended the secretary. The real problem, Holloway said, was that the previous administration "left the cupboard bare."

Holloway's cousin, Rep. Dana Holloway, a Republican from Texas who sits on the House Appropriations Committee, said later that her panel would hold its own hearing next month.

"We are going to follow the money," Dana Holloway told reporters outside the Capitol. "All of it."

The department did not respond to a request for comment on the contracts. A spokesperson for Calloway said the senator would seek an inspector general review.
"""

AP_HEARING_GOLD: Gold = (
    ("no choice", "Daniel Okafor", "Homeland Security Secretary Daniel Okafor"),
    ("We are operating at 140% of funded beds,", "Daniel Okafor", "Okafor"),
    ("That is not sustainable, and I will not pretend otherwise.", "Daniel Okafor", "Okafor"),
    ("Have you obligated money that Congress never appropriated?", "Ruth Calloway", "she"),
    ("No, senator,", "Daniel Okafor", "Okafor"),
    ("Every contract has been reviewed by our lawyers.", "Daniel Okafor", "Okafor"),
    ("Reviewed is not the same as lawful,", "Ruth Calloway", "she"),
    ("political theater", "Grant Holloway", "Sen. Grant Holloway"),
    ("left the cupboard bare.", "Grant Holloway", "Holloway"),
    ("We are going to follow the money,", "Dana Holloway", "Dana Holloway"),
    ("All of it.", "Dana Holloway", "Dana Holloway"),
)
REUTERS_FILING = """By Priya Natarajan

NEW YORK, March 4 (Reuters) - Harbor Freight Lines is exploring a sale of its cold-storage unit that could value the business at more than $3 billion, according to three people familiar with the matter.

The trucking company has hired Lazard to run the process and has held early talks with at least two private equity firms, the sources said, asking not to be identified because the discussions are confidential.

"There is a lot of interest, but nothing is close," one of the people said.

Harbor Freight declined to comment. In a filing with the Securities and Exchange Commission last month, the company said it was "evaluating strategic alternatives" for parts of its portfolio.

Chief Executive Officer Lorna Vance told analysts on an earnings call in February that the cold-storage business was "a great asset that may be worth more to someone else."

Analysts at Morgan Stanley wrote in a note to clients on Monday that a sale would "simplify the story" for investors.

Shares of Harbor Freight rose 6% in afternoon trading.

(Reporting by Priya Natarajan in New York; Editing by Tom Heller)
"""

REUTERS_FILING_GOLD: Gold = (
    ("There is a lot of interest, but nothing is close,", "one of the people", "one of the people"),
    ("evaluating strategic alternatives", "the company", "the company"),
    (
        "a great asset that may be worth more to someone else.",
        "Lorna Vance",
        "Chief Executive Officer Lorna Vance",
    ),
    ("simplify the story", "Morgan Stanley", "Analysts at Morgan Stanley"),
)

POLITICO_POSTS = """Hutchins turns on Senate leader over stalled nominees

By Elena Marsh

Former Rep. Dale Hutchins lashed out at Senate Majority Leader Kevin Strand on Sunday night, accusing him of "sitting on his hands" while dozens of nominees wait for votes.

"Kevin Strand is a weak and ineffective leader who should step aside!!!" Hutchins wrote in a post on Truth Social shortly before midnight.

Strand did not respond directly. But his spokesperson, Megan Tully, said in a statement posted to X on Monday morning that the leader "has confirmed more nominees in six months than his predecessor did in a year."

"The numbers speak for themselves," Tully added.

Other Republicans were less restrained. Sen. Bill Harker of Montana, a longtime Strand ally, wrote on X that the attacks were "beneath a former congressman." Hours later he deleted the post.

Asked about the deletion on Monday, Harker told Politico he had "made my point" and did not want to "pour gasoline on a fire."

A senior Senate GOP aide, granted anonymity to speak candidly about private conversations, said the leader was "frustrated but not surprised."

"He knew this was coming," the aide said. "Everybody did."
"""

POLITICO_POSTS_GOLD: Gold = (
    ("sitting on his hands", "Dale Hutchins", "Former Rep. Dale Hutchins"),
    (
        "Kevin Strand is a weak and ineffective leader who should step aside!!!",
        "Dale Hutchins",
        "Hutchins",
    ),
    (
        "has confirmed more nominees in six months than his predecessor did in a year.",
        "Megan Tully",
        "his spokesperson",
    ),
    ("The numbers speak for themselves,", "Megan Tully", "Tully"),
    ("beneath a former congressman.", "Bill Harker", "Sen. Bill Harker of Montana"),
    ("made my point", "Bill Harker", "Harker"),
    ("pour gasoline on a fire.", "Bill Harker", "Harker"),
    ("frustrated but not surprised.", "A senior Senate GOP aide", "A senior Senate GOP aide"),
    ("He knew this was coming,", "A senior Senate GOP aide", "the aide"),
    ("Everybody did.", "A senior Senate GOP aide", "the aide"),
)

COURT_TESTIMONY = """By Sam Redding | The Columbus Dispatch

A former city purchasing manager told jurors Wednesday that he accepted cash from a paving contractor for nearly three years, in testimony that prosecutors called the heart of their bribery case.

Gary Lindqvist, 58, who pleaded guilty last year and is cooperating with the government, testified that Rocco Abate handed him envelopes of $5,000 "every couple of months" in the parking lot of a diner on the city's west side.

"I knew it was wrong," Lindqvist said on the stand. "I told myself it was a loan."

According to the indictment, Abate's company won $41 million in city contracts between 2019 and 2022. Prosecutors allege that Abate "used bribes as a cost of doing business."

Under cross-examination, defense attorney Natalie Fry asked Lindqvist whether he had ever put the payments in writing.

"You have no records, no texts, nothing?" Fry asked.

"No," he said. "That was the point."

Fry told reporters after the hearing that the government's case "rests entirely on the word of a confessed thief."

U.S. District Judge Harold Pike adjourned the trial until Thursday, when an FBI agent is expected to testify.
"""

COURT_TESTIMONY_GOLD: Gold = (
    ("every couple of months", "Gary Lindqvist", "Gary Lindqvist"),
    ("I knew it was wrong,", "Gary Lindqvist", "Lindqvist"),
    ("I told myself it was a loan.", "Gary Lindqvist", "Lindqvist"),
    ("used bribes as a cost of doing business.", "Prosecutors", "Prosecutors"),
    ("You have no records, no texts, nothing?", "Natalie Fry", "Fry"),
    ("No,", "Gary Lindqvist", "he"),
    ("That was the point.", "Gary Lindqvist", "he"),
    ("rests entirely on the word of a confessed thief.", "Natalie Fry", "Fry"),
)

GUARDIAN_MULTI = """Nurses vote to strike as pay talks collapse

Thousands of nurses in England will walk out next month after talks with the government broke down

Helen Rowe Health correspondent

Nurses across England have voted overwhelmingly to strike after the government refused to improve its pay offer, the Royal College of Nursing has said.

The union's general secretary, Nicola Breen, said members had been "pushed to the brink" by years of real-terms cuts.

"Nobody goes into nursing to go on strike. Our members have been patient for a very long time.

"But patience is not a pay policy, and ministers have run out of road. If they want to avoid disruption, the door is open."

The health secretary, Victoria Lang, said the offer was "fair and final" and urged the union to reconsider.

"I understand the frustration," she told the BBC's Today programme. "But we have to balance this against what the country can afford."

A Department of Health spokesperson said contingency plans were in place. Labour's shadow health secretary, Imran Qadir, said the strike was "a damning verdict on this government's record".
"""

GUARDIAN_MULTI_GOLD: Gold = (
    ("pushed to the brink", "Nicola Breen", "The union's general secretary"),
    (
        "Nobody goes into nursing to go on strike. Our members have been patient for a very long time.",
        "Nicola Breen",
        "The union's general secretary",
    ),
    (
        "But patience is not a pay policy, and ministers have run out of road. If they want to avoid disruption, the door is open.",
        "Nicola Breen",
        "The union's general secretary",
    ),
    ("fair and final", "Victoria Lang", "The health secretary"),
    ("I understand the frustration,", "Victoria Lang", "she"),
    ("But we have to balance this against what the country can afford.", "Victoria Lang", "she"),
    (
        "a damning verdict on this government's record",
        "Imran Qadir",
        "Labour's shadow health secretary",
    ),
)

BLOOMBERG_INTERVIEW = """Fed's Amari Says Rate Cuts Can Wait Until Inflation 'Clearly' Cools

By Jonah Whitley

(Bloomberg) -- Federal Reserve Governor Lisa Amari said policymakers can afford to be patient before lowering interest rates, signaling she is in no hurry to follow other central banks.

"I don't see a need to move quickly," Amari said in an interview with Bloomberg Television on Thursday. "The labor market is solid, and inflation is still above where we want it."

Amari, who joined the Fed board in 2024 after a decade at the Treasury Department, said she wanted to see "several more months" of good inflation data.

Asked whether the central bank risked waiting too long, she said: "That is always the risk. But the cost of cutting too early and having to reverse course would be higher."

Her comments contrast with those of Chicago Fed President Martin Ellery, who said last week that the case for a cut in June was "getting stronger." Ellery is not a voter on the rate-setting committee this year.

Treasury yields edged higher after the interview.
"""

BLOOMBERG_INTERVIEW_GOLD: Gold = (
    ("I don't see a need to move quickly,", "Lisa Amari", "Amari"),
    (
        "The labor market is solid, and inflation is still above where we want it.",
        "Lisa Amari",
        "Amari",
    ),
    ("several more months", "Lisa Amari", "Amari"),
    (
        "That is always the risk. But the cost of cutting too early and having to reverse course would be higher.",
        "Lisa Amari",
        "she",
    ),
    ("getting stronger.", "Martin Ellery", "who"),
)
NYT_HONORIFICS = """Inside a Family Feud Over a Storied Vineyard

The Harlan siblings built one of Napa Valley's best-known wineries. Now they are fighting over who gets to keep it.

By Claire Dubois

ST. HELENA, Calif. — For four decades, the Harlan name has been stamped on some of the most expensive bottles in California. Now it is stamped on a lawsuit.

Thomas Harlan, 71, the winery's founder, sued his younger sister, Margaret Harlan, last month, accusing her of using her seat on the board to "seize control of a company she never built." Ms. Harlan, 66, denies the claim.

"My brother has always believed that the winery is him," Ms. Harlan said in an interview at her home above the vineyard. "It isn't. It's all of us."

Mr. Harlan declined to be interviewed but issued a statement through his lawyer, Ben Okonkwo. "Tom is heartbroken that it has come to this," Mr. Okonkwo said. "But he will not stand by while the family legacy is taken apart."

Employees said the tension had been building for years. One longtime cellar worker, who asked not to be named for fear of losing her job, said the siblings "stopped speaking at harvest in 2022."

The case is scheduled for a hearing in Napa County Superior Court in May.
"""

NYT_HONORIFICS_GOLD: Gold = (
    ("seize control of a company she never built.", "Thomas Harlan", "Thomas Harlan"),
    ("My brother has always believed that the winery is him,", "Margaret Harlan", "Ms. Harlan"),
    ("It isn't. It's all of us.", "Margaret Harlan", "Ms. Harlan"),
    ("Tom is heartbroken that it has come to this,", "Ben Okonkwo", "Mr. Okonkwo"),
    (
        "But he will not stand by while the family legacy is taken apart.",
        "Ben Okonkwo",
        "Mr. Okonkwo",
    ),
    (
        "stopped speaking at harvest in 2022.",
        "One longtime cellar worker",
        "One longtime cellar worker",
    ),
)

WAPO_NESTED = """The mayor's 'sanctuary' order survived a court fight. Now comes the budget.

By Keisha Norwood

A D.C. Superior Court judge on Friday upheld Mayor Angela Brooks's executive order limiting cooperation with federal immigration agents, handing the mayor a win in a fight that has consumed her second term.

In a 34-page ruling, Judge Samuel Orr wrote that the order fell "well within the mayor's authority" and rejected the argument that it conflicted with federal law.

Brooks celebrated the decision at an afternoon news conference. "When they told me, 'You can't do this,' I said, 'Watch me,'" she said. "Today a judge agreed."

Council member Phil Darrow, who brought the challenge along with two other members, said he would appeal. "This order makes the District less safe, and I will keep fighting it," Darrow said.

Some residents have called the measure the "Brooks shield." The mayor's office has avoided that phrase and refers to it as the Community Trust Order.

The fight now moves to the budget. The D.C. Council's finance chair, Yolanda Pierce, said in an interview that paying for the order's legal defense "is going to be a hard conversation."
"""

WAPO_NESTED_GOLD: Gold = (
    ("well within the mayor's authority", "Samuel Orr", "Judge Samuel Orr"),
    ("When they told me, 'You can't do this,' I said, 'Watch me,'", "Angela Brooks", "she"),
    ("Today a judge agreed.", "Angela Brooks", "she"),
    (
        "This order makes the District less safe, and I will keep fighting it,",
        "Phil Darrow",
        "Darrow",
    ),
    ("Brooks shield.", "Some residents", "Some residents"),
    ("is going to be a hard conversation.", "Yolanda Pierce", "The D.C. Council's finance chair"),
)

AFP_SPLIT = """Kenya protests: police fire tear gas as anger over tax bill grows

NAIROBI, June 20 (AFP) - Kenyan police fired tear gas at thousands of protesters in Nairobi on Thursday as anger grew over a finance bill that would raise taxes on bread, fuel and mobile money.

"We are tired," said Amos Kiprop, a 24-year-old student who joined the march near parliament. "We are tired of paying for their mistakes."

Interior minister Grace Wanjiru told reporters the demonstrations had been "infiltrated by criminals", but insisted that the right to protest would be respected.

"Nobody," she said, "will be arrested for expressing an opinion peacefully."

Rights groups disputed that account. "We have documented at least 40 arrests today alone," Amnesty International Kenya director Joseph Mutua told AFP.

The bill is due for a final vote next week. Finance minister Peter Otieno has said it is needed to cut the country's debt, which he described as "a burden on our children".
"""

AFP_SPLIT_GOLD: Gold = (
    ("We are tired,", "Amos Kiprop", "Amos Kiprop"),
    ("We are tired of paying for their mistakes.", "Amos Kiprop", "Amos Kiprop"),
    ("infiltrated by criminals", "Grace Wanjiru", "Grace Wanjiru"),
    ("Nobody,", "Grace Wanjiru", "she"),
    ("will be arrested for expressing an opinion peacefully.", "Grace Wanjiru", "she"),
    ("We have documented at least 40 arrests today alone,", "Joseph Mutua", "Joseph Mutua"),
    ("a burden on our children", "Peter Otieno", "he"),
)

TRADE_PRESS = """Supply Chain Dive

Retailers brace for port slowdown as labor talks stall

By Marcus Feld

Retailers are rerouting cargo away from East Coast ports ahead of a possible strike by dockworkers, according to shippers and logistics executives.

"We've moved about a third of our holiday volume to the West Coast," said Dana Ruiz, chief executive of Northpoint Logistics, a freight forwarder based in Atlanta. "Nobody wants to be caught with containers sitting on a ship off Savannah."

The National Retail Federation urged both sides to return to the table. "A strike of even a week would take months to unwind," the group's vice president for supply chain, Alan Brisco, said in a statement.

The union has said its members are prepared to walk out when the contract expires. Its president, Harold Dorsey Jr., told members in a video message that the employers were "sitting on record profits."

The employers' group, the U.S. Maritime Alliance, said it had made "a fair offer that respects the workforce."
"""

TRADE_PRESS_GOLD: Gold = (
    (
        "We've moved about a third of our holiday volume to the West Coast,",
        "Dana Ruiz",
        "Dana Ruiz",
    ),
    (
        "Nobody wants to be caught with containers sitting on a ship off Savannah.",
        "Dana Ruiz",
        "Dana Ruiz",
    ),
    (
        "A strike of even a week would take months to unwind,",
        "Alan Brisco",
        "the group's vice president for supply chain",
    ),
    ("sitting on record profits.", "Harold Dorsey", "Its president"),
    ("a fair offer that respects the workforce.", "U.S. Maritime Alliance", "employers' group"),
)
SCARE_TITLES = """Streaming giant bets big on true crime

By Lena Ortiz, Variety

LOS ANGELES — Streamline has ordered a second season of "The Vanishing at Cedar Falls," its most-watched documentary series, and a new drama from the creators of "Small Hours."

The company's head of content, Rafael Mendes, said the first season had been viewed by 41 million households in its first month. "True crime is not a fad for us," Mendes said. "It is a pillar."

The series, which follows the so-called "Cedar Falls Five," drew criticism from relatives of the victims, who called it exploitative. Streamline has defended the show as "careful and respectful."

Critics have also questioned the company's "viewer-first" strategy, a phrase executives repeat at every earnings call. Analysts at the firm MoffettNathanson called it "a slogan, not a plan."

The new drama, titled "Northern Lights," begins filming in Vancouver this spring.
"""

SCARE_TITLES_GOLD: Gold = (
    ("True crime is not a fad for us,", "Rafael Mendes", "Mendes"),
    ("It is a pillar.", "Rafael Mendes", "Mendes"),
    ("careful and respectful.", "Streamline", "Streamline"),
    ("a slogan, not a plan.", "MoffettNathanson", "MoffettNathanson"),
)

BBC_POSTS = """Flooding: Residents told to leave homes as river bursts banks

By Tom Ashworth, BBC News, North West

Hundreds of people have been told to leave their homes after the River Ribble burst its banks following two days of heavy rain.

The Environment Agency issued a severe flood warning, meaning there is a danger to life, for parts of Preston and Ribchester.

Lancashire Fire and Rescue said crews had rescued 23 people from flooded properties overnight. In a post on Facebook, the service said: "Please do not attempt to drive through flood water. It only takes 30cm to float a car."

Local councillor Amina Shah said residents were "frightened and exhausted".

"Some of these families were flooded four years ago and they had only just got back on their feet," she said.

Environment Secretary Mark Ellison, who visited the area on Sunday afternoon, said the government would "stand with the people of Lancashire".

Posting on X, the Met Office said further rain was expected on Monday, adding: "Rivers will remain high for several days."
"""

BBC_POSTS_GOLD: Gold = (
    (
        "Please do not attempt to drive through flood water. It only takes 30cm to float a car.",
        "the service",
        "the service",
    ),
    ("frightened and exhausted", "Amina Shah", "Amina Shah"),
    (
        "Some of these families were flooded four years ago and they had only just got back on their feet,",
        "Amina Shah",
        "she",
    ),
    ("stand with the people of Lancashire", "Mark Ellison", "Environment Secretary Mark Ellison"),
    ("Rivers will remain high for several days.", "Met Office", "the Met Office"),
)

LOCAL_COUNCIL = """Council delays vote on downtown parking garage

By Jenny Alvarez
Staff Writer

The Millbrook City Council on Monday postponed a vote on a $22 million downtown parking garage after more than two hours of public comment, most of it against the project.

Council President Raymond Tate, who has backed the garage since it was first proposed in 2023, said the delay would give staff time to answer residents' questions.

"I'd rather get this right than get it fast," Tate said.

Councilwoman Beth Kowalski, the project's most vocal opponent, was blunt. "This is a garage nobody asked for, paid for with money we don't have," she said.

Kowalski's husband, Dr. Paul Kowalski, a dentist whose practice is on Main Street, spoke during public comment in favor of the garage, drawing laughter from the audience.

"My patients can't find a place to park," Paul Kowalski said. "I love my wife, but she's wrong on this one."

City Manager Olivia Greer said staff would return with a revised financing plan in April. Asked whether the project could be scaled back, Greer said, "Everything is on the table."

Resident Hank Dunlap, 74, said he had lived downtown for 40 years. "We don't need more concrete," he said. "We need more trees."
"""

LOCAL_COUNCIL_GOLD: Gold = (
    ("I'd rather get this right than get it fast,", "Raymond Tate", "Tate"),
    (
        "This is a garage nobody asked for, paid for with money we don't have,",
        "Beth Kowalski",
        "she",
    ),
    ("My patients can't find a place to park,", "Paul Kowalski", "Paul Kowalski"),
    ("I love my wife, but she's wrong on this one.", "Paul Kowalski", "Paul Kowalski"),
    ("Everything is on the table.", "Olivia Greer", "Greer"),
    ("We don't need more concrete,", "Hank Dunlap", "he"),
    ("We need more trees.", "Hank Dunlap", "he"),
)

AP_PRESSER = """NEW YORK (AP) — Yankees manager Nate Ferris said Tuesday that ace Jalen Cutter will miss at least six weeks with elbow inflammation, a blow to a rotation already missing two starters.

"It's a gut punch, no doubt about it," Ferris said before the Yankees played the Blue Jays. "But we've got guys in that room who can step up."

Cutter, who won the AL Cy Young Award in 2023, said he felt discomfort during a bullpen session on Sunday.

"I didn't feel right, and I've learned to listen to my body," Cutter said. "I'm not going to force it."

Asked whether surgery had been discussed, Cutter said, "Not at this point." He added that he had sought a second opinion from Dr. Alan Roth in Los Angeles.

General manager Brian Kessler told reporters the team would look at "all options" before the trade deadline. He declined to name any targets.

"We're not going to panic," Kessler said.
"""

AP_PRESSER_GOLD: Gold = (
    ("It's a gut punch, no doubt about it,", "Nate Ferris", "Ferris"),
    ("But we've got guys in that room who can step up.", "Nate Ferris", "Ferris"),
    ("I didn't feel right, and I've learned to listen to my body,", "Jalen Cutter", "Cutter"),
    ("I'm not going to force it.", "Jalen Cutter", "Cutter"),
    ("Not at this point.", "Jalen Cutter", "Cutter"),
    ("all options", "Brian Kessler", "Brian Kessler"),
    ("We're not going to panic,", "Brian Kessler", "Kessler"),
)
REUTERS_OFFICIALS = """EXCLUSIVE-U.S. weighs new curbs on chip equipment exports to China, sources say

By Alicia Brandt and Kenji Mori

WASHINGTON, Jan 14 (Reuters) - The Biden administration is weighing new restrictions on sales of chipmaking equipment to China that would cover older machines for the first time, two U.S. officials and a person briefed on the matter said.

The rules, which are still being drafted, could be published as soon as next month, the officials said, speaking on condition of anonymity because the deliberations are private.

"The goal is to close the gaps that Chinese firms have been driving trucks through," one of the officials said.

The Commerce Department, which oversees export controls, declined to comment. A spokesperson for the Chinese embassy in Washington, Liu Peng, said Beijing "firmly opposes" the measures.

"The U.S. side should stop abusing the concept of national security," Liu said in an emailed statement.

Shares of equipment makers fell on the report. An industry executive, who declined to be named because he was not authorized to speak publicly, said companies had been "bracing for this for months."
"""

REUTERS_OFFICIALS_GOLD: Gold = (
    (
        "The goal is to close the gaps that Chinese firms have been driving trucks through,",
        "one of the officials",
        "one of the officials",
    ),
    ("firmly opposes", "Liu Peng", "A spokesperson for the Chinese embassy in Washington"),
    ("The U.S. side should stop abusing the concept of national security,", "Liu Peng", "Liu"),
    ("bracing for this for months.", "An industry executive", "An industry executive"),
)

PRONOUN_CHAIN = """Governor signs bill expanding child tax credit

By Marisol Vega, Arizona Republic

PHOENIX — Gov. Teresa Whitman on Thursday signed a bill that doubles the state's child tax credit for low-income families, a measure she had made the centerpiece of her re-election campaign.

The governor, flanked by parents and children at a Phoenix elementary school, called the law "the single biggest tax cut for working families in a generation."

"Every parent in this state knows what groceries cost now," she said. "This is real money in their pockets."

The bill passed the Republican-controlled Legislature with bipartisan support after months of negotiations. Senate President Warren Pruitt, a Republican from Lake Havasu City, said he had pushed to include a cap on the credit for higher earners.

"We got a good deal for taxpayers," the senator said. "The governor didn't get everything she wanted, and neither did we."

Whitman acknowledged that. "That's how it's supposed to work," she said.

The Arizona Chamber of Commerce had opposed earlier versions of the bill. The group said Thursday it was "pleased that lawmakers listened to our concerns."
"""

PRONOUN_CHAIN_GOLD: Gold = (
    (
        "the single biggest tax cut for working families in a generation.",
        "Teresa Whitman",
        "The governor",
    ),
    ("Every parent in this state knows what groceries cost now,", "Teresa Whitman", "she"),
    ("This is real money in their pockets.", "Teresa Whitman", "she"),
    ("We got a good deal for taxpayers,", "Warren Pruitt", "the senator"),
    (
        "The governor didn't get everything she wanted, and neither did we.",
        "Warren Pruitt",
        "the senator",
    ),
    ("That's how it's supposed to work,", "Teresa Whitman", "she"),
    ("pleased that lawmakers listened to our concerns.", "The group", "The group"),
)

COLON_PREV = """Airline apologizes after holiday meltdown strands thousands

By Derek Olsen, USA TODAY

SkyWest Atlantic's chief executive apologized Monday to customers whose holiday travel was wrecked by a week of cancellations, promising refunds and travel vouchers.

In a video posted to the airline's website, CEO Martina Kroll said:

"We let you down. There is no other way to say it. Our systems failed at the worst possible time, and we are going to make it right."

Transportation Secretary Paul Mercer was not impressed. He said the department would investigate whether the airline had sold tickets for flights it "knew it could not staff."

"An apology is a start," Mercer said in a statement. "It is not a remedy."

Consumer advocates went further. Graham Teller, senior fellow for aviation at the American Economic Liberties Project, called for fines. "Nothing changes until it costs them money," he said.
"""

COLON_PREV_GOLD: Gold = (
    (
        "We let you down. There is no other way to say it. Our systems failed at the worst possible time, and we are going to make it right.",
        "Martina Kroll",
        "CEO Martina Kroll",
    ),
    ("knew it could not staff.", "Paul Mercer", "He"),
    ("An apology is a start,", "Paul Mercer", "Mercer"),
    ("It is not a remedy.", "Paul Mercer", "Mercer"),
    ("Nothing changes until it costs them money,", "Graham Teller", "he"),
)

INVERTED_SAID = """Storm-battered town weighs whether to rebuild on the coast

By Hannah Cutter, The Post and Courier

EDISTO BEACH, S.C. — Three months after Hurricane Delia tore through this island town, residents are split on whether to rebuild the oceanfront homes that washed away.

"I was born here and I'm going to die here," said Clarence Mobley, 81, standing on the slab where his house once stood.

"It's not about what we want anymore," said his neighbor, Ruth Ann Carver, a retired teacher. "It's about what the insurance companies will let us do."

The town's mayor, Crystal Hutto, said the council would vote next month on stricter building rules. "We are not going to tell anybody they can't come home," Hutto said. "But we are going to ask them to come home smarter."

According to the state's Office of Resilience, more than 400 homes were destroyed or badly damaged. "This is the new normal for the coast," said Ben Duncan, the office's chief resilience officer.

Not everyone agrees. "New normal, old normal, I don't care," Mobley said. "This is home."
"""

INVERTED_SAID_GOLD: Gold = (
    ("I was born here and I'm going to die here,", "Clarence Mobley", "Clarence Mobley"),
    ("It's not about what we want anymore,", "Ruth Ann Carver", "his neighbor"),
    ("It's about what the insurance companies will let us do.", "Ruth Ann Carver", "his neighbor"),
    ("We are not going to tell anybody they can't come home,", "Crystal Hutto", "Hutto"),
    ("But we are going to ask them to come home smarter.", "Crystal Hutto", "Hutto"),
    ("This is the new normal for the coast,", "Ben Duncan", "Ben Duncan"),
    ("New normal, old normal, I don't care,", "Clarence Mobley", "Mobley"),
    ("This is home.", "Clarence Mobley", "Mobley"),
)
CABLE_INTERVIEW = """Sen. Corbin: 'We Will Not Fund a Blank Check'

by Jack Rowley

Sen. Lyle Corbin (R-WY) said Sunday that Republicans would block any new foreign aid package that did not include "serious oversight" of how the money is spent.

Appearing on Fox News's "Sunday Morning Futures," Corbin said the administration had "lost track of billions of dollars" sent overseas.

"We will not fund a blank check," Corbin told host Dana Whitcomb. "The American people deserve to know where their money goes."

Corbin also took aim at Senate Democrats, saying they had "rubber-stamped" every request the White House made.

In a statement to Breitbart News, a spokesman for Corbin, Eli Sanders, said the senator would introduce an amendment requiring quarterly audits. "He is serious about this," Sanders said.
"""

CABLE_INTERVIEW_GOLD: Gold = (
    ("serious oversight", "Lyle Corbin", "Sen. Lyle Corbin"),
    ("lost track of billions of dollars", "Lyle Corbin", "Corbin"),
    ("We will not fund a blank check,", "Lyle Corbin", "Corbin"),
    ("The American people deserve to know where their money goes.", "Lyle Corbin", "Corbin"),
    ("rubber-stamped", "Lyle Corbin", "Corbin"),
    ("He is serious about this,", "Eli Sanders", "Sanders"),
)

HUFFPOST_STATEMENT = """House Democrat Demands Answers On Veterans' Clinic Closures

By Ariel Simmons

Rep. Nadia Farouk (D-Mich.) is demanding that the Department of Veterans Affairs explain why it plans to close four rural clinics in her district, calling the decision "a betrayal of the people who served."

"These veterans already drive an hour to see a doctor," Farouk said in a statement to HuffPost. "Now the VA wants to make it two."

In a letter sent Tuesday to VA Secretary Douglas Kerr, Farouk asked for the data the department used to justify the closures. She wrote that local veterans had been given "no warning and no alternatives."

A VA spokesperson, Terrence Hale, said the clinics had low patient numbers and that veterans would be "seamlessly transitioned" to community care.

Veterans in the district were skeptical. "Seamless for who?" asked Leon Tibbs, a Vietnam veteran who uses the clinic in Alpena. "Not for me."
"""

HUFFPOST_STATEMENT_GOLD: Gold = (
    ("a betrayal of the people who served.", "Nadia Farouk", "Rep. Nadia Farouk"),
    ("These veterans already drive an hour to see a doctor,", "Nadia Farouk", "Farouk"),
    ("Now the VA wants to make it two.", "Nadia Farouk", "Farouk"),
    ("no warning and no alternatives.", "Nadia Farouk", "She"),
    ("seamlessly transitioned", "Terrence Hale", "A VA spokesperson"),
    ("Seamless for who?", "Leon Tibbs", "Leon Tibbs"),
    ("Not for me.", "Leon Tibbs", "Leon Tibbs"),
)

PARAPHRASE_PARTIAL = """School board rejects book removal request

By Nora Quinlan, The Tennessean

The Williamson County school board voted 7-4 on Tuesday to keep a young-adult novel on high school library shelves, rejecting a parent's request to remove it.

Board member Gail Sutter, who voted to keep the book, said the district already lets parents opt their own children out of any title. Removing a book for everyone, she argued, would mean "one family deciding for 40,000 students."

Board member Craig Dalby disagreed. He said the book contained passages that were "simply not appropriate for a school setting" and that the board had a duty to "draw lines somewhere."

The parent who filed the request, Melissa Yorke, told reporters after the vote that she was disappointed but would keep pushing. "I'm not trying to ban anything," Yorke said. "I'm asking for common sense."

Superintendent Jason Golden said the district would review its policy over the summer.
"""

PARAPHRASE_PARTIAL_GOLD: Gold = (
    ("one family deciding for 40,000 students.", "Gail Sutter", "she"),
    ("simply not appropriate for a school setting", "Craig Dalby", "He"),
    ("draw lines somewhere.", "Craig Dalby", "He"),
    ("I'm not trying to ban anything,", "Melissa Yorke", "Yorke"),
    ("I'm asking for common sense.", "Melissa Yorke", "Yorke"),
)

PRESS_BRIEFING = """WASHINGTON — White House press secretary Janelle Ortiz on Wednesday defended the president's decision to skip a summit of Pacific leaders, saying he was needed in Washington for budget talks.

"The president's first job is to keep the government open," Ortiz said at the daily briefing. "He will be where he needs to be."

When a reporter asked whether allies would see the absence as a snub, Ortiz replied: "Not at all. The secretary of state will lead a very strong delegation."

Pressed on whether the president had called any of the leaders, she said she had "nothing to announce on calls."

Secretary of State Alan Whitford, speaking to reporters aboard his plane to Manila, said he had spoken to his counterparts in Japan and Australia. "They understand," Whitford said. "Our commitment to the region is not measured in one trip."

Australia's foreign minister, Claire Dunstan, was more guarded. "We would have welcomed the president," she told Sky News, "but we look forward to working with the secretary."
"""

PRESS_BRIEFING_GOLD: Gold = (
    ("The president's first job is to keep the government open,", "Janelle Ortiz", "Ortiz"),
    ("He will be where he needs to be.", "Janelle Ortiz", "Ortiz"),
    (
        "Not at all. The secretary of state will lead a very strong delegation.",
        "Janelle Ortiz",
        "Ortiz",
    ),
    ("nothing to announce on calls.", "Janelle Ortiz", "she"),
    ("They understand,", "Alan Whitford", "Whitford"),
    ("Our commitment to the region is not measured in one trip.", "Alan Whitford", "Whitford"),
    ("We would have welcomed the president,", "Claire Dunstan", "she"),
    ("but we look forward to working with the secretary.", "Claire Dunstan", "she"),
)

AP_TRANSCRIPT_QA = """DETROIT (AP) — General Motors' top executive said Tuesday the automaker would keep building gas-powered trucks "for as long as customers want them," even as it slows spending on electric vehicles.

Chief Executive Mary Brandt made the remarks during an on-stage interview at an industry conference in Detroit, where she was pressed repeatedly about the company's electric vehicle plans.

"We're not walking away from EVs," Brandt said. "We're pacing ourselves to the market."

The moderator, Automotive News editor Jamie Lott, asked whether the slowdown would cost jobs at the company's battery plants.

"I can't promise that every job is safe," Brandt replied. "Nobody in this industry can."

United Auto Workers President Shawn Fane, who was in the audience, said afterward that the union would hold the company to its commitments.

"They made promises in the contract, and we expect them to keep every one," Fane told reporters. He said the union's lawyers were reviewing the contract language.

GM shares closed up 2% on the day. The company said in a later filing that it still expects to make "a meaningful profit" on electric vehicles by 2027.
"""

AP_TRANSCRIPT_QA_GOLD: Gold = (
    ("for as long as customers want them,", "Mary Brandt", "General Motors' top executive"),
    ("We're not walking away from EVs,", "Mary Brandt", "Brandt"),
    ("We're pacing ourselves to the market.", "Mary Brandt", "Brandt"),
    ("I can't promise that every job is safe,", "Mary Brandt", "Brandt"),
    ("Nobody in this industry can.", "Mary Brandt", "Brandt"),
    (
        "They made promises in the contract, and we expect them to keep every one,",
        "Shawn Fane",
        "Fane",
    ),
    ("a meaningful profit", "The company", "The company"),
)

MULTI_PARA_END = """Lawmakers clash over wildfire funding as season nears

By Ana Castillo, Los Angeles Times

SACRAMENTO — With fire season weeks away, California lawmakers are fighting over how much money to give the state's firefighting agency, and who should pay for it.

Assemblymember Rosa Delgado, a Democrat from Riverside who chairs the budget subcommittee on resources, has proposed a $400-million increase. At a hearing Wednesday, she laid out her case.

"Every summer we act surprised. Every summer we find money after the fact, after the homes are gone.

"I'm asking this body to do it before the fire, not after. That's the whole proposal."

Republicans on the panel questioned where the money would come from. Assemblymember Greg Tolliver of Redding said the plan "sounds great until you read the fine print."

"My district has burned three times in six years," Tolliver said. "Nobody wants this money more than my constituents. But you can't spend the same dollar twice."

Delgado said she would return with a funding plan next week.
"""

MULTI_PARA_END_GOLD: Gold = (
    (
        "Every summer we act surprised. Every summer we find money after the fact, after the homes are gone.",
        "Rosa Delgado",
        "she",
    ),
    (
        "I'm asking this body to do it before the fire, not after. That's the whole proposal.",
        "Rosa Delgado",
        "she",
    ),
    (
        "sounds great until you read the fine print.",
        "Greg Tolliver",
        "Assemblymember Greg Tolliver of Redding",
    ),
    ("My district has burned three times in six years,", "Greg Tolliver", "Tolliver"),
    (
        "Nobody wants this money more than my constituents. But you can't spend the same dollar twice.",
        "Greg Tolliver",
        "Tolliver",
    ),
)

SAME_SURNAME_COUPLE = """Couple who lost home in Maui fire sue utility

By Kalani Akana, Honolulu Star-Advertiser

A Lahaina couple whose home burned in the August 2023 wildfire sued Hawaiian Electric on Monday, accusing the utility of ignoring warnings about downed power lines.

David and Leilani Kahale, both 62, said in the lawsuit that the company had "every reason to know" its equipment posed a danger on the morning of the fire.

"We lost everything we had, and nobody has ever said sorry," Leilani Kahale said at a news conference outside the courthouse.

Her husband was more measured. "We're not doing this for money," David Kahale said. "We want the truth on the record."

Their attorney, Sheila Mauer, said the case would be filed alongside hundreds of others. "The evidence is overwhelming," Mauer said.

Hawaiian Electric said in a statement that it "continues to support the recovery of Lahaina" and would respond in court.
"""

SAME_SURNAME_COUPLE_GOLD: Gold = (
    ("every reason to know", "David and Leilani Kahale", "David and Leilani Kahale"),
    (
        "We lost everything we had, and nobody has ever said sorry,",
        "Leilani Kahale",
        "Leilani Kahale",
    ),
    ("We're not doing this for money,", "David Kahale", "David Kahale"),
    ("We want the truth on the record.", "David Kahale", "David Kahale"),
    ("The evidence is overwhelming,", "Sheila Mauer", "Mauer"),
    ("continues to support the recovery of Lahaina", "Hawaiian Electric", "Hawaiian Electric"),
)

OFFICIALS_THEY = """Europe weighs tougher rules for short-term rentals

By Sophie Laurent, Politico Europe

BRUSSELS — EU officials are drafting new rules that would let cities cap the number of nights homes can be rented to tourists, according to two diplomats briefed on the plans.

The draft, which has not been made public, would also require platforms such as Airbnb to share booking data with local authorities every month, the diplomats said.

"Cities have been asking for this for years," one of them said. "They finally have the Commission's attention."

Commission spokesperson Lukas Brenner declined to comment on the draft but said the EU executive was "listening closely" to mayors.

Airbnb said it supported "clear, proportionate rules" but warned against "a patchwork of local bans." Spain's housing minister, Elena Ruiz Vidal, welcomed the plans. "Housing is a right, not a business," she said.
"""

OFFICIALS_THEY_GOLD: Gold = (
    ("Cities have been asking for this for years,", "one of them", "one of them"),
    ("They finally have the Commission's attention.", "one of them", "one of them"),
    ("listening closely", "Lukas Brenner", "Commission spokesperson Lukas Brenner"),
    ("clear, proportionate rules", "Airbnb", "Airbnb"),
    ("a patchwork of local bans.", "Airbnb", "Airbnb"),
    ("Housing is a right, not a business,", "Elena Ruiz Vidal", "she"),
)


CNN_SHOW = """Governor says state will sue over water rules

By Lauren Pike, CNN

Colorado Gov. Miguel Serrano said Sunday that his state would sue the federal government over new limits on water drawn from the Colorado River, calling the rules "a slow-motion disaster for farmers."

"We will see them in court," Serrano told CNN's Dana Frey on "State of the Union." "We have no other option left."

Asked whether he had spoken with the interior secretary, Serrano said he had tried "three times in two weeks" without a reply.

The Interior Department said in a statement that the limits were "necessary to protect the river for everyone who depends on it." A department official, speaking on condition of anonymity to discuss the litigation, said the agency was "confident the rules will hold up."

Arizona Gov. Katie Hollis, a Democrat, struck a different tone. In an op-ed published Sunday in The Arizona Republic, she wrote that the states "must share the pain fairly" and urged Serrano to "come back to the table."
"""

CNN_SHOW_GOLD: Gold = (
    ("a slow-motion disaster for farmers.", "Miguel Serrano", "Colorado Gov. Miguel Serrano"),
    ("We will see them in court,", "Miguel Serrano", "Serrano"),
    ("We have no other option left.", "Miguel Serrano", "Serrano"),
    ("three times in two weeks", "Miguel Serrano", "Serrano"),
    (
        "necessary to protect the river for everyone who depends on it.",
        "Interior Department",
        "The Interior Department",
    ),
    ("confident the rules will hold up.", "A department official", "A department official"),
    ("must share the pain fairly", "Katie Hollis", "she"),
    ("come back to the table.", "Katie Hollis", "she"),
)

ACCORDING_TO = """Hospital chain accused of billing fraud in whistleblower suit

By Ray Dunmore, Modern Healthcare

A former billing manager at Crestline Health has accused the hospital chain of overcharging Medicare by at least $90 million, according to a whistleblower lawsuit unsealed Thursday in federal court in Nashville.

The manager, Teresa Oyelaran, alleges that executives pressured staff to code routine visits as complex ones. According to the complaint, a regional vice president told coders in 2022 that "every visit is a level five until proven otherwise."

"I raised it internally four times," Oyelaran said in an interview. "Each time I was told to stop asking questions."

According to Oyelaran, she was fired two weeks after her last complaint.

Crestline spokesman Dale Whitaker called the allegations "baseless" and said the company would "vigorously defend" itself. The Justice Department has declined to intervene in the case for now, according to court records.
"""

ACCORDING_TO_GOLD: Gold = (
    (
        "every visit is a level five until proven otherwise.",
        "a regional vice president",
        "a regional vice president",
    ),
    ("I raised it internally four times,", "Teresa Oyelaran", "Oyelaran"),
    ("Each time I was told to stop asking questions.", "Teresa Oyelaran", "Oyelaran"),
    ("baseless", "Dale Whitaker", "Dale Whitaker"),
    ("vigorously defend", "Dale Whitaker", "Dale Whitaker"),
)

FORMER_PRESIDENT = """Ex-leader returns to campaign trail for protege

By Omar Haddad, Reuters

NAIROBI, Sept 2 (Reuters) - Former Ghanaian president Kwame Asante-Boateng returned to the campaign trail on Saturday, telling a rally in Kumasi that his former deputy was "the only candidate who understands the economy."

The former president, who left office in 2021 after two terms, has largely stayed out of politics since. His appearance drew thousands.

"I did not come here to talk about myself," he told the crowd. "I came to talk about your future."

The candidate, Ama Mensah-Darko, thanked him for his support. "He taught me everything I know about governing," she said.

Opposition spokesman Kofi Adjei dismissed the event as "nostalgia politics." The two leading candidates are tied in most polls ahead of the December vote.
"""

FORMER_PRESIDENT_GOLD: Gold = (
    (
        "the only candidate who understands the economy.",
        "Kwame Asante-Boateng",
        "Former Ghanaian president Kwame Asante-Boateng",
    ),
    ("I did not come here to talk about myself,", "Kwame Asante-Boateng", "he"),
    ("I came to talk about your future.", "Kwame Asante-Boateng", "he"),
    ("He taught me everything I know about governing,", "Ama Mensah-Darko", "she"),
    ("nostalgia politics.", "Kofi Adjei", "Kofi Adjei"),
)

LONG_AP_TRIAL = """NEW YORK (AP) — A former top aide to New York City's mayor testified Tuesday that she was told to "make the problem go away" after inspectors flagged fire-safety violations at a building owned by a major campaign donor, the most direct evidence yet in the corruption trial of the mayor's former chief of staff.

Lena Vasquez, who served as deputy chief of staff for intergovernmental affairs until last year, told jurors in Manhattan federal court that the instruction came from her boss, Richard Coyle, in a brief meeting in his office in March 2023.

"He said, 'This one matters. Make the problem go away,'" Vasquez testified. "I understood exactly what he meant."

Coyle, 54, has pleaded not guilty to bribery and wire fraud charges. According to the indictment, he steered city approvals to developers who gave a combined $1.2 million to the mayor's political committees, and prosecutors say he received free apartment renovations in return.

Under questioning by Assistant U.S. Attorney Nina Park, Vasquez described calling a deputy commissioner at the Fire Department the same afternoon.

"Did you tell him why you were calling?" Park asked.

"I told him the mayor's office had an interest," Vasquez said. "I didn't have to say more than that."

On cross-examination, Coyle's lawyer, Martin Eckhart, pressed Vasquez on her own cooperation agreement with prosecutors, which could spare her prison time.

"You would say anything to stay out of prison, wouldn't you?" Eckhart asked.

"No," Vasquez said. "I'm saying what happened."

Eckhart also noted that Vasquez had told investigators in an earlier interview that she could not remember the meeting. She said she had been "scared and confused" at the time.

Outside court, Eckhart told reporters that the government's witness "has changed her story more times than she can count." He said the defense would call witnesses who would contradict her account.

The mayor, who has not been charged, has denied any wrongdoing. His spokesperson, Aaron Feld, said in a statement that the mayor "has never asked anyone to interfere with a safety inspection and never would."

A person close to the mayor, who was not authorized to speak publicly, said City Hall was "watching the trial very closely" but did not expect any testimony to implicate him directly.

The trial resumes Wednesday, when prosecutors are expected to call the deputy fire commissioner, Gregory Lamb.
"""

LONG_AP_TRIAL_GOLD: Gold = (
    ("make the problem go away", "Lena Vasquez", "she"),
    ("He said, 'This one matters. Make the problem go away,'", "Lena Vasquez", "Vasquez"),
    ("I understood exactly what he meant.", "Lena Vasquez", "Vasquez"),
    ("Did you tell him why you were calling?", "Nina Park", "Park"),
    ("I told him the mayor's office had an interest,", "Lena Vasquez", "Vasquez"),
    ("I didn't have to say more than that.", "Lena Vasquez", "Vasquez"),
    ("You would say anything to stay out of prison, wouldn't you?", "Martin Eckhart", "Eckhart"),
    ("No,", "Lena Vasquez", "Vasquez"),
    ("I'm saying what happened.", "Lena Vasquez", "Vasquez"),
    ("scared and confused", "Lena Vasquez", "She"),
    ("has changed her story more times than she can count.", "Martin Eckhart", "Eckhart"),
    (
        "has never asked anyone to interfere with a safety inspection and never would.",
        "Aaron Feld",
        "His spokesperson",
    ),
    (
        "watching the trial very closely",
        "A person close to the mayor",
        "A person close to the mayor",
    ),
)

LONG_GUARDIAN_CLIMATE = """Ministers accused of 'quietly burying' flood defence cuts

Leaked documents show dozens of schemes shelved, as councils warn of a 'postcode lottery' of protection

Rachel Moss Environment correspondent

Dozens of flood defence schemes in England have been shelved or delayed because of budget pressures, according to internal Environment Agency documents seen by the Guardian, prompting accusations that ministers have "quietly buried" the cuts.

The documents, which list 74 projects, show that at least 31 have been paused indefinitely. Many are in coastal towns in the north-east and south-west that flooded repeatedly in the past decade.

The Local Government Association, which represents councils in England, said the findings were "deeply alarming". Its environment spokesperson, Cllr Harriet Doyle, said: "Communities were promised protection. Now they are finding out, by leak, that it isn't coming."

She added that councils had spent "years and significant sums" preparing the schemes.

The Environment Agency said no final decisions had been made. A spokesperson said: "We are reviewing our programme to make sure every pound is spent where it reduces the most risk. We will set out our plans in due course."

The shadow environment secretary, Tom Ridley, said the government had "some explaining to do".

"If these schemes are being cut, ministers should have the decency to say so in parliament," Ridley said. "People living in these towns deserve the truth, not a spreadsheet leaked to a newspaper."

Residents in Skelby, a village in North Yorkshire whose defence scheme appears on the list of paused projects, said they were not surprised. "We've been told 'next year' for eight years," said Joan Pritchard, 71, whose house flooded in 2019 and again in 2023. "Next year never comes."

A government spokesperson said it was investing "record amounts" in flood resilience and that "the vast majority" of schemes were going ahead.
"""

LONG_GUARDIAN_CLIMATE_GOLD: Gold = (
    ("deeply alarming", "Local Government Association", "The Local Government Association"),
    (
        "Communities were promised protection. Now they are finding out, by leak, that it isn't coming.",
        "Harriet Doyle",
        "Its environment spokesperson",
    ),
    ("years and significant sums", "Harriet Doyle", "She"),
    (
        "We are reviewing our programme to make sure every pound is spent where it reduces the most risk. We will set out our plans in due course.",
        "A spokesperson",
        "A spokesperson",
    ),
    ("some explaining to do", "Tom Ridley", "The shadow environment secretary"),
    (
        "If these schemes are being cut, ministers should have the decency to say so in parliament,",
        "Tom Ridley",
        "Ridley",
    ),
    (
        "People living in these towns deserve the truth, not a spreadsheet leaked to a newspaper.",
        "Tom Ridley",
        "Ridley",
    ),
    ("We've been told 'next year' for eight years,", "Joan Pritchard", "Joan Pritchard"),
    ("Next year never comes.", "Joan Pritchard", "Joan Pritchard"),
    ("record amounts", "A government spokesperson", "A government spokesperson"),
    ("the vast majority", "A government spokesperson", "A government spokesperson"),
)

BLOOMBERG_SOURCES = """Apex Said to Weigh Sale of Chip Unit After Activist Push

By Helen Cho and Marcus Webb

(Bloomberg) -- Apex Technologies Inc. is exploring options for its analog chip division, including a sale, after pressure from activist investor Halcyon Capital, according to people familiar with the matter.

The company is working with advisers and has contacted potential buyers, said the people, who asked not to be identified because the deliberations are private. No final decision has been made, they said.

A representative for Apex declined to comment. Halcyon founder Brett Lowry, who disclosed a 4% stake in February, has called the unit "a drag on the whole company."

"Apex management knows what it has to do," Lowry said in an interview last month. "The question is whether the board will let them."

Apex Chief Executive Officer Sandra Kim said on the company's most recent earnings call that she was "open to every option that creates value." She declined to discuss specific plans.

Apex shares rose as much as 8.1% in New York trading.
"""

BLOOMBERG_SOURCES_GOLD: Gold = (
    ("a drag on the whole company.", "Brett Lowry", "Halcyon founder Brett Lowry"),
    ("Apex management knows what it has to do,", "Brett Lowry", "Lowry"),
    ("The question is whether the board will let them.", "Brett Lowry", "Lowry"),
    (
        "open to every option that creates value.",
        "Sandra Kim",
        "Apex Chief Executive Officer Sandra Kim",
    ),
)

LOCAL_POLICE = """Police chief defends response to downtown shooting

By Tasha Greene, Star Tribune

Minneapolis Police Chief Darnell Ortiz on Monday defended his officers' response to a weekend shooting that left two people dead outside a downtown nightclub, saying they arrived "within 90 seconds" of the first 911 call.

"Our officers ran toward the gunfire," Ortiz said at a news conference at City Hall. "I'm proud of every one of them."

But some witnesses told a different story. Keisha Lawson, 29, who was standing in line outside the club, said she waited "at least 10 minutes" before seeing a squad car.

"People were bleeding on the sidewalk and nobody came," Lawson said. "Don't tell me 90 seconds."

Council Member Andrea Jenkins, whose ward includes the nightclub, called for the release of body camera footage. "The public deserves to see for themselves," Jenkins said.

Ortiz said the footage would be released "when the investigation allows." The Hennepin County Attorney's Office is reviewing the case.
"""

LOCAL_POLICE_GOLD: Gold = (
    ("within 90 seconds", "Darnell Ortiz", "Minneapolis Police Chief Darnell Ortiz"),
    ("Our officers ran toward the gunfire,", "Darnell Ortiz", "Ortiz"),
    ("I'm proud of every one of them.", "Darnell Ortiz", "Ortiz"),
    ("at least 10 minutes", "Keisha Lawson", "Keisha Lawson"),
    ("People were bleeding on the sidewalk and nobody came,", "Keisha Lawson", "Lawson"),
    ("Don't tell me 90 seconds.", "Keisha Lawson", "Lawson"),
    ("The public deserves to see for themselves,", "Andrea Jenkins", "Jenkins"),
    ("when the investigation allows.", "Darnell Ortiz", "Ortiz"),
)

CASES: dict[str, tuple[str, Gold]] = {
    "bloomberg_sources": (BLOOMBERG_SOURCES, BLOOMBERG_SOURCES_GOLD),
    "local_police": (LOCAL_POLICE, LOCAL_POLICE_GOLD),
    "long_ap_trial": (LONG_AP_TRIAL, LONG_AP_TRIAL_GOLD),
    "long_guardian_climate": (LONG_GUARDIAN_CLIMATE, LONG_GUARDIAN_CLIMATE_GOLD),
    "cnn_show": (CNN_SHOW, CNN_SHOW_GOLD),
    "according_to": (ACCORDING_TO, ACCORDING_TO_GOLD),
    "former_president": (FORMER_PRESIDENT, FORMER_PRESIDENT_GOLD),
    "ap_hearing": (AP_HEARING, AP_HEARING_GOLD),
    "reuters_filing": (REUTERS_FILING, REUTERS_FILING_GOLD),
    "politico_posts": (POLITICO_POSTS, POLITICO_POSTS_GOLD),
    "court_testimony": (COURT_TESTIMONY, COURT_TESTIMONY_GOLD),
    "guardian_multi": (GUARDIAN_MULTI, GUARDIAN_MULTI_GOLD),
    "bloomberg_interview": (BLOOMBERG_INTERVIEW, BLOOMBERG_INTERVIEW_GOLD),
    "nyt_honorifics": (NYT_HONORIFICS, NYT_HONORIFICS_GOLD),
    "wapo_nested": (WAPO_NESTED, WAPO_NESTED_GOLD),
    "afp_split": (AFP_SPLIT, AFP_SPLIT_GOLD),
    "trade_press": (TRADE_PRESS, TRADE_PRESS_GOLD),
    "scare_titles": (SCARE_TITLES, SCARE_TITLES_GOLD),
    "bbc_posts": (BBC_POSTS, BBC_POSTS_GOLD),
    "local_council": (LOCAL_COUNCIL, LOCAL_COUNCIL_GOLD),
    "ap_presser": (AP_PRESSER, AP_PRESSER_GOLD),
    "reuters_officials": (REUTERS_OFFICIALS, REUTERS_OFFICIALS_GOLD),
    "pronoun_chain": (PRONOUN_CHAIN, PRONOUN_CHAIN_GOLD),
    "colon_prev": (COLON_PREV, COLON_PREV_GOLD),
    "inverted_said": (INVERTED_SAID, INVERTED_SAID_GOLD),
    "cable_interview": (CABLE_INTERVIEW, CABLE_INTERVIEW_GOLD),
    "huffpost_statement": (HUFFPOST_STATEMENT, HUFFPOST_STATEMENT_GOLD),
    "paraphrase_partial": (PARAPHRASE_PARTIAL, PARAPHRASE_PARTIAL_GOLD),
    "press_briefing": (PRESS_BRIEFING, PRESS_BRIEFING_GOLD),
    "ap_transcript_qa": (AP_TRANSCRIPT_QA, AP_TRANSCRIPT_QA_GOLD),
    "multi_para_end": (MULTI_PARA_END, MULTI_PARA_END_GOLD),
    "same_surname_couple": (SAME_SURNAME_COUPLE, SAME_SURNAME_COUPLE_GOLD),
    "officials_they": (OFFICIALS_THEY, OFFICIALS_THEY_GOLD),
}

#: ``Speaker.role`` of the speaker of a quote, where the role matters.
ROLES: dict[tuple[str, str], str] = {
    ("ap_hearing", "no choice"): "Homeland Security Secretary",
    ("pronoun_chain", "We got a good deal for taxpayers,"): "Senate President",
    ("pronoun_chain", "Every parent in this state knows what groceries cost now,"): "Gov.",
    ("multi_para_end", "My district has burned three times in six years,"): "Assemblymember",
    ("nyt_honorifics", "seize control of a company she never built."): "winery's founder",
}

#: Stories whose remaining errors no general rule fixes yet, with the reason
#: (the test fails if they start passing).
KNOWN_FAILURES: dict[str, str] = {}


def story_names(cases: Mapping[str, object], known: Mapping[str, str]) -> list[Any]:
    """The names of *cases* as test parameters, those in *known* strict xfails."""
    return [
        pytest.param(name, marks=pytest.mark.xfail(reason=known[name], strict=True))
        if name in known
        else name
        for name in sorted(cases)
    ]


def check_story(
    name: str,
    text: str,
    gold: Sequence[tuple[str, str | None, str | None]],
    roles: Mapping[tuple[str, str], str],
) -> None:
    """The quotes of the story *text* are *gold* (text, speaker's name, mention), in
    order, their spans and their speakers' spans slice *text*, and the speakers of
    the quotes *roles* lists (by story *name* and quote) hold those roles."""
    article = parse_article(text)
    got = [
        (q.text, q.speaker.name, q.speaker.mention)
        if q.speaker is not None
        else (q.text, None, None)
        for q in article.quotes
    ]
    assert got == list(gold)
    for quote in article.quotes:
        assert text[quote.span.start : quote.span.end] == quote.text
        assert quote.speaker is not None
        speaker = quote.speaker
        assert text[speaker.span.start : speaker.span.end] == speaker.mention
        role = roles.get((name, quote.text))
        if role is not None:
            assert speaker.role == role


@pytest.mark.parametrize("name", story_names(CASES, KNOWN_FAILURES))
def test_unseen_story(name: str) -> None:
    text, gold = CASES[name]
    check_story(name, text, gold, ROLES)


@pytest.mark.parametrize(
    ("text", "quote", "name", "mention"),
    [
        # a cue inside an embedded question is no antecedent of a pronoun after it
        (
            "President skips summit\n\n"
            "WASHINGTON - Press secretary Janelle Ortiz took questions on Wednesday.\n\n"
            "Pressed on whether the president had called the leaders, she said she had "
            '"nothing to announce."',
            "nothing to announce.",
            "Janelle Ortiz",
            "she",
        ),
        # a name beside an object is not the subject of the participle after it
        (
            "Thomas Harlan sued his sister, Margaret Harlan, accusing her of "
            'trying to "seize control of the company."',
            "seize control of the company.",
            "Thomas Harlan",
            "Thomas Harlan",
        ),
        # "a cut in June" is no "cut in" that reports
        (
            "Her view differs from that of Martin Ellery, who said last week that the case "
            'for a cut in June was "getting stronger."',
            "getting stronger.",
            "Martin Ellery",
            "who",
        ),
        # an unnamed source with a capitalised modifier, set off by an aside
        (
            "A senior Senate GOP aide, granted anonymity to speak candidly, said the leader "
            'was "frustrated."',
            "frustrated.",
            "A senior Senate GOP aide",
            "A senior Senate GOP aide",
        ),
        # a plural speaker noun opens a subject even when the word is used in lower case before
        (
            'Lorna Vance told analysts the unit was "a great asset."\n\n'
            'Analysts at Morgan Stanley wrote that a sale would "simplify the story."',
            "simplify the story.",
            "Morgan Stanley",
            "Analysts at Morgan Stanley",
        ),
        # "the senator" is one who holds an office of the Senate
        (
            "Senate President Warren Pruitt, a Republican, pushed for a cap.\n\n"
            '"We got a good deal," the senator said.',
            "We got a good deal,",
            "Warren Pruitt",
            "the senator",
        ),
        # a body named after a noun for a body
        (
            'The employers\' group, the U.S. Maritime Alliance, said it had made "a fair offer."',
            "a fair offer.",
            "U.S. Maritime Alliance",
            "employers' group",
        ),
        # a pronoun passes over a speaker of no known gender to one named since
        (
            'Airbnb said it supported "clear rules." Spain\'s housing minister, Elena Ruiz '
            'Vidal, welcomed the plans. "Housing is a right," she said.',
            "Housing is a right,",
            "Elena Ruiz Vidal",
            "she",
        ),
        # Assemblymember is a title, not a name
        (
            'Assemblymember Greg Tolliver said the plan "sounds great."',
            "sounds great.",
            "Greg Tolliver",
            "Assemblymember Greg Tolliver",
        ),
        # a possessive in -s' keeps all the words of its owner's name
        (
            'Goldman Sachs\' chief economist said growth would "slow sharply."',
            "slow sharply.",
            "Goldman Sachs' chief economist",
            "Goldman Sachs' chief economist",
        ),
        # "she laid out her case." hands its speaker to the quote paragraph after it
        (
            "Rosa Delgado proposed an increase. At a hearing, she laid out her case.\n\n"
            '"Every summer we act surprised."',
            "Every summer we act surprised.",
            "Rosa Delgado",
            "she",
        ),
        # "quoted X as having told": the one quoted speaks
        (
            "Analysts quoted Chrysler officials as having told them that the deal includes "
            'cash for "transaction fees" in connection with it.',
            "transaction fees",
            "Chrysler officials",
            "Chrysler officials",
        ),
        # a pronoun passes over a body that spoke to the person named since, in its paragraph
        (
            "Apple said the computers would sell well. John Sculley, its chief executive, "
            'declined to give figures. "We are pleased," he said.',
            "We are pleased,",
            "John Sculley",
            "he",
        ),
        # an unnamed source close to someone, set off by a relative clause
        (
            "A person close to the mayor, who was not authorized to speak publicly, said "
            'City Hall was "watching closely."',
            "watching closely.",
            "A person close to the mayor",
            "A person close to the mayor",
        ),
        # a possessive in -'s keeps all the words of its owner's name
        (
            'New York City\'s mayor said the budget was "balanced."',
            "balanced.",
            "New York City's mayor",
            "New York City's mayor",
        ),
    ],
)
def test_unseen_form(text: str, quote: str, name: str, mention: str) -> None:
    found = {q.text: q for q in parse_article(text).quotes}
    assert quote in found, list(found)
    speaker = found[quote].speaker
    assert speaker is not None
    assert (speaker.name, speaker.mention) == (name, mention)


def test_owned_coined_compound_is_a_term() -> None:
    text = 'Critics have questioned the company\'s "viewer-first" strategy.'
    assert parse_article(text).quotes == ()
    # a compound in a reported clause after an article stays a partial quote
    (quote,) = parse_article('Lind said the plan was a "half-baked" idea.').quotes
    assert quote.text == "half-baked"


def test_a_weak_cue_after_a_compound_is_a_noun() -> None:
    # "a 10-year note" is no "note" that reports: the cue is "told"
    text = (
        "Analysts quoted Acme officials as having told them that the deal includes "
        'a 10-year note at eight pct and cash for "transaction fees" as well.'
    )
    (quote,) = parse_article(text).quotes
    assert quote.cue == "told"
    # a capitalised compound still reads: "a T-shirt reading:"
    (shirt,) = parse_article('She wore a T-shirt reading: "I compete clean."').quotes
    assert shirt.text == "I compete clean."
