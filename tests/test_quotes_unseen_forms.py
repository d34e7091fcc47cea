"""Quotes and speakers in invented news stories in attribution forms and house styles not tried before.

Every story here is invented (names, places, figures and words; no real story
is copied), 350-800 words long, in the house style of one kind of outlet: a UK
police appeal with ranks (``Det Insp``, ``Det Ch Supt``, ``PC``) and a
councillor (``Cllr``), a Westminster debate (``the Prime Minister told MPs``,
``the shadow chancellor``, ``the Speaker``, ``Baroness``, ``Lord``), Indian wire
copy (``he said, adding that``, ``Shri``, initials: ``K. R. Rao``), an Australian
state story (``Premier``, ``Opposition Leader``, ``Cr``), a diplomat speaking
through an interpreter and a translated statement, quotes from social posts and
a statement read by a lawyer, victim statements at a sentencing, a hostage
release with a family sharing a surname, a live blog of timestamped entries, a
tabloid story with nicknames and first names, a column with a first-person
author (``told me``), a story whose speakers are mostly bodies (``the
ministry``, ``the union``, ``Tesla``), a feature with two people in dialogue,
and an interview printed as a transcript with the speakers' names as labels.
The gold follows :mod:`tests.test_quotes_unseen`: every quote of
:attr:`Article.quotes` in text order with its speaker's name and mention.  A
role noun the text never ties to a name (no title, appositive or description
gives it to one: ``the Tory leader`` before and after ``Rachel Thornbury`` with
no role) is its own name, as the library reads it; a reader who knows the
office would name the holder.
"""

from __future__ import annotations

import pytest

from newsstruct import find_quotes, parse_article
from tests.test_quotes_unseen import Gold, check_story, story_names

POLICE_APPEAL = """Police renew appeal over hit-and-run that killed cyclist

By Hannah Greaves, Local Democracy Reporter

Detectives investigating the death of a cyclist in a hit-and-run in Northfield have released footage of a car they want to trace, a month after the crash.

Peter Aldous, 67, a retired postman, was struck on the Ridgeway Road at about 6.40pm on 14 October and died in hospital two days later.

Det Insp Karen Holt, who is leading the inquiry, said officers had spoken to more than 200 people and examined hours of CCTV.

"Somebody knows who was driving that car," she said. "They may be protecting a friend or a relative, but Peter's family deserve answers and we will not stop until they get them."

The footage shows a dark grey hatchback, believed to be a Ford Focus, travelling towards the town centre shortly after the collision. Its nearside headlight appears to be damaged.

Det Insp Holt added: "If you run a garage or a body shop and you repaired a car like this in the days afterwards, please get in touch. You will not be in any trouble for coming forward."

Mr Aldous's daughter, Claire Aldous, said her father had cycled the same route every evening for thirty years.

"Dad was careful to the point of being annoying," she said. "He had lights, a helmet, a bright jacket. He did everything right."

Her brother, Simon Aldous, made a direct plea to the driver.

"You drove away and left him in the road," he said. "Whatever you tell yourself, you have to live with that. Do the decent thing."

Det Ch Supt Andrew Nkemelu, head of the force's major crime unit, said the inquiry remained "a priority" and that extra officers had been assigned to it.

A local councillor, Cllr Janet Moorcroft, who represents the Northfield ward, said residents had been asking for a crossing and speed cameras on the road "for years".

"This is a stretch where people routinely do sixty," she told the Echo. "I raised it at full council in March and I was told there was no money. How many more families have to go through this?"

A spokesperson for the county council said a review of the road's speed limit was "under way" and would report early next year.

PC Daniel Breck, one of the first officers at the scene, said the response from neighbours that night had been remarkable.

"People came out of their houses with blankets and towels," he said. "One woman held Peter's hand until the ambulance arrived. I will not forget that."

Anyone with information is asked to call police quoting reference 1408, or contact Crimestoppers anonymously.
"""

POLICE_APPEAL_GOLD: Gold = (
    ("Somebody knows who was driving that car,", "Karen Holt", "she"),
    (
        "They may be protecting a friend or a relative, but Peter's family deserve answers and we will not stop until they get them.",
        "Karen Holt",
        "she",
    ),
    (
        "If you run a garage or a body shop and you repaired a car like this in the days afterwards, please get in touch. You will not be in any trouble for coming forward.",
        "Karen Holt",
        "Det Insp Holt",
    ),
    ("Dad was careful to the point of being annoying,", "Claire Aldous", "she"),
    ("He had lights, a helmet, a bright jacket. He did everything right.", "Claire Aldous", "she"),
    ("You drove away and left him in the road,", "Simon Aldous", "he"),
    (
        "Whatever you tell yourself, you have to live with that. Do the decent thing.",
        "Simon Aldous",
        "he",
    ),
    ("a priority", "Andrew Nkemelu", "Det Ch Supt Andrew Nkemelu"),
    ("for years", "Janet Moorcroft", "A local councillor"),
    ("This is a stretch where people routinely do sixty,", "Janet Moorcroft", "she"),
    (
        "I raised it at full council in March and I was told there was no money. How many more families have to go through this?",
        "Janet Moorcroft",
        "she",
    ),
    ("under way", "A spokesperson for the county council", "A spokesperson for the county council"),
    ("People came out of their houses with blankets and towels,", "Daniel Breck", "he"),
    (
        "One woman held Peter's hand until the ambulance arrived. I will not forget that.",
        "Daniel Breck",
        "he",
    ),
)

WESTMINSTER_DEBATE = """PM clashes with Tory leader over hospital waiting lists

By Oliver Brandt, Political Correspondent

The Prime Minister told MPs on Wednesday that hospital waiting lists had fallen for a sixth month in a row, as the Conservative leader accused the government of "fiddling the figures" at a bad-tempered session of Prime Minister's Questions.

Rachel Thornbury opened by reading out the case of a constituent who had waited 19 months for a hip operation.

"She cannot walk to the end of her street," the Tory leader said. "Is that what the Prime Minister calls progress?"

Daniel Ashworth replied that the government had inherited "a health service on its knees" and was fixing it "one operating theatre at a time".

"The waiting list is down by 400,000 since the election," he said. "That is not spin. That is patients being treated."

Mrs Thornbury said the figures had been "massaged" by removing patients who had been referred to private clinics, and asked whether the Prime Minister would publish the full data.

"I will publish whatever the Right Honourable Lady likes," Mr Ashworth said, to laughter from the Labour benches. "She will not enjoy reading it."

The Speaker, Sir Lindsay Hale, twice called for order and at one point warned a Conservative backbencher that he was "perilously close" to being sent out of the chamber.

"Order! Order! The honourable member for Bexley South will calm himself," he said.

Later, the shadow chancellor, Mark Fenwick, told MPs the Treasury had quietly cut capital spending for hospitals in its autumn plans.

"You cannot build your way out of a waiting list crisis with money you have just taken away," he said.

The Chancellor, Priya Lal, dismissed the claim. "Capital spending on the NHS is at its highest level in a decade," she said. "The shadow chancellor should read the documents before he quotes them."

In the Lords, the former health minister Baroness Okonjo said both parties were "arguing about the wrong number".

"The list is a symptom," she told peers. "The disease is that we do not have enough staff, and neither front bench has a plan to fix that."

Lord Pemberton, a Conservative peer and former surgeon, agreed. "I operated for thirty years," he said. "I never once saw a waiting list shrink because a politician shouted at another politician."

Downing Street later said the Prime Minister would set out further plans for the NHS workforce before the summer recess.
"""

