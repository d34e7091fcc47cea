"""Quotes and speakers on beats the earlier stories did not cover.

Every story here is invented (names, places, figures and words; no real story
is copied) in the house style of English wire and web copy of 2025-2026, one
story for each of twelve beats: war and conflict (a leader's nightly video
address, a post on Telegram, a ministry's statement, an anonymous military
spokesman), celebrity news (a representative who told a magazine, a post on
Instagram, an old interview with a trade paper, a film's tagline), a lawsuit
built on documents (emails, a memo, an indictment, people familiar with the
matter), religion (the pope, the pontiff, bishops, a homily, scripture), a
human-interest story whose people go by first names (``Maria, 34, who asked
that her last name not be used``, children, ``Her husband, Tom,``), a school
board meeting, a winter storm (forecasters, the weather service, residents),
a markets wrap (a run of analysts, each ``said X, chief investment officer at
Y``), a football press conference (``the Portuguese``, ``the 54-year-old``,
the club's statement, a player's post), a technology keynote (``told the
audience``, a blog post, product names in quotes), a killing told by the
victim's family and the police (a 911 call) and a medical study (``Dr. X, who
was not involved in the study``, a patient, a journal's editorial).  The gold
follows :mod:`tests.test_quotes_unseen`: every quote of :attr:`Article.quotes`
in text order with its speaker's name and mention (a sign's words, a title, a
product name and a tagline are no quotes).
"""

from __future__ import annotations

import pytest

from newsstruct import find_quotes
from tests.test_quotes_unseen import Gold, check_story, story_names

WAR_STRIKES = """Russia pounds Ukraine's power grid as both sides claim gains in the east

KYIV, Ukraine (AP) — Russian drones and missiles struck energy facilities in at least four Ukrainian regions overnight, officials said Thursday, knocking out power to hundreds of thousands of homes as the first hard frost settled over the country.

Ukraine's air force said it shot down 61 of the 88 drones and six of the nine cruise missiles launched in the attack. The figures could not be independently verified.

"The enemy is again trying to break our energy system before winter," President Andriy Koval said in his nightly video address. "They will not succeed. Every missile they fire is one more reason for our partners to send air defense now, not in the spring."

In the southern city of Zaporizhzhia, a strike on a residential block killed three people, including a 12-year-old boy, regional governor Ivan Sydorenko wrote on Telegram. "Rescuers are still working under the rubble," he wrote. "The city is in mourning."

Russia's Defense Ministry said its forces had carried out a "massive strike with high-precision weapons" on facilities that supply Ukraine's military-industrial complex. “All designated targets were hit,” the ministry said in a statement.

A Ukrainian military spokesman in the east, who spoke on condition of anonymity because he was not authorized to brief reporters, said Russian assault groups had pushed to the outskirts of a village near Pokrovsk.

"They come in small groups of two or three, on motorcycles, and they keep coming," the spokesman said. "We hit one group and an hour later there is another."

Kremlin spokesman Gennady Lavrik told reporters in Moscow that Russia remained "open to negotiations" but that any settlement had to reflect "the realities on the ground."

In Kharkiv, Olena Marchenko, 67, stood in the courtyard of her apartment building as neighbors swept broken glass into piles.

“I heard the whistle and then everything shook,” she said. “I have lived here for forty years. I am not going anywhere.”

Her neighbor, Serhiy Bondar, said the building had lost heat and water. "We will cover the windows with plastic, like last year," Bondar said. "What else can we do?"

Ukraine's state grid operator, Ukrenergo, said it would impose rolling blackouts in six regions on Friday. Its chief executive, Mykola Hrytsenko, urged people to limit their use of electric heaters and washing machines during the evening peak.

"The system is stable but the reserves are thin," Hrytsenko told national television. "If every family switches off one appliance, we can get through the night."

The Russian-installed governor of the occupied part of the Zaporizhzhia region, Vladimir Saltykov, accused Ukraine of shelling a substation near the town of Enerhodar and said repairs were underway.

Koval has pressed Western allies for more Patriot systems for months. In his address, he thanked Germany for a battery delivered last month and said Kyiv expected "concrete decisions" from a meeting of defense ministers in Brussels next week.

"Words of support are important," he said. "But air defense is measured in launchers and missiles, not in statements."
"""

WAR_STRIKES_GOLD: Gold = (
    (
        "The enemy is again trying to break our energy system before winter,",
        "Andriy Koval",
        "President Andriy Koval",
    ),
    (
        "They will not succeed. Every missile they fire is one more reason for our "
        "partners to send air defense now, not in the spring.",
        "Andriy Koval",
        "President Andriy Koval",
    ),
    ("Rescuers are still working under the rubble,", "Ivan Sydorenko", "he"),
    ("The city is in mourning.", "Ivan Sydorenko", "he"),
    (
        "massive strike with high-precision weapons",
        "Russia's Defense Ministry",
        "Russia's Defense Ministry",
    ),
    ("All designated targets were hit,", "Russia's Defense Ministry", "the ministry"),
    (
        "They come in small groups of two or three, on motorcycles, and they keep coming,",
        "A Ukrainian military spokesman in the east",
        "the spokesman",
    ),
    (
        "We hit one group and an hour later there is another.",
        "A Ukrainian military spokesman in the east",
        "the spokesman",
    ),
    ("open to negotiations", "Gennady Lavrik", "Gennady Lavrik"),
    ("the realities on the ground.", "Gennady Lavrik", "Gennady Lavrik"),
    ("I heard the whistle and then everything shook,", "Olena Marchenko", "she"),
    ("I have lived here for forty years. I am not going anywhere.", "Olena Marchenko", "she"),
    ("We will cover the windows with plastic, like last year,", "Serhiy Bondar", "Bondar"),
    ("What else can we do?", "Serhiy Bondar", "Bondar"),
    ("The system is stable but the reserves are thin,", "Mykola Hrytsenko", "Hrytsenko"),
    (
        "If every family switches off one appliance, we can get through the night.",
        "Mykola Hrytsenko",
        "Hrytsenko",
    ),
    ("concrete decisions", "Andriy Koval", "he"),
    ("Words of support are important,", "Andriy Koval", "he"),
    (
        "But air defense is measured in launchers and missiles, not in statements.",
        "Andriy Koval",
        "he",
    ),
)

CELEBRITY_SPLIT = """Pop star Kaia Bellamy and actor Reid Castellane split after four years, rep confirms

Singer Kaia Bellamy and actor Reid Castellane have ended their four-year relationship, a representative for Bellamy told People on Monday.

"Kaia and Reid have decided to go their separate ways," the representative said. "They remain close friends and ask for privacy during this time."

The couple, who met on the set of the 2022 musical drama "Paper Lanterns," had been seen together as recently as last month at a gala in Los Angeles. Fans began to speculate about a breakup after Bellamy deleted several photos of Castellane from her account over the weekend.

Bellamy, 31, addressed the news herself on Monday evening. “Endings are not failures,” she wrote on Instagram, alongside a black-and-white photo of a beach at sunset. “I am grateful for every chapter.”

Castellane, 35, has not commented publicly. His publicist did not respond to a request for comment.

The split comes weeks before Castellane's new film, the crime thriller "Northbound," opens in theaters. The trailer ends on the film's tagline, "Nobody walks away clean in this town," which fans quickly turned into a meme about the breakup.

In an interview with Variety last spring, Castellane described the relationship as "the calmest thing in my life."

"We both work in a business that is loud all the time," he said then. "When we are home, it is quiet, and that is the whole point."

Bellamy has been open about the pressures of fame. Her fourth album, "Glass Houses," released in March, debuted at No. 1 on the Billboard 200, and its lead single, "Stay Soft," has been streamed more than 600 million times.

"I wrote most of this record in my kitchen at two in the morning," Bellamy told Rolling Stone in February. "Some of it is about love and some of it is about being watched while you try to love somebody."

The singer is scheduled to begin a 40-date world tour in Dublin in September. A spokesperson for the tour's promoter, Halcyon Live, said the dates were "absolutely not affected" by the news.

Friends of the couple were quick to offer support online. Comedian Dev Raman, who co-starred with Castellane in the sitcom "Open House," posted a photo of the three of them at a barbecue. "Love you both, always," Raman wrote.

Bellamy's mother, Denise Bellamy, who often appears in her daughter's tour documentaries, also weighed in. "My girl is going to be just fine," she told Entertainment Tonight outside a Nashville restaurant. "She always is."

In his 2023 interview with Variety, Castellane said he did not want the couple's private life to become part of their work. "The day we start selling our relationship is the day it stops being ours," he said.
"""

