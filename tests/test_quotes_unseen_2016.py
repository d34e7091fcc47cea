"""Quotes and speakers in invented 2016 US campaign news in PolNeAR's publishers' styles.

Every story here is invented (names, quotes and figures; no real story is
copied, though real 2016 public figures appear as they did in the news) in the
house style of one of the PolNeAR publishers (AP copy as the papers ran it,
The New York Times, The Washington Post, USA Today, Politico, Breitbart, The
Western Journal, HuffPost) and of one kind of campaign story: wire copy, a
debate write-up, a rally report, a fact check, a poll story, a
campaign-finance story, a congressional hearing, a radio transcript, an
opinion-laden web story, a profile of a surrogate, a story built on tweets and
one built on Sunday-show interviews.  The gold follows PolNeAR's conventions
(headlines, titles of shows and signs are no quotes; a word quoted in an
attribution is one) and :mod:`tests.test_quotes_unseen`: every quote of
:attr:`Article.quotes` in text order with its speaker's name and mention.
"""

from __future__ import annotations

import pytest

from newsstruct import parse_article
from tests.test_quotes_unseen import Gold, check_story, story_names

AP_2016_WIRE = """Pellham wins endorsement of steelworkers' union in Pennsylvania

By Darren Kowalski

PITTSBURGH (AP) — Democratic presidential nominee Hillary Clinton's running mate was in western Pennsylvania on Tuesday to accept the endorsement of a steelworkers' local, as both campaigns fight for blue-collar voters in a state Republicans have not carried since 1988.

Local 1147 president Ray Dombrowski introduced Sen. Walter Pellham at a union hall in McKeesport, telling the crowd of about 300 that the Virginia senator "understands what a lost shift means to a family."

Pellham, speaking without notes, said the choice in November was "not between two parties but between two ideas of who this economy is for."

"Donald Trump had his suits made in Mexico and his steel bought in China," Pellham said. "And now he wants you to believe he's the one who is going to bring your jobs back."

The Trump campaign dismissed the event. "Walter Pellham has voted for every job-killing trade deal of the last two decades," spokesman Jason Rudd said in an emailed statement. "Workers in Pennsylvania know who is on their side."

Polls show a close race in the state. A Franklin & Marshall College survey released last week gave Clinton a 5-point lead among likely voters, down from 9 points in August.

Terry Madigan, a pollster at the college, said the tightening was mostly among white voters without a college degree. "They were drifting back to Trump all through September," Madigan said. "Whether that holds is the question."

Outside the hall, retired millwright Gene Sokol, 67, said he had voted for Barack Obama twice but was undecided this year.

"I like what Trump says about trade," Sokol said. "I don't like much else he says."

Pellham later toured a family-owned tool-and-die shop in Monessen, where owner Linda Farr told him she had cut eight jobs since 2014. She said she was "tired of being a talking point."

Asked by reporters whether the campaign was worried about the state, Pellham said no. "We're going to work like we're 10 points behind," he said.

Pennsylvania Republican Party chairman Vic Daniels said the Democrats were "getting nervous in a state they used to take for granted." Daniels said the party had opened 40 field offices, more than in any previous presidential year.

Clinton is scheduled to campaign in Philadelphia on Thursday. Trump's running mate, Indiana Gov. Mike Pence, will hold a rally in Johnstown on Saturday.

___

Associated Press writer Alicia Brandt in Harrisburg contributed to this report.
"""

AP_2016_WIRE_GOLD: Gold = (
    ("understands what a lost shift means to a family.", "Ray Dombrowski", "Ray Dombrowski"),
    (
        "not between two parties but between two ideas of who this economy is for.",
        "Walter Pellham",
        "Pellham",
    ),
    (
        "Donald Trump had his suits made in Mexico and his steel bought in China,",
        "Walter Pellham",
        "Pellham",
    ),
    (
        "And now he wants you to believe he's the one who is going to bring your jobs back.",
        "Walter Pellham",
        "Pellham",
    ),
    (
        "Walter Pellham has voted for every job-killing trade deal of the last two decades,",
        "Jason Rudd",
        "Jason Rudd",
    ),
    ("Workers in Pennsylvania know who is on their side.", "Jason Rudd", "Jason Rudd"),
    ("They were drifting back to Trump all through September,", "Terry Madigan", "Madigan"),
    ("Whether that holds is the question.", "Terry Madigan", "Madigan"),
    ("I like what Trump says about trade,", "Gene Sokol", "Sokol"),
    ("I don't like much else he says.", "Gene Sokol", "Sokol"),
    ("tired of being a talking point.", "Linda Farr", "She"),
    ("We're going to work like we're 10 points behind,", "Walter Pellham", "he"),
    ("getting nervous in a state they used to take for granted.", "Vic Daniels", "Vic Daniels"),
)

NYT_2016_DEBATE_NIGHT = """Clash Over Taxes Dominates Vice-Presidential Debate

By Jonathan Rees

FARMVILLE, Va. — The two vice-presidential candidates spent much of their only debate on Tuesday night sparring over taxes and the economy, with each man accusing the other's running mate of misleading voters about the cost of his plans.

Senator Walter Pellham of Virginia, the Democratic nominee, repeatedly pressed Gov. Mike Pence of Indiana to defend Donald J. Trump's refusal to release his tax returns. "Can you look these voters in the eye and tell them what he is hiding?" Mr. Pellham asked.

Mr. Pence brushed the question aside. "I'm not going to take lectures on transparency from a campaign that ran its official business through a private server," he said.

The moderator, Elaine Moreau of CBS News, struggled at times to keep order. At one point she told the candidates that viewers "cannot hear either of you when you talk at once."

Mr. Pellham, a former mayor of Richmond, described the Trump tax plan as "a trillion-dollar gift to people who already have everything." Mr. Pence countered that the plan would "get this economy moving again" and accused Mrs. Clinton of wanting to raise taxes on the middle class, a charge that independent analysts have disputed.

Analysts at the Tax Policy Center, a nonpartisan research group, have estimated that the Trump plan would reduce federal revenue by $6.2 trillion over a decade. Leonard Gaines, a senior fellow at the center, said in an interview before the debate that neither campaign had been "fully candid about the trade-offs."

Republicans said afterward that Mr. Pence had steadied a ticket shaken by a difficult week. "He was calm, he was prepared, and he made the case," said Representative Douglas Harlan of Ohio, who watched the debate from the spin room.

Democrats said Mr. Pellham had done what he came to do. Jennifer Palmieri, the Clinton campaign's communications director, told reporters that the senator had "put Mike Pence in the position of defending the indefensible."

The debate did little to change the shape of the race, according to strategists in both parties. "Nobody votes for the bottom of the ticket," said Alan Kessler, a Republican consultant who worked for Mitt Romney in 2012. "But a bad night can hurt you, and neither of them had a bad night."

Mr. Trump, who was in Nevada on Tuesday, wrote on Twitter during the debate that his running mate was "winning big." Mrs. Clinton's campaign posted more than 60 messages during the 90 minutes, many of them clips of Mr. Trump's own words.

The next presidential debate is Sunday in St. Louis.
"""

