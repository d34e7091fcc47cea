"""Quotes and speakers in long invented news stories (500-1,000 words each).

Every story here is invented (names, places, figures and words; no real story
is copied).  Half are US political news of 2016 in the house styles of the
PolNeAR publishers (The New York Times, Politico, The Washington Post,
Breitbart, USA Today, HuffPost, Western Journal), half news of 2024-2026 from
wire services, papers and trade press (AP, Reuters, The Guardian, BBC, AFP,
Bloomberg, a local paper, a freight weekly).  Long stories are where speakers
go wrong: many people, one surname borne by two, pronouns far from their
names, roles reused (``the Louisiana Republican``, ``the Democratic nominee``,
``the agent``), speakers described before they are named, documents and posts
that speak, anonymous sources, and titles that are no quotes.  The gold
follows :mod:`tests.test_quotes_unseen`: every quote of
:attr:`Article.quotes` in text order with its speaker's name and mention.
"""

from __future__ import annotations

import pytest

from newsstruct import parse_article
from tests.test_quotes_unseen import Gold, check_story, story_names

NYT_2016_DEBATE = """Rivals Trade Barbs Over Trade as Ohio Race Tightens

By Margaret Ellison

COLUMBUS, Ohio — The two candidates for an open Senate seat in Ohio spent Thursday night's debate arguing over trade deals, factory jobs and which of them had done more to protect steelworkers, in a race that polls now show is within the margin of error.

Ted Strickland is not in this race. The contest pits Representative Carl Vorhees, a four-term Republican from the Toledo suburbs, against Lieutenant Governor Anita Basu, a Democrat who has made the closing of a steel mill in Lorain the centerpiece of her campaign.

"My opponent voted for every trade deal that came across his desk," Ms. Basu said in her opening statement. "And every time, a plant in this state closed its doors."

Mr. Vorhees, who has served on the House Ways and Means Committee since 2011, called the charge "a cartoon version of my record." He said he had opposed the Trans-Pacific Partnership since the spring and had written to the administration to demand stronger rules on currency manipulation.

"I was fighting for the workers in Lorain while she was raising money in Manhattan," he said.

The exchange set the tone for a debate that was sharper than the first one, held two weeks ago in Cincinnati. The moderator, Dana Whitcomb of WBNS-TV, twice had to ask the candidates to let each other finish.

The race has drawn more than $40 million in outside spending, much of it from groups that do not disclose their donors. A super PAC supporting Mr. Vorhees has run advertisements calling Ms. Basu "too liberal for Ohio," while a group backed by the steelworkers' union has spent heavily on her behalf.

Asked about the advertisements, Ms. Basu said she did not control what outside groups said. "I'd rather they all went away," she said. "But I'm not going to disarm unilaterally."

Mr. Vorhees was pressed on his support for Donald J. Trump, whose comments about women have divided Republicans in the state. Several Republican officials, including Gov. John Kasich, have said they will not vote for Mr. Trump.

"I've said I support the nominee, and I've said I disagree with him when he's wrong," Mr. Vorhees said. "Those two things are not in conflict."

Ms. Basu pounced. "If he can't stand up to his own party's nominee, how is he going to stand up to China?" she asked.

Political scientists said the exchange was typical of the difficulty Republicans in swing states face this year. "He is trying to thread a needle that may not have an eye," said Paul Lindqvist, a professor of political science at Ohio State University. "Every answer costs him some voters."

The congressman's brother, Mark Vorhees, is a county commissioner in Lucas County and has appeared in several of the campaign's advertisements. He was in the audience on Thursday and told reporters afterward that his brother had "won on the substance."

The candidates also clashed over the Affordable Care Act. Mr. Vorhees said the law was "collapsing under its own weight," pointing to double-digit premium increases announced this week for plans sold on the state's exchange. Ms. Basu said she would fix the law rather than repeal it.

"Repeal is not a plan," she said. "It's a slogan."

A spokesman for the Vorhees campaign, Eric Dunleavy, said after the debate that the lieutenant governor had "offered nothing new." A spokeswoman for Ms. Basu, Lauren Cho, said the congressman had "finally been forced to answer for his votes."

The third and final debate is scheduled for Oct. 27 in Cleveland. Early voting in Ohio began last week.
"""

NYT_2016_DEBATE_GOLD: Gold = (
    ("My opponent voted for every trade deal that came across his desk,", "Anita Basu", "Ms. Basu"),
    ("And every time, a plant in this state closed its doors.", "Anita Basu", "Ms. Basu"),
    ("a cartoon version of my record.", "Carl Vorhees", "Mr. Vorhees"),
    (
        "I was fighting for the workers in Lorain while she was raising money in Manhattan,",
        "Carl Vorhees",
        "he",
    ),
    (
        "too liberal for Ohio,",
        "A super PAC supporting Mr. Vorhees",
        "A super PAC supporting Mr. Vorhees",
    ),
    ("I'd rather they all went away,", "Anita Basu", "she"),
    ("But I'm not going to disarm unilaterally.", "Anita Basu", "she"),
    (
        "I've said I support the nominee, and I've said I disagree with him when he's wrong,",
        "Carl Vorhees",
        "Mr. Vorhees",
    ),
    ("Those two things are not in conflict.", "Carl Vorhees", "Mr. Vorhees"),
    (
        "If he can't stand up to his own party's nominee, how is he going to stand up to China?",
        "Anita Basu",
        "she",
    ),
    (
        "He is trying to thread a needle that may not have an eye,",
        "Paul Lindqvist",
        "Paul Lindqvist",
    ),
    ("Every answer costs him some voters.", "Paul Lindqvist", "Paul Lindqvist"),
    ("won on the substance.", "Mark Vorhees", "He"),
    ("collapsing under its own weight,", "Carl Vorhees", "Mr. Vorhees"),
    ("Repeal is not a plan,", "Anita Basu", "she"),
    ("It's a slogan.", "Anita Basu", "she"),
    ("offered nothing new.", "Eric Dunleavy", "A spokesman for the Vorhees campaign"),
    ("finally been forced to answer for his votes.", "Lauren Cho", "A spokeswoman for Ms. Basu"),
)

POLITICO_2016_MEMO = """Clinton campaign memo warns of complacency in battlegrounds

By Jake Brennan

Hillary Clinton's campaign manager is warning supporters not to take recent polls for granted, arguing in a memo sent Sunday that the race remains "far closer than the national numbers suggest."

The four-page memo, written by Robby Mook and obtained by POLITICO, lays out the campaign's path to 270 electoral votes and urges donors to keep giving through Election Day.

"We cannot afford to let up for a single day," Mook wrote. "Donald Trump has a narrower path, but he still has a path."

The document singles out Florida, North Carolina and Ohio as states where the campaign sees "a dead heat," and it says early vote returns among Latino voters in Nevada are "encouraging but not yet decisive."

Campaign officials have been increasingly worried that a string of favorable national surveys could depress turnout among younger voters. One senior Clinton aide, who requested anonymity to discuss internal strategy, said the memo was meant as "a cold shower."

"People see a ten-point lead on cable and think it's over," the aide said. "It's not over. It's never over."

Trump's campaign dismissed the memo. Jason Miller, a senior communications adviser, said in a statement that the Clinton camp was "nervous, and they should be."

"The crowds we are seeing in Pennsylvania and Michigan tell a very different story than the media polls," Miller said. "The silent majority is going to show up."

Kellyanne Conway, Trump's campaign manager, struck a more cautious tone in an interview on Fox News on Sunday morning. Asked whether the campaign was behind, she said: "We are behind. We have a path. Those are both true."

Conway's candor has occasionally put her at odds with the candidate himself, who insisted at a rally in Colorado on Saturday that he was "winning big" and that the polls were "rigged."

Democratic strategists outside the campaign offered mixed reviews of the memo. Paul Begala, who advises a pro-Clinton super PAC, said the message was right. "You run like you're ten points behind," he said. "Every campaign that forgets that loses."

But a Democratic operative who has worked on several Senate races this cycle, speaking on condition of anonymity, said the memo was as much about fundraising as strategy. "It's a donor document," the operative said. "Of course it says the sky is falling."

The memo also addresses the FBI's handling of the inquiry into Clinton's private email server, a subject the campaign has largely avoided discussing in public. It describes the controversy as "a distraction that has already been priced in by voters" and says internal polling shows "no measurable movement" since the bureau's director, James Comey, closed the case in July.

Mook ends the memo with a plea. "Knock the doors. Make the calls. Bring a friend," he wrote. "This is the whole ballgame."

The memo was circulated to the campaign's national finance committee and to several hundred bundlers, who have been asked to make a final round of calls to donors this week. A Clinton spokesman, Brian Fallon, confirmed that the document was authentic but declined to discuss it further.

Clinton is scheduled to campaign in Tampa and Raleigh on Monday. Trump will hold rallies in Michigan and Wisconsin.
"""

POLITICO_2016_MEMO_GOLD: Gold = (
    (
        "far closer than the national numbers suggest.",
        "Robby Mook",
        "Hillary Clinton's campaign manager",
    ),
    ("We cannot afford to let up for a single day,", "Robby Mook", "Mook"),
    ("Donald Trump has a narrower path, but he still has a path.", "Robby Mook", "Mook"),
    ("a dead heat,", "The document", "The document"),
    ("encouraging but not yet decisive.", "The document", "it"),
    ("a cold shower.", "One senior Clinton aide", "One senior Clinton aide"),
    (
        "People see a ten-point lead on cable and think it's over,",
        "One senior Clinton aide",
        "the aide",
    ),
    ("It's not over. It's never over.", "One senior Clinton aide", "the aide"),
    ("nervous, and they should be.", "Jason Miller", "Jason Miller"),
    (
        "The crowds we are seeing in Pennsylvania and Michigan tell a very different story than the media polls,",
        "Jason Miller",
        "Miller",
    ),
    ("The silent majority is going to show up.", "Jason Miller", "Miller"),
    ("We are behind. We have a path. Those are both true.", "Kellyanne Conway", "she"),
    ("winning big", "Donald Trump", "who"),
    ("rigged.", "Donald Trump", "who"),
    ("You run like you're ten points behind,", "Paul Begala", "he"),
    ("Every campaign that forgets that loses.", "Paul Begala", "he"),
    ("It's a donor document,", "the operative", "the operative"),
    ("Of course it says the sky is falling.", "the operative", "the operative"),
    ("a distraction that has already been priced in by voters", "The memo", "It"),
    ("no measurable movement", "The memo", "It"),
    ("Knock the doors. Make the calls. Bring a friend,", "Robby Mook", "he"),
    ("This is the whole ballgame.", "Robby Mook", "he"),
)

