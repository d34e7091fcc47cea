"""Quotes and speakers in invented news stories of genres not tried before.

Every story here is invented (names, places, figures and words; no real story
is copied), 400-800 words long, in the house style of one kind of outlet: a
football match report with both managers and players (a surname alone, a
nickname, ``the Spaniard``, ``the 23-year-old``), an earnings story with an
analyst call (executives by title, analysts by firm), a day of a criminal trial
(witness, prosecutor, defence lawyer, judge, ``the defendant``), a landslide
with rescuers and residents known by first name and age, a science paper with
its lead author, co-author and outside experts, an obituary with tributes, a
feature profile whose subject speaks across many paragraphs beside relatives of
her surname, a police news conference with reporters' questions, an
investigation built on emails, documents and anonymous staff, an airline merger
with two chief executives, an election night with speeches, an awards night
with acceptance speeches, a health story with patients and doctors, and a rail
strike with union and company spokespeople.  They mix ``said``, ``says``,
``told``, ``added``, ``according to``, colon introductions, inverted ``said X``,
split and multi-paragraph quotes, quote-only paragraphs that go on with a
speaker, and titles, labels and scare quotes that are no quotes.  The gold
follows :mod:`tests.test_quotes_unseen`: every quote of
:attr:`Article.quotes` in text order with its speaker's name and mention.
"""

from __future__ import annotations

import pytest

from newsstruct import parse_article
from tests.test_quotes_unseen import Gold, check_story, story_names

SPORTS_MATCH = """Late Ramos header rescues point for Rovers in derby thriller

By Callum Reid, Sports Reporter

Harbour Rovers 2 Ellesmere City 2

Diego Ramos headed a stoppage-time equaliser to earn Harbour Rovers a 2-2 draw against Ellesmere City in a frantic derby at Quayside Park on Saturday.

City looked set to take all three points after goals from Tom Pickering and Jamal Okoro either side of half-time, but Rovers refused to lie down. Substitute Liam Fenwick pulled one back with 12 minutes left before Ramos rose highest to meet a corner in the fourth minute of added time.

"I just closed my eyes and went for it," said the Spaniard, who has now scored in four successive league games. "The lads never stopped believing, and neither did the fans."

Rovers manager Steve Hollins admitted his side had been second best for long spells.

"For an hour we were nowhere near it," Hollins told BBC Radio Tees. "City were sharper, hungrier, they won every second ball. I said to the players at half-time that the badge deserved more than that."

He added: "But the reaction was magnificent. You cannot coach that kind of spirit."

Okoro, the 23-year-old who joined City from Bristol in the summer, had looked like the match-winner when he curled a superb effort into the top corner early in the second half.

"It hurts," said Okoro. "We had the game in our hands and we let it go. We have to learn to see games out."

City boss Marta Kowalczyk was furious with the officials over the corner that led to the equaliser, which replays suggested should have been a goal-kick.

"It was never a corner," she said. "Everyone in the ground saw it except the one man who matters. I am not going to say more than that because I do not want to be fined."

Kowalczyk did, however, praise her captain, Pickering, who opened the scoring with a low drive from the edge of the box after 28 minutes.

"Picks was outstanding today," she said. "He leads by example."

Pickering himself was in no mood to celebrate. "A draw feels like a defeat," the veteran midfielder said. "We will look at the tape on Monday and be honest with ourselves."

Fenwick, whose goal sparked the comeback, said he had been itching to get on the pitch.

"The gaffer told me to go and make a nuisance of myself," said the striker. "That is what I did."

The result leaves Rovers 14th in the table, four points above the relegation zone, while City drop to sixth. Both sides are back in action on Tuesday night, with Rovers away at Carlisle and City at home to Northgate.

Hollins, who has been under pressure after a run of one win in eight matches, insisted the point could be a turning point.

"Moments like that can define a season," he said. "We will see."
"""

SPORTS_MATCH_GOLD: Gold = (
    # the story never says Ramos is Spanish (he is so only to a reader who knows
    # him): a nationality no one is introduced with names no one, as written
    ("I just closed my eyes and went for it,", "the Spaniard", "the Spaniard"),
    ("The lads never stopped believing, and neither did the fans.", "the Spaniard", "the Spaniard"),
    ("For an hour we were nowhere near it,", "Steve Hollins", "Hollins"),
    (
        "City were sharper, hungrier, they won every second ball. I said to the players at half-time that the badge deserved more than that.",
        "Steve Hollins",
        "Hollins",
    ),
    (
        "But the reaction was magnificent. You cannot coach that kind of spirit.",
        "Steve Hollins",
        "He",
    ),
    ("It hurts,", "Jamal Okoro", "Okoro"),
    (
        "We had the game in our hands and we let it go. We have to learn to see games out.",
        "Jamal Okoro",
        "Okoro",
    ),
    ("It was never a corner,", "Marta Kowalczyk", "she"),
    (
        "Everyone in the ground saw it except the one man who matters. I am not going to say more than that because I do not want to be fined.",
        "Marta Kowalczyk",
        "she",
    ),
    ("Picks was outstanding today,", "Marta Kowalczyk", "she"),
    ("He leads by example.", "Marta Kowalczyk", "she"),
    ("A draw feels like a defeat,", "Tom Pickering", "the veteran midfielder"),
    (
        "We will look at the tape on Monday and be honest with ourselves.",
        "Tom Pickering",
        "the veteran midfielder",
    ),
    ("The gaffer told me to go and make a nuisance of myself,", "Liam Fenwick", "the striker"),
    ("That is what I did.", "Liam Fenwick", "the striker"),
    ("Moments like that can define a season,", "Steve Hollins", "he"),
    ("We will see.", "Steve Hollins", "he"),
)

EARNINGS_CALL = """Northwind Foods shares slide as CEO warns on shoppers' squeeze

By Hannah Lowe

CHICAGO, Feb 12 (Reuters) - Northwind Foods Inc on Wednesday forecast annual profit below Wall Street estimates, as the packaged-food maker said cash-strapped shoppers were trading down to cheaper store brands, sending its shares down 9% in early trading.

The maker of Prairie Gold cereals and Summit snack bars expects adjusted earnings per share of $2.85 to $2.95 for the year, compared with analysts' average estimate of $3.12, according to LSEG data.

"The consumer is stretched, and we are seeing it in every channel," Chief Executive Officer Carla Mendez said on a call with analysts. "Volumes are soft, and we are not going to buy them back with promotions that destroy value."

Mendez, who took over last year after the retirement of longtime CEO Robert Haines, said the company would cut about 600 jobs and close two plants in Ohio and Georgia as part of a $400 million savings program.

Chief Financial Officer Amit Shah told analysts the company expected the first half of the year to be "the toughest stretch," with improvement in the second half as price increases on ingredients eased.

"We have built some conservatism into the guidance," Shah said. "We would rather under-promise."

Analysts pressed executives on whether the company had lost market share to private-label rivals.

"How much of the volume decline is share loss versus the category shrinking?" asked Priya Raman of Barclays.

"It is roughly half and half," Mendez replied. "In cereal the category is flat, and we have given up some ground. In snacks we are holding share."

Jefferies analyst Mark Delaney said the outlook was "a kitchen-sink guide" that reset expectations to a level the company could beat.

"The question is whether this is the bottom," Delaney wrote in a note. "We are not convinced yet."

Analysts at Bernstein said the job cuts were overdue, calling the company's cost base "bloated relative to peers."

Northwind's fourth-quarter net sales fell 3.4% to $3.1 billion, missing estimates of $3.2 billion. Organic volume, which strips out price changes, fell 5%.

One large shareholder, who asked not to be named because the discussions were private, said investors had been pushing for the sale of the frozen-food business for more than a year.

"The board knows what we think," the shareholder said.

Asked about a possible sale of the unit on the call, Mendez said the company was "always looking at the portfolio" but had nothing to announce.

Shares of the Minneapolis-based company were down 8.7% at $61.20 in late morning trading, their lowest level since 2020.

(Reporting by Hannah Lowe in Chicago; Editing by Sriraj Kalluvila)
"""