CELEBRITY_SPLIT_GOLD: Gold = (
    (
        "Kaia and Reid have decided to go their separate ways,",
        "a representative for Bellamy",
        "the representative",
    ),
    (
        "They remain close friends and ask for privacy during this time.",
        "a representative for Bellamy",
        "the representative",
    ),
    ("Endings are not failures,", "Kaia Bellamy", "she"),
    ("I am grateful for every chapter.", "Kaia Bellamy", "she"),
    ("the calmest thing in my life.", "Reid Castellane", "Castellane"),
    ("We both work in a business that is loud all the time,", "Reid Castellane", "he"),
    ("When we are home, it is quiet, and that is the whole point.", "Reid Castellane", "he"),
    ("I wrote most of this record in my kitchen at two in the morning,", "Kaia Bellamy", "Bellamy"),
    (
        "Some of it is about love and some of it is about being watched while you try "
        "to love somebody.",
        "Kaia Bellamy",
        "Bellamy",
    ),
    (
        "absolutely not affected",
        "A spokesperson for the tour's promoter",
        "A spokesperson for the tour's promoter",
    ),
    ("Love you both, always,", "Dev Raman", "Raman"),
    ("My girl is going to be just fine,", "Denise Bellamy", "she"),
    ("She always is.", "Denise Bellamy", "she"),
    (
        "The day we start selling our relationship is the day it stops being ours,",
        "Reid Castellane",
        "he",
    ),
)

DOCUMENTS_PROBE = """Drugmaker hid safety data on diabetes pill, lawsuit alleges

By Hannah Whitcombe

NEW YORK (Reuters) - Executives at Marlow Pharmaceuticals knew for more than a year that patients taking its best-selling diabetes pill had an elevated risk of liver injury but delayed telling regulators, according to a lawsuit filed on Tuesday by a group of pension funds.

The complaint, filed in federal court in Manhattan, cites internal emails and the minutes of a 2023 safety committee meeting. The lawsuit alleges that senior managers "deliberately slowed" a review of adverse-event reports to protect sales of the drug, Glycera, which brought in $4.2 billion last year.

Marlow said in a statement that the claims were "without merit" and that it would defend itself vigorously. "Patient safety has always been our first priority," the company said.

In one email quoted in the complaint, a regional medical director wrote to a colleague in March 2023: "If we file this now, the label change kills the launch in Europe. Can we wait for the full data set?"

The colleague replied the same day. "Agree. Let's not put anything else in writing," the email said.

People familiar with the matter said the U.S. Food and Drug Administration opened its own inquiry into the timing of Marlow's reports last fall. The agency declined to comment.

Separately, federal prosecutors in New Jersey have been examining whether the company misled investors, two of the people said, speaking on condition of anonymity because the inquiry is not public. "It is early, and there is no indication yet of charges," one of them said.

The lawsuit also quotes from a memo prepared for Marlow's board in June 2023. "The signal is real and it is growing," the memo said, according to the complaint. It recommended that the company "get ahead of the story" by notifying regulators within 30 days.

Court papers show the notification was not sent until August 2024.

Marlow's chief executive, Graham Whitley, told analysts on a conference call in February that the company had "followed every rule, every time." A spokeswoman for the company, Nadia Kerr, said on Tuesday that Whitley stood by those remarks.

"The timeline described in this complaint is simply wrong," Kerr said. "We reported what we knew, when we knew it."

The pension funds are represented by Stolz Berman LLP. Partner Evan Stolz said the documents spoke for themselves.

"These are not our words. These are their words," Stolz said in an interview. "When a company's own scientists are begging management to act, and management says wait, that is a choice."

The case is one of several Marlow faces over Glycera. In a separate case in Texas, according to the indictment unsealed last week, a former sales representative is accused of paying doctors to prescribe the drug "off the books." The former representative's lawyer, Paul Dresner, said his client would plead not guilty.

"My client did what his managers told him to do," Dresner said.

Shares of Marlow fell 6.1% on Tuesday.
"""

DOCUMENTS_PROBE_GOLD: Gold = (
    ("deliberately slowed", "The lawsuit", "The lawsuit"),
    ("without merit", "Marlow Pharmaceuticals", "Marlow"),
    ("Patient safety has always been our first priority,", "Marlow Pharmaceuticals", "the company"),
    (
        "If we file this now, the label change kills the launch in Europe. Can we wait "
        "for the full data set?",
        "a regional medical director",
        "a regional medical director",
    ),
    ("Agree. Let's not put anything else in writing,", "the email", "the email"),
    ("It is early, and there is no indication yet of charges,", "one of them", "one of them"),
    ("The signal is real and it is growing,", "the memo", "the memo"),
    ("get ahead of the story", "the memo", "It"),
    ("followed every rule, every time.", "Graham Whitley", "Marlow's chief executive"),
    ("The timeline described in this complaint is simply wrong,", "Nadia Kerr", "Kerr"),
    ("We reported what we knew, when we knew it.", "Nadia Kerr", "Kerr"),
    ("These are not our words. These are their words,", "Evan Stolz", "Stolz"),
    (
        "When a company's own scientists are begging management to act, and management "
        "says wait, that is a choice.",
        "Evan Stolz",
        "Stolz",
    ),
    ("off the books.", "the indictment", "the indictment"),
    ("My client did what his managers told him to do,", "Paul Dresner", "Dresner"),
)

RELIGION_HOMILY = """Pope urges pilgrims to 'build bridges, not walls' at Pentecost Mass

VATICAN CITY (AP) — Pope Gregory XVII told tens of thousands of pilgrims in St. Peter's Square on Sunday that Christians must be "builders of bridges" in a world divided by war and suspicion, in a Pentecost homily that touched on migration, the war in Sudan and the spread of online hatred.

"The Spirit does not make us all the same," the pontiff said, speaking in Italian from the steps of the basilica. "The Spirit makes us one, which is something much harder and much more beautiful."

The 68-year-old pope, who was elected in 2025, has made unity a theme of his first years in office. He quoted the Acts of the Apostles, which describes the disciples hearing "each of us in our own native language," and said the passage was a rebuke to those who "use language only to build walls."

Later, addressing pilgrims from his window above the square for the Regina Coeli prayer, he appealed for a ceasefire in Sudan. "I think of the children of El Fasher, who have known nothing but hunger and fear," he said. “Silence the weapons. Open the roads for aid.”

Cardinal Matteo Ruggieri, the Vatican's secretary of state, told reporters afterward that the Holy See was in contact with both sides. “We are ready to help in any way that is useful,” Ruggieri said. “But the will must come from them.”

Among the crowd were about 2,000 young people from a diocese in southern Poland who had walked the last 100 kilometers of the pilgrimage route. Their bishop, the Rev. Tadeusz Wronski, said the journey had been hard but joyful.

"They sang the whole way, even in the rain," Bishop Wronski said. "That is the Church I want to see."

In the United States, the president of the U.S. Conference of Catholic Bishops, Archbishop Daniel Whelan of Baltimore, said in a statement that the pope's words on migration should "trouble the conscience of every Catholic." The statement said the bishops would release a pastoral letter on the subject in the fall.

Not everyone welcomed the pope's tone. The Rev. Anthony Carrow, a priest and commentator in London, wrote on X that the homily was "long on images and short on doctrine."

Sister Margaret Oyelowo, a Nigerian nun who runs a shelter for migrants in Sicily, said she had watched the Mass on her phone with the women in her care.

“When he said no one is a stranger to God, one of the women started to cry,” she said. “She has been a stranger everywhere for three years.”

The pontiff ended the Mass by quoting the Gospel of John: "Peace I leave with you; my peace I give to you." He then rode through the square in an open vehicle, stopping to bless babies held up by their parents.
"""

