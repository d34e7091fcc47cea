"""Quotes and speakers in long invented features (800-1,400 words each).

Every story here is invented (names, places, figures and words; no real story
is copied) in the house style of long-form English news of 2024-2026: an
investigation with anonymous sources, a magazine profile, a trial with
testimony and cross-examination, a business feature with analysts, a sports
feature, a science feature with researchers of several institutions, a
disaster's aftermath, two rivals of one gender alternating, an obituary with
tributes and a podcast interview written up.  Long pieces are where speakers
go wrong: many sources, people named in the middle of a paragraph, pronouns
several sentences after their person, a second person of the same gender in
between, anonymous sources, people re-introduced by role, and quotes after
long paraphrase.  The gold follows :mod:`tests.test_quotes_unseen`: every
quote of :attr:`Article.quotes` in text order with its speaker's name and
mention (a sign's words are no quote).
"""

from __future__ import annotations

import pytest

from newsstruct import parse_article
from tests.test_quotes_unseen import Gold, check_story, story_names

INVESTIGATION_FLOOD = """State Agency Steered Flood Contracts to Donor's Firm, Records Show

By Lauren Pike and Marcus Oyelaran

HARRISBURG, Pa. — In the weeks after the Susquehanna flooded its banks in the spring of 2024, the state's emergency management agency quietly awarded more than $41 million in cleanup contracts to a single company whose owner had given generously to the governor's re-election campaign, according to internal emails, procurement records and interviews with more than a dozen current and former officials.

The company, Ridgeline Restoration Services, had never before held a state contract. It was incorporated eleven months before the flood, and its listed office in Camp Hill is a rented mailbox.

Two senior officials at the agency raised concerns about the awards at the time, the records show. Both were later moved to other posts.

"Everybody in that building knew what was happening, and nobody wanted to be the one to say it out loud," one official, who spoke on condition of anonymity because he was not authorized to discuss personnel matters, said. "You learned to keep your head down."

The agency's director, Warren Kessel, defended the contracts in a brief interview outside the Capitol on Tuesday. He said the awards had been made under emergency rules that allow the state to skip competitive bidding when lives and property are at risk.

"We had people with water in their basements and mold climbing the walls," Kessel said. "I am not going to apologize for moving fast."

Asked whether he knew that Ridgeline's owner, Dale Fenstermacher, had donated to the governor, Kessel said he did not track political contributions. "That is not my job, and it never has been," he said.

Fenstermacher, who gave $62,000 to the governor's campaign committee and to a political action committee aligned with it over two years, did not respond to repeated phone calls and emails. A lawyer for the company, Bettina Sorrell, said in a written statement that Ridgeline had "performed every task it was hired to perform, on time and on budget."

"Any suggestion of impropriety is false and defamatory," the statement said.

The emails obtained by The Inquirer tell a more complicated story. In one, sent on April 19, 2024, a procurement supervisor wrote to her deputy that she had been told by "someone upstairs" to add Ridgeline to the list of approved vendors.

"I have never heard of these people," she wrote. "Can you find out who they are?"

The supervisor, Anne Marie Duclos, left the agency last year and now works for a county government in Ohio. Reached by phone, she confirmed that she had written the email but declined to say who had given her the instruction.

"I said what I needed to say at the time, in writing," Duclos said. "I would rather let the documents speak."

Three people familiar with the matter said the instruction came from the governor's deputy chief of staff, Roland Prather, who oversaw the state's flood response. Prather, reached on his cellphone, called the account "a fantasy."

"I never spoke to anyone at that agency about any vendor, period," he said. "Not once."

A person familiar with the agency's internal review, which began in January after a complaint from a state senator, said investigators had interviewed at least nine employees. The person said the review was expected to be completed by the end of the summer.

"They are taking it seriously, but they are also taking their time," the person said. "Draw your own conclusions."

The governor's office referred questions to a spokeswoman, Kiara Whitlock. In an email, she said the governor had "no role whatsoever" in the selection of contractors and had asked the inspector general to examine the awards.

"The governor expects every dollar of disaster money to be spent properly, and if anyone broke the rules, they will be held accountable," Whitlock said.

Experts in public procurement said the pattern described in the records was troubling. Harold Vance, who teaches government contracting at the University of Pittsburgh and spent two decades as a federal auditor, said emergency rules were meant to be used sparingly.

"Emergency authority is a scalpel, not a checkbook," Vance said. "When a brand-new company with no track record gets the biggest share of the money, that is exactly the kind of thing the rules are supposed to prevent."

The state senator who filed the complaint, Gloria Manheim, a Republican from Lancaster County, said she had been contacted by several agency employees who feared retaliation.

"These are career public servants with families and mortgages," Manheim said. "They came to me because they had nowhere else to go."

She said she would ask the Senate's oversight committee to subpoena the agency's records if the inspector general's review did not produce answers by September.

One of the two officials who raised concerns at the time, a longtime logistics manager, said he had been reassigned to a warehouse in Middletown three weeks after sending a memo questioning Ridgeline's invoices. He spoke on the condition that he not be named because he still works for the state.

"I wrote down what I saw," the manager said. "The next thing I knew, I was counting cots."

The other official could not be reached for comment.

Ridgeline's invoices, reviewed by The Inquirer, include charges for equipment rentals that were billed at nearly three times the rates paid by neighboring counties for similar work. In one case, the company billed the state $18,400 for a single day's use of a water pump that a Harrisburg rental yard said it would have rented for about $900.

Kessel said he had not reviewed individual invoices and that the agency relied on its contractors to bill accurately. "We trust, but we verify," he said. "If something was overbilled, we will claw it back."
"""

INVESTIGATION_FLOOD_GOLD: Gold = (
    (
        "Everybody in that building knew what was happening, and nobody wanted to be the one to say it out loud,",
        "one official",
        "one official",
    ),
    ("You learned to keep your head down.", "one official", "one official"),
    (
        "We had people with water in their basements and mold climbing the walls,",
        "Warren Kessel",
        "Kessel",
    ),
    ("I am not going to apologize for moving fast.", "Warren Kessel", "Kessel"),
    ("That is not my job, and it never has been,", "Warren Kessel", "he"),
    (
        "performed every task it was hired to perform, on time and on budget.",
        "Bettina Sorrell",
        "A lawyer for the company",
    ),
    ("Any suggestion of impropriety is false and defamatory,", "Bettina Sorrell", "the statement"),
    ("someone upstairs", "a procurement supervisor", "she"),
    ("I have never heard of these people,", "a procurement supervisor", "she"),
    ("Can you find out who they are?", "a procurement supervisor", "she"),
    ("I said what I needed to say at the time, in writing,", "Anne Marie Duclos", "Duclos"),
    ("I would rather let the documents speak.", "Anne Marie Duclos", "Duclos"),
    ("a fantasy.", "Roland Prather", "Prather"),
    ("I never spoke to anyone at that agency about any vendor, period,", "Roland Prather", "he"),
    ("Not once.", "Roland Prather", "he"),
    (
        "They are taking it seriously, but they are also taking their time,",
        "A person familiar with the agency's internal review",
        "the person",
    ),
    (
        "Draw your own conclusions.",
        "A person familiar with the agency's internal review",
        "the person",
    ),
    ("no role whatsoever", "Kiara Whitlock", "she"),
    (
        "The governor expects every dollar of disaster money to be spent properly, and if anyone broke the rules, they will be held accountable,",
        "Kiara Whitlock",
        "Whitlock",
    ),
    ("Emergency authority is a scalpel, not a checkbook,", "Harold Vance", "Vance"),
    (
        "When a brand-new company with no track record gets the biggest share of the money, that is exactly the kind of thing the rules are supposed to prevent.",
        "Harold Vance",
        "Vance",
    ),
    ("These are career public servants with families and mortgages,", "Gloria Manheim", "Manheim"),
    ("They came to me because they had nowhere else to go.", "Gloria Manheim", "Manheim"),
    ("I wrote down what I saw,", "a longtime logistics manager", "the manager"),
    ("The next thing I knew, I was counting cots.", "a longtime logistics manager", "the manager"),
    ("We trust, but we verify,", "Warren Kessel", "he"),
    ("If something was overbilled, we will claw it back.", "Warren Kessel", "he"),
)