WESTMINSTER_DEBATE_GOLD: Gold = (
    ("fiddling the figures", "the Conservative leader", "the Conservative leader"),
    ("She cannot walk to the end of her street,", "the Tory leader", "the Tory leader"),
    ("Is that what the Prime Minister calls progress?", "the Tory leader", "the Tory leader"),
    ("a health service on its knees", "Daniel Ashworth", "Daniel Ashworth"),
    ("one operating theatre at a time", "Daniel Ashworth", "Daniel Ashworth"),
    ("The waiting list is down by 400,000 since the election,", "Daniel Ashworth", "he"),
    ("That is not spin. That is patients being treated.", "Daniel Ashworth", "he"),
    ("massaged", "Rachel Thornbury", "Mrs Thornbury"),
    ("I will publish whatever the Right Honourable Lady likes,", "Daniel Ashworth", "Mr Ashworth"),
    ("She will not enjoy reading it.", "Daniel Ashworth", "Mr Ashworth"),
    ("perilously close", "Lindsay Hale", "The Speaker"),
    (
        "Order! Order! The honourable member for Bexley South will calm himself,",
        "Lindsay Hale",
        "he",
    ),
    (
        "You cannot build your way out of a waiting list crisis with money you have just taken away,",
        "Mark Fenwick",
        "he",
    ),
    ("Capital spending on the NHS is at its highest level in a decade,", "Priya Lal", "she"),
    ("The shadow chancellor should read the documents before he quotes them.", "Priya Lal", "she"),
    ("arguing about the wrong number", "Okonjo", "Baroness Okonjo"),
    ("The list is a symptom,", "Okonjo", "she"),
    (
        "The disease is that we do not have enough staff, and neither front bench has a plan to fix that.",
        "Okonjo",
        "she",
    ),
    ("I operated for thirty years,", "Pemberton", "he"),
    (
        "I never once saw a waiting list shrink because a politician shouted at another politician.",
        "Pemberton",
        "he",
    ),
)

INDIA_WIRE = """Andhra govt to set up 500 new primary health centres: minister

Amaravati, Jan 18 (PTI) The Andhra Pradesh government will set up 500 new primary health centres in rural areas over the next two years at a cost of Rs 1,200 crore, state Health Minister K. R. Rao said on Thursday.

Addressing a press conference here, Rao said the centres would be equipped with diagnostic laboratories and telemedicine facilities, adding that at least 150 of them would be in tribal areas.

"Our aim is that no citizen should have to travel more than five kilometres to see a doctor," the minister said.

He said the state had also sanctioned the recruitment of 2,400 doctors and 6,000 nurses, and that the process would be completed by June.

Rao said the Centre had agreed to share 60 per cent of the cost under the National Health Mission, adding that the chief minister had personally taken up the matter with the Union health ministry.

"We thank the Prime Minister and the Union government for their support. This is a model of cooperative federalism," he said.

Principal Secretary (Health) Shri M. Venkatesh said the locations had been chosen on the basis of a survey of 13,000 villages.

"We mapped every habitation and its distance from the nearest facility. The new centres will fill the gaps that the survey found," he told PTI.

The opposition, however, questioned the timing of the announcement. Former health minister P. Srinivas Reddy said the government was making "big promises" ahead of the local body polls.

"The same government could not fill 3,000 existing vacancies in three years. How will it run 500 new centres?" Reddy asked, adding that several existing centres were functioning without a single doctor.

Reacting to the criticism, Rao said the vacancies had been "inherited from the previous regime" and were now being filled on a war footing.

Dr S. Lakshmi, a public health expert at the Indian Institute of Public Health in Hyderabad, welcomed the move but said staffing would be the real test.

"Buildings are the easy part. Retaining doctors in remote postings requires incentives, housing and career paths," she said.

The minister said the government would offer a special allowance of Rs 25,000 a month to doctors serving in tribal areas. PTI KRR SS
"""

INDIA_WIRE_GOLD: Gold = (
    (
        "Our aim is that no citizen should have to travel more than five kilometres to see a doctor,",
        "K. R. Rao",
        "the minister",
    ),
    (
        "We thank the Prime Minister and the Union government for their support. This is a model of cooperative federalism,",
        "K. R. Rao",
        "he",
    ),
    (
        "We mapped every habitation and its distance from the nearest facility. The new centres will fill the gaps that the survey found,",
        "M. Venkatesh",
        "he",
    ),
    ("big promises", "P. Srinivas Reddy", "P. Srinivas Reddy"),
    (
        "The same government could not fill 3,000 existing vacancies in three years. How will it run 500 new centres?",
        "P. Srinivas Reddy",
        "Reddy",
    ),
    ("inherited from the previous regime", "K. R. Rao", "Rao"),
    (
        "Buildings are the easy part. Retaining doctors in remote postings requires incentives, housing and career paths,",
        "S. Lakshmi",
        "she",
    ),
)

AAP_PREMIER = """Premier defends housing plan as opposition cries foul

Victorian Premier Megan Doyle has defended her government's plan to fast-track 60,000 homes along train lines, as the Opposition Leader accused Labor of bulldozing local communities.

Ms Doyle said on Monday the plan would allow apartments of up to 12 storeys within 800 metres of 50 train stations across Melbourne.

"We've got a generation of young Victorians who can't afford to buy a home in the suburb they grew up in," the premier told reporters in Box Hill.

"That's not fair and it's not sustainable, and we're going to fix it."

Opposition Leader Brad Kellaway said the government had not consulted residents and was "taking a sledgehammer" to planning rules.

"Labor wants to put towers in the middle of quiet streets without asking a single person who lives there," Mr Kellaway said.

"Victorians support more housing, but they want a say in what it looks like."

Planning Minister Sonia Petrakis said councils had been consulted for 18 months and that the changes would include design standards and tree protections.

"This isn't about towers. It's about townhouses and mid-rise apartments near transport," she said.

Property Council of Australia Victorian executive director Liam Ferris welcomed the plan, saying the industry had "been calling for this for a decade".

But Boroondara Mayor Felicity Tan said the council had learned of the final station list from the media.

"We were told we'd be partners in this. We found out on the news," Cr Tan said.

The Greens' housing spokesman, Tim Vella, said the plan did not include enough social housing and would "hand developers a windfall".

Grattan Institute economist Harriet Moss said the evidence from other cities suggested that allowing more homes near transport would ease prices over time.

"It won't fix affordability overnight, but it is the right direction," Dr Moss told AAP.

The plan builds on a state government report, "Homes for Victorians", released in March, which found the state needs 80,000 new homes a year to keep pace with population growth.

Asked whether residents who lost their views would be compensated, the premier was blunt.

"No. We're not in the business of paying people for a view," she said.

Ms Doyle later posted on Facebook that the plan was "about the next generation, not the next election".

The government expects the first approvals under the new rules by the middle of next year.

AAP
"""