RELIGION_HOMILY_GOLD: Gold = (
    ("builders of bridges", "Gregory XVII", "Pope Gregory XVII"),
    ("The Spirit does not make us all the same,", "Gregory XVII", "the pontiff"),
    (
        "The Spirit makes us one, which is something much harder and much more beautiful.",
        "Gregory XVII",
        "the pontiff",
    ),
    ("each of us in our own native language,", "Gregory XVII", "He"),
    ("use language only to build walls.", "Gregory XVII", "He"),
    (
        "I think of the children of El Fasher, who have known nothing but hunger and fear,",
        "Gregory XVII",
        "he",
    ),
    ("Silence the weapons. Open the roads for aid.", "Gregory XVII", "he"),
    ("We are ready to help in any way that is useful,", "Matteo Ruggieri", "Ruggieri"),
    ("But the will must come from them.", "Matteo Ruggieri", "Ruggieri"),
    ("They sang the whole way, even in the rain,", "Tadeusz Wronski", "Bishop Wronski"),
    ("That is the Church I want to see.", "Tadeusz Wronski", "Bishop Wronski"),
    (
        "trouble the conscience of every Catholic.",
        "Daniel Whelan",
        "the president of the U.S. Conference of Catholic Bishops",
    ),
    ("long on images and short on doctrine.", "Anthony Carrow", "The Rev. Anthony Carrow"),
    (
        "When he said no one is a stranger to God, one of the women started to cry,",
        "Margaret Oyelowo",
        "she",
    ),
    ("She has been a stranger everywhere for three years.", "Margaret Oyelowo", "she"),
    ("Peace I leave with you; my peace I give to you.", "the Gospel of John", "the Gospel of John"),
)

FIRST_NAMES = """After the fire, a street of strangers became a family

By Corinne Ashby

PARADISE VALLEY, Ariz. — Maria, 34, still keeps the smoke-stained teddy bear in a plastic bag on the top shelf of her closet. It belonged to her daughter, who was four when the apartment fire tore through their building on Mesquite Lane last December.

"I can't throw it away and I can't wash it," said Maria, who asked that her last name not be used because she is in a custody dispute. "So it lives up there, like a little ghost."

Nobody died in the fire, which started in a ground-floor unit and spread through the attic. But 22 families lost everything they owned, and for weeks afterward many of them slept in cars, motels and the gymnasium of a nearby church.

What happened next surprised almost everyone on the block. Neighbors who had never spoken began sharing meals. A retired electrician rewired a donated trailer. A group of teenagers ran a laundry service out of a garage.

"Before the fire, I knew maybe two people on this street," said Dwayne, 58, a bus mechanic who lived in the unit above Maria's. "Now I know everybody's kids' names and who is allergic to peanuts."

Her husband, Tom, works nights at a warehouse. He remembers the phone call. "She was screaming so loud I couldn't understand her," Tom said. "I just kept saying, 'Where is the baby? Where is the baby?'"

The baby, their daughter, Lucy, is five now. She was carried out by a neighbor, Ana Ruiz, a nurse who lived across the hall.

"I didn't think about it," Ruiz said. "You hear a child crying in smoke, your body goes before your brain does."

Lucy, asked what she remembers, thought for a moment. "The fireman let me wear his hat," she said. "It was too big."

The families' recovery has been uneven. Some have moved into new apartments with help from a fund set up by the church; others are still living with relatives. Priya, 41, who asked to be identified only by her first name because she fled an abusive relationship, said she is still sleeping on her sister's couch with her two sons.

"My boys ask me every week when we are going home," Priya said. "I tell them home is wherever the three of us are. I am not sure they believe me."

Her oldest son, Arjun, 12, has started a small business mowing lawns to help. "I made $140 last month," he said proudly. "Mom said I could keep twenty."

The church's pastor, the Rev. Lyle Hammond, said the fund had raised about $310,000 from more than 2,000 donors, most of them giving less than $50.

“We did not plan any of this,” Hammond said. “People just kept showing up with casseroles and checks.”

On a recent Saturday, the families gathered for a barbecue in the church parking lot. Dwayne manned the grill. Maria brought tamales. The children chased each other around a borrowed bounce house.

“This is the part nobody tells you about,” Maria said, watching Lucy climb onto Tom's shoulders. “Everybody talks about what you lose. Nobody talks about what you find.”
"""

FIRST_NAMES_GOLD: Gold = (
    ("I can't throw it away and I can't wash it,", "Maria", "Maria"),
    ("So it lives up there, like a little ghost.", "Maria", "Maria"),
    ("Before the fire, I knew maybe two people on this street,", "Dwayne", "Dwayne"),
    ("Now I know everybody's kids' names and who is allergic to peanuts.", "Dwayne", "Dwayne"),
    ("She was screaming so loud I couldn't understand her,", "Tom", "Tom"),
    ("I just kept saying, 'Where is the baby? Where is the baby?'", "Tom", "Tom"),
    ("I didn't think about it,", "Ana Ruiz", "Ruiz"),
    (
        "You hear a child crying in smoke, your body goes before your brain does.",
        "Ana Ruiz",
        "Ruiz",
    ),
    ("The fireman let me wear his hat,", "Lucy", "she"),
    ("It was too big.", "Lucy", "she"),
    ("My boys ask me every week when we are going home,", "Priya", "Priya"),
    (
        "I tell them home is wherever the three of us are. I am not sure they believe me.",
        "Priya",
        "Priya",
    ),
    ("I made $140 last month,", "Arjun", "he"),
    ("Mom said I could keep twenty.", "Arjun", "he"),
    ("We did not plan any of this,", "Lyle Hammond", "Hammond"),
    ("People just kept showing up with casseroles and checks.", "Lyle Hammond", "Hammond"),
    ("This is the part nobody tells you about,", "Maria", "Maria"),
    ("Everybody talks about what you lose. Nobody talks about what you find.", "Maria", "Maria"),
)