PROFILE_CONDUCTOR = """The Quiet Conductor Who Rebuilt a City's Orchestra

By Helena Marsh

On a gray Tuesday morning in late February, Tomasz Wieczorek stood on the podium of the Erie Philharmonic's rehearsal hall, arms folded, listening to the second violins play the same eight bars for the fourth time.

He did not raise his voice. He rarely does. When the passage finally came together, he nodded once, turned a page and said, "Again, from the top, but this time like you mean it."

The musicians laughed. Six years ago, when Wieczorek arrived from Kraków to take over an orchestra that had just emerged from a bitter strike and a near-bankruptcy, there was not much laughter in the building.

"People were exhausted and angry, and frankly a little afraid of him," said Delia Frankovich, the orchestra's principal cellist, who has played with the ensemble for 27 years. "We had been through three music directors in a decade. Nobody expected this one to stay."

He stayed. Under Wieczorek, now 58, the Philharmonic has doubled its subscriber base, commissioned eleven new works and recorded its first album in more than thirty years, a set of Polish and American symphonies that was nominated for a Grammy last fall.

Wieczorek, who speaks English with a soft accent and a habit of pausing mid-sentence to find the right word, describes his approach as unglamorous.

"An orchestra is not an army," he said over coffee in a diner near the hall, where the waitress knows his order. "You cannot command people to play beautifully. You can only make a room where it is possible."

He grew up in Łódź, the son of a factory electrician and a piano teacher. His mother, Halina, started him on the violin at four and on conducting lessons, against his father's wishes, at fifteen.

"My father thought music was for people who did not have to work," he said. "He came to every concert anyway. He sat in the last row so I would not see him, but I always saw him."

The path to Erie was indirect. After conservatory in Warsaw, Wieczorek spent a decade as an assistant conductor in Germany and Switzerland before a guest appearance in Pittsburgh brought him to the attention of the Philharmonic's board. Its chairwoman at the time, Roberta Tillis, flew to Kraków to persuade him.

Tillis, who stepped down from the board in 2022, remembers the meeting well. She had prepared a long presentation about the orchestra's finances and its plans for recovery.

"He listened to the whole thing without saying a word," Tillis recalled. "Then he asked me one question: 'Do the musicians want to be there?' I told him the truth, which was that I did not know. He said that was the first honest answer he had heard from an American orchestra."

Not everyone has been won over. Some longtime subscribers grumble that the programs have become too adventurous, and a local critic, Norman Haskell, wrote last year that the new commissions were "earnest, dutiful and instantly forgettable."

Haskell, who has reviewed concerts in Erie for the Times-News since 1991, said in an interview that he admired the conductor's discipline but not his taste. "He has made them a much better orchestra," Haskell said. "I just wish he would let them play more Brahms."

Wieczorek shrugged when told of the remark. "Mr. Haskell is entitled to his Brahms," he said. "We will play Brahms. We will also play composers who are alive."

The orchestra's executive director, Priya Raman, who joined two years after Wieczorek, credits him with more than the music. She said he had insisted on sitting in on contract negotiations, something few music directors do, and on meeting every new hire personally.

"He knows the name of every stagehand and every usher," Raman said. "That sounds small. It is not small. People notice when the person at the top sees them."

Frankovich, the cellist, put it more bluntly. She said that after the strike, the musicians had stopped trusting management to tell them anything.

"He fixed that by telling us everything, even the bad news," she said. "Especially the bad news."

His wife, Ewa, a translator, and their two teenage sons have settled into a brick house on the east side, and the younger boy now plays trumpet in the school band. Wieczorek said he goes to every one of its concerts and sits in the last row.

In April, the orchestra will travel to Carnegie Hall for the first time in its history, a trip funded largely by a single anonymous donor. Wieczorek said he was more nervous about the bus ride than the concert.

"Nine hours with a hundred musicians," he said, laughing. "Pray for me."

His contract runs through 2029. Asked whether he would stay beyond that, he paused for a long time, looking out the window at the snow drifting across State Street.

"I came for three years," he said finally. "I think I will be buried here. That is not a complaint."
"""

PROFILE_CONDUCTOR_GOLD: Gold = (
    ("Again, from the top, but this time like you mean it.", "Tomasz Wieczorek", "he"),
    (
        "People were exhausted and angry, and frankly a little afraid of him,",
        "Delia Frankovich",
        "Delia Frankovich",
    ),
    (
        "We had been through three music directors in a decade. Nobody expected this one to stay.",
        "Delia Frankovich",
        "Delia Frankovich",
    ),
    ("An orchestra is not an army,", "Tomasz Wieczorek", "he"),
    (
        "You cannot command people to play beautifully. You can only make a room where it is possible.",
        "Tomasz Wieczorek",
        "he",
    ),
    ("My father thought music was for people who did not have to work,", "Tomasz Wieczorek", "he"),
    (
        "He came to every concert anyway. He sat in the last row so I would not see him, but I always saw him.",
        "Tomasz Wieczorek",
        "he",
    ),
    ("He listened to the whole thing without saying a word,", "Roberta Tillis", "Tillis"),
    (
        "Then he asked me one question: 'Do the musicians want to be there?' I told him the truth, which was that I did not know. He said that was the first honest answer he had heard from an American orchestra.",
        "Roberta Tillis",
        "Tillis",
    ),
    ("earnest, dutiful and instantly forgettable.", "Norman Haskell", "a local critic"),
    ("He has made them a much better orchestra,", "Norman Haskell", "Haskell"),
    ("I just wish he would let them play more Brahms.", "Norman Haskell", "Haskell"),
    ("Mr. Haskell is entitled to his Brahms,", "Tomasz Wieczorek", "he"),
    ("We will play Brahms. We will also play composers who are alive.", "Tomasz Wieczorek", "he"),
    ("He knows the name of every stagehand and every usher,", "Priya Raman", "Raman"),
    (
        "That sounds small. It is not small. People notice when the person at the top sees them.",
        "Priya Raman",
        "Raman",
    ),
    ("He fixed that by telling us everything, even the bad news,", "Delia Frankovich", "she"),
    ("Especially the bad news.", "Delia Frankovich", "she"),
    ("Nine hours with a hundred musicians,", "Tomasz Wieczorek", "he"),
    ("Pray for me.", "Tomasz Wieczorek", "he"),
    ("I came for three years,", "Tomasz Wieczorek", "he"),
    ("I think I will be buried here. That is not a complaint.", "Tomasz Wieczorek", "he"),
)

TRIAL_TESTIMONY = """Witness Says Developer Ordered Records Destroyed Before Audit

By Kevin Osterhout

PHOENIX — A former bookkeeper for a Scottsdale real estate developer told jurors Thursday that her boss ordered her to shred boxes of financial records two days before state auditors arrived, testimony that prosecutors said goes to the heart of their fraud case.

Marisol Echeverría, 44, who worked for Desert Crest Holdings for nine years, testified in Maricopa County Superior Court that the company's founder, Leland Burkhart, came into her office on a Friday afternoon in October 2022 and pointed at a row of file boxes.

"He said, 'Those need to be gone by Monday,'" Echeverría told the jury. "I asked him what he meant, and he said, 'You know what I mean.'"

Burkhart, 67, is charged with 14 counts of fraud, theft and tampering with public records. Prosecutors say he diverted about $9 million that investors had put into three housing developments to cover personal debts and to buy a ranch near Prescott. He has pleaded not guilty.

Under questioning by Deputy County Attorney Rachel Lindgren, Echeverría described loading the boxes into her car and driving them to a commercial shredding business in Tempe.

"Did you know what was in those boxes?" Lindgren asked.

"Some of it," Echeverría said. "Bank statements, investor ledgers, wire confirmations. The things the auditors would want."

"Why did you do it?"

"Because I needed the job," she said, her voice breaking. "I have two kids. I told myself it was not my business."

Echeverría, who has not been charged, testified under a grant of immunity. She said she had kept copies of some of the records on a thumb drive, which she later turned over to investigators.

On cross-examination, Burkhart's lawyer, Desmond Achterberg, pressed her on the immunity deal and on what he called inconsistencies between her testimony and her first interview with investigators.

"In your first interview, you told detectives you did not remember who asked you to take the boxes, isn't that right?" Achterberg asked.

"I was scared," she said.

"That is not what I asked you, Ms. Echeverría."

"Yes," she said. "That is what I told them."

Achterberg then asked whether she had ever taken money from the company without permission. Lindgren objected, and Judge Harriet Solano called the lawyers to the bench. After a brief conference, the judge sustained the objection and instructed the jury to disregard the question.

Achterberg told jurors in his opening statement last week that the case rested on the word of employees who had their own reasons to blame his client. Burkhart, he said, was "a builder, not a bookkeeper," who trusted his staff to handle the money.

"Mr. Burkhart signed what was put in front of him," Achterberg said then. "That is not a crime. That is delegation."

Earlier Thursday, the jury heard from one of the investors, a retired dentist from Mesa named Curtis Vandermolen, who put $400,000 of his savings into a planned subdivision that was never built.

"I went out there with my wife to see the lots," Vandermolen testified. "There was a sign and a lot of dirt. That was it. There was never going to be anything else."

Vandermolen said he had met Burkhart twice, both times at investor dinners at a country club in Scottsdale. He described the developer as charming and persuasive.

"He talked about his grandchildren and about building homes for young families," he said. "I believed every word of it."

Asked by Achterberg on cross-examination whether he had read the offering documents before investing, Vandermolen admitted he had not read all of them.

"Nobody reads all of them," he said, drawing laughter from the gallery. Judge Solano asked spectators to remain quiet.

Prosecutors also called a forensic accountant, Yvonne Castellanos of the Arizona Attorney General's Office, who traced the investor money through a series of accounts. She testified that about $2.3 million had gone to pay down a line of credit that Burkhart had personally guaranteed.

"The money came in for one purpose and went out for another, usually within a few days," Castellanos said. "There was no commingling by accident here. The pattern is consistent."

Achterberg asked her whether the company's own accountants might have made errors in labeling the transfers. Castellanos said she had considered that possibility and ruled it out.

"Errors go in both directions," she said. "These all went in one."

Outside the courtroom, Lindgren declined to comment on the testimony. Achterberg told reporters that the defense would call its own accounting expert next week and that he expected Burkhart to testify.

"The jury has heard one side," he said. "They are about to hear the other."

Burkhart, dressed in a dark suit and a bolo tie, sat quietly at the defense table through the day, occasionally writing on a legal pad. His wife, Sandra, sat in the front row behind him.

The trial is expected to last at least three more weeks. Judge Solano told jurors on Thursday afternoon that the court would not sit on Friday.

"Do not read about this case, do not talk about this case, and do not look anything up," she said. "I will see you on Monday."
"""

