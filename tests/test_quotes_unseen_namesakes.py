"""Quotes and speakers in invented stories where relatives or namesakes appear together.

Every story here is invented (names, places, figures and words; no real story
is copied) in the house style of English news: a political family on the
campaign trail, a family business handed to the next generation, a court case
between siblings, two unrelated officials of one surname, a married couple of
politicians, father and son coaches, a racing dynasty and a royal family.
What they test is who a surname names when several people bear it: the one
the story is about (its headline calls them by the surname alone), the one an
honorific's gender gives (``Mrs. Smith``, ``Mr. Marsh``), and a relative
introduced later who is called by first name or full name afterwards
(``Tyler Kessler said``).  The gold follows :mod:`tests.test_quotes_unseen`:
every quote of :attr:`Article.quotes` in text order with its speaker's name
and mention.  Six shorter stories (a campaign, a trial, a family firm, a
sports club, a council meeting and a protest) test what a ``he`` or ``she``
stands for when the sentence before it names its subject otherwise than by a
full name alone.
"""

from __future__ import annotations

import pytest

from newsstruct import find_quotes
from tests.test_quotes_unseen import Gold, check_story, story_names

POLITICAL_FAMILY = """Ferris leans on his father's pulpit in final push for Iowa

By Dana Whitcombe

DES MOINES, Iowa (AP) — Sen. Daniel Ferris spent the last weekend before the Iowa caucuses crisscrossing the state's evangelical heartland, and for much of it he let his father do the talking.

Raymond Ferris, a 77-year-old pastor who fled Cuba as a teenager, has become one of the most sought-after surrogates on the Republican side, drawing crowds to church basements and pizza parlors that sometimes rival his son's.

"My son is not a politician who found God last Tuesday," Raymond Ferris told about 200 people at a Baptist church in Ankeny on Saturday. "He was raised on Scripture and he will govern by it."

The senator, who trails the front-runner by four points in the latest Des Moines Register poll, arrived an hour later and spoke for 25 minutes, mostly about taxes and the border.

"Iowa does not reward the candidate with the most money," Ferris said. "It rewards the one who shows up, who listens, and who tells you the truth."

Ferris has visited all 99 of the state's counties, a feat his campaign mentions at every stop. Asked about his father's growing role, Mr. Ferris said he was "proud, and a little nervous."

"He goes off script," he said with a grin. "He has been going off script since 1959."

The elder Ferris has drawn criticism for remarks about Islam and about the Supreme Court that the campaign has declined to defend. At a stop in Sioux Center in December, he said the country was "one election away from losing everything."

A spokeswoman for the campaign, Melissa Truong, said the pastor spoke for himself. "Pastor Ferris is a private citizen with strong faith and strong opinions," she said. "The senator is proud of his father."

Rivals have noticed. Jeb Morrow, an adviser to the front-runner, said the Ferris family was "running two campaigns, and only one of them is on the ballot."

"The son talks about spreadsheets and the father talks about the end times," Morrow said. "Voters can tell the difference."

In Ankeny, many in the crowd said they had come to hear the pastor and stayed for the senator. Janet Kowalczyk, 63, a retired schoolteacher, said she had not decided between Ferris and the front-runner until Saturday.

"When his dad prayed over him, I cried," she said. "That settled it for me."

Raymond Ferris said he planned to keep traveling until the caucuses on Monday night. "I have buried a wife and survived a revolution," he said. "I can survive a week of Iowa winter."

On Sunday evening, at a rally in Cedar Rapids, Ferris was asked whether he worried his father's words might cost him votes.

"My father says what he believes," Mr. Ferris said. "So do I. That is the Ferris family tradition."
"""

POLITICAL_FAMILY_GOLD: Gold = (
    ("My son is not a politician who found God last Tuesday,", "Raymond Ferris", "Raymond Ferris"),
    ("He was raised on Scripture and he will govern by it.", "Raymond Ferris", "Raymond Ferris"),
    ("Iowa does not reward the candidate with the most money,", "Daniel Ferris", "Ferris"),
    (
        "It rewards the one who shows up, who listens, and who tells you the truth.",
        "Daniel Ferris",
        "Ferris",
    ),
    ("proud, and a little nervous.", "Daniel Ferris", "Mr. Ferris"),
    ("He goes off script,", "Daniel Ferris", "he"),
    ("He has been going off script since 1959.", "Daniel Ferris", "he"),
    ("one election away from losing everything.", "Raymond Ferris", "he"),
    (
        "Pastor Ferris is a private citizen with strong faith and strong opinions,",
        "Melissa Truong",
        "she",
    ),
    ("The senator is proud of his father.", "Melissa Truong", "she"),
    ("running two campaigns, and only one of them is on the ballot.", "Jeb Morrow", "Jeb Morrow"),
    (
        "The son talks about spreadsheets and the father talks about the end times,",
        "Jeb Morrow",
        "Morrow",
    ),
    ("Voters can tell the difference.", "Jeb Morrow", "Morrow"),
    ("When his dad prayed over him, I cried,", "Janet Kowalczyk", "she"),
    ("That settled it for me.", "Janet Kowalczyk", "she"),
    ("I have buried a wife and survived a revolution,", "Raymond Ferris", "he"),
    ("I can survive a week of Iowa winter.", "Raymond Ferris", "he"),
    ("My father says what he believes,", "Daniel Ferris", "Mr. Ferris"),
    ("So do I. That is the Ferris family tradition.", "Daniel Ferris", "Mr. Ferris"),
)


FAMILY_BUSINESS = """Third generation takes the helm at Hollis Furniture as sales slump

By Priya Nandakumar

HICKORY, N.C. — Claire Hollis grew up in the showroom of the furniture maker her grandfather founded in 1948, doing homework on sofas that cost more than her parents' first car. On Monday she became the company's chief executive, the first woman to run it and the first Hollis of her generation to take charge.

She takes over at a difficult moment. Sales at Hollis Furniture fell 14 percent last year as imported pieces undercut its prices and younger buyers turned to online sellers.

"We are not going to win by being the cheapest," Hollis said in an interview at the company's plant on Monday. "We are going to win by being the best, and by telling people why."

Her father, Walter Hollis, who ran the company for 31 years, will remain chairman. He said he had been thinking about stepping back since his heart surgery two winters ago.

"I told her the job is hers, the mistakes are hers and the credit is hers," Walter Hollis said. "I will be on the porch if she needs me."

The succession was not without tension. Her younger brother, Peter Hollis, who runs the company's sales division, had been seen by some employees as the likelier choice. He said on Monday that the board had made the right decision.

"Claire has the vision and I have the phone numbers," Peter Hollis said. "That is a pretty good partnership."

Hollis plans to close one of the company's three plants and invest $12 million in the remaining two, adding automated cutting lines and a design studio in Charlotte. About 140 jobs will be lost, though she said most workers would be offered places at the other plants.

Union leaders were cautious. Deborah Kline, president of the local that represents about 600 Hollis workers, said the union would judge the new chief executive by her actions.

"We have heard promises in this building before," Kline said. "Ms. Hollis says the right things. Now we will see."

Hollis said she understood the skepticism. "People here have given their whole lives to this company," she said. "They have every right to ask what I am going to give back."

Analysts said the company's problems ran deeper than leadership. Marcus Feld, who follows the furniture industry for a regional investment bank, said the family would have to decide whether to stay independent.

"There are two or three buyers who would take a very close look at Hollis," Feld said. "The question is whether the family wants to sell while it still can."

Asked about a sale, Walter Hollis was blunt. "Not while I am breathing," he said.

His daughter was more careful. "Everything is on the table except giving up," Hollis said.
"""