SCHOOL_BOARD = """School board votes to close two elementary schools despite parents' pleas

By Kendra Oakes, Staff Writer

The Cedar Falls Community School Board voted 5-2 late Monday to close Lincoln and Hawthorne elementary schools at the end of the school year, after a four-hour meeting in which more than 60 parents, teachers and students spoke against the plan.

Superintendent Dr. Renee Alvarado said the district faced a $6.8 million budget gap and declining enrollment that left both buildings less than half full.

"Nobody on this board wanted to be here tonight," Alvarado said before the vote. "But we cannot keep paying to heat empty classrooms while we cut teachers everywhere else."

The plan will move about 410 students to three other elementary schools and save an estimated $2.1 million a year, according to district figures.

Parents packed the middle school auditorium, many wearing green T-shirts that read "Save Lincoln." Several said the district had not done enough to involve families before drawing up the plan.

"We found out from a Facebook post," said Jessica Tran, whose two children attend Lincoln. "That is not how you treat a community."

Marcus Bell, a father of three who lives four blocks from Hawthorne, said his children would now have to ride a bus for the first time. "My kindergartner is going to be on a bus for forty minutes each way," Bell said. "Did anyone on this board actually drive those routes?"

Students spoke too. Ella Morrison, a fifth-grader at Lincoln, read from a note she had written on lined paper.

“Lincoln is where I learned to read and where I made my best friend,” Ella said, her voice shaking. “Please don't take it away from the kids who come after me.”

Board member Greg Haskins, one of the two no votes, said the district should have waited a year to study other options, such as sharing buildings with the county library.

"We are making a decision that can't be undone, and we are making it in a hurry," Haskins said.

Board president Linda Sørensen disagreed. “We have been talking about this for three years,” she said. “Waiting another year just means the cuts land somewhere else.”

Teachers' union president Carl Dempsey said in an email after the meeting that the union would work to make sure no teachers lost their jobs as a result of the closures. "Our members will follow their students," Dempsey wrote. "We expect the district to honor every contract."

In an email to families sent Tuesday morning, Alvarado said transition teams would be formed at each school and that families would be able to tour their new buildings in April.

"I know this is painful," the superintendent wrote. "My promise is that every child will have a teacher who knows their name on the first day."

Some parents said they would keep fighting. Tran said a group of families had contacted a lawyer about whether the board had followed state rules for public notice.

“We are not done,” she said. “They have not heard the last of Lincoln.”
"""

SCHOOL_BOARD_GOLD: Gold = (
    ("Nobody on this board wanted to be here tonight,", "Renee Alvarado", "Alvarado"),
    (
        "But we cannot keep paying to heat empty classrooms while we cut teachers everywhere else.",
        "Renee Alvarado",
        "Alvarado",
    ),
    # (a T-shirt's words are its wearers', as a sign's are its carrier's)
    ("Save Lincoln.", "many", "many"),
    ("We found out from a Facebook post,", "Jessica Tran", "Jessica Tran"),
    ("That is not how you treat a community.", "Jessica Tran", "Jessica Tran"),
    ("My kindergartner is going to be on a bus for forty minutes each way,", "Marcus Bell", "Bell"),
    ("Did anyone on this board actually drive those routes?", "Marcus Bell", "Bell"),
    (
        "Lincoln is where I learned to read and where I made my best friend,",
        "Ella Morrison",
        "Ella",
    ),
    ("Please don't take it away from the kids who come after me.", "Ella Morrison", "Ella"),
    (
        "We are making a decision that can't be undone, and we are making it in a hurry,",
        "Greg Haskins",
        "Haskins",
    ),
    ("We have been talking about this for three years,", "Linda Sørensen", "she"),
    ("Waiting another year just means the cuts land somewhere else.", "Linda Sørensen", "she"),
    ("Our members will follow their students,", "Carl Dempsey", "Dempsey"),
    ("We expect the district to honor every contract.", "Carl Dempsey", "Dempsey"),
    ("I know this is painful,", "Renee Alvarado", "the superintendent"),
    (
        "My promise is that every child will have a teacher who knows their name on the first day.",
        "Renee Alvarado",
        "the superintendent",
    ),
    ("We are not done,", "Jessica Tran", "she"),
    ("They have not heard the last of Lincoln.", "Jessica Tran", "she"),
)

WEATHER_STORM = """Blizzard warning for upper Midwest as storm threatens 2 feet of snow

MINNEAPOLIS (AP) — A powerful winter storm barreling out of the Rockies was expected to bury parts of Minnesota, the Dakotas and northern Wisconsin under as much as 2 feet of snow by Thursday, with winds strong enough to make travel "impossible at times," the National Weather Service said.

Blizzard warnings covered more than 8 million people Tuesday night. Forecasters said snow would begin falling in western South Dakota before dawn Wednesday and reach the Twin Cities by the afternoon commute.

"This is the kind of storm you see once every five or ten years," said Jacob Lindqvist, a meteorologist with the weather service's office in Chanhassen. "The snow itself is bad enough. It's the wind on top of it that turns it dangerous."

Gusts of 50 to 60 mph were forecast across the open plains, where blowing snow could cut visibility to near zero. The weather service said in a bulletin that conditions would be "life-threatening" for anyone stranded in a vehicle.

Minnesota Gov. Ellen Thorsgaard declared a peacetime emergency and activated the National Guard to help with rescues. "Please, if you do not have to be on the road, stay home," Thorsgaard said at a news conference in St. Paul. "We would much rather you miss a day of work than miss the rest of your life."

More than 1,400 flights in and out of Minneapolis-St. Paul International Airport were canceled for Wednesday, according to the tracking site FlightAware. Delta Air Lines said it would waive change fees for travelers in the region.

In Fargo, North Dakota, residents cleared grocery store shelves of bread, milk and batteries. Hardware stores reported a run on snow shovels.

“I've lived here my whole life and I still get nervous before one of these,” said Dale Rasmussen, 71, loading bags of salt into his pickup outside a Fargo Menards. “You never know which one is going to be the bad one.”

Tasha Greene, a nurse who commutes 35 miles to a hospital in Moorhead, said she planned to sleep at work. "They set up cots in the break room," she said. "It is not glamorous, but at least I will be there when people need us."

Climate scientists say warmer air can hold more moisture, which can make heavy snowfall events more intense even as winters overall grow shorter. Dr. Amara Nwosu, a climatologist at the University of Wisconsin-Madison who studies Great Lakes weather, cautioned against blaming any single storm on climate change.

"What we can say is that the ingredients for big precipitation events are becoming more common," Nwosu said. "A warmer atmosphere is a wetter atmosphere, and in January that water comes down as snow."

The storm is expected to move into Michigan and Ontario on Friday. Behind it, forecasters warned, comes a blast of Arctic air that could send wind chills to 40 below zero by the weekend.

"Once the snow stops, the cold is going to be the story," Lindqvist said.
"""

WEATHER_STORM_GOLD: Gold = (
    ("impossible at times,", "National Weather Service", "the National Weather Service"),
    (
        "This is the kind of storm you see once every five or ten years,",
        "Jacob Lindqvist",
        "Jacob Lindqvist",
    ),
    (
        "The snow itself is bad enough. It's the wind on top of it that turns it dangerous.",
        "Jacob Lindqvist",
        "Jacob Lindqvist",
    ),
    ("life-threatening", "National Weather Service", "The weather service"),
    ("Please, if you do not have to be on the road, stay home,", "Ellen Thorsgaard", "Thorsgaard"),
    (
        "We would much rather you miss a day of work than miss the rest of your life.",
        "Ellen Thorsgaard",
        "Thorsgaard",
    ),
    (
        "I've lived here my whole life and I still get nervous before one of these,",
        "Dale Rasmussen",
        "Dale Rasmussen",
    ),
    ("You never know which one is going to be the bad one.", "Dale Rasmussen", "Dale Rasmussen"),
    ("They set up cots in the break room,", "Tasha Greene", "she"),
    (
        "It is not glamorous, but at least I will be there when people need us.",
        "Tasha Greene",
        "she",
    ),
    (
        "What we can say is that the ingredients for big precipitation events are becoming more common,",
        "Amara Nwosu",
        "Nwosu",
    ),
    (
        "A warmer atmosphere is a wetter atmosphere, and in January that water comes down as snow.",
        "Amara Nwosu",
        "Nwosu",
    ),
    ("Once the snow stops, the cold is going to be the story,", "Jacob Lindqvist", "Lindqvist"),
)