TRIAL_TESTIMONY_GOLD: Gold = (
    ("He said, 'Those need to be gone by Monday,'", "Marisol Echeverría", "Echeverría"),
    (
        "I asked him what he meant, and he said, 'You know what I mean.'",
        "Marisol Echeverría",
        "Echeverría",
    ),
    ("Did you know what was in those boxes?", "Rachel Lindgren", "Lindgren"),
    ("Some of it,", "Marisol Echeverría", "Echeverría"),
    (
        "Bank statements, investor ledgers, wire confirmations. The things the auditors would want.",
        "Marisol Echeverría",
        "Echeverría",
    ),
    ("Why did you do it?", "Rachel Lindgren", "Lindgren"),
    ("Because I needed the job,", "Marisol Echeverría", "she"),
    ("I have two kids. I told myself it was not my business.", "Marisol Echeverría", "she"),
    (
        "In your first interview, you told detectives you did not remember who asked you to take the boxes, isn't that right?",
        "Desmond Achterberg",
        "Achterberg",
    ),
    ("I was scared,", "Marisol Echeverría", "she"),
    ("That is not what I asked you, Ms. Echeverría.", "Desmond Achterberg", "Achterberg"),
    ("Yes,", "Marisol Echeverría", "she"),
    ("That is what I told them.", "Marisol Echeverría", "she"),
    ("a builder, not a bookkeeper,", "Desmond Achterberg", "he"),
    ("Mr. Burkhart signed what was put in front of him,", "Desmond Achterberg", "Achterberg"),
    ("That is not a crime. That is delegation.", "Desmond Achterberg", "Achterberg"),
    ("I went out there with my wife to see the lots,", "Curtis Vandermolen", "Vandermolen"),
    (
        "There was a sign and a lot of dirt. That was it. There was never going to be anything else.",
        "Curtis Vandermolen",
        "Vandermolen",
    ),
    (
        "He talked about his grandchildren and about building homes for young families,",
        "Curtis Vandermolen",
        "he",
    ),
    ("I believed every word of it.", "Curtis Vandermolen", "he"),
    ("Nobody reads all of them,", "Curtis Vandermolen", "he"),
    (
        "The money came in for one purpose and went out for another, usually within a few days,",
        "Yvonne Castellanos",
        "Castellanos",
    ),
    (
        "There was no commingling by accident here. The pattern is consistent.",
        "Yvonne Castellanos",
        "Castellanos",
    ),
    ("Errors go in both directions,", "Yvonne Castellanos", "she"),
    ("These all went in one.", "Yvonne Castellanos", "she"),
    ("The jury has heard one side,", "Desmond Achterberg", "he"),
    ("They are about to hear the other.", "Desmond Achterberg", "he"),
    (
        "Do not read about this case, do not talk about this case, and do not look anything up,",
        "Harriet Solano",
        "she",
    ),
    ("I will see you on Monday.", "Harriet Solano", "she"),
)

BUSINESS_ANALYSTS = """Regional Banks Brace for a Second Wave of Office Loan Losses

By Nathaniel Brooks

CHARLOTTE, N.C. — When Cardinal Trust reported its quarterly results last week, the number that rattled investors was not its profit, which beat forecasts, but a single line buried on page 31 of its filing: a $212 million increase in reserves for commercial real estate loans that are unlikely to be repaid.

The bank's shares fell 14% in two days. By Friday, the stocks of a dozen other midsize lenders with heavy exposure to office buildings had followed them down.

"The market is finally doing the math," said Jane Roe, chief economist at Halvorsen Capital in New York. "These loans were written when money was cheap and offices were full. Neither of those things is true anymore."

Roughly $930 billion in commercial real estate debt is scheduled to mature in the United States this year, according to estimates by the data firm Meridian Analytics, and a large share of it sits on the books of regional and community banks rather than the big Wall Street lenders.

Cardinal Trust's chief executive, Howard Mbeki, told analysts on an earnings call that the bank had "taken a hard look at every building in the portfolio" and that he believed the worst was behind it.

"We are not going to be surprised again," Mbeki said. "We have marked these loans where we think they belong, and we have the capital to absorb it."

Not everyone was persuaded. Lucinda Farrow, an analyst who covers the bank for Brightwater Securities, wrote in a note to clients on Monday that the reserves "may prove to be a down payment rather than a final bill." She cut her rating on the stock to sell.

In an interview, Farrow said her concern was less about Cardinal than about the banks that had not yet taken similar charges.

"Cardinal at least ripped off the bandage," she said. "I worry much more about the ones that are still pretending. You can extend a loan for a year, maybe two, but at some point the building has to be worth something."

Office vacancy in downtown Charlotte reached 24% at the end of last year, according to the brokerage Carrow & Finch, up from 11% before the pandemic. In some older towers, whole floors have sat empty for three years.

Brendan Oakes, who owns two such buildings on Tryon Street, said he had been negotiating with his lender for months.

"I am not walking away, but I understand why people do," Oakes said. "When the loan is bigger than the building, the numbers stop making sense."

He said his bank had agreed to lower his interest payments for eighteen months in exchange for a personal guarantee. He declined to name the bank.

Federal regulators have warned since 2023 that commercial real estate posed a growing risk to smaller lenders. A senior official at one of the agencies, who asked not to be named because he was not authorized to speak publicly, said examiners were paying particular attention to loans that had been repeatedly modified.

"Extend and pretend works right up until it doesn't," the official said. "What we want to know is whether the banks have a plan for the day it stops working."

Some analysts argue the fears are overdone. Marcus Delacroix, head of bank research at Pemberton & Lowe, said most regional banks had far less exposure to offices than to apartments, warehouses and shopping centers, which have held up well.

"Office is the problem child, but it is one child in a big family," Delacroix said. "For most of these banks, office loans are 5% or 6% of the book. That is painful. It is not fatal."

He said he expected a handful of small banks to fail or be sold over the next two years, but nothing like the crisis of 2008. "You will see mergers, you will see some ugly quarters," he said. "You will not see a run on the system."

Roe, the economist, was less sanguine. She noted that losses on office loans could spill over into the broader economy if banks pulled back on lending to small businesses to conserve capital.

"The danger is not that one bank goes under," Roe said. "It is that two hundred banks all get cautious at the same time, and the plumber and the restaurant owner cannot get a line of credit."

Community bankers say they are already feeling the pressure. Teresa Galloway, president of Piedmont Community Bank in Hickory, said her bank had almost no office loans but was being punished by investors anyway.

"Our stock went down 9% because somebody else had a bad quarter," Galloway said. "We make loans to dentists and hardware stores. But try explaining that to an algorithm."

Cardinal Trust said on Wednesday that it would sell about $1.1 billion of its commercial property loans to a private fund at a discount, a move that analysts said would shrink its exposure but lock in losses.

Mbeki said in a statement that the sale "lets us turn the page" and focus on lending to businesses in the Carolinas.

Farrow said she would wait for the next quarter's results before changing her view. "One good week does not make a recovery," she said.
"""

BUSINESS_ANALYSTS_GOLD: Gold = (
    ("The market is finally doing the math,", "Jane Roe", "Jane Roe"),
    (
        "These loans were written when money was cheap and offices were full. Neither of those things is true anymore.",
        "Jane Roe",
        "Jane Roe",
    ),
    (
        "taken a hard look at every building in the portfolio",
        "Howard Mbeki",
        "Cardinal Trust's chief executive",
    ),
    ("We are not going to be surprised again,", "Howard Mbeki", "Mbeki"),
    (
        "We have marked these loans where we think they belong, and we have the capital to absorb it.",
        "Howard Mbeki",
        "Mbeki",
    ),
    (
        "may prove to be a down payment rather than a final bill.",
        "Lucinda Farrow",
        "Lucinda Farrow",
    ),
    ("Cardinal at least ripped off the bandage,", "Lucinda Farrow", "she"),
    (
        "I worry much more about the ones that are still pretending. You can extend a loan for a year, maybe two, but at some point the building has to be worth something.",
        "Lucinda Farrow",
        "she",
    ),
    ("I am not walking away, but I understand why people do,", "Brendan Oakes", "Oakes"),
    (
        "When the loan is bigger than the building, the numbers stop making sense.",
        "Brendan Oakes",
        "Oakes",
    ),
    (
        "Extend and pretend works right up until it doesn't,",
        "A senior official at one of the agencies",
        "the official",
    ),
    (
        "What we want to know is whether the banks have a plan for the day it stops working.",
        "A senior official at one of the agencies",
        "the official",
    ),
    (
        "Office is the problem child, but it is one child in a big family,",
        "Marcus Delacroix",
        "Delacroix",
    ),
    (
        "For most of these banks, office loans are 5% or 6% of the book. That is painful. It is not fatal.",
        "Marcus Delacroix",
        "Delacroix",
    ),
    ("You will see mergers, you will see some ugly quarters,", "Marcus Delacroix", "he"),
    ("You will not see a run on the system.", "Marcus Delacroix", "he"),
    ("The danger is not that one bank goes under,", "Jane Roe", "Roe"),
    (
        "It is that two hundred banks all get cautious at the same time, and the plumber and the restaurant owner cannot get a line of credit.",
        "Jane Roe",
        "Roe",
    ),
    (
        "Our stock went down 9% because somebody else had a bad quarter,",
        "Teresa Galloway",
        "Galloway",
    ),
    (
        "We make loans to dentists and hardware stores. But try explaining that to an algorithm.",
        "Teresa Galloway",
        "Galloway",
    ),
    ("lets us turn the page", "Howard Mbeki", "Mbeki"),
    ("One good week does not make a recovery,", "Lucinda Farrow", "she"),
)