FAMILY_BUSINESS_GOLD: Gold = (
    ("We are not going to win by being the cheapest,", "Claire Hollis", "Hollis"),
    (
        "We are going to win by being the best, and by telling people why.",
        "Claire Hollis",
        "Hollis",
    ),
    (
        "I told her the job is hers, the mistakes are hers and the credit is hers,",
        "Walter Hollis",
        "Walter Hollis",
    ),
    ("I will be on the porch if she needs me.", "Walter Hollis", "Walter Hollis"),
    ("Claire has the vision and I have the phone numbers,", "Peter Hollis", "Peter Hollis"),
    ("That is a pretty good partnership.", "Peter Hollis", "Peter Hollis"),
    ("We have heard promises in this building before,", "Deborah Kline", "Kline"),
    ("Ms. Hollis says the right things. Now we will see.", "Deborah Kline", "Kline"),
    ("People here have given their whole lives to this company,", "Claire Hollis", "she"),
    ("They have every right to ask what I am going to give back.", "Claire Hollis", "she"),
    (
        "There are two or three buyers who would take a very close look at Hollis,",
        "Marcus Feld",
        "Feld",
    ),
    ("The question is whether the family wants to sell while it still can.", "Marcus Feld", "Feld"),
    ("Not while I am breathing,", "Walter Hollis", "he"),
    ("Everything is on the table except giving up,", "Claire Hollis", "Hollis"),
)


SIBLINGS_COURT = """Brother and sister face off in court over family trucking empire

By Elena Marchetti

COLUMBUS, Ohio — The two children of the late trucking magnate Frank Harlan sat at opposite tables in a Franklin County courtroom on Tuesday as a trial opened over control of the company he built, a fight their lawyers described in very different terms.

Thomas Harlan, 54, says his sister forged their father's signature on a 2019 amendment to his trust that gave her a majority of the voting shares. Margaret Harlan, 51, says the amendment was their father's own idea and that her brother is trying to rewrite history.

"This case is about a signature that Frank Harlan never made," Thomas Harlan's lawyer, Gregory Szabo, told the jury in his opening statement. "You will hear from the notary, and you will hear from the handwriting expert."

Ms. Harlan's lawyer, Rebecca Lindqvist, said the evidence would show a father who had lost patience with his son.

"Frank Harlan knew exactly what he was doing," Lindqvist said. "He chose the child who showed up."

Mr. Harlan was the first witness. He testified for nearly three hours, describing a close relationship with his father that he said soured only after his sister moved back to Columbus in 2017.

"She was there every day, and she was whispering in his ear," he said. "By the end he would not take my calls."

Under cross-examination, Lindqvist asked him about loans he had received from the company and never repaid.

"Those were not loans," Mr. Harlan said. "My father called them gifts, and so did I."

Ms. Harlan did not testify on Tuesday but is expected to take the stand next week. Outside the courthouse, she said she was saddened that the dispute had reached a jury.

"I love my brother," she said. "I do not love what he is doing to our father's memory."

The company, Harlan Freight, employs about 2,300 people and operates terminals in six states. Its chief financial officer, Jordan Pike, testified in the afternoon that the company's board had been told of the trust amendment in early 2020.

"Nobody raised any objection at the time," Pike said. "Not Thomas, not anyone."

Szabo, in his questioning, suggested the board had been given only a summary. Pike agreed that the full document had not been circulated.

Employees have watched the trial closely. Carla Mendez, a dispatcher at the Columbus terminal for 22 years, said workers mostly wanted the fighting to end.

"We loved Frank," she said. "We just want to know who is going to sign our paychecks."

Judge Andrea Whitfield told jurors the trial was expected to last three weeks. Outside, Mr. Harlan said he was confident.

"The truth is on paper," he said. "We just have to read it."
"""

SIBLINGS_COURT_GOLD: Gold = (
    (
        "This case is about a signature that Frank Harlan never made,",
        "Gregory Szabo",
        "Thomas Harlan's lawyer",
    ),
    (
        "You will hear from the notary, and you will hear from the handwriting expert.",
        "Gregory Szabo",
        "Thomas Harlan's lawyer",
    ),
    ("Frank Harlan knew exactly what he was doing,", "Rebecca Lindqvist", "Lindqvist"),
    ("He chose the child who showed up.", "Rebecca Lindqvist", "Lindqvist"),
    ("She was there every day, and she was whispering in his ear,", "Thomas Harlan", "he"),
    ("By the end he would not take my calls.", "Thomas Harlan", "he"),
    ("Those were not loans,", "Thomas Harlan", "Mr. Harlan"),
    ("My father called them gifts, and so did I.", "Thomas Harlan", "Mr. Harlan"),
    ("I love my brother,", "Margaret Harlan", "she"),
    ("I do not love what he is doing to our father's memory.", "Margaret Harlan", "she"),
    ("Nobody raised any objection at the time,", "Jordan Pike", "Pike"),
    ("Not Thomas, not anyone.", "Jordan Pike", "Pike"),
    ("We loved Frank,", "Carla Mendez", "she"),
    ("We just want to know who is going to sign our paychecks.", "Carla Mendez", "she"),
    ("The truth is on paper,", "Thomas Harlan", "he"),
    ("We just have to read it.", "Thomas Harlan", "he"),
)


TWO_SMITHS = """Two Smiths, one county, and a fight over a landfill

By Rhonda Beckwith

LAKE CITY, Fla. — In Columbia County, the name Smith has become shorthand for a political fight, and residents sometimes need a first name to know which side someone is on.

Mayor Linda Smith of Lake City wants the county to reject a proposed expansion of the Turkey Creek landfill, which sits two miles from the city's main well field. County Commissioner Robert Smith, who is no relation, has championed the expansion as a source of jobs and tipping fees.

"I have nothing against Commissioner Smith personally," Mrs. Smith said on Wednesday. "But I will not gamble with the water my residents drink."

Mr. Smith, a former sheriff's deputy who represents the county's rural western district, said the mayor's fears were overblown.

"The state has reviewed this site four times," he said. "Every one of those reviews says the groundwater is protected."

The county commission is scheduled to vote on the expansion next Thursday. A staff report recommends approval with conditions, including new monitoring wells and a limit on daily truck trips.

The operator, Sunbelt Waste Services, said the expansion would add 35 jobs and about $2 million a year to the county's budget. Its regional manager, Alex Moreno, said the company had agreed to every condition in the report.

"We have been a good neighbor here for twenty years," Moreno said. "We intend to be one for twenty more."

Residents near the landfill have packed recent meetings. Dorothy Vance, who lives about a mile from the site, said she could smell it on summer evenings.

"They call it a good neighbor," she said. "A good neighbor does not make you close your windows in July."

Mrs. Smith has asked the St. Johns River Water Management District to review the plan. In a letter to the district, she called the staff report "thin on science and thick on optimism."

Mr. Smith dismissed the letter as politics. "The mayor is running for the state House next year," he said. "Everybody in this county knows it."

Asked about that, Mrs. Smith laughed. "If protecting drinking water is politics, then I am guilty," she said.

The two have clashed before, over a road-paving plan in 2022 and a fire-services agreement the year after. Some residents say the shared name only adds to the confusion.

"People call my office to complain about the landfill, and I tell them they want the other Smith," the mayor said.
"""

TWO_SMITHS_GOLD: Gold = (
    ("I have nothing against Commissioner Smith personally,", "Linda Smith", "Mrs. Smith"),
    ("But I will not gamble with the water my residents drink.", "Linda Smith", "Mrs. Smith"),
    ("The state has reviewed this site four times,", "Robert Smith", "he"),
    ("Every one of those reviews says the groundwater is protected.", "Robert Smith", "he"),
    ("We have been a good neighbor here for twenty years,", "Alex Moreno", "Moreno"),
    ("We intend to be one for twenty more.", "Alex Moreno", "Moreno"),
    ("They call it a good neighbor,", "Dorothy Vance", "she"),
    ("A good neighbor does not make you close your windows in July.", "Dorothy Vance", "she"),
    ("thin on science and thick on optimism.", "Linda Smith", "she"),
    ("The mayor is running for the state House next year,", "Robert Smith", "he"),
    ("Everybody in this county knows it.", "Robert Smith", "he"),
    ("If protecting drinking water is politics, then I am guilty,", "Linda Smith", "she"),
    (
        "People call my office to complain about the landfill, and I tell them they want the other Smith,",
        "Linda Smith",
        "the mayor",
    ),
)