WAPO_2016_PRIMARY = """In Virginia primary, a fight over who speaks for the suburbs

By Rachel Okonjo

Two Democrats vying to replace a retiring congressman in Northern Virginia agree on nearly every issue. What they disagree about is who can win in November.

Sandra Whitfield, a former Fairfax County supervisor, and Luis Arriaga, a lawyer who worked in the Obama administration's Justice Department, will face each other in the June 14 primary for the 10th District nomination.

At a candidate forum in Reston on Tuesday night, Whitfield argued that her record on transportation and schools made her the stronger general-election candidate. "People here know me," she said. "They've seen me fix their roads and fight for their kids' classrooms. That's not nothing."

Arriaga said the district was changing faster than its politicians. "This is one of the most diverse places in America," he told the audience of about 200. "Our party's nominee should look like the people who live here and should understand what they're going through."

The seat is held by Rep. Frank Dolan, a Republican who announced his retirement in January after seven terms. Dolan, 68, has not endorsed a successor. Through a spokesman, he said he would "stay out of the Democratic primary, for obvious reasons."

The Republican nominee is expected to be state Sen. Bryce Hammond, who faces only nominal opposition. Hammond has raised more than $1.2 million, according to federal filings, and has been endorsed by the Chamber of Commerce.

"Whoever comes out of that primary will have spent their money beating each other up," Hammond said in an interview. "I'll have spent mine talking to voters."

Whitfield's campaign has been endorsed by the Virginia Education Association and by Gov. Terry McAuliffe, who appeared with her at a rally in Herndon last month. The governor called her "the most effective local official I've worked with."

Arriaga has the backing of several national progressive groups and of Rep. Gerald Connolly's former chief of staff, Maria Benitez. In an interview, Benitez said Arriaga had "the energy this party needs" and predicted that younger voters would turn out for him in unusual numbers.

Not everyone in the audience was persuaded by either candidate. Ted Larkin, 57, a retired federal contractor from Vienna, said he had come to the forum undecided and was leaving that way. "They both sounded fine," he said. "Nobody told me how they'd get anything done with the House the way it is."

Another voter, Priya Menon, 34, said she had been leaning toward Arriaga but was impressed by Whitfield's answers on Metro. "She actually knows the budget numbers," Menon said. "That matters to me."

The candidates clashed most sharply over a $15 minimum wage, which Arriaga supports and Whitfield has said should be phased in regionally. Arriaga called her position "a half-measure dressed up as pragmatism." Whitfield said his plan would "hurt the small businesses that hire our kids for their first jobs."

Both campaigns said they expected turnout to be low. In the 2014 Democratic primary for the seat, fewer than 18,000 people voted. "This will be decided by the people who show up in June," said Whitfield's campaign manager, Dev Patel. "We intend to make sure ours do."

Arriaga's campaign did not respond to a request for comment on its turnout operation.
"""

WAPO_2016_PRIMARY_GOLD: Gold = (
    ("People here know me,", "Sandra Whitfield", "she"),
    (
        "They've seen me fix their roads and fight for their kids' classrooms. That's not nothing.",
        "Sandra Whitfield",
        "she",
    ),
    ("This is one of the most diverse places in America,", "Luis Arriaga", "he"),
    (
        "Our party's nominee should look like the people who live here and should understand what they're going through.",
        "Luis Arriaga",
        "he",
    ),
    ("stay out of the Democratic primary, for obvious reasons.", "Frank Dolan", "he"),
    (
        "Whoever comes out of that primary will have spent their money beating each other up,",
        "Bryce Hammond",
        "Hammond",
    ),
    ("I'll have spent mine talking to voters.", "Bryce Hammond", "Hammond"),
    ("the most effective local official I've worked with.", "Terry McAuliffe", "The governor"),
    ("the energy this party needs", "Maria Benitez", "Benitez"),
    ("They both sounded fine,", "Ted Larkin", "he"),
    (
        "Nobody told me how they'd get anything done with the House the way it is.",
        "Ted Larkin",
        "he",
    ),
    ("She actually knows the budget numbers,", "Priya Menon", "Menon"),
    ("That matters to me.", "Priya Menon", "Menon"),
    ("a half-measure dressed up as pragmatism.", "Luis Arriaga", "Arriaga"),
    (
        "hurt the small businesses that hire our kids for their first jobs.",
        "Sandra Whitfield",
        "Whitfield",
    ),
    (
        "This will be decided by the people who show up in June,",
        "Dev Patel",
        "Whitfield's campaign manager",
    ),
    ("We intend to make sure ours do.", "Dev Patel", "Whitfield's campaign manager"),
)

BREITBART_2016 = """EXCLUSIVE: Border Patrol Agents Say Catch-and-Release 'Worse Than Ever' Ahead of Election

by Colin Barrett

Border Patrol agents in the Rio Grande Valley say the number of illegal aliens released into the United States with only a notice to appear has reached levels they have never seen, according to interviews with three agents conducted by Breitbart Texas.

"We are processing them and letting them go. That is the whole job now," one veteran agent told Breitbart Texas on condition of anonymity because agents are not authorized to speak to the media. "We're a taxi service."

The agent, who has served in the sector for more than a decade, said that on some nights his station released more than 300 people. A second agent said the station had run out of space and was "stacking people in the sally port."

The National Border Patrol Council, the union that represents about 16,000 agents, has endorsed Donald Trump for president, the first time in its history that it has endorsed a candidate in a presidential primary or general election.

Brandon Judd, the union's president, said in a phone interview that the administration had "tied the hands" of agents in the field.

"Agents want to do their jobs. They are being told not to," Judd said. "The American people deserve to know what is happening on the border before they vote."

A spokesman for U.S. Customs and Border Protection, Daniel Hetlage, said in an email that the agency "enforces the law as written" and that releases were made "consistent with court rulings and available detention capacity."

The Obama administration has said that the number of apprehensions at the southwest border is lower than it was a decade ago. At a White House briefing on Thursday, Press Secretary Josh Earnest said claims of an overwhelmed border were "simply not supported by the data."

Agents dispute that account. The third agent who spoke with Breitbart Texas said the numbers released by the department did not include people who evaded capture.

"The gotaways are the ones that scare me," the agent said. "We don't know who they are, and we don't know what they're bringing."

Republican lawmakers from Texas have seized on the reports. Rep. Lamar Sterling, a Republican who represents a district near San Antonio, said he planned to demand answers from Homeland Security Secretary Jeh Johnson.

"Secretary Johnson owes the agents and the public an explanation," Sterling said in a statement to Breitbart News. "If the policy is catch and release, say so."

Hillary Clinton's campaign has promised to expand protections from deportation and to pursue comprehensive immigration reform in her first 100 days. At a rally in Las Vegas, Clinton said she would "not rip families apart."

Trump, speaking in Arizona last month, vowed to end what he called "catch-and-release" on his first day in office and to build a wall on the southern border. "We will have a border," he said. "And it will be a great border."

Breitbart Texas reached out to the Department of Homeland Security for comment on the agents' claims. The department did not respond by press time.

Follow Colin Barrett on Twitter @ColinBarrettBT.
"""

BREITBART_2016_GOLD: Gold = (
    (
        "We are processing them and letting them go. That is the whole job now,",
        "one veteran agent",
        "one veteran agent",
    ),
    ("We're a taxi service.", "one veteran agent", "one veteran agent"),
    ("stacking people in the sally port.", "A second agent", "A second agent"),
    ("tied the hands", "Brandon Judd", "Brandon Judd"),
    ("Agents want to do their jobs. They are being told not to,", "Brandon Judd", "Judd"),
    (
        "The American people deserve to know what is happening on the border before they vote.",
        "Brandon Judd",
        "Judd",
    ),
    (
        "enforces the law as written",
        "Daniel Hetlage",
        "A spokesman for U.S. Customs and Border Protection",
    ),
    (
        "consistent with court rulings and available detention capacity.",
        "Daniel Hetlage",
        "A spokesman for U.S. Customs and Border Protection",
    ),
    ("simply not supported by the data.", "Josh Earnest", "Press Secretary Josh Earnest"),
    ("The gotaways are the ones that scare me,", "The third agent", "the agent"),
    (
        "We don't know who they are, and we don't know what they're bringing.",
        "The third agent",
        "the agent",
    ),
    (
        "Secretary Johnson owes the agents and the public an explanation,",
        "Lamar Sterling",
        "Sterling",
    ),
    ("If the policy is catch and release, say so.", "Lamar Sterling", "Sterling"),
    ("not rip families apart.", "Hillary Clinton", "Clinton"),
    ("catch-and-release", "Donald Trump", "Trump"),
    ("We will have a border,", "Donald Trump", "he"),
    ("And it will be a great border.", "Donald Trump", "he"),
)

USATODAY_2016_RALLY = """Trump, Clinton make final pitch in Pennsylvania as polls tighten

Nicole Hartley and Brian Sutter, USA TODAY

PHILADELPHIA — Donald Trump and Hillary Clinton crisscrossed Pennsylvania on Saturday, a sign of how much both campaigns believe the state could decide Tuesday's election.

Clinton drew thousands to a rally at a park in North Philadelphia, where she was introduced by Pennsylvania's first lady, Frances Wolf. The Democratic nominee told the crowd that the choice had "never been clearer."

"This election is about what kind of country we want to be," Clinton said. "Do we want a country where everyone has a shot, or one where only a few get ahead?"

About 60 miles away, in the suburbs of Reading, Trump told supporters he would bring back manufacturing jobs that he said had been "stolen" by Mexico and China.

"We're going to win Pennsylvania, and we're going to win big," Trump said, to loud cheers. "They don't think so. The pundits don't think so. But you watch."

The state has not voted for a Republican presidential candidate since 1988. But Trump's campaign has poured money and staff into the western part of the state, betting on big margins among white working-class voters.

Rick Santorum, the former senator from Pennsylvania who ran for president himself this year, campaigned with Trump in Reading. He said the nominee had "connected with people in a way Republicans haven't in a generation."

"I've been doing this a long time," Santorum told USA TODAY. "I've never seen crowds like this in this part of the state. Never."

Democrats said they were not worried. Marcel Groen, the chairman of the Philadelphia Democratic Party, said turnout in the city would be "through the roof."

"We're going to run up the numbers here like we always do," Groen said. "Philadelphia is going to deliver."

The candidates' surrogates fanned out across the state as well. President Obama is scheduled to campaign in Philadelphia on Monday night with Clinton. Vice President Biden spent Saturday in Scranton, his hometown, telling voters there that Trump "doesn't know the first thing" about working people.

At the Reading rally, Linda Koch, 62, a retired nurse, said she had voted for Obama in 2008 but had switched this year. "He promised change, and nothing changed," she said. "I'm giving the other guy a chance."

Her husband, Dale Koch, 64, said he had never voted for a Republican for president before. "My dad would be rolling over in his grave," he said, laughing. "But my dad never saw the mill close."

In Philadelphia, Tasha Givens, 29, a teacher, said she had waited in line for three hours to see Clinton. Asked why, she said: "Because I want my students to see a woman president. That's it. That's the whole reason."

The latest USA TODAY/Suffolk University poll of Pennsylvania showed Clinton leading by four percentage points, within the poll's margin of error. David Paleologos, director of the Suffolk University Political Research Center, said the race had tightened since mid-October.

"The trend is clearly toward Trump," Paleologos said. "Whether it's enough is the question."

Contributing: Kevin Marr
"""

