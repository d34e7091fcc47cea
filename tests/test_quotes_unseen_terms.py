"""Quotes told from quoted text that is no quote, in invented English stories.

Every story here is invented (names, places, figures and words; no real story
is copied), 380-520 words long, and dense in quoted text that is not someone's
words mixed with real quotes: titles of shows, films, books, newsletters and
columns, bill names and slogans, product names, nicknames, words mentioned as
words, other outlets' headlines, translations, and partial quotes inside
paraphrase; a British story in single marks with apostrophes, elisions and
primes of every kind.  The gold is every quote of :attr:`Article.quotes` in
text order with its speaker's name and mention, as in
:mod:`tests.test_quotes_unseen`, and follows PolNeAR's conventions: a quoted
segment is a quote when it stands in an attribution, whatever it quotes (a
word someone said or wrote, ``argued that the word "envelope" could mean
anything``; a name someone gave, ``the company calls "HaloOS"``; the words on
a sign or button someone carries and a chant, ``chanting "Water is a right"``);
quoted text in the writer's own words is none (a title, ``the newsletter "Small
Screen Weekly"``; a headline, ``under the headline "..."``; a term, ``known as
"the Snow Derby"``; a word mentioned, ``when it added "irregardless"``).  A
statement quoted as ``the statement said`` is its own speaker unless a sentence
issued it or its author ``said in a statement`` (PolNeAR's source is the
statement: ``In a statement, his office said ...`` does not name it).
"""

from __future__ import annotations

import pytest

from newsstruct import find_quotes, parse_article
from tests.test_quotes_unseen import Gold, check_story, story_names

TV_CULTURE = """Streaming wars: networks fight back with reboots and reunions

By Carla Benedetti, Entertainment Writer

LOS ANGELES (AP) — When the broadcast network Meridian announced last week that it was bringing back "The Harbor Lights Hotel" for a 10th season, more than a decade after the sitcom went off the air, the news drew both cheers and eye-rolls.

"People want comfort right now," said Dana Whitcomb, Meridian's president of entertainment, in an interview. "They want to spend half an hour with friends they already know."

The revival joins a crowded slate. Rival network Eastgate is rebooting the 1990s legal drama "Counsel for the Defense," while the streamer Lumen has ordered a limited series based on the best-selling novel "A Quiet Year in Ashford." Lumen's surprise hit of the spring, "Kitchen Confidential Nights," was renewed for two more seasons on Tuesday.

Whitcomb said the network had tested the idea with focus groups before committing. The response, she said, was "overwhelming, honestly a little frightening."

Not everyone is convinced. Television critic Marcus Oyelaran, who writes the newsletter "Small Screen Weekly," called the wave of reboots "nostalgia as a business model."

"There is a reason some of these shows ended," Oyelaran said. "Nobody asked for a 'Counsel for the Defense' with phones in it."

The cast of "The Harbor Lights Hotel" appeared together on NBC's "Today" on Monday morning, where Jenna Albright, who played the hotel's front-desk manager for nine seasons, said she had cried when she read the first new script.

"It felt like coming home," Albright told the hosts. "I was 24 when we started. Now my daughter is 24."

Her co-star Reggie Vance, who played the bellhop in the 2009 spinoff "Harbor Lights: Checkout Time," said he had turned the revival down twice. He joked on "The Late Show" on Wednesday that he changed his mind "when they showed me the check."

The show's creator, Paul Dressler, said in a statement that the new season would "honor what the audience loved without pretending the world stood still."

Meridian is also betting on film. Its studio arm released the animated feature "Moonbeam and the Paper Fox" over the holiday weekend, and it earned $41 million in North America, according to the tracking firm Box Office Insights.

"Families showed up," said Eric Lindqvist, the studio's head of distribution. "That tells us the theatrical window still matters."

The film's soundtrack, led by the single "Paper Hearts," topped the streaming charts in six countries. Its singer, the Grammy winner Talia Ruiz, wrote on Instagram that she was "beyond grateful" to the fans.

Industry analysts see the strategy as defensive. "Broadcast has lost the younger audience, and it is not coming back," said Priya Ramaswamy, a media analyst at Crestline Securities. "Reboots keep the older viewers loyal while they figure out the rest."

Meridian's chief executive, Howard Klein, dismissed that reading on an earnings call in February, describing the slate as "a bridge, not a crutch."

The company will unveil its fall schedule at its annual presentation to advertisers in New York next month, an event known in the industry as "upfront week."
"""

TV_CULTURE_GOLD: Gold = (
    ("People want comfort right now,", "Dana Whitcomb", "Dana Whitcomb"),
    (
        "They want to spend half an hour with friends they already know.",
        "Dana Whitcomb",
        "Dana Whitcomb",
    ),
    ("overwhelming, honestly a little frightening.", "Dana Whitcomb", "she"),
    ("nostalgia as a business model.", "Marcus Oyelaran", "Television critic Marcus Oyelaran"),
    ("There is a reason some of these shows ended,", "Marcus Oyelaran", "Oyelaran"),
    (
        "Nobody asked for a 'Counsel for the Defense' with phones in it.",
        "Marcus Oyelaran",
        "Oyelaran",
    ),
    ("It felt like coming home,", "Jenna Albright", "Albright"),
    ("I was 24 when we started. Now my daughter is 24.", "Jenna Albright", "Albright"),
    ("when they showed me the check.", "Reggie Vance", "He"),
    (
        "honor what the audience loved without pretending the world stood still.",
        "Paul Dressler",
        "The show's creator",
    ),
    ("Families showed up,", "Eric Lindqvist", "Eric Lindqvist"),
    ("That tells us the theatrical window still matters.", "Eric Lindqvist", "Eric Lindqvist"),
    ("beyond grateful", "Talia Ruiz", "Its singer"),
    (
        "Broadcast has lost the younger audience, and it is not coming back,",
        "Priya Ramaswamy",
        "Priya Ramaswamy",
    ),
    (
        "Reboots keep the older viewers loyal while they figure out the rest.",
        "Priya Ramaswamy",
        "Priya Ramaswamy",
    ),
    ("a bridge, not a crutch.", "Howard Klein", "Meridian's chief executive"),
)

LEGISLATIVE = """House passes 'Stop the Squeeze' bill as Senate fight looms

By Robert Hanley

WASHINGTON (Reuters) - The U.S. House of Representatives on Thursday passed the Fair Prices at the Pump Act, a bill Republicans have branded the "Stop the Squeeze" plan, sending it to a Senate where its prospects are uncertain.

The measure passed 224-206, with nine Democrats joining the Republican majority. It would suspend the federal gasoline tax for six months and bar what its authors call "price gouging" by refiners during declared emergencies.

"Families are getting squeezed every time they fill up," House Speaker Mark Delaney told reporters before the vote. "This bill gives them a break, and it gives it to them now."

Democratic leaders dismissed the bill as a messaging exercise. Rep. Angela Torres of New Mexico, the ranking Democrat on the Energy and Commerce Committee, said the tax holiday would "line the pockets of oil companies" because there was no guarantee refiners would pass the savings on.

"We have seen this movie before," Torres said on the House floor. "The tax goes away, the price stays where it is, and the difference goes straight to the shareholders."

Supporters wore buttons reading "Stop the Squeeze" during the debate, and the Republican campaign arm began running digital ads with the slogan within an hour of the vote.

The bill is the latest in a series of measures with catchy names. Last month the House approved the so-called "Main Street First" package of small-business tax breaks, and in March it passed the Secure Our Schools Act, which Democrats nicknamed the "Guns in Classrooms" bill.

Sen. William Burke, the Republican chairman of the Senate Finance Committee, said he expected to hold a hearing on the gas tax bill but stopped short of promising a vote.

"I am not going to rush something through just because it polls well," Burke said in a brief interview. "We have to know what it costs."

The Congressional Budget Office estimated the tax holiday would cost about $19 billion in lost revenue for the Highway Trust Fund, which pays for road and bridge repairs.

The White House issued a statement of administration policy saying President Ellen Kavanagh "strongly opposes" the bill in its current form and would veto it. The statement described the refinery provisions as "unworkable and likely unconstitutional."

Kavanagh has pushed her own plan, the "Clean Commute" initiative, which would expand tax credits for electric vehicles and public transit. Speaking in Pittsburgh on Wednesday, she said the Republican approach was "a sugar high that wears off by Labor Day."

Outside the Capitol, members of the advocacy group Drivers United held a rally under the banner "Tax Relief Now." The group's director, Kevin Osei, said its members were "tired of speeches."

"My members drive for a living," Osei said. "They don't care what you call the bill. They care what it does."
"""