SPORTS_TURNAROUND = """Wolves' Unlikely Run Built on Castoffs and a Coach Who Believed

By Derek Vanterpool

MINNEAPOLIS — Three months ago, nobody in the locker room of the Minnesota Frost would have admitted to thinking about the playoffs. The team had lost nine of its first twelve games, its starting goalie was out with a torn groin, and its coach, Bruce Halvorsen, was widely reported to be one more losing streak away from being fired.

On Saturday night, the Frost clinched a postseason berth with a 4-2 win over Colorado, their 22nd victory in their last 28 games.

"I don't think anybody outside this room believed it, and honestly, I'm not sure everybody inside believed it either," said captain Ryan Kowalczyk, who scored twice. "But the guys kept showing up. That's all you can ask."

The turnaround has been built largely on players other teams did not want. Goalie Emil Sandqvist was waived by Tampa Bay in November and claimed by Minnesota for nothing. He has won 17 of his 21 starts since.

Sandqvist, a soft-spoken 29-year-old from Gothenburg, shrugged off questions about his resurgence after the game.

"It's the same game, same net, same puck," he said. "Maybe here I just got a chance to play more than one night a week. Confidence comes from playing."

Halvorsen, 54, took over the Frost two years ago after a long career as an assistant. He said the decision to give Sandqvist the net was easier than it looked from the outside.

"He stopped everything in practice for two weeks straight," Halvorsen said. "At some point, you stop being clever and you just play the guy who's stopping the puck."

The coach was more animated when asked about the rumors of his firing in December. He said he had never spoken to the team about them.

"You can't coach scared," he said. "If they were going to fire me, they were going to fire me. I wanted to go out doing it my way."

General manager Lisa Tremblay, who hired Halvorsen, said she had never seriously considered replacing him, though she acknowledged the pressure from fans and some members of the ownership group.

"Bruce had the room. I could see it even when we were losing," Tremblay said. "The effort was never the issue. The bounces were."

The Frost's other key addition was defenseman Malik Ashford, acquired from Seattle at the trade deadline in exchange for a third-round pick. Ashford, 31, has logged more than 24 minutes a night and quickly become one of the team's most vocal leaders.

"When I got here, I told the young guys, 'Nobody is going to hand you anything in this league,'" Ashford said. "You have to take it. And they took it."

One of those young players, 20-year-old forward Jakob Lindqvist, has scored 14 goals since January after being recalled from the minors. He credited Kowalczyk with helping him adjust.

"Kowie texted me the night I got called up and said, 'Just play your game, don't be a tourist,'" Lindqvist said, laughing. "I didn't even know what that meant. Now I do."

Kowalczyk, 33, has played his entire 12-year career in Minnesota, through six coaching changes and two rebuilds. He said this season felt different from any other.

"We've had better teams on paper," he said. "We've never had a team that liked each other this much. That sounds like a cliché. It's true."

On Saturday, the Frost fell behind early when Colorado scored on a power play less than four minutes in. Kowalczyk tied it late in the first period, and Lindqvist put Minnesota ahead with a wrist shot from the slot midway through the second.

Colorado coach Pierre Marchand said his team had not matched Minnesota's energy.

"They were hungrier than us, and it showed in every battle along the boards," Marchand said. "Credit to them. They've earned where they are."

Sandqvist made 34 saves, including a sprawling glove stop on Colorado's leading scorer with under two minutes left. When the final horn sounded, his teammates mobbed him in the crease.

Ashford said the celebration was short. The Frost play in Dallas on Tuesday, and seeding is still up for grabs.

"We'll enjoy it on the plane," he said. "Then it's back to work."

Halvorsen said he had received a text message from Tremblay after the game. He declined to share it, smiling.

"It was short," he said. "She's not a big talker. That's why we get along."

For the fans who filled the arena on Saturday, many of whom had booed the team off the ice in December, the night felt like a release. Season ticket holder Gary Prentice, 61, said he had been coming to games since the franchise arrived.

"I've seen a lot of bad hockey in this building," Prentice said. "This is the most fun I've had in years."
"""

SPORTS_TURNAROUND_GOLD: Gold = (
    (
        "I don't think anybody outside this room believed it, and honestly, I'm not sure everybody inside believed it either,",
        "Ryan Kowalczyk",
        "captain Ryan Kowalczyk",
    ),
    (
        "But the guys kept showing up. That's all you can ask.",
        "Ryan Kowalczyk",
        "captain Ryan Kowalczyk",
    ),
    ("It's the same game, same net, same puck,", "Emil Sandqvist", "he"),
    (
        "Maybe here I just got a chance to play more than one night a week. Confidence comes from playing.",
        "Emil Sandqvist",
        "he",
    ),
    ("He stopped everything in practice for two weeks straight,", "Bruce Halvorsen", "Halvorsen"),
    (
        "At some point, you stop being clever and you just play the guy who's stopping the puck.",
        "Bruce Halvorsen",
        "Halvorsen",
    ),
    ("You can't coach scared,", "Bruce Halvorsen", "he"),
    (
        "If they were going to fire me, they were going to fire me. I wanted to go out doing it my way.",
        "Bruce Halvorsen",
        "he",
    ),
    ("Bruce had the room. I could see it even when we were losing,", "Lisa Tremblay", "Tremblay"),
    ("The effort was never the issue. The bounces were.", "Lisa Tremblay", "Tremblay"),
    (
        "When I got here, I told the young guys, 'Nobody is going to hand you anything in this league,'",
        "Malik Ashford",
        "Ashford",
    ),
    ("You have to take it. And they took it.", "Malik Ashford", "Ashford"),
    (
        "Kowie texted me the night I got called up and said, 'Just play your game, don't be a tourist,'",
        "Jakob Lindqvist",
        "Lindqvist",
    ),
    ("I didn't even know what that meant. Now I do.", "Jakob Lindqvist", "Lindqvist"),
    ("We've had better teams on paper,", "Ryan Kowalczyk", "he"),
    (
        "We've never had a team that liked each other this much. That sounds like a cliché. It's true.",
        "Ryan Kowalczyk",
        "he",
    ),
    (
        "They were hungrier than us, and it showed in every battle along the boards,",
        "Pierre Marchand",
        "Marchand",
    ),
    ("Credit to them. They've earned where they are.", "Pierre Marchand", "Marchand"),
    ("We'll enjoy it on the plane,", "Malik Ashford", "he"),
    ("Then it's back to work.", "Malik Ashford", "he"),
    ("It was short,", "Bruce Halvorsen", "he"),
    ("She's not a big talker. That's why we get along.", "Bruce Halvorsen", "he"),
    ("I've seen a lot of bad hockey in this building,", "Gary Prentice", "Prentice"),
    ("This is the most fun I've had in years.", "Gary Prentice", "Prentice"),
)

SCIENCE_VENTS = """Deep-Sea Microbes May Hold Clues to How Life Survives Without Sunlight

By Anjali Mehra

Nearly two miles beneath the surface of the eastern Pacific, in the scalding water that seeps from cracks in the sea floor, a team of scientists has found communities of microbes that appear to live on a diet of hydrogen and iron, with no help from the sun at all.

The findings, published Wednesday in the journal Nature, add to a growing body of evidence that life can thrive in places once thought to be barren, and they could shape the search for life on icy moons such as Europa and Enceladus.

"We went looking for a few hardy organisms and found an entire economy," said Dr. Rosalind Achebe, a marine microbiologist at the Scripps Institution of Oceanography and the study's lead author. "Every species seems to be feeding on the waste of another one. Nothing is wasted."

The team collected samples during three expeditions aboard the research vessel Atlantis, using a remotely operated submarine to drill into rock near a cluster of hydrothermal vents off the coast of Costa Rica. Back in the lab, they sequenced the genetic material of everything they found.

Of the roughly 1,400 microbial species identified, more than 600 had never been described, Achebe said. Some carried genes for enzymes that have not been seen in any other organism.

Her co-author, Dr. Henrik Solberg of the University of Bergen in Norway, said the most striking result was how stable the communities appeared to be over time.

"We sampled the same site two years apart, and the populations were almost identical," Solberg said. "You would expect a place this violent to be chaotic. Instead it looks more like an old forest."

Solberg, who has studied vent ecosystems for more than twenty years, said the work would not have been possible a decade ago, when sequencing a single sample could take months.

Not all researchers are convinced that the microbes are as independent of sunlight as the paper suggests. Dr. Laila Brennan, a geochemist at the Woods Hole Oceanographic Institution who was not involved in the study, noted that some of the carbon in the vent water could have originated in the sunlit ocean above.

"It's a beautiful data set, and I don't doubt the diversity," Brennan said. "But 'independent of the sun' is a strong claim. Some of that organic carbon has probably drifted down from the surface at some point. Proving otherwise is very hard."

Achebe said the team had anticipated the objection and measured carbon isotopes to rule it out. She said the results showed that the vast majority of the carbon in the microbes came from the rock and the vent fluid.

"We can't say it's zero, but it's small," she said. "If you took away the sun tomorrow, I think most of this community would carry on just fine."

The study also drew interest from planetary scientists. Dr. Marcus Okonkwo, who works on the Europa Clipper mission at NASA's Jet Propulsion Laboratory in Pasadena, Calif., said the results strengthened the case for looking for life in the oceans beneath the ice of Jupiter's moon.

"Europa almost certainly has rock, water and heat, which are the ingredients these microbes are using," Okonkwo said. "That doesn't mean there's anything living there. But it makes the question a lot more reasonable to ask."

The Europa Clipper spacecraft, launched in 2024, is due to arrive at Jupiter in 2030. It is not designed to detect life directly but will map the moon's surface and measure the chemistry of its thin atmosphere.

Okonkwo cautioned against reading too much into a single study. He said that microbes on Earth had billions of years of evolution behind them, and that no one knows whether life could arise on its own in such conditions.

"Survival and origin are two very different problems," he said. "This paper tells us a lot about the first one."

A third author of the study, Dr. Yuki Tanabe of the University of Tokyo, led the analysis of the newly discovered enzymes. In a phone interview from Tokyo, she said several of them could be useful in industry because they remain stable at temperatures above 100 degrees Celsius.

"Enzymes that do not fall apart in boiling water are very valuable," Tanabe said. "We are already talking with two companies about them, although it is early."

She said the team planned to return to the vents next year with equipment that would allow them to grow some of the microbes in the lab, something that has proved extremely difficult with deep-sea organisms.

"Most of them refuse to live anywhere but home," she said. "We have to learn how to make them comfortable."

Brennan, the Woods Hole geochemist, said that effort could settle the debate over carbon. If the microbes could be grown on nothing but rock, water and gas, she said, "that would be very convincing."

Achebe said she welcomed the scrutiny. "This is how science is supposed to work," she said. "We put it out there, and people poke at it. Some of our ideas will survive and some won't."
"""