EARNINGS_CALL_GOLD: Gold = (
    (
        "The consumer is stretched, and we are seeing it in every channel,",
        "Carla Mendez",
        "Chief Executive Officer Carla Mendez",
    ),
    (
        "Volumes are soft, and we are not going to buy them back with promotions that destroy value.",
        "Carla Mendez",
        "Chief Executive Officer Carla Mendez",
    ),
    ("the toughest stretch,", "Amit Shah", "Chief Financial Officer Amit Shah"),
    ("We have built some conservatism into the guidance,", "Amit Shah", "Shah"),
    ("We would rather under-promise.", "Amit Shah", "Shah"),
    (
        "How much of the volume decline is share loss versus the category shrinking?",
        "Priya Raman",
        "Priya Raman of Barclays",
    ),
    ("It is roughly half and half,", "Carla Mendez", "Mendez"),
    (
        "In cereal the category is flat, and we have given up some ground. In snacks we are holding share.",
        "Carla Mendez",
        "Mendez",
    ),
    ("a kitchen-sink guide", "Mark Delaney", "Mark Delaney"),
    ("The question is whether this is the bottom,", "Mark Delaney", "Delaney"),
    ("We are not convinced yet.", "Mark Delaney", "Delaney"),
    ("bloated relative to peers.", "Analysts at Bernstein", "Analysts at Bernstein"),
    ("The board knows what we think,", "One large shareholder", "the shareholder"),
    ("always looking at the portfolio", "Carla Mendez", "Mendez"),
)

COURT_TRIAL = """Witness says defendant 'laughed' as warehouse burned

By Nadia Brooks, Courts Reporter

A former employee of a Fairview Township storage company told a jury on Tuesday that the company's owner laughed when he learned the firm's warehouse was on fire, on the second day of the arson trial of Dennis Walcott.

Walcott, 52, is charged with arson, insurance fraud and reckless endangerment in connection with the July 2024 blaze, which destroyed the warehouse on Mill Road and injured two firefighters. He has pleaded not guilty.

Karen Dietz, who worked as an office manager for Walcott Storage for six years, said she called her boss at about 2 a.m. to tell him about the fire.

"He laughed," Dietz testified. "He said, 'Well, that solves a problem.' I did not know what he meant at the time."

Under cross-examination, defense attorney Michael Ferraro suggested that Dietz had a grudge against her former employer, who fired her two months after the fire.

"You were angry when he let you go, weren't you?" Ferraro asked.

"I was upset," Dietz answered. "But I am not lying about what he said."

Assistant District Attorney Lauren Pike told jurors in her opening statement on Monday that Walcott was "drowning in debt" and stood to collect $1.8 million from his insurer.

"This was not an accident," Pike said. "This was a business plan."

Ferraro countered that the fire was caused by faulty wiring that the township had flagged in an inspection months earlier, and that his client had no reason to destroy a building he was trying to sell.

"The commonwealth has a theory," Ferraro told the jury. "What it does not have is evidence."

The second witness of the day, fire investigator Paul Brandt of the state police, said he found traces of gasoline in three separate places inside the building.

"Three points of origin is not consistent with an electrical fire," Brandt said.

Judge Ellen Harwood twice warned spectators in the packed courtroom to keep quiet, after murmurs greeted parts of Dietz's testimony.

"This is a court of law, not a theater," the judge said. "If I hear another outburst, I will clear the gallery."

The defendant, wearing a gray suit, showed little emotion during the testimony. His wife, Sharon Walcott, sat in the front row behind him.

Outside the courthouse, Sharon Walcott said her husband was "a good man who is being railroaded," before her lawyer ushered her away.

The trial is expected to last two weeks. Prosecutors plan to call an insurance adjuster and a second firefighter on Wednesday.
"""

COURT_TRIAL_GOLD: Gold = (
    ("He laughed,", "Karen Dietz", "Dietz"),
    (
        "He said, 'Well, that solves a problem.' I did not know what he meant at the time.",
        "Karen Dietz",
        "Dietz",
    ),
    ("You were angry when he let you go, weren't you?", "Michael Ferraro", "Ferraro"),
    ("I was upset,", "Karen Dietz", "Dietz"),
    ("But I am not lying about what he said.", "Karen Dietz", "Dietz"),
    ("drowning in debt", "Lauren Pike", "Assistant District Attorney Lauren Pike"),
    ("This was not an accident,", "Lauren Pike", "Pike"),
    ("This was a business plan.", "Lauren Pike", "Pike"),
    ("The commonwealth has a theory,", "Michael Ferraro", "Ferraro"),
    ("What it does not have is evidence.", "Michael Ferraro", "Ferraro"),
    ("Three points of origin is not consistent with an electrical fire,", "Paul Brandt", "Brandt"),
    ("This is a court of law, not a theater,", "Ellen Harwood", "the judge"),
    ("If I hear another outburst, I will clear the gallery.", "Ellen Harwood", "the judge"),
    ("a good man who is being railroaded,", "Sharon Walcott", "Sharon Walcott"),
)

DISASTER_RESCUE = """'We heard her crying under the rubble': Survivors describe night the hill came down

By Joanna Castillo

MONTEVERDE, Calif. (AP) — Maria had just put her youngest child to bed when she heard a noise like a freight train.

"I thought it was the thunder at first," said Maria, 34, a mother of three who asked that her last name not be used because her family's immigration status. "Then the wall came in."

She grabbed her two older children and ran into the street. Her 2-year-old daughter, Sofia, was still inside.

At least nine people were killed and dozens more are missing after a rain-soaked hillside collapsed onto a neighborhood of about 60 homes late Sunday, officials said. Rescue crews worked through the night with dogs and thermal cameras.

Fire Capt. Luis Ortega, who led one of the first crews on the scene, said rescuers could hear the girl crying beneath the debris.

"We heard her crying under the rubble, and that told us she had air," Ortega said. "We dug by hand for almost three hours."

Sofia was pulled out at about 2:30 a.m. with a broken arm and cuts to her face. Her mother described the moment she saw her.

"I cannot explain it," she said, crying. "I just held her and I did not let go."

Not every family was so lucky. Gerald Pruitt, 71, lost his wife, Ann, when their house was swept off its foundation.

"Fifty-one years," Pruitt said quietly, standing by a line of yellow tape. "She was making tea. That is the last thing I remember."

County Sheriff Dana Whitfield said at a news conference Monday that the search would continue "as long as there is any chance of finding someone alive."

"We are not giving up," Whitfield said. "Not today, not tomorrow."

Residents said they had warned the county for years that the slope above the neighborhood was unstable. A 2019 report by a consulting firm, obtained by The Associated Press, described the hillside as "at high risk of failure in a major storm event."

"We went to meeting after meeting," said Tom Reyes, 45, who has lived on the street since he was a boy. "They told us it was being studied."

County Supervisor Linda Marsh said she would ask for an independent review of the county's response to the warnings.

"If mistakes were made, people deserve to know," she said.

By Monday afternoon, volunteers had set up a shelter in the gymnasium of Monteverde High School, where about 200 people spent the night.

Rosa, 62, a retired school cook who gave only her first name, was handing out coffee and sandwiches.

"These are my neighbors," she said. "What else would I do?"
"""