USATODAY_2016_RALLY_GOLD: Gold = (
    ("never been clearer.", "Hillary Clinton", "The Democratic nominee"),
    ("This election is about what kind of country we want to be,", "Hillary Clinton", "Clinton"),
    (
        "Do we want a country where everyone has a shot, or one where only a few get ahead?",
        "Hillary Clinton",
        "Clinton",
    ),
    ("stolen", "Donald Trump", "he"),
    ("We're going to win Pennsylvania, and we're going to win big,", "Donald Trump", "Trump"),
    ("They don't think so. The pundits don't think so. But you watch.", "Donald Trump", "Trump"),
    ("connected with people in a way Republicans haven't in a generation.", "Rick Santorum", "He"),
    ("I've been doing this a long time,", "Rick Santorum", "Santorum"),
    (
        "I've never seen crowds like this in this part of the state. Never.",
        "Rick Santorum",
        "Santorum",
    ),
    ("through the roof.", "Marcel Groen", "Marcel Groen"),
    ("We're going to run up the numbers here like we always do,", "Marcel Groen", "Groen"),
    ("Philadelphia is going to deliver.", "Marcel Groen", "Groen"),
    ("doesn't know the first thing", "Biden", "Vice President Biden"),
    ("He promised change, and nothing changed,", "Linda Koch", "she"),
    ("I'm giving the other guy a chance.", "Linda Koch", "she"),
    ("My dad would be rolling over in his grave,", "Dale Koch", "he"),
    ("But my dad never saw the mill close.", "Dale Koch", "he"),
    (
        "Because I want my students to see a woman president. That's it. That's the whole reason.",
        "Tasha Givens",
        "she",
    ),
    ("The trend is clearly toward Trump,", "David Paleologos", "Paleologos"),
    ("Whether it's enough is the question.", "David Paleologos", "Paleologos"),
)

HUFFPOST_2016_GOP = """GOP Senator Says He 'Can't In Good Conscience' Back Trump After Tape

Eleanor Park
Senior Political Reporter, HuffPost

WASHINGTON ― Sen. Matt Haldane (R-N.H.) said Saturday that he would no longer support Donald Trump, joining a growing list of Republicans who have abandoned their party's nominee after the release of a 2005 recording in which Trump boasted about groping women.

"I can't in good conscience support a candidate who brags about sexual assault," Haldane said in a statement. "I will be writing in the name of a conservative Republican on my ballot."

Haldane, who is in a tight re-election race against the state's Democratic governor, had previously said he would vote for Trump but would not endorse him ― a distinction that Democrats mocked for months as "the Haldane two-step."

His opponent, Gov. Christine Pryor, was unimpressed. "It took a video for Senator Haldane to figure out who Donald Trump is," Pryor said in an interview with HuffPost. "The rest of us figured it out a long time ago."

The tape, first reported by The Washington Post on Friday, shows Trump telling "Access Hollywood" host Billy Bush that he could do "anything" to women because he was famous. Trump apologized in a video posted early Saturday, saying: "I said it, I was wrong, and I apologize."

But he also dismissed the comments as "locker room talk" and accused former President Bill Clinton of worse. "Bill Clinton has actually abused women, and Hillary has bullied, attacked, shamed and intimidated his victims," Trump said in the video.

The Republican National Committee did not respond to HuffPost's requests for comment. RNC Chairman Reince Priebus said in a brief statement on Friday night that "no woman should ever be described in these terms or talked about in this manner. Ever."

Several other Republicans followed Haldane on Saturday. Rep. Jason Chaffetz of Utah told a local television station that he could not look his teenage daughter "in the eye" and vote for Trump. Sen. Deb Fischer of Nebraska called on Trump to "step aside."

Not all Republicans were ready to abandon the nominee. Rep. Duncan Hunter of California, one of Trump's earliest supporters in Congress, said the comments were "wrong" but that Clinton was "far worse."

A senior Republican strategist who has advised several Senate campaigns this year said the party's candidates were in "an impossible position." The strategist, who spoke on condition of anonymity to speak frankly, said: "If they stick with him, they lose the suburbs. If they drop him, they lose the base. Pick your poison."

Haldane's campaign manager, Tom Reilly, told HuffPost that the senator's decision had nothing to do with politics. "He made this call as a father and a husband," Reilly said. "Not as a candidate."

Democrats were skeptical. "Matt Haldane stood by Donald Trump through the attacks on a Gold Star family, through the attacks on a Mexican-American judge, through all of it," said Meredith Kells, a spokeswoman for the Democratic Senatorial Campaign Committee. "He only found his spine when the polls moved."

Pryor's campaign said it would begin airing a new ad on Monday that features Haldane's past comments about Trump. The 30-second spot ends with the tagline "Too little, too late."
"""

HUFFPOST_2016_GOP_GOLD: Gold = (
    (
        "I can't in good conscience support a candidate who brags about sexual assault,",
        "Matt Haldane",
        "Haldane",
    ),
    (
        "I will be writing in the name of a conservative Republican on my ballot.",
        "Matt Haldane",
        "Haldane",
    ),
    ("the Haldane two-step.", "Democrats", "Democrats"),
    (
        "It took a video for Senator Haldane to figure out who Donald Trump is,",
        "Christine Pryor",
        "Pryor",
    ),
    ("The rest of us figured it out a long time ago.", "Christine Pryor", "Pryor"),
    ("anything", "Donald Trump", "Trump"),
    ("I said it, I was wrong, and I apologize.", "Donald Trump", "Trump"),
    ("locker room talk", "Donald Trump", "he"),
    (
        "Bill Clinton has actually abused women, and Hillary has bullied, attacked, shamed and intimidated his victims,",
        "Donald Trump",
        "Trump",
    ),
    (
        "no woman should ever be described in these terms or talked about in this manner. Ever.",
        "Reince Priebus",
        "RNC Chairman Reince Priebus",
    ),
    ("in the eye", "Jason Chaffetz", "Rep. Jason Chaffetz of Utah"),
    ("step aside.", "Deb Fischer", "Sen. Deb Fischer of Nebraska"),
    ("wrong", "Duncan Hunter", "Rep. Duncan Hunter of California"),
    ("far worse.", "Duncan Hunter", "Rep. Duncan Hunter of California"),
    ("an impossible position.", "A senior Republican strategist", "A senior Republican strategist"),
    (
        "If they stick with him, they lose the suburbs. If they drop him, they lose the base. Pick your poison.",
        "A senior Republican strategist",
        "The strategist",
    ),
    ("He made this call as a father and a husband,", "Tom Reilly", "Reilly"),
    ("Not as a candidate.", "Tom Reilly", "Reilly"),
    (
        "Matt Haldane stood by Donald Trump through the attacks on a Gold Star family, through the attacks on a Mexican-American judge, through all of it,",
        "Meredith Kells",
        "Meredith Kells",
    ),
    ("He only found his spine when the polls moved.", "Meredith Kells", "Meredith Kells"),
)

WESTERNJOURNAL_2016 = """Sheriff Blasts Obama Administration Over Sanctuary City Funding: 'They Are Rewarding Lawlessness'

By Trent Holloway

A Texas sheriff is speaking out after learning that several so-called sanctuary cities will continue to receive federal law enforcement grants despite refusing to cooperate with immigration authorities.

Sheriff Wade Cullen of Kinney County, a rural county on the Mexican border, told Western Journalism that the decision was "a slap in the face" to local officials who follow the law.

"We honor every detainer. We work with ICE every day," Cullen said. "And the cities that thumb their nose at federal law get the same money we do. They are rewarding lawlessness."

The Justice Department announced last week that it would not withhold grants from jurisdictions that limit cooperation with Immigration and Customs Enforcement, despite a report from the department's own inspector general that found at least 10 such jurisdictions may be violating federal law.

The inspector general's report, released in May, concluded that local policies in cities including Chicago, New Orleans and Philadelphia "may be inconsistent" with a federal statute that bars restrictions on sharing immigration information.

A Justice Department spokesman, Peter Carr, said the department was "reviewing the report's findings" and would issue guidance to grant recipients "in the coming months."

Critics say that is not good enough. Rep. John Culberson, a Texas Republican who chairs the House subcommittee that oversees the Justice Department's budget, has been pushing the administration for more than a year to cut off the money.

"The law is clear," Culberson said in a statement. "The Justice Department is choosing not to enforce it."

The issue gained national attention last year after the death of Kate Steinle, who was shot on a San Francisco pier by an illegal immigrant who had been deported five times. The suspect had been released by San Francisco authorities despite a request from ICE to hold him.

Donald Trump has repeatedly cited the case on the campaign trail. At a rally in Phoenix, the Republican nominee promised to "end sanctuary cities" and said that jurisdictions that refused to cooperate would "not receive taxpayer dollars" under his administration.

Hillary Clinton has said she supports so-called sanctuary policies in some circumstances. In a Democratic debate in March, she said that local police should focus on "violent criminals" rather than on people whose only offense is being in the country illegally.

Cullen, who has been sheriff for 14 years, said his deputies encounter people crossing the border illegally almost every day. Many of them, he said, are carrying drugs.

"People in Washington don't see what we see," the sheriff said. "They don't live with it."

Another border sheriff, Ramon Guerra of Starr County, offered a different view. Guerra, a Democrat, said that local police in large cities needed the trust of immigrant communities to solve crimes.

"If people are afraid to call us, we can't do our jobs," Guerra said. "That's true in Houston, and it's true here."

Cullen disagreed. "Trust is built by enforcing the law fairly," he said. "Not by picking which laws to enforce."

The Justice Department's guidance is expected before the end of the year.
"""