AAP_PREMIER_GOLD: Gold = (
    (
        "We've got a generation of young Victorians who can't afford to buy a home in the suburb they grew up in,",
        "Megan Doyle",
        "the premier",
    ),
    (
        "That's not fair and it's not sustainable, and we're going to fix it.",
        "Megan Doyle",
        "the premier",
    ),
    ("taking a sledgehammer", "Brad Kellaway", "Opposition Leader Brad Kellaway"),
    (
        "Labor wants to put towers in the middle of quiet streets without asking a single person who lives there,",
        "Brad Kellaway",
        "Mr Kellaway",
    ),
    (
        "Victorians support more housing, but they want a say in what it looks like.",
        "Brad Kellaway",
        "Mr Kellaway",
    ),
    (
        "This isn't about towers. It's about townhouses and mid-rise apartments near transport,",
        "Sonia Petrakis",
        "she",
    ),
    ("been calling for this for a decade", "Liam Ferris", "Liam Ferris"),
    ("We were told we'd be partners in this. We found out on the news,", "Felicity Tan", "Cr Tan"),
    ("hand developers a windfall", "Tim Vella", "Greens' housing spokesman"),
    (
        "It won't fix affordability overnight, but it is the right direction,",
        "Harriet Moss",
        "Dr Moss",
    ),
    ("No. We're not in the business of paying people for a view,", "Megan Doyle", "she"),
    ("about the next generation, not the next election", "Megan Doyle", "Ms Doyle"),
)

DIPLOMAT_INTERPRETER = """Foreign minister says talks on grain corridor 'close to agreement'

GENEVA, May 6 - The foreign minister of Kaltoria said on Tuesday that talks on reopening a grain corridor across the Veska Sea were "close to agreement", but warned that his government would not accept international inspectors on its ships.

Speaking through an interpreter after a four-hour meeting with the U.N. envoy, Anton Reshetov said the two sides had agreed on the route and on the insurance arrangements.

"We have solved ninety per cent of the questions," Reshetov said. "The last ten per cent is always the hardest, but I am an optimist."

The envoy, Ingrid Solvang of Norway, was more cautious. "There is progress, real progress, but nothing is agreed until everything is agreed," she told reporters.

The foreign ministry in Velna later issued a statement in Kaltorian which was translated by the U.N. It said the government was "ready to sign within days" if its "legitimate concerns" about inspections were met.

"Our ships will not be searched by foreign officers in our own waters. This is a matter of sovereignty," the statement said.

Diplomats from two European countries, who asked not to be named, said the inspection question could still sink the deal.

"Everyone wants the grain moving before the harvest. But without inspections, the insurers will not cover the ships," one of them said.

Speaking in Turkish through an interpreter, Mehmet Aydin, the deputy foreign minister of Turkey, which would host a joint coordination centre, said his country was prepared to offer a compromise.

"Inspections could take place in a neutral port, by a joint team," Aydin said. "We have done this before and it worked."

Reshetov did not rule it out. Asked whether Kaltoria would accept inspections in a Turkish port, he paused before answering.

"We will study any proposal from our Turkish friends with respect," he said through his interpreter. "I will not say yes or no today."

Food prices in the region have risen sharply since the corridor was closed in February. The World Food Programme said last week that 3 million people faced "acute hunger" as a result.

Solvang said she would return to the region next week. "My door is open and my phone is on," she said.
"""

DIPLOMAT_INTERPRETER_GOLD: Gold = (
    ("close to agreement", "The foreign minister of Kaltoria", "The foreign minister of Kaltoria"),
    ("We have solved ninety per cent of the questions,", "Anton Reshetov", "Reshetov"),
    (
        "The last ten per cent is always the hardest, but I am an optimist.",
        "Anton Reshetov",
        "Reshetov",
    ),
    (
        "There is progress, real progress, but nothing is agreed until everything is agreed,",
        "Ingrid Solvang",
        "she",
    ),
    ("ready to sign within days", "The foreign ministry", "It"),
    ("legitimate concerns", "The foreign ministry", "It"),
    (
        "Our ships will not be searched by foreign officers in our own waters. This is a matter of sovereignty,",
        "The foreign ministry",
        "the statement",
    ),
    (
        "Everyone wants the grain moving before the harvest. But without inspections, the insurers will not cover the ships,",
        "one of them",
        "one of them",
    ),
    ("Inspections could take place in a neutral port, by a joint team,", "Mehmet Aydin", "Aydin"),
    ("We have done this before and it worked.", "Mehmet Aydin", "Aydin"),
    ("We will study any proposal from our Turkish friends with respect,", "Anton Reshetov", "he"),
    ("I will not say yes or no today.", "Anton Reshetov", "he"),
    ("acute hunger", "World Food Programme", "The World Food Programme"),
    ("My door is open and my phone is on,", "Ingrid Solvang", "she"),
)

SOCIAL_POSTS = """Singer's ex-manager ordered to pay £2.1m as she thanks fans online

By Lucy Marchetti, Entertainment Reporter

The pop singer Kaya Lennox has thanked her fans after a High Court judge ordered her former manager to repay £2.1 million he took from her earnings.

Mr Justice Whitlow found that Gareth Pellow had "systematically and deliberately" diverted royalties into companies he controlled over six years.

Lennox, 29, who did not attend the hearing, wrote on X shortly after the ruling: "Five years. Five years of being told I was imagining it. Today a judge said I wasn't. Thank you to everyone who stood by me."

In a longer post on Instagram, she said she had been "too scared to speak" for most of that time and urged young artists to "read every single contract twice".

"Nobody tells you that the people who make you famous can also make you broke," she wrote. "Ask questions. Ask them again."

Pellow, 54, was not in court. In a statement read outside the court by his lawyer, Adrian Keene, he said he was "deeply disappointed" by the judgment and was considering an appeal.

"Mr Pellow has always acted in what he believed were Ms Lennox's best interests," Mr Keene said. "He will study the judgment carefully with his legal team."

Lennox's mother, Denise Lennox, posted on Facebook that it had been "the longest five years of our lives".

"I watched my daughter fall apart and put herself back together," she wrote. "I have never been prouder of her."

The singer's former bandmate, Jade Orwell, also posted a message of support. "Justice for my girl," she wrote on Instagram, alongside a photograph of the pair on stage in 2019.

In his ruling, Mr Justice Whitlow said Pellow's evidence had been "evasive and, at times, simply untrue".

"I am satisfied that he knew exactly what he was doing," the judge said.

The Musicians' Union said the case showed the need for a regulator for artist managers. Its general secretary, Nora Fitch, said: "Cases like this are not rare. They are just rarely heard in court."

Pellow has 21 days to lodge an appeal.
"""

SOCIAL_POSTS_GOLD: Gold = (
    ("systematically and deliberately", "Whitlow", "Mr Justice Whitlow"),
    (
        "Five years. Five years of being told I was imagining it. Today a judge said I wasn't. Thank you to everyone who stood by me.",
        "Kaya Lennox",
        "Lennox",
    ),
    ("too scared to speak", "Kaya Lennox", "she"),
    ("read every single contract twice", "Kaya Lennox", "she"),
    (
        "Nobody tells you that the people who make you famous can also make you broke,",
        "Kaya Lennox",
        "she",
    ),
    ("Ask questions. Ask them again.", "Kaya Lennox", "she"),
    ("deeply disappointed", "Gareth Pellow", "he"),
    (
        "Mr Pellow has always acted in what he believed were Ms Lennox's best interests,",
        "Adrian Keene",
        "Mr Keene",
    ),
    ("He will study the judgment carefully with his legal team.", "Adrian Keene", "Mr Keene"),
    ("the longest five years of our lives", "Denise Lennox", "Lennox's mother"),
    ("I watched my daughter fall apart and put herself back together,", "Denise Lennox", "she"),
    ("I have never been prouder of her.", "Denise Lennox", "she"),
    ("Justice for my girl,", "Jade Orwell", "she"),
    ("evasive and, at times, simply untrue", "Whitlow", "Mr Justice Whitlow"),
    ("I am satisfied that he knew exactly what he was doing,", "Whitlow", "the judge"),
    (
        "Cases like this are not rare. They are just rarely heard in court.",
        "Nora Fitch",
        "Its general secretary",
    ),
)