MARRIED_POLITICIANS = """Governor and her husband split on rail bond, and say so in public

By Nathan Oduya

SPRINGFIELD, Ill. — Gov. Helen Marsh and her husband, state Rep. Douglas Marsh, have been married for 28 years and have rarely disagreed in public. On Thursday, they found themselves on opposite sides of the biggest vote of the session.

The governor wants lawmakers to approve a $4.2 billion bond for high-speed rail between Chicago and St. Louis. Her husband, a Democrat from Peoria who chairs the House transportation committee, told colleagues he would vote against it.

"I love my wife, and I think she is a terrific governor," Mr. Marsh said in a floor speech. "I also think this bond is too big and too soon."

The governor, speaking to reporters an hour later, said she had learned of her husband's decision at breakfast.

"He told me over coffee, which is how we tell each other everything," Mrs. Marsh said. "I told him he was wrong, and then I passed him the sugar."

The bond needs 71 votes in the House. Supporters said on Thursday they had about 65. House Speaker Anthony Russo, who backs the plan, said the chairman's opposition made the count harder.

"When the chairman of the committee says no, members listen," Russo said. "We have work to do."

Republicans were delighted. State Rep. Karen Holt, the ranking Republican on the transportation committee, called Mr. Marsh's speech "the most honest thing anyone has said about this bond."

"Even the governor's own family does not believe in it," she said.

Mrs. Marsh said she would keep lobbying members, her husband among them. "I have one more breakfast before the vote," she said. "I intend to use it."

Her husband said he was not likely to change his mind. "She is very persuasive," he said. "But I have read the numbers."

The couple's disagreement has become a topic of amused conversation around the Capitol. Lobbyists joke about which Marsh to call first, and members of both parties said they admired the civility of it.

Sen. Lorraine Petty, a Democrat from Chicago who sponsored the Senate version, said the debate had been good for the bill. "People are actually reading it," she said.

The governor said she did not expect the vote to strain her marriage. "We have survived three campaigns, two teenagers and a kitchen remodel," Mrs. Marsh said. "We will survive a rail bond."
"""

MARRIED_POLITICIANS_GOLD: Gold = (
    ("I love my wife, and I think she is a terrific governor,", "Douglas Marsh", "Mr. Marsh"),
    ("I also think this bond is too big and too soon.", "Douglas Marsh", "Mr. Marsh"),
    (
        "He told me over coffee, which is how we tell each other everything,",
        "Helen Marsh",
        "Mrs. Marsh",
    ),
    ("I told him he was wrong, and then I passed him the sugar.", "Helen Marsh", "Mrs. Marsh"),
    ("When the chairman of the committee says no, members listen,", "Anthony Russo", "Russo"),
    ("We have work to do.", "Anthony Russo", "Russo"),
    (
        "the most honest thing anyone has said about this bond.",
        "Karen Holt",
        "State Rep. Karen Holt",
    ),
    ("Even the governor's own family does not believe in it,", "Karen Holt", "she"),
    ("I have one more breakfast before the vote,", "Helen Marsh", "she"),
    ("I intend to use it.", "Helen Marsh", "she"),
    ("She is very persuasive,", "Douglas Marsh", "he"),
    ("But I have read the numbers.", "Douglas Marsh", "he"),
    ("People are actually reading it,", "Lorraine Petty", "she"),
    (
        "We have survived three campaigns, two teenagers and a kitchen remodel,",
        "Helen Marsh",
        "Mrs. Marsh",
    ),
    ("We will survive a rail bond.", "Helen Marsh", "Mrs. Marsh"),
)


FATHER_SON_COACHES = """Kessler's son calls the plays now, and the old coach likes it

By Tom Birchall

STILLWATER, Okla. — For 22 years, Bob Kessler called every offensive play at Northern Plains State. This season, for the first time, he handed the play sheet to someone else: his son.

Tyler Kessler, 34, was promoted to offensive coordinator in January after six seasons coaching quarterbacks. The Mustangs are 7-1 and ranked 14th, and their offense leads the conference in scoring.

"I don't miss it as much as I thought I would," Kessler said after practice on Tuesday. "I watch the game now instead of the next play. It turns out the game is pretty fun to watch."

The move was his idea. Kessler, 66, said he had noticed that his son's suggestions from the booth were working more often than his own.

"At some point you have to be honest with yourself," he said. "Tyler sees things I don't see anymore."

Tyler Kessler said the first few weeks had been awkward. Players who had known him as a position coach had to get used to him as the voice in their headsets.

"It's still his program," Tyler Kessler said. "I just get to borrow the offense on Saturdays."

Quarterback Marcus Bell, a senior, said the change was obvious from the first snap of the season. "Coach Tyler trusts us to throw it," he said. "We take shots now."

The father and son have a routine. They meet at 6 a.m. every Sunday in the head coach's office to review film, and they do not talk football at family dinners, a rule enforced by Kessler's wife, Donna.

"Donna runs the house," Kessler said. "I just run the football team."

Not everyone was convinced at first. Some boosters grumbled in the spring that the job had gone to the head coach's son without a search. The athletic director, Gail Morrison, said she had backed the promotion from the start.

"Tyler earned it in the quarterback room, and he is proving it on Saturdays," Morrison said.

Northern Plains State plays at Central Missouri on Saturday, a game that could decide the conference's automatic berth in the playoffs. The Mustangs have not won there since 2011.

Asked whether he wanted to be a head coach himself, Tyler said he was not in a hurry. "I have the best seat in the house," he said. "And the best boss."

His father laughed when told of the answer. "He'll have offers in December," Kessler said. "I'll tell him to take the right one."
"""

FATHER_SON_COACHES_GOLD: Gold = (
    ("I don't miss it as much as I thought I would,", "Bob Kessler", "Kessler"),
    (
        "I watch the game now instead of the next play. It turns out the game is pretty fun to watch.",
        "Bob Kessler",
        "Kessler",
    ),
    ("At some point you have to be honest with yourself,", "Bob Kessler", "he"),
    ("Tyler sees things I don't see anymore.", "Bob Kessler", "he"),
    ("It's still his program,", "Tyler Kessler", "Tyler Kessler"),
    ("I just get to borrow the offense on Saturdays.", "Tyler Kessler", "Tyler Kessler"),
    ("Coach Tyler trusts us to throw it,", "Marcus Bell", "he"),
    ("We take shots now.", "Marcus Bell", "he"),
    ("Donna runs the house,", "Bob Kessler", "Kessler"),
    ("I just run the football team.", "Bob Kessler", "Kessler"),
    (
        "Tyler earned it in the quarterback room, and he is proving it on Saturdays,",
        "Gail Morrison",
        "Morrison",
    ),
    ("I have the best seat in the house,", "Tyler Kessler", "he"),
    ("And the best boss.", "Tyler Kessler", "he"),
    ("He'll have offers in December,", "Bob Kessler", "Kessler"),
    ("I'll tell him to take the right one.", "Bob Kessler", "Kessler"),
)