WESTERNJOURNAL_2016_GOLD: Gold = (
    ("a slap in the face", "Wade Cullen", "Sheriff Wade Cullen of Kinney County"),
    ("We honor every detainer. We work with ICE every day,", "Wade Cullen", "Cullen"),
    (
        "And the cities that thumb their nose at federal law get the same money we do. They are rewarding lawlessness.",
        "Wade Cullen",
        "Cullen",
    ),
    ("may be inconsistent", "The inspector general's report", "The inspector general's report"),
    ("reviewing the report's findings", "Peter Carr", "A Justice Department spokesman"),
    ("in the coming months.", "Peter Carr", "A Justice Department spokesman"),
    ("The law is clear,", "John Culberson", "Culberson"),
    ("The Justice Department is choosing not to enforce it.", "John Culberson", "Culberson"),
    ("end sanctuary cities", "Donald Trump", "the Republican nominee"),
    ("not receive taxpayer dollars", "Donald Trump", "the Republican nominee"),
    ("violent criminals", "Hillary Clinton", "she"),
    ("People in Washington don't see what we see,", "Wade Cullen", "the sheriff"),
    ("They don't live with it.", "Wade Cullen", "the sheriff"),
    ("If people are afraid to call us, we can't do our jobs,", "Ramon Guerra", "Guerra"),
    ("That's true in Houston, and it's true here.", "Ramon Guerra", "Guerra"),
    ("Trust is built by enforcing the law fairly,", "Wade Cullen", "he"),
    ("Not by picking which laws to enforce.", "Wade Cullen", "he"),
)

AP_2025_SHUTDOWN = """WASHINGTON (AP) — House Speaker Mike Dawson said Wednesday that he would not bring a stopgap spending bill to the floor unless it included new limits on emergency spending, raising the odds of a partial government shutdown at the end of the month.

The Louisiana Republican told reporters at the Capitol that his members were "done writing blank checks" and that the Senate would have to accept spending caps if it wanted to keep agencies open past Sept. 30.

"We've passed our bill. The ball is in their court," Dawson said. "If the government shuts down, it will be because the Senate refused to do its job."

Senate Majority Leader Chuck Rhodes, a New York Democrat, called the demand "a ransom note" and said Democrats would not agree to caps that "gut disaster relief for the communities that need it most."

"The speaker knows exactly what he's doing," Rhodes said on the Senate floor. "He is holding the whole government hostage to please 20 people in his conference."

The White House also weighed in. Press secretary Alana Brooks said the president would veto any bill that cut emergency aid, which has been used this year to respond to wildfires in the West and flooding in the Midwest.

"The president has been clear," Brooks told reporters during the daily briefing. "He will not sign a bill that leaves disaster survivors on their own."

Behind the scenes, a bipartisan group of senators has been working on a compromise that would extend funding until December and set up a commission to study emergency spending. Sen. Laura Pike, R-Maine, one of the negotiators, said the talks were "productive but fragile."

"Nobody wants a shutdown. Nobody," Pike said. "But wanting something and getting it done are two different things."

Another negotiator, Sen. Ray Okafor, D-Ga., said the group hoped to have text by the end of the week. He declined to describe the details of the proposal.

Conservative members of the House Freedom Caucus have said they will oppose any bill that does not cut spending. Rep. Tom Bexley, R-Texas, the caucus chairman, said in a post on X that a clean extension would be "dead on arrival" in the House.

"We were sent here to change how this town spends money, not to rubber-stamp it," Bexley wrote.

Dawson, who won the speakership in January after 11 rounds of voting, has little room for error. Republicans hold a 220-215 majority, and several moderates have said they would not support a bill that cut disaster aid.

One of those moderates, Rep. Ann Gallo, R-N.Y., whose district was hit by flooding in July, said she had told the speaker privately that she could not vote for cuts. Asked whether she would support a discharge petition to force a vote on a clean bill, Gallo did not rule it out.

"I'm going to do what's right for my district," she said. "That's the only thing that matters to me."

A senior House Republican aide, who spoke on condition of anonymity to discuss private conversations, said the speaker's team was "counting votes every hour." The aide said Dawson was prepared to keep the House in session through the weekend if needed.

"He's not going anywhere," the aide said. "Neither are we."

Federal agencies have begun preparing for a possible shutdown. The Office of Management and Budget sent a memo to agency heads on Tuesday instructing them to update their contingency plans, according to a copy obtained by The Associated Press. The memo says agencies should be ready to "execute an orderly shutdown" on Oct. 1.

The last shutdown, in 2019, lasted 35 days and was the longest in the nation's history.

___

Associated Press writers Kevin Freking and Mary Clare Jalonick contributed to this report.
"""

AP_2025_SHUTDOWN_GOLD: Gold = (
    ("done writing blank checks", "Mike Dawson", "The Louisiana Republican"),
    ("We've passed our bill. The ball is in their court,", "Mike Dawson", "Dawson"),
    (
        "If the government shuts down, it will be because the Senate refused to do its job.",
        "Mike Dawson",
        "Dawson",
    ),
    ("a ransom note", "Chuck Rhodes", "Senate Majority Leader Chuck Rhodes"),
    (
        "gut disaster relief for the communities that need it most.",
        "Chuck Rhodes",
        "Senate Majority Leader Chuck Rhodes",
    ),
    ("The speaker knows exactly what he's doing,", "Chuck Rhodes", "Rhodes"),
    (
        "He is holding the whole government hostage to please 20 people in his conference.",
        "Chuck Rhodes",
        "Rhodes",
    ),
    ("The president has been clear,", "Alana Brooks", "Brooks"),
    (
        "He will not sign a bill that leaves disaster survivors on their own.",
        "Alana Brooks",
        "Brooks",
    ),
    ("productive but fragile.", "Laura Pike", "Sen. Laura Pike"),
    ("Nobody wants a shutdown. Nobody,", "Laura Pike", "Pike"),
    ("But wanting something and getting it done are two different things.", "Laura Pike", "Pike"),
    ("dead on arrival", "Tom Bexley", "Rep. Tom Bexley"),
    (
        "We were sent here to change how this town spends money, not to rubber-stamp it,",
        "Tom Bexley",
        "Bexley",
    ),
    ("I'm going to do what's right for my district,", "Ann Gallo", "she"),
    ("That's the only thing that matters to me.", "Ann Gallo", "she"),
    (
        "counting votes every hour.",
        "A senior House Republican aide",
        "A senior House Republican aide",
    ),
    ("He's not going anywhere,", "A senior House Republican aide", "the aide"),
    ("Neither are we.", "A senior House Republican aide", "the aide"),
    ("execute an orderly shutdown", "The memo", "The memo"),
)

REUTERS_2025_TARIFF = """UPDATE 2-Carmakers warn of price hikes as tariff deadline nears

By Daniel Whitford and Sofia Marquez

DETROIT/MEXICO CITY, April 14 (Reuters) - Major automakers on Monday warned that new U.S. tariffs on imported vehicles and parts would push up prices for American car buyers by thousands of dollars, as a White House deadline for trading partners to strike deals drew closer.

The chief executive of Ford Motor Co, Jim Hadley, told an industry conference in Detroit that the company would have to raise prices on some models if the 25% levy on parts took effect as planned next month.

"We have absorbed what we can absorb," Hadley said. "There is a limit, and we are close to it."

General Motors said in a statement that it was "evaluating the impact" of the tariffs and would "make decisions that protect our customers and our employees." A GM spokesperson declined to say whether prices would rise.

The White House has said the tariffs are needed to bring manufacturing back to the United States. Trade adviser Peter Lorne said in an interview with Reuters on Sunday that automakers had "had years to move production home" and that the administration would not grant broad exemptions.

"They made their choices. Now they will live with them," Lorne said.

In Mexico, where automakers assemble about 3 million vehicles a year for the U.S. market, Economy Minister Rosa Ibarra said the government was in "intense talks" with Washington and hoped to reach an agreement before the deadline.

"Mexico is not the problem. Mexico is part of the solution," Ibarra told reporters in Mexico City. She said that parts often cross the border several times before a vehicle is finished and that tariffs on each crossing would "hurt workers on both sides."

Analysts said the levies could add between $4,000 and $12,000 to the price of some vehicles. "Consumers are going to see this at the dealership very quickly," said Maria Chen, an analyst at Cox Automotive. "The industry simply does not have the margins to eat it."

Another analyst, Tom Brennan of Bernstein, wrote in a note to clients that the tariffs would hit Detroit's automakers harder than their Japanese and Korean rivals because of their reliance on plants in Mexico and Canada. Brennan estimated that GM's annual profit could fall by as much as a fifth.

The United Auto Workers union, which has supported some tariffs, said the measures should be paired with protections for workers. UAW President Shawn Fain said in a video posted on social media that "tariffs alone won't bring back a single job if the companies just pocket the money."

Canada's industry minister, Anand Mehta, said Ottawa would retaliate if the tariffs were imposed. "We will respond in a measured way, but we will respond," Mehta said in a statement.

Shares of Ford fell 3% and GM's fell 2.5% in afternoon trading. Stellantis, the maker of Jeep and Ram vehicles, said its chief executive, Carlos Moreau, would address the issue at the company's investor day on Thursday.

A person familiar with Stellantis' plans said the company was considering shifting some production of Ram pickups from Mexico to Michigan. "Everything is on the table," the person said, speaking on condition of anonymity because the plans are not public.

(Reporting by Daniel Whitford in Detroit and Sofia Marquez in Mexico City; Additional reporting by David Shepardson in Washington; Editing by Jamie Freed)
"""