SENTENCING = """Drink-driver who killed two friends jailed for 12 years

By Mark Ellison, Court Reporter

A drink-driver who killed two young friends when he ploughed into them at more than twice the speed limit has been jailed for 12 years.

Connor Wilks, 26, was almost three times over the legal limit when his car hit Ellie Shaw and Maya Quinn, both 19, as they walked home along Carlton Road in the early hours of 3 March.

He admitted two counts of causing death by dangerous driving at an earlier hearing.

In a victim impact statement read to the court by a police family liaison officer, Ellie's mother, Joanne Shaw, said her life had "stopped" that night.

"I set the table for four every night for a month before I could bring myself to take her plate away," she said. "People tell me time heals. It does not. You just learn to carry it."

Maya's father, Robert Quinn, read his own statement from the witness box, at times struggling to speak.

"Maya wanted to be a midwife. She had her place at university. She had her whole life planned out, and in one second you took it," he said, looking directly at Wilks.

"I do not know if I can ever forgive you. I am not sure I want to."

Maya's younger sister, Abbie Quinn, 15, wrote in a statement read by the prosecutor that she could no longer walk past the spot where her sister died.

"I take the long way to school now," she wrote. "It adds twenty minutes. I would walk a hundred miles if it meant I did not have to see that road."

Prosecutor Helen Aske said Wilks had drunk at least eight pints and had been warned by a friend not to drive.

Defending, Simon Platt said his client was "utterly ashamed" and had written letters of apology to both families.

"He knows that nothing he says will make any difference to them," Mr Platt said. "He does not ask for forgiveness."

Sentencing, Judge Catherine Ford told Wilks he had made "a selfish and catastrophic choice".

"You were told not to drive. You chose to drive. Two families have paid for that choice with the lives of their daughters," she said.

Wilks was also banned from driving for 16 years. Outside court, Det Sgt Lisa Mould said she hoped the sentence would "send a clear message".

"If you drink, do not drive. It really is that simple," she said.
"""

SENTENCING_GOLD: Gold = (
    ("stopped", "Joanne Shaw", "Ellie's mother"),
    (
        "I set the table for four every night for a month before I could bring myself to take her plate away,",
        "Joanne Shaw",
        "she",
    ),
    ("People tell me time heals. It does not. You just learn to carry it.", "Joanne Shaw", "she"),
    (
        "Maya wanted to be a midwife. She had her place at university. She had her whole life planned out, and in one second you took it,",
        "Robert Quinn",
        "he",
    ),
    ("I do not know if I can ever forgive you. I am not sure I want to.", "Robert Quinn", "he"),
    ("I take the long way to school now,", "Abbie Quinn", "she"),
    (
        "It adds twenty minutes. I would walk a hundred miles if it meant I did not have to see that road.",
        "Abbie Quinn",
        "she",
    ),
    ("utterly ashamed", "Simon Platt", "Simon Platt"),
    ("He knows that nothing he says will make any difference to them,", "Simon Platt", "Mr Platt"),
    ("He does not ask for forgiveness.", "Simon Platt", "Mr Platt"),
    ("a selfish and catastrophic choice", "Catherine Ford", "Judge Catherine Ford"),
    (
        "You were told not to drive. You chose to drive. Two families have paid for that choice with the lives of their daughters,",
        "Catherine Ford",
        "she",
    ),
    ("send a clear message", "Lisa Mould", "Det Sgt Lisa Mould"),
    ("If you drink, do not drive. It really is that simple,", "Lisa Mould", "she"),
)

HOSTAGE_RELEASE = """Freed aid worker reunited with family after 14 months in captivity

By Nadia Farouk

An aid worker held hostage for 14 months in the Sahel has been reunited with her family at a military airbase in Wiltshire.

Rebecca Harlow, 38, a nurse from Shrewsbury, was kidnapped from a clinic near the border town of Ménaka in September last year. She was freed on Saturday after negotiations led by the government of Niger.

Her parents, Michael and Susan Harlow, and her brother, James Harlow, were waiting on the tarmac when her plane landed on Monday afternoon.

"We have waited for this moment for 427 days," Michael Harlow told reporters. "We never allowed ourselves to think it would not come."

Susan Harlow said her daughter was "thin and tired, but she is still Becky".

"The first thing she asked was whether we had been looking after her cat," she said. "We had. He is fatter than ever."

James Harlow thanked the Foreign Office and the government of Niger.

"There were weeks when we heard nothing at all, and those were the worst," he said. "But people were working on this every day, even when we could not see it."

Rebecca Harlow did not speak to the media. In a short statement read by her brother, she said she was "overwhelmed" and asked for privacy.

"I want to thank everyone who never stopped fighting for me. I need some time now to be with my family and to rest," the statement said.

The Foreign Secretary, Edward Grange, said the release was the result of "months of patient work" with partners in the region.

"Rebecca showed extraordinary courage. We are delighted she is home," he said in a statement.

Officials did not say whether a ransom had been paid. Asked about reports of a payment, a Foreign Office spokesperson said: "The UK does not pay ransoms. That policy has not changed."

Harlow's employer, the medical charity Frontline Care, said she had been working in the region since 2019.

"Becky is one of the most dedicated people we have ever worked with," said the charity's director, Olusegun Bamidele. "The clinic she ran treated more than 10,000 patients a year."

Two other hostages taken in the same raid, a Nigerien driver and a Malian nurse, are still being held.

"Our thoughts are with their families tonight," Michael Harlow said. "We know exactly what they are going through."
"""

HOSTAGE_RELEASE_GOLD: Gold = (
    ("We have waited for this moment for 427 days,", "Michael Harlow", "Michael Harlow"),
    ("We never allowed ourselves to think it would not come.", "Michael Harlow", "Michael Harlow"),
    ("thin and tired, but she is still Becky", "Susan Harlow", "Susan Harlow"),
    (
        "The first thing she asked was whether we had been looking after her cat,",
        "Susan Harlow",
        "she",
    ),
    ("We had. He is fatter than ever.", "Susan Harlow", "she"),
    (
        "There were weeks when we heard nothing at all, and those were the worst,",
        "James Harlow",
        "he",
    ),
    (
        "But people were working on this every day, even when we could not see it.",
        "James Harlow",
        "he",
    ),
    ("overwhelmed", "Rebecca Harlow", "she"),
    (
        "I want to thank everyone who never stopped fighting for me. I need some time now to be with my family and to rest,",
        "Rebecca Harlow",
        "the statement",
    ),
    ("months of patient work", "Edward Grange", "The Foreign Secretary"),
    ("Rebecca showed extraordinary courage. We are delighted she is home,", "Edward Grange", "he"),
    (
        "The UK does not pay ransoms. That policy has not changed.",
        "a Foreign Office spokesperson",
        "a Foreign Office spokesperson",
    ),
    (
        "Becky is one of the most dedicated people we have ever worked with,",
        "Olusegun Bamidele",
        "the charity's director",
    ),
    (
        "The clinic she ran treated more than 10,000 patients a year.",
        "Olusegun Bamidele",
        "the charity's director",
    ),
    ("Our thoughts are with their families tonight,", "Michael Harlow", "Michael Harlow"),
    ("We know exactly what they are going through.", "Michael Harlow", "Michael Harlow"),
)