LEGISLATIVE_GOLD: Gold = (
    ("Stop the Squeeze", "Republicans", "Republicans"),
    ("price gouging", "its authors", "its authors"),
    (
        "Families are getting squeezed every time they fill up,",
        "Mark Delaney",
        "House Speaker Mark Delaney",
    ),
    (
        "This bill gives them a break, and it gives it to them now.",
        "Mark Delaney",
        "House Speaker Mark Delaney",
    ),
    ("line the pockets of oil companies", "Angela Torres", "Rep. Angela Torres of New Mexico"),
    ("We have seen this movie before,", "Angela Torres", "Torres"),
    (
        "The tax goes away, the price stays where it is, and the difference goes straight to the shareholders.",
        "Angela Torres",
        "Torres",
    ),
    ("Stop the Squeeze", "Supporters", "Supporters"),
    (
        "I am not going to rush something through just because it polls well,",
        "William Burke",
        "Burke",
    ),
    ("We have to know what it costs.", "William Burke", "Burke"),
    ("strongly opposes", "White House", "The White House"),
    ("unworkable and likely unconstitutional.", "The White House", "The statement"),
    ("a sugar high that wears off by Labor Day.", "Ellen Kavanagh", "she"),
    ("tired of speeches.", "Kevin Osei", "The group's director"),
    ("My members drive for a living,", "Kevin Osei", "Osei"),
    ("They don't care what you call the bill. They care what it does.", "Kevin Osei", "Osei"),
)

PROTEST = """Thousands march in Halvorsen over water shutoffs

By Nadia Crane, Staff Writer

HALVORSEN — Thousands of people marched through downtown Halvorsen on Saturday to protest the city's decision to shut off water to homes behind on their bills, chanting "Water is a right" and carrying signs that read "Turn It Back On."

The march, organized by a coalition of churches and tenant groups, began at the Grace Baptist Church and ended on the steps of City Hall, where speakers demanded a moratorium on shutoffs through the winter.

"Nobody in this city should have to choose between a glass of water and a bag of groceries," the Rev. Samuel Okoro, the church's pastor, told the crowd. "That is not a choice. That is a punishment."

The crowd answered with a call-and-response chant — "Whose water?" "Our water!" — that echoed off the buildings on Jefferson Avenue.

About 11,000 households have had their water shut off since the city began enforcing its collection policy in July, according to figures obtained by the Halvorsen Courier. Many of the marchers wore blue T-shirts printed with the hashtag #TurnItBackOn, which has circulated widely on social media since a video of a shutoff crew at a family's home was posted last month.

Tanya Birch, a 34-year-old mother of three, said her water was cut off in August while she was waiting on a payment plan.

"I called them four times," Birch said. "Every time they told me somebody would call me back. Nobody called me back."

She carried a hand-lettered sign that said "My Kids Need Water."

Mayor Douglas Whitford did not attend the march. In a statement, his office said the city was "committed to helping every family that asks for help" and pointed to a new assistance fund created in September.

"The mayor has been clear that no child should go without water," the statement said. "But the system only works if the bills get paid."

Council member Lorraine Petty, who joined the marchers, said the assistance fund was "a drop in the bucket" and accused the administration of "hiding behind a spreadsheet."

Some of the signs were aimed squarely at Whitford, who was re-elected last year on the slogan "A City That Works." A group of college students carried a banner with the words "No Shutoffs, No Peace."

Police estimated the crowd at about 4,000; organizers said it was closer to 10,000. There were no arrests.

Near the end of the rally, the crowd fell silent as Marcus Dell, 16, read a poem he had written, titled "Dry Tap." He said afterward that he had never spoken in front of so many people.

"I was shaking," he said. "But I wanted them to hear it."

The City Council is expected to take up a moratorium proposal at its meeting on Tuesday. Petty said she believed she had the votes.

"We'll see who shows up," she said.
"""

PROTEST_GOLD: Gold = (
    ("Water is a right", "Thousands", "Thousands"),
    ("Turn It Back On.", "Thousands", "Thousands"),
    (
        "Nobody in this city should have to choose between a glass of water and a bag of groceries,",
        "Samuel Okoro",
        "the Rev. Samuel Okoro",
    ),
    ("That is not a choice. That is a punishment.", "Samuel Okoro", "the Rev. Samuel Okoro"),
    ("Whose water?", "The crowd", "The crowd"),
    ("Our water!", "The crowd", "The crowd"),
    ("I called them four times,", "Tanya Birch", "Birch"),
    (
        "Every time they told me somebody would call me back. Nobody called me back.",
        "Tanya Birch",
        "Birch",
    ),
    ("My Kids Need Water.", "Tanya Birch", "She"),
    ("committed to helping every family that asks for help", "his office", "his office"),
    (
        "The mayor has been clear that no child should go without water,",
        "the statement",
        "the statement",
    ),
    ("But the system only works if the bills get paid.", "the statement", "the statement"),
    ("a drop in the bucket", "Lorraine Petty", "Council member Lorraine Petty"),
    ("hiding behind a spreadsheet.", "Lorraine Petty", "Council member Lorraine Petty"),
    ("No Shutoffs, No Peace.", "A group of college students", "A group of college students"),
    ("I was shaking,", "Marcus Dell", "he"),
    ("But I wanted them to hear it.", "Marcus Dell", "he"),
    ("We'll see who shows up,", "Lorraine Petty", "she"),
)

TECH = """Orbis unveils 'Halo' headset, takes swipe at rivals

By Jordan Mei, Technology Correspondent

SAN FRANCISCO — Orbis on Tuesday unveiled the Halo, a mixed-reality headset it is pitching as the company's first "all-day" device, and took thinly veiled shots at competitors whose products it described as "science projects."

Chief executive Nadia Farouk introduced the headset at the company's annual developer conference, held this year in a converted airplane hangar. She called it "the most personal computer we have ever made."

"You should be able to put it on in the morning and forget it's there," Farouk said on stage. "That is the bar. Everything else is a compromise."

The Halo will go on sale in March at $1,499, less than half the price of the Vantage Pro from its biggest rival, Kestrel Labs. It runs a new operating system the company calls "HaloOS," and will launch with an app store Orbis has branded "the Ring."

Kestrel's founder, Eli Strand, responded within minutes on X. "Congrats to the Orbis team. Welcome to 2023," he wrote, adding a laughing emoji.

The post drew thousands of replies. Orbis did not respond to it directly, but its head of hardware, Miguel Santos, told reporters after the keynote that the company was "not in a hurry to be first."

"We would rather be right than early," Santos said. "Nobody remembers who shipped first. They remember who shipped the one that worked."

Early reviews were mixed. The technology site Gadget Ledger said the headset was "comfortable and clever but short on reasons to wear it," while the reviewer at Byte Weekly praised its display as "startlingly sharp."

The company also announced updates to its AI assistant, Sage, which can now summarize messages and draft replies. In one demonstration, an engineer asked it to "find the photos from my sister's wedding and make a slideshow," and the assistant did so in a few seconds.

Privacy advocates were less impressed. The Digital Rights Project said in a post on Bluesky that features like "Remember This," which lets users record and search everything they see through the headset, raised "serious questions about consent" for people who are filmed without knowing it.

"If you are wearing a camera on your face all day, the people around you never agreed to be in your archive," said Hannah Osgood, the group's policy director. "That is a problem Orbis cannot solve with a blinking light."

Farouk said the feature would be off by default and that a light on the front of the headset would show when it was recording.

Orbis shares rose 3% in after-hours trading. Analysts at Whitmore Partners wrote in a note to clients that the launch was "a solid base hit, not a home run."
"""