SCIENCE_VENTS_GOLD: Gold = (
    (
        "We went looking for a few hardy organisms and found an entire economy,",
        "Rosalind Achebe",
        "Dr. Rosalind Achebe",
    ),
    (
        "Every species seems to be feeding on the waste of another one. Nothing is wasted.",
        "Rosalind Achebe",
        "Dr. Rosalind Achebe",
    ),
    (
        "We sampled the same site two years apart, and the populations were almost identical,",
        "Henrik Solberg",
        "Solberg",
    ),
    (
        "You would expect a place this violent to be chaotic. Instead it looks more like an old forest.",
        "Henrik Solberg",
        "Solberg",
    ),
    ("It's a beautiful data set, and I don't doubt the diversity,", "Laila Brennan", "Brennan"),
    (
        "But 'independent of the sun' is a strong claim. Some of that organic carbon has probably drifted down from the surface at some point. Proving otherwise is very hard.",
        "Laila Brennan",
        "Brennan",
    ),
    ("We can't say it's zero, but it's small,", "Rosalind Achebe", "she"),
    (
        "If you took away the sun tomorrow, I think most of this community would carry on just fine.",
        "Rosalind Achebe",
        "she",
    ),
    (
        "Europa almost certainly has rock, water and heat, which are the ingredients these microbes are using,",
        "Marcus Okonkwo",
        "Okonkwo",
    ),
    (
        "That doesn't mean there's anything living there. But it makes the question a lot more reasonable to ask.",
        "Marcus Okonkwo",
        "Okonkwo",
    ),
    ("Survival and origin are two very different problems,", "Marcus Okonkwo", "he"),
    ("This paper tells us a lot about the first one.", "Marcus Okonkwo", "he"),
    ("Enzymes that do not fall apart in boiling water are very valuable,", "Yuki Tanabe", "Tanabe"),
    (
        "We are already talking with two companies about them, although it is early.",
        "Yuki Tanabe",
        "Tanabe",
    ),
    ("Most of them refuse to live anywhere but home,", "Yuki Tanabe", "she"),
    ("We have to learn how to make them comfortable.", "Yuki Tanabe", "she"),
    ("that would be very convincing.", "Laila Brennan", "she"),
    ("This is how science is supposed to work,", "Rosalind Achebe", "she"),
    (
        "We put it out there, and people poke at it. Some of our ideas will survive and some won't.",
        "Rosalind Achebe",
        "she",
    ),
)

DISASTER_AFTERMATH = """A Month After the Tornado, Mayfield Residents Wait for Help That Has Not Come

By Shonda Whitfield

MAYFIELD, Ky. — The blue tarp on Lorraine Pettaway's roof has been there so long that the sun has bleached it almost white. Underneath, in what used to be her living room, a dehumidifier hums day and night, fighting a losing battle against the mold creeping up the walls.

"I call the number, and they tell me somebody will come out," Pettaway, 73, said on Monday, standing in her gravel driveway. "Nobody comes out. I have called that number so many times I know the hold music by heart."

Thirty-four days after an EF-4 tornado tore a six-mile path through this town of 10,000 people, killing eleven, residents say the recovery has slowed to a crawl. Hundreds of homes remain damaged or destroyed, and many families are still living in motels, with relatives or in their cars.

The Federal Emergency Management Agency has approved about $14 million in individual assistance for Graves County, according to figures provided by the agency. But residents and local officials say the money has been slow to arrive and often falls far short of the cost of rebuilding.

Mayor Kendra Oglesby, who was sworn in just four months before the storm, said the city was doing everything it could but was overwhelmed.

"We have a public works department of twenty-two people," Oglesby said. "We are being asked to do the work of a city five times our size. My people are working seven days a week, and they are tired."

She said she had asked the state for additional help with debris removal and had been told that more crews would arrive by the end of the month. "I will believe it when I see the trucks," she said.

A spokesman for FEMA, Douglas Rafferty, said in an email that the agency had more than 300 staff members in western Kentucky and had opened two disaster recovery centers in the county.

"We understand the frustration, and we know that recovery never moves as fast as survivors need it to," Rafferty said. He urged residents who had been denied assistance to appeal, noting that many denials were the result of missing paperwork.

For some, the paperwork itself is the problem. Javier Montoya, who works at a poultry plant outside town, lost his mobile home and everything in it, including the title and his family's birth certificates.

"They ask me to prove I owned the house," Montoya said through his daughter, Isabel, who translated. "How do I prove it? The proof blew away with the house."

Isabel Montoya, 17, said the family had been sleeping in a church fellowship hall since the storm. She has missed more than two weeks of school helping her parents fill out forms.

"My dad works twelve hours and then he comes here and we do paperwork," she said. "I'm fine. I just want us to have a door that locks."

The churches have become the backbone of the recovery. At First Baptist Church on North Seventh Street, volunteers serve three meals a day to anyone who walks in and have turned the gym into a warehouse stocked with diapers, water and cleaning supplies.

The Rev. Carl Dunnigan, the church's pastor, said donations had started to taper off as the storm faded from the national news.

"The first two weeks, we had trucks lined up around the block," Dunnigan said. "Now it's a trickle. The cameras left, and people assume the problem left with them. It didn't."

Dunnigan said he worried most about the town's elderly residents, many of whom live alone and do not use the internet. Volunteers have been going door to door with paper applications.

Gov. Martin Treadway toured the area on Friday for the third time since the storm. Standing in front of the ruins of the county courthouse, he said the state would release an additional $20 million from its emergency fund to help families who fell through the cracks of the federal program.

"Nobody in Mayfield should have to choose between a roof and groceries," Treadway said. "If Washington won't move fast enough, Frankfort will."

Back on her street, Pettaway said she had heard about the governor's announcement on the radio. She was not impressed.

"Every time a politician comes, they say the money is coming," she said. "My roof doesn't care what they say."

Her neighbor, Wendell Barkley, 68, a retired mail carrier, was more hopeful. He said an insurance adjuster had finally visited his house on Saturday and that he expected a check within a few weeks.

"You have to keep after them, but it does move, eventually," Barkley said. "I told Lorraine not to give up. She's tougher than any of them."

Pettaway laughed when told what he had said. "Wendell is an optimist," she said. "Somebody on this street has to be."

Oglesby said the city planned to hold a town meeting next week at the high school, where residents could meet face to face with state and federal officials.

"I want them to look these people in the eye," the mayor said. "Not over the phone. In person."
"""

DISASTER_AFTERMATH_GOLD: Gold = (
    (
        "I call the number, and they tell me somebody will come out,",
        "Lorraine Pettaway",
        "Pettaway",
    ),
    (
        "Nobody comes out. I have called that number so many times I know the hold music by heart.",
        "Lorraine Pettaway",
        "Pettaway",
    ),
    ("We have a public works department of twenty-two people,", "Kendra Oglesby", "Oglesby"),
    (
        "We are being asked to do the work of a city five times our size. My people are working seven days a week, and they are tired.",
        "Kendra Oglesby",
        "Oglesby",
    ),
    ("I will believe it when I see the trucks,", "Kendra Oglesby", "she"),
    (
        "We understand the frustration, and we know that recovery never moves as fast as survivors need it to,",
        "Douglas Rafferty",
        "Rafferty",
    ),
    ("They ask me to prove I owned the house,", "Javier Montoya", "Montoya"),
    ("How do I prove it? The proof blew away with the house.", "Javier Montoya", "Montoya"),
    (
        "My dad works twelve hours and then he comes here and we do paperwork,",
        "Isabel Montoya",
        "she",
    ),
    ("I'm fine. I just want us to have a door that locks.", "Isabel Montoya", "she"),
    ("The first two weeks, we had trucks lined up around the block,", "Carl Dunnigan", "Dunnigan"),
    (
        "Now it's a trickle. The cameras left, and people assume the problem left with them. It didn't.",
        "Carl Dunnigan",
        "Dunnigan",
    ),
    (
        "Nobody in Mayfield should have to choose between a roof and groceries,",
        "Martin Treadway",
        "Treadway",
    ),
    ("If Washington won't move fast enough, Frankfort will.", "Martin Treadway", "Treadway"),
    ("Every time a politician comes, they say the money is coming,", "Lorraine Pettaway", "she"),
    ("My roof doesn't care what they say.", "Lorraine Pettaway", "she"),
    ("You have to keep after them, but it does move, eventually,", "Wendell Barkley", "Barkley"),
    (
        "I told Lorraine not to give up. She's tougher than any of them.",
        "Wendell Barkley",
        "Barkley",
    ),
    ("Wendell is an optimist,", "Lorraine Pettaway", "she"),
    ("Somebody on this street has to be.", "Lorraine Pettaway", "she"),
    ("I want them to look these people in the eye,", "Kendra Oglesby", "the mayor"),
    ("Not over the phone. In person.", "Kendra Oglesby", "the mayor"),
)