RACING_DYNASTY = """Brandt wins at Bristol as his father watches from the pit box

By Stacey Wilder

BRISTOL, Tenn. (AP) — Kyle Brandt held off Ricky Salazar over the final 20 laps to win at Bristol Motor Speedway on Saturday night, giving his family's team its first Cup Series victory in nine years.

Brandt's father, Mitch Brandt, who won 31 races as a driver before starting the team, watched from the pit box with a headset on and tears in his eyes.

"I have won here, and I have watched my boy win here, and the second one is better," Mitch Brandt said in victory lane. "It is not even close."

Brandt led 212 laps and survived two late restarts. He took the lead for good when Salazar slid up the track with 19 laps to go.

"I knew Ricky would go to the top, and I just had to hold the bottom," Brandt said. "The car was perfect on the long runs."

Salazar, who finished second for the third time this season, said he had no complaints. "He beat me fair," he said. "I'll get him next time."

The Brandt team has struggled since Mitch Brandt stepped out of the car. It nearly closed two years ago when its main sponsor left, and it survived partly because Kyle's cousin, Jenna Brandt, took over as team president and found new backers.

"We were one bad month from locking the doors," Jenna Brandt said. "Tonight makes every hard phone call worth it."

Kyle Brandt, 26, said his cousin deserved as much credit as anyone on the team. "Jenna kept the lights on," he said. "I just drive the car."

His crew chief, Darnell Hughes, said the team had tested at Bristol in the spring and found speed in the car's rear suspension. "We brought the best car we have built," Hughes said.

Mitch Brandt said he had stopped giving his son advice on the radio years ago. "He does not need an old man in his ear," he said. "He needs a spotter and a good crew chief, and he has both."

Brandt's margin of victory was 0.412 seconds, the closest finish at the track this year. Salazar's teammate, Colt Ramsey, finished third, and Denny Ortega was fourth after starting 31st.

The win moves Brandt into the playoff picture with four races left in the regular season.

"We are not done," Brandt said. "We are just getting started."
"""

RACING_DYNASTY_GOLD: Gold = (
    (
        "I have won here, and I have watched my boy win here, and the second one is better,",
        "Mitch Brandt",
        "Mitch Brandt",
    ),
    ("It is not even close.", "Mitch Brandt", "Mitch Brandt"),
    (
        "I knew Ricky would go to the top, and I just had to hold the bottom,",
        "Kyle Brandt",
        "Brandt",
    ),
    ("The car was perfect on the long runs.", "Kyle Brandt", "Brandt"),
    ("He beat me fair,", "Ricky Salazar", "he"),
    ("I'll get him next time.", "Ricky Salazar", "he"),
    ("We were one bad month from locking the doors,", "Jenna Brandt", "Jenna Brandt"),
    ("Tonight makes every hard phone call worth it.", "Jenna Brandt", "Jenna Brandt"),
    ("Jenna kept the lights on,", "Kyle Brandt", "he"),
    ("I just drive the car.", "Kyle Brandt", "he"),
    ("We brought the best car we have built,", "Darnell Hughes", "Hughes"),
    ("He does not need an old man in his ear,", "Mitch Brandt", "he"),
    ("He needs a spotter and a good crew chief, and he has both.", "Mitch Brandt", "he"),
    ("We are not done,", "Kyle Brandt", "Brandt"),
    ("We are just getting started.", "Kyle Brandt", "Brandt"),
)


ROYAL_VISIT = """Crown princess and her brother take on the king's duties in flood-hit north

By Ingrid Halvorsen

TROMSBERG (Reuters) - Crown Princess Astrid and her younger brother, Prince Oskar, visited towns in the flooded north on Wednesday, standing in for their father, King Harald, who is recovering from back surgery.

The princess, 38, spoke with families in the town of Elvheim, where the river rose more than three meters last week and forced about 1,200 people from their homes.

"I have seen a lot of water in my life, but never water like this," she told reporters outside a school that has become a shelter. "The people here have lost everything, and still they are helping each other."

Prince Oskar, 35, a former navy officer, spent the morning with rescue crews on the river. He said the crews had worked through the night for most of the past week.

"These are volunteers," he said. "They go home, they sleep three hours, and they come back."

The royal palace said the king had asked his children to make the trip. A palace spokeswoman, Marit Solheim, said he was following events closely from his bed.

"His Majesty receives reports twice a day," Solheim said. "He wanted his family to be here."

Local officials welcomed the visit but said the region needed money more than ceremony. Elvheim's mayor, Kari Nygaard, said the town had asked the government for 400 million crowns to rebuild roads and bridges.

"A royal visit is a comfort," she said. "A bridge is a necessity."

The river crested on Saturday and has since fallen by more than a meter, but officials warned that rain forecast for the weekend could push it up again. About 300 homes remain without power.

The prime minister, Sverre Dahl, announced on Tuesday an emergency package of 250 million crowns for the region. His office said more could follow once damage was assessed.

The crown princess said she had raised the bridges with the prime minister by telephone. "I told him what I saw," she said. "He listened."

Residents said the visit had lifted spirits. Ola Brekke, a 71-year-old retired fisherman whose house was flooded to the second floor, said he had shaken the prince's hand.

"I told him I voted against his grandfather's wedding," Brekke said, laughing. "He said he would not hold it against me."

Prince Oskar said he planned to return next month with the navy. "We will bring boats and we will bring people," he said. "And I will bring better boots."
"""

ROYAL_VISIT_GOLD: Gold = (
    ("I have seen a lot of water in my life, but never water like this,", "Astrid", "she"),
    (
        "The people here have lost everything, and still they are helping each other.",
        "Astrid",
        "she",
    ),
    ("These are volunteers,", "Oskar", "he"),
    ("They go home, they sleep three hours, and they come back.", "Oskar", "he"),
    ("His Majesty receives reports twice a day,", "Marit Solheim", "Solheim"),
    ("He wanted his family to be here.", "Marit Solheim", "Solheim"),
    ("A royal visit is a comfort,", "Kari Nygaard", "she"),
    ("A bridge is a necessity.", "Kari Nygaard", "she"),
    ("I told him what I saw,", "Astrid", "she"),
    ("He listened.", "Astrid", "she"),
    ("I told him I voted against his grandfather's wedding,", "Ola Brekke", "Brekke"),
    ("He said he would not hold it against me.", "Ola Brekke", "Brekke"),
    ("We will bring boats and we will bring people,", "Oskar", "he"),
    ("And I will bring better boots.", "Oskar", "he"),
)


#: Shorter stories (300 to 600 words) where a pronoun's antecedent is the subject of
#: the sentence before it, named by an honorific, a description (``The councilor,
#: though,``), a relative noun (``Her husband said``) or at the end of a sentence whose
#: subject is no person (``That did not impress Mr. DeLuca``), over the last speaker;
#: and signs whose words are no one's.
CAMPAIGN = """Okafor's mother takes the stump as her son trails in mayor's race

By Lena Parkhurst

COLUMBUS, Ga. — Former state Sen. Grace Okafor has not held office in a decade, but on Saturday she was back on a flatbed truck in a church parking lot, asking voters to make her son the city's next mayor.

Her son, City Councilman Samuel Okafor, trails Mayor Frank DeLuca by six points in a poll released last week. His campaign has leaned on his mother's name, which still opens doors on the city's east side.

"I did not raise a quitter, and I did not raise a fool," Grace Okafor told about 150 people. "I raised a public servant."

The councilman spoke after her, mostly about potholes and bus routes.

"My mother knows every pastor in this city," Okafor said. "I intend to know every street."

DeLuca, who is seeking a third term, said the race was about results, not family names. "We have paved 40 miles of road in four years," he said. "Nobody has asked me who my mother is."

Her son said he was not worried about the poll. "Polls do not vote," he said. "People do."

The survey was taken by Quinn Abernathy, a pollster at Chattahoochee Valley College, who said the race had tightened since August.

"Six points with five weeks to go is a real race," Abernathy said. "It is not a comfortable lead for anyone."

The former senator, though, was in no mood to talk about numbers. "I have been counted out before," she said. "I won anyway."

Voters at the rally said the family name mattered to them. Loretta Banks, 71, a retired nurse, said she had voted for Grace Okafor four times.

"She fixed the clinic on Buena Vista Road when nobody else would," Banks said. "If her boy is half of that, he has my vote."

That did not impress Mr. DeLuca, who held his own rally across town on Sunday. "This is a city election, not a family reunion," he said.

Okafor laughed when told of the remark. "Then he should stop coming to my mother's church," he said.
"""