REUTERS_2025_TARIFF_GOLD: Gold = (
    ("We have absorbed what we can absorb,", "Jim Hadley", "Hadley"),
    ("There is a limit, and we are close to it.", "Jim Hadley", "Hadley"),
    ("evaluating the impact", "General Motors", "General Motors"),
    (
        "make decisions that protect our customers and our employees.",
        "General Motors",
        "General Motors",
    ),
    ("had years to move production home", "Peter Lorne", "Peter Lorne"),
    ("They made their choices. Now they will live with them,", "Peter Lorne", "Lorne"),
    ("intense talks", "Rosa Ibarra", "Economy Minister Rosa Ibarra"),
    ("Mexico is not the problem. Mexico is part of the solution,", "Rosa Ibarra", "Ibarra"),
    ("hurt workers on both sides.", "Rosa Ibarra", "She"),
    ("Consumers are going to see this at the dealership very quickly,", "Maria Chen", "Maria Chen"),
    ("The industry simply does not have the margins to eat it.", "Maria Chen", "Maria Chen"),
    (
        "tariffs alone won't bring back a single job if the companies just pocket the money.",
        "Shawn Fain",
        "UAW President Shawn Fain",
    ),
    ("We will respond in a measured way, but we will respond,", "Anand Mehta", "Mehta"),
    ("Everything is on the table,", "A person familiar with Stellantis' plans", "the person"),
)

GUARDIAN_2025_WATER = """Water company bosses face criminal inquiry over sewage spills

Regulator says it has 'serious concerns' about data at three firms as campaigners call for jail terms

Jessica Moore Environment correspondent

Bosses at three of England's largest water companies are facing a criminal investigation into whether they misled regulators about the scale of sewage discharges into rivers and the sea, the Environment Agency has said.

The agency said on Tuesday it had "serious concerns" about the accuracy of data provided by the companies over five years, and that officers had visited the firms' offices to seize documents and computers.

Its chief executive, Philip Dunn, said the investigation was "the largest in the agency's history" and that no one would be "above the law".

"If we find that people have deliberately misled us, we will not hesitate to prosecute them," Dunn said. "The public has a right to know what is going into our rivers."

None of the companies was named by the agency, but two of them confirmed on Tuesday that they were under investigation. Severn Vale Water said it was "cooperating fully" and that it did not believe it had broken the law. A spokesperson for Eastmoor Water said: "We take our environmental obligations extremely seriously and will assist the agency in every way we can."

The environment secretary, Rachel Kerr, said the government would not tolerate "cover-ups" and would give the regulator whatever powers it needed.

"For too long, water companies have treated our rivers as open sewers," she told MPs. "That era is over."

Campaigners welcomed the investigation but said it had come too late. Fergus Lowe, the founder of the campaign group River Watch, said he had been raising concerns about the companies' data for years.

"We were told we were scaremongering," he said. "Now we find out that the regulator had the same concerns. Someone should go to prison for this."

Lowe's group, which monitors water quality at more than 200 sites, published a report last year that found sewage discharges at some outlets were up to ten times higher than the companies had reported.

The shadow environment secretary, Tom Ashby, said the government had been "asleep at the wheel" and called for an independent inquiry into the regulator's own performance.

Industry figures said they feared that the investigation would deter investment at a time when the companies need to spend billions of pounds on new infrastructure. A senior executive at one of the firms, who asked not to be named, said: "Nobody is going to put money into a sector where you might end up in the dock for a spreadsheet error."

Water UK, the industry body, said in a statement that "the vast majority of people working in this industry are committed to cleaning up our rivers" and that it would "await the outcome of the investigation".

Under legislation passed last year, water company executives can face up to two years in prison for obstructing investigations. No executive has yet been prosecuted under the law.

The Environment Agency said it expected the investigation to take at least 18 months. Dunn said the agency had hired additional investigators and forensic accountants to carry it out.

"This is complex work," he said. "We will get it right rather than get it quick."
"""

GUARDIAN_2025_WATER_GOLD: Gold = (
    ("serious concerns", "Environment Agency", "The agency"),
    ("the largest in the agency's history", "Philip Dunn", "Its chief executive"),
    ("above the law", "Philip Dunn", "Its chief executive"),
    (
        "If we find that people have deliberately misled us, we will not hesitate to prosecute them,",
        "Philip Dunn",
        "Dunn",
    ),
    ("The public has a right to know what is going into our rivers.", "Philip Dunn", "Dunn"),
    ("cooperating fully", "Severn Vale Water", "Severn Vale Water"),
    (
        "We take our environmental obligations extremely seriously and will assist the agency in every way we can.",
        "A spokesperson for Eastmoor Water",
        "A spokesperson for Eastmoor Water",
    ),
    ("cover-ups", "Rachel Kerr", "The environment secretary"),
    ("For too long, water companies have treated our rivers as open sewers,", "Rachel Kerr", "she"),
    ("That era is over.", "Rachel Kerr", "she"),
    ("We were told we were scaremongering,", "Fergus Lowe", "he"),
    (
        "Now we find out that the regulator had the same concerns. Someone should go to prison for this.",
        "Fergus Lowe",
        "he",
    ),
    ("asleep at the wheel", "Tom Ashby", "The shadow environment secretary"),
    (
        "Nobody is going to put money into a sector where you might end up in the dock for a spreadsheet error.",
        "A senior executive at one of the firms",
        "A senior executive at one of the firms",
    ),
    (
        "the vast majority of people working in this industry are committed to cleaning up our rivers",
        "Water UK",
        "Water UK",
    ),
    ("await the outcome of the investigation", "Water UK", "Water UK"),
    ("This is complex work,", "Philip Dunn", "he"),
    ("We will get it right rather than get it quick.", "Philip Dunn", "he"),
)

BBC_2024_SCHOOL = """School closures: Parents 'devastated' as council confirms plans

By Owen Griffiths BBC Wales

Parents have said they are "devastated" after a council confirmed plans to close three village primary schools in Powys.

Powys County Council's cabinet voted on Tuesday to shut the schools, which have a combined 74 pupils, at the end of the next academic year.

The council said falling pupil numbers and rising costs meant the schools were no longer viable. Children will move to a new school being built in a nearby town.

Cabinet member for education, Councillor Sian Hughes, said the decision had not been taken lightly.

"I know how much these schools mean to their communities," she said. "But we have a duty to give every child the best education we can, and small schools with mixed classes of four year groups struggle to do that."

Parents had campaigned for months to keep the schools open, presenting a petition with more than 3,000 signatures to the council in the summer.

Gwen Prydderch, whose two children attend one of the schools, said families felt "completely ignored".

"We filled the consultation in, we went to every meeting, we wrote letters," she said. "And at the end of it they did exactly what they were always going to do."

She said her younger child, who is five, would face a 40-minute bus journey each way to the new school.

Another parent, Dafydd Rees, said the closure would "rip the heart out" of the village.

"When the school goes, the young families go," he said. "Then the shop goes, then the pub. We've seen it happen everywhere else."

The Welsh government has a presumption against the closure of rural schools, meaning councils must show that they have considered alternatives. A Welsh government spokesperson said: "Decisions on school organisation are a matter for local authorities, who must follow the statutory code."

Plaid Cymru's education spokesperson in the Senedd, Heledd Morgan, said the closures were "part of a pattern" across rural Wales.

"Our rural communities are being hollowed out, school by school," she said. "The Welsh government needs to step in."

The council's leader, Councillor James Ellis, said the authority was facing a budget gap of £15m next year and could not afford to keep "half-empty buildings" open.

"Nobody came into local government to close schools," he told BBC Wales. "But the money simply isn't there."

Parents said they were considering a legal challenge. Ms Prydderch said a solicitor was looking at whether the consultation had been carried out properly.

"We're not giving up," she said. "Not yet."

Figures published by the council show that the three schools cost an average of £9,800 per pupil last year, compared with £5,200 across the county as a whole. Two of the buildings also need new roofs, at an estimated cost of £600,000. Pupil numbers at the three schools have fallen by a third in the past decade.

The council said it would work with families to make the move "as smooth as possible" and that transport would be provided free of charge.
"""

BBC_2024_SCHOOL_GOLD: Gold = (
    ("devastated", "Parents", "Parents"),
    ("I know how much these schools mean to their communities,", "Sian Hughes", "she"),
    (
        "But we have a duty to give every child the best education we can, and small schools with mixed classes of four year groups struggle to do that.",
        "Sian Hughes",
        "she",
    ),
    ("completely ignored", "Gwen Prydderch", "Gwen Prydderch"),
    (
        "We filled the consultation in, we went to every meeting, we wrote letters,",
        "Gwen Prydderch",
        "she",
    ),
    (
        "And at the end of it they did exactly what they were always going to do.",
        "Gwen Prydderch",
        "she",
    ),
    ("rip the heart out", "Dafydd Rees", "Another parent"),
    ("When the school goes, the young families go,", "Dafydd Rees", "he"),
    (
        "Then the shop goes, then the pub. We've seen it happen everywhere else.",
        "Dafydd Rees",
        "he",
    ),
    (
        "Decisions on school organisation are a matter for local authorities, who must follow the statutory code.",
        "A Welsh government spokesperson",
        "A Welsh government spokesperson",
    ),
    ("part of a pattern", "Heledd Morgan", "Heledd Morgan"),
    ("Our rural communities are being hollowed out, school by school,", "Heledd Morgan", "she"),
    ("The Welsh government needs to step in.", "Heledd Morgan", "she"),
    ("half-empty buildings", "James Ellis", "The council's leader"),
    ("Nobody came into local government to close schools,", "James Ellis", "he"),
    ("But the money simply isn't there.", "James Ellis", "he"),
    ("We're not giving up,", "Gwen Prydderch", "she"),
    ("Not yet.", "Gwen Prydderch", "she"),
    ("as smooth as possible", "Powys County Council", "The council"),
)