NYT_2016_DEBATE_NIGHT_GOLD: Gold = (
    (
        "Can you look these voters in the eye and tell them what he is hiding?",
        "Walter Pellham",
        "Mr. Pellham",
    ),
    (
        "I'm not going to take lectures on transparency from a campaign that ran its official business through a private server,",
        "Mike Pence",
        "he",
    ),
    ("cannot hear either of you when you talk at once.", "Elaine Moreau", "she"),
    (
        "a trillion-dollar gift to people who already have everything.",
        "Walter Pellham",
        "Mr. Pellham",
    ),
    ("get this economy moving again", "Mike Pence", "Mr. Pence"),
    ("fully candid about the trade-offs.", "Leonard Gaines", "Leonard Gaines"),
    (
        "He was calm, he was prepared, and he made the case,",
        "Douglas Harlan",
        "Representative Douglas Harlan of Ohio",
    ),
    (
        "put Mike Pence in the position of defending the indefensible.",
        "Jennifer Palmieri",
        "Jennifer Palmieri",
    ),
    ("Nobody votes for the bottom of the ticket,", "Alan Kessler", "Alan Kessler"),
    (
        "But a bad night can hurt you, and neither of them had a bad night.",
        "Alan Kessler",
        "Alan Kessler",
    ),
    ("winning big.", "Donald J. Trump", "Mr. Trump"),
)

WAPO_2016_RALLY = """At Florida rally, Trump returns to familiar themes and a new target

By Megan Albright

KISSIMMEE, Fla. — Donald Trump spent the first 20 minutes of a rally here Thursday night on the subjects his supporters came to hear: the border wall, trade and what he called "crooked" Hillary Clinton. Then he turned on a new target: the Republican speaker of the House.

"Paul Ryan wants to be a nice guy," Trump told a crowd of several thousand in an exhibition hall near Orlando. "I don't need nice. I need people who are going to fight."

The crowd roared. Some chanted "Lock her up" as Trump turned to the Clinton Foundation.

It was the latest sign of the widening rift between the GOP nominee and the party's top elected official, who said this week he would no longer defend Trump. A spokeswoman for Ryan, AshLee Strong, declined to respond to Thursday's remarks.

Inside the hall, the mood was defiant. Carla Mendez, 52, a retired schoolteacher from Kissimmee, said she had never been to a political rally before this year.

"The people in Washington don't care about us," Mendez said. "He's the first one who ever talked to us like we matter."

Her husband, Luis, was less certain. He said he planned to vote for Trump but worried that the candidate "doesn't know when to stop."

Trump's Florida campaign chairman, state Rep. Dale Whitford, said in an interview that internal numbers showed the race "dead even" in the state's Interstate 4 corridor, the swing region that stretches from Tampa to Daytona Beach.

"If we win the I-4, we win Florida, and if we win Florida, we win the White House," Whitford said.

Clinton's campaign in Florida has built a far larger field operation, with more than 60 offices across the state. Her state director, Simone Baptiste, said in a statement that the campaign had registered "tens of thousands" of new voters since the summer, many of them Puerto Ricans who have moved to central Florida.

A new poll from the University of North Florida found Clinton ahead by 4 points among likely voters. Michael Binder, who directs the university's polling lab, said the race was "still well within reach for either candidate."

Trump closed with a promise he has made at nearly every stop this month. "We are going to win so much," he said, "you're going to get bored with winning."

Outside the hall, a few dozen protesters held signs reading "Love Trumps Hate." Police said there were no arrests.
"""

WAPO_2016_RALLY_GOLD: Gold = (
    ("crooked", "Donald Trump", "Donald Trump"),
    ("Paul Ryan wants to be a nice guy,", "Donald Trump", "Trump"),
    ("I don't need nice. I need people who are going to fight.", "Donald Trump", "Trump"),
    ("Lock her up", "Some", "Some"),
    ("The people in Washington don't care about us,", "Carla Mendez", "Mendez"),
    ("He's the first one who ever talked to us like we matter.", "Carla Mendez", "Mendez"),
    ("doesn't know when to stop.", "Luis", "He"),
    ("dead even", "Dale Whitford", "Trump's Florida campaign chairman"),
    (
        "If we win the I-4, we win Florida, and if we win Florida, we win the White House,",
        "Dale Whitford",
        "Whitford",
    ),
    ("tens of thousands", "Simone Baptiste", "Her state director"),
    ("still well within reach for either candidate.", "Michael Binder", "Michael Binder"),
    ("We are going to win so much,", "Donald Trump", "he"),
    ("you're going to get bored with winning.", "Donald Trump", "he"),
    # (the words on the signs the protesters held are theirs)
    ("Love Trumps Hate.", "few dozen protesters", "few dozen protesters"),
)

WAPO_2016_FACTCHECK = """Fact Checker: Trump's claim that crime is 'out of control' in Chicago

By Glenn Kessler

"Crime is out of control in Chicago. Totally out of control. You've got thousands of shootings a year," Donald Trump said at a rally in Akron, Ohio, on Aug. 22.

Trump has made versions of this claim at nearly every stop in the past month. It is part of a broader argument, laid out in his acceptance speech in Cleveland, that the nation faces a "crime wave" that only he can stop.

So what do the numbers say?

The campaign pointed us to statements by the Chicago police superintendent, Eddie Johnson, who said in August that the city had "too many guns and too many people willing to use them." Johnson has not said that crime was out of control, and his office told us that he does not comment on political campaigns.

The Facts

Chicago has indeed seen a sharp rise in shootings this year. Through the end of September, the city had recorded more than 3,000 shooting victims, according to data kept by the Chicago Police Department, up roughly 50 percent from the same period last year.

But criminologists say the national picture is far more mixed. "The increase is real, and it is concentrated in a small number of cities," said Richard Rosenfeld, a criminologist at the University of Missouri at St. Louis. "It is not a national crime wave."

Violent crime nationwide remains at roughly half its level of the early 1990s, according to the FBI. In an email, the Trump campaign's policy director, Stephen Miller, said that the decline "means nothing to the families in Chicago who are burying their children."

We asked Chicago officials about Trump's claim. A spokesman for Mayor Rahm Emanuel, Adam Collins, said the mayor "has been clear that one shooting is one too many" but that the city was "not the war zone Donald Trump describes."

The Pinocchio Test

Trump is correct that shootings in Chicago have surged this year, and that is a legitimate issue for any candidate to raise. But he goes too far when he suggests the nation as a whole is in the grip of a crime wave. We wavered between One and Two Pinocchios, and settled on Two.

Two Pinocchios

(About our rating scale: One Pinocchio means selective telling of the truth; Two means significant omissions or exaggerations.)

Send us facts to check by filling out this form. Keep Track of Trump's Promises with our Trump Promise Tracker.
"""