MARKETS_WRAP = """Stocks slip as bond yields climb; Nvidia-led rally fades

By Rachel Ivers and Tom Okafor

NEW YORK, Oct 14 (Reuters) - Wall Street's main indexes closed lower on Tuesday as a jump in Treasury yields weighed on richly valued technology shares and investors braced for a busy week of corporate earnings.

The Dow Jones Industrial Average fell 212.4 points, or 0.5%, to 44,318.7, the S&P 500 lost 0.7% to 6,391.2 and the Nasdaq Composite dropped 1.1% to 21,046.9.

The yield on the benchmark 10-year Treasury note rose to 4.61%, its highest since May, after a stronger-than-expected reading on producer prices.

"The market has been priced for a soft landing and perfect earnings, and today it got a reminder that neither is guaranteed," said Liam Cartwright, chief investment officer at Harlow Wealth Partners in New York.

Chipmakers, which led the market's rally over the past month, were among the biggest decliners. The Philadelphia semiconductor index fell 2.3%.

"Nobody is questioning the AI story itself," said Mei Tanaka, senior equity strategist at Corbell Securities in San Francisco. "What people are questioning is how much of it is already in the price."

"You've got yields going up, the dollar going up and oil going up all at once," said Derek Ames, portfolio manager at Kestrel Capital in Boston. "That combination has never been great for growth stocks."

Banks were a bright spot after two of the largest U.S. lenders reported better-than-expected third-quarter profits. JPMorgan Chase shares rose 1.8%.

Those results "took some of the recession talk off the table, at least for a day," said Sunita Rao, head of U.S. financials research at Pryor & Lane.

Traders are pricing in a roughly 60% chance that the Federal Reserve will cut interest rates at its December meeting, down from about 75% a week ago, according to CME Group's FedWatch tool.

Fed Governor Paula Stenberg said in a speech in Chicago that the central bank could "afford to be patient" with inflation still above its 2% target.

"The Fed is telling you, as clearly as it can, that it is in no hurry," said Marco Delgado, chief U.S. economist at Ridgefield Advisors. "The market keeps trying to pull cuts forward, and the Fed keeps pushing back."

Among individual stocks, Harborline Airlines tumbled 9.4% after the carrier cut its full-year forecast, citing higher fuel costs.

Advancing issues outnumbered decliners on the NYSE by a 1.2-to-1 ratio; on Nasdaq, a 1.5-to-1 ratio favored decliners.

"I would not read too much into one day," Cartwright added. "But the bond market is sending a signal, and equity investors ignore it at their peril."

(Reporting by Rachel Ivers and Tom Okafor in New York; Editing by Paul Simao)
"""

MARKETS_WRAP_GOLD: Gold = (
    (
        "The market has been priced for a soft landing and perfect earnings, and today it "
        "got a reminder that neither is guaranteed,",
        "Liam Cartwright",
        "Liam Cartwright",
    ),
    ("Nobody is questioning the AI story itself,", "Mei Tanaka", "Mei Tanaka"),
    (
        "What people are questioning is how much of it is already in the price.",
        "Mei Tanaka",
        "Mei Tanaka",
    ),
    (
        "You've got yields going up, the dollar going up and oil going up all at once,",
        "Derek Ames",
        "Derek Ames",
    ),
    ("That combination has never been great for growth stocks.", "Derek Ames", "Derek Ames"),
    (
        "took some of the recession talk off the table, at least for a day,",
        "Sunita Rao",
        "Sunita Rao",
    ),
    ("afford to be patient", "Paula Stenberg", "Fed Governor Paula Stenberg"),
    (
        "The Fed is telling you, as clearly as it can, that it is in no hurry,",
        "Marco Delgado",
        "Marco Delgado",
    ),
    (
        "The market keeps trying to pull cuts forward, and the Fed keeps pushing back.",
        "Marco Delgado",
        "Marco Delgado",
    ),
    ("I would not read too much into one day,", "Liam Cartwright", "Cartwright"),
    (
        "But the bond market is sending a signal, and equity investors ignore it at their peril.",
        "Liam Cartwright",
        "Cartwright",
    ),
)

FOOTBALL_PRESSER = """Moura admits United 'not good enough' as pressure mounts after derby defeat

Manchester United manager Rui Moura admitted his side were "not good enough in any department" after a 3-0 derby defeat at the Etihad on Sunday left them 14th in the Premier League table.

The Portuguese, who replaced Erik Vandermeer in November, faced questions about his future for the first time at his post-match press conference.

“I will not hide,” the 54-year-old said. “The players will not hide. We have to look at ourselves, and we have to look at ourselves today, not tomorrow.”

Goals from Tomás Reyes, a Kaspar Lindholm header and a late penalty from Joel Ayew gave City a comfortable win in a match United barely contested after the break.

Asked whether he still had the backing of the club's owners, Moura said he had spoken to chief executive Oliver Brandt before the game. “My relationship with the board is very good,” he said. “They know what we are building. It takes time.”

City manager Pere Vallès was gracious in victory. "United have good players and a good coach," the Catalan said. "Derbies are always difficult, and today we were a little bit better in the important moments."

United captain Bruno Salgado was more blunt. "It's embarrassing," the midfielder told Sky Sports. "We owe the fans an apology. They travelled here and we gave them nothing."

Later on Sunday, Salgado posted on Instagram: "No excuses. We will respond." The post received more than 300,000 likes within two hours.

In a statement on Monday, the club confirmed that defender Lucas Varga had suffered a hamstring injury and would be out for up to six weeks. "Lucas will continue his rehabilitation at Carrington under the supervision of the club's medical staff," the statement said.

The club also confirmed it had agreed a £42 million fee with Benfica for 21-year-old winger Diogo Matias, subject to a medical and personal terms.

Matias is expected to travel to Manchester on Tuesday. "Diogo is a player we have followed for a long time," Moura said on Monday. "He is fast, he is brave and he wants the ball. That is what we need."

Former United defender Gary Nolan, now a pundit, said the problem ran deeper than the manager. "You can change the coach every six months and you will still be 14th if you do not fix the recruitment," Nolan said on Sky Sports. "This club has been buying names, not players, for ten years."

United host Aston Villa at Old Trafford on Saturday.

"We have a chance to react in six days," Moura said. "I want to see a team with pride."
"""

FOOTBALL_PRESSER_GOLD: Gold = (
    ("not good enough in any department", "Rui Moura", "Rui Moura"),
    ("I will not hide,", "Rui Moura", "the 54-year-old"),
    (
        "The players will not hide. We have to look at ourselves, and we have to look at "
        "ourselves today, not tomorrow.",
        "Rui Moura",
        "the 54-year-old",
    ),
    ("My relationship with the board is very good,", "Rui Moura", "he"),
    ("They know what we are building. It takes time.", "Rui Moura", "he"),
    ("United have good players and a good coach,", "Pere Vallès", "the Catalan"),
    (
        "Derbies are always difficult, and today we were a little bit better in the important moments.",
        "Pere Vallès",
        "the Catalan",
    ),
    ("It's embarrassing,", "Bruno Salgado", "the midfielder"),
    (
        "We owe the fans an apology. They travelled here and we gave them nothing.",
        "Bruno Salgado",
        "the midfielder",
    ),
    ("No excuses. We will respond.", "Bruno Salgado", "Salgado"),
    (
        "Lucas will continue his rehabilitation at Carrington under the supervision of the club's medical staff,",
        "the club",
        "the statement",
    ),
    ("Diogo is a player we have followed for a long time,", "Rui Moura", "Moura"),
    ("He is fast, he is brave and he wants the ball. That is what we need.", "Rui Moura", "Moura"),
    (
        "You can change the coach every six months and you will still be 14th if you do not fix the recruitment,",
        "Gary Nolan",
        "Nolan",
    ),
    ("This club has been buying names, not players, for ten years.", "Gary Nolan", "Nolan"),
    ("We have a chance to react in six days,", "Rui Moura", "Moura"),
    ("I want to see a team with pride.", "Rui Moura", "Moura"),
)