AFP_2024_ELECTION = """Senegal's new president vows to renegotiate oil and gas contracts

Dakar (AFP) - Senegal's newly elected President Amadou Diallo on Thursday pledged to review the country's oil and gas contracts with foreign companies, telling supporters in the capital that the nation's resources "belong to the Senegalese people."

Diallo, a 44-year-old former tax inspector who was released from prison just ten days before the vote, won more than 54 percent of the ballots in Sunday's election, according to provisional results.

"We will renegotiate every contract that does not serve our interests," he told a crowd of several thousand people gathered outside his party's headquarters. "This is not a threat. It is a promise to the youth of this country."

Senegal began producing oil this year from an offshore field operated by an Australian company, and a major gas project on the maritime border with Mauritania is expected to start exports in the coming months.

The Australian operator said in a statement to AFP that it had "a strong and constructive relationship" with the Senegalese government and looked forward to "continuing that partnership with the new administration."

Analysts said the new president would have to tread carefully. "He has a mandate for change, but he also needs investment," said Fatou Ndiaye, a researcher at a think tank in Dakar. "If he scares off the oil companies, the youth he promised jobs to will be the first to pay."

Outgoing President Macky Sow congratulated his successor on Monday, a gesture that was widely praised in a region that has seen a string of coups in recent years.

"I salute the victory of Mr. Diallo, which reflects the will of the people," Sow wrote on X.

The African Union and the Economic Community of West African States both hailed the vote as a sign of the strength of Senegal's democracy. The head of the ECOWAS observer mission, former Nigerian president Olusegun Bako, told reporters in Dakar that the election had been "peaceful, transparent and credible."

In the streets of the capital, many young people said they hoped the new president would bring down the cost of living and create jobs.

"We voted for him because he speaks like us," said Moussa Kane, a 27-year-old motorbike taxi driver. "He knows what it is to have nothing in your pocket at the end of the month."

Aissatou Ba, a 31-year-old market trader, was more cautious. "Everyone makes promises before they are elected," she said. "We will see what he does in one year, in two years."

Diallo's running mate during the campaign, and his mentor, opposition leader Ousmane Faye, was barred from the election because of a defamation conviction. Faye is widely expected to be named prime minister.

Asked on Thursday whether Faye would be part of the government, Diallo smiled. "You will know soon," he said. "Very soon."

The new president is due to be sworn in on April 2. He will be the youngest head of state in Senegal's history.

Diallo has also promised to leave the CFA franc, a regional currency backed by France, and to create a national currency. Economists have warned that such a move could take years and would carry significant risks.

"Monetary sovereignty is a legitimate goal, but it is not something you do in a hundred days," said Lionel Mercier, an economist at a French bank who follows West Africa. "Markets will want to see a credible plan."
"""

AFP_2024_ELECTION_GOLD: Gold = (
    (
        "belong to the Senegalese people.",
        "Amadou Diallo",
        "Senegal's newly elected President Amadou Diallo",
    ),
    (
        "We will renegotiate every contract that does not serve our interests,",
        "Amadou Diallo",
        "he",
    ),
    ("This is not a threat. It is a promise to the youth of this country.", "Amadou Diallo", "he"),
    (
        "a strong and constructive relationship",
        "The Australian operator",
        "The Australian operator",
    ),
    (
        "continuing that partnership with the new administration.",
        "The Australian operator",
        "The Australian operator",
    ),
    ("He has a mandate for change, but he also needs investment,", "Fatou Ndiaye", "Fatou Ndiaye"),
    (
        "If he scares off the oil companies, the youth he promised jobs to will be the first to pay.",
        "Fatou Ndiaye",
        "Fatou Ndiaye",
    ),
    (
        "I salute the victory of Mr. Diallo, which reflects the will of the people,",
        "Macky Sow",
        "Sow",
    ),
    (
        "peaceful, transparent and credible.",
        "Olusegun Bako",
        "The head of the ECOWAS observer mission",
    ),
    ("We voted for him because he speaks like us,", "Moussa Kane", "Moussa Kane"),
    (
        "He knows what it is to have nothing in your pocket at the end of the month.",
        "Moussa Kane",
        "Moussa Kane",
    ),
    ("Everyone makes promises before they are elected,", "Aissatou Ba", "she"),
    ("We will see what he does in one year, in two years.", "Aissatou Ba", "she"),
    ("You will know soon,", "Amadou Diallo", "he"),
    ("Very soon.", "Amadou Diallo", "he"),
    (
        "Monetary sovereignty is a legitimate goal, but it is not something you do in a hundred days,",
        "Lionel Mercier",
        "Lionel Mercier",
    ),
    ("Markets will want to see a credible plan.", "Lionel Mercier", "Lionel Mercier"),
)

BLOOMBERG_2025_BANK = """Regional Bank CEO Says Deposit Flight Is Over as Shares Rebound

By Alicia Fernandez and Tom Kessler

(Bloomberg) -- Crestline Financial Corp.'s chief executive said the worst of the deposit outflows that battered the regional lender last month has passed, sending its shares up as much as 18% in New York trading.

"We have seen deposits stabilize for three straight weeks," Marcus Hale said in an interview with Bloomberg Television on Wednesday. "Our clients have stopped asking whether we will be here next month and started asking about loans again."

Crestline lost about $6 billion of deposits, or 11% of the total, in the two weeks after it disclosed unexpected losses on a portfolio of commercial real estate loans. The bank has since sold $2 billion of securities and borrowed from the Federal Home Loan Bank system to shore up its liquidity.

Hale, who took over as CEO in 2021 after running the firm's wealth management unit, declined to say whether the bank was in talks to raise capital. "We have all the options you would expect a prudent bank to have," he said. "We don't need to do anything today."

Some analysts remain skeptical. Ben Carver, an analyst at KBW, said in a note to clients that the bank's office loan book was "still a black box" and that further writedowns were likely.

"The deposit story has improved, but the asset story has not," Carver wrote. "We would want to see another quarter of data before getting more comfortable."

Another analyst, Rachel Ong of Morgan Stanley, upgraded the stock to equal-weight from underweight, saying the selloff had been "overdone relative to the fundamentals."

The turmoil at Crestline has revived concerns about smaller banks' exposure to commercial property, where values have fallen sharply since the pandemic as companies cut back on office space. Federal Reserve Vice Chair for Supervision Martha Lyle told lawmakers last week that regulators were "closely monitoring" banks with large concentrations in the sector.

"We do not see a systemic problem, but we do see pockets of stress," Lyle said at a hearing of the House Financial Services Committee. "Banks with high concentrations need to be building reserves now."

Crestline's largest shareholder, the investment firm Harbor Point Capital, said in a statement that it supported management and had no plans to sell. The firm's founder, Daniel Osei, told Bloomberg News that he had "increased our position" during the selloff.

"I've been investing in banks for 30 years," Osei said. "You make your money in these moments, not in the good times."

Shares of Crestline have still fallen about 35% this year, compared with a 4% decline in the KBW Regional Banking Index.

A person familiar with the bank's deliberations said its board had discussed a possible sale of its equipment-finance unit to raise capital, though no decision had been made. The person asked not to be identified because the discussions are private.

Hale said on Wednesday that the bank was "not for sale" and that he expected it to remain independent. Asked about the equipment-finance unit, he said: "We review all of our businesses all the time. That is just good management."

-- With assistance from Jenny Surane.

To contact the reporters on this story:
Alicia Fernandez in New York at afernandez@bloomberg.net
"""

BLOOMBERG_2025_BANK_GOLD: Gold = (
    ("We have seen deposits stabilize for three straight weeks,", "Marcus Hale", "Marcus Hale"),
    (
        "Our clients have stopped asking whether we will be here next month and started asking about loans again.",
        "Marcus Hale",
        "Marcus Hale",
    ),
    ("We have all the options you would expect a prudent bank to have,", "Marcus Hale", "he"),
    ("We don't need to do anything today.", "Marcus Hale", "he"),
    ("still a black box", "Ben Carver", "Ben Carver"),
    ("The deposit story has improved, but the asset story has not,", "Ben Carver", "Carver"),
    (
        "We would want to see another quarter of data before getting more comfortable.",
        "Ben Carver",
        "Carver",
    ),
    ("overdone relative to the fundamentals.", "Rachel Ong", "Another analyst"),
    ("closely monitoring", "Martha Lyle", "Federal Reserve Vice Chair for Supervision Martha Lyle"),
    ("We do not see a systemic problem, but we do see pockets of stress,", "Martha Lyle", "Lyle"),
    ("Banks with high concentrations need to be building reserves now.", "Martha Lyle", "Lyle"),
    ("increased our position", "Daniel Osei", "The firm's founder"),
    ("I've been investing in banks for 30 years,", "Daniel Osei", "Osei"),
    ("You make your money in these moments, not in the good times.", "Daniel Osei", "Osei"),
    ("not for sale", "Marcus Hale", "Hale"),
    (
        "We review all of our businesses all the time. That is just good management.",
        "Marcus Hale",
        "he",
    ),
)

LOCAL_2026_ZONING = """Planning board approves warehouse despite neighbors' objections

By Kara Whitlock
Staff Writer

HOLLISTON — After nearly four hours of testimony that stretched past midnight, the Planning Board voted 4-1 Tuesday to approve a 240,000-square-foot distribution warehouse on the former Ridgeview golf course, a project that drew more opposition than any in recent memory.

Board Chairman Walter Pruitt said the members had "no legal basis" to reject the plan because the land has been zoned for industrial use since 1987.

"I understand people are upset. I'd be upset too if I lived on Ridgeview Road," Pruitt said before the vote. "But we are not allowed to deny a project because we don't like it. We have to follow the bylaw."

The lone vote against the project came from board member Irene Castellano, who said the developer's traffic study "doesn't pass the laugh test." She said the study counted trucks on a Sunday in August, when traffic is at its lightest.

"If this goes forward, Route 16 will be a parking lot at 7 in the morning," Castellano said.

The developer, Keystone Logistics Partners of Boston, has said the warehouse will bring 300 jobs and about $1.1 million a year in property taxes. Its attorney, Daniel Fisk, told the board that the company had agreed to limit truck traffic to Route 16 and to build a 30-foot landscaped berm between the building and nearby homes.

"This is a better project than what the zoning would allow by right," Fisk said. "We have listened, and we have made changes."

More than 60 residents signed up to speak. Nearly all of them opposed the plan.

Joanne Marr, who has lived on Ridgeview Road for 22 years, said the berm would do little to block noise from trucks backing up at all hours. "They keep saying 'berm' like it's a magic word," she said. "A pile of dirt is not going to stop a diesel engine at 3 a.m."

Her neighbor, Ted Marr — no relation, he joked — said he was worried about his property value. "I put my whole life into that house," he said. "Who is going to buy it now?"

A few speakers supported the project. Linda Osei, who owns a diner on Main Street, said the town needed the tax revenue and the jobs.

"Our kids can't afford to live here. Our seniors can't afford their tax bills," Osei said. "Something has to give."

Select Board member Paul Brandt, who attended the meeting but did not speak, said afterward that he expected the decision to be appealed. "This isn't over," he said. "Not by a long shot."

A group of residents calling themselves Save Ridgeview has already raised more than $40,000 for a legal challenge. The group's organizer, Megan Tully, said it would file an appeal in Land Court within the 20-day deadline.

"We've been told over and over that our hands are tied," Tully said. "We don't accept that."

Town Planner Chris Ahn said the project would still need a stormwater permit from the Conservation Commission and a curb-cut permit from the state Department of Transportation. Construction could begin as early as next spring, he said.

Pruitt, who has served on the board for 16 years, said it was one of the hardest votes he had taken. "Nobody up here enjoyed this," he said.
"""