LIVE_BLOG = """Budget day: live updates

14:02
The Chancellor, Sarah Whitcombe, is on her feet. She begins by saying the economy has "turned a corner" and that inflation is "back under control".

14:09
Big news on fuel duty. Whitcombe announces a freeze for another year.

"Drivers have had a tough few years. This government is on their side," she tells the Commons.

14:15
Our economics editor, Rajiv Menon, says the freeze will cost the Treasury around £3bn.

"That money has to come from somewhere, and we have not heard where yet," he writes.

14:21
Here it is. Whitcombe confirms that the threshold for the higher rate of income tax will stay frozen until 2030.

"I will not pretend this is easy. But it is fair, and it is necessary," she says.

14:34
Reaction from business. The director general of the CBI, Alan Furness, says the budget contains "welcome support" for investment but "nothing that will move the dial on growth".

14:40
The Chancellor sits down after 58 minutes. The Leader of the Opposition, Graham Tully, is now responding.

"The Chancellor promised a budget for working people. What she has delivered is a stealth tax on every one of them," he says.

14:47
Tully goes on: "Frozen thresholds mean that four million people will pay more tax next year without a single vote in this House. That is not fair. That is a con."

14:55
The Institute for Fiscal Studies has posted its first reaction on X. Its director, Helen Maybury, writes that the threshold freeze is "the biggest tax rise of the budget, by a distance".

15:03
A reader, Kevin from Leeds, emails: "Fuel freeze is nice but my energy bill has doubled. Where is the help for that?"

15:10
The Resolution Foundation says households in the poorest tenth will be £180 a year worse off by the end of the decade.

"This is a budget that asks the most of those with the least," said its chief executive, Tom Ashdown.

15:22
The Treasury has hit back. A spokesperson says the figures "ignore the cost of living payments announced today" and that the poorest households will be "better off overall".

15:30
That is all from us for now. Our full analysis of the budget will be on the site within the hour.
"""

LIVE_BLOG_GOLD: Gold = (
    ("turned a corner", "Sarah Whitcombe", "She"),
    ("back under control", "Sarah Whitcombe", "She"),
    (
        "Drivers have had a tough few years. This government is on their side,",
        "Sarah Whitcombe",
        "she",
    ),
    (
        "That money has to come from somewhere, and we have not heard where yet,",
        "Rajiv Menon",
        "he",
    ),
    (
        "I will not pretend this is easy. But it is fair, and it is necessary,",
        "Sarah Whitcombe",
        "she",
    ),
    ("welcome support", "Alan Furness", "The director general of the CBI"),
    (
        "nothing that will move the dial on growth",
        "Alan Furness",
        "The director general of the CBI",
    ),
    (
        "The Chancellor promised a budget for working people. What she has delivered is a stealth tax on every one of them,",
        "Graham Tully",
        "he",
    ),
    (
        "Frozen thresholds mean that four million people will pay more tax next year without a single vote in this House. That is not fair. That is a con.",
        "Graham Tully",
        "Tully",
    ),
    ("the biggest tax rise of the budget, by a distance", "Helen Maybury", "Its director"),
    (
        "Fuel freeze is nice but my energy bill has doubled. Where is the help for that?",
        "Kevin",
        "Kevin",
    ),
    (
        "This is a budget that asks the most of those with the least,",
        "Tom Ashdown",
        "its chief executive",
    ),
    ("ignore the cost of living payments announced today", "A spokesperson", "A spokesperson"),
    ("better off overall", "A spokesperson", "A spokesperson"),
)

TABLOID = """DEL BOY DIRTY TRICKS! Soap star in holiday villa punch-up

EXCLUSIVE by Jackie Morrow

SOAP hunk Danny 'Del' Rourke was at the centre of a drunken brawl at a luxury holiday villa in Marbella, we can reveal.

The Harbour Lane star, 34, who plays lovable rogue Del Mason, clashed with a fellow guest in the early hours of Sunday after a row over a girl.

A pal who was at the party told us: "It kicked off out of nowhere. One minute Del was dancing, the next he was rolling around by the pool with this bloke. It was carnage."

The other man, named locally as property developer Gavin Sully, 41, was left with a bloody nose. Gav told us last night: "He went for me first. I was just trying to calm things down. He needs to learn to take no for an answer."

Danny, who split from glamour model Stacey Vine in March, had been partying all weekend, sources say.

Stacey, 29, told us she was "not surprised in the slightest".

"That's Danny all over," she said. "Lovely when he's sober, a nightmare when he's had a drink. I hope he gets help."

But Danny's rep insisted the telly favourite had been the victim.

"Danny was attacked and defended himself. He has not been arrested and no complaint has been made," she said.

Danny's mum, Pauline Rourke, 62, leapt to her son's defence. "My Danny would never start a fight," she said from her home in Salford. "He's a big softie. Everyone who knows him knows that."

Harbour Lane bosses are said to be furious. A telly insider said: "The producers have warned him before. This could be the last straw."

A spokesman for the show said: "We do not comment on the private lives of our cast."

It is not the first time the hellraiser has made headlines. Last year he was thrown out of a bar in Manchester after a row with a bouncer.

Del Boy fans will see him in action on Friday, when his character faces a punch-up of a different kind - with his on-screen brother, played by Ricky Hale.

Ricky, 31, joked: "Let's hope he saves his best punches for the cameras."
"""

TABLOID_GOLD: Gold = (
    (
        "It kicked off out of nowhere. One minute Del was dancing, the next he was rolling around by the pool with this bloke. It was carnage.",
        "A pal",
        "A pal",
    ),
    (
        "He went for me first. I was just trying to calm things down. He needs to learn to take no for an answer.",
        "Gavin Sully",
        "Gav",
    ),
    ("not surprised in the slightest", "Stacey Vine", "Stacey"),
    ("That's Danny all over,", "Stacey Vine", "she"),
    (
        "Lovely when he's sober, a nightmare when he's had a drink. I hope he gets help.",
        "Stacey Vine",
        "she",
    ),
    (
        "Danny was attacked and defended himself. He has not been arrested and no complaint has been made,",
        "Danny's rep",
        "she",
    ),
    ("My Danny would never start a fight,", "Pauline Rourke", "she"),
    ("He's a big softie. Everyone who knows him knows that.", "Pauline Rourke", "she"),
    (
        "The producers have warned him before. This could be the last straw.",
        "A telly insider",
        "A telly insider",
    ),
    (
        "We do not comment on the private lives of our cast.",
        "A spokesman for the show",
        "A spokesman for the show",
    ),
    ("Let's hope he saves his best punches for the cameras.", "Ricky Hale", "Ricky"),
)