TECH_KEYNOTE = """Lumora unveils 'Halo' glasses, bets on AI you can wear

By Dev Khanna

SAN JOSE, Calif. — Lumora chief executive Sara Lindgren walked onto the stage at the company's annual developer conference on Tuesday wearing what looked like an ordinary pair of tortoiseshell glasses.

"These are the most personal computer we have ever built," Lindgren told the audience of about 5,000 developers. "They see what you see, they hear what you hear, and they only speak when you want them to."

The glasses, called Halo, pair with a phone and run the company's Lumen assistant, which can translate conversations, read signs aloud and answer questions about what the wearer is looking at. They go on sale in the U.S. in November for $799.

Lindgren spent much of the 90-minute keynote on privacy, a sore point for the company since regulators in Europe fined it last year over how it handled voice recordings. A small light on the frame glows whenever the camera is recording, she said, and images are processed on the device "unless you explicitly ask for help from the cloud."

"We learned some hard lessons," she said. "Trust is not a feature you add at the end."

In a blog post published during the keynote, Lumora's head of hardware, Tomasz Wierzbicki, wrote that the team had gone through 41 prototypes. "The first one weighed as much as a pair of ski goggles," he wrote. "This one weighs 46 grams."

Analysts were cautiously impressed. "The demo was slick, and the price is lower than I expected," said Priya Venkataraman, an analyst at Brightline Research. "The question is whether normal people want a camera on their face all day."

Lumora also announced an update to its Lumen assistant, called "Lumen Live," that can hold a spoken conversation and remember context across days. A developer kit, "Halo Studio," will let outside companies build apps for the glasses.

Jonah Reyes, the founder of a startup that makes navigation software for blind users, said Halo could be "life-changing" for his customers. "For a blind person, a device that can describe a room out loud is not a gadget," Reyes said after the keynote. "It's independence."

Not everyone was convinced. Privacy advocate Imogen Shaw of the Open Rights Coalition said the recording light was "a fig leaf."

“The people being filmed are not the ones who agreed to anything,” Shaw said. “A tiny light does not change that.”

Lumora's shares rose 3.2% after the event.

In an interview with Bloomberg Television after the keynote, Lindgren said the company was not trying to replace the phone. "The phone is not going anywhere," she said. "We are trying to give you your eyes back."

She also hinted at what comes next. Asked whether Lumora was working on glasses with a built-in display, Lindgren smiled. "We have a lot of things in the lab," she said. "Some of them will never leave it."
"""

TECH_KEYNOTE_GOLD: Gold = (
    ("These are the most personal computer we have ever built,", "Sara Lindgren", "Lindgren"),
    (
        "They see what you see, they hear what you hear, and they only speak when you want them to.",
        "Sara Lindgren",
        "Lindgren",
    ),
    ("unless you explicitly ask for help from the cloud.", "Sara Lindgren", "she"),
    ("We learned some hard lessons,", "Sara Lindgren", "she"),
    ("Trust is not a feature you add at the end.", "Sara Lindgren", "she"),
    ("The first one weighed as much as a pair of ski goggles,", "Tomasz Wierzbicki", "he"),
    ("This one weighs 46 grams.", "Tomasz Wierzbicki", "he"),
    (
        "The demo was slick, and the price is lower than I expected,",
        "Priya Venkataraman",
        "Priya Venkataraman",
    ),
    (
        "The question is whether normal people want a camera on their face all day.",
        "Priya Venkataraman",
        "Priya Venkataraman",
    ),
    ("life-changing", "Jonah Reyes", "Jonah Reyes"),
    (
        "For a blind person, a device that can describe a room out loud is not a gadget,",
        "Jonah Reyes",
        "Reyes",
    ),
    ("It's independence.", "Jonah Reyes", "Reyes"),
    ("a fig leaf.", "Imogen Shaw", "Imogen Shaw of the Open Rights Coalition"),
    ("The people being filmed are not the ones who agreed to anything,", "Imogen Shaw", "Shaw"),
    ("A tiny light does not change that.", "Imogen Shaw", "Shaw"),
    ("The phone is not going anywhere,", "Sara Lindgren", "she"),
    ("We are trying to give you your eyes back.", "Sara Lindgren", "she"),
    ("We have a lot of things in the lab,", "Sara Lindgren", "she"),
    ("Some of them will never leave it.", "Sara Lindgren", "she"),
)

CRIME_FAMILY = """Family of slain teen pleads for witnesses as police release 911 call

By Jerome Castillo, Staff Reporter

OAKLAND, Calif. — The mother of a 17-year-old boy shot and killed outside a convenience store last week begged witnesses on Thursday to come forward, as police released a recording of the 911 call made moments after the shooting.

Devante Harris, a junior at Fremont High School who played wide receiver on the football team, was shot twice in the chest around 9:40 p.m. on Oct. 3 in the 2900 block of International Boulevard, police said. He died at a hospital early the next morning.

"My son was not in a gang. My son was not selling anything. My son went to buy a bag of chips," his mother, Kiana Harris, said at a news conference outside police headquarters, holding a framed photo of him in his football uniform. "Somebody saw something. Please, I am begging you."

No arrests have been made. Police said investigators believe the shooter fired from a dark sedan that drove off toward 35th Avenue.

“We know there were at least six people in and around that store when the shots were fired,” said Lt. Carmen Ochoa, who heads the department's homicide section. “Any one of them could be the person who helps us close this case.”

On the 911 recording, a store clerk can be heard telling the dispatcher that a young man had collapsed in the doorway.

"He's bleeding a lot, he's bleeding a lot," the clerk said. "Please hurry, he's not talking."

"Is he breathing?" the dispatcher asked.

"I don't know, I don't know," the clerk answered.

Devante's older brother, Marcus, 22, said the family had been overwhelmed by messages from classmates and coaches. “He was the funny one,” Marcus said. “He could make my mom laugh on her worst day.”

His football coach, Antoine Greer, said the team would wear Devante's number, 11, on their helmets for the rest of the season. "He was the first one at practice and the last one to leave," Greer said. "Kids like that are supposed to grow up."

The shooting was the city's 58th homicide of the year, police said, down from 72 at the same point last year.

Mayor Lorraine Chu said the city had added patrols along International Boulevard. "One death is one too many," Chu said in a statement. "We will not rest until the person responsible is held accountable."

A $25,000 reward has been offered for information leading to an arrest. Anyone with information is asked to call the homicide tip line.

Kiana Harris said she had not slept more than two hours a night since the shooting.

“Every time a car goes by, I think it's him coming home,” she said. “Then I remember.”
"""

CRIME_FAMILY_GOLD: Gold = (
    (
        "My son was not in a gang. My son was not selling anything. My son went to buy a bag of chips,",
        "Kiana Harris",
        "his mother",
    ),
    ("Somebody saw something. Please, I am begging you.", "Kiana Harris", "his mother"),
    (
        "We know there were at least six people in and around that store when the shots were fired,",
        "Carmen Ochoa",
        "Lt. Carmen Ochoa",
    ),
    (
        "Any one of them could be the person who helps us close this case.",
        "Carmen Ochoa",
        "Lt. Carmen Ochoa",
    ),
    ("He's bleeding a lot, he's bleeding a lot,", "a store clerk", "the clerk"),
    ("Please hurry, he's not talking.", "a store clerk", "the clerk"),
    ("Is he breathing?", "the dispatcher", "the dispatcher"),
    ("I don't know, I don't know,", "a store clerk", "the clerk"),
    ("He was the funny one,", "Marcus", "Marcus"),
    ("He could make my mom laugh on her worst day.", "Marcus", "Marcus"),
    ("He was the first one at practice and the last one to leave,", "Antoine Greer", "Greer"),
    ("Kids like that are supposed to grow up.", "Antoine Greer", "Greer"),
    ("One death is one too many,", "Lorraine Chu", "Chu"),
    ("We will not rest until the person responsible is held accountable.", "Lorraine Chu", "Chu"),
    ("Every time a car goes by, I think it's him coming home,", "Kiana Harris", "she"),
    ("Then I remember.", "Kiana Harris", "she"),
)