RIVALS_PRIMARY = """In a Bitter Primary, Two Former Allies Fight Over Who Owns the Suburbs

By Caroline Ashworth

NAPERVILLE, Ill. — For eight years, Maria Castellano and Deborah Whitlow sat side by side on the DuPage County Board, voted together on nearly every major measure and called each other friends. Now they are fighting for the Democratic nomination in the state's newly drawn 11th Congressional District, and the friendship is over.

"I trusted her, and I would have trusted her with anything," Castellano said in an interview at a coffee shop in downtown Naperville last week. "That's what makes this so hard. I don't recognize the person running these ads."

The ads in question, paid for by a super PAC supporting Whitlow, accuse Castellano of voting to raise property taxes four times while on the board. Castellano says the votes were budget measures that Whitlow also supported.

Whitlow, speaking by phone on Thursday, did not dispute that she had voted for the same budgets. But she said she had no control over the super PAC and that the ads were accurate.

"Every word in that ad is true," Whitlow said. "Maria can be upset about it, but she cannot say it's false. She voted for those increases, and she campaigned on them."

She added that Castellano's campaign had run attack ads of its own. "She is not exactly running a positive campaign," Whitlow said.

The race has become one of the most expensive House primaries in the Midwest, with more than $6 million spent by the candidates and outside groups, according to filings with the Federal Election Commission. The winner will face Republican Thomas Greer, a former Navy officer, in November, in a district that leans Democratic but has swung between the parties in recent years.

Both women are 52, both are lawyers and both moved to the suburbs from Chicago in their twenties. They differ more in style than in substance. Castellano, the daughter of Mexican immigrants, is a former public defender who speaks at rallies without notes. Whitlow, a former corporate attorney, is more measured and has emphasized her experience negotiating the county's pension overhaul.

At a candidate forum in Wheaton on Tuesday night, the two women clashed over health care. Castellano said she supported a public option and accused her opponent of taking money from insurance companies.

"When the insurance industry writes you a check, they expect something in return," she said, turning toward Whitlow. "I'd like to know what they expect."

Whitlow responded that she had received contributions from thousands of individuals, including some who work in the insurance industry, and that Castellano had accepted money from hospital executives.

"If we're going to play this game, let's play it honestly," she said. "Nobody on this stage is pure."

The crowd of about 200 people was evenly split, judging by the applause. Several voters said afterward that they liked both candidates and were dismayed by the tone of the race.

"They agree on almost everything," said Frances O'Donnell, 64, a retired teacher from Lisle. "I don't understand why they're tearing each other apart. It's going to make it harder to win in November."

Local party leaders have stayed neutral. The chairwoman of the DuPage County Democratic Party, Renata Gulley, said she had spoken to both candidates about the negative ads but had no power to stop them.

"I have told them both the same thing," Gulley said. "The day after the primary, we are all going to need each other."

Castellano has been endorsed by several labor unions and by the district's outgoing congresswoman, Helen Markowitz, who is retiring after five terms. Markowitz said she had made her choice reluctantly.

"Deborah would be a fine member of Congress," Markowitz said. "Maria is the one I think can win in November, and that's what matters most to me right now."

Whitlow has been endorsed by the state's senior senator and by a group of suburban mayors. She has also outraised Castellano, $2.9 million to $2.1 million, according to the most recent reports.

Asked whether the two could ever repair their friendship, Castellano paused for a long moment.

"I hope so," she said. "Not before March 17, though."

Whitlow said she still considered Castellano a friend, though the two have not spoken privately since the race began. She said she expected that to change once the votes were counted.

"Maria and I will have dinner on March 18, whoever wins," she said. "I'll even pay."

Told of the remark, Castellano laughed. "She'd better," she said. "She's got more money than I do."

The campaign's final weeks are likely to be dominated by television advertising and door-to-door canvassing in the district's fast-growing western suburbs, where many voters say they know little about either candidate.

Ahmed Rashid, 38, a software engineer in Aurora, said he had received a dozen mailers from each campaign but had not decided how to vote.

"The mailers all say the other one is terrible," Rashid said. "That's not a lot to go on."
"""

RIVALS_PRIMARY_GOLD: Gold = (
    (
        "I trusted her, and I would have trusted her with anything,",
        "Maria Castellano",
        "Castellano",
    ),
    (
        "That's what makes this so hard. I don't recognize the person running these ads.",
        "Maria Castellano",
        "Castellano",
    ),
    ("Every word in that ad is true,", "Deborah Whitlow", "Whitlow"),
    (
        "Maria can be upset about it, but she cannot say it's false. She voted for those increases, and she campaigned on them.",
        "Deborah Whitlow",
        "Whitlow",
    ),
    ("She is not exactly running a positive campaign,", "Deborah Whitlow", "Whitlow"),
    (
        "When the insurance industry writes you a check, they expect something in return,",
        "Maria Castellano",
        "she",
    ),
    ("I'd like to know what they expect.", "Maria Castellano", "she"),
    ("If we're going to play this game, let's play it honestly,", "Deborah Whitlow", "she"),
    ("Nobody on this stage is pure.", "Deborah Whitlow", "she"),
    ("They agree on almost everything,", "Frances O'Donnell", "Frances O'Donnell"),
    (
        "I don't understand why they're tearing each other apart. It's going to make it harder to win in November.",
        "Frances O'Donnell",
        "Frances O'Donnell",
    ),
    ("I have told them both the same thing,", "Renata Gulley", "Gulley"),
    ("The day after the primary, we are all going to need each other.", "Renata Gulley", "Gulley"),
    ("Deborah would be a fine member of Congress,", "Helen Markowitz", "Markowitz"),
    (
        "Maria is the one I think can win in November, and that's what matters most to me right now.",
        "Helen Markowitz",
        "Markowitz",
    ),
    ("I hope so,", "Maria Castellano", "she"),
    ("Not before March 17, though.", "Maria Castellano", "she"),
    ("Maria and I will have dinner on March 18, whoever wins,", "Deborah Whitlow", "she"),
    ("I'll even pay.", "Deborah Whitlow", "she"),
    ("She'd better,", "Maria Castellano", "she"),
    ("She's got more money than I do.", "Maria Castellano", "she"),
    ("The mailers all say the other one is terrible,", "Ahmed Rashid", "Rashid"),
    ("That's not a lot to go on.", "Ahmed Rashid", "Rashid"),
)

OBITUARY_BAKER = """Evelyn Marchetti, Who Turned a Family Bakery Into a Neighborhood Institution, Dies at 91

By Robert Clancy

PROVIDENCE, R.I. — Evelyn Marchetti, who for more than six decades rose at 3 a.m. to bake bread for the Federal Hill neighborhood and who fed striking workers, grieving families and hungry students free of charge, died on Sunday at her home above the shop. She was 91.

Her death was confirmed by her son, Paul Marchetti, who now runs the bakery. He said the cause was heart failure.

"She worked until last Christmas," he said. "We tried to make her stop. You could not make my mother stop doing anything."

Evelyn Ruggiero was born on Oct. 4, 1934, in Providence, the fourth of seven children of Italian immigrants. Her father, Salvatore, was a stonemason; her mother, Concetta, took in sewing. She left school at 15 to work in a jewelry factory and married Anthony Marchetti, a baker's apprentice, in 1953.

The couple opened Marchetti's Bakery on Atwells Avenue in 1959 with a secondhand oven and $400 borrowed from her father. The first week, they sold eleven loaves, most of them to relatives. Anthony Marchetti died in 1988, and she ran the business on her own for the next twenty years before handing day-to-day operations to their son.

Her bread became a fixture of the neighborhood's weddings, funerals and Sunday dinners. But it was her generosity that people mentioned first on Monday, as they left flowers and handwritten notes outside the shuttered shop.

"When my father lost his job in 1982, we had nothing," said Gina Lombardi, 56, who grew up two blocks away. "Every Saturday morning there was a bag of bread on our steps. Nobody ever said where it came from. We all knew."

Mayor Julian Ferreira, who grew up in the neighborhood, ordered flags at City Hall lowered to half-staff. In a statement, he called Mrs. Marchetti "the heart of Federal Hill for as long as any of us can remember."

"She never asked for anything in return, and she never turned anyone away," the statement said. "Providence is poorer today."

During a strike at a textile mill in 1971, she delivered bread every morning to the picket line for seven weeks. Frank DeSimone, a retired union organizer who was 24 at the time, said the workers never forgot it.

"We were freezing out there, and this little woman shows up in a station wagon full of bread, still warm," DeSimone said. "She said, 'You can't fight on an empty stomach.' Then she came back the next day, and the next."

In later years she became a kind of unofficial grandmother to students at nearby colleges, who came for cheap pastries and stayed for her advice. A former student, Dr. Nadia Hosseini, now a pediatrician in Boston, said she had studied for her medical school exams at a corner table in the bakery.

"She would bring me coffee and tell me to stop frowning," Hosseini said. "When I got in, she made me a cake shaped like a stethoscope. It was terrible looking and delicious."

Mrs. Marchetti was known for her bluntness as much as her kindness. She once told a food critic from a national magazine that his review was "very nice, but you spelled my name wrong," and she refused for years to sell sliced bread, which she considered an insult.

Her granddaughter, Sofia Marchetti, 29, who works alongside her father at the bakery, said she learned to bake at her grandmother's elbow.

"She never used a recipe. Everything was a handful of this and a pinch of that," Sofia Marchetti said. "When I asked how much, she would say, 'Enough.' It took me ten years to figure out what enough meant."

Paul Marchetti said the family planned to keep the bakery open. He said his mother had made him promise in her final weeks that it would not close for more than a day.

"She said, 'People still need bread on Tuesday,'" he said. "So we'll open Tuesday."

The Rev. Thomas Albanese, pastor of Holy Ghost Church, where Mrs. Marchetti attended Mass every morning for more than sixty years, said her funeral would be held there on Friday.

"She always sat in the third pew on the left, and she always left before the last hymn to get back to the ovens," Father Albanese said. "God understood. I think he even approved."

In addition to her son and granddaughter, she is survived by a daughter, Rosemary Cardillo of Cranston; two sisters, Lucia Ferri and Angela Ruggiero; five other grandchildren; and nine great-grandchildren.

Lombardi said she had stopped by the bakery on Monday morning out of habit, forgetting that it would be closed. A handwritten sign on the door said only, "Closed today. Back tomorrow."

"Of course it did," Lombardi said. "That was her. Back tomorrow."
"""