WAPO_2016_FACTCHECK_GOLD: Gold = (
    (
        "Crime is out of control in Chicago. Totally out of control. You've got thousands of shootings a year,",
        "Donald Trump",
        "Donald Trump",
    ),
    ("too many guns and too many people willing to use them.", "Eddie Johnson", "who"),
    (
        "The increase is real, and it is concentrated in a small number of cities,",
        "Richard Rosenfeld",
        "Richard Rosenfeld",
    ),
    ("It is not a national crime wave.", "Richard Rosenfeld", "Richard Rosenfeld"),
    (
        "means nothing to the families in Chicago who are burying their children.",
        "Stephen Miller",
        "the Trump campaign's policy director",
    ),
    (
        "has been clear that one shooting is one too many",
        "Adam Collins",
        "A spokesman for Mayor Rahm Emanuel",
    ),
    (
        "not the war zone Donald Trump describes.",
        "Adam Collins",
        "A spokesman for Mayor Rahm Emanuel",
    ),
)

USATODAY_2016_POLL = """Poll: Clinton leads by 7 among likely voters, but enthusiasm gap persists

By Nora Whitcomb, USA TODAY

WASHINGTON — Hillary Clinton holds a 7-point lead over Donald Trump among likely voters nationwide, a new USA TODAY/Suffolk University Poll finds, but her supporters are markedly less enthusiastic about voting than his.

Clinton leads Trump 47%-40%, with Libertarian Gary Johnson at 6% and the Green Party's Jill Stein at 2%. In the previous USA TODAY/Suffolk survey, taken in August, Clinton led by 5 points.

"The race has settled into a pattern," said David Paleologos, director of the Suffolk University Political Research Center. "She is ahead, but she has not closed the sale."

Fewer than half of Clinton voters, 46%, described themselves as "very enthusiastic" about their choice, compared with 58% of Trump voters.

Among those surveyed was Marjorie Tillman, 71, a retired nurse from Scranton, Pa., who said she would vote for Clinton "with both hands over my nose." In a follow-up interview, she said: "I've voted in every election since Kennedy. I've never felt this bad about it."

Trump voters were more likely to say the country was on the wrong track. "Everything I see tells me this country is going down the drain," said Dwayne Rusk, 44, a truck driver from Joplin, Mo.

The poll of 1,000 likely voters, taken by landline and cellphone Monday through Thursday, has a margin of error of plus or minus 3 percentage points.

Paleologos said the most striking change since August was among independents, who have moved toward Clinton by 6 points. "That is where this election is being decided," he said.

Trump campaign manager Kellyanne Conway said on Twitter that the campaign's internal numbers "tell a very different story." Clinton spokesman Brian Fallon said the campaign was "not taking a single vote for granted."

The survey also found broad distrust of both candidates. Asked which candidate was more honest, 35% chose Clinton, 33% chose Trump, and 27% volunteered that neither was.

That distrust was evident in follow-up interviews. "I'm holding my nose either way," said Keith Alvarado, 29, an independent from Tucson, Ariz., who said he might vote for Johnson. "Neither of them has earned my vote."

Republican pollster Whit Ayres said the numbers showed an opening for Trump if he could broaden his appeal. "He has a ceiling, and he hasn't broken through it," Ayres said. "But the ceiling isn't made of concrete."
"""

USATODAY_2016_POLL_GOLD: Gold = (
    ("The race has settled into a pattern,", "David Paleologos", "David Paleologos"),
    ("She is ahead, but she has not closed the sale.", "David Paleologos", "David Paleologos"),
    ("very enthusiastic", "Clinton voters", "Clinton voters"),
    ("with both hands over my nose.", "Marjorie Tillman", "who"),
    (
        "I've voted in every election since Kennedy. I've never felt this bad about it.",
        "Marjorie Tillman",
        "she",
    ),
    (
        "Everything I see tells me this country is going down the drain,",
        "Dwayne Rusk",
        "Dwayne Rusk",
    ),
    ("That is where this election is being decided,", "David Paleologos", "he"),
    ("tell a very different story.", "Kellyanne Conway", "Kellyanne Conway"),
    ("not taking a single vote for granted.", "Brian Fallon", "Brian Fallon"),
    ("I'm holding my nose either way,", "Keith Alvarado", "Keith Alvarado"),
    ("Neither of them has earned my vote.", "Keith Alvarado", "Keith Alvarado"),
    ("He has a ceiling, and he hasn't broken through it,", "Whit Ayres", "Ayres"),
    ("But the ceiling isn't made of concrete.", "Whit Ayres", "Ayres"),
)