HEALTH_STUDY = """Weekly shot cut heart attacks by a fifth in large trial, researchers say

By Elena Marsh, Health Reporter

A once-weekly injection that lowers a little-studied form of cholesterol reduced heart attacks, strokes and cardiac deaths by 21% in people at high risk, according to a large international trial published Saturday in The New England Journal of Medicine.

The drug, called olpasiran-B in the study and developed by Cambria Therapeutics, targets lipoprotein(a), a particle in the blood that is largely determined by genetics and that standard statins do little to lower. About one in five people have elevated levels.

"For decades we have told these patients there was nothing we could do about their Lp(a)," said Dr. Helena Brandt, a cardiologist at the Karolinska Institute in Stockholm and the study's lead author. "This is the first time we can tell them something different."

The trial followed 14,200 adults in 31 countries for a median of 3.4 years. Those who received the injection had 412 major cardiac events, compared with 518 among those given a placebo.

The journal's editors called the findings "an important step" but noted that the drug's long-term safety remains unknown. The most common side effect was pain at the injection site, reported by about 8% of patients.

Dr. Raymond Osei, a preventive cardiologist at Johns Hopkins University who was not involved in the study, said the results were encouraging but should be kept in perspective.

"A 21% relative reduction is meaningful, but it is not a miracle," Osei said. "Most of these patients still need to control their blood pressure, stop smoking and take their statins."

The study was funded by Cambria, and several of the authors are paid consultants to the company, the paper says.

Cambria said in a statement that it would seek approval from the U.S. Food and Drug Administration by the end of the year. The company has not announced a price, but analysts expect it to cost several thousand dollars a year.

Among the trial's participants was Gordon Pike, 63, a retired firefighter from Leeds, England, who had a heart attack at 51 despite being fit and a nonsmoker. He learned only afterward that his Lp(a) level was nearly five times the normal range.

"I did everything right and it still nearly killed me," Pike said in a phone interview. "When the nurse told me it was in my genes, I thought, well, that's that, then."

His daughter, Amy, has since been tested and also has a high level. "She's 34. She has two little ones," he said. "If this gives her a different story than mine, that's worth everything."

Dr. Lucia Fernández, a researcher at the Spanish National Center for Cardiovascular Research who co-wrote an editorial accompanying the study, urged doctors to test more patients.

“Most people with high Lp(a) do not know it, because nobody has ever checked,” she wrote. “That should change now, whether or not this particular drug is approved.”

Brandt said a second trial, looking at whether the drug can slow the narrowing of heart valves, is expected to report results in 2027.

"We have opened a door," she said. "Now we have to find out how far it goes."
"""

HEALTH_STUDY_GOLD: Gold = (
    (
        "For decades we have told these patients there was nothing we could do about their Lp(a),",
        "Helena Brandt",
        "Dr. Helena Brandt",
    ),
    (
        "This is the first time we can tell them something different.",
        "Helena Brandt",
        "Dr. Helena Brandt",
    ),
    ("an important step", "The journal's editors", "The journal's editors"),
    ("A 21% relative reduction is meaningful, but it is not a miracle,", "Raymond Osei", "Osei"),
    (
        "Most of these patients still need to control their blood pressure, stop smoking and take their statins.",
        "Raymond Osei",
        "Osei",
    ),
    ("I did everything right and it still nearly killed me,", "Gordon Pike", "Pike"),
    (
        "When the nurse told me it was in my genes, I thought, well, that's that, then.",
        "Gordon Pike",
        "Pike",
    ),
    ("She's 34. She has two little ones,", "Gordon Pike", "he"),
    (
        "If this gives her a different story than mine, that's worth everything.",
        "Gordon Pike",
        "he",
    ),
    (
        "Most people with high Lp(a) do not know it, because nobody has ever checked,",
        "Lucia Fernández",
        "she",
    ),
    (
        "That should change now, whether or not this particular drug is approved.",
        "Lucia Fernández",
        "she",
    ),
    ("We have opened a door,", "Helena Brandt", "she"),
    ("Now we have to find out how far it goes.", "Helena Brandt", "she"),
)

CASES: dict[str, tuple[str, Gold]] = {
    "war_strikes": (WAR_STRIKES, WAR_STRIKES_GOLD),
    "celebrity_split": (CELEBRITY_SPLIT, CELEBRITY_SPLIT_GOLD),
    "documents_probe": (DOCUMENTS_PROBE, DOCUMENTS_PROBE_GOLD),
    "religion_homily": (RELIGION_HOMILY, RELIGION_HOMILY_GOLD),
    "first_names": (FIRST_NAMES, FIRST_NAMES_GOLD),
    "school_board": (SCHOOL_BOARD, SCHOOL_BOARD_GOLD),
    "weather_storm": (WEATHER_STORM, WEATHER_STORM_GOLD),
    "markets_wrap": (MARKETS_WRAP, MARKETS_WRAP_GOLD),
    "football_presser": (FOOTBALL_PRESSER, FOOTBALL_PRESSER_GOLD),
    "tech_keynote": (TECH_KEYNOTE, TECH_KEYNOTE_GOLD),
    "crime_family": (CRIME_FAMILY, CRIME_FAMILY_GOLD),
    "health_study": (HEALTH_STUDY, HEALTH_STUDY_GOLD),
}

#: Stories whose remaining errors no general rule fixes yet, with the reason
#: (the test fails if they start passing).
KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize("name", story_names(CASES, KNOWN_FAILURES))
def test_beats_story(name: str) -> None:
    text, gold = CASES[name]
    check_story(name, text, gold, {})


def _said(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (q.text, q.speaker.name, q.speaker.mention) if q.speaker else (q.text, None, None)
        for q in find_quotes(text)
    ]


_PIKE = (
    "Gordon Pike, 63, had a heart attack at 51.\n\n{kin}, {name}, has since been tested. {quote}"
)


@pytest.mark.parametrize(
    ("kin", "name", "quote", "speaker"),
    [
        # a daughter known by her first name alone is no "he"
        ("His daughter", "Amy", '"She has two little ones," he said.', "Gordon Pike"),
        ("His daughter", "Wren", '"She has two little ones," he said.', "Gordon Pike"),
        ("Her husband", "Sami", '"She has two little ones," she said.', None),
        # ... and is "she" (near miss: the word of kin gives the gender, as before)
        ("His daughter", "Amy", '"He is doing fine," she said.', "Amy"),
        ("His son", "Tom", '"She is doing fine," he said.', "Tom"),
    ],
)
def test_a_word_of_kin_gives_a_first_name_its_gender(
    kin: str, name: str, quote: str, speaker: str | None
) -> None:
    ((_, said, _),) = _said(_PIKE.format(kin=kin, name=name, quote=quote))
    assert said == speaker or (speaker is None and said not in ("Sami", "Gordon Pike"))


_MANAGER = (
    "Rovers lost 3-0 on Sunday, and manager Rui Moura admitted his side were poor.\n\n"
    "{middle}\n\n"
    '"I will not hide," the {epithet} said.'
)