COLUMN = """The four-day week is not a fad. Ask the people doing it

By Fiona Carden

I have written about working hours for fifteen years, and I have learned to distrust anything sold as a revolution. So I went to Stockport to see for myself.

Brightwell Engineering moved its 140 staff to a four-day week in January. Productivity, measured by orders shipped per employee, is up 6 per cent. Sick days have halved.

"I was the biggest sceptic in the building," the managing director, Paul Ennis, told me over a mug of tea in his office. "I thought we would be giving away a day's work for nothing. I was wrong."

I do not think one factory proves anything. But Brightwell is not alone. The trial run by the campaign group 4 Day Week UK covered 61 firms, and 56 of them kept the new pattern afterwards.

Critics are not convinced. Jonathan Reeve of the Centre for Policy Analysis argues that the firms in the trial chose to take part and were always likely to succeed.

"It is a self-selected sample of enthusiasts," he said when I called him. "You cannot run a hospital or a school like that."

He has a point, and it is one that campaigners tend to skate over. A four-day week in an office is one thing; in a care home it is a staffing crisis.

Yet the nurses I spoke to at a hospital trust in Cumbria that is testing a compressed-hours rota were not asking for less work. They were asking for more control.

"I do not want to work less. I want to know when I am working," said Maxine Doyle, a ward sister with 22 years' service. "Give me that and I will stay. Take it away and I will go to an agency."

That, to me, is the real lesson. The argument is not about Fridays. It is about whether employers trust their staff.

Ennis put it more bluntly. "If you need to watch people to know they are working, you have hired the wrong people," he said.

The government has said it has "no plans" to legislate for a shorter week, and I think that is right. This should be won on the shop floor, not in Parliament.

But ministers should stop treating the idea as a joke. The firms that have tried it are not laughing. They are hiring.
"""

COLUMN_GOLD: Gold = (
    ("I was the biggest sceptic in the building,", "Paul Ennis", "the managing director"),
    (
        "I thought we would be giving away a day's work for nothing. I was wrong.",
        "Paul Ennis",
        "the managing director",
    ),
    ("It is a self-selected sample of enthusiasts,", "Jonathan Reeve", "he"),
    ("You cannot run a hospital or a school like that.", "Jonathan Reeve", "he"),
    (
        "I do not want to work less. I want to know when I am working,",
        "Maxine Doyle",
        "Maxine Doyle",
    ),
    (
        "Give me that and I will stay. Take it away and I will go to an agency.",
        "Maxine Doyle",
        "Maxine Doyle",
    ),
    (
        "If you need to watch people to know they are working, you have hired the wrong people,",
        "Paul Ennis",
        "he",
    ),
    ("no plans", "The government", "The government"),
)

BODIES = """Tesla recalls 200,000 vehicles in Europe over seat-belt fault

BERLIN (Reuters) - Tesla is recalling about 200,000 vehicles in Europe because of a fault in the seat-belt warning system, Germany's Federal Motor Transport Authority said on Thursday.

The authority, known as the KBA, said the fault meant the warning chime might not sound if a front passenger was not wearing a belt, which "increases the risk of injury in a collision".

Tesla said the problem would be fixed by an over-the-air software update and that owners would not need to visit a service centre.

"We are not aware of any crashes or injuries related to this issue," the company said in a statement.

The recall covers Model 3 and Model Y cars built between 2023 and 2025. It follows a similar recall in the United States in February.

The European Commission said it was in contact with national regulators. "Vehicle safety is a shared responsibility and we are following the case closely," a Commission spokesperson said.

Consumer group BEUC said the case showed that software updates should be subject to the same checks as physical repairs.

"Cars are now computers on wheels. The rules have not caught up," the group said.

Separately, Volkswagen said on Thursday it would cut production at two German plants next month because of weak demand for electric cars.

"The market for electric vehicles in Europe is developing more slowly than expected," the carmaker said, adding that no jobs would be lost.

The German economy ministry said it was "in close contact" with the company and the works council.

The IG Metall union, which represents most of Volkswagen's workers, said it would fight any attempt to use the cuts as a "back door" to layoffs.

"We will not accept a single job being lost at these plants," the union said.

Shares in Tesla were down 1.2% in Frankfurt. Volkswagen shares fell 2.4%.

The KBA said owners would be contacted by letter. The agency said it had received no reports of accidents linked to the fault.

According to the European Automobile Manufacturers' Association, sales of battery electric cars in the European Union fell 4% in the first quarter. The association said the decline reflected "the end of purchase incentives in several major markets".

In Brussels, NATO said on Thursday it had no concerns about the software of vehicles used by its staff. "This does not affect any of our operations," an alliance official said.
"""

BODIES_GOLD: Gold = (
    (
        "increases the risk of injury in a collision",
        "Germany's Federal Motor Transport Authority",
        "The authority",
    ),
    (
        "We are not aware of any crashes or injuries related to this issue,",
        "the company",
        "the company",
    ),
    (
        "Vehicle safety is a shared responsibility and we are following the case closely,",
        "a Commission spokesperson",
        "a Commission spokesperson",
    ),
    ("Cars are now computers on wheels. The rules have not caught up,", "BEUC", "the group"),
    (
        "The market for electric vehicles in Europe is developing more slowly than expected,",
        "Volkswagen",
        "the carmaker",
    ),
    ("in close contact", "The German economy ministry", "The German economy ministry"),
    ("back door", "The IG Metall union", "The IG Metall union"),
    ("We will not accept a single job being lost at these plants,", "the union", "the union"),
    (
        "the end of purchase incentives in several major markets",
        "European Automobile Manufacturers' Association",
        "The association",
    ),
    ("This does not affect any of our operations,", "an alliance official", "an alliance official"),
)

DIALOGUE_FEATURE = """Sixty years behind the same counter

On a wet Tuesday morning in Hebden Bridge, Arthur and Margaret Pike are arguing about the price of string.

"It was fourpence a ball when we started," Arthur says.

"It was threepence," says Margaret. "You always put it up a penny."

They have run Pike's Hardware on Market Street since 1965, the year they married. He is 87; she is 84. The shop sells everything from mousetraps to paraffin, and it has never had a computer.

"We had a till with a handle," Margaret says. "Then we had a till with a button. That was enough progress for one lifetime."

Arthur learned the trade from his father, who opened the shop after the war. He still cuts keys on a machine older than most of his customers.

"People think it is a museum," he says. "It is not a museum. It is a shop. Things go out and money comes in, most days."

Margaret does the books, in pencil, in a ledger she keeps under the counter.

"He is hopeless with numbers," she says, not unkindly.

"I am not hopeless. I am generous," he says. "There is a difference."

Their daughter, Helen Pike, who lives in Leeds, has been trying to persuade them to retire for a decade.

"Every Christmas we have the same conversation, and every January they open the shop again," she says. "I have given up. I think the shop keeps them going."

The floods of 2015 nearly finished the business. Water came up to the second shelf, and they lost most of their stock.

"We sat on the stairs and watched it come in," Arthur says. "Margaret said, 'That is it, then.' And I said, 'No, it is not.'"

"He said a lot more than that," Margaret says. "Most of it I cannot repeat."

Neighbours turned up with mops and buckets the next day, and the shop reopened within a month.

Asked what they will do when they finally close the door for the last time, they look at each other.

"Sleep," says Margaret.

"Argue about something else," says Arthur.
"""