POLITICO_2016_FINANCE = """Super PAC backing Stanhope pulls in $14 million in September

By Kyle Brenner

A super PAC supporting Senate candidate Roy Stanhope raised $14.2 million in September, most of it from a handful of donors, according to filings with the Federal Election Commission released Thursday night.

The group, Keep Missouri Strong, reported that three donors accounted for more than half of its haul, including $5 million from Chicago investor Howard Lasker and $2.5 million from the Lasker family's foundation.

"We have the resources to make sure voters hear the truth about Laura Kemper's record," the group's executive director, Ben Talcott, said in a statement.

Kemper, the Democratic secretary of state, has made outside money a central theme of her campaign against Stanhope, the Republican incumbent. Her campaign manager, Ana Lucero, said the filing showed that "a few billionaires are trying to buy a Senate seat."

"Roy Stanhope can't win this race on his record, so his friends are trying to win it with their checkbooks," Lucero said.

Stanhope's campaign said it had no connection to the super PAC, which by law cannot coordinate with candidates. "We run our campaign, and they run theirs," Stanhope spokesman Evan Mills told POLITICO.

Kemper outraised Stanhope in the third quarter, bringing in $6.8 million to his $4.1 million, according to figures both campaigns released earlier this month. But the gap in outside spending has more than made up for it. The Center for Responsive Politics, a nonpartisan group that tracks money in politics, estimates that conservative groups have spent $31 million in the race, compared with $18 million from liberal ones.

Sheila Krumholz, the center's executive director, said the Missouri contest was "on pace to be one of the most expensive Senate races in the country."

Lasker, who made his fortune in commodities trading, did not respond to requests for comment. In an interview with a Chicago newspaper last year, he described his political giving as "an investment in the country my grandchildren will inherit."

The Senate Leadership Fund, a super PAC aligned with Majority Leader Mitch McConnell, has reserved another $9 million in television time in St. Louis and Kansas City for the final three weeks. A spokesman for the fund, Chris Pack, said the group was "all in" on the race.

Democrats have countered with money from the Senate Majority PAC, which has spent about $12 million in Missouri. "This is a seat we can flip," the group's president, J.B. Poersch, said on a conference call with reporters Friday.
"""

POLITICO_2016_FINANCE_GOLD: Gold = (
    (
        "We have the resources to make sure voters hear the truth about Laura Kemper's record,",
        "Ben Talcott",
        "the group's executive director",
    ),
    ("a few billionaires are trying to buy a Senate seat.", "Ana Lucero", "Her campaign manager"),
    (
        "Roy Stanhope can't win this race on his record, so his friends are trying to win it with their checkbooks,",
        "Ana Lucero",
        "Lucero",
    ),
    ("We run our campaign, and they run theirs,", "Evan Mills", "Evan Mills"),
    (
        "on pace to be one of the most expensive Senate races in the country.",
        "Sheila Krumholz",
        "Sheila Krumholz",
    ),
    ("an investment in the country my grandchildren will inherit.", "Howard Lasker", "he"),
    ("all in", "Chris Pack", "A spokesman for the fund"),
    ("This is a seat we can flip,", "J.B. Poersch", "the group's president"),
)

POLITICO_2016_HEARING = """Comey grilled by House Republicans over Clinton email decision

By Rachel Bade

FBI Director James Comey faced a barrage of questions from House Republicans on Thursday over his decision not to recommend charges against Hillary Clinton, defending his agency's investigation as "done the right way."

"I know there's been a lot of questions and concerns about it, but I hope the American people will take a look at what we did," Comey told the House Oversight and Government Reform Committee in a hearing that stretched past four hours.

Committee Chairman Jason Chaffetz (R-Utah) pressed Comey on whether Clinton had lied to Congress when she testified about her private server. "It seems to a lot of us that there's a double standard," Chaffetz said. "If your name isn't Clinton, you get prosecuted."

Comey rejected that. "There is no double standard," he said. "I've been doing this a long time, and I would never let politics into a decision like this."

Rep. Trey Gowdy (R-S.C.), a former federal prosecutor, walked Comey through a list of Clinton's public statements about her email, asking after each one whether it was true. Comey said several were not.

Rep. Elijah Cummings of Maryland, the top Democrat on the panel, said Republicans had called the hearing to "keep this issue alive through November." He praised Comey as "a man of integrity."

Rep. Blake Farenthold, R-Texas, asked whether Comey had personally interviewed Clinton. Comey said he had not but had reviewed a summary of the interview. "Then how do you know she was telling the truth?" Farenthold asked.

The Clinton campaign said in a statement after the hearing that Comey's testimony "puts this matter to rest." Trump, campaigning in North Carolina, told supporters the system was "rigged."

Later, Chaffetz told reporters he would ask the FBI for the notes of Clinton's interview. "We want to see it for ourselves," he said.

Democrats accused Republicans of moving the goalposts. "Every time the FBI doesn't give them the answer they want, they hold another hearing," Rep. Gerry Connolly (D-Va.) said. He called the session "a taxpayer-funded campaign event."

Comey, who served as deputy attorney general in the George W. Bush administration, appeared at ease for most of the hearing, joking at one point that he had "not had a lot of sleep lately." But he bristled when Rep. John Mica (R-Fla.) suggested that the bureau had gone easy on Clinton because of her stature.

"I don't care about her stature," Comey said. "I care about the facts."

House Speaker Paul Ryan, who called on Tuesday for Clinton to be denied classified briefings, said in a statement Thursday evening that Comey's answers "raise more questions than they answer."

A senior Republican aide on the committee said the panel was considering a referral to the Justice Department. "Nothing is off the table," the aide said.
"""

POLITICO_2016_HEARING_GOLD: Gold = (
    ("done the right way.", "James Comey", "FBI Director James Comey"),
    (
        "I know there's been a lot of questions and concerns about it, but I hope the American people will take a look at what we did,",
        "James Comey",
        "Comey",
    ),
    ("It seems to a lot of us that there's a double standard,", "Jason Chaffetz", "Chaffetz"),
    ("If your name isn't Clinton, you get prosecuted.", "Jason Chaffetz", "Chaffetz"),
    ("There is no double standard,", "James Comey", "he"),
    (
        "I've been doing this a long time, and I would never let politics into a decision like this.",
        "James Comey",
        "he",
    ),
    (
        "keep this issue alive through November.",
        "Elijah Cummings",
        "Rep. Elijah Cummings of Maryland",
    ),
    ("a man of integrity.", "Elijah Cummings", "He"),
    ("Then how do you know she was telling the truth?", "Blake Farenthold", "Farenthold"),
    ("puts this matter to rest.", "The Clinton campaign", "The Clinton campaign"),
    ("rigged.", "Trump", "Trump"),
    ("We want to see it for ourselves,", "Jason Chaffetz", "he"),
    (
        "Every time the FBI doesn't give them the answer they want, they hold another hearing,",
        "Gerry Connolly",
        "Rep. Gerry Connolly",
    ),
    ("a taxpayer-funded campaign event.", "Gerry Connolly", "He"),
    ("not had a lot of sleep lately.", "James Comey", "Comey"),
    ("I don't care about her stature,", "James Comey", "Comey"),
    ("I care about the facts.", "James Comey", "Comey"),
    ("raise more questions than they answer.", "Paul Ryan", "House Speaker Paul Ryan"),
    ("Nothing is off the table,", "A senior Republican aide on the committee", "the aide"),
)