TECH_GOLD: Gold = (
    ("all-day", "Orbis", "it"),
    ("science projects.", "Orbis", "it"),
    ("the most personal computer we have ever made.", "Nadia Farouk", "She"),
    (
        "You should be able to put it on in the morning and forget it's there,",
        "Nadia Farouk",
        "Farouk",
    ),
    ("That is the bar. Everything else is a compromise.", "Nadia Farouk", "Farouk"),
    ("HaloOS,", "the company", "the company"),
    ("the Ring.", "Orbis", "Orbis"),
    ("Congrats to the Orbis team. Welcome to 2023,", "Eli Strand", "he"),
    ("not in a hurry to be first.", "Miguel Santos", "Miguel Santos"),
    ("We would rather be right than early,", "Miguel Santos", "Santos"),
    (
        "Nobody remembers who shipped first. They remember who shipped the one that worked.",
        "Miguel Santos",
        "Santos",
    ),
    ("comfortable and clever but short on reasons to wear it,", "Gadget Ledger", "Gadget Ledger"),
    ("startlingly sharp.", "the reviewer at Byte Weekly", "the reviewer at Byte Weekly"),
    (
        "find the photos from my sister's wedding and make a slideshow,",
        "an engineer",
        "an engineer",
    ),
    ("serious questions about consent", "The Digital Rights Project", "The Digital Rights Project"),
    (
        "If you are wearing a camera on your face all day, the people around you never agreed to be in your archive,",
        "Hannah Osgood",
        "Hannah Osgood",
    ),
    (
        "That is a problem Orbis cannot solve with a blinking light.",
        "Hannah Osgood",
        "Hannah Osgood",
    ),
    (
        "a solid base hit, not a home run.",
        "Analysts at Whitmore Partners",
        "Analysts at Whitmore Partners",
    ),
)

SPORTS = """'The Wall' stands tall as Rovers edge City in derby

By Sean Whelan, Sports Reporter

Goalkeeper Tomas "The Wall" Novak made nine saves, including a penalty in stoppage time, as Rovers beat City 1-0 on Sunday to move into second place.

The 36-year-old, who has gone by "The Wall" since his days in the Czech league, dived to his left to keep out Jamal Pierce's spot kick in the 93rd minute, sparking wild celebrations in the away end.

"I watched him take three penalties on video this week," Novak said. "He goes left when he is tired. In the 93rd minute, everybody is tired."

Rovers manager Graham Tully, whose side are unbeaten in eight, was quick to share the credit.

"Tomas gets the headlines, and he deserves them, but look at the back four," Tully said. "They blocked six shots. That is a team performance."

The only goal came in the 38th minute from striker Kwame "Ice" Mensah, who curled a free kick over the wall and in off the crossbar. Mensah, nicknamed "Ice" by teammates for his calm in front of goal, has now scored in five straight games.

Asked about his celebration, a finger pressed to his lips in front of the City supporters, Mensah smiled. "They were loud before the game," he said. "They were quiet after."

City manager Felipe Andrade said his team had done "everything but score."

"We had 22 shots. We hit the post twice. Their goalkeeper was the best player on the pitch," Andrade said. "Sometimes football is not fair, and you have to accept it."

Pierce, who had scored his previous 11 penalties, apologized to supporters in a post on Instagram after the game. "I let you down today. It won't happen again," he wrote.

The result leaves City in fifth, four points off the Champions League places. Their fans, who had chanted "Andrade out" after a home defeat to Wanderers last month, were largely muted on Sunday.

Novak, who turns 37 next month, has been linked with a move into coaching. He laughed off a question about retirement.

"My wife asks me that every morning," he said. "I tell her the same thing I will tell you: not yet."

The win was Rovers' first at City's ground since 2011, a match still known as "the Snow Derby" after it was played in a blizzard. Club captain Darren Fitch, who played in that game as a teenager, said the dressing room had been "mad" afterwards.

"I have been waiting 14 years for this one," Fitch said. "I'm going to enjoy tonight."

Rovers host Wanderers on Saturday.
"""

SPORTS_GOLD: Gold = (
    ("I watched him take three penalties on video this week,", "Tomas Novak", "Novak"),
    (
        "He goes left when he is tired. In the 93rd minute, everybody is tired.",
        "Tomas Novak",
        "Novak",
    ),
    (
        "Tomas gets the headlines, and he deserves them, but look at the back four,",
        "Graham Tully",
        "Tully",
    ),
    ("They blocked six shots. That is a team performance.", "Graham Tully", "Tully"),
    ("They were loud before the game,", "Kwame Mensah", "he"),
    ("They were quiet after.", "Kwame Mensah", "he"),
    ("everything but score.", "Felipe Andrade", "Felipe Andrade"),
    (
        "We had 22 shots. We hit the post twice. Their goalkeeper was the best player on the pitch,",
        "Felipe Andrade",
        "Andrade",
    ),
    ("Sometimes football is not fair, and you have to accept it.", "Felipe Andrade", "Andrade"),
    ("I let you down today. It won't happen again,", "Jamal Pierce", "he"),
    ("Andrade out", "Their fans", "who"),
    ("My wife asks me that every morning,", "Tomas Novak", "he"),
    ("I tell her the same thing I will tell you: not yet.", "Tomas Novak", "he"),
    ("mad", "Darren Fitch", "Club captain Darren Fitch"),
    ("I have been waiting 14 years for this one,", "Darren Fitch", "Fitch"),
    ("I'm going to enjoy tonight.", "Darren Fitch", "Fitch"),
)

COURT_TEXTS = """Jurors see texts in trial of former county treasurer

By Alicia Moreno

The jury in the fraud trial of former Carver County treasurer Dennis Hale was shown dozens of text messages on Wednesday that prosecutors say show him arranging kickbacks from a contractor.

In one message from March 2022, read aloud by FBI special agent Laura Kim, Hale wrote to the contractor, Brian Tuttle: "Need the envelope before Friday. Same as last time."

Tuttle replied, "Understood. Will bring it to the lake house," according to the messages displayed on screens in the courtroom.

Prosecutors say "the envelope" referred to cash payments totaling more than $180,000 over three years, in exchange for Hale steering county road contracts to Tuttle's firm, Tuttle Paving.

"These messages are the defendant in his own words," Assistant U.S. Attorney Rachel Dunn told jurors. "He didn't think anyone would ever read them."

Hale's lawyer, Vincent Sorrell, argued in his cross-examination that the word "envelope" could have meant anything, and that the two men were old friends who often exchanged favors.

"Agent Kim, did you ever see an envelope?" Sorrell asked.

"No," Kim said.

"Did you ever see cash change hands?"

"Not personally, no," she said.

Jurors were also shown an email Hale sent to his deputy in 2023 with the subject line "Tuttle bids — handle quietly." In the body of the email, Hale wrote that the bids should be "put at the top of the pile" and that the deputy should "not make a fuss about the paperwork."

The deputy, Monica Ayers, testified on Tuesday under a grant of immunity. She told jurors she understood the email as an instruction "to make sure Tuttle won."

Asked by Sorrell whether Hale had ever told her so directly, Ayers said: "He didn't have to. Everybody in that office knew how it worked."

Tuttle pleaded guilty last year and is expected to testify for the prosecution next week. In his plea agreement, he admitted paying what the document calls "unlawful gratuities" to a public official.

The defense has portrayed Tuttle as a liar trying to shorten his own sentence. In his opening statement, Sorrell called him "a man who will say whatever keeps him out of prison."

Outside the courthouse, Hale declined to comment. His wife, Patricia Hale, said the family was "confident the truth will come out."

U.S. District Judge Howard Lin told jurors the trial could last three more weeks. He warned them again not to read coverage of the case, including a local television segment titled "Pay to Pave."
"""