CAMPAIGN_GOLD: Gold = (
    ("I did not raise a quitter, and I did not raise a fool,", "Grace Okafor", "Grace Okafor"),
    ("I raised a public servant.", "Grace Okafor", "Grace Okafor"),
    ("My mother knows every pastor in this city,", "Samuel Okafor", "Okafor"),
    ("I intend to know every street.", "Samuel Okafor", "Okafor"),
    ("We have paved 40 miles of road in four years,", "Frank DeLuca", "he"),
    ("Nobody has asked me who my mother is.", "Frank DeLuca", "he"),
    ("Polls do not vote,", "Samuel Okafor", "he"),
    ("People do.", "Samuel Okafor", "he"),
    ("Six points with five weeks to go is a real race,", "Quinn Abernathy", "Abernathy"),
    ("It is not a comfortable lead for anyone.", "Quinn Abernathy", "Abernathy"),
    ("I have been counted out before,", "Grace Okafor", "she"),
    ("I won anyway.", "Grace Okafor", "she"),
    ("She fixed the clinic on Buena Vista Road when nobody else would,", "Loretta Banks", "Banks"),
    ("If her boy is half of that, he has my vote.", "Loretta Banks", "Banks"),
    ("This is a city election, not a family reunion,", "Frank DeLuca", "he"),
    ("Then he should stop coming to my mother's church,", "Samuel Okafor", "he"),
)

TRIAL = """Former bookkeeper testifies against ex-boss in embezzlement trial

By Marcus Tillery

HARTFORD, Conn. — A former bookkeeper told a federal jury on Wednesday that her onetime employer ordered her to move money from a veterans' charity into his personal accounts, the first day of testimony in a case that has divided a small Connecticut town.

Dennis Whitcomb, 63, the founder of the Nutmeg Veterans Fund, is charged with wire fraud and money laundering. His wife, Sharon Whitcomb, 60, who served as the charity's treasurer, has pleaded guilty to a lesser charge and is expected to testify next week.

The bookkeeper, Tamsin Greer, spent most of the day on the stand. She described a system of cash withdrawals that the staff called the petty fund.

"He told me the board knew," Greer said. "I believed him for two years."

Whitcomb's lawyer, Harold Nyberg, pressed her on why she had not gone to the police sooner.

"You signed every one of those checks, didn't you?" Nyberg asked.

"I signed what I was told to sign," Greer said.

Mr. Whitcomb sat at the defense table and took notes. He did not look at the witness.

Outside the courthouse, Nyberg said his client had been betrayed by people he trusted. "Dennis Whitcomb built this charity with his own hands," he said. "The jury will hear who really took the money."

Prosecutors have said the couple spent about $1.4 million of the fund's money on a lake house, two boats and a daughter's wedding. Assistant U.S. Attorney Renata Solis told jurors in her opening statement that the records were "not ambiguous."

None of it moved Mr. Whitcomb, who waved to reporters as he left. "I will tell my side when it is my turn," he said.

Veterans who relied on the fund have followed the trial closely. Eugene Tarver, 78, a Korean War veteran, said the charity had paid his heating bills for three winters before the money ran out.

"I do not know who to believe," Tarver said. "I know the oil truck stopped coming."

The trial is expected to last three weeks.
"""

TRIAL_GOLD: Gold = (
    ("He told me the board knew,", "Tamsin Greer", "Greer"),
    ("I believed him for two years.", "Tamsin Greer", "Greer"),
    ("You signed every one of those checks, didn't you?", "Harold Nyberg", "Nyberg"),
    ("I signed what I was told to sign,", "Tamsin Greer", "Greer"),
    ("Dennis Whitcomb built this charity with his own hands,", "Harold Nyberg", "he"),
    ("The jury will hear who really took the money.", "Harold Nyberg", "he"),
    ("not ambiguous.", "Renata Solis", "Assistant U.S. Attorney Renata Solis"),
    ("I will tell my side when it is my turn,", "Dennis Whitcomb", "he"),
    ("I do not know who to believe,", "Eugene Tarver", "Tarver"),
    ("I know the oil truck stopped coming.", "Eugene Tarver", "Tarver"),
)

FAMILY_FIRM = """Brewer's daughter takes over as the family sells a stake to a Dutch giant

By Anneliese Korver

MILWAUKEE (Reuters) - The Brandauer family, which has brewed beer on the city's south side since 1881, will sell a 40 percent stake in its company to the Dutch brewer Hollander Group, and the founder's great-great-granddaughter will become chief executive, the company said on Thursday.

Katrin Brandauer, 39, succeeds her uncle, Josef Brandauer, 68, who has run the brewery since 1994. He will stay on as chairman.

"My uncle kept this brewery alive through three recessions," Katrin Brandauer said in an interview. "My job is to make sure it is still here for the next one."

Josef Brandauer said the sale had been the hardest decision of his career. Asked whether he had doubts, Josef Brandauer was frank. "Every night for a year," he said.

The deal values the brewery at about $310 million, according to a person familiar with the terms. Hollander's chief executive, Pieter Vos, said the Dutch company would leave the recipes and the brewing staff alone.

"We are buying a family's craft, not a factory," Vos said. "It would be foolish to change it."

Not everyone in the family agreed. Her cousin, Lukas Brandauer, who manages the company's taproom, had urged the board to reject the offer. His mother, Marta Brandauer, sits on the board and voted against the sale.

Her son said he would stay with the company. "I love this place too much to sulk," he said. "But I would have done it differently."

Mrs. Brandauer declined to comment.

Workers at the brewery, many of them in their second or third decade there, said they had heard rumors for months. A hand-lettered notice by the time clock said simply, "Meeting at 3. Everyone."

Gus Pietrowski, 58, a brewer who has worked at the plant for 34 years, said the meeting had calmed people down.

"Katrin talked to us like grown-ups," Pietrowski said. "Nobody is losing a job. That is all we wanted to hear."

The company said the sale should close by the end of March.
"""

FAMILY_FIRM_GOLD: Gold = (
    (
        "My uncle kept this brewery alive through three recessions,",
        "Katrin Brandauer",
        "Katrin Brandauer",
    ),
    (
        "My job is to make sure it is still here for the next one.",
        "Katrin Brandauer",
        "Katrin Brandauer",
    ),
    ("Every night for a year,", "Josef Brandauer", "he"),
    ("We are buying a family's craft, not a factory,", "Pieter Vos", "Vos"),
    ("It would be foolish to change it.", "Pieter Vos", "Vos"),
    ("I love this place too much to sulk,", "Lukas Brandauer", "he"),
    ("But I would have done it differently.", "Lukas Brandauer", "he"),
    ("Katrin talked to us like grown-ups,", "Gus Pietrowski", "Pietrowski"),
    ("Nobody is losing a job. That is all we wanted to hear.", "Gus Pietrowski", "Pietrowski"),
)

SPORTS_CLUB = """Rovers keep faith with their manager's son as relegation looms

By Callum Dunstable

BRADFORD, England (AP) — Bradford Rovers will not sack their manager, Neil Hartigan, despite a run of nine matches without a win that has left the club one point above the relegation zone, the club's owner said on Friday.

Hartigan, 51, took over in the summer from his father, Desmond Hartigan, who managed the club for 16 years and remains its most successful coach. The elder Hartigan now works as a television pundit.

"Neil has my full support, today and at the end of the season," Priya Chandrasekar, the club's owner, said at its training ground. "We did not hire him for one bad autumn."

Her manager, though, sounded like a man who knew the clock was running. "I am not daft," Hartigan said. "Results pay the wages in this job."

The players have backed him in public. Captain Tomasz Zielinski, 30, said the squad had stopped listening to the noise from the stands.

"Gaffer Neil tells us the truth, good or bad," he said. "That is why we play for him."

Supporters are less patient. At Saturday's home defeat by Grimsby, a large banner behind the goal read: "Hartigan out. Bring back the old man."

Desmond Hartigan said on his program on Thursday night that he found the banner hard to watch. "I love that club, and I love my son," he said. "Do not make me choose."

That did not stop Mr. Hartigan from defending his own record. Asked about his father's remarks, the manager smiled. "He always did like the last word," he said.

Neil Hartigan's side travels to Port Vale on Tuesday. A loss would likely drop the Rovers into the bottom four for the first time since 2011.

Chandrasekar said she would not change her mind even then. "I am not a fan with a phone," she said. "I am the owner."
"""