BREITBART_2016_TRANSCRIPT = """Sessions: 'Hillary Clinton Has No Plan' to Stop Refugee Terror Threat

On Monday's broadcast of "Breitbart News Daily" on SiriusXM, Sen. Jeff Sessions (R-AL) said Hillary Clinton's plan to increase the number of Syrian refugees admitted into the United States would put Americans at risk.

Sessions said the administration "cannot vet these people" because there are no reliable records in Syria.

Partial transcript as follows:

BANNON: Senator, you've been warning about this for a year. What's the latest?

SESSIONS: Well, Steve, the FBI director himself told Congress that we don't have the databases to check these people against. That's not me saying it. That's the director of the FBI. And Hillary Clinton wants to bring in 550 percent more.

BANNON: Why isn't this a bigger story?

SESSIONS: I think the media just doesn't want to cover it. They don't want to admit that there's a real risk here.

Sessions added that voters understood the issue "better than the people in Washington do."

The Alabama Republican, who was the first senator to endorse Donald Trump, has been one of the loudest critics of the refugee program in Congress. In a letter to Secretary of State John Kerry last month, Sessions and Sen. Ted Cruz (R-TX) demanded to know how many refugees had been screened against terror watch lists.

"We have not received a satisfactory answer," Sessions told Breitbart News after the broadcast. "Not one."

The State Department has said that refugees undergo "the most rigorous screening of any traveler to the United States," a process that can take up to two years.

But Rep. Brian Babin (R-TX), who chairs a House subcommittee on space and has introduced a bill to pause the program, said the department's assurances were "worthless."

"They told us the same thing before San Bernardino," Babin said in a statement to Breitbart News. "The American people are not stupid."

Clinton has called for admitting 65,000 Syrian refugees, up from the 10,000 the Obama administration set as its target for this fiscal year. Her campaign did not respond to a request for comment.

Trump, for his part, has said he would suspend immigration from "areas of the world where there is a proven history of terrorism" until vetting procedures improve.

Speaking in Ohio last week, Trump said the program was "a Trojan horse." "We have no idea who these people are," he told the crowd.

Last month, Sessions warned that the country was "importing" the problems of the Middle East.

Follow John Hayward on Twitter @Doctor_Zero.

Breitbart News Daily airs on SiriusXM Patriot 125 weekdays from 6:00 a.m. to 9:00 a.m. Eastern.
"""

BREITBART_2016_TRANSCRIPT_GOLD: Gold = (
    ("cannot vet these people", "Jeff Sessions", "Sessions"),
    ("better than the people in Washington do.", "Jeff Sessions", "Sessions"),
    ("We have not received a satisfactory answer,", "Jeff Sessions", "Sessions"),
    ("Not one.", "Jeff Sessions", "Sessions"),
    (
        "the most rigorous screening of any traveler to the United States,",
        "State Department",
        "The State Department",
    ),
    ("worthless.", "Brian Babin", "Rep. Brian Babin"),
    ("They told us the same thing before San Bernardino,", "Brian Babin", "Babin"),
    ("The American people are not stupid.", "Brian Babin", "Babin"),
    ("areas of the world where there is a proven history of terrorism", "Donald Trump", "Trump"),
    ("a Trojan horse.", "Donald Trump", "Trump"),
    ("We have no idea who these people are,", "Donald Trump", "he"),
    ("importing", "Jeff Sessions", "Sessions"),
)

WJ_2016_OPINION = """Liberal Mayor Melts Down After Trump Visit, Gets Brutal Reality Check

By Tom Haskell

The Democratic mayor of a small Ohio city thought she could score some easy points by attacking Donald Trump. It didn't go the way she planned.

Mayor Deborah Quinlan of Lorain took to Facebook on Wednesday after Trump held a rally at the local airport, calling the Republican nominee's supporters "a mob that doesn't represent this city."

"I am embarrassed that our city rolled out the red carpet for a man who has insulted women, veterans and immigrants," Quinlan wrote.

It took only a few hours for residents to hit back.

"Maybe if you fixed the potholes instead of posting on Facebook, people would listen to you," one commenter wrote.

Local businessman Rick Halverson, who owns a machine shop that employs 40 people, told The Western Journal the mayor was "completely out of touch" with working families.

"The steel mill closed, and she's worried about a rally," Halverson said. "That tells you everything."

Even some Democrats distanced themselves from the mayor's comments. City council member Frank DiNapoli said he "wouldn't have put it that way."

Quinlan later edited her post to remove the word "mob," but the damage was done.

Reached by phone, Quinlan defended herself. "I stand by what I said about the way people were treated outside that rally," she told a local television station. "I will not apologize for that."

Her critics weren't buying it. Lorain County Republican Party chairman Dave Arndt said the mayor "owes every Trump voter in this county an apology."

"She works for all of us, not just the people who voted for her," Arndt said.

Trump himself weighed in on Twitter Thursday morning. "The Mayor of Lorain, Ohio is a disgrace. The people of Lorain love me!" he wrote.

As we reported last month, Trump has drawn large crowds in parts of Ohio that have voted Democratic for decades. According to the Associated Press, the last Republican to carry Lorain County was Richard Nixon in 1972. That could change this year, with union households in the county split almost evenly between the two candidates.

Liberals like Quinlan still don't get it. The working people of Ohio have had enough of being told what to think by politicians who sneer at them.

A spokeswoman for the Ohio Democratic Party, Kirstin Alvanitakis, told The Western Journal that the party had "no comment on a Facebook post."

What do you think? Scroll down to comment below!
"""

WJ_2016_OPINION_GOLD: Gold = (
    (
        "a mob that doesn't represent this city.",
        "Deborah Quinlan",
        "Mayor Deborah Quinlan of Lorain",
    ),
    (
        "I am embarrassed that our city rolled out the red carpet for a man who has insulted women, veterans and immigrants,",
        "Deborah Quinlan",
        "Quinlan",
    ),
    (
        "Maybe if you fixed the potholes instead of posting on Facebook, people would listen to you,",
        "one commenter",
        "one commenter",
    ),
    ("completely out of touch", "Rick Halverson", "Local businessman Rick Halverson"),
    ("The steel mill closed, and she's worried about a rally,", "Rick Halverson", "Halverson"),
    ("That tells you everything.", "Rick Halverson", "Halverson"),
    ("wouldn't have put it that way.", "Frank DiNapoli", "Frank DiNapoli"),
    ("mob,", "Deborah Quinlan", "Quinlan"),
    (
        "I stand by what I said about the way people were treated outside that rally,",
        "Deborah Quinlan",
        "she",
    ),
    ("I will not apologize for that.", "Deborah Quinlan", "she"),
    ("owes every Trump voter in this county an apology.", "Dave Arndt", "Dave Arndt"),
    ("She works for all of us, not just the people who voted for her,", "Dave Arndt", "Arndt"),
    (
        "The Mayor of Lorain, Ohio is a disgrace. The people of Lorain love me!",
        "Donald Trump",
        "he",
    ),
    (
        "no comment on a Facebook post.",
        "Kirstin Alvanitakis",
        "A spokeswoman for the Ohio Democratic Party",
    ),
)