COURT_TEXTS_GOLD: Gold = (
    ("Need the envelope before Friday. Same as last time.", "Dennis Hale", "Hale"),
    ("Understood. Will bring it to the lake house,", "Brian Tuttle", "Tuttle"),
    ("the envelope", "Prosecutors", "Prosecutors"),
    (
        "These messages are the defendant in his own words,",
        "Rachel Dunn",
        "Assistant U.S. Attorney Rachel Dunn",
    ),
    (
        "He didn't think anyone would ever read them.",
        "Rachel Dunn",
        "Assistant U.S. Attorney Rachel Dunn",
    ),
    ("envelope", "Vincent Sorrell", "Hale's lawyer"),
    ("Agent Kim, did you ever see an envelope?", "Vincent Sorrell", "Sorrell"),
    ("No,", "Laura Kim", "Kim"),
    ("Did you ever see cash change hands?", "Vincent Sorrell", "Sorrell"),
    ("Not personally, no,", "Laura Kim", "she"),
    ("Tuttle bids — handle quietly.", "Dennis Hale", "Hale"),
    ("put at the top of the pile", "Dennis Hale", "Hale"),
    ("not make a fuss about the paperwork.", "Dennis Hale", "Hale"),
    ("to make sure Tuttle won.", "Monica Ayers", "She"),
    ("He didn't have to. Everybody in that office knew how it worked.", "Monica Ayers", "Ayers"),
    ("unlawful gratuities", "the document", "the document"),
    ("a man who will say whatever keeps him out of prison.", "Vincent Sorrell", "Sorrell"),
    ("confident the truth will come out.", "Patricia Hale", "His wife"),
)

LANGUAGE = """Why 'literally' no longer means what it used to

By Eleanor Pryce

When the Harwell Dictionary added a second meaning of "literally" to its online edition last month — "used for emphasis, or to express strong feeling" — the reaction was swift and, in some corners, furious.

"I have had more angry letters about this one word than about anything else in twenty years," said Gordon Fairleigh, the dictionary's chief editor. "People feel that a word they love has been stolen from them."

Linguists say the complaint is misplaced. The intensifying sense of "literally" is at least two centuries old, and writers from Dickens to Twain used it that way.

"Words drift. They always have," said Amara Nwosu, a professor of linguistics at Eastbridge University. "'Nice' used to mean foolish. 'Awful' used to mean inspiring awe. Nobody writes to the paper about those."

Nwosu said the dictionary's job was to record how people speak, not to police it. She described the critics as "a small but very loud group of people who mistake their own habits for the rules of English."

The fight over "literally" is only the latest. The same dictionary drew complaints when it added "irregardless" in 2019, and when it accepted the singular "they" for a person whose gender is unknown or not binary.

The usage columnist Peter Grady, who writes the weekly column "Mind Your Language," is among the critics. He said adding the new sense was "a surrender dressed up as scholarship."

"If a word can mean one thing and also its exact opposite, it has stopped being useful," Grady said. "You might as well say 'blue' when you mean 'not blue.'"

Other words on the dictionary's new list include "rizz," a slang term for charm, and "doomscrolling," the habit of reading bad news online for hours. Fairleigh said the editors argued for weeks about "rizz" before letting it in.

"We have a rule: a word has to show up in print, across different kinds of writing, for at least five years," he said. "It passed. Barely."

The editors turned down other candidates, including "skibidi," which Fairleigh said had not yet shown "staying power."

Some readers are simply tired of the arguments. Ruth Okafor, a retired schoolteacher from Dorset, wrote in a letter to the editor that she had spent her career "fighting a losing battle" against the misuse of apostrophes.

"I lost that fight too," she said in a telephone interview. "I'm at peace with it."

The dictionary plans to publish its next update in the spring. Asked which word he expected to cause the most trouble, Fairleigh laughed. "Ask me in April," he said.
"""

LANGUAGE_GOLD: Gold = (
    (
        "I have had more angry letters about this one word than about anything else in twenty years,",
        "Gordon Fairleigh",
        "Gordon Fairleigh",
    ),
    (
        "People feel that a word they love has been stolen from them.",
        "Gordon Fairleigh",
        "Gordon Fairleigh",
    ),
    ("Words drift. They always have,", "Amara Nwosu", "Amara Nwosu"),
    (
        "'Nice' used to mean foolish. 'Awful' used to mean inspiring awe. Nobody writes to the paper about those.",
        "Amara Nwosu",
        "Amara Nwosu",
    ),
    (
        "a small but very loud group of people who mistake their own habits for the rules of English.",
        "Amara Nwosu",
        "She",
    ),
    ("a surrender dressed up as scholarship.", "Peter Grady", "He"),
    (
        "If a word can mean one thing and also its exact opposite, it has stopped being useful,",
        "Peter Grady",
        "Grady",
    ),
    ("You might as well say 'blue' when you mean 'not blue.'", "Peter Grady", "Grady"),
    ("rizz", "Gordon Fairleigh", "Fairleigh"),
    (
        "We have a rule: a word has to show up in print, across different kinds of writing, for at least five years,",
        "Gordon Fairleigh",
        "he",
    ),
    ("It passed. Barely.", "Gordon Fairleigh", "he"),
    ("staying power.", "Gordon Fairleigh", "Fairleigh"),
    ("fighting a losing battle", "Ruth Okafor", "Ruth Okafor"),
    ("I lost that fight too,", "Ruth Okafor", "she"),
    ("I'm at peace with it.", "Ruth Okafor", "she"),
    ("Ask me in April,", "Gordon Fairleigh", "he"),
)

BRITISH = """Council's 'pothole pledge' under fire as repair bill soars

By Gareth Llewellyn, Local Democracy Reporter

A council's promise to fix every pothole within 48 hours has been branded 'a fantasy' by opposition councillors, after figures showed the repair backlog has doubled since the pledge was made.

Riverside Borough Council's so-called 'pothole pledge' was launched last spring with a glossy leaflet and the slogan 'Smooth Roads, Safe Roads'. But the authority's own data shows more than 6,200 reported defects are still waiting to be fixed.

Cllr Bethan O'Neill, the Liberal Democrat group leader, said residents had been 'sold a promise the council never meant to keep'.

'I've had a pensioner come off her bike on St Mary's Road, a lad who buckled two wheels on the A40 and a bus driver who's given up reporting them,' she said. 'This isn't rock 'n' roll. It's basic maintenance.'

The council's cabinet member for highways, Cllr Derek Mathers, admitted the 48-hour target had been missed but said the wet winter was to blame.

'We've had the wettest January since the '90s and that plays havoc with the roads,' he said. 'I'm not going to stand here and pretend everything's rosy, but we've filled more holes this year than in any year on record.'

He added that the authority was 'doing its level best' with a budget that had been cut by a third since 2010.

Residents in the Coed-y-Brain estate have taken matters into their own hands, painting yellow rings around the worst holes and writing 'Fix Me' beside them. One resident, Mrs Jean D'Arcy, 79, said she had reported the same pothole outside her house 'at least six times'.

'They send a man, he has a look, he goes away,' she said. 'I said to him, "Ma'am-this and ma'am-that won't fill it, love." He didn't know what to say.'

Local MP Rhodri Evans-Pugh said he had written to the council's chief executive demanding an explanation. 'People are fed up to the back teeth,' he said. 'It's the council's job to keep the roads safe, and it's failing.'

The RAC's 'Pothole Index' suggests drivers in Wales are now more likely to damage a vehicle on a pothole than at any time since it began in '06.

A council spokesperson said the authority would publish a revised 'Roads Recovery Plan' in the summer. 'Residents' patience is appreciated,' the spokesperson said. 'We're aware there's more to do.'

Cllr O'Neill said that was not good enough. 'They've had a year,' she said. 'How long does it take to fill a hole in the road?'
"""