OBITUARY_BAKER_GOLD: Gold = (
    ("She worked until last Christmas,", "Paul Marchetti", "he"),
    (
        "We tried to make her stop. You could not make my mother stop doing anything.",
        "Paul Marchetti",
        "he",
    ),
    ("When my father lost his job in 1982, we had nothing,", "Gina Lombardi", "Gina Lombardi"),
    (
        "Every Saturday morning there was a bag of bread on our steps. Nobody ever said where it came from. We all knew.",
        "Gina Lombardi",
        "Gina Lombardi",
    ),
    ("the heart of Federal Hill for as long as any of us can remember.", "Julian Ferreira", "he"),
    (
        "She never asked for anything in return, and she never turned anyone away,",
        "Julian Ferreira",
        "the statement",
    ),
    ("Providence is poorer today.", "Julian Ferreira", "the statement"),
    (
        "We were freezing out there, and this little woman shows up in a station wagon full of bread, still warm,",
        "Frank DeSimone",
        "DeSimone",
    ),
    (
        "She said, 'You can't fight on an empty stomach.' Then she came back the next day, and the next.",
        "Frank DeSimone",
        "DeSimone",
    ),
    ("She would bring me coffee and tell me to stop frowning,", "Nadia Hosseini", "Hosseini"),
    (
        "When I got in, she made me a cake shaped like a stethoscope. It was terrible looking and delicious.",
        "Nadia Hosseini",
        "Hosseini",
    ),
    ("very nice, but you spelled my name wrong,", "Evelyn Marchetti", "She"),
    (
        "She never used a recipe. Everything was a handful of this and a pinch of that,",
        "Sofia Marchetti",
        "Sofia Marchetti",
    ),
    (
        "When I asked how much, she would say, 'Enough.' It took me ten years to figure out what enough meant.",
        "Sofia Marchetti",
        "Sofia Marchetti",
    ),
    ("She said, 'People still need bread on Tuesday,'", "Paul Marchetti", "he"),
    ("So we'll open Tuesday.", "Paul Marchetti", "he"),
    (
        "She always sat in the third pew on the left, and she always left before the last hymn to get back to the ovens,",
        "Thomas Albanese",
        "Father Albanese",
    ),
    ("God understood. I think he even approved.", "Thomas Albanese", "Father Albanese"),
    ("Of course it did,", "Gina Lombardi", "Lombardi"),
    ("That was her. Back tomorrow.", "Gina Lombardi", "Lombardi"),
)

PODCAST_INTERVIEW = """Former Surgeon General Says Pandemic Messaging Failed Rural America

By Tamsin Okafor

Dr. Victoria Ashby, who served as surgeon general for nearly three years, said in an interview broadcast on Sunday that federal health officials had badly misjudged how their pandemic guidance would land in rural communities, and that the damage to public trust might take a generation to repair.

Speaking on the podcast "The Long Table," hosted by the journalist Martin Greaves, Ashby said officials in Washington had too often spoken in the language of experts rather than neighbors.

"We talked to rural America like it was a problem to be managed," Ashby said. "We should have talked to it like it was family. People can tell the difference, and they remember it."

The 70-minute conversation, recorded in Ashby's hometown of Lewisburg, W.Va., ranged from her childhood as the daughter of a coal miner to the death threats she received while in office. It is the first extended interview she has given since leaving her post last year.

Greaves, who has hosted the program since 2019, pressed her on whether she regretted any of the specific recommendations she had made, including her support for school closures in the fall of 2020.

"Do you think the schools stayed closed too long?" he asked.

"In some places, yes. I've said that before, and I'll say it again," she said. "We had data by the spring of 2021 that should have moved us faster. We didn't move fast enough. That's on us."

She said she had argued internally for reopening schools earlier but declined to name the officials who had disagreed with her. "I'm not going to relitigate those conversations in public," she said. "It wouldn't be fair, and it wouldn't help anybody."

Greaves then asked about the threats. Ashby said she had received more than 4,000 threatening messages during her tenure and had been assigned a security detail after a man was arrested outside her home in Maryland with a rifle in his truck.

"My daughter was 12," she said. "She asked me if somebody was going to shoot me. I didn't have a good answer for her."

Ashby said the experience had not made her bitter, though it had changed how she thought about public service. She said she worried that talented young doctors would now be reluctant to take government jobs.

"Why would you?" she said. "You can make three times the money and nobody calls your house at midnight."

The interview drew a swift response from Sen. Walter Pruitt, a Republican from Kentucky who chaired a Senate subcommittee that investigated the government's pandemic response. In a post on X, Pruitt said Ashby's admission was "about four years too late."

"Parents in my state begged for their kids to be back in the classroom, and she called them anti-science," Pruitt wrote. "An apology on a podcast doesn't give those children back what they lost."

Ashby's successor, Dr. Raymond Kimura, declined to comment on the interview through a spokeswoman, who said he had not listened to it.

Public health experts were divided. Dr. Celeste Harrington, who studies health communication at Emory University, said Ashby's comments reflected a growing consensus among researchers that officials had underestimated the cultural gap between cities and rural areas.

"The science was only ever half of the job," Harrington said. "The other half was figuring out who people trust and letting them carry the message. We mostly skipped that half."

But Dr. Oren Feldstein, an epidemiologist at Johns Hopkins who advised several states during the pandemic, said he worried that comments like Ashby's could be used to discredit measures that saved lives.

"Closing schools in March 2020 was the right call with what we knew," Feldstein said. "It's easy to forget how frightening those weeks were. Hindsight is cheap."

Near the end of the interview, Greaves asked Ashby whether she would consider running for office in West Virginia, where she has been mentioned as a possible candidate for governor.

"I get asked that at the grocery store about once a week," she said, laughing. "My answer is always the same: not this year."

"That's not a no," Greaves said.

"It's not a yes, either," she replied.

She said she was spending most of her time running a rural health clinic in Greenbrier County that she founded after leaving office, where she sees patients two days a week.

"I'm a doctor again," she said. "I'd forgotten how much I missed it. A woman came in last week with a cough, and we just talked for half an hour. Nobody was yelling. It was wonderful."

Ashby's remarks were welcomed by some rural health workers, who said they had felt ignored during the pandemic. Darlene Hooper, a nurse practitioner in McDowell County, said she had listened to the full episode on her drive to work.

"She said what a lot of us were saying in 2020," Hooper said. "It's nice to hear it from somebody who was in the room."

The episode had been downloaded more than 300,000 times by Monday afternoon, according to the show's producers.
"""

PODCAST_INTERVIEW_GOLD: Gold = (
    ("We talked to rural America like it was a problem to be managed,", "Victoria Ashby", "Ashby"),
    (
        "We should have talked to it like it was family. People can tell the difference, and they remember it.",
        "Victoria Ashby",
        "Ashby",
    ),
    ("Do you think the schools stayed closed too long?", "Martin Greaves", "he"),
    ("In some places, yes. I've said that before, and I'll say it again,", "Victoria Ashby", "she"),
    (
        "We had data by the spring of 2021 that should have moved us faster. We didn't move fast enough. That's on us.",
        "Victoria Ashby",
        "she",
    ),
    ("I'm not going to relitigate those conversations in public,", "Victoria Ashby", "she"),
    ("It wouldn't be fair, and it wouldn't help anybody.", "Victoria Ashby", "she"),
    ("My daughter was 12,", "Victoria Ashby", "she"),
    (
        "She asked me if somebody was going to shoot me. I didn't have a good answer for her.",
        "Victoria Ashby",
        "she",
    ),
    ("Why would you?", "Victoria Ashby", "she"),
    (
        "You can make three times the money and nobody calls your house at midnight.",
        "Victoria Ashby",
        "she",
    ),
    ("about four years too late.", "Walter Pruitt", "Pruitt"),
    (
        "Parents in my state begged for their kids to be back in the classroom, and she called them anti-science,",
        "Walter Pruitt",
        "Pruitt",
    ),
    (
        "An apology on a podcast doesn't give those children back what they lost.",
        "Walter Pruitt",
        "Pruitt",
    ),
    ("The science was only ever half of the job,", "Celeste Harrington", "Harrington"),
    (
        "The other half was figuring out who people trust and letting them carry the message. We mostly skipped that half.",
        "Celeste Harrington",
        "Harrington",
    ),
    (
        "Closing schools in March 2020 was the right call with what we knew,",
        "Oren Feldstein",
        "Feldstein",
    ),
    (
        "It's easy to forget how frightening those weeks were. Hindsight is cheap.",
        "Oren Feldstein",
        "Feldstein",
    ),
    ("I get asked that at the grocery store about once a week,", "Victoria Ashby", "she"),
    ("My answer is always the same: not this year.", "Victoria Ashby", "she"),
    ("That's not a no,", "Martin Greaves", "Greaves"),
    ("It's not a yes, either,", "Victoria Ashby", "she"),
    ("I'm a doctor again,", "Victoria Ashby", "she"),
    (
        "I'd forgotten how much I missed it. A woman came in last week with a cough, and we just talked for half an hour. Nobody was yelling. It was wonderful.",
        "Victoria Ashby",
        "she",
    ),
    ("She said what a lot of us were saying in 2020,", "Darlene Hooper", "Hooper"),
    ("It's nice to hear it from somebody who was in the room.", "Darlene Hooper", "Hooper"),
)

CASES: dict[str, tuple[str, Gold]] = {
    "investigation_flood": (INVESTIGATION_FLOOD, INVESTIGATION_FLOOD_GOLD),
    "profile_conductor": (PROFILE_CONDUCTOR, PROFILE_CONDUCTOR_GOLD),
    "trial_testimony": (TRIAL_TESTIMONY, TRIAL_TESTIMONY_GOLD),
    "business_analysts": (BUSINESS_ANALYSTS, BUSINESS_ANALYSTS_GOLD),
    "sports_turnaround": (SPORTS_TURNAROUND, SPORTS_TURNAROUND_GOLD),
    "science_vents": (SCIENCE_VENTS, SCIENCE_VENTS_GOLD),
    "disaster_aftermath": (DISASTER_AFTERMATH, DISASTER_AFTERMATH_GOLD),
    "rivals_primary": (RIVALS_PRIMARY, RIVALS_PRIMARY_GOLD),
    "obituary_baker": (OBITUARY_BAKER, OBITUARY_BAKER_GOLD),
    "podcast_interview": (PODCAST_INTERVIEW, PODCAST_INTERVIEW_GOLD),
}