@pytest.mark.parametrize(
    ("middle", "epithet", "name"),
    [
        # an epithet opening the paragraph above stands for the one named above it,
        # not for one named in its clause
        (
            "The Portuguese, who replaced Erik Vandermeer in November, faced questions.",
            "54-year-old",
            "Rui Moura",
        ),
        ("The 54-year-old, who replaced Erik Vandermeer in May, was calm.", "Portuguese", None),
        ("The Portuguese replaced Erik Vandermeer in November.", "54-year-old", "Rui Moura"),
        # near misses: a name that opens the paragraph, or a body, is its subject
        ("Erik Vandermeer faced questions.", "54-year-old", "Erik Vandermeer"),
        (
            "The German government, which backed Erik Vandermeer, said nothing.",
            "54-year-old",
            "Erik Vandermeer",
        ),
    ],
)
def test_an_epithet_that_opens_the_paragraph_above(
    middle: str, epithet: str, name: str | None
) -> None:
    quote = _said(_MANAGER.format(middle=middle, epithet=epithet))[-1]
    assert quote[1] == name or (name is None and quote[1] != "Erik Vandermeer")


@pytest.mark.parametrize(
    ("opening", "noun", "name"),
    [
        # a regional or a newer nationality noun: the one person named before it
        ("City manager Pere Vall\u00e8s was gracious in victory.", "Catalan", "Pere Vall\u00e8s"),
        ("Coach Diego Su\u00e1rez was gracious in victory.", "Uruguayan", "Diego Su\u00e1rez"),
        # near miss: a word for no nationality stays unresolved
        ("City manager Pere Vall\u00e8s was gracious in victory.", "Visitor", "the Visitor"),
    ],
)
def test_more_nationality_epithets(opening: str, noun: str, name: str) -> None:
    said = _said(f'{opening} "We were a little bit better," the {noun} said.')
    assert said[-1][1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a business's name set off after the body a spokesperson speaks for
        (
            "A spokesperson for the tour's promoter, Halcyon Live, said the dates were "
            '"absolutely not affected" by the news.',
            "A spokesperson for the tour's promoter",
        ),
        (
            'A spokesman for the label, Northgate Sound, said the album was "on schedule."',
            "A spokesman for the label",
        ),
        # near misses: a common first name, a surname used again, a ministry's spokesman
        (
            'A spokesman for the label, Tom Kessler, said the album was "on schedule."',
            "Tom Kessler",
        ),
        (
            'A spokesman for the label, Ekow Mensah, said the album was "on schedule." '
            "Mensah added that the tour would go ahead.",
            "Ekow Mensah",
        ),
        (
            'A spokesman for the ministry, Nasser Kanan, said the talks were "over."',
            "Nasser Kanan",
        ),
    ],
)
def test_a_body_named_after_a_spokespersons_description(text: str, name: str) -> None:
    ((_, said, _), *_) = _said(text)
    assert said == name


@pytest.mark.parametrize(
    ("opening", "noun", "name"),
    [
        # an unnamed speaker placed in a region, set off before the cue
        (
            "A Ukrainian military spokesman in the east, who spoke on condition of "
            "anonymity, said the groups had pushed on.",
            "spokesman",
            "A Ukrainian military spokesman in the east",
        ),
        (
            "A woman in the crowd, who did not give her name, said the march was peaceful.",
            "woman",
            "A woman in the crowd",
        ),
        # near miss: a state set off after the town stays the town's
        (
            "A man in Dayton, Ohio, told reporters the storm had passed.",
            "man",
            "A man in Dayton, Ohio",
        ),
    ],
)
def test_an_unnamed_speaker_placed_somewhere(opening: str, noun: str, name: str) -> None:
    assert _said(f'{opening}\n\n"They come in small groups," the {noun} said.')[-1][1] == name


@pytest.mark.parametrize(
    ("opening", "noun", "name"),
    [
        # the speaker of a recording, "heard telling"
        (
            "On the 911 recording, a store clerk can be heard telling the dispatcher that "
            "a man had collapsed.",
            "clerk",
            "a store clerk",
        ),
        # near miss: one who heard another is no subject of the cue
        ("She heard a clerk telling the dispatcher about a man.", "clerk", "the clerk"),
    ],
)
def test_one_heard_telling_speaks_on(opening: str, noun: str, name: str) -> None:
    said = _said(f'{opening}\n\n"He is bleeding a lot," the {noun} said.')
    assert said[-1][1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "the weather service" is the National Weather Service named before
        (
            'Winds could make travel "impossible at times," the National Weather Service said.\n\n'
            'The weather service said conditions would be "life-threatening" by night.',
            "National Weather Service",
        ),
        # near miss: another service named before leaves it unresolved
        (
            "The National Health Service said waits were long.\n\n"
            'The weather service said conditions would be "life-threatening" by night.',
            "The weather service",
        ),
    ],
)
def test_a_body_described_with_its_qualifier(text: str, name: str) -> None:
    assert _said(text)[-1][1] == name


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        # "the statement" after "In a statement, X confirmed": X's
        ("In a statement on Monday, the club confirmed the injury.", "the club"),
        ("In a short statement, the ministry confirmed the talks had failed.", "the ministry"),
        # ... and after "X said in a statement"
        ("The club said in a statement that he was injured.", "The club"),
        ("The club said on Monday in a written statement that he was hurt.", "The club"),
        ("Jo Lind, the club's owner, said in a statement that he was hurt.", "Jo Lind"),
        # near misses: a statement another put out, one no one issued, a pronoun's
        ("The club said in March that he was fit. The injury came later.", "the statement"),
        ("She said in a statement that he was injured.", "the statement"),
    ],
)
def test_the_statement_of_one_who_confirmed_in_it(opening: str, name: str) -> None:
    text = f'United lost 3-0.\n\n{opening} "He will recover," the statement said.'
    assert _said(text)[-1][1:] == (name, "the statement")
    # (in the article's first paragraph, or the one before the quote's, as well)
    assert _said(f'{opening} "He will recover," the statement said.')[-1][1] == name
    text = f'United lost 3-0.\n\n{opening}\n\n"He will recover," the statement said.'
    assert _said(text)[-1][1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "the company" after a company named by one word said "it would"
        (
            'Marlow said the claims were "without merit" and that it would defend itself. '
            '"Patient safety comes first," the company said.',
            "Marlow",
        ),
        # near miss: "it would" inside the quote is no company's
        (
            'Lind said the claims were "without merit, it would be silly" and left. '
            '"Patient safety comes first," the company said.',
            "the company",
        ),
    ],
)
def test_the_company_after_a_quote_in_its_sentence(text: str, name: str) -> None:
    assert _said(text)[-1][1] == name


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        # one who did not respond hands on no speaker to the next paragraph
        ("His agent did not respond to a request for comment.", None),
        ("His agent did not immediately respond to a request for comment.", None),
        # near miss: one who spoke last does
        ("His agent said the film was good.", "His agent"),
    ],
)
def test_no_answer_hands_on_no_speaker(before: str, speaker: str | None) -> None:
    text = (
        f"{before}\n\nThe film opens in May. The trailer ends on a warning, "
        '"Nobody walks away clean," which fans loved.'
    )
    assert [said[1] for said in _said(text)] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("owner", "cited"),
    [
        # a film's tagline, slogan or motto in print is cited: no one's speech
        ("the film's tagline", True),
        ("the film's slogan", True),
        ("the film's motto", True),
        # near miss: a warning the trailer ends on may be the speaker's before
        ("a warning", False),
    ],
)
def test_a_tagline_is_cited(owner: str, cited: bool) -> None:
    text = (
        "His agent said the film was good.\n\n"
        'The split comes weeks before the new film, the crime thriller "Northbound," opens '
        f'in theaters. The trailer ends on {owner}, "Nobody walks away clean in this town," '
        "which fans quickly turned into a meme."
    )
    assert (not _said(text)) == cited