SPORTS_CLUB_GOLD: Gold = (
    (
        "Neil has my full support, today and at the end of the season,",
        "Priya Chandrasekar",
        "Priya Chandrasekar",
    ),
    ("We did not hire him for one bad autumn.", "Priya Chandrasekar", "Priya Chandrasekar"),
    ("I am not daft,", "Neil Hartigan", "Hartigan"),
    ("Results pay the wages in this job.", "Neil Hartigan", "Hartigan"),
    ("Gaffer Neil tells us the truth, good or bad,", "Tomasz Zielinski", "he"),
    ("That is why we play for him.", "Tomasz Zielinski", "he"),
    ("I love that club, and I love my son,", "Desmond Hartigan", "he"),
    ("Do not make me choose.", "Desmond Hartigan", "he"),
    ("He always did like the last word,", "Neil Hartigan", "he"),
    ("I am not a fan with a phone,", "Priya Chandrasekar", "she"),
    ("I am the owner.", "Priya Chandrasekar", "she"),
)

COUNCIL = """Council delays vote on shelter after a long night of public comment

By Deborah Kwan

EUGENE, Ore. — The City Council put off a vote on a 90-bed homeless shelter in the Whiteaker neighborhood early Tuesday, after more than five hours of public comment that stretched past midnight.

Councilor Rosalind Pryce, who proposed the shelter, asked colleagues to wait two weeks so the city's housing staff could answer questions raised by residents about parking and security.

"I would rather get this right than get it done tonight," Pryce said. "Two weeks will not hurt anyone who is not already hurting."

Councilor Vaughn Ellery, who represents the neighborhood, said he had heard from hundreds of constituents and most of them opposed the site.

"Nobody in my ward is against shelter," Ellery said. "They are against being the only ward that gets one."

More than 80 people signed up to speak. Morgan Tisdale, who runs a bakery two blocks from the proposed site, said the neighborhood had been promised help before.

"We were told the last camp would be gone in a month," Tisdale said. "That was three years ago."

The councilor, though, was not ready to give up on the site. Pryce said the city had looked at 11 other properties and none was both large enough and close to a bus line. "This is the least bad option we have," she said.

Her husband, Dr. Abel Pryce, a physician at the county's free clinic, spoke during the public comment period and described patients who had died outside in January.

Her husband said he was speaking as a doctor, not as a spouse. "I have signed too many death certificates for people who had nowhere to sleep," he said.

Mayor Lucinda Ortega, who votes only to break ties, said she expected the council to decide by the end of the month.

That did not satisfy Mr. Ellery, who asked for a study of the neighborhood's crime rates first. "We owe people facts before we owe them a vote," he said.

The council meets again on Feb. 14.
"""

COUNCIL_GOLD: Gold = (
    ("I would rather get this right than get it done tonight,", "Rosalind Pryce", "Pryce"),
    ("Two weeks will not hurt anyone who is not already hurting.", "Rosalind Pryce", "Pryce"),
    ("Nobody in my ward is against shelter,", "Vaughn Ellery", "Ellery"),
    ("They are against being the only ward that gets one.", "Vaughn Ellery", "Ellery"),
    ("We were told the last camp would be gone in a month,", "Morgan Tisdale", "Tisdale"),
    ("That was three years ago.", "Morgan Tisdale", "Tisdale"),
    ("This is the least bad option we have,", "Rosalind Pryce", "she"),
    (
        "I have signed too many death certificates for people who had nowhere to sleep,",
        "Abel Pryce",
        "he",
    ),
    ("We owe people facts before we owe them a vote,", "Vaughn Ellery", "he"),
)

PROTEST = """Thousands march on the capitol over school funding cuts

By Oriana Velasquez

PHOENIX (AP) — Thousands of teachers, parents and students marched to the Arizona Capitol on Saturday to protest $600 million in proposed cuts to public schools, filling the lawn outside the House and Senate buildings for most of the afternoon.

The march was organized by the state's largest teachers' union. Its president, Delia Cordero, a former fourth-grade teacher from Tucson, told the crowd that the cuts would mean larger classes and fewer counselors.

"You cannot cut your way to a good school," Cordero said. "We have tried. It does not work."

Marchers carried homemade signs, and many wore red. A tall cardboard sign near the fountain said only, "My class has 41 kids."

Gov. Warren Tilghman, a Republican, was not at the Capitol on Saturday. His spokesman, Cody Lasker, said in a statement that the budget was "a starting point, not a final word."

"The governor values teachers and will keep talking with their representatives," the statement said.

That did not reassure Ms. Cordero, who said the union had asked for a meeting with the governor three times since January. "He can find the time for a ribbon cutting," she said. "He can find the time for us."

Among the marchers was Hunter Ashby, a high school junior from Mesa who said his chemistry class had been taught by a substitute since October.

"I want to be an engineer," Hunter said. "Right now I am teaching myself out of a textbook from 2009."

His mother, Renee Ashby, marched beside him. She said she had never been to a protest before.

"I am a Republican, and I am here," she said. "That should tell the governor something."

The Senate's budget committee is scheduled to take up the plan on Wednesday. Its chairman, Sen. Ellis Brandt, said he expected changes.

"Nobody gets everything they want in a budget," Brandt said. "But I heard them today."
"""

PROTEST_GOLD: Gold = (
    ("You cannot cut your way to a good school,", "Delia Cordero", "Cordero"),
    ("We have tried. It does not work.", "Delia Cordero", "Cordero"),
    ("a starting point, not a final word.", "Cody Lasker", "His spokesman"),
    (
        "The governor values teachers and will keep talking with their representatives,",
        "Cody Lasker",
        "the statement",
    ),
    ("He can find the time for a ribbon cutting,", "Delia Cordero", "she"),
    ("He can find the time for us.", "Delia Cordero", "she"),
    ("I want to be an engineer,", "Hunter Ashby", "Hunter"),
    ("Right now I am teaching myself out of a textbook from 2009.", "Hunter Ashby", "Hunter"),
    ("I am a Republican, and I am here,", "Renee Ashby", "she"),
    ("That should tell the governor something.", "Renee Ashby", "she"),
    ("Nobody gets everything they want in a budget,", "Ellis Brandt", "Brandt"),
    ("But I heard them today.", "Ellis Brandt", "Brandt"),
)


CASES: dict[str, tuple[str, Gold]] = {
    "political_family": (POLITICAL_FAMILY, POLITICAL_FAMILY_GOLD),
    "family_business": (FAMILY_BUSINESS, FAMILY_BUSINESS_GOLD),
    "siblings_court": (SIBLINGS_COURT, SIBLINGS_COURT_GOLD),
    "two_smiths": (TWO_SMITHS, TWO_SMITHS_GOLD),
    "married_politicians": (MARRIED_POLITICIANS, MARRIED_POLITICIANS_GOLD),
    "father_son_coaches": (FATHER_SON_COACHES, FATHER_SON_COACHES_GOLD),
    "racing_dynasty": (RACING_DYNASTY, RACING_DYNASTY_GOLD),
    "royal_visit": (ROYAL_VISIT, ROYAL_VISIT_GOLD),
}