LOCAL_2026_ZONING_GOLD: Gold = (
    ("no legal basis", "Walter Pruitt", "Board Chairman Walter Pruitt"),
    (
        "I understand people are upset. I'd be upset too if I lived on Ridgeview Road,",
        "Walter Pruitt",
        "Pruitt",
    ),
    (
        "But we are not allowed to deny a project because we don't like it. We have to follow the bylaw.",
        "Walter Pruitt",
        "Pruitt",
    ),
    ("doesn't pass the laugh test.", "Irene Castellano", "who"),
    (
        "If this goes forward, Route 16 will be a parking lot at 7 in the morning,",
        "Irene Castellano",
        "Castellano",
    ),
    ("This is a better project than what the zoning would allow by right,", "Daniel Fisk", "Fisk"),
    ("We have listened, and we have made changes.", "Daniel Fisk", "Fisk"),
    ("They keep saying 'berm' like it's a magic word,", "Joanne Marr", "she"),
    ("A pile of dirt is not going to stop a diesel engine at 3 a.m.", "Joanne Marr", "she"),
    ("I put my whole life into that house,", "Ted Marr", "he"),
    ("Who is going to buy it now?", "Ted Marr", "he"),
    (
        "Our kids can't afford to live here. Our seniors can't afford their tax bills,",
        "Linda Osei",
        "Osei",
    ),
    ("Something has to give.", "Linda Osei", "Osei"),
    ("This isn't over,", "Paul Brandt", "he"),
    ("Not by a long shot.", "Paul Brandt", "he"),
    ("We've been told over and over that our hands are tied,", "Megan Tully", "Tully"),
    ("We don't accept that.", "Megan Tully", "Tully"),
    ("Nobody up here enjoyed this,", "Walter Pruitt", "he"),
)

TRADE_2025_SUPPLY = """Freight Weekly

Ocean carriers announce peak-season surcharges as Red Sea diversions continue

By Nadia Ferris, Senior Editor

Major container lines have begun notifying customers of peak-season surcharges on Asia-Europe and trans-Pacific routes, as continued diversions around the Cape of Good Hope keep effective capacity tight heading into the busiest shipping months of the year.

At least four of the top ten carriers have filed surcharges of between $500 and $1,500 per forty-foot container, effective from mid-July, according to notices reviewed by Freight Weekly.

"The network is still absorbing the extra sailing days," said Henrik Lund, head of ocean product at a large Copenhagen-based forwarder. "Every ship that goes around Africa is a ship that is not available for another loop. Carriers know that, and shippers know it too."

Lund said his company's customers were booking earlier than usual to secure space. "Nobody wants to be the one who gets rolled in September," he said.

Shippers' groups pushed back against the surcharges. The Global Shippers Forum said in a statement that carriers were "using the crisis as an excuse" to lift rates beyond what higher costs justify.

"Carriers posted record profits in the last disruption, and we are seeing the same playbook," said the forum's secretary general, Amara Johnson. "Regulators on both sides of the Atlantic should be paying close attention."

A spokesperson for one of the large carriers, who asked not to be named because the company does not comment on pricing, said the surcharges reflected "real and significant" increases in fuel and charter costs. "Nobody is gaming anything," the spokesperson said. "The ships are at sea for two more weeks per voyage, and somebody has to pay for the fuel."

Spot rates on the Shanghai-Rotterdam lane rose 9% last week, according to the Drewry World Container Index, while rates to the U.S. West Coast climbed 6%.

Analysts expect the pressure to ease later in the year as new vessels are delivered. Some 2.8 million TEU of new capacity is due to enter service in 2025, according to consultancy Alphaliner.

"There is a wall of new tonnage coming," said Simon Hartley, a senior analyst at Alphaliner. "By the fourth quarter, I would expect carriers to be fighting for cargo again rather than charging extra for it."

But Hartley cautioned that the outlook depended on the security situation in the Red Sea. "If the Suez route reopens quickly, rates could fall off a cliff," he said. "If it doesn't, the new ships will simply fill the gap."

For U.S. importers, the timing is awkward. Many retailers are bringing forward holiday orders to get ahead of possible new tariffs, adding to demand in July and August.

Jessica Rao, vice president of supply chain at a home furnishings retailer based in North Carolina, said her team had moved some orders up by six weeks. "We would rather pay for storage than miss the season," Rao said. "We learned that lesson the hard way in 2021."

The National Retail Federation's port tracker, released on Monday, forecasts imports of 2.1 million TEU in July, the highest monthly total since 2022. Ben Ackerman, the federation's vice president for supply chain policy, said retailers were "doing everything they can to keep shelves stocked and prices stable."

Freight Weekly's own survey of 120 shippers, conducted in late May, found that 64% expected ocean rates to be higher at the end of the year than at the start. Just 11% expected them to be lower.
"""

TRADE_2025_SUPPLY_GOLD: Gold = (
    ("The network is still absorbing the extra sailing days,", "Henrik Lund", "Henrik Lund"),
    (
        "Every ship that goes around Africa is a ship that is not available for another loop. Carriers know that, and shippers know it too.",
        "Henrik Lund",
        "Henrik Lund",
    ),
    ("Nobody wants to be the one who gets rolled in September,", "Henrik Lund", "he"),
    ("using the crisis as an excuse", "Global Shippers Forum", "The Global Shippers Forum"),
    (
        "Carriers posted record profits in the last disruption, and we are seeing the same playbook,",
        "Amara Johnson",
        "the forum's secretary general",
    ),
    (
        "Regulators on both sides of the Atlantic should be paying close attention.",
        "Amara Johnson",
        "the forum's secretary general",
    ),
    (
        "real and significant",
        "A spokesperson for one of the large carriers",
        "A spokesperson for one of the large carriers",
    ),
    (
        "Nobody is gaming anything,",
        "A spokesperson for one of the large carriers",
        "the spokesperson",
    ),
    (
        "The ships are at sea for two more weeks per voyage, and somebody has to pay for the fuel.",
        "A spokesperson for one of the large carriers",
        "the spokesperson",
    ),
    ("There is a wall of new tonnage coming,", "Simon Hartley", "Simon Hartley"),
    (
        "By the fourth quarter, I would expect carriers to be fighting for cargo again rather than charging extra for it.",
        "Simon Hartley",
        "Simon Hartley",
    ),
    ("If the Suez route reopens quickly, rates could fall off a cliff,", "Simon Hartley", "he"),
    ("If it doesn't, the new ships will simply fill the gap.", "Simon Hartley", "he"),
    ("We would rather pay for storage than miss the season,", "Jessica Rao", "Rao"),
    ("We learned that lesson the hard way in 2021.", "Jessica Rao", "Rao"),
    (
        "doing everything they can to keep shelves stocked and prices stable.",
        "Ben Ackerman",
        "Ben Ackerman",
    ),
)


#: The stories by name, with their gold.
CASES: dict[str, tuple[str, Gold]] = {
    "nyt_2016_debate": (NYT_2016_DEBATE, NYT_2016_DEBATE_GOLD),
    "politico_2016_memo": (POLITICO_2016_MEMO, POLITICO_2016_MEMO_GOLD),
    "wapo_2016_primary": (WAPO_2016_PRIMARY, WAPO_2016_PRIMARY_GOLD),
    "breitbart_2016": (BREITBART_2016, BREITBART_2016_GOLD),
    "usatoday_2016_rally": (USATODAY_2016_RALLY, USATODAY_2016_RALLY_GOLD),
    "huffpost_2016_gop": (HUFFPOST_2016_GOP, HUFFPOST_2016_GOP_GOLD),
    "westernjournal_2016": (WESTERNJOURNAL_2016, WESTERNJOURNAL_2016_GOLD),
    "ap_2025_shutdown": (AP_2025_SHUTDOWN, AP_2025_SHUTDOWN_GOLD),
    "reuters_2025_tariff": (REUTERS_2025_TARIFF, REUTERS_2025_TARIFF_GOLD),
    "guardian_2025_water": (GUARDIAN_2025_WATER, GUARDIAN_2025_WATER_GOLD),
    "afp_2024_election": (AFP_2024_ELECTION, AFP_2024_ELECTION_GOLD),
    "bloomberg_2025_bank": (BLOOMBERG_2025_BANK, BLOOMBERG_2025_BANK_GOLD),
    "local_2026_zoning": (LOCAL_2026_ZONING, LOCAL_2026_ZONING_GOLD),
    "trade_2025_supply": (TRADE_2025_SUPPLY, TRADE_2025_SUPPLY_GOLD),
}

#: ``Speaker.role`` of the speaker of a quote, where the role matters.
ROLES: dict[tuple[str, str], str] = {
    ("ap_2025_shutdown", "done writing blank checks"): "House Speaker",
    ("nyt_2016_debate", "won on the substance."): "congressman's brother",
    (
        "usatoday_2016_rally",
        "connected with people in a way Republicans haven't in a generation.",
    ): ("former senator from Pennsylvania"),
}

#: Stories whose remaining errors no general rule fixes yet, with the reason
#: (the test fails if they start passing).
KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize("name", story_names(CASES, KNOWN_FAILURES))
def test_long_story(name: str) -> None:
    text, gold = CASES[name]
    assert 500 <= len(text.split()) <= 1000
    check_story(name, text, gold, ROLES)