DISASTER_RESCUE_GOLD: Gold = (
    ("I thought it was the thunder at first,", "Maria", "Maria"),
    ("Then the wall came in.", "Maria", "Maria"),
    (
        "We heard her crying under the rubble, and that told us she had air,",
        "Luis Ortega",
        "Ortega",
    ),
    ("We dug by hand for almost three hours.", "Luis Ortega", "Ortega"),
    ("I cannot explain it,", "Maria", "she"),
    ("I just held her and I did not let go.", "Maria", "she"),
    ("Fifty-one years,", "Gerald Pruitt", "Pruitt"),
    ("She was making tea. That is the last thing I remember.", "Gerald Pruitt", "Pruitt"),
    (
        "as long as there is any chance of finding someone alive.",
        "Dana Whitfield",
        "County Sheriff Dana Whitfield",
    ),
    ("We are not giving up,", "Dana Whitfield", "Whitfield"),
    ("Not today, not tomorrow.", "Dana Whitfield", "Whitfield"),
    ("at high risk of failure in a major storm event.", "a consulting firm", "a consulting firm"),
    ("We went to meeting after meeting,", "Tom Reyes", "Tom Reyes"),
    ("They told us it was being studied.", "Tom Reyes", "Tom Reyes"),
    ("If mistakes were made, people deserve to know,", "Linda Marsh", "she"),
    ("These are my neighbors,", "Rosa", "she"),
    ("What else would I do?", "Rosa", "she"),
)

SCIENCE_STUDY = """Ancient seabed microbes 'woke up' after 100 million years, study finds

By Helen Marsh, Science Correspondent

Microbes buried in sediment beneath the Pacific Ocean for more than 100 million years can be revived and coaxed into feeding and dividing, according to a study published on Wednesday in the journal Nature Microbiology.

The team, led by researchers at the University of Bristol and the Japan Agency for Marine-Earth Science and Technology, drilled cores from about 75 metres below the seafloor in the South Pacific Gyre, one of the most nutrient-poor places on Earth.

"We were honestly expecting nothing," said Dr. Yuki Morinaga, the study's lead author. "When the cells started taking up carbon, we checked the contamination controls three times."

The researchers fed the samples with nitrogen and carbon labelled with rare isotopes, which allowed them to track which cells were active. Within ten weeks, more than 99% of the microbes had begun to eat and some had multiplied.

Prof. Alan Whitcombe, a geomicrobiologist at Bristol and a co-author of the study, said the findings raised "profound questions" about the limits of life.

"These organisms have been sitting in the dark, in almost total starvation, since the age of the dinosaurs," he said. "Whatever they have been doing, it is not living as we usually understand it."

The co-author cautioned that the study could not show how the microbes had survived for so long. One possibility, he said, is that they repair damage to their DNA extremely slowly, using tiny amounts of energy.

Scientists not involved in the work were impressed but urged caution.

Dr. Sarah Okonjo, who studies deep biosphere microbes at the University of Southern California, called the research "careful and convincing" but said contamination could never be ruled out entirely in samples of this kind.

"The burden of proof for a claim like this is very high," Okonjo said. "I think they have met most of it."

Another expert, Prof. Henrik Lund of Aarhus University in Denmark, was more sceptical. He said the cells might have been far younger than the sediment around them.

"Microbes can move through sediment over geological time," Lund told the BBC. "Being found in old mud does not make you old."

Morinaga said the team had considered that possibility and ruled it out because the sediment was made of clay with pores too small for cells to pass through.

The lead author added that the discovery could inform the search for life on Mars, where microbes, if they ever existed, might have survived in a similar dormant state beneath the surface.

"If life can wait this long here," she said, "it could be waiting there too."

The research was funded by the Japan Society for the Promotion of Science and the UK's Natural Environment Research Council.
"""

SCIENCE_STUDY_GOLD: Gold = (
    ("We were honestly expecting nothing,", "Yuki Morinaga", "Dr. Yuki Morinaga"),
    (
        "When the cells started taking up carbon, we checked the contamination controls three times.",
        "Yuki Morinaga",
        "Dr. Yuki Morinaga",
    ),
    ("profound questions", "Alan Whitcombe", "Prof. Alan Whitcombe"),
    (
        "These organisms have been sitting in the dark, in almost total starvation, since the age of the dinosaurs,",
        "Alan Whitcombe",
        "he",
    ),
    (
        "Whatever they have been doing, it is not living as we usually understand it.",
        "Alan Whitcombe",
        "he",
    ),
    ("careful and convincing", "Sarah Okonjo", "Dr. Sarah Okonjo"),
    ("The burden of proof for a claim like this is very high,", "Sarah Okonjo", "Okonjo"),
    ("I think they have met most of it.", "Sarah Okonjo", "Okonjo"),
    ("Microbes can move through sediment over geological time,", "Henrik Lund", "Lund"),
    ("Being found in old mud does not make you old.", "Henrik Lund", "Lund"),
    ("If life can wait this long here,", "Yuki Morinaga", "she"),
    ("it could be waiting there too.", "Yuki Morinaga", "she"),
)

OBITUARY = """Eleanor Vance, who turned a corner shop into a national chain, dies at 88

By Richard Cole

Eleanor Vance, the grocer's daughter who built Vance & Daughters from a single corner shop in Leeds into a chain of more than 300 stores, has died at her home in Harrogate. She was 88.

Her death was announced on Monday by her family, who said she had died peacefully on Sunday evening after a short illness.

Born in 1937 above her father's shop in Chapeltown, Vance left school at 15 to work behind the counter. She took over the business in 1961 after her father's heart attack and opened a second shop two years later.

"My father taught me that you look after the customer and the customer looks after you," she told The Yorkshire Post in a 2012 interview. "I have never found a better business plan than that."

By the time she stepped down as chairman in 2005, the company employed more than 9,000 people. It was sold to a private equity group in 2014 for £640 million.

Tributes were led by her son, James Vance, who ran the company as chief executive from 2005 until the sale.

"Mum was the most determined person I have ever known," he said. "She was tough, she was funny, and she never forgot where she came from."

Her granddaughter, Lucy Vance, wrote on Instagram: "Nana taught me to count change before she taught me to read. I will miss her every day."

The Prime Minister's spokesman said Vance had been "a trailblazer for women in British business at a time when very few doors were open to them."

Dame Patricia Holm, the former head of the British Retail Consortium, described her as a friend and mentor.

"Eleanor was one of the first women I ever saw in a boardroom, and she was not there to make the tea," Dame Patricia said. "She opened a path that the rest of us walked down."

Vance was known for her unflashy style. She drove the same estate car for 20 years and insisted on visiting at least one store every week, often unannounced.

A former store manager, Graham Pelling, recalled her arriving at his shop in Wakefield on a Saturday morning and spending an hour stacking shelves.

"She did not say who she was," Pelling said. "One of the new lads asked her if she wanted a job."

Vance was appointed CBE in 1998 for services to retail. She married Peter Vance, an accountant, in 1960; he died in 2009. She is survived by her son, a daughter, Margaret, and five grandchildren.

A private funeral will be held next week, with a memorial service in Leeds to follow.
"""

OBITUARY_GOLD: Gold = (
    (
        "My father taught me that you look after the customer and the customer looks after you,",
        "Eleanor Vance",
        "she",
    ),
    ("I have never found a better business plan than that.", "Eleanor Vance", "she"),
    ("Mum was the most determined person I have ever known,", "James Vance", "he"),
    (
        "She was tough, she was funny, and she never forgot where she came from.",
        "James Vance",
        "he",
    ),
    (
        "Nana taught me to count change before she taught me to read. I will miss her every day.",
        "Lucy Vance",
        "Her granddaughter",
    ),
    (
        "a trailblazer for women in British business at a time when very few doors were open to them.",
        "Prime Minister's spokesman",
        "Prime Minister's spokesman",
    ),
    (
        "Eleanor was one of the first women I ever saw in a boardroom, and she was not there to make the tea,",
        "Patricia Holm",
        "Dame Patricia",
    ),
    ("She opened a path that the rest of us walked down.", "Patricia Holm", "Dame Patricia"),
    ("She did not say who she was,", "Graham Pelling", "Pelling"),
    ("One of the new lads asked her if she wanted a job.", "Graham Pelling", "Pelling"),
)