BRITISH_GOLD: Gold = (
    ("a fantasy", "opposition councillors", "opposition councillors"),
    ("sold a promise the council never meant to keep", "Bethan O'Neill", "Cllr Bethan O'Neill"),
    (
        "I've had a pensioner come off her bike on St Mary's Road, a lad who buckled two wheels on the A40 and a bus driver who's given up reporting them,",
        "Bethan O'Neill",
        "she",
    ),
    (
        "We've had the wettest January since the '90s and that plays havoc with the roads,",
        "Derek Mathers",
        "he",
    ),
    (
        "I'm not going to stand here and pretend everything's rosy, but we've filled more holes this year than in any year on record.",
        "Derek Mathers",
        "he",
    ),
    ("doing its level best", "Derek Mathers", "He"),
    ("Fix Me", "Residents", "Residents"),
    ("at least six times", "Jean D'Arcy", "One resident"),
    ("They send a man, he has a look, he goes away,", "Jean D'Arcy", "she"),
    (
        "I said to him, \"Ma'am-this and ma'am-that won't fill it, love.\" He didn't know what to say.",
        "Jean D'Arcy",
        "she",
    ),
    ("People are fed up to the back teeth,", "Rhodri Evans-Pugh", "he"),
    ("It's the council's job to keep the roads safe, and it's failing.", "Rhodri Evans-Pugh", "he"),
    ("Residents' patience is appreciated,", "A council spokesperson", "the spokesperson"),
    ("We're aware there's more to do.", "A council spokesperson", "the spokesperson"),
    ("They've had a year,", "Bethan O'Neill", "she"),
    ("How long does it take to fill a hole in the road?", "Bethan O'Neill", "she"),
)

HEADLINES = """Tabloid front pages turn on embattled governor

By Mitchell Greene, Media Reporter

It took less than a day for the state's newspapers to turn on Gov. Charles Whitaker.

The front page of the Capital Post on Friday morning carried the headline "WHITAKER'S WATERGATE" over a photograph of the governor leaving his office through a side door. The rival Daily Sentinel went with "CAUGHT ON TAPE," while the more sober Courier-Register ran the headline "Governor's Aide Recorded Discussing Donor Contracts."

The coverage followed the release on Thursday of an audio recording in which the governor's former chief of staff, Allison Brandt, appears to discuss steering state contracts to campaign donors.

Whitaker's spokesman, Derek Vos, called the coverage "a feeding frenzy" and said the governor had "never once" discussed contracts with donors.

"The governor is not on that tape. He did not know about that conversation and he would not have approved of it," Vos said in a statement. "People should read past the headlines."

Brandt's lawyer, Naomi Fisch, said her client had been speaking "hypothetically" and that the recording had been "edited to mislead."

Media critics said the tabloid coverage reflected a shift. Until recently, the Capital Post had been one of Whitaker's most reliable supporters; it endorsed him in 2022 under the headline "Steady Hands for Hard Times."

"When the paper that made you turns on you, that's when you know you're in trouble," said Lynn Barrow, a professor of journalism at Westfield College who studies political coverage. "Those front pages are a message to the party, not to the readers."

The Sentinel's editor, Hugo Ramsey, defended the paper's headline. "We didn't put the governor's aide on tape," he said. "We just told people what was on it."

National outlets also picked up the story. A column in the Washington Ledger on Friday carried the headline "Is This the End for Charles Whitaker?" and a segment on cable news ran under the banner "Tape Trouble in the Statehouse."

State Senate Majority Leader Ruth Ambrose, a fellow Democrat, said she wanted to hear "the full recording, not the clips." Republicans were less restrained. House Minority Leader Carl Dietz called for a special prosecutor and said the governor had "a lot of explaining to do."

Whitaker himself spoke briefly to reporters outside a school in Lakeview on Friday afternoon.

"I have nothing to hide," he said. "I've asked for a full, independent review, and I'll cooperate with it completely."

Asked about the "Watergate" headline, he smiled thinly. "I've been called worse," he said.
"""

HEADLINES_GOLD: Gold = (
    ("a feeding frenzy", "Derek Vos", "Whitaker's spokesman"),
    ("never once", "Derek Vos", "Whitaker's spokesman"),
    (
        "The governor is not on that tape. He did not know about that conversation and he would not have approved of it,",
        "Derek Vos",
        "Vos",
    ),
    ("People should read past the headlines.", "Derek Vos", "Vos"),
    ("hypothetically", "Naomi Fisch", "Brandt's lawyer"),
    ("edited to mislead.", "Naomi Fisch", "Brandt's lawyer"),
    (
        "When the paper that made you turns on you, that's when you know you're in trouble,",
        "Lynn Barrow",
        "Lynn Barrow",
    ),
    (
        "Those front pages are a message to the party, not to the readers.",
        "Lynn Barrow",
        "Lynn Barrow",
    ),
    ("We didn't put the governor's aide on tape,", "Hugo Ramsey", "he"),
    ("We just told people what was on it.", "Hugo Ramsey", "he"),
    (
        "the full recording, not the clips.",
        "Ruth Ambrose",
        "State Senate Majority Leader Ruth Ambrose",
    ),
    ("a lot of explaining to do.", "Carl Dietz", "House Minority Leader Carl Dietz"),
    ("I have nothing to hide,", "Charles Whitaker", "he"),
    (
        "I've asked for a full, independent review, and I'll cooperate with it completely.",
        "Charles Whitaker",
        "he",
    ),
    ("I've been called worse,", "Charles Whitaker", "he"),
)

TRANSLATED = """Kaltorian leader offers talks, warns against 'interference'

By Helena Sørensen

VIENNA (AFP) - The president of Kaltoria said on Tuesday he was ready to meet his Varnian counterpart "anywhere, at any time" to end a border dispute that has killed dozens of people this year, but warned foreign powers against what he called "interference."

Speaking through an interpreter at a news conference in Vienna, Andrei Volkan said his government had "no territorial ambitions" beyond the disputed valley.

"We do not want war. We want our people to be able to farm their land without being shot at," Volkan said. "If President Marić is serious, let him come to the table."

His remarks were translated from Kaltorian by the Austrian foreign ministry. Volkan repeatedly used the Kaltorian word "dostoinstvo," or dignity.

"Peace must come with dignity, or it is not peace," he said.

Varnian President Lidija Marić responded hours later in a statement posted on her office's website in Varnian. "Our door has always been open," the statement said, according to an unofficial translation by AFP. "But we will not negotiate while our villages are being shelled."

In an interview with the German newspaper Die Zeit, published on Tuesday, Marić said Volkan's offers of talks were "words for the cameras." The newspaper's headline read: "Marić: Volkan Is Playing for Time."

The two countries have fought on and off since 2021 over the Dravna valley, a fertile strip of land that both claim. The Kaltorian name for the region, "Zlatna Dolina," means "golden valley."

Austrian Foreign Minister Katrin Weber, who has offered to host talks, said she was "cautiously encouraged."

"Both sides have told me privately that they want this to end," Weber said. "Now they have to say it to each other."

A diplomat from a European Union country involved in the mediation, speaking on condition of anonymity, said the mood had improved but warned against expecting "a breakthrough next week."

In the Kaltorian capital, the pro-government daily Glas ran Volkan's remarks under the headline "The President Extends His Hand." Opposition leader Stefan Ilić wrote on Facebook that the offer was "a trap dressed as an olive branch."

"He has promised peace three times and delivered war three times," Ilić wrote.

Volkan dismissed his critics. Asked by a Kaltorian journalist about Ilić's post, he replied, according to the interpreter: "The opposition would criticize me if I cured cancer."
"""