#: ``Speaker.role`` of the speaker of a quote, where the role matters.
ROLES: dict[tuple[str, str], str] = {
    ("two_smiths", "I have nothing against Commissioner Smith personally,"): "Mayor",
    ("two_smiths", "The state has reviewed this site four times,"): "County Commissioner",
}

#: Stories whose remaining errors no general rule fixes yet, with the reason
#: (the test fails if they start passing).
KNOWN_FAILURES: dict[str, str] = {
    "political_family": (
        "'The elder Ferris has drawn criticism ... At a stop in December, he said': 'the elder "
        "Ferris' names the father only by age, and the story states one age (the father's) of "
        "two Ferrises and no kin word that ties them; the pronoun goes to the last speaker (the "
        "son). 'The pastor has drawn ...' or 'Raymond Ferris has drawn ...' would be read"
    ),
}


@pytest.mark.parametrize("name", story_names(CASES, KNOWN_FAILURES))
def test_namesake_story(name: str) -> None:
    text, gold = CASES[name]
    assert 400 <= len(text.split()) <= 800
    check_story(name, text, gold, ROLES)


PRONOUN_CASES: dict[str, tuple[str, Gold]] = {
    "campaign": (CAMPAIGN, CAMPAIGN_GOLD),
    "trial": (TRIAL, TRIAL_GOLD),
    "family_firm": (FAMILY_FIRM, FAMILY_FIRM_GOLD),
    "sports_club": (SPORTS_CLUB, SPORTS_CLUB_GOLD),
    "council": (COUNCIL, COUNCIL_GOLD),
    "protest": (PROTEST, PROTEST_GOLD),
}

#: Of :data:`PRONOUN_CASES`, those whose remaining errors no general rule fixes yet.
PRONOUN_KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize("name", story_names(PRONOUN_CASES, PRONOUN_KNOWN_FAILURES))
def test_pronoun_story(name: str) -> None:
    text, gold = PRONOUN_CASES[name]
    assert 300 <= len(text.split()) <= 600
    check_story(name, text, gold, ROLES)


@pytest.mark.parametrize(
    ("text", "quote", "name", "mention"),
    [
        # a headline that calls someone by the surname alone keeps the surname with
        # them: a namesake introduced later (no relative word) does not take it
        (
            "Kessler hands the play sheet to his son\n\n"
            "Bob Kessler has called every play for 22 years.\n\n"
            "Tyler Kessler, 34, was promoted in January.\n\n"
            '"I don\'t miss it," Kessler said.',
            "I don't miss it,",
            "Bob Kessler",
            "Kessler",
        ),
        # without a headline that says so, the latest introduced keeps it
        (
            "Bob Kessler has called every play for 22 years.\n\n"
            "Tyler Kessler, 34, was promoted in January.\n\n"
            '"I don\'t miss it," Kessler said.',
            "I don't miss it,",
            "Tyler Kessler",
            "Kessler",
        ),
        # and so does one introduced in the mention's own paragraph
        (
            "Kessler hands the play sheet to his son\n\n"
            "Bob Kessler has called every play for 22 years.\n\n"
            'Tyler Kessler, 34, was promoted in January. "I love it," Kessler said.',
            "I love it,",
            "Tyler Kessler",
            "Kessler",
        ),
        # a relative named in full again before the paragraph: the headline still
        # keeps the surname with the one the story is about
        (
            "Brandt wins at Bristol\n\nKyle Brandt won on Saturday night.\n\n"
            "Brandt's father, Mitch Brandt, watched from the pit box. "
            "Mitch Brandt said it was the best night of his life.\n\n"
            '"The car was perfect," Brandt said.',
            "The car was perfect,",
            "Kyle Brandt",
            "Brandt",
        ),
        # a pronoun whose chain goes through "Mr. Cruz": the headline's Cruz, not the
        # father named last (nor the one a pronoun would take without the chain)
        (
            "Evangelicals flock to Cruz\n\n"
            "Sen. Ted Cruz has courted pastors for a year. He deployed his father, "
            "Rafael Cruz, as a surrogate.\n\n"
            'Mr. Cruz first stirred crowds in March. He seized on "religious liberty" as '
            "his cause.",
            "religious liberty",
            "Ted Cruz",
            "He",
        ),
        # a decimal point ends no sentence: the fragment is its own sentence's
        # subject's, not the speaker of the paragraph before
        (
            "Ann Smith sees GE earning more. She credits good results at RCA.\n\n"
            "Tom Leavitt sees 1.40 dlrs for the quarter, in part crediting "
            '"significant benefits from the deal."',
            "significant benefits from the deal.",
            "Tom Leavitt",
            "Tom Leavitt",
        ),
        # the passive subject of a naming verb is the one named, not a speaker
        (
            "Prosecutor Maya Song filed the memo on Monday.\n\n"
            'Guccifer was branded "in homage to" Lazar, Song wrote.',
            "in homage to",
            "Maya Song",
            "Song",
        ),
        # "confided" reports speech
        (
            "Ann Lake grew up next door to Freddy Marsh.\n\n"
            '"He was kind," Ann Lake said.\n\n'
            "When Ann Lake moved to Queens, Freddy confided to her that his parents had "
            'panicked because, as Italians, the Lakes were "scared of the neighbors."',
            "scared of the neighbors.",
            "Freddy Marsh",
            "Freddy",
        ),
        # "Mr. Harlan" as the subject before the pronoun: the Harlan of his gender, not
        # the one introduced last (his sister)
        (
            "Siblings meet in court\n\nThomas Harlan, 54, says the signature was forged. "
            "Margaret Harlan, 51, says it was not.\n\n"
            '"This case is about a signature," Thomas Harlan\'s lawyer, Gregory Szabo, told '
            'the jury.\n\n"He chose the child who showed up," Rebecca Lindqvist said.\n\n'
            "Mr. Harlan was the first witness. He testified for three hours.\n\n"
            '"She was there every day," he said.',
            "She was there every day,",
            "Thomas Harlan",
            "he",
        ),
        # (and "Ms. Harlan" hers)
        (
            "Siblings meet in court\n\nThomas Harlan, 54, says the signature was forged. "
            "Margaret Harlan, 51, says it was not.\n\n"
            '"This case is about a signature," Thomas Harlan\'s lawyer, Gregory Szabo, told '
            'the jury.\n\n"He chose the child who showed up," Rebecca Lindqvist said.\n\n'
            'Ms. Harlan was the first witness.\n\n"He was never there," she said.',
            "He was never there,",
            "Margaret Harlan",
            "she",
        ),
        # a full name after an opening phrase is the one of that first name, not the
        # relative of the surname introduced last
        (
            "Hollis picks a successor\n\nWalter Hollis ran the firm for 31 years. His son, "
            'Peter Hollis, runs sales.\n\n"They would look at Hollis," Marcus Feld said.\n\n'
            'Asked about a sale, Walter Hollis was blunt. "Not while I am breathing," he said.',
            "Not while I am breathing,",
            "Walter Hollis",
            "he",
        ),
        # "Coach Tyler" inside a quote is Tyler Kessler by a title and first name, no
        # one new
        (
            "Mustangs roll on\n\nTyler Kessler, 34, was promoted in January.\n\n"
            '"Coach Tyler trusts us to throw it," Marcus Bell said.\n\n'
            "Asked about his future, Tyler said he was not in a hurry. "
            '"I have the best seat in the house," he said.',
            "I have the best seat in the house,",
            "Tyler Kessler",
            "he",
        ),
        # "Her husband" as the subject before the pronoun: the one introduced as
        # "her husband, state Rep. Douglas Marsh" (not an appositive that names no one)
        (
            "Couple split on bond\n\nGov. Helen Marsh and her husband, state Rep. Douglas "
            "Marsh, disagree. Her husband, a Democrat from Peoria, chairs a committee.\n\n"
            '"We have work to do," Anthony Russo said.\n\n'
            'Her husband said he would not change his mind. "I have read the numbers," he said.',
            "I have read the numbers,",
            "Douglas Marsh",
            "he",
        ),
        # (a husband named nowhere: the last speaker goes on)
        (
            "Couple split on bond\n\nGov. Helen Marsh spoke first. Her husband, a Democrat "
            'from Peoria, spoke later.\n\n"We have work to do," Anthony Russo said.\n\n'
            'Her husband said he would not change his mind. "I have read the numbers," he said.',
            "I have read the numbers,",
            "Anthony Russo",
            "he",
        ),
        # a sentence whose subject is no person ends with "Mr. Whitcomb" and a clause
        # about him: the Whitcomb of his gender, not his wife introduced last
        (
            "Charity founder on trial\n\nDennis Whitcomb, 63, is charged with fraud. His wife, "
            "Sharon Whitcomb, 60, has pleaded guilty.\n\nAssistant U.S. Attorney Renata Solis "
            'told jurors the records were "not ambiguous."\n\nNone of it moved Mr. Whitcomb, '
            'who waved to reporters as he left. "I will tell my side when it is my turn," he said.',
            "I will tell my side when it is my turn,",
            "Dennis Whitcomb",
            "he",
        ),
        # a relative named in full as the subject before: hers, though she shares the
        # speaker's surname
        (
            "Teachers march on capitol\n\nHunter Ashby, a junior from Mesa, marched with his "
            'class. "I want to be an engineer," Hunter said.\n\nHis mother, Renee Ashby, '
            "marched beside him. She said she had never been to a protest before.\n\n"
            '"I am a Republican, and I am here," she said.',
            "I am a Republican, and I am here,",
            "Renee Ashby",
            "she",
        ),
        # "the former senator" is the one introduced as "Former state Sen." ...
        (
            "Former state Sen. Grace Okafor spoke on Saturday.\n\n"
            '"Six points is a race," Quinn Abernathy said.\n\n'
            '"I have been counted out before," the former senator said.',
            "I have been counted out before,",
            "Grace Okafor",
            "the former senator",
        ),
        # ... not one who holds the title now
        (
            "Sen. Grace Okafor spoke on Saturday.\n\n"
            '"Six points is a race," Quinn Abernathy said.\n\n'
            '"I have been counted out before," the former senator said.',
            "I have been counted out before,",
            "the former senator",
            "the former senator",
        ),
        # a headline's "Okafor's mother": the surname alone is the one introduced as
        # another relative ("her son, ..."), not the mother named first ...
        (
            "Okafor's mother takes the stump\n\nFormer Sen. Grace Okafor spoke first. "
            'Her son, Councilman Samuel Okafor, trails.\n\n"I intend to win," Okafor said.',
            "I intend to win,",
            "Samuel Okafor",
            "Okafor",
        ),
        # ... while "Okafor's son" keeps it with the one named first
        (
            "Okafor's son takes the stump\n\nFormer Sen. Grace Okafor spoke first. "
            'Her son, Councilman Samuel Okafor, trails.\n\n"I intend to win," Okafor said.',
            "I intend to win,",
            "Grace Okafor",
            "Okafor",
        ),
        # a relative set off after a preposition or a verb is a relative: the
        # surname alone stays with the one named before them
        (
            "Neil Hartigan manages the club.\n\nHartigan, 51, took over in the summer from "
            'his father, Desmond Hartigan, who managed it for years.\n\n"I am not daft," '
            "Hartigan said.",
            "I am not daft,",
            "Neil Hartigan",
            "Hartigan",
        ),
        (
            "Neil Hartigan manages the club.\n\nHartigan, 51, replaced his father, Desmond "
            'Hartigan, in June.\n\n"I am not daft," Hartigan said.',
            "I am not daft,",
            "Neil Hartigan",
            "Hartigan",
        ),
        # (not one set off after another noun: the one introduced last)
        (
            "Neil Hartigan manages the club.\n\nHartigan, 51, took over in the summer from "
            'the coach, Desmond Hartigan, who ran it for years.\n\n"I am not daft," '
            "Hartigan said.",
            "I am not daft,",
            "Desmond Hartigan",
            "Hartigan",
        ),
    ],
)
def test_namesake_form(text: str, quote: str, name: str, mention: str) -> None:
    speakers = {q.text: q.speaker for q in find_quotes(text)}
    speaker = speakers[quote]
    assert speaker is not None
    assert (speaker.name, speaker.mention) == (name, mention)