PROFILE_FEATURE = """The farmer who took on the water board and won

On a grey morning in late October, Ruth Calder walks the edge of her flooded field, pointing to where the drain used to run.

"That is where it all started," she says. "Forty acres of winter wheat, gone in a night, and nobody wanted to know."

Calder, 61, has farmed this land outside Boston, Lincolnshire, for nearly four decades. Three years ago she did something that neighbours told her was madness: she took the regional water authority to court, arguing that its failure to maintain a pumping station had flooded her farm five winters in a row.

She won. In September, a judge ordered the authority to pay her £380,000 in damages and to repair the pumps within a year.

"People think of me as a troublemaker," she says, laughing. "I am not. I just cannot stand being lied to."

The case has made her something of a folk hero in the Fens, where farmers have long complained that drainage has been neglected.

Her husband, Ian Calder, who keeps the farm's books, admits he did not want her to go ahead.

"I thought we would lose the farm," he says. "I said so, more than once. She did not listen, and thank God she did not."

Ruth Calder laughs when she hears that.

"He has been saying that since 1987," she says.

The legal fight cost the couple almost everything they had saved. At one point they remortgaged the house to pay their barrister.

"There were nights I did not sleep at all," Calder says. "You lie there and do the sums over and over.

"But then you get up and the field is still underwater, and you think: no, I am right about this."

The water authority, which has said it will not appeal, declined to comment for this article. In a statement after the ruling, it said it "accepted the court's findings" and was "committed to improving its maintenance programme."

Calder is sceptical. She says she will believe it when the pumps are working.

Her daughter, Emma Calder, 29, who now runs the farm's livestock side, says her mother has always been like this.

"When I was a kid she fought the school over the bus route, and she won that too," Emma Calder says. "I think the water board just did not do its homework on her."

As the light fades, Calder pulls on her boots for the evening round.

"I never wanted to be famous," she says. "I wanted a dry field. That is all."
"""

PROFILE_FEATURE_GOLD: Gold = (
    ("That is where it all started,", "Ruth Calder", "she"),
    (
        "Forty acres of winter wheat, gone in a night, and nobody wanted to know.",
        "Ruth Calder",
        "she",
    ),
    ("People think of me as a troublemaker,", "Ruth Calder", "she"),
    ("I am not. I just cannot stand being lied to.", "Ruth Calder", "she"),
    ("I thought we would lose the farm,", "Ian Calder", "he"),
    (
        "I said so, more than once. She did not listen, and thank God she did not.",
        "Ian Calder",
        "he",
    ),
    ("He has been saying that since 1987,", "Ruth Calder", "she"),
    ("There were nights I did not sleep at all,", "Ruth Calder", "Calder"),
    ("You lie there and do the sums over and over.", "Ruth Calder", "Calder"),
    (
        "But then you get up and the field is still underwater, and you think: no, I am right about this.",
        "Ruth Calder",
        "Calder",
    ),
    ("accepted the court's findings", "The water authority", "it"),
    ("committed to improving its maintenance programme.", "The water authority", "it"),
    (
        "When I was a kid she fought the school over the bus route, and she won that too,",
        "Emma Calder",
        "Emma Calder",
    ),
    ("I think the water board just did not do its homework on her.", "Emma Calder", "Emma Calder"),
    ("I never wanted to be famous,", "Ruth Calder", "she"),
    ("I wanted a dry field. That is all.", "Ruth Calder", "she"),
)

PRESS_CONFERENCE = """Police chief defends response to stadium crush

By Owen Fletcher

MANCHESTER, England (AP) — The head of Greater Manchester Police on Thursday defended his officers' handling of a crowd crush outside a concert at the city's Etihad Stadium that left 14 people injured, saying they had "acted quickly and professionally."

Chief Constable Mark Ellison took questions from reporters for nearly an hour at the force's headquarters, a day after videos on social media showed fans pressed against locked gates as they tried to get in.

"I have watched the footage many times," Ellison said. "It is distressing, and I want to say to everyone who was hurt: I am sorry for what you went through."

Asked whether police had enough officers on duty, Ellison said the deployment had been agreed with the stadium's operators weeks in advance.

"Were you understaffed?" one reporter asked.

"No," the chief constable said. "We had more officers at that event than at any concert this year."

Another reporter asked why the gates had been locked while thousands of people were still outside.

"That is a question for the venue," Ellison said. "The gates are not under police control."

A spokesperson for City Stadium Events, which operates the venue for concerts, said in a statement that the gates had been closed "briefly, on safety advice, because of overcrowding inside the concourse."

The city's mayor, Andy Brennan, who attended the news conference, said he had asked for an independent inquiry.

"People have a right to answers, and they have a right to hear them from someone who is not marking their own homework," Brennan said.

Pressed on whether he had confidence in the chief constable, the mayor paused.

"I have confidence that Mark will cooperate fully with the inquiry," he said.

Several fans who were caught in the crush have described a scene of panic.

Jade Holloway, 19, who travelled from Leeds for the concert, told the BBC she had thought she was going to die.

"I could not breathe, I could not move my arms," she said. "A man behind me lifted me over the barrier."

Ellison said officers had opened a side gate within four minutes of the first reports of people in distress and that ambulances were on scene within ten.

"Four minutes is a long time when you cannot breathe," a reporter said.

"I understand that," Ellison replied. "And that is exactly what the inquiry will look at."

Of the 14 people taken to hospital, three remained there on Thursday evening, the North West Ambulance Service said. None of their injuries were thought to be life-threatening.
"""

PRESS_CONFERENCE_GOLD: Gold = (
    (
        "acted quickly and professionally.",
        "The head of Greater Manchester Police",
        "The head of Greater Manchester Police",
    ),
    ("I have watched the footage many times,", "Mark Ellison", "Ellison"),
    (
        "It is distressing, and I want to say to everyone who was hurt: I am sorry for what you went through.",
        "Mark Ellison",
        "Ellison",
    ),
    ("Were you understaffed?", "one reporter", "one reporter"),
    ("No,", "Mark Ellison", "the chief constable"),
    (
        "We had more officers at that event than at any concert this year.",
        "Mark Ellison",
        "the chief constable",
    ),
    ("That is a question for the venue,", "Mark Ellison", "Ellison"),
    ("The gates are not under police control.", "Mark Ellison", "Ellison"),
    (
        "briefly, on safety advice, because of overcrowding inside the concourse.",
        "A spokesperson for City Stadium Events",
        "A spokesperson for City Stadium Events",
    ),
    (
        "People have a right to answers, and they have a right to hear them from someone who is not marking their own homework,",
        "Andy Brennan",
        "Brennan",
    ),
    ("I have confidence that Mark will cooperate fully with the inquiry,", "Andy Brennan", "he"),
    ("I could not breathe, I could not move my arms,", "Jade Holloway", "she"),
    ("A man behind me lifted me over the barrier.", "Jade Holloway", "she"),
    ("Four minutes is a long time when you cannot breathe,", "a reporter", "a reporter"),
    ("I understand that,", "Mark Ellison", "Ellison"),
    ("And that is exactly what the inquiry will look at.", "Mark Ellison", "Ellison"),
)