TRANSLATED_GOLD: Gold = (
    ("anywhere, at any time", "The president of Kaltoria", "The president of Kaltoria"),
    ("interference.", "The president of Kaltoria", "he"),
    ("no territorial ambitions", "Andrei Volkan", "Andrei Volkan"),
    (
        "We do not want war. We want our people to be able to farm their land without being shot at,",
        "Andrei Volkan",
        "Volkan",
    ),
    ("If President Marić is serious, let him come to the table.", "Andrei Volkan", "Volkan"),
    ("dostoinstvo,", "Andrei Volkan", "Volkan"),
    ("Peace must come with dignity, or it is not peace,", "Andrei Volkan", "he"),
    ("Our door has always been open,", "the statement", "the statement"),
    (
        "But we will not negotiate while our villages are being shelled.",
        "the statement",
        "the statement",
    ),
    ("words for the cameras.", "Lidija Marić", "Marić"),
    ("cautiously encouraged.", "Katrin Weber", "Austrian Foreign Minister Katrin Weber"),
    ("Both sides have told me privately that they want this to end,", "Katrin Weber", "Weber"),
    ("Now they have to say it to each other.", "Katrin Weber", "Weber"),
    (
        "a breakthrough next week.",
        "A diplomat from a European Union country",
        "A diplomat from a European Union country",
    ),
    ("a trap dressed as an olive branch.", "Stefan Ilić", "Stefan Ilić"),
    ("He has promised peace three times and delivered war three times,", "Stefan Ilić", "Ilić"),
    ("The opposition would criticize me if I cured cancer.", "Andrei Volkan", "he"),
)

FACT_CHECK = """Fact check: Claims about the city's crime rate don't add up

By Tessa Marlowe, PolitiFact-style Fact Check Desk

The claim: "Crime in Brookfield has gone up 40% since the mayor took office."

Our ruling: False.

Mayoral candidate Jim Horvath has made the claim at least five times on the campaign trail, including in a televised debate on Oct. 3 and in a mailer sent to voters last week under the banner "Brookfield Is Less Safe."

"Crime is up 40% under this mayor. Forty percent. Those are the city's own numbers," Horvath said during the debate.

We asked the Horvath campaign for the source of the figure. Campaign spokeswoman Kelly Brennan pointed to a police department report showing reported property crimes in the downtown precinct rose from 412 in 2021 to 577 in 2024.

"That's a 40% increase, and it's in black and white," Brennan said in an email.

But that figure covers one precinct out of six, and only property crimes. Citywide, the department's figures show overall reported crime fell by 8% over the same period, and violent crime fell by 14%.

Mayor Lisa Ferrante's campaign called Horvath's claim "a deliberate distortion." Her campaign manager, Omar Haddad, said Horvath "knows exactly what he's doing."

Criminologists told us the precinct figure was a poor measure. "You can always find one neighborhood, one type of crime and one pair of years that tell the story you want," said Daniel Reyes, a professor of criminal justice at Lakeshore State University. "That's not analysis. That's shopping."

The Horvath mailer also says the mayor "cut the police budget." City budget documents show the police budget rose every year of Ferrante's term, from $61 million to $68 million, though the number of sworn officers fell slightly.

Ferrante has made her own disputed claims. In an ad titled "Safer Streets," her campaign says she "hired 100 new officers." That's misleading: the department hired 104 officers during her term, but 117 left, for a net loss of 13.

Asked about the ad, Haddad said it was "accurate as written" because it refers to hiring, not staffing.

Our ruling

Horvath said, "Crime in Brookfield has gone up 40% since the mayor took office." The figure applies to property crime in one precinct. Citywide crime has fallen. We rate this claim False.
"""

FACT_CHECK_GOLD: Gold = (
    (
        "Crime is up 40% under this mayor. Forty percent. Those are the city's own numbers,",
        "Jim Horvath",
        "Horvath",
    ),
    ("That's a 40% increase, and it's in black and white,", "Kelly Brennan", "Brennan"),
    ("a deliberate distortion.", "Ferrante's campaign", "Ferrante's campaign"),
    ("knows exactly what he's doing.", "Omar Haddad", "Her campaign manager"),
    (
        "You can always find one neighborhood, one type of crime and one pair of years that tell the story you want,",
        "Daniel Reyes",
        "Daniel Reyes",
    ),
    ("That's not analysis. That's shopping.", "Daniel Reyes", "Daniel Reyes"),
    ("cut the police budget.", "The Horvath mailer", "The Horvath mailer"),
    ("hired 100 new officers.", "her campaign", "her campaign"),
    ("accurate as written", "Omar Haddad", "Haddad"),
    ("Crime in Brookfield has gone up 40% since the mayor took office.", "Jim Horvath", "Horvath"),
)

PARTIAL = """Fed's Marsh signals patience on rate cuts

By Kenji Watanabe

WASHINGTON, May 14 (Reuters) - Federal Reserve Governor Elaine Marsh said on Wednesday the central bank could afford to be "patient" before cutting interest rates, because the labor market remained "solid by almost any measure" and inflation was proving "stickier than we had hoped."

In a speech to the Economic Club of Chicago, Marsh said she wanted to see "several more months" of good inflation data before she would support a cut, pushing back against market bets on a move as early as July.

She said the risk of cutting too soon was greater than the risk of waiting, because an early cut could "reignite price pressures just as households are starting to feel some relief."

Marsh, who is considered a centrist on the Fed's rate-setting committee, said the central bank had made "real progress" on inflation but that "the last mile is proving the hardest."

"We are not there yet," she said. "I would rather be a few months late than a few months early."

Her comments came a day after Chicago Fed President Raymond Ochoa told reporters that the case for a summer cut was "getting stronger" and that he did not want to "overstay our welcome" at the current rate.

Marsh declined to comment on Ochoa's remarks directly, but said officials had "a healthy diversity of views" and that she expected the debate to continue at the June meeting.

Asked about the so-called "neutral rate," the level at which policy neither stimulates nor restrains growth, Marsh said her estimate had "drifted up" over the past year. She described the concept as "a useful compass but a poor map."

Markets took the speech in stride. Traders in futures tied to the Fed's policy rate trimmed bets on a July cut to about 40%, from 48% before her remarks, according to CME Group's FedWatch tool.

Economists at Barclays wrote in a note that Marsh's speech "leaned hawkish" but did not rule anything out. "She left the door open, she just didn't walk through it," they wrote.

The Fed held rates steady at its last meeting, in a range of 4.25% to 4.50%. Chair Thomas Whitfield said afterward that policymakers would "take it meeting by meeting" and were "in no hurry."

Marsh said she would watch wage growth closely, warning that pay gains above about 4% a year would be "hard to square" with the Fed's 2% inflation target over time.

The Labor Department reports May jobs figures on June 6.
"""

PARTIAL_GOLD: Gold = (
    ("patient", "Elaine Marsh", "Federal Reserve Governor Elaine Marsh"),
    ("solid by almost any measure", "Elaine Marsh", "Federal Reserve Governor Elaine Marsh"),
    ("stickier than we had hoped.", "Elaine Marsh", "Federal Reserve Governor Elaine Marsh"),
    ("several more months", "Elaine Marsh", "Marsh"),
    (
        "reignite price pressures just as households are starting to feel some relief.",
        "Elaine Marsh",
        "She",
    ),
    ("real progress", "Elaine Marsh", "Marsh"),
    ("the last mile is proving the hardest.", "Elaine Marsh", "Marsh"),
    ("We are not there yet,", "Elaine Marsh", "she"),
    ("I would rather be a few months late than a few months early.", "Elaine Marsh", "she"),
    ("getting stronger", "Raymond Ochoa", "Chicago Fed President Raymond Ochoa"),
    ("overstay our welcome", "Raymond Ochoa", "Chicago Fed President Raymond Ochoa"),
    ("a healthy diversity of views", "Elaine Marsh", "Marsh"),
    ("drifted up", "Elaine Marsh", "Marsh"),
    ("a useful compass but a poor map.", "Elaine Marsh", "She"),
    ("leaned hawkish", "Economists at Barclays", "Economists at Barclays"),
    ("She left the door open, she just didn't walk through it,", "Economists at Barclays", "they"),
    ("take it meeting by meeting", "Thomas Whitfield", "Chair Thomas Whitfield"),
    ("in no hurry.", "Thomas Whitfield", "Chair Thomas Whitfield"),
    ("hard to square", "Elaine Marsh", "Marsh"),
)