DIALOGUE_FEATURE_GOLD: Gold = (
    ("It was fourpence a ball when we started,", "Arthur Pike", "Arthur"),
    ("It was threepence,", "Margaret Pike", "Margaret"),
    ("You always put it up a penny.", "Margaret Pike", "Margaret"),
    ("We had a till with a handle,", "Margaret Pike", "Margaret"),
    (
        "Then we had a till with a button. That was enough progress for one lifetime.",
        "Margaret Pike",
        "Margaret",
    ),
    ("People think it is a museum,", "Arthur Pike", "he"),
    (
        "It is not a museum. It is a shop. Things go out and money comes in, most days.",
        "Arthur Pike",
        "he",
    ),
    ("He is hopeless with numbers,", "Margaret Pike", "she"),
    ("I am not hopeless. I am generous,", "Arthur Pike", "he"),
    ("There is a difference.", "Arthur Pike", "he"),
    (
        "Every Christmas we have the same conversation, and every January they open the shop again,",
        "Helen Pike",
        "she",
    ),
    ("I have given up. I think the shop keeps them going.", "Helen Pike", "she"),
    ("We sat on the stairs and watched it come in,", "Arthur Pike", "Arthur"),
    ("Margaret said, 'That is it, then.' And I said, 'No, it is not.'", "Arthur Pike", "Arthur"),
    ("He said a lot more than that,", "Margaret Pike", "Margaret"),
    ("Most of it I cannot repeat.", "Margaret Pike", "Margaret"),
    ("Sleep,", "Margaret Pike", "Margaret"),
    ("Argue about something else,", "Arthur Pike", "Arthur"),
)

INTERVIEW_QA = """'We are not going back to the office five days a week'

The chief executive of Northgate Insurance, Amira Sadiq, has been in the job for eight months. She talked to our business editor, Tom Pryce, about hybrid working, artificial intelligence and the company's worst year for storm claims. The interview has been edited for length.

Tom Pryce: You announced 900 job cuts in March. Was that the hardest decision you have made?

Amira Sadiq: By some distance. These are people who have given the company years of their lives. But the claims business has changed, and if we had not acted we would have been cutting far more jobs two years from now.

Tom Pryce: Some of those roles are being replaced by software. Are you worried about how that looks?

Amira Sadiq: I am worried about getting it right, not about how it looks. We are using AI to sort and triage claims, so that our people can spend their time on the difficult cases. Nobody is going to have their house flood and then talk to a chatbot for three weeks.

Tom Pryce: Your staff have been told to come in three days a week. Some banks want five.

Amira Sadiq: We are not going back to the office five days a week. I do not think it would make us better at anything, and we would lose good people, especially parents and carers.

Tom Pryce: Storm claims cost you 1.4 billion pounds last year. Is the weather now the biggest risk to the business?

Amira Sadiq: It is the biggest single risk, yes. We used to talk about a one-in-a-hundred-year flood. We have paid out on three of those in five years in the same valley. That changes how we price, and it changes what we say to government about flood defences.

Tom Pryce: What do you say to government?

Amira Sadiq: That every pound spent on defences saves several in claims, and that the bill eventually lands on every household through their premiums. I have said it to two ministers this year. I will keep saying it.

Tom Pryce: Finally, the share price has fallen by a fifth since you arrived. Are investors losing patience?

Amira Sadiq: Some are, and I understand it. My job is not to chase the share price from one quarter to the next. It is to make sure this company is still paying claims in fifty years. If we do that, the share price will look after itself.

Northgate reports its half-year results on 30 July.
"""

INTERVIEW_QA_GOLD: Gold = (
    (
        "You announced 900 job cuts in March. Was that the hardest decision you have made?",
        "Tom Pryce",
        "Tom Pryce",
    ),
    (
        "By some distance. These are people who have given the company years of their lives. But the claims business has changed, and if we had not acted we would have been cutting far more jobs two years from now.",
        "Amira Sadiq",
        "Amira Sadiq",
    ),
    (
        "Some of those roles are being replaced by software. Are you worried about how that looks?",
        "Tom Pryce",
        "Tom Pryce",
    ),
    (
        "I am worried about getting it right, not about how it looks. We are using AI to sort and triage claims, so that our people can spend their time on the difficult cases. Nobody is going to have their house flood and then talk to a chatbot for three weeks.",
        "Amira Sadiq",
        "Amira Sadiq",
    ),
    (
        "Your staff have been told to come in three days a week. Some banks want five.",
        "Tom Pryce",
        "Tom Pryce",
    ),
    (
        "We are not going back to the office five days a week. I do not think it would make us better at anything, and we would lose good people, especially parents and carers.",
        "Amira Sadiq",
        "Amira Sadiq",
    ),
    (
        "Storm claims cost you 1.4 billion pounds last year. Is the weather now the biggest risk to the business?",
        "Tom Pryce",
        "Tom Pryce",
    ),
    (
        "It is the biggest single risk, yes. We used to talk about a one-in-a-hundred-year flood. We have paid out on three of those in five years in the same valley. That changes how we price, and it changes what we say to government about flood defences.",
        "Amira Sadiq",
        "Amira Sadiq",
    ),
    ("What do you say to government?", "Tom Pryce", "Tom Pryce"),
    (
        "That every pound spent on defences saves several in claims, and that the bill eventually lands on every household through their premiums. I have said it to two ministers this year. I will keep saying it.",
        "Amira Sadiq",
        "Amira Sadiq",
    ),
    (
        "Finally, the share price has fallen by a fifth since you arrived. Are investors losing patience?",
        "Tom Pryce",
        "Tom Pryce",
    ),
    (
        "Some are, and I understand it. My job is not to chase the share price from one quarter to the next. It is to make sure this company is still paying claims in fifty years. If we do that, the share price will look after itself.",
        "Amira Sadiq",
        "Amira Sadiq",
    ),
)


CASES: dict[str, tuple[str, Gold]] = {
    "police_appeal": (POLICE_APPEAL, POLICE_APPEAL_GOLD),
    "westminster_debate": (WESTMINSTER_DEBATE, WESTMINSTER_DEBATE_GOLD),
    "india_wire": (INDIA_WIRE, INDIA_WIRE_GOLD),
    "aap_premier": (AAP_PREMIER, AAP_PREMIER_GOLD),
    "diplomat_interpreter": (DIPLOMAT_INTERPRETER, DIPLOMAT_INTERPRETER_GOLD),
    "social_posts": (SOCIAL_POSTS, SOCIAL_POSTS_GOLD),
    "sentencing": (SENTENCING, SENTENCING_GOLD),
    "hostage_release": (HOSTAGE_RELEASE, HOSTAGE_RELEASE_GOLD),
    "live_blog": (LIVE_BLOG, LIVE_BLOG_GOLD),
    "tabloid": (TABLOID, TABLOID_GOLD),
    "column": (COLUMN, COLUMN_GOLD),
    "bodies": (BODIES, BODIES_GOLD),
    "dialogue_feature": (DIALOGUE_FEATURE, DIALOGUE_FEATURE_GOLD),
}