@pytest.mark.parametrize(
    "text",
    [
        # a relative in a phrase that opens the sentence is not the one named after it
        'Unlike his father, Desmond Hartigan, 51, said he was "no showman."',
        'In a letter to his father, Desmond Hartigan, 51, said he was "no showman."',
    ],
)
def test_a_relative_opening_the_sentence_is_no_role(text: str) -> None:
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role) == ("Desmond Hartigan", None)


def _speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (q.text, q.speaker.name, q.speaker.mention) if q.speaker else (q.text, None, None)
        for q in find_quotes(text)
    ]


_SACK = "Rovers will not sack their manager, Owen Pratt, despite six straight losses."


def test_a_role_set_off_as_a_verbs_object_is_the_names() -> None:
    # a possessive and a role set off after a verb, the sentence going on: the role
    text = f'{_SACK}\n\n"We have to be better," the manager said.'
    assert _speakers(text) == [("We have to be better,", "Owen Pratt", "the manager")]
    # a description after a participle's phrase is the subject a pronoun goes on from,
    # over the last speaker of the same surname
    text = (
        f"{_SACK} His father, Glen Pratt, said the club was right.\n\n"
        '"He will turn it round," Glen Pratt said on the radio.\n\n'
        'Asked about the remarks, the manager smiled. "He likes the last word," he said.'
    )
    assert _speakers(text)[1] == ("He likes the last word,", "Owen Pratt", "he")


@pytest.mark.parametrize(
    "text",
    [
        # near misses: after a preposition, in a participle's phrase, at a sentence end
        'Asked about their manager, Owen Pratt said little.\n\n"We lost," the manager said.',
        'Speaking to their manager, Owen Pratt, the players stayed calm.\n\n"We lost," the manager said.',
        'Rovers will not sack their manager, Owen Pratt.\n\n"We lost," the manager said.',
    ],
)
def test_a_role_set_off_elsewhere_is_not_the_names(text: str) -> None:
    assert _speakers(text) == [("We lost,", "the manager", "the manager")]


_MOTHER = (
    "Hal Moore, the buyer, spoke first.\n\nTom Brandt, who runs the taproom, opposed "
    "the deal. His mother, Ruth Brandt, voted against it.\n\n"
)


def test_her_son_is_the_one_whose_mother_was_named() -> None:
    # the relation read backwards: "her son" is the one "his mother" was named after
    text = f'{_MOTHER}"I love this place," her son said.'
    assert _speakers(text) == [("I love this place,", "Tom Brandt", "her son")]
    # and a description that opens the sentence before a pronoun's
    text = (
        '"We keep the recipes," said Hal Moore, the buyer.\n\n'
        "Tom Brandt, who runs the taproom, opposed the deal. His mother, Ruth Brandt, "
        'voted against it.\n\nHer son said he would stay. "I love this place," he said.'
    )
    assert _speakers(text)[1] == ("I love this place,", "Tom Brandt", "he")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # near misses: another surname, a daughter, "his son" (of the son)
        (_MOTHER.replace("Ruth Brandt", "Ruth Adler") + '"I love it," her son said.', "her son"),
        (_MOTHER + '"I love it," her daughter said.', "her daughter"),
        (_MOTHER + '"I love it," his son said.', "his son"),
    ],
)
def test_a_child_whose_parent_was_named_otherwise_is_no_one(text: str, mention: str) -> None:
    assert _speakers(text) == [("I love it,", mention, mention)]