CASES: dict[str, tuple[str, Gold]] = {
    "tv_culture": (TV_CULTURE, TV_CULTURE_GOLD),
    "legislative": (LEGISLATIVE, LEGISLATIVE_GOLD),
    "protest": (PROTEST, PROTEST_GOLD),
    "tech": (TECH, TECH_GOLD),
    "sports": (SPORTS, SPORTS_GOLD),
    "court_texts": (COURT_TEXTS, COURT_TEXTS_GOLD),
    "language": (LANGUAGE, LANGUAGE_GOLD),
    "british": (BRITISH, BRITISH_GOLD),
    "headlines": (HEADLINES, HEADLINES_GOLD),
    "translated": (TRANSLATED, TRANSLATED_GOLD),
    "fact_check": (FACT_CHECK, FACT_CHECK_GOLD),
    "partial": (PARTIAL, PARTIAL_GOLD),
}

#: Stories whose remaining errors no general rule fixes yet, with the reason
#: (the test fails if they start passing).
KNOWN_FAILURES: dict[str, str] = {
    "protest": (
        '"the statement said" after "In a statement, his office said" names its issuer, '
        '"his office", as docs/quotes.md says (the subject of the last sentence that opens '
        '"In a statement" and a comma), where the gold keeps the statement itself: the '
        "rule and this gold disagree, and no form tells the two apart"
    ),
}


@pytest.mark.parametrize("name", story_names(CASES, KNOWN_FAILURES))
def test_terms_story(name: str) -> None:
    text, gold = CASES[name]
    check_story(name, text, gold, {})


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an "it" for the organisation that opens its sentence, which no one spoke for
        ('Corvell on Monday launched a watch it called "the last one you will need."', "Corvell"),
        (
            "AUSTIN, Texas — Vantrix Systems unveiled a chip it described as "
            '"twice as fast" as its rivals.',
            "Vantrix Systems",
        ),
        # in an indented paragraph (wire copy, tabs), hard-wrapped or not
        (
            "Headsets\n\n    SAN FRANCISCO \u2014 Orbis on Tuesday unveiled a headset it\n"
            'described as "all-day" wear.\n    Sales start in May.\n',
            "Orbis",
        ),
        (
            'Headsets\n\n\tPrices fell.\n\tCorvell on Monday launched a watch it called "the last one."\n',
            "Corvell",
        ),
        # near misses: a person, a place, a body with "the", another subject between
        ('Dana Whitlock unveiled a plan it called "bold."', "it"),
        ('Ohio unveiled a plan it called "bold."', "it"),
        ('The agency unveiled a plan it called "bold."', "it"),
        ('Corvell hired Tom Baird, and he unveiled a plan it called "bold."', "it"),
    ],
)
def test_it_is_the_organisation_that_opens_its_sentence(text: str, name: str | None) -> None:
    speakers = [q.speaker.name for q in find_quotes(text) if q.speaker is not None]
    assert speakers == ([] if name is None else [name])


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a word mentioned in the clause a cue opens with "that" is the cue's subject's
        (
            'Jo Lind argued in her closing that the word "deal" could mean anything.',
            [("deal", "Jo Lind")],
        ),
        # near miss: a word mentioned with no cue before it is no one's
        ('The report counted the word "deal" 23 times.', []),
        # a message's subject line is its sender's
        (
            'Jurors were shown an email Kent sent to his aide with the subject line "Move fast."',
            [("Move fast.", "Kent")],
        ),
        (
            'Tom Kent emailed his staff on Monday with the subject line "Read this now."',
            [("Read this now.", "Tom Kent")],
        ),
        # near miss: no sending verb, no sender
        ('The memo carried the subject line "Budget."', []),
    ],
)
def test_words_in_a_that_clause_and_a_subject_line(
    text: str, quotes: list[tuple[str, str]]
) -> None:
    said = [(q.text, q.speaker.name) for q in find_quotes(text) if q.speaker is not None]
    assert said == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a sign's words after "with the words" are its carrier's
        (
            'A group of nurses carried a banner with the words "Safe Staffing Now."',
            [("Safe Staffing Now.", "A group of nurses")],
        ),
        ('Fans held up a sign bearing the slogan "Sack the Board."', [("Sack the Board.", "Fans")]),
        # near misses: no carrier's verb before the sign
        ('A banner with the words "No Peace" hung from the bridge.', []),
    ],
)
def test_a_sign_with_the_words_is_its_carriers(text: str, quotes: list[tuple[str, str]]) -> None:
    said = [(q.text, q.speaker.name) for q in find_quotes(text) if q.speaker is not None]
    assert said == quotes


def _said(text: str) -> list[tuple[str, str, str]]:
    return [
        (q.text, q.speaker.name, q.speaker.mention)
        for q in find_quotes(text)
        if q.speaker is not None
    ]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a title right after its work's word, even next to a cue
        (
            'Critic Jo Lind, who writes the newsletter "Small Screen Weekly," called it "a rerun."',
            ["a rerun."],
        ),
        (
            'Ann Berg, who writes the weekly column "Mind Your Language," said it was "fine."',
            ["fine."],
        ),
        # a headline, in sentence or Title Case, after a word for a headline
        (
            'A column carried the headline "Is This the End for Tom Kent?" and Jo Lind said '
            'it was "fair."',
            ["fair."],
        ),
        ('The paper ran his remarks under the headline "The Mayor Extends His Hand."', []),
        ('The newspaper\'s headline read: "Kent: Lind Is Playing for Time."', []),
        # ... and right before it
        ('Gov. Tom Kent, asked about the "Watergate" headline, said: "Old news."', ["Old news."]),
        # a lower-case quote after "the report" is still said
        ('Jo Lind said in the report "we failed."', ["we failed."]),
    ],
)
def test_titles_and_headlines_are_no_quotes(text: str, quotes: list[str]) -> None:
    assert [q.text for q in parse_article(text).quotes] == quotes


def test_a_thing_added_is_no_speech() -> None:
    text = (
        'When the dictionary added a second meaning of "literally" to its website, '
        "the reaction was swift."
    )
    assert parse_article(text).quotes == ()
    # a word in lower case added to something, or in a year, is a word added
    text = 'The dictionary drew complaints when it added "irregardless" in 2019.'
    assert find_quotes(text) == ()
    assert find_quotes('The app later added "rizz" to the list.') == ()
    (answer,) = find_quotes('She added "absolutely" when asked.')
    assert answer.text == "absolutely"
    # a caveat added before a colon still reports, and so does a cue after its quote
    (caveat,) = parse_article('Then she added a caveat: "Down the ballot, I vote."').quotes
    assert caveat.cue == "added"
    (after,) = parse_article('"We need the votes," added a Nevada Democrat.').quotes
    assert after.speaker is not None
    assert after.speaker.mention == "a Nevada Democrat"


@pytest.mark.parametrize(
    "text",
    [
        # whoever adds it: a name, a pronoun for a firm, a common noun
        'Acme drew complaints when it added "irregardless" in 2019.',
        'Merriam-Webster added "irregardless" in 2019.',
        'Tom Lind added "rizz" to the list.',
        'Merriam-Webster added a second meaning of "literally" in 2013.',
    ],
)
def test_a_thing_added_is_no_speech_whoever_adds_it(text: str) -> None:
    assert find_quotes(text) == ()


def test_a_thing_added_leaves_the_speech_around_it() -> None:
    # a cue after the word added still reports its own quote, by the same subject
    text = 'Merriam-Webster added "rizz" to its list and said in a statement "Language moves."'
    assert [(q.text, q.speaker and q.speaker.mention) for q in find_quotes(text)] == [
        ("Language moves.", "Merriam-Webster")
    ]
    # "added" before a colon, or a clause of its own after the object, reports
    (colon,) = find_quotes('Merriam-Webster added: "Language moves."')
    assert (colon.cue, colon.speaker and colon.speaker.mention) == ("added", "Merriam-Webster")
    (clause,) = find_quotes('Jo Kent added a clause that "puts residents first."')
    assert clause.speaker is not None
    assert clause.speaker.mention == "Jo Kent"