#: ``Speaker.role`` of the speaker of a quote, where the role matters.
ROLES: dict[tuple[str, str], str] = {
    ("police_appeal", "a priority"): "Det Ch Supt",
    ("police_appeal", "for years"): "Cllr",
    ("police_appeal", "People came out of their houses with blankets and towels,"): "PC",
    ("social_posts", "I am satisfied that he knew exactly what he was doing,"): "Justice",
    ("aap_premier", "We were told we'd be partners in this. We found out on the news,"): (
        "Boroondara Mayor"
    ),
    ("westminster_debate", "perilously close"): "Speaker",
}

#: Stories whose remaining errors no general rule fixes yet, with the reason
#: (the test fails if they start passing).
KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize("name", story_names(CASES, KNOWN_FAILURES))
def test_form_story(name: str) -> None:
    text, gold = CASES[name]
    assert 350 <= len(text.split()) <= 800
    check_story(name, text, gold, ROLES)


def test_interview_transcript() -> None:
    """An interview printed as a transcript, the speakers' names as labels, read on request."""
    assert 350 <= len(INTERVIEW_QA.split()) <= 800
    assert parse_article(INTERVIEW_QA).quotes == ()
    got = [
        (q.text, q.speaker.name, q.speaker.mention)
        for q in parse_article(INTERVIEW_QA, transcripts=True).quotes
        if q.speaker is not None
    ]
    assert got == list(INTERVIEW_QA_GOLD)


@pytest.mark.parametrize(
    ("text", "quote", "name", "mention"),
    [
        # one word after PC is a brand's (a shop), unless one named in full before
        (
            'PC World said sales were "strong" this year.',
            "strong",
            "PC World",
            "PC World",
        ),
        # British police constables and Australian councillors hold a rank, not a name
        (
            'PC Daniel Breck said the response had been "remarkable."',
            "remarkable.",
            "Daniel Breck",
            "PC Daniel Breck",
        ),
        (
            'Boroondara Mayor Felicity Tan was angry.\n\n"We found out on the news," Cr Tan said.',
            "We found out on the news,",
            "Felicity Tan",
            "Cr Tan",
        ),
        # a peeress's title is no part of her name
        (
            'Baroness Okonjo said both parties were "arguing about the wrong number".',
            "arguing about the wrong number",
            "Okonjo",
            "Baroness Okonjo",
        ),
        # a pal and a rep speak as others do in tabloid copy
        (
            'A pal who was at the party told us: "It kicked off out of nowhere."',
            "It kicked off out of nowhere.",
            "A pal",
            "A pal",
        ),
        # one described by a noun after a name's possessive is *she* in the paragraph after
        (
            "Soap star in punch-up\n\n"
            'Stacey Vine, 29, told us she was "not surprised".\n\n'
            "But Danny's rep insisted the actor had been the victim.\n\n"
            '"Danny was attacked," she said.',
            "Danny was attacked,",
            "Danny's rep",
            "she",
        ),
        # a first name before *and* and a full name shares its surname
        (
            "Sixty years behind the counter\n\n"
            "Arthur and Margaret Pike have run the shop since 1965.\n\n"
            '"It was fourpence," Arthur says.',
            "It was fourpence,",
            "Arthur Pike",
            "Arthur",
        ),
        # a document read by another is no antecedent of the pronoun after it
        (
            "Manager loses case\n\n"
            "Gareth Pellow was not in court. In a statement read by his lawyer, he said he "
            'was "deeply disappointed" by the judgment.',
            "deeply disappointed",
            "Gareth Pellow",
            "he",
        ),
        # "It said" after a sentence that issues a statement is the issuer's
        (
            'Acme issued a statement on Monday. It said the firm was "ready to sign within days".',
            "ready to sign within days",
            "Acme",
            "It",
        ),
        # "the statement said" after one spoke "in a statement read by" another
        (
            "Freed nurse home\n\n"
            "Rebecca Harlow did not speak to the media. In a short statement read by her "
            'brother, she said she was "overwhelmed".\n\n'
            '"I need some time now," the statement said.',
            "I need some time now,",
            "Rebecca Harlow",
            "the statement",
        ),
        # an adverbial between *and* and its cue leaves the subject the first verb's
        (
            "The Speaker, Sir Lindsay Hale, twice called for order and at one point warned "
            'a Conservative backbencher that he was "perilously close" to being sent out.',
            "perilously close",
            "Lindsay Hale",
            "The Speaker",
        ),
        # ... as does *but* after a subject with its description set off
        (
            "Health centres planned\n\n"
            "Former minister P. Srinivas Reddy said the plan was "
            '"big promises".\n\n'
            "Dr S. Lakshmi, a public health expert, welcomed the move but said staffing "
            "would be the real test.\n\n"
            '"Buildings are the easy part," she said.',
            "Buildings are the easy part,",
            "S. Lakshmi",
            "she",
        ),
        # a short paragraph on a surname whose second sentence goes on with *he*
        (
            "Talks go on\n\n"
            "Anton Reshetov met the envoy. Mehmet Aydin is a minister.\n\n"
            '"Inspections could take place in a neutral port," Aydin said.\n\n'
            "Reshetov did not rule it out. Asked whether Kaltoria would accept "
            "inspections, he paused before answering.\n\n"
            '"We will study any proposal," he said.',
            "We will study any proposal,",
            "Anton Reshetov",
            "he",
        ),
        # "the judge" is the one titled Mr Justice, known by one name
        (
            'Mr Justice Whitlow said the evidence had been "evasive".\n\n'
            '"I am satisfied," the judge said.',
            "I am satisfied,",
            "Whitlow",
            "the judge",
        ),
        # a role noun after an opening phrase hands itself to the next paragraph's *she*
        (
            "Premier defends plan\n\n"
            'Premier Megan Doyle said the plan was "fair".\n\n'
            'Dr Harriet Moss said it was "the right direction".\n\n'
            "Asked whether residents who lost their views would be compensated, the "
            "premier was blunt.\n\n"
            '"No. We are not in the business of paying for a view," she said.',
            "No. We are not in the business of paying for a view,",
            "Megan Doyle",
            "she",
        ),
        # a first name said short is the one whose name it cuts
        (
            "Villa brawl\n\n"
            "The other man, named as property developer Gavin Sully, 41, was hurt.\n\n"
            'Gav told us: "He went for me first."',
            "He went for me first.",
            "Gavin Sully",
            "Gav",
        ),
    ],
)
def test_unseen_attribution_form(text: str, quote: str, name: str, mention: str) -> None:
    found = [q for q in find_quotes(text) if q.text == quote]
    assert len(found) == 1
    speaker = found[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.mention) == (name, mention)


def test_a_titled_work_set_off_is_no_quote() -> None:
    text = (
        'The plan builds on a state report, "Homes for Victorians", released in March, '
        "which found the state needs more homes."
    )
    assert find_quotes(text) == ()


def test_a_journalist_described_before_the_name_asks() -> None:
    text = (
        "The chief executive of Northgate Insurance, Helen Marsh, has been in the job for "
        "eight months. She talked to our business editor, Tom Pryce, about hybrid working.\n\n"
        "Q: Was that the hardest decision you have made?\n\n"
        "A: By some distance. We had to act."
    )
    got = [
        (q.speaker.name, q.speaker.mention) if q.speaker else None
        for q in find_quotes(text, transcripts=True)
    ]
    assert got == [("Tom Pryce", "Q"), ("Helen Marsh", "A")]