INVESTIGATION = """Emails show hospital trust ignored warnings over maternity staffing

By Sophie Kerr, Investigations Editor

Senior managers at a hospital trust in the Midlands were warned at least five times that its maternity unit was dangerously short of midwives in the year before two babies died, internal emails seen by The Guardian show.

The emails, sent between March 2023 and February 2024, show consultants and midwives repeatedly raising the alarm about staffing at Riverside Hospital in Walsall.

"We are one bad night away from a tragedy," a consultant obstetrician wrote to the trust's director of nursing in June 2023. "I need to put on record that I do not think the unit is safe."

In another email, sent in October, a senior midwife described shifts on which one midwife was caring for as many as six women in labour. "Staff are in tears at the end of every shift," she wrote. "People are leaving faster than we can recruit."

The director of nursing at the time, Janet Cole, replied that the trust was "actively recruiting" and that agency staff would be used "where budgets allow."

Two babies died on the unit in the spring of 2024. An inquest into one of the deaths found last month that understaffing had contributed to a delay in treatment.

Three current and former staff members, who spoke on condition of anonymity because they feared for their jobs, said the warnings were well known among managers.

"Everyone knew," one said. "The only people who acted surprised were the ones who were copied into every email."

Another said that staff who raised concerns were labelled "difficult" and moved to night shifts.

According to a confidential board paper from January 2024, the trust had a vacancy rate of 22% among midwives, almost double the national average. The paper, marked "not for publication," recommended closing the birth centre on some nights, but the proposal was rejected.

Cole, who left the trust last year and now works for a private healthcare firm, said in a statement that she had "escalated every concern raised" to the board and that decisions on funding were "taken above my level."

A spokesperson for the trust said: "We have apologised unreservedly to the families. Since 2024 we have recruited 40 additional midwives and commissioned an independent review of our maternity services."

Helen Armitage, whose son Noah died on the unit, said the emails had left her "sick to my stomach."

"They knew," she said. "They knew, and they let it happen anyway."

The health secretary's office said it would "look carefully" at the findings.
"""

INVESTIGATION_GOLD: Gold = (
    (
        "We are one bad night away from a tragedy,",
        "a consultant obstetrician",
        "a consultant obstetrician",
    ),
    (
        "I need to put on record that I do not think the unit is safe.",
        "a consultant obstetrician",
        "a consultant obstetrician",
    ),
    ("Staff are in tears at the end of every shift,", "a senior midwife", "she"),
    ("People are leaving faster than we can recruit.", "a senior midwife", "she"),
    ("actively recruiting", "Janet Cole", "The director of nursing at the time"),
    ("where budgets allow.", "Janet Cole", "The director of nursing at the time"),
    ("Everyone knew,", "one", "one"),
    (
        "The only people who acted surprised were the ones who were copied into every email.",
        "one",
        "one",
    ),
    ("difficult", "Another", "Another"),
    ("escalated every concern raised", "Janet Cole", "Cole"),
    ("taken above my level.", "Janet Cole", "Cole"),
    (
        "We have apologised unreservedly to the families. Since 2024 we have recruited 40 additional midwives and commissioned an independent review of our maternity services.",
        "A spokesperson for the trust",
        "A spokesperson for the trust",
    ),
    ("sick to my stomach.", "Helen Armitage", "Helen Armitage"),
    ("They knew,", "Helen Armitage", "she"),
    ("They knew, and they let it happen anyway.", "Helen Armitage", "she"),
    ("look carefully", "The health secretary's office", "The health secretary's office"),
)

MERGER = """Two regional airlines agree $2.1 billion merger to take on the giants

By Daniel Ostrowski

SEATTLE (Bloomberg) -- Cascade Air and Sunbelt Airways agreed to combine in an all-stock deal valued at about $2.1 billion, creating the fifth-largest carrier in the US as smaller airlines seek the scale to compete with the industry's four giants.

Sunbelt shareholders will receive 1.35 Cascade shares for each share they own, the companies said in a statement Monday. Cascade investors will own about 58% of the combined company, which will keep the Cascade name and be based in Seattle.

"Together we can do what neither of us could do alone," Cascade Chief Executive Officer Rebecca Lindqvist said in an interview. "This is about giving travelers a real choice."

Lindqvist will lead the combined airline. Sunbelt's CEO, Marcus Webb, will become executive chairman.

"I have spent 30 years in this business watching consolidation squeeze the little guy," Webb said on a call with reporters. "This time the little guys are squeezing back."

Asked whether fares would rise, Webb said the opposite was true. "We are a low-fare airline, and we are going to stay a low-fare airline," he said.

The deal is likely to face close scrutiny from the Justice Department, which sued to block two airline mergers in the past three years.

"Antitrust is the whole ballgame here," said Dana Kessel, an analyst at TD Cowen. "On paper the networks barely overlap, but regulators have not been in a generous mood."

Lindqvist said the companies had studied the routes carefully and expected to offer to give up slots at two airports if needed.

"We have done our homework," she said. "We think this is a deal that regulators should welcome."

The pilots' unions at both airlines said they were reviewing the terms. The Air Line Pilots Association, which represents Sunbelt's 1,900 pilots, said in a statement that it would "insist on a fair and fast integration of seniority lists."

Shares of Cascade rose 4.1% in New York, while Sunbelt jumped 17%.

Not everyone was convinced. Consumer groups said the merger would reduce competition on a handful of routes in the Southwest where the two airlines are the only nonstop options.

"Every time airlines merge, they promise lower fares, and every time passengers end up paying more," said Warren Nash, a senior fellow at the advocacy group Travelers First. "We will be urging the Justice Department to look very hard at this one."

The chief executives played down the risk of a long fight. Webb said the companies had hired former regulators to advise on the filing and had "a very clear story to tell."

"We are not American or Delta," he said. "We are two airlines that have been fighting for scraps, and we want to fight for a real share."

Goldman Sachs advised Cascade, while Morgan Stanley and Evercore advised Sunbelt. The deal is expected to close in the first half of next year.
"""

MERGER_GOLD: Gold = (
    (
        "Together we can do what neither of us could do alone,",
        "Rebecca Lindqvist",
        "Cascade Chief Executive Officer Rebecca Lindqvist",
    ),
    (
        "This is about giving travelers a real choice.",
        "Rebecca Lindqvist",
        "Cascade Chief Executive Officer Rebecca Lindqvist",
    ),
    (
        "I have spent 30 years in this business watching consolidation squeeze the little guy,",
        "Marcus Webb",
        "Webb",
    ),
    ("This time the little guys are squeezing back.", "Marcus Webb", "Webb"),
    (
        "We are a low-fare airline, and we are going to stay a low-fare airline,",
        "Marcus Webb",
        "he",
    ),
    ("Antitrust is the whole ballgame here,", "Dana Kessel", "Dana Kessel"),
    (
        "On paper the networks barely overlap, but regulators have not been in a generous mood.",
        "Dana Kessel",
        "Dana Kessel",
    ),
    ("We have done our homework,", "Rebecca Lindqvist", "she"),
    ("We think this is a deal that regulators should welcome.", "Rebecca Lindqvist", "she"),
    (
        "insist on a fair and fast integration of seniority lists.",
        "Air Line Pilots Association",
        "The Air Line Pilots Association",
    ),
    (
        "Every time airlines merge, they promise lower fares, and every time passengers end up paying more,",
        "Warren Nash",
        "Warren Nash",
    ),
    (
        "We will be urging the Justice Department to look very hard at this one.",
        "Warren Nash",
        "Warren Nash",
    ),
    ("a very clear story to tell.", "Marcus Webb", "Webb"),
    ("We are not American or Delta,", "Marcus Webb", "he"),
    (
        "We are two airlines that have been fighting for scraps, and we want to fight for a real share.",
        "Marcus Webb",
        "he",
    ),
)