NYT_2016_PROFILE = """For a Trump Surrogate, Loyalty Comes at a Price Back Home

By Sarah Lindgren

NASHVILLE — When Representative Marsha Coley agreed to become one of Donald J. Trump's most visible defenders on cable television, she expected criticism from Democrats. She did not expect it from her own pastor.

"He told me from the pulpit that we should be careful whom we follow," Ms. Coley, a three-term Republican, said in an interview in her district office. "I knew he was talking about me. Everybody in that church knew."

Ms. Coley, 54, a former real estate agent who won her seat in the Tea Party wave of 2010, has appeared on television more than 200 times since the spring to defend Mr. Trump, often on nights when other Republicans declined to. Her willingness has made her a favorite of the campaign. "Marsha is fearless," said Jason Miller, the campaign's senior communications adviser. "When things get tough, she's the one who picks up the phone."

It has also cost her. A local business group that backed her in past races has stayed neutral this year, and a Republican primary challenger, the state senator Glen Ashby, won 41 percent of the vote in August, the strongest showing against an incumbent in the state in a decade.

Mr. Ashby said the congresswoman had "traded her independence for airtime." He added, "People here want somebody who works for Tennessee, not for a candidate."

Ms. Coley's defenders say she is simply doing what her constituents want. Mr. Trump won her district by 31 points in the March primary. "She's with the people, and the people are with Trump," said Hal Bivens, the Rutherford County Republican chairman.

Her husband, Dennis Coley, said the hardest part had been the threats. The family has received dozens of angry calls since the summer, and the Capitol Police investigated one letter. "You don't sign up for that," he said.

Asked whether she had ever been tempted to break with Mr. Trump, Ms. Coley paused. She said she had been "deeply uncomfortable" with some of his comments about women but believed the alternative was worse.

"I'm not voting for a pastor," she said. "I'm voting for a president."

Democrats in the district see an opening, if a small one. Their nominee, a retired Army nurse named Renee Castellano, has raised less than $200,000. She told supporters in Murfreesboro last week that the congresswoman had "forgotten who sent her to Washington."

The Rev. William Sutter, the pastor of her church, declined to discuss the sermon. In a brief statement, he said his preaching "is addressed to every member of the congregation equally."
"""

NYT_2016_PROFILE_GOLD: Gold = (
    (
        "He told me from the pulpit that we should be careful whom we follow,",
        "Marsha Coley",
        "Ms. Coley",
    ),
    ("I knew he was talking about me. Everybody in that church knew.", "Marsha Coley", "Ms. Coley"),
    ("Marsha is fearless,", "Jason Miller", "Jason Miller"),
    (
        "When things get tough, she's the one who picks up the phone.",
        "Jason Miller",
        "Jason Miller",
    ),
    ("traded her independence for airtime.", "Glen Ashby", "Mr. Ashby"),
    ("People here want somebody who works for Tennessee, not for a candidate.", "Glen Ashby", "He"),
    ("She's with the people, and the people are with Trump,", "Hal Bivens", "Hal Bivens"),
    ("You don't sign up for that,", "Dennis Coley", "he"),
    ("deeply uncomfortable", "Marsha Coley", "She"),
    ("I'm not voting for a pastor,", "Marsha Coley", "she"),
    ("I'm voting for a president.", "Marsha Coley", "she"),
    ("forgotten who sent her to Washington.", "Renee Castellano", "She"),
    ("is addressed to every member of the congregation equally.", "William Sutter", "he"),
)

HUFFPOST_2016_TWEETS = """Trump Spends Early Morning Hours Tweeting About Former Miss Universe

By Ariel Stein

Donald Trump began his Friday with a series of tweets attacking Alicia Machado, the former Miss Universe whom Hillary Clinton brought up at Monday's debate.

"Wow, Crooked Hillary was duped and used by my worst Miss U. Hillary floated her as an 'angel' without checking her past, which is terrible!" Trump tweeted at 5:14 a.m.

He followed up minutes later: "Using Alicia M in the debate as a paragon of virtue just shows that Crooked Hillary suffers from BAD JUDGEMENT!"

Clinton responded on Twitter a few hours later, calling the outburst "unhinged, even for him."

"What kind of man stays up all night to smear a woman with lies and conspiracy theories?" Clinton wrote in a separate post.

Machado, a Venezuelan-born American citizen who has said she will vote for Clinton, told CNN that she was not surprised. "This is who he is," she said. "He did this to me 20 years ago, and he is doing it again."

Republicans were once again left to explain their nominee. Sen. Lindsey Graham (R-S.C.), who has said he will not vote for Trump, said on Twitter that the candidate "needs to let this go."

Trump's campaign manager, Kellyanne Conway, told reporters the tweets were Trump's way of "punching back."

"He's a counterpuncher," Conway said. "He's not going to let Hillary Clinton define him."

A Democratic strategist, Karen Finney, said the campaign was delighted. "Every hour he spends on this is an hour he isn't talking about jobs," she said.

Machado's story has been told before. In May, she gave an interview to The Guardian in which she said Trump had called her "Miss Piggy" after she gained weight following her 1996 win. Trump confirmed the gist of the story on Fox News on Tuesday, saying she had been "the worst we ever had."

The tweets drew a sharp response from Republican women in Congress. Rep. Ileana Ros-Lehtinen (R-Fla.), who is not supporting Trump, tweeted that the attacks were "beneath anyone who wants to be president."

"This is not how a commander in chief behaves," she added in a second tweet.

Trump's running mate, Mike Pence, was asked about the tweets during a campaign stop in Harrisburg. "I think Donald Trump is going to continue to speak his mind," the Indiana governor said. "That's one of the things people like about him."

Machado, for her part, said she had no plans to stop speaking out. "I'm going to vote, and I'm going to tell everybody to vote," she said in an interview with HuffPost's Spanish-language site.

By Friday afternoon, the hashtag #NeverForget1996 had been shared more than 20,000 times.
"""