#: ``Speaker.role`` of the speaker of a quote, where the role matters.
ROLES: dict[tuple[str, str], str] = {
    (
        "business_analysts",
        "The market is finally doing the math,",
    ): "chief economist at Halvorsen Capital in New York",
    ("trial_testimony", "a builder, not a bookkeeper,"): "Burkhart's lawyer",
    ("disaster_aftermath", "I will believe it when I see the trucks,"): "Mayor",
    ("sports_turnaround", "The effort was never the issue. The bounces were."): "General manager",
}

#: Stories whose remaining errors no general rule fixes yet, with the reason
#: (the test fails if they start passing).
KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize("name", story_names(CASES, KNOWN_FAILURES))
def test_feature_story(name: str) -> None:
    text, gold = CASES[name]
    assert 780 <= len(text.split()) <= 1400
    check_story(name, text, gold, ROLES)


@pytest.mark.parametrize(
    ("text", "quote", "name", "mention"),
    [
        # a subject with its age set off, then a sentence its pronoun opens
        (
            '"We never quit," said captain Ryan Kowalczyk.\n\n"It felt good," Jakob Lind said.\n\nKowalczyk, 33, has played here for 12 years. He said this season felt different.\n\n"We like each other," he said.',
            "We like each other,",
            "Ryan Kowalczyk",
            "he",
        ),
        # a name after an opening phrase, then sentences its pronoun opens
        (
            '"Play it again," Bruce Hale said.\n\nOn a gray morning, Tomasz Wieczorek stood on the podium of the Erie Philharmonic\'s hall.\n\nHe did not raise his voice. When the passage came together, he nodded and said, "Again, from the top."',
            "Again, from the top.",
            "Tomasz Wieczorek",
            "he",
        ),
        # a name set off after a noun of hers ends the sentence before
        (
            '"I said what I said," Anne Duclos said.\n\nThe governor\'s office referred questions to a spokeswoman, Kiara Whitlock. In an email, she said the governor had "no role whatsoever."',
            "no role whatsoever.",
            "Kiara Whitlock",
            "she",
        ),
        # the one asked answers, not the one who asked nor the last speaker
        (
            '"We failed," Dr. Victoria Ashby told the host, Martin Greaves.\n\n"Hindsight is cheap," Dr. Oren Feld said.\n\nGreaves asked Ashby whether she would run for governor.\n\n"Not this year," she said.',
            "Not this year,",
            "Victoria Ashby",
            "she",
        ),
        # a subject named in full and described before, of no known first name
        (
            '"We took it," said captain Ryan Kowal.\n\nGoalie Emil Sandqvist was claimed off waivers. He has won 17 of 21 starts.\n\n"He is a wall," Kowal said.\n\nSandqvist, a soft-spoken 29-year-old, shrugged off questions about his form.\n\n"It is the same puck," he said.',
            "It is the same puck,",
            "Emil Sandqvist",
            "he",
        ),
        # "In a statement, he called ...": a later "the statement said" is his
        (
            'Mayor Julian Ferreira ordered flags lowered. In a statement, he called her "the heart of the neighborhood."\n\n"Providence is poorer today," the statement said.',
            "Providence is poorer today,",
            "Julian Ferreira",
            "the statement",
        ),
        # the one told is no speaker ("he told Rubio")
        (
            '"We will fix it," Marco Rubio said.\n\nAt a coffee shop, Scott Szlachta asked about visas. Rubio co-sponsored a bill to triple them.\n\n"We are abused," he told Rubio.',
            "We are abused,",
            "Scott Szlachta",
            "he",
        ),
        # an initial's full stop ends no sentence ("A.E. Dick Howard")
        (
            '"This is lawful," Gov. Terry McAuliffe said.\n\nMcAuliffe had consulted the scholar A.E. Dick Howard at the university.\n\n"I want to be clear," he said.',
            "I want to be clear,",
            "Terry McAuliffe",
            "he",
        ),
    ],
)
def test_feature_form(text: str, quote: str, name: str, mention: str) -> None:
    found = {q.text: q for q in parse_article(text).quotes}
    assert quote in found, list(found)
    speaker = found[quote].speaker
    assert speaker is not None
    assert (speaker.name, speaker.mention) == (name, mention)


@pytest.mark.parametrize(
    ("text", "quote", "name", "mention"),
    [
        # a bare question after a question and its answer: the one who asks again
        (
            '"Did you know what was in the boxes?" Rachel Lindgren asked.\n\n'
            '"Some of it," Marisol Echeverria said.\n\n"Why did you do it?"',
            "Why did you do it?",
            "Rachel Lindgren",
            "Rachel Lindgren",
        ),
        # words addressed to the witness by title and name are the asker's
        (
            '"You told detectives you did not remember, isn\'t that right?" Desmond '
            'Achterberg asked.\n\n"I was scared," Marisol Echeverria said.\n\n'
            '"That is not what I asked you, Ms. Echeverria."',
            "That is not what I asked you, Ms. Echeverria.",
            "Desmond Achterberg",
            "Desmond Achterberg",
        ),
        # with no question asked before, the last speaker goes on
        (
            '"We lost the vote," Ann Kent said.\n\n"We did," Jo Lind said.\n\n'
            '"Why would we quit now?"',
            "Why would we quit now?",
            "Jo Lind",
            "Jo Lind",
        ),
    ],
)
def test_an_exchange_turns_back_to_the_asker(
    text: str, quote: str, name: str, mention: str
) -> None:
    found = {q.text: q for q in parse_article(text).quotes}
    assert quote in found, list(found)
    speaker = found[quote].speaker
    assert speaker is not None
    assert (speaker.name, speaker.mention) == (name, mention)


def test_one_the_sentence_before_names_speaks_on_as_if_named() -> None:
    # the pronoun that took the one asked makes her the latest speaker of her
    # gender: a "she" after the host's words is hers, not an earlier speaker's
    text = (
        '"We failed," Dr. Victoria Ashby told the host, Martin Greaves.\n\n'
        '"Hindsight is cheap," Dr. Oren Feld said.\n\n'
        "Greaves asked Ashby whether she would run.\n\n"
        '"Not this year," she said.\n\n"That is not a no," Greaves said.\n\n'
        '"It is not a yes," she replied.'
    )
    speakers = {q.text: q.speaker for q in parse_article(text).quotes}
    speaker = speakers["It is not a yes,"]
    assert speaker is not None
    assert (speaker.name, speaker.mention) == ("Victoria Ashby", "she")


#: A story's opening: a senator of a known gender, then a speaker of none.
SENATE = (
    "Senate delays vote on farm bill\n\nSen. Ann Berg, an Ohio Democrat, introduced the bill "
    'in March.\n\n"This bill will pass by summer," Quinn Ashworth, the majority leader, said '
    "on Tuesday.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # the subject of the sentence before, by her title's noun, over the speaker of
        # no known gender
        ("The senator, though, had other ideas.", "Ann Berg"),
        # (or by her description)
        ("The Ohio Democrat had other ideas.", "Ann Berg"),
        # a sentence whose subject is no person names her alone, at its end
        ("That did not persuade Ms. Berg.", "Ann Berg"),
        ("None of it moved Ms. Berg.", "Ann Berg"),
        # near misses: the speaker goes on
        # (a possessive is no subject)
        ("The senator's office had other ideas.", "Quinn Ashworth"),
        # (one of the other gender by the honorific)
        ("That did not persuade Mr. Berg.", "Quinn Ashworth"),
        # (another named at the end)
        ("That did not persuade Ms. Berg or Ashworth.", "Quinn Ashworth"),
        # (the one described is the speaker)
        ("The majority leader had other ideas.", "Quinn Ashworth"),
    ],
)
def test_a_pronoun_after_a_subject_of_its_gender(sentence: str, name: str) -> None:
    text = SENATE + sentence + ' "We need more time," she said.'
    found = {q.text: q.speaker for q in parse_article(text).quotes}
    speaker = found["We need more time,"]
    assert speaker is not None
    assert (speaker.name, speaker.mention) == (name, "she")


@pytest.mark.parametrize(
    "sentence",
    [
        # an adjective before the sign and a place after it
        'A handwritten sign on the door said only, "Closed today."',
        # (after an opening phrase, its words after a colon)
        "At Saturday's home defeat by Grimsby, a large banner behind the goal read: "
        '"Closed today."',
    ],
)
def test_a_sign_and_its_place_speak_for_no_one(sentence: str) -> None:
    # the words are the sign's, not the last speaker's
    text = (
        'Baker mourned\n\n"She was kind," Father Tom Albanese said.\n\n'
        f'Gina Lombardi stopped by the shop. {sentence}\n\n"Of course it did," Lombardi said.'
    )
    quotes = [q.text for q in parse_article(text).quotes]
    assert quotes == ["She was kind,", "Of course it did,"]


@pytest.mark.parametrize(
    "sentence",
    [
        # the speaker is named in the clause with the sign: theirs
        'Gina Lombardi, standing by a sign on the door, said, "Closed today."',
        # the sign is what the speaker points to
        'Gina Lombardi pointed to a sign on the door and said, "Closed today."',
    ],
)
def test_a_speaker_beside_a_sign_keeps_the_words(sentence: str) -> None:
    text = f'Baker mourned\n\n"She was kind," Father Tom Albanese said.\n\n{sentence}'
    found = {q.text: q.speaker for q in parse_article(text).quotes}
    speaker = found["Closed today."]
    assert speaker is not None
    assert speaker.name == "Gina Lombardi"


def test_a_preposition_opening_a_sentence_is_no_name() -> None:
    text = (
        "Orchestra reborn\n\nOn a gray morning, Tomasz Wieczorek stood on the podium.\n\n"
        "Under Wieczorek, now 58, the orchestra has doubled its audience.\n\n"
        '"An orchestra is not an army," he said.'
    )
    (quote,) = parse_article(text).quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.mention) == ("Tomasz Wieczorek", "he")