@pytest.mark.parametrize(
    ("text", "quote", "name", "mention"),
    [
        # a pronoun goes to one of its gender named in its own paragraph over a
        # speaker before of no known gender
        (
            '"We cannot let up," Jo Mook wrote. "It is close," Mook added.\n\n'
            '"It is a cold shower," one aide said.\n\n'
            'Jason Miller said the other side was "nervous."\n\n'
            "Kellyanne Conway, the campaign manager, struck a cautious tone in an interview "
            'on Sunday. Asked whether the campaign was behind, she said: "We are behind."',
            "We are behind.",
            "Kellyanne Conway",
            "she",
        ),
        # a name with its description set off opens a paragraph: "He said" is that person
        (
            '"We will win," Donald Trump said.\n\n'
            "Rick Santorum, the former senator from Pennsylvania, campaigned with Trump. "
            'He said the nominee had "connected with people."',
            "connected with people.",
            "Rick Santorum",
            "He",
        ),
        # ... and so does a full name whose first name gives a person
        (
            '"We will win," Donald Trump said.\n\n'
            'Rick Santorum campaigned with Trump. He said the nominee had "connected."',
            "connected.",
            "Rick Santorum",
            "He",
        ),
        # ... when the pronoun opens a sentence that reports after another verb
        (
            '"He is trying," said Paul Lindqvist, a professor.\n\n'
            "The congressman's brother, Mark Lind, is a county commissioner and has "
            "appeared in ads. He was in the audience and told reporters that his brother "
            'had "won."',
            "won.",
            "Mark Lind",
            "He",
        ),
        # a surname after an opening clause (one asked, not a speaker) opens the paragraph
        (
            '"We voted for him," said Moussa Kane, a driver. Amadou Diallo won.\n\n'
            "Asked on Thursday whether Faye would be part of the government, Diallo "
            'smiled. "You will know soon," he said.',
            "You will know soon,",
            "Amadou Diallo",
            "he",
        ),
        # a party description is the one the paragraph before is about ...
        (
            "WASHINGTON (AP) \u2014 House Speaker Mike Dawson said Wednesday that he would "
            "not bring the bill to the floor.\n\n"
            'The Louisiana Republican told reporters his members were "done writing checks."',
            "done writing checks.",
            "Mike Dawson",
            "The Louisiana Republican",
        ),
        # ... or its own paragraph, as a subject
        (
            '"We will win," Hillary Clinton said.\n\n'
            "Donald Trump has cited the case. At a rally, the Republican nominee promised "
            'to "end sanctuary cities."',
            "end sanctuary cities.",
            "Donald Trump",
            "the Republican nominee",
        ),
        # ... not one named as an object in its paragraph
        (
            "House Oversight Committee Chairman Jason Kell on Tuesday requested an inquiry.\n\n"
            "In the letter - addressed to the U.S. attorney, Channing D. Phillips - the Utah "
            'Republican asks whether "laws were broken."',
            "laws were broken.",
            "Jason Kell",
            "the Utah Republican",
        ),
        # a party and state set off after a name, before a relative clause, is no name
        (
            "One of those moderates, Rep. Ann Gallo, R-N.Y., whose district was hit by "
            'flooding, said she "could not vote for cuts."',
            "could not vote for cuts.",
            "Ann Gallo",
            "Rep. Ann Gallo",
        ),
        # a role opening its sentence without an article, before a name set off
        (
            "Cabinet member for education, Councillor Sian Hughes, said the decision had "
            'not been taken lightly.\n\n"I know how much these schools mean," she said.',
            "I know how much these schools mean,",
            "Sian Hughes",
            "she",
        ),
        # "Mr. Lind" after "his brother, Mark Lind" is the one named before the brother
        (
            'Rep. Carl Lind said it was "a cartoon."\n\n'
            "The congressman's brother, Mark Lind, is a county commissioner.\n\n"
            'Mr. Lind said the law was "collapsing."',
            "collapsing.",
            "Carl Lind",
            "Mr. Lind",
        ),
        # a subject with a participle and its object does not run on over its
        # perfect: the ads' author is the whole subject
        (
            "A political action committee backing Gov. Dale Pruitt has run advertisements "
            'calling his rival "a career politician," records show.',
            "a career politician,",
            "A political action committee backing Gov. Dale Pruitt",
            "A political action committee backing Gov. Dale Pruitt",
        ),
        # a document opening its sentence does not run on over its verb
        (
            "The report singles out Texas and Arizona as states where the agency sees "
            '"a serious shortfall," and it says hiring is "lagging."',
            "a serious shortfall,",
            "The report",
            "The report",
        ),
        # a restrictive "who" clause before the sentence's own cue: the description
        (
            "A veteran Democratic pollster who has advised three presidential campaigns said "
            'the numbers were "a warning."',
            "a warning.",
            "A veteran Democratic pollster",
            "A veteran Democratic pollster",
        ),
        # ... but an aide who is the cue's own subject stays "who"
        (
            'An aide who said the plan was "dead on arrival" left the room.',
            "dead on arrival",
            "An aide",
            "who",
        ),
        # "who" after a noun stressed by a reflexive stands for the noun
        (
            "Aides have clashed with the candidate himself, who insisted on Saturday that "
            'he was "winning big."',
            "winning big.",
            "the candidate",
            "who",
        ),
        # a name set off by a dash aside before its cue is the cue's subject, and the
        # antecedent of the pronoun after it
        (
            'Martin Olsen, the planner, said the plan was "fair."\n\n'
            "Another resident, Paul Hart \u2014 a retired teacher, he noted \u2014 said he "
            'opposed it. "This is my home," he said.',
            "This is my home,",
            "Paul Hart",
            "he",
        ),
        # a surname of one named in the paragraph opens the sentence before "he said"
        (
            'Omar Reyes said the race was "wide open." "We can win," he told supporters.\n\n'
            "The seat is held by Sen. Walter Brandt, who is retiring. Brandt, 71, has "
            'stayed neutral. In a statement, he said he would "not take sides."\n\n'
            "The filing deadline is in March.",
            "not take sides.",
            "Walter Brandt",
            "he",
        ),
        # "the officer" after "The third officer" described since (in a cue's subject
        # with a relative clause) is that one, not the second
        (
            'One officer said the unit was "stretched thin." A second officer said the '
            'orders were "confusing."\n\n'
            "The third officer who spoke with the Gazette said overtime had doubled.\n\n"
            '"Nobody sleeps," the officer said.',
            "Nobody sleeps,",
            "The third officer",
            "the officer",
        ),
        # ... and "The third officer" is no other name for the second
        (
            'A second officer said the orders were "confusing."\n\n'
            'The third officer said overtime had "doubled."',
            "doubled.",
            "The third officer",
            "The third officer",
        ),
        # a quote in what a second predicate reports is the first predicate's subject's
        (
            'Gov. Nadia Brooks called the bill "a gimmick" and said Republicans would never '
            'agree to limits that "punish rural hospitals."',
            "punish rural hospitals.",
            "Nadia Brooks",
            "Gov. Nadia Brooks",
        ),
        # a speaker the lede describes is the one named right after it in that office
        (
            "BOSTON (AP) \u2014 Acme's top executive said Monday the company would \"stay "
            'the course."\n\nChief Executive Paula Ring spoke at a conference in Boston.',
            "stay the course.",
            "Paula Ring",
            "Acme's top executive",
        ),
        (
            "ALBANY, N.Y. (AP) \u2014 A former aide to the governor testified Monday that she "
            'was told to "keep it quiet."\n\nDana Whitlow, who served as a deputy '
            "secretary until May, told jurors the order came from her boss.",
            "keep it quiet.",
            "Dana Whitlow",
            "she",
        ),
        # ... or the author of the document the lede names, named right after it
        (
            "Jo Kent's campaign manager is warning donors not to relax, arguing in a memo "
            'sent Sunday that the race is "far from over."\n\n'
            "The two-page memo, written by Dev Patel and obtained by the Herald, lays out "
            "the path to victory.",
            "far from over.",
            "Dev Patel",
            "Jo Kent's campaign manager",
        ),
        # ... but not someone else named after it, in no such office
        (
            "BOSTON (AP) \u2014 Acme's top executive said Monday the company would \"stay "
            'the course."\n\nPaula Ring, a lawyer for a rival, spoke at a conference.',
            "stay the course.",
            "Acme's top executive",
            "Acme's top executive",
        ),
        # ... and "the second officer" after "another officer" is that one
        (
            "The Ledger quoted another police officer as saying the unit was short of "
            'staff.\n\n"Nobody sleeps," said the second officer.',
            "Nobody sleeps,",
            "another police officer",
            "the second officer",
        ),
        # "It" after a paragraph that opens on "The memo" as its subject is the memo
        (
            'Jo Kent said in a statement that the rival camp was "nervous."\n\n'
            "The report also addresses the audit, a subject the agency has avoided "
            'discussing. It describes the audit as "a distraction" and says staff are '
            '"fully cooperating."',
            "a distraction",
            "The report",
            "It",
        ),
        # a possessive country before lower-case words and a title opens the phrase
        (
            "Ghana's newly elected President Kwame Asante on Friday defended the budget, "
            'telling lawmakers that the cuts were "painful but necessary."',
            "painful but necessary.",
            "Kwame Asante",
            "Ghana's newly elected President Kwame Asante",
        ),
        # "the candidate herself" is the one whose campaign the story named before
        (
            "Dunleavy camp upbeat\n\n"
            "Senator Maria Dunleavy trails her rival in the latest polls.\n\n"
            "Rob Fenner, Dunleavy's campaign manager, said the gap would close.\n\n"
            "Fenner's optimism is not shared by the candidate herself, who told donors on "
            'Monday that the race was "slipping away."',
            "slipping away.",
            "Maria Dunleavy",
            "who",
        ),
        # ... and with no campaign named, the description is kept as written
        (
            "Dunleavy camp upbeat\n\n"
            "Senator Maria Dunleavy trails her rival in the latest polls.\n\n"
            "Rob Fenner said the gap would close.\n\n"
            "Fenner's optimism is not shared by the candidate herself, who told donors on "
            'Monday that the race was "slipping away."',
            "slipping away.",
            "the candidate",
            "who",
        ),
    ],
)
def test_long_story_form(text: str, quote: str, name: str, mention: str) -> None:
    found = {q.text: q for q in parse_article(text).quotes}
    assert quote in found, list(found)
    speaker = found[quote].speaker
    assert speaker is not None
    assert (speaker.name, speaker.mention) == (name, mention)


def test_a_tagline_is_no_quote() -> None:
    text = (
        'Gov. Christine Pryor said it was "late." The 30-second spot ends with the tagline '
        '"Too little, too late."'
    )
    assert [q.text for q in parse_article(text).quotes] == ["late."]


def test_a_restrictive_who_after_an_object_stays_who() -> None:
    # the object of the sentence's verb is no subject the relative stands for
    text = (
        "The governor rebuked critics who say she should call the protesters "
        '"paid agitators," saying it would help no one.'
    )
    (quote,) = parse_article(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.mention == "who"