HUFFPOST_2016_TWEETS_GOLD: Gold = (
    (
        "Wow, Crooked Hillary was duped and used by my worst Miss U. Hillary floated her as an 'angel' without checking her past, which is terrible!",
        "Donald Trump",
        "Trump",
    ),
    (
        "Using Alicia M in the debate as a paragon of virtue just shows that Crooked Hillary suffers from BAD JUDGEMENT!",
        "Donald Trump",
        "He",
    ),
    ("unhinged, even for him.", "Hillary Clinton", "Clinton"),
    (
        "What kind of man stays up all night to smear a woman with lies and conspiracy theories?",
        "Hillary Clinton",
        "Clinton",
    ),
    ("This is who he is,", "Alicia Machado", "she"),
    ("He did this to me 20 years ago, and he is doing it again.", "Alicia Machado", "she"),
    ("needs to let this go.", "Lindsey Graham", "Sen. Lindsey Graham"),
    ("punching back.", "Kellyanne Conway", "Trump's campaign manager"),
    ("He's a counterpuncher,", "Kellyanne Conway", "Conway"),
    ("He's not going to let Hillary Clinton define him.", "Kellyanne Conway", "Conway"),
    ("Every hour he spends on this is an hour he isn't talking about jobs,", "Karen Finney", "she"),
    ("Miss Piggy", "Alicia Machado", "she"),
    ("the worst we ever had.", "Donald Trump", "Trump"),
    (
        "beneath anyone who wants to be president.",
        "Ileana Ros-Lehtinen",
        "Rep. Ileana Ros-Lehtinen",
    ),
    ("This is not how a commander in chief behaves,", "Ileana Ros-Lehtinen", "she"),
    (
        "I think Donald Trump is going to continue to speak his mind,",
        "the Indiana governor",
        "the Indiana governor",
    ),
    (
        "That's one of the things people like about him.",
        "the Indiana governor",
        "the Indiana governor",
    ),
    ("I'm going to vote, and I'm going to tell everybody to vote,", "Alicia Machado", "she"),
)

HUFFPOST_2016_TV = """Giuliani Says Trump 'Would Be A Better President' Than A Woman, Then Walks It Back

By Jennifer Bendery

Former New York City Mayor Rudy Giuliani on Sunday defended Donald Trump's tax avoidance, calling the Republican nominee "an absolute genius" for using losses to avoid paying federal income taxes for years.

Appearing on ABC's "This Week," Giuliani told host George Stephanopoulos that Trump had done nothing wrong. "He had a fiduciary obligation to his business and to his investors to take advantage of the law," Giuliani said.

Stephanopoulos pressed him on whether ordinary taxpayers had been left to cover the difference. "Isn't it unfair that a billionaire pays nothing while a teacher pays her share?" he asked.

"It's perfectly legal," Giuliani replied. "If you want to change the law, change the law."

Giuliani went further on NBC's "Meet the Press," suggesting that a man would make a better president than Hillary Clinton. Asked about the remark afterward, a Trump spokeswoman, Hope Hicks, said the former mayor had been "speaking for himself."

Clinton's running mate, Tim Kaine, said on CNN's "State of the Union" that the Giuliani interview had been "a disaster" for the campaign. "They are now defending the idea that you can run up a billion-dollar loss and then not pay taxes for 18 years," Kaine said.

Sen. Elizabeth Warren (D-Mass.), a frequent Trump critic, wrote on Twitter that Trump was "a loser who games the system."

A CNN/ORC poll released Monday found that 57 percent of voters believed Trump's tax returns would show he had avoided paying taxes.

"This is a story that isn't going away," Democratic pollster Celinda Lake said in an interview.

Trump himself said little about the interview on Sunday. At a rally in Manheim, Pa., on Saturday night, he told supporters he had "brilliantly" used the tax laws and that he was "the only one who knows how to fix them."

Republicans on Capitol Hill were less eager to weigh in. Asked about Giuliani's comments, a spokesman for House Speaker Paul Ryan, Brendan Buck, said the speaker "has been focused on his own agenda."

Some conservatives were blunter. "I don't think anybody wants to hear the word genius applied to losing a billion dollars," Rep. Charlie Dent (R-Pa.) told HuffPost. "It's not a great look."

Giuliani, for his part, was unapologetic. In a phone interview Monday, he said he stood by every word. "I said what I said, and I'd say it again," he told HuffPost. "The man is a genius."

Stephanopoulos later said on air that the campaign had declined several requests to make Trump himself available for an interview.
"""

HUFFPOST_2016_TV_GOLD: Gold = (
    ("an absolute genius", "Rudy Giuliani", "Former New York City Mayor Rudy Giuliani"),
    (
        "He had a fiduciary obligation to his business and to his investors to take advantage of the law,",
        "Rudy Giuliani",
        "Giuliani",
    ),
    (
        "Isn't it unfair that a billionaire pays nothing while a teacher pays her share?",
        "George Stephanopoulos",
        "he",
    ),
    ("It's perfectly legal,", "Rudy Giuliani", "Giuliani"),
    ("If you want to change the law, change the law.", "Rudy Giuliani", "Giuliani"),
    ("speaking for himself.", "Hope Hicks", "a Trump spokeswoman"),
    ("a disaster", "Tim Kaine", "Tim Kaine"),
    (
        "They are now defending the idea that you can run up a billion-dollar loss and then not pay taxes for 18 years,",
        "Tim Kaine",
        "Kaine",
    ),
    ("a loser who games the system.", "Elizabeth Warren", "Sen. Elizabeth Warren"),
    ("This is a story that isn't going away,", "Celinda Lake", "Celinda Lake"),
    ("brilliantly", "Donald Trump", "he"),
    ("the only one who knows how to fix them.", "Donald Trump", "he"),
    (
        "has been focused on his own agenda.",
        "Brendan Buck",
        "a spokesman for House Speaker Paul Ryan",
    ),
    (
        "I don't think anybody wants to hear the word genius applied to losing a billion dollars,",
        "Charlie Dent",
        "Rep. Charlie Dent",
    ),
    ("It's not a great look.", "Charlie Dent", "Rep. Charlie Dent"),
    ("I said what I said, and I'd say it again,", "Rudy Giuliani", "he"),
    ("The man is a genius.", "Rudy Giuliani", "he"),
)