ELECTION_NIGHT = """Ferreira wins Lisbon mayoral race as rival concedes

By Catarina Lopes

LISBON, Oct 12 (AFP) - Socialist candidate Ana Ferreira was elected mayor of Lisbon on Sunday, ending 12 years of centre-right control of the Portuguese capital, according to official results.

With all parishes counted, Ferreira won 41.3 percent of the vote against 33.8 percent for the incumbent, Rui Monteiro of the Social Democratic Party.

"Lisbon has chosen change, and Lisbon has chosen hope," Ferreira told cheering supporters at a riverside hotel shortly after midnight. "Tonight belongs to every person who cannot afford to live in the city where they were born."

Housing dominated the campaign in a city where rents have more than doubled in a decade, driven by tourism and foreign buyers.

"We will build 10,000 affordable homes in four years," she said. "That is not a slogan. That is a promise, and you can hold me to it."

Monteiro conceded defeat in a short speech at his party's headquarters.

"The people have spoken, and I respect their decision," said the 58-year-old, who had served three terms. "I called Ana Ferreira to congratulate her and to wish her success, because her success is Lisbon's success."

Turnout was 52 percent, the highest in a Lisbon municipal election since 2001.

The far-right Chega party came third with 11 percent, its best result in the city. Its candidate, Bruno Sequeira, said the result showed his party was "here to stay."

Political scientist Marina Costa of the University of Lisbon said Ferreira's victory would be read nationally as a warning for the government ahead of next year's general election.

"Lisbon is not Portugal, but it is often a signal," Costa told AFP. "The housing crisis is hurting the government everywhere."

Prime Minister Luis Andrade, whose party backed Monteiro, said on X that the results were "a message we must listen to."

Some voters said they had switched sides over the cost of living.

"I voted for Monteiro twice," said Joao Pinto, 44, a taxi driver, outside a polling station in the Alvalade district. "But my daughter pays 900 euros for a room. A room! Something has to change."

Ferreira, 47, a former housing minister and the daughter of a dock worker, will govern without a majority on the city council and will need the support of smaller parties to pass her budget.

Asked on Sunday night whether she would work with the Left Bloc, the mayor-elect said she would "talk to everyone who wants to build homes."

Ferreira is due to take office on November 3.
"""

ELECTION_NIGHT_GOLD: Gold = (
    ("Lisbon has chosen change, and Lisbon has chosen hope,", "Ana Ferreira", "Ferreira"),
    (
        "Tonight belongs to every person who cannot afford to live in the city where they were born.",
        "Ana Ferreira",
        "Ferreira",
    ),
    ("We will build 10,000 affordable homes in four years,", "Ana Ferreira", "she"),
    ("That is not a slogan. That is a promise, and you can hold me to it.", "Ana Ferreira", "she"),
    ("The people have spoken, and I respect their decision,", "Rui Monteiro", "the 58-year-old"),
    (
        "I called Ana Ferreira to congratulate her and to wish her success, because her success is Lisbon's success.",
        "Rui Monteiro",
        "the 58-year-old",
    ),
    ("here to stay.", "Bruno Sequeira", "Its candidate"),
    ("Lisbon is not Portugal, but it is often a signal,", "Marina Costa", "Costa"),
    ("The housing crisis is hurting the government everywhere.", "Marina Costa", "Costa"),
    ("a message we must listen to.", "Luis Andrade", "Prime Minister Luis Andrade"),
    ("I voted for Monteiro twice,", "Joao Pinto", "Joao Pinto"),
    (
        "But my daughter pays 900 euros for a room. A room! Something has to change.",
        "Joao Pinto",
        "Joao Pinto",
    ),
    ("talk to everyone who wants to build homes.", "Ana Ferreira", "the mayor-elect"),
)

AWARDS = """Newcomer Ama Boateng sweeps the Baftas as 'Salt Road' takes best film

By Kate Winslow, Entertainment Correspondent

"Salt Road", a slow-burning drama about a family of Ghanaian fishermen on the Kent coast, won best film at the Bafta Film Awards on Sunday night, while its star Ama Boateng became the first debut performer in a decade to take the leading actress prize.

Boateng, 26, who was working in a call centre in Croydon when she was cast, appeared stunned as her name was read out at the Royal Festival Hall in London.

"I do not have a speech because I did not think this would happen," she said, clutching the trophy. "Two years ago I was answering phones about broadband. Mum, I told you I would not be doing that forever."

Her mother, who was in the audience, was seen wiping away tears.

The film's director, Kwame Asante, dedicated the best film award to his late father, who worked on trawlers out of Folkestone for 30 years.

"My dad never saw a film in a cinema," Asante said. "He would have thought all of this was very silly. But he would have been proud."

Best actor went to Irish actor Cillian Doyle for his role as a disgraced priest in "The Quiet Parish", his third nomination and first win.

"I want to thank the academy, and I want to thank my agent, who has been telling me for 15 years that it was going to happen," Doyle said to laughter. "Declan, you were wrong for 14 of them."

The ceremony, hosted for a second year by the comedian Rob Kessler, was largely free of the political speeches that marked last year's event, although the supporting actress winner, Priya Sharma, used her moment to call for more funding for drama in state schools.

"Every kid deserves a stage," Sharma said. "I found mine in a school hall with a leaking roof."

"Salt Road" also won outstanding debut and best cinematography, making it the night's biggest winner with four awards. "The Quiet Parish" took two, while the sci-fi epic "Meridian", which led the nominations with 11, won only for visual effects and sound.

Backstage, Boateng told reporters she was still processing what had happened.

"I am going to go home, take my shoes off and cry," she said. "Then I am going to call my nan."

Asked what came next, the actress said she had been sent scripts but had not yet decided on her next role.

"I want to be careful," she added. "I only get to have a first film once."

Bafta's chief executive, Jane Millward, said the night had shown "the extraordinary depth of British talent, much of it new."

The Oscars take place in Los Angeles in three weeks.
"""

AWARDS_GOLD: Gold = (
    ("I do not have a speech because I did not think this would happen,", "Ama Boateng", "she"),
    (
        "Two years ago I was answering phones about broadband. Mum, I told you I would not be doing that forever.",
        "Ama Boateng",
        "she",
    ),
    ("My dad never saw a film in a cinema,", "Kwame Asante", "Asante"),
    (
        "He would have thought all of this was very silly. But he would have been proud.",
        "Kwame Asante",
        "Asante",
    ),
    (
        "I want to thank the academy, and I want to thank my agent, who has been telling me for 15 years that it was going to happen,",
        "Cillian Doyle",
        "Doyle",
    ),
    ("Declan, you were wrong for 14 of them.", "Cillian Doyle", "Doyle"),
    ("Every kid deserves a stage,", "Priya Sharma", "Sharma"),
    ("I found mine in a school hall with a leaking roof.", "Priya Sharma", "Sharma"),
    ("I am going to go home, take my shoes off and cry,", "Ama Boateng", "she"),
    ("Then I am going to call my nan.", "Ama Boateng", "she"),
    ("I want to be careful,", "Ama Boateng", "she"),
    ("I only get to have a first film once.", "Ama Boateng", "she"),
    (
        "the extraordinary depth of British talent, much of it new.",
        "Jane Millward",
        "Bafta's chief executive",
    ),
)