def test_a_quote_before_a_relative_clause_is_its_antecedent() -> None:
    text = (
        'The editors turned down other words, including "skibidi," which Gordon Fairleigh '
        'said had not yet shown "staying power."'
    )
    assert [q.text for q in find_quotes(text)] == ["staying power."]


def test_a_carried_sign_in_title_case_is_its_carriers() -> None:
    text = (
        'Thousands marched, chanting "Water is a right" and carrying signs that read '
        '"Turn It Back On."'
    )
    assert [
        (q.text, q.speaker.mention if q.speaker else None) for q in parse_article(text).quotes
    ] == [
        ("Water is a right", "Thousands"),
        ("Turn It Back On.", "Thousands"),
    ]
    # a sign no one carries says nothing
    assert parse_article('Outside, a banner read "Tax Relief Now."').quotes == ()


def test_a_carried_sign_is_its_carriers_whatever_the_subject() -> None:
    # a subject of a quantity and "of", which is no name: the carriers as a cue reads them
    signs = 'Dozens of nurses marched on Tuesday, carrying signs that read "Turn It Back On."'
    chant = 'Dozens of nurses marched on Tuesday, chanting "Turn it back on."'
    (sign,) = parse_article(signs).quotes
    (chanted,) = parse_article(chant).quotes
    assert sign.speaker is not None
    assert chanted.speaker is not None
    assert sign.speaker.mention == chanted.speaker.mention == "nurses"
    assert sign.kind == "direct"  # the sign's words whole
    (plain,) = parse_article(signs.replace("Dozens of nurses", "Nurses")).quotes
    assert plain.speaker is not None
    assert plain.speaker.mention == "Nurses"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a nickname's closing mark ends the name before the surname
        (
            'Goalkeeper Tomas "The Wall" Novak made nine saves.\n\n'
            '"We lost," said striker Jamal Pierce.\n\n'
            "Novak has been linked with a move into coaching.\n\n"
            '"My wife asks me that every morning," he said.',
            "Tomas Novak",
        ),
        # ... and so does the closing mark of a nickname of one word
        (
            'Rovers boss Graham Tully praised his team. "They blocked six shots," Tully said.'
            '\n\nThe only goal came from striker Kwame "Ice" Mensah, who curled a free kick '
            'in.\n\nAsked about his celebration, Mensah smiled. "They were loud," he said.',
            "Kwame Mensah",
        ),
        # a paragraph whose only cue subject is a pronoun still hands on its name
        (
            "Goalkeeper Tomas Novak made nine saves.\n\n"
            '"We lost," said striker Jamal Pierce.\n\n'
            "Novak, who turns 37 next month, has been linked with a move into coaching. "
            "He laughed off a question about retirement.\n\n"
            '"My wife asks me that every morning," he said.',
            "Tomas Novak",
        ),
        # a title whose comma closes the clause set off after the name
        (
            'Critic Marcus Oyelaran said it was "bad."\n\nHer co-star Reggie Vance, who '
            'starred in "Harbor Lights," said he had turned it down. He joked that he '
            'changed his mind "when they paid."',
            "Reggie Vance",
        ),
        # a surname alone opening a short paragraph hands itself on
        (
            "Gov. Charles Whitaker faces a storm.\n\n"
            '"He has to go," said Rep. Carl Dietz.\n\n'
            "Whitaker spoke briefly to reporters outside a school on Friday.\n\n"
            '"I have nothing to hide," he said.',
            "Charles Whitaker",
        ),
        # the one written to is not the subject of the participle after it
        (
            "Cllr Jo Kent said it was bad.\n\n"
            "Local MP Rhodri Evans-Pugh said he had written to the council's chief "
            "executive demanding an explanation. 'People are fed up,' he said.",
            "Rhodri Evans-Pugh",
        ),
        # Agent is a title: "Agent Kim" is the agent named in full
        (
            "FBI special agent Laura Kim read the messages aloud.\n\n"
            '"Agent Kim, did you ever see an envelope?" Tom Sorrell asked.\n\n'
            '"No," Kim said.',
            "Laura Kim",
        ),
        # a clause on a thing set off by ", which", or a title, is no report of the name
        (
            'Rep. Ann Torres said the holiday would "line the pockets of oil companies."\n\n'
            "The White House said President Ellen Kavanagh opposes the bill.\n\n"
            'Kavanagh has pushed her own plan, the "Clean Commute" initiative, which would '
            "expand tax credits for electric vehicles and public transit. Speaking in "
            'Pittsburgh on Wednesday, she said the approach was "a sugar high."',
            "Ellen Kavanagh",
        ),
        # a name after two phrases set off before it is its sentence's subject
        (
            'Rovers boss Graham Tully praised his team. "They blocked six shots," Tully said.'
            "\n\nThe only goal came from striker Kwame Mensah.\n\nAsked about his "
            "celebration, a finger pressed to his lips, Mensah smiled. "
            '"They were loud," he said.',
            "Kwame Mensah",
        ),
        # (not a name set off after a cue's subject and a phrase: the speaker)
        (
            'Gov. Ray Kent spoke at the museum.\n\n"We float like butterflies," Mr. Kent '
            "said, not even needing to mention the author of that boast, Tom Reyes, who "
            'died in May. Voters, he said, can "rock like Jimi."',
            "Ray Kent",
        ),
        # the one a clause of time names as its subject, after a main clause whose
        # subject is no one person, even with the pronoun's sentence between
        (
            'Rev. Samuel Okoro spoke. "We are here," Okoro said.\n\nNear the end, the '
            "crowd fell silent as Marcus Dell, 16, read a poem he had written. He said "
            'afterward that he was nervous.\n\n"I was shaking," he said.',
            "Marcus Dell",
        ),
        # (not after a main clause whose subject is a person: the last speaker)
        (
            'Rev. Samuel Okoro spoke. "We are here," Okoro said.\n\nNear the end, the '
            "pastor smiled as Marcus Dell, 16, read a poem he had written. He said "
            'afterward that he was nervous.\n\n"I was shaking," he said.',
            "Samuel Okoro",
        ),
    ],
)
def test_who_a_pronoun_stands_for(text: str, name: str) -> None:
    assert _said(text)[-1][1] == name


def test_a_capitalised_modifier_before_a_set_off_name() -> None:
    text = (
        "The soundtrack topped the charts. Its singer, the Grammy winner Talia Ruiz, "
        'wrote that she was "beyond grateful."'
    )
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role) == ("Talia Ruiz", "Grammy winner")


def test_a_hyphenated_role_before_a_name_with_a_clause() -> None:
    text = 'Her co-star Reggie Vance, who played the bellhop, said it was "a trap."'
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role) == ("Reggie Vance", "co-star")


def test_a_source_after_a_cue_relays_the_words() -> None:
    text = (
        "Asked about the post, Andrei Volkan replied, according to the interpreter: "
        '"The opposition would criticize me if I cured cancer."'
    )
    assert [(name, mention) for _, name, mention in _said(text)] == [
        ("Andrei Volkan", "Andrei Volkan")
    ]
    # "according to" with no cue before it names the source
    (quote,) = find_quotes('The talks failed, according to Jo Lind: "We are done."')
    assert quote.speaker is not None
    assert quote.speaker.mention == "Jo Lind"


def test_they_after_a_group_where_they_work() -> None:
    text = (
        'Economists at Barclays wrote in a note that the speech "leaned hawkish." '
        '"She left the door open," they wrote.'
    )
    assert [(name, mention) for _, name, mention in _said(text)][-1] == (
        "Economists at Barclays",
        "they",
    )


def test_a_statement_speaks_for_its_issuer() -> None:
    text = (
        "The White House issued a statement of administration policy saying President "
        'Ellen Kavanagh "strongly opposes" the bill. The statement described the '
        'provisions as "unworkable."'
    )
    assert [(name, mention) for _, name, mention in _said(text)] == [
        ("White House", "The White House"),
        ("The White House", "The statement"),
    ]