#: The stories by name, with their gold.
CASES: dict[str, tuple[str, Gold]] = {
    "ap_2016_wire": (AP_2016_WIRE, AP_2016_WIRE_GOLD),
    "nyt_2016_debate_night": (NYT_2016_DEBATE_NIGHT, NYT_2016_DEBATE_NIGHT_GOLD),
    "wapo_2016_rally": (WAPO_2016_RALLY, WAPO_2016_RALLY_GOLD),
    "wapo_2016_factcheck": (WAPO_2016_FACTCHECK, WAPO_2016_FACTCHECK_GOLD),
    "usatoday_2016_poll": (USATODAY_2016_POLL, USATODAY_2016_POLL_GOLD),
    "politico_2016_finance": (POLITICO_2016_FINANCE, POLITICO_2016_FINANCE_GOLD),
    "politico_2016_hearing": (POLITICO_2016_HEARING, POLITICO_2016_HEARING_GOLD),
    "breitbart_2016_transcript": (BREITBART_2016_TRANSCRIPT, BREITBART_2016_TRANSCRIPT_GOLD),
    "wj_2016_opinion": (WJ_2016_OPINION, WJ_2016_OPINION_GOLD),
    "nyt_2016_profile": (NYT_2016_PROFILE, NYT_2016_PROFILE_GOLD),
    "huffpost_2016_tweets": (HUFFPOST_2016_TWEETS, HUFFPOST_2016_TWEETS_GOLD),
    "huffpost_2016_tv": (HUFFPOST_2016_TV, HUFFPOST_2016_TV_GOLD),
}

#: ``Speaker.role`` of the speaker of a quote, where the role matters.
ROLES: dict[tuple[str, str], str] = {
    ("politico_2016_finance", "This is a seat we can flip,"): "group's president",
    (
        "wapo_2016_factcheck",
        "means nothing to the families in Chicago who are burying their children.",
    ): "Trump campaign's policy director",
    ("usatoday_2016_poll", "with both hands over my nose."): "retired nurse from Scranton",
    (
        "nyt_2016_profile",
        "is addressed to every member of the congregation equally.",
    ): "pastor of her church",
}

#: Stories whose remaining errors no general rule fixes yet, with the reason
#: (the test fails if they start passing).
KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize("name", story_names(CASES, KNOWN_FAILURES))
def test_2016_story(name: str) -> None:
    text, gold = CASES[name]
    assert 400 <= len(text.split()) <= 800
    check_story(name, text, gold, ROLES)


@pytest.mark.parametrize(
    ("text", "quote", "name", "mention"),
    [
        # "The Rev." opens the paragraph: the name after it is who "he" is
        (
            '"You don\'t sign up for that," Dennis Coley said.\n\n'
            "The Rev. William Sutter, the pastor of her church, declined to discuss the "
            'sermon. In a brief statement, he said his preaching "is addressed to all."',
            "is addressed to all.",
            "William Sutter",
            "he",
        ),
        # initials written together name the one set off after a role
        (
            '"This is a seat we can flip," the group\'s president, J.B. Poersch, said.',
            "This is a seat we can flip,",
            "J.B. Poersch",
            "the group's president",
        ),
        # a name modifying the owner of a role, after an opening phrase
        (
            "In an email, the Trump campaign's policy director, Stephen Miller, said that "
            'the decline "means nothing."',
            "means nothing.",
            "Stephen Miller",
            "the Trump campaign's policy director",
        ),
        (
            'Yesterday the Clinton campaign\'s spokesman said the decline "means nothing."',
            "means nothing.",
            "the Clinton campaign's spokesman",
            "the Clinton campaign's spokesman",
        ),
        # "who" after a person's age, description and home town with its state
        (
            "Among those surveyed was Marjorie Tillman, 71, a retired nurse from Scranton, "
            'Pa., who said she would vote "with both hands."',
            "with both hands.",
            "Marjorie Tillman",
            "who",
        ),
        (
            'It was Jo Lind, a farmer in Albany, N.Y., who said it was "dry."',
            "dry.",
            "Jo Lind",
            "who",
        ),
        # a conjunction opens the sentence before a name, its party and a relative
        (
            "But Rep. Brian Babin (R-TX), who has introduced a bill to pause the program, "
            'said the assurances were "worthless."',
            "worthless.",
            "Brian Babin",
            "Rep. Brian Babin",
        ),
        # a surname with an aside set off, then a pronoun that reports and then quotes
        (
            'Rudy Giuliani spoke. "Go," Jo Dent said.\n\n'
            "Giuliani, for his part, was unapologetic. In an interview, he said he stood "
            'by it. "I said what I said," he told HuffPost.',
            "I said what I said,",
            "Rudy Giuliani",
            "he",
        ),
        # a story told is no speaker: its owner is who the pronoun after it is
        (
            'Alicia Machado spoke. "Go," said Karen Finney.\n\n'
            "Machado's story has been told before. In May, she said Trump had called her "
            '"Miss Piggy" after her win.',
            "Miss Piggy",
            "Alicia Machado",
            "she",
        ),
        # a speaker noun and the body it serves on or with
        (
            "Jo Lind spoke.\n\nA senior Republican aide on the committee said the panel "
            'was considering a referral. "Nothing is off the table," the aide said.',
            "Nothing is off the table,",
            "A senior Republican aide on the committee",
            "the aide",
        ),
        (
            'An official with the campaign said the panel was "considering" a referral.',
            "considering",
            "An official with the campaign",
            "An official with the campaign",
        ),
        # ... or is named inside it: the subject of the sentence before the pronoun's
        (
            '"Go," Marsha Coley said.\n\nDemocrats see an opening. Their nominee, a nurse '
            'named Renee Castellano, has raised little. She said Coley had "forgotten us."',
            "forgotten us.",
            "Renee Castellano",
            "She",
        ),
        # a person described with "a" and given a name by "named" opens the paragraph
        (
            '"Go," Marsha Coley said.\n\nTheir nominee, a retired Army nurse named Renee '
            'Castellano, has raised little. "I am here," she said.',
            "I am here,",
            "Renee Castellano",
            "she",
        ),
    ],
)
def test_2016_form(text: str, quote: str, name: str, mention: str) -> None:
    found = {q.text: q for q in parse_article(text).quotes}
    assert quote in found, list(found)
    speaker = found[quote].speaker
    assert speaker is not None
    assert (speaker.name, speaker.mention) == (name, mention)


def test_a_name_after_a_thing_from_it_is_who() -> None:
    # no comma sets a home town off: "from" names the one the relative stands for
    text = 'Among them was this tweet from Rikkie Wells who tweeted, "They never listen."'
    (quote,) = parse_article(text).quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.mention) == ("Rikkie Wells", "who")