HEALTH_PATIENTS = """Long waits for ADHD assessments leave adults 'in limbo', say patients and doctors

By Rachel Evans, Health Reporter, BBC News

Thousands of adults in England are waiting more than three years for an assessment for attention deficit hyperactivity disorder (ADHD), with some patients saying the delays have cost them jobs and relationships.

Figures obtained by the BBC from 38 NHS trusts show that the average wait for an adult assessment has risen to 27 months, from 14 months in 2021. At one trust, the longest wait was more than eight years.

Sarah, 34, from Bristol, was referred by her GP in 2022 and is still waiting.

"I have lost two jobs in that time," she said. "I cannot focus, I miss deadlines, and every day I feel like I am failing at being a normal adult. I just want to know if there is a reason."

Dr Tom Whitfield, a consultant psychiatrist who runs an adult ADHD clinic in Leeds, said services had been "overwhelmed" by a surge in referrals since the pandemic.

"We are seeing five times as many referrals as we were five years ago, with roughly the same number of staff," he said. "It is simply not possible to keep up."

He added that some of the increase reflected better awareness, particularly among women, whose symptoms were often missed in childhood.

Some patients have turned to private clinics, which can charge up to £1,500 for an assessment. But several NHS trusts have refused to accept private diagnoses, leaving patients unable to get prescriptions through their GP.

James Okafor, 41, a delivery driver from Birmingham, paid for a private assessment after being told he faced a four-year wait.

"I borrowed the money from my brother," he told the BBC. "Then my GP said he could not prescribe because the trust does not recognise the clinic. So I paid £1,500 for a piece of paper."

Prof. Susan Yarrow, a clinical psychologist and an adviser to the charity ADHD UK, said the situation was "a postcode lottery."

"Whether you get help depends entirely on where you live," she said. "That cannot be right for a condition that is this common."

NHS England said it had set up a task force last year to look at ADHD services and would publish its recommendations in the spring.

"We know many people are waiting too long," a spokesperson said. "The task force is looking at how services can be improved and how patients can be supported while they wait."

The Department of Health and Social Care said it was "committed to improving access to mental health services" and had increased funding for them.
"""

HEALTH_PATIENTS_GOLD: Gold = (
    ("I have lost two jobs in that time,", "Sarah", "she"),
    (
        "I cannot focus, I miss deadlines, and every day I feel like I am failing at being a normal adult. I just want to know if there is a reason.",
        "Sarah",
        "she",
    ),
    ("overwhelmed", "Tom Whitfield", "Dr Tom Whitfield"),
    (
        "We are seeing five times as many referrals as we were five years ago, with roughly the same number of staff,",
        "Tom Whitfield",
        "he",
    ),
    ("It is simply not possible to keep up.", "Tom Whitfield", "he"),
    ("I borrowed the money from my brother,", "James Okafor", "he"),
    (
        "Then my GP said he could not prescribe because the trust does not recognise the clinic. So I paid £1,500 for a piece of paper.",
        "James Okafor",
        "he",
    ),
    ("a postcode lottery.", "Susan Yarrow", "Prof. Susan Yarrow"),
    ("Whether you get help depends entirely on where you live,", "Susan Yarrow", "she"),
    ("That cannot be right for a condition that is this common.", "Susan Yarrow", "she"),
    ("We know many people are waiting too long,", "a spokesperson", "a spokesperson"),
    (
        "The task force is looking at how services can be improved and how patients can be supported while they wait.",
        "a spokesperson",
        "a spokesperson",
    ),
    (
        "committed to improving access to mental health services",
        "Department of Health and Social Care",
        "The Department of Health and Social Care",
    ),
)

TRANSPORT_STRIKE = """Rail strike to go ahead next week after talks collapse

By Mike Barrett, Transport Correspondent

Train drivers at Northern Lines will walk out for 48 hours from Tuesday after last-ditch talks over pay and working conditions broke down, the drivers' union said on Friday.

The strike by members of Aslef is expected to cancel almost all services across the north of England, affecting about 600,000 journeys a day.

Mick Thornton, the union's regional organiser, said the company had "walked away from the table" after drivers rejected a 3.5% offer tied to changes to rosters.

"Our members are not going to sign away their weekends for a pay rise that does not even keep up with inflation," he said. "The ball is in the company's court."

Thornton said the union was willing to return to talks "at any hour of the day or night" if Northern Lines made what he called a serious offer.

Northern Lines said it was "deeply disappointed" by the union's decision.

"We have made a fair and affordable offer which would make our drivers among the best paid in the industry," a spokesperson for the company said. "We urge Aslef to put it to its members in a ballot."

The spokesperson added that the company would run a limited service on its busiest routes, but warned passengers to travel only if necessary.

Jill Hartley, the operator's managing director, told the BBC that the rostering changes were needed to reduce cancellations, which have plagued the network for two years.

"Passengers are sick of trains being cancelled at the last minute because there is no driver," Hartley said. "Modern rosters are how we fix that."

Passengers at Leeds station on Friday afternoon were weary.

"It is the fourth strike this year," said Priya Malhotra, a nurse who commutes from Huddersfield. "I do not blame the drivers, but I cannot keep paying for taxis."

Another commuter, Steve Danby, 58, was less sympathetic. "They earn more than I do," he said. "I have had no pay rise at all."

The Transport Secretary, Louise Harlow, said the strike was "the last thing passengers need" and urged both sides to get back around the table.

Business groups warned of the cost. The Northern Chambers of Commerce estimated that the strike would cost the region's economy £45 million.

"Every day of disruption hits small firms hardest," said its chief executive, Andrew Pugh. "We need a deal, and we need it now."

Aslef has said further strike dates may be announced if no agreement is reached.
"""

TRANSPORT_STRIKE_GOLD: Gold = (
    ("walked away from the table", "Mick Thornton", "Mick Thornton"),
    (
        "Our members are not going to sign away their weekends for a pay rise that does not even keep up with inflation,",
        "Mick Thornton",
        "he",
    ),
    ("The ball is in the company's court.", "Mick Thornton", "he"),
    ("at any hour of the day or night", "Mick Thornton", "Thornton"),
    ("deeply disappointed", "Northern Lines", "Northern Lines"),
    (
        "We have made a fair and affordable offer which would make our drivers among the best paid in the industry,",
        "a spokesperson for the company",
        "a spokesperson for the company",
    ),
    (
        "We urge Aslef to put it to its members in a ballot.",
        "a spokesperson for the company",
        "a spokesperson for the company",
    ),
    (
        "Passengers are sick of trains being cancelled at the last minute because there is no driver,",
        "Jill Hartley",
        "Hartley",
    ),
    ("Modern rosters are how we fix that.", "Jill Hartley", "Hartley"),
    ("It is the fourth strike this year,", "Priya Malhotra", "Priya Malhotra"),
    (
        "I do not blame the drivers, but I cannot keep paying for taxis.",
        "Priya Malhotra",
        "Priya Malhotra",
    ),
    ("They earn more than I do,", "Steve Danby", "he"),
    ("I have had no pay rise at all.", "Steve Danby", "he"),
    ("the last thing passengers need", "Louise Harlow", "The Transport Secretary"),
    ("Every day of disruption hits small firms hardest,", "Andrew Pugh", "its chief executive"),
    ("We need a deal, and we need it now.", "Andrew Pugh", "its chief executive"),
)

CASES: dict[str, tuple[str, Gold]] = {
    "sports_match": (SPORTS_MATCH, SPORTS_MATCH_GOLD),
    "earnings_call": (EARNINGS_CALL, EARNINGS_CALL_GOLD),
    "court_trial": (COURT_TRIAL, COURT_TRIAL_GOLD),
    "disaster_rescue": (DISASTER_RESCUE, DISASTER_RESCUE_GOLD),
    "science_study": (SCIENCE_STUDY, SCIENCE_STUDY_GOLD),
    "obituary": (OBITUARY, OBITUARY_GOLD),
    "profile_feature": (PROFILE_FEATURE, PROFILE_FEATURE_GOLD),
    "press_conference": (PRESS_CONFERENCE, PRESS_CONFERENCE_GOLD),
    "investigation": (INVESTIGATION, INVESTIGATION_GOLD),
    "merger": (MERGER, MERGER_GOLD),
    "election_night": (ELECTION_NIGHT, ELECTION_NIGHT_GOLD),
    "awards": (AWARDS, AWARDS_GOLD),
    "health_patients": (HEALTH_PATIENTS, HEALTH_PATIENTS_GOLD),
    "transport_strike": (TRANSPORT_STRIKE, TRANSPORT_STRIKE_GOLD),
}

#: ``Speaker.role`` of the speaker of a quote, where the role matters.
ROLES: dict[tuple[str, str], str] = {
    ("earnings_call", "the toughest stretch,"): "Chief Financial Officer",
    ("court_trial", "This is a court of law, not a theater,"): "Judge",
    ("court_trial", "drowning in debt"): "Assistant District Attorney",
    ("disaster_rescue", "If mistakes were made, people deserve to know,"): "County Supervisor",
    ("disaster_rescue", "I thought it was the thunder at first,"): "mother of three",
    ("health_patients", "I borrowed the money from my brother,"): "delivery driver from Birmingham",
    ("sports_match", "It was never a corner,"): "City boss",
}

#: Stories whose remaining errors no general rule fixes yet, with the reason
#: (the test fails if they start passing).
KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize("name", story_names(CASES, KNOWN_FAILURES))
def test_genre_story(name: str) -> None:
    text, gold = CASES[name]
    assert 400 <= len(text.split()) <= 800
    check_story(name, text, gold, ROLES)


@pytest.mark.parametrize(
    ("text", "quote", "name", "mention"),
    [
        # a woman's first name of other lands gives the pronoun its antecedent over
        # the last speaker, of no known gender
        (
            "Late goal rescues point\n\n"
            '"It hurts," said Okoro.\n\n'
            "Marta Kowalczyk was furious with the officials.\n\n"
            '"It was never a corner," she said.',
            "It was never a corner,",
            "Marta Kowalczyk",
            "she",
        ),
        # a one-sentence paragraph on a person named in full hands the pronoun on,
        # though a passive "being told" stands in it (no report of the subject's)
        (
            "Waits grow longer\n\n"
            'Dr Tom Whitfield said services were "overwhelmed."\n\n'
            "James Okafor paid for a private assessment after being told he faced a wait.\n\n"
            '"I borrowed the money from my brother," he told the BBC.',
            "I borrowed the money from my brother,",
            "James Okafor",
            "he",
        ),
        # ... and so does a long one whose name has its age and description set off
        (
            "Waits grow longer\n\n"
            'Dr Tom Whitfield said services were "overwhelmed."\n\n'
            "James Okafor, 41, a delivery driver from Birmingham, paid for a private "
            "assessment after being told he faced a four-year wait.\n\n"
            '"I borrowed the money from my brother," he told the BBC.',
            "I borrowed the money from my brother,",
            "James Okafor",
            "he",
        ),
        # a name after "at the" is a place, no antecedent of "she"
        (
            "Newcomer sweeps the awards\n\n"
            "The ceremony was held on Sunday.\n\n"
            "Kim Boateng appeared stunned as her name was read out at the Royal Festival "
            "Hall in London.\n\n"
            '"I do not have a speech," she said.',
            "I do not have a speech,",
            "Kim Boateng",
            "she",
        ),
        # Supervisor is a title, not a name
        (
            'County Supervisor Linda Marsh said the county would "look again."',
            "look again.",
            "Linda Marsh",
            "County Supervisor Linda Marsh",
        ),
        # a feature's present tense on a surname named before, after an opening phrase
        (
            "The farmer who won\n\n"
            "Ruth Calder walks the edge of her field.\n\n"
            '"It started here," she says.\n\n'
            '"She fought the school too," Emma Lind says.\n\n'
            "As the light fades, Calder pulls on her boots for the evening round.\n\n"
            '"I never wanted to be famous," she says.',
            "I never wanted to be famous,",
            "Ruth Calder",
            "she",
        ),
        # an office-elect is the one the story says was elected to the office ...
        (
            "Moreno takes city hall\n\n"
            "Independent candidate Lucia Moreno was elected mayor of Valdora on Sunday, "
            "beating the incumbent, Paul Serra.\n\n"
            "Serra conceded before midnight.\n\n"
            'The mayor-elect said she would "start with the buses."',
            "start with the buses.",
            "Lucia Moreno",
            "The mayor-elect",
        ),
        # ... or won its race (``gubernatorial`` for a governor)
        (
            "Democrat Sam Whitcombe won the gubernatorial race in a landslide, and Republican "
            "Jo Parr kept her Senate seat.\n\n"
            'Asked about taxes, the governor-elect said he would "look at every line."',
            "look at every line.",
            "Sam Whitcombe",
            "the governor-elect",
        ),
        # a position after a word of experience reads as the position alone: the
        # surname opening the paragraph
        (
            "Rovers held at home\n\n"
            "Goals from Tom Harlow and Ade Okafor put City ahead.\n\n"
            "Harlow himself was in no mood to celebrate. "
            '"It feels like a defeat," the veteran midfielder said.',
            "It feels like a defeat,",
            "Tom Harlow",
            "the veteran midfielder",
        ),
        # a body that declined to comment is the "it" of a cue after it
        (
            "Board loses flooding case\n\n"
            "Farmers won damages from the water board last month.\n\n"
            "The Fenland Drainage Board declined to comment on Tuesday. After the ruling, "
            'it said it would "study the judgment carefully."',
            "study the judgment carefully.",
            "Fenland Drainage Board",
            "it",
        ),
        # ... in a paragraph of its own, with no cue in it
        (
            "Port fined over spill\n\n"
            "The harbour authority declined to comment.\n\n"
            'In a statement last week, it said the spill was "fully contained."',
            "fully contained.",
            "The harbour authority",
            "it",
        ),
        # a surname the story has called its subject by goes on naming her, though
        # her relative is named in full again
        (
            "The farmer who won\n\n"
            "Ruth Calder walks the edge of her field.\n\n"
            "Calder, 61, has farmed here for decades. Calder says she never gave up.\n\n"
            "Her daughter, Emma Calder, 29, runs the livestock side.\n\n"
            '"She fought the school too," Emma Calder says.\n\n'
            "As the light fades, Calder pulls on her boots.\n\n"
            '"I never wanted to be famous," she says.',
            "I never wanted to be famous,",
            "Ruth Calder",
            "she",
        ),
    ],
)
def test_genre_form(text: str, quote: str, name: str, mention: str) -> None:
    found = {q.text: q for q in parse_article(text).quotes}
    assert quote in found, list(found)
    speaker = found[quote].speaker
    assert speaker is not None
    assert (speaker.name, speaker.mention) == (name, mention)


def test_a_marked_label_is_no_quote() -> None:
    # a document "marked" or "stamped" with a label: the label is no quote, and the
    # object of the verb after it is no speaker
    text = (
        "Leak shows warnings\n\n"
        'Staff said the plan was secret. The paper, marked "not for publication," '
        "recommended closing two offices.\n\n"
        'Staff said so again. The files, stamped "top secret," recommended closing more.'
    )
    assert parse_article(text).quotes == ()


def test_she_is_not_the_last_speaker_if_he_is_a_man() -> None:
    # with no one of her gender before, "she" stays unresolved rather than go to the
    # last speaker, whose first name says he is a man
    text = (
        "Rally draws crowd\n\n"
        '"It was a loud night," wrote Ben Jacobs in the Herald.\n\n'
        "The woman who started it all identified herself to reporters as a resident "
        "named Caroline.\n\n"
        '"He truly cares about people," she said.'
    )
    quote = parse_article(text).quotes[-1]
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.mention) == ("she", "she")
