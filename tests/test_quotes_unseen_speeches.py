"""Quotes and speakers in invented stories that quote speeches, hearings and transcripts.

Every story here is invented (names, places, figures and words; no real story
is copied) in the house style of wire services and local papers: speeches
quoted at length after ``Here is part of what X said:`` with editorial
brackets, ellipses and ``(Applause.)``, hearings and debates excerpted with
speaker labels (``SEN. ROE: "..."``, ``Q. "..."``), press briefings with
reporters' questions, court testimony, 911 calls and body-camera footage,
remarks through an interpreter.  The gold follows :mod:`tests.test_quotes_unseen`.

The file also reads every story of :mod:`tests.test_quotes_unseen_features` and
:mod:`tests.test_quotes_unseen_long` hard-wrapped at 70 columns with Windows line
ends (``\\r\\n``), as some wire feeds deliver them: the quotes and speakers must be
those of the story as written.
"""

from __future__ import annotations

import textwrap

import pytest

from newsstruct import find_quotes, parse_article
from tests import (
    test_quotes_unseen_digital,
    test_quotes_unseen_features,
    test_quotes_unseen_long,
)
from tests.test_quotes_unseen import Gold, check_story, story_names

CHARITY_GALA_SPEECH = """Retiring surgeon urges graduates to 'stay curious'

By Amelia Northcott

Dr. Evelyn Marsh, who performed the state's first successful pediatric heart transplant in 1991, told graduates of the Hollings School of Medicine on Saturday that the most important tool they would carry was not a scalpel but a question.

Marsh, 71, who retired from Saint Bartholomew's Children's Hospital in June after 42 years, was greeted with a standing ovation when she took the stage.

"I have been wrong more times than I can count," she told the 180 graduates. "Every time, it was because I stopped asking why."

She recalled the night of the 1991 operation, when the donor heart arrived two hours late and the power in one operating room failed.

"We finished that surgery by flashlight," Marsh said. "I don't recommend it. (Laughter.) But I learned that a team that trusts each other can do almost anything."

The school's dean, Dr. Kenneth Abara, introduced Marsh as "the reason half of this faculty became doctors."

In the most personal passage of the speech, Marsh spoke about losing a patient early in her career, a 6-year-old girl she called only "Annie."

"I still have her drawing on my refrigerator," Marsh said, her voice breaking. "She drew me with a cape. I have tried to deserve that cape ever since."

Graduate Priya Raman, who will begin a residency in pediatrics at the hospital next month, said the speech had left many of her classmates in tears.

"She made it sound like the job is about people, not procedures," Raman said. "That's why I wanted to do this."

Marsh ended with a challenge to the class.

"Stay curious," she said. "Stay kind. And call your mothers."

Here is what Marsh told the graduates about the day she almost quit medicine:

"It was my second year of residency. I had been awake for 36 hours, and I made a mistake with a dose. The patient was fine. I was not.

"I went to my chief, Dr. Albert Sorensen, and I told him I was done. He said, 'Good. Now you know what it costs. Go back upstairs.' So I went back upstairs."

Sorensen, who died in 2009, trained more than 200 surgeons at the hospital over four decades.

His daughter, Margaret Sorensen-Hale, was in the audience on Saturday. She said afterward that she had never heard the story.

"That sounds exactly like him," she said, laughing. "He never let anybody quit. Not even me."

The school said the class of 2025 was its largest ever, with 41 graduates going into primary care.
"""
CHARITY_GALA_SPEECH_GOLD: Gold = (
    ("I have been wrong more times than I can count,", "Evelyn Marsh", "she"),
    ("Every time, it was because I stopped asking why.", "Evelyn Marsh", "she"),
    ("We finished that surgery by flashlight,", "Evelyn Marsh", "Marsh"),
    (
        "I don't recommend it. (Laughter.) But I learned that a team that trusts each other can do almost anything.",
        "Evelyn Marsh",
        "Marsh",
    ),
    ("the reason half of this faculty became doctors.", "Kenneth Abara", "The school's dean"),
    ("I still have her drawing on my refrigerator,", "Evelyn Marsh", "Marsh"),
    (
        "She drew me with a cape. I have tried to deserve that cape ever since.",
        "Evelyn Marsh",
        "Marsh",
    ),
    ("She made it sound like the job is about people, not procedures,", "Priya Raman", "Raman"),
    ("That's why I wanted to do this.", "Priya Raman", "Raman"),
    ("Stay curious,", "Evelyn Marsh", "she"),
    ("Stay kind. And call your mothers.", "Evelyn Marsh", "she"),
    (
        "It was my second year of residency. I had been awake for 36 hours, and I made a mistake with a dose. The patient was fine. I was not.",
        "Evelyn Marsh",
        "Marsh",
    ),
    (
        "I went to my chief, Dr. Albert Sorensen, and I told him I was done. He said, 'Good. Now you know what it costs. Go back upstairs.' So I went back upstairs.",
        "Evelyn Marsh",
        "Marsh",
    ),
    ("That sounds exactly like him,", "Margaret Sorensen-Hale", "she"),
    ("He never let anybody quit. Not even me.", "Margaret Sorensen-Hale", "she"),
)

COURT_TRANSCRIPT = """Jurors hear officer's account of fatal traffic stop

By Nolan Hartigan | The Riverton Courier

A former county sheriff's deputy told jurors on Tuesday that he fired at a fleeing driver because he believed the man was reaching for a gun, in testimony that prosecutors spent much of the afternoon trying to pick apart.

Former Deputy Craig Mattingly, 34, is charged with manslaughter in the death of Dwayne Everett, 27, who was shot during a traffic stop on Route 9 in March of last year. No weapon was found in the car.

Mattingly, who testified in his own defense, said he saw Everett's right hand "go down toward the console" as the car began to move.

"I thought I was going to die," Mattingly said. "I still think about it every day."

Under cross-examination, Assistant District Attorney Felicia Brandt played the footage from Mattingly's body camera frame by frame and asked him to point out where the hand went down.

According to the court transcript, the exchange went as follows:

Q. "Can you show the jury the gun, deputy?"

A. "There was no gun. I didn't know that then."

Q. "You didn't know it, but you fired anyway?"

A. "I fired because I was afraid."

Brandt then read aloud from Mattingly's written report, filed hours after the shooting, in which he wrote that Everett had "lunged" toward him. On the video, the car is moving away.

"Lunged is the word you chose?" Brandt asked.

"It's the word I chose that night," Mattingly said. "I was wrong about some things."

Defense attorney Richard Sallow told reporters outside the courthouse that his client had been "honest to a fault" on the stand.

"He didn't pretend," Sallow said. "Jurors can see that."

Everett's mother, Lorraine Everett, sat in the second row of the gallery throughout the testimony. She left the courtroom during the video.

"I can't watch my son die again," she said in the hallway.

Judge Miriam Osei told jurors that closing arguments would begin Thursday.

Earlier in the day, jurors heard from the second deputy at the scene, Lt. Samuel Greer, who said he arrived about 40 seconds after the shots were fired.

Greer testified that Mattingly was "pale and shaking" and kept repeating the same sentence.

"He said, 'He went for it, he went for it,'" Greer told the jury. "Over and over."

On cross-examination by Sallow, Greer acknowledged that he had not seen the shooting and could not say what Everett's hands were doing.

Mr. Sallow: "So everything you know about those seconds, you learned from my client?"

Mr. Greer: "Yes, sir. And from the video."

Prosecutors have said they will call a use-of-force expert on Wednesday. The defense is expected to rest its case after that.
"""
COURT_TRANSCRIPT_GOLD: Gold = (
    ("go down toward the console", "Craig Mattingly", "Mattingly"),
    ("I thought I was going to die,", "Craig Mattingly", "Mattingly"),
    ("I still think about it every day.", "Craig Mattingly", "Mattingly"),
    ("Can you show the jury the gun, deputy?", "Felicia Brandt", "Q"),
    ("There was no gun. I didn't know that then.", "Craig Mattingly", "A"),
    ("You didn't know it, but you fired anyway?", "Felicia Brandt", "Q"),
    ("I fired because I was afraid.", "Craig Mattingly", "A"),
    ("lunged", "Craig Mattingly", "he"),
    ("Lunged is the word you chose?", "Felicia Brandt", "Brandt"),
    ("It's the word I chose that night,", "Craig Mattingly", "Mattingly"),
    ("I was wrong about some things.", "Craig Mattingly", "Mattingly"),
    ("honest to a fault", "Richard Sallow", "Richard Sallow"),
    ("He didn't pretend,", "Richard Sallow", "Sallow"),
    ("Jurors can see that.", "Richard Sallow", "Sallow"),
    ("I can't watch my son die again,", "Lorraine Everett", "she"),
    ("pale and shaking", "Samuel Greer", "Greer"),
    ("He said, 'He went for it, he went for it,'", "Samuel Greer", "Greer"),
    ("Over and over.", "Samuel Greer", "Greer"),
    (
        "So everything you know about those seconds, you learned from my client?",
        "Richard Sallow",
        "Mr. Sallow",
    ),
    ("Yes, sir. And from the video.", "Samuel Greer", "Mr. Greer"),
)

DEBATE_EXCERPTS = """Rivals trade barbs over housing in only mayoral debate

By Simone Achterberg

The two candidates for mayor clashed over housing, policing and the city's budget deficit in their only televised debate on Thursday night, with Councilwoman Teresa Vallejo accusing former police chief Martin Okonkwo of "running on nostalgia."

The hourlong debate, hosted by WKBN and the Valley Chronicle, was often testy. Some of the sharpest exchanges came over rents, which have risen 30% in three years.

"My opponent has had 20 years in city government to fix this," Vallejo said. "Where was he?"

Okonkwo shot back: "I was running the police department, Teresa. I wasn't on the zoning board. You were."

Moderator Glenn Harcourt asked both candidates whether they would support a cap on annual rent increases.

"Yes, and I'd sign it on day one," Vallejo said.

"No," Okonkwo said. "Every city that's tried it has ended up with less housing, not more."

On policing, the roles reversed. Vallejo, who has called for moving some mental health calls away from officers, was pressed by Harcourt to say how much she would cut from the police budget.

"I'm not cutting anything," she said. "I'm moving calls to the people who are trained to answer them."

Okonkwo called that "a cut with a nicer name."

Here is how the two candidates closed the debate:

OKONKWO: "I've spent my life keeping this city safe. I'm asking for four more years to keep it working."

VALLEJO: "This city doesn't need a caretaker. It needs a builder."

A poll released last week by Valley State University showed the race within the margin of error. The election is Nov. 4.

Political scientist Irene Castellano, who directs the university's polling center, said the debate was unlikely to move many voters.

"Both of them did what they needed to do," Castellano said. "Neither one made the mistake the other was hoping for."

The two campaigns spent Friday arguing over who had won.

Vallejo's campaign manager, Dorian Pike, said in a statement that Okonkwo had "no answer for renters" and had spent the night "talking about the past."

Okonkwo's spokeswoman, Carla Benning, said voters had seen "a leader and a talker."

"Teresa had some good lines," Benning said. "Martin had a plan."

One exchange near the end of the debate went viral overnight. When Harcourt asked the candidates to name something they admired about each other, there was a long pause.

OKONKWO: "She works hard. Nobody can say she doesn't work hard."

VALLEJO: "He's very consistent. (Laughter.) I mean that as a compliment, mostly."

The two will appear together again on Oct. 28 at a candidates' forum hosted by the League of Women Voters, though that event will not be televised.
"""
DEBATE_EXCERPTS_GOLD: Gold = (
    ("running on nostalgia.", "Teresa Vallejo", "Councilwoman Teresa Vallejo"),
    ("My opponent has had 20 years in city government to fix this,", "Teresa Vallejo", "Vallejo"),
    ("Where was he?", "Teresa Vallejo", "Vallejo"),
    (
        "I was running the police department, Teresa. I wasn't on the zoning board. You were.",
        "Martin Okonkwo",
        "Okonkwo",
    ),
    ("Yes, and I'd sign it on day one,", "Teresa Vallejo", "Vallejo"),
    ("No,", "Martin Okonkwo", "Okonkwo"),
    (
        "Every city that's tried it has ended up with less housing, not more.",
        "Martin Okonkwo",
        "Okonkwo",
    ),
    ("I'm not cutting anything,", "Teresa Vallejo", "she"),
    ("I'm moving calls to the people who are trained to answer them.", "Teresa Vallejo", "she"),
    ("a cut with a nicer name.", "Martin Okonkwo", "Okonkwo"),
    (
        "I've spent my life keeping this city safe. I'm asking for four more years to keep it working.",
        "Martin Okonkwo",
        "OKONKWO",
    ),
    ("This city doesn't need a caretaker. It needs a builder.", "Teresa Vallejo", "VALLEJO"),
    ("Both of them did what they needed to do,", "Irene Castellano", "Castellano"),
    ("Neither one made the mistake the other was hoping for.", "Irene Castellano", "Castellano"),
    ("no answer for renters", "Dorian Pike", "Vallejo's campaign manager"),
    ("talking about the past.", "Dorian Pike", "Vallejo's campaign manager"),
    ("a leader and a talker.", "Carla Benning", "Okonkwo's spokeswoman"),
    ("Teresa had some good lines,", "Carla Benning", "Benning"),
    ("Martin had a plan.", "Carla Benning", "Benning"),
    ("She works hard. Nobody can say she doesn't work hard.", "Martin Okonkwo", "OKONKWO"),
    (
        "He's very consistent. (Laughter.) I mean that as a compliment, mostly.",
        "Teresa Vallejo",
        "VALLEJO",
    ),
)

EMERGENCY_CALL = """911 call reveals chaos in first minutes of warehouse fire

By Tessa Moravec

The first call to 911 from the burning Lakeshore Logistics warehouse came in at 2:14 a.m., from a worker who told the dispatcher he could not find two of his co-workers, according to a recording released Friday by the Harmon County Emergency Communications District.

The recording, which lasts just under four minutes, captures the confusion inside the building as the fire spread through the loading docks.

"There's smoke everywhere, I can't see the doors," the caller says. "Two of my guys were in the back. I can't find them."

"Sir, I need you to get out of the building," the dispatcher tells him. "Can you get outside?"

"I'm outside. They're still in there," the man says. "Please hurry."

Both workers, Luis Camacho, 41, and Anthony Reyes, 29, were later rescued by firefighters and treated for smoke inhalation. Neither was seriously hurt.

Body-camera footage from the first sheriff's deputy on the scene, also released Friday, shows Deputy Keisha Walters running toward the building with a flashlight.

"Where are they? Which door?" she shouts in the video.

A worker points to the east side of the building. "Back there! By the dock!" he yells.

Fire Chief Brendan Kowalski said at a news conference on Friday that the first crews arrived within six minutes of the call, which he described as "well within our standard."

"The dispatcher did exactly what she was trained to do," Kowalski said. "She kept him calm and she kept him out."

The cause of the fire remains under investigation. The state fire marshal's office said it had ruled out arson but had not determined where the fire started.

Lakeshore Logistics said in a statement that it was "deeply grateful to the first responders" and that it would cooperate fully with investigators.

Camacho's wife, Rosa Camacho, said her husband had called her from the ambulance.

"He said, 'I'm okay, I'm okay,'" she said. "That's all I needed to hear."

The recording also captures a second call, from a truck driver waiting in the parking lot, that came in about a minute after the first. Parts of it are hard to hear over the wind and the sirens.

"The whole back end is going up," the driver says. "There's (inaudible) on the roof, it's coming down."

The dispatcher asks him to move his truck away from the building.

"I'm moving, I'm moving," he says. "Tell them the gate code is 4-1-1-9."

The district's director, Harold Nyquist, said the recordings were released in response to public records requests from several news organizations.

"We think the public has a right to hear how the system worked," Nyquist said. "In this case, it worked."

A worker who asked not to be named because he still works for the company said the fire alarms in the back of the building had been "chirping for weeks" before the fire.

"Everybody knew they needed batteries," he said. "Nobody changed them."

Lakeshore Logistics did not respond to a question about the alarms.
"""
EMERGENCY_CALL_GOLD: Gold = (
    ("There's smoke everywhere, I can't see the doors,", "the caller", "the caller"),
    ("Two of my guys were in the back. I can't find them.", "the caller", "the caller"),
    ("Sir, I need you to get out of the building,", "the dispatcher", "the dispatcher"),
    ("Can you get outside?", "the dispatcher", "the dispatcher"),
    ("I'm outside. They're still in there,", "the man", "the man"),
    ("Please hurry.", "the man", "the man"),
    ("Where are they? Which door?", "Keisha Walters", "she"),
    ("Back there! By the dock!", "A worker", "he"),
    ("well within our standard.", "Brendan Kowalski", "he"),
    ("The dispatcher did exactly what she was trained to do,", "Brendan Kowalski", "Kowalski"),
    ("She kept him calm and she kept him out.", "Brendan Kowalski", "Kowalski"),
    ("deeply grateful to the first responders", "Lakeshore Logistics", "Lakeshore Logistics"),
    ("He said, 'I'm okay, I'm okay,'", "Rosa Camacho", "she"),
    ("That's all I needed to hear.", "Rosa Camacho", "she"),
    ("The whole back end is going up,", "the driver", "the driver"),
    ("There's (inaudible) on the roof, it's coming down.", "the driver", "the driver"),
    ("I'm moving, I'm moving,", "the driver", "he"),
    ("Tell them the gate code is 4-1-1-9.", "the driver", "he"),
    ("We think the public has a right to hear how the system worked,", "Harold Nyquist", "Nyquist"),
    ("In this case, it worked.", "Harold Nyquist", "Nyquist"),
    ("chirping for weeks", "A worker", "A worker"),
    ("Everybody knew they needed batteries,", "A worker", "he"),
    ("Nobody changed them.", "A worker", "he"),
)

INTERPRETER_REMARKS = """Ukrainian grain minister pleads for more air defense at Rome forum

By Giulia Ferraro and Peter Lang

ROME (Reuters) - Ukraine's agriculture minister appealed to European governments on Tuesday for more air-defense systems to protect grain terminals on the Black Sea coast, warning that another winter of strikes could cut exports by a third.

Speaking through an interpreter at the World Food Forum in Rome, Mykola Hrytsenko said Russian drones had hit port facilities in Odesa and Izmail more than 40 times since July.

"Every silo they burn is bread that does not reach Africa," Hrytsenko said. "This is not only our problem."

He said Ukraine had shipped 38 million tonnes of grain through its own corridor in the past year, but that insurers were raising premiums after each attack.

Italy's agriculture minister, Francesca Lodi, who hosted the session, said Rome would "study every request with seriousness" but made no commitment.

Through a translator, the deputy director of Egypt's General Authority for Supply Commodities, Hassan Mansour, told the forum his country was diversifying its suppliers.

"We buy from everyone," he said. "We cannot depend on one sea."

Asked by a reporter whether Ukraine would accept a ceasefire limited to ports, Hrytsenko paused before answering.

"A ceasefire for grain but not for people?" he said through the interpreter. "I don't think anyone in Ukraine would accept that."

The U.N. World Food Programme's deputy executive director, Amara Diallo, said the agency was watching freight rates closely.

"Prices in Nairobi move when a port in Odesa is hit," Diallo said. "The world is smaller than people think."

Russia's embassy in Rome did not immediately respond to a request for comment. Moscow has said it targets only military infrastructure.

Hrytsenko, a former grain trader who became minister last year, spent much of the day in meetings with European officials on the sidelines of the forum.

In a brief interview with Reuters after one of those meetings, he switched to English.

"I am tired of thanking people for promises," he said. "I want to thank them for deliveries."

Lodi told reporters later that Italy was examining whether it could send an additional air-defense battery before the end of the year. She declined to give details.

"These are decisions for the defense ministry and for NATO," she said. "But I heard him. Everybody in that room heard him."

Diallo said the World Food Programme would need an extra $1.2 billion next year to cover rising costs in East Africa and the Sahel.

"We are feeding fewer people with more money," she said. "That is the arithmetic of this war."

(Reporting by Giulia Ferraro and Peter Lang; Editing by Alison Marsh)
"""
INTERPRETER_REMARKS_GOLD: Gold = (
    ("Every silo they burn is bread that does not reach Africa,", "Mykola Hrytsenko", "Hrytsenko"),
    ("This is not only our problem.", "Mykola Hrytsenko", "Hrytsenko"),
    ("study every request with seriousness", "Francesca Lodi", "Italy's agriculture minister"),
    ("We buy from everyone,", "Hassan Mansour", "he"),
    ("We cannot depend on one sea.", "Hassan Mansour", "he"),
    ("A ceasefire for grain but not for people?", "Mykola Hrytsenko", "he"),
    ("I don't think anyone in Ukraine would accept that.", "Mykola Hrytsenko", "he"),
    ("Prices in Nairobi move when a port in Odesa is hit,", "Amara Diallo", "Diallo"),
    ("The world is smaller than people think.", "Amara Diallo", "Diallo"),
    ("I am tired of thanking people for promises,", "Mykola Hrytsenko", "he"),
    ("I want to thank them for deliveries.", "Mykola Hrytsenko", "he"),
    ("These are decisions for the defense ministry and for NATO,", "Francesca Lodi", "she"),
    ("But I heard him. Everybody in that room heard him.", "Francesca Lodi", "she"),
    ("We are feeding fewer people with more money,", "Amara Diallo", "she"),
    ("That is the arithmetic of this war.", "Amara Diallo", "she"),
)

PARLIAMENT_QUESTIONS = """Minister admits ferry contract 'went wrong' as MSPs demand answers

By Fiona Galbraith Political correspondent

Scotland's transport minister has admitted that a contract to build two lifeline ferries "went badly wrong", during a heated session of questions at Holyrood.

The vessels, ordered in 2015 for £97m, are now expected to cost more than four times that sum and are seven years late.

Conservative MSP Douglas Fairlie asked the minister, Aileen McCrory, whether anyone had been held to account.

"Islanders have waited seven years," Mr Fairlie said. "Can the minister name one person who has lost their job over this?"

Ms McCrory replied: "I am not going to stand here and name civil servants. The responsibility is mine, and I accept it."

Labour's transport spokesman, Neil Baird, said the answer was "a non-answer dressed up as humility".

"Accepting responsibility costs nothing," he said. "Islanders are paying for this with cancelled sailings and lost business."

The Presiding Officer intervened twice to call for order as members shouted across the chamber.

Later, in a written answer to Mr Baird, the minister said the first ferry would enter service "by the end of the summer season, subject to sea trials".

Outside the chamber, Ms McCrory told reporters she understood the anger on the islands.

"If I lived on Arran, I would be furious too," she said. "What I can promise is that we will not sign a contract like that again."

The Ferries Community Board, which represents island residents, said in a statement that it had heard "promises like this before".

Its chair, Morag Sinclair, said: "We will believe it when the boat is in the water and sailing to a timetable."

The exchange was the latest in a long series of clashes over the contract, which has already been the subject of two reports by Audit Scotland and an inquiry by a Holyrood committee.

Here is how the exchange between the minister and the Green MSP Calum Reid ended, according to the Official Report:

Mr Reid: "Will the minister publish the legal advice the government received before it signed the contract?"

Ms McCrory: "The member knows that the government does not publish legal advice. That has been the position of every government."

Mr Reid: "Then how are islanders supposed to know who was warned, and when?"

Ms McCrory: "They will know when the inquiry reports."

Reid said afterwards that the answer was "not good enough for people who have been stranded on a pier."

A Scottish government spokesman said the second ferry remained on course to be delivered next year.
"""
PARLIAMENT_QUESTIONS_GOLD: Gold = (
    ("went badly wrong", "Scotland's transport minister", "Scotland's transport minister"),
    ("Islanders have waited seven years,", "Douglas Fairlie", "Mr Fairlie"),
    (
        "Can the minister name one person who has lost their job over this?",
        "Douglas Fairlie",
        "Mr Fairlie",
    ),
    (
        "I am not going to stand here and name civil servants. The responsibility is mine, and I accept it.",
        "Aileen McCrory",
        "Ms McCrory",
    ),
    ("a non-answer dressed up as humility", "Neil Baird", "Labour's transport spokesman"),
    ("Accepting responsibility costs nothing,", "Neil Baird", "he"),
    (
        "Islanders are paying for this with cancelled sailings and lost business.",
        "Neil Baird",
        "he",
    ),
    ("by the end of the summer season, subject to sea trials", "Aileen McCrory", "the minister"),
    ("If I lived on Arran, I would be furious too,", "Aileen McCrory", "she"),
    (
        "What I can promise is that we will not sign a contract like that again.",
        "Aileen McCrory",
        "she",
    ),
    ("promises like this before", "Ferries Community Board", "The Ferries Community Board"),
    (
        "We will believe it when the boat is in the water and sailing to a timetable.",
        "Morag Sinclair",
        "Its chair",
    ),
    (
        "Will the minister publish the legal advice the government received before it signed the contract?",
        "Calum Reid",
        "Mr Reid",
    ),
    (
        "The member knows that the government does not publish legal advice. That has been the position of every government.",
        "Aileen McCrory",
        "Ms McCrory",
    ),
    ("Then how are islanders supposed to know who was warned, and when?", "Calum Reid", "Mr Reid"),
    ("They will know when the inquiry reports.", "Aileen McCrory", "Ms McCrory"),
    ("not good enough for people who have been stranded on a pier.", "Calum Reid", "Reid"),
)

PLEA_HEARING = """Former treasurer pleads guilty to stealing from youth league

By Carmen Delacroix

A former treasurer of the Eastside Youth Baseball League pleaded guilty on Monday to stealing more than $180,000 from the nonprofit over six years, money that was supposed to pay for uniforms, field rentals and scholarships for low-income players.

Brian Kettleson, 52, of Millbrook, admitted to one count of theft by deception in Franklin County Common Pleas Court. Prosecutors said he used the money to pay off gambling debts and to make payments on a boat.

Judge Sandra Whitlow asked Kettleson whether he understood that he could face up to eight years in prison.

"Yes, your honor," he said.

"And is anyone forcing you to plead guilty today?" she asked.

"No, your honor. I did this," Kettleson said.

Assistant Prosecutor Daniel Ferrante said the league's board discovered the theft last year when a check to the city's parks department bounced.

"These were kids who sold candy bars door to door to pay for their season," Ferrante told the court. "He took that money and he took it for years."

Kettleson's attorney, Marjorie Fink, said her client had paid back $40,000 and had been in treatment for a gambling addiction since his arrest.

"He is ashamed," Fink said. "He knows that no apology will undo it."

The league's current president, Tonya Haskins, read a statement in court on behalf of the board.

"We trusted you with our children's summers," she said, looking at Kettleson. "You spent them."

Kettleson will be sentenced on Aug. 14. He remains free on bond.

Before accepting the plea, Whitlow read aloud the terms of the agreement, under which prosecutors will recommend a sentence of four years and full restitution.

"Mr. Kettleson, do you understand that I am not bound by that recommendation?" the judge asked.

"I understand," he said.

Several parents attended the hearing, some wearing the league's green-and-white caps.

Outside the courthouse, parent Julio Medina, whose son played in the league for six seasons, said families had been told for years that there was no money for new equipment.

"Our kids were playing with cracked helmets," Medina said. "And he was buying a boat."

Haskins said the league had raised $60,000 since the theft was discovered, mostly through small donations, and that the spring season would go ahead.

"The kids are going to play," she said. "That's the one thing he doesn't get to take."

Fink said her client would ask for a sentence of probation, citing his restitution payments and his lack of a criminal record.
"""
PLEA_HEARING_GOLD: Gold = (
    ("Yes, your honor,", "Brian Kettleson", "he"),
    ("And is anyone forcing you to plead guilty today?", "Sandra Whitlow", "she"),
    ("No, your honor. I did this,", "Brian Kettleson", "Kettleson"),
    (
        "These were kids who sold candy bars door to door to pay for their season,",
        "Daniel Ferrante",
        "Ferrante",
    ),
    ("He took that money and he took it for years.", "Daniel Ferrante", "Ferrante"),
    ("He is ashamed,", "Marjorie Fink", "Fink"),
    ("He knows that no apology will undo it.", "Marjorie Fink", "Fink"),
    ("We trusted you with our children's summers,", "Tonya Haskins", "she"),
    ("You spent them.", "Tonya Haskins", "she"),
    (
        "Mr. Kettleson, do you understand that I am not bound by that recommendation?",
        "Sandra Whitlow",
        "the judge",
    ),
    ("I understand,", "Brian Kettleson", "he"),
    ("Our kids were playing with cracked helmets,", "Julio Medina", "Medina"),
    ("And he was buying a boat.", "Julio Medina", "Medina"),
    ("The kids are going to play,", "Tonya Haskins", "she"),
    ("That's the one thing he doesn't get to take.", "Tonya Haskins", "she"),
)

PRESS_BRIEFING = """White House dodges questions on envoy's future

By Kendra Oyelaran

WASHINGTON — White House press secretary Janelle Ortiz on Monday repeatedly declined to say whether the president still had confidence in his special envoy to the Balkans, a day after the envoy was recorded criticizing the administration's policy at a private dinner.

"The president has confidence in his team," Ortiz said at the start of the daily briefing. "I'm not going to get ahead of conversations that are happening."

The questions kept coming.

"Is he on that team today?" a reporter asked.

"He is the special envoy today," Ortiz said.

Another reporter asked whether the envoy, Walter Brisbane, had apologized.

"I'll leave it to Mr. Brisbane to speak for himself," she said.

In the recording, which was first published by Balkan Insight, Brisbane can be heard telling dinner guests that the administration's approach was "a policy in search of a strategy."

"Nobody in Washington has read the map," he said on the tape. "They think this is 1995."

Brisbane did not respond to requests for comment. A State Department spokesman, Omar Haddad, said the department "does not comment on private conversations."

Later in the briefing, Ortiz was asked about a separate report that the president planned to visit Belgrade next month.

"No trips to announce," she said, smiling. "You'll be the first to know."

Sen. Patricia Lowden, the top Republican on the Foreign Relations Committee, said in a statement that Brisbane should resign.

"If you don't believe in the policy, you shouldn't be carrying it out," Lowden said.

Democrats were more cautious. Sen. Raymond Acheson of Delaware said he wanted to hear the full recording before passing judgment.

"I've been at those dinners," Acheson said. "People say things. The question is whether he says them at the negotiating table."

At the end of the briefing, a reporter in the back row shouted a final question about whether Brisbane would travel to Pristina as planned on Thursday.

"Will he be on that plane?"

Ortiz gathered her papers. "Check with the State Department," she said, and left the podium.

A senior administration official, who spoke on condition of anonymity to discuss internal deliberations, said the president had not spoken to Brisbane since the recording surfaced but was "not happy."

"Nobody gets fired over a dinner," the official said. "But nobody gets promoted over one either."

The State Department later said Brisbane's trip had been "postponed for scheduling reasons."
"""
PRESS_BRIEFING_GOLD: Gold = (
    ("The president has confidence in his team,", "Janelle Ortiz", "Ortiz"),
    ("I'm not going to get ahead of conversations that are happening.", "Janelle Ortiz", "Ortiz"),
    ("Is he on that team today?", "a reporter", "a reporter"),
    ("He is the special envoy today,", "Janelle Ortiz", "Ortiz"),
    ("I'll leave it to Mr. Brisbane to speak for himself,", "Janelle Ortiz", "she"),
    ("a policy in search of a strategy.", "Walter Brisbane", "Brisbane"),
    ("Nobody in Washington has read the map,", "Walter Brisbane", "he"),
    ("They think this is 1995.", "Walter Brisbane", "he"),
    ("does not comment on private conversations.", "Omar Haddad", "A State Department spokesman"),
    ("No trips to announce,", "Janelle Ortiz", "she"),
    ("You'll be the first to know.", "Janelle Ortiz", "she"),
    (
        "If you don't believe in the policy, you shouldn't be carrying it out,",
        "Patricia Lowden",
        "Lowden",
    ),
    ("I've been at those dinners,", "Raymond Acheson", "Acheson"),
    (
        "People say things. The question is whether he says them at the negotiating table.",
        "Raymond Acheson",
        "Acheson",
    ),
    ("Will he be on that plane?", "a reporter", "a reporter"),
    ("Check with the State Department,", "Janelle Ortiz", "she"),
    ("not happy.", "A senior administration official", "A senior administration official"),
    ("Nobody gets fired over a dinner,", "A senior administration official", "the official"),
    (
        "But nobody gets promoted over one either.",
        "A senior administration official",
        "the official",
    ),
    ("postponed for scheduling reasons.", "State Department", "The State Department"),
)

SENATE_HEARING = """Pilots' union chief grilled over fatigue rules at Senate hearing

WASHINGTON (AP) — The head of the nation's largest pilots' union faced sharp questions on Thursday from senators of both parties over whether new fatigue rules had been written to protect jobs rather than passengers.

Capt. Darren Holcomb, president of the Air Line Pilots Coalition, told the Senate Commerce Committee that the rules were "the floor, not the ceiling" for safety.

The exchange grew tense when Sen. Mariana Roe, a Nevada Democrat, pressed him on the union's lobbying against a proposal to let regional carriers hire pilots with fewer flight hours.

The following is an excerpt from the hearing transcript:

SEN. ROE: "Captain, is it your testimony that the 1,500-hour rule has nothing to do with wages?"

HOLCOMB: "It is my testimony that it has everything to do with experience, senator."

SEN. ROE: "That's not what I asked."

HOLCOMB: "With respect, it's the answer."

Sen. Todd Brannigan, R-Kan., then asked Holcomb whether he had seen the internal memo, first reported by The Wall Street Journal, in which a union official described the proposal as "an existential threat to our members' paychecks."

"I have seen it," Holcomb said. "I did not write it, and I don't agree with how it was phrased."

Brannigan did not let it go. "You don't agree with how it was phrased, or with what it says?" he asked.

"How it was phrased," Holcomb replied.

After the hearing, Roe told reporters that she was "not persuaded" and would introduce legislation to commission an independent study of pilot training requirements.

"Nobody on this committee wants less safety," she said. "We want the truth about what safety costs."

The Regional Airline Association, which represents smaller carriers, said in a statement that the rule had left "hundreds of small communities without reliable air service."

Holcomb said in a brief interview outside the hearing room that he welcomed a study as long as it was "done by engineers and not by accountants."

Earlier in the hearing, the committee's chairman, Sen. Wallace Pruett, R-Miss., opened by reading from a letter sent by the mayor of a small town in his state that lost its only commercial flight last year.

"Our nearest airport is now a three-hour drive," Pruett read from the letter. "Our hospital cannot recruit doctors who can't get home to see their families."

Pruett said the letter was one of dozens his office had received.

The second panel of witnesses included Dr. Ingrid Solvang, a sleep researcher at the University of Minnesota, who testified that pilot fatigue remained "the most underestimated risk in commercial aviation."

Sen. Brannigan asked her whether the number of hours a pilot had flown said anything about how rested that pilot was.

SOLVANG: "Nothing at all, senator. Experience and fatigue are different problems."

BRANNIGAN: "So we are arguing about the wrong number."

SOLVANG: "You may be arguing about two numbers as if they were one."

The committee is expected to vote on the Federal Aviation Administration's reauthorization bill next month.
"""
SENATE_HEARING_GOLD: Gold = (
    ("the floor, not the ceiling", "Darren Holcomb", "Capt. Darren Holcomb"),
    (
        "Captain, is it your testimony that the 1,500-hour rule has nothing to do with wages?",
        "Mariana Roe",
        "SEN. ROE",
    ),
    (
        "It is my testimony that it has everything to do with experience, senator.",
        "Darren Holcomb",
        "HOLCOMB",
    ),
    ("That's not what I asked.", "Mariana Roe", "SEN. ROE"),
    ("With respect, it's the answer.", "Darren Holcomb", "HOLCOMB"),
    ("an existential threat to our members' paychecks.", "a union official", "a union official"),
    ("I have seen it,", "Darren Holcomb", "Holcomb"),
    ("I did not write it, and I don't agree with how it was phrased.", "Darren Holcomb", "Holcomb"),
    ("You don't agree with how it was phrased, or with what it says?", "Todd Brannigan", "he"),
    ("How it was phrased,", "Darren Holcomb", "Holcomb"),
    ("not persuaded", "Mariana Roe", "Roe"),
    ("Nobody on this committee wants less safety,", "Mariana Roe", "she"),
    ("We want the truth about what safety costs.", "Mariana Roe", "she"),
    (
        "hundreds of small communities without reliable air service.",
        "Regional Airline Association",
        "The Regional Airline Association",
    ),
    ("done by engineers and not by accountants.", "Darren Holcomb", "Holcomb"),
    ("Our nearest airport is now a three-hour drive,", "Wallace Pruett", "Pruett"),
    (
        "Our hospital cannot recruit doctors who can't get home to see their families.",
        "Wallace Pruett",
        "Pruett",
    ),
    ("the most underestimated risk in commercial aviation.", "Ingrid Solvang", "who"),
    (
        "Nothing at all, senator. Experience and fatigue are different problems.",
        "Ingrid Solvang",
        "SOLVANG",
    ),
    ("So we are arguing about the wrong number.", "Todd Brannigan", "BRANNIGAN"),
    ("You may be arguing about two numbers as if they were one.", "Ingrid Solvang", "SOLVANG"),
)

SPEECH_EXCERPTS = """Governor vows to veto tax bill in fiery statehouse address

By Marisa Quintero

SPRINGFIELD — Gov. Harlan Whitcomb told a joint session of the legislature on Wednesday that he would veto any budget that raised the state income tax, setting up a showdown with Democratic leaders who control both chambers.

The 40-minute address was interrupted by applause more than a dozen times, mostly from the Republican side of the chamber. Democrats sat silently through much of it.

Here is part of what Whitcomb said:

"Some of you have told me that [the bill] is the only way to close the gap. I don't accept that. I have never accepted that. (Applause.)

"We balanced this budget in 2019 without asking working families for one more dime, and we can do it again ... if we have the courage to say no."

Whitcomb also took aim at the state's pension system, which he called "a promise we made without the money to keep it."

"We will keep that promise," he said. "But we will not keep it by breaking another one."

Senate President Lorraine Abernathy, a Democrat from Rockford, said after the speech that the governor had "offered slogans, not a plan."

"He talks about courage," Abernathy told reporters in the Capitol rotunda. "Courage would be telling us which schools he intends to close."

House Minority Leader Paul Deverell, a Republican, defended the governor. He said Democrats had "spent four years pretending the bill would never come due."

Asked whether the two sides could reach a deal before the June 30 deadline, Abernathy said she was "always hopeful, rarely optimistic."

The governor's office released a full transcript of the speech on Wednesday evening. In one passage that drew cheers from the gallery, Whitcomb said the state "does not have a revenue problem. It has a priorities problem."

A spokeswoman for the Illinois Education Association, Dana Kirsch, said teachers would rally at the Capitol next week.

"We have heard this speech before," Kirsch said. "We know how it ends."

Whitcomb's speech was his fourth to a joint session since taking office, and aides had billed it in advance as a "reset" with lawmakers after a bruising spring. Instead, several Democrats said, it hardened positions on both sides.

State Rep. Alicia Moreno, a Chicago Democrat who chairs the House Revenue Committee, said she had counted the word "no" 23 times in the text.

"That's not a budget address," she said. "That's a veto message with a podium."

Some Republicans were uneasy too. Sen. Terrence Boyle, a moderate from the suburbs, said he agreed with the governor on taxes but worried about the tone.

"You can hold the line without burning the bridge," Boyle said. "I hope he calls them tomorrow."

Whitcomb told reporters on his way out of the chamber that he would.

"My door is open," he said. "It's always been open. They just have to walk through it with a budget that adds up."
"""
SPEECH_EXCERPTS_GOLD: Gold = (
    (
        "Some of you have told me that [the bill] is the only way to close the gap. I don't accept that. I have never accepted that. (Applause.)",
        "Harlan Whitcomb",
        "Whitcomb",
    ),
    (
        "We balanced this budget in 2019 without asking working families for one more dime, and we can do it again ... if we have the courage to say no.",
        "Harlan Whitcomb",
        "Whitcomb",
    ),
    ("a promise we made without the money to keep it.", "Harlan Whitcomb", "he"),
    ("We will keep that promise,", "Harlan Whitcomb", "he"),
    ("But we will not keep it by breaking another one.", "Harlan Whitcomb", "he"),
    ("offered slogans, not a plan.", "Lorraine Abernathy", "Senate President Lorraine Abernathy"),
    ("He talks about courage,", "Lorraine Abernathy", "Abernathy"),
    (
        "Courage would be telling us which schools he intends to close.",
        "Lorraine Abernathy",
        "Abernathy",
    ),
    ("spent four years pretending the bill would never come due.", "Paul Deverell", "He"),
    ("always hopeful, rarely optimistic.", "Lorraine Abernathy", "Abernathy"),
    (
        "does not have a revenue problem. It has a priorities problem.",
        "Harlan Whitcomb",
        "Whitcomb",
    ),
    ("We have heard this speech before,", "Dana Kirsch", "Kirsch"),
    ("We know how it ends.", "Dana Kirsch", "Kirsch"),
    ("That's not a budget address,", "Alicia Moreno", "she"),
    ("That's a veto message with a podium.", "Alicia Moreno", "she"),
    ("You can hold the line without burning the bridge,", "Terrence Boyle", "Boyle"),
    ("I hope he calls them tomorrow.", "Terrence Boyle", "Boyle"),
    ("My door is open,", "Harlan Whitcomb", "he"),
    (
        "It's always been open. They just have to walk through it with a budget that adds up.",
        "Harlan Whitcomb",
        "he",
    ),
)

CASES: dict[str, tuple[str, Gold]] = {
    "charity_gala_speech": (CHARITY_GALA_SPEECH, CHARITY_GALA_SPEECH_GOLD),
    "court_transcript": (COURT_TRANSCRIPT, COURT_TRANSCRIPT_GOLD),
    "debate_excerpts": (DEBATE_EXCERPTS, DEBATE_EXCERPTS_GOLD),
    "emergency_call": (EMERGENCY_CALL, EMERGENCY_CALL_GOLD),
    "interpreter_remarks": (INTERPRETER_REMARKS, INTERPRETER_REMARKS_GOLD),
    "parliament_questions": (PARLIAMENT_QUESTIONS, PARLIAMENT_QUESTIONS_GOLD),
    "plea_hearing": (PLEA_HEARING, PLEA_HEARING_GOLD),
    "press_briefing": (PRESS_BRIEFING, PRESS_BRIEFING_GOLD),
    "senate_hearing": (SENATE_HEARING, SENATE_HEARING_GOLD),
    "speech_excerpts": (SPEECH_EXCERPTS, SPEECH_EXCERPTS_GOLD),
}

#: Stories whose remaining errors no general rule fixes yet, with the reason
#: (the test fails if they start passing).
KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize("name", story_names(CASES, KNOWN_FAILURES))
def test_speeches_story(name: str) -> None:
    text, gold = CASES[name]
    assert 400 <= len(text.split()) <= 800
    check_story(name, text, gold, {})


def _wrapped(text: str) -> str:
    """*text* hard-wrapped at 70 columns, its lines ended with ``\\r\\n``."""
    return "\r\n\r\n".join(
        "\r\n".join(textwrap.wrap(block, 70, break_long_words=False, break_on_hyphens=False))
        for block in text.split("\n\n")
    )


def _spaced(words: str | None) -> str | None:
    return None if words is None else " ".join(words.split())


WRAPPED_CASES: dict[str, tuple[str, Gold]] = {
    **{f"features:{n}": case for n, case in test_quotes_unseen_features.CASES.items()},
    **{f"long:{n}": case for n, case in test_quotes_unseen_long.CASES.items()},
}

#: Wrapped stories that read differently, with the reason.
WRAPPED_FAILURES: dict[str, str] = {}


#: The same stories and the digital outlets' with their paragraphs set apart by
#: ``\r\n\r\n`` and not wrapped (a Windows copy of a web page).
SPACED_CASES: dict[str, tuple[str, Gold]] = {
    **WRAPPED_CASES,
    **{f"digital:{n}": case for n, case in test_quotes_unseen_digital.CASES.items()},
}
SPACED_FAILURES: dict[str, str] = {
    f"digital:{n}": reason for n, reason in test_quotes_unseen_digital.KNOWN_FAILURES.items()
}


@pytest.mark.parametrize("name", story_names(WRAPPED_CASES, WRAPPED_FAILURES))
def test_story_wrapped_with_windows_line_ends(name: str) -> None:
    text, gold = WRAPPED_CASES[name]
    _check_layout(_wrapped(text), gold)


@pytest.mark.parametrize("name", story_names(SPACED_CASES, SPACED_FAILURES))
def test_story_with_windows_paragraph_breaks(name: str) -> None:
    text, gold = SPACED_CASES[name]
    _check_layout(text.replace("\r\n", "\n").replace("\n", "\r\n"), gold)


def _check_layout(wrapped: str, gold: Gold) -> None:
    """The quotes of *wrapped* are *gold*'s, white space aside, at exact spans."""
    quotes = parse_article(wrapped).quotes
    got = [
        (
            _spaced(q.text),
            _spaced(None if q.speaker is None else q.speaker.name),
            _spaced(None if q.speaker is None else q.speaker.mention),
        )
        for q in quotes
    ]
    assert got == [(_spaced(t), _spaced(n), _spaced(m)) for t, n, m in gold]
    for quote in quotes:
        assert wrapped[quote.span.start : quote.span.end] == quote.text


def test_a_name_cut_by_a_windows_line_end_is_one_name() -> None:
    # the pronoun's chain reads "Kiara\r\nWhitlock" as the name set off after "a spokeswoman"
    text = _wrapped(
        '"I said what I said about the contracts and the vendors," Anne Marie Duclos said '
        "on Monday.\n\nInvestigators have interviewed at least nine employees of the agency "
        "since January, and the review is expected to end in the summer.\n\n"
        "The governor's office referred all questions to a spokeswoman, Kiara Whitlock. In an "
        'email, she said the governor had "no role whatsoever" in the selection of contractors.'
    )
    assert "Kiara\r\nWhitlock" in text
    found = {_spaced(q.text): q.speaker for q in parse_article(text).quotes}
    speaker = found["no role whatsoever"]
    assert speaker is not None
    assert speaker.name == "Kiara Whitlock"


@pytest.mark.parametrize(
    "text",
    [
        # a participle after a carried sign gives its words
        'Ann Berg carried a sign reading "Jobs now."',
        'Ann Berg wore a T-shirt saying "Jobs now."',
        # a sentence opened by the carrier's verb: the main clause's subject carries it
        'Carrying a sign saying "Jobs now.", Ann Berg marched to the hall.',
        'Carrying a placard reading "Jobs now," Ann Berg marched to the hall.',
        # a poster is a sign, never a speaker
        'Ann Berg held up a poster reading "Jobs now."',
    ],
)
def test_the_words_of_a_carried_sign_are_the_carriers(text: str) -> None:
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.name == "Ann Berg"


@pytest.mark.parametrize(
    "text",
    [
        # a sign no one carries: a term, as before
        'A sign reading "Jobs now." hung on the door.',
        'Ann Berg walked past a sign reading "Closed today."',
    ],
)
def test_the_words_of_a_sign_no_one_carries_are_no_quote(text: str) -> None:
    assert find_quotes(text) == ()


def test_a_question_before_its_pronoun_is_no_sentence_of_the_chain() -> None:
    # '"...?" he said': the sentence before the quote names the one who speaks
    text = (
        'John Petrenko, the minister, spoke first. "We need help," Petrenko said.\n\n'
        'Hassan Mansour, an Egyptian official, spoke next. "We buy from everyone," he said.\n\n'
        "Asked about the ports, Petrenko paused before answering.\n\n"
        '"A ceasefire for grain but not for people?" he said.'
    )
    found = {q.text: q.speaker for q in parse_article(text).quotes}
    speaker = found["A ceasefire for grain but not for people?"]
    assert speaker is not None
    assert speaker.name == "John Petrenko"


@pytest.mark.parametrize(
    "question",
    [
        # the title and name open the question
        '"Mr. Kettleson, do you understand that I am not bound by it?" the judge asked.',
        # or close it
        '"Do you understand that I am not bound by it, Mr. Kettleson?" the judge asked.',
    ],
)
def test_the_one_a_question_addresses_answers_it(question: str) -> None:
    text = (
        'Brian Kettleson pleaded guilty. "I did this," Kettleson said.\n\n'
        'Prosecutor Daniel Ferrante spoke next. "He took it for years," Ferrante said.\n\n'
        f'{question}\n\n"I understand," he said.'
    )
    found = {q.text: q.speaker for q in parse_article(text).quotes}
    speaker = found["I understand,"]
    assert speaker is not None
    assert (speaker.name, speaker.mention) == ("Brian Kettleson", "he")
    # a question that addresses no one: the latest man who spoke, as before
    plain = text.replace("Mr. Kettleson, do", "Do").replace(", Mr. Kettleson?", "?")
    found = {q.text: q.speaker for q in parse_article(plain).quotes}
    assert found["I understand,"] is not None
    assert found["I understand,"].name == "Daniel Ferrante"


def test_a_question_told_of_hands_its_asker_to_the_quote_after_it() -> None:
    text = (
        '"We are fine," Janelle Ortiz said.\n\n'
        "At the end of the briefing, a reporter in the back row shouted a final question "
        "about the trip.\n\n"
        '"Will he be on that plane?"'
    )
    found = {q.text: q.speaker for q in parse_article(text).quotes}
    speaker = found["Will he be on that plane?"]
    assert speaker is not None
    assert speaker.mention == "a reporter"


@pytest.mark.parametrize(
    "sentence",
    [
        "Under cross-examination, Assistant District Attorney Felicia Brandt asked him about the video.",
        "He was cross-examined by Felicia Brandt, an assistant district attorney.",
        "Felicia Brandt, an assistant district attorney, then rose. Felicia Brandt questioned him for an hour.",
    ],
)
def test_the_one_who_cross_examines_asks_in_a_court_transcript(sentence: str) -> None:
    text = (
        "Former deputy Craig Mattingly testified in his own defense on Tuesday. "
        f"{sentence}\n\n"
        'Q. "Can you show the jury the gun, deputy?"\n\n'
        'A. "There was no gun."'
    )
    got = [
        (q.text, q.speaker and q.speaker.name, q.speaker and q.speaker.mention)
        for q in find_quotes(text)
    ]
    assert got == [
        ("Can you show the jury the gun, deputy?", "Felicia Brandt", "Q"),
        ("There was no gun.", "Craig Mattingly", "A"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        'She spoke about a girl she called only "Annie."',
        'She spoke about a 6-year-old girl she called "Annie."',
    ],
)
def test_a_name_a_clause_gives_is_no_quote(sentence: str) -> None:
    assert (
        find_quotes(f"Dr. Evelyn Marsh told the graduates about her first patient. {sentence}")
        == ()
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # a city that spoke for its government
        'Moscow has said it targets "only military sites."',
        # a company a company noun named
        'Harbor Lines said it would cut jobs. "It is painful," the company said.',
    ],
)
def test_he_stands_for_no_city_and_no_company(sentence: str) -> None:
    text = (
        'Tom Berg, the mayor, spoke first. "We are ready," Berg said.\n\n'
        f"{sentence}\n\n"
        '"We will rebuild," he said.'
    )
    found = {q.text: q.speaker for q in parse_article(text).quotes}
    speaker = found["We will rebuild,"]
    assert speaker is not None
    assert speaker.name == "Tom Berg"


def test_a_chain_reads_past_a_paragraph_its_pronoun_opens() -> None:
    # the one named two paragraphs up, before a paragraph opened (after a long
    # opening phrase) by the pronoun, over the woman who spoke before
    text = (
        '"We need help," said John Petrenko, the minister.\n\n'
        '"We buy from everyone," said Hassan Mansour, an Egyptian official.\n\n'
        "Petrenko, a former grain trader, spent the day in meetings.\n\n"
        "In a brief interview with Reuters after one of those long meetings, he switched "
        "to English.\n\n"
        '"I am tired of thanking people for promises," he said.'
    )
    found = {q.text: q.speaker for q in parse_article(text).quotes}
    speaker = found["I am tired of thanking people for promises,"]
    assert speaker is not None
    assert speaker.name == "John Petrenko"


def test_a_sentence_the_pronoun_opens_keeps_its_pronoun_before_a_long_phrase() -> None:
    # "She has gone public ... his wife, Hillary Clinton, as she runs": a sentence
    # the pronoun opens, not an opening phrase before "Hillary Clinton"
    text = (
        '"I was afraid," said Mary Berg, a nurse.\n\n'
        "She has gone public with her story again as Clinton has emerged to play a role "
        "in the campaign of his wife, Hillary Clinton, as she pursues the nomination.\n\n"
        "On Sunday, she disclosed that he had called her again.\n\n"
        '"He called the nursing home that I owned," she said.'
    )
    found = {q.text: q.speaker for q in parse_article(text).quotes}
    speaker = found["He called the nursing home that I owned,"]
    assert speaker is not None
    assert speaker.name == "Mary Berg"


def test_a_company_a_company_noun_named_keeps_its_name() -> None:
    text = (
        "USAir said its board would meet on Friday.\n\n"
        'The company said the offer was "highly conditional."\n\n'
        'It said the "fair price" provision of its charter applied.'
    )
    names = [q.speaker.name for q in parse_article(text).quotes if q.speaker is not None]
    assert names
    assert set(names) == {"USAir"}


def test_who_after_a_description_that_ends_with_a_name_is_the_one_named() -> None:
    text = (
        "The panel included Dr. Ingrid Solvang, a sleep researcher at the University of "
        'Minnesota, who testified that fatigue remained "the most underestimated risk."'
    )
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.mention) == ("Ingrid Solvang", "who")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a body's name cut by a line end is the body "the agency" stands for
        (
            "Bosses at three of England's largest water companies face a criminal\r\n"
            "investigation into whether they misled regulators about the scale of\r\n"
            "sewage discharges into rivers and the sea, the Environment\r\n"
            "Agency has said.\r\n\r\n"
            'The agency said on Tuesday it had "serious concerns" about the\r\n'
            "accuracy of the data provided by the companies over five years.\r\n",
            "Environment Agency",
        ),
        # "the candidate" and "himself" on two lines
        (
            "Donald Trump held two rallies in Ohio on Saturday and a third in\r\n"
            "Michigan on Sunday, drawing thousands of supporters to each of them.\r\n\r\n"
            "Kellyanne Conway, Trump's campaign manager, struck a more cautious tone\r\n"
            "on Sunday. Her candor has put her at odds with the candidate\r\n"
            'himself, who insisted at a rally on Saturday that he was "winning big."\r\n',
            "Donald Trump",
        ),
    ],
)
def test_a_description_cut_by_a_windows_line_end_is_resolved(text: str, name: str) -> None:
    (quote,) = parse_article(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.name == name


@pytest.mark.parametrize("noun", ["Graduate", "Undergraduate", "Intern", "Trainee"])
def test_a_noun_for_a_learner_before_a_name_is_no_part_of_it(noun: str) -> None:
    text = (
        f"{noun} Priya Raman, who will begin a residency next month, said the speech "
        'had been "the best hour of the whole week."'
    )
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.name == "Priya Raman"


def test_a_name_after_a_preposition_before_a_role_is_not_what_the_role_describes() -> None:
    # "to Mr Baird, the minister said": the minister is the one introduced as such
    text = (
        "Douglas Fairlie asked the minister, Aileen McCrory, whether anyone had been held "
        'to account.\n\n"I accept it," Ms McCrory replied.\n\n'
        '"It is a non-answer," Neil Baird said.\n\n'
        "Later, in a written answer to Mr Baird, the minister said the ferry would sail "
        '"by the end of the summer."'
    )
    found = {q.text: q.speaker for q in parse_article(text).quotes}
    speaker = found["by the end of the summer."]
    assert speaker is not None
    assert (speaker.name, speaker.mention) == ("Aileen McCrory", "the minister")


@pytest.mark.parametrize(
    "text",
    [
        # a word mentioned as a word is no one's speech, whoever is near
        'Jo Lind said she had counted the word "no" 23 times in the text.',
        'Jo Lind said the ad was a play on words with the phrase "safe harbor," which lawyers use.',
        'The term "fiscal cliff" appears twice in the bill, Jo Lind said.',
    ],
)
def test_a_word_mentioned_as_a_word_is_no_quote(text: str) -> None:
    assert find_quotes(text) == ()


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a word someone uses or says is theirs (PolNeAR: used the phrase "...")
        ('Jo Lind refused to say the word "sorry."', "sorry."),
        ('Jo Lind has used the phrase "open door" often in her campaign.', "open door"),
        ('Jo Lind criticized her use of the term "amnesty" on Tuesday.', "amnesty"),
        ('Jo Lind said the word "shutdown" was mentioned 80 times.', "shutdown"),
        ('Jo Lind edited her post to remove the word "mob," but the damage was done.', "mob,"),
    ],
)
def test_a_word_someone_uses_is_quoted_from_them(text: str, quote: str) -> None:
    (found,) = find_quotes(text)
    assert found.text == quote
    assert found.speaker is not None
    assert found.speaker.name == "Jo Lind"


@pytest.mark.parametrize(
    ("sentence", "name", "mention"),
    [
        # what someone is introduced as is the introducer's word, not the one introduced
        (
            "Its president, Tom Abara, introduced Marsh as "
            '"the reason half of this faculty became doctors."',
            "Tom Abara",
            "Its president",
        ),
        # a dean is one person set off before a name, as a president is
        (
            "The school's dean, Dr. Tom Abara, introduced Marsh as "
            '"the reason half of this faculty became doctors."',
            "Tom Abara",
            "The school's dean",
        ),
    ],
)
def test_what_someone_is_introduced_as_is_the_introducers(
    sentence: str, name: str, mention: str
) -> None:
    text = f'"We finished by flashlight," Evelyn Marsh said.\n\n{sentence}'
    quote = parse_article(text).quotes[-1]
    assert quote.text == "the reason half of this faculty became doctors."
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.mention) == (name, mention)
    assert quote.kind == "partial"


def test_introducing_a_bill_is_no_cue() -> None:
    # "introduce" reports only before "as" or a quote right after it
    text = (
        "Rep. Tom Abara discussed a bill he was introducing that would fine those who show "
        '"reckless indifference" to safety, which is what Jo Lind called it.'
    )
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.name != "Tom Abara"


_BODY_STORY = (
    '"We got everyone out," Fire Chief Omar Reyes said.\n\n'
    "Harbor Freightways said in a statement that it was "
    '"deeply grateful to the crews" and would help investigators.\n\n'
    '"It was a long night," he said.'
)


def test_he_never_stands_for_a_body_that_spoke() -> None:
    # a name no list knows, whose own cue says "that it was": a body, never "he"
    quote = parse_article(_BODY_STORY).quotes[-1]
    assert quote.speaker is not None
    assert quote.speaker.name == "Omar Reyes"


@pytest.mark.parametrize(
    "said",
    [
        "told reporters he was",
        # "that it was" alone is said by people too (no statement of a body)
        "said on Tuesday that it was time to be",
    ],
)
def test_he_may_stand_for_a_person_of_an_unknown_first_name(said: str) -> None:
    text = (
        '"We got everyone out," said Oleksiy Bondar, a firefighter.\n\n'
        f'Mykola Hrytsiv {said} "deeply grateful to the crews."\n\n'
        '"It was a long night," he said.'
    )
    quote = parse_article(text).quotes[-1]
    assert quote.speaker is not None
    assert quote.speaker.name == "Mykola Hrytsiv"


_DRIVER_STORY = (
    '"We were there in six minutes," Fire Chief Omar Reyes said.\n\n'
    "The cause of the fire remains under investigation.\n\n"
    'Rosa Camacho said her husband had called her. "He is fine," she said.\n\n'
    "A second call came from a truck driver in the parking lot.\n\n"
    '"The whole back end is going up," the driver says.\n\n'
    "The dispatcher asks him to move his truck.\n\n"
    "\"I'm moving, I'm moving,\" he says."
)


def test_he_after_a_described_speaker_is_that_one_not_one_named_long_before() -> None:
    quote = parse_article(_DRIVER_STORY).quotes[-1]
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.mention) == ("the driver", "he")


def test_he_after_an_epithet_of_one_who_just_spoke_is_that_one() -> None:
    # the one named spoke just before the description: an epithet of theirs
    text = (
        '"We will win," Ted Marsh said.\n\n'
        '"It is close," the senator said.\n\n'
        '"We will see," he said.'
    )
    quote = parse_article(text).quotes[-1]
    assert quote.speaker is not None
    assert quote.speaker.name == "Ted Marsh"


def test_a_long_opening_phrase_before_the_chains_subject_is_read() -> None:
    # "Asked by a reporter whether ..., Hrytsiv paused": over 60 characters
    text = (
        'Oleksiy Hrytsiv, the minister, spoke first. "We need help," Hrytsiv said.\n\n'
        'Hassan Mansour, an Egyptian official, spoke next. "We buy from everyone," he said.\n\n'
        "Asked by a reporter whether Ukraine would accept a ceasefire limited to ports, "
        "Hrytsiv paused before answering.\n\n"
        '"A ceasefire for grain but not for people?" he said.'
    )
    found = {q.text: q.speaker for q in parse_article(text).quotes}
    speaker = found["A ceasefire for grain but not for people?"]
    assert speaker is not None
    assert speaker.name == "Oleksiy Hrytsiv"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a note is a noun after a determiner, never the cue "note"
        ('Police found a note reading "Sorry for everything" in the car.', None),
        # ... and a note that says something is its speaker, as PolNeAR reads it
        ('A note on the door read "Back at noon."', "A note"),
        ('Analysts at Acme note "a shift in tone" in the data.', "Analysts at Acme"),
    ],
)
def test_a_note_is_a_noun_after_a_determiner(text: str, speaker: str | None) -> None:
    found = [q.speaker.name if q.speaker else None for q in find_quotes(text)]
    assert found == ([] if speaker is None else [speaker])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the words of a note, letter, message or sign found or received: the
        # thing's text, no one's speech (however long)
        ('Police found a note reading "I am sorry for all of this" in the car.', None),
        ('Officers discovered a handwritten note that read "I am sorry for all of it."', None),
        ('Jo Lind received a letter saying "you have been cut from the team" last week.', None),
        ('Police found a sign reading "Keep out of this field, now and always" there.', None),
        ('Officers discovered a note which said: "I am sorry for all of this."', None),
        # near misses: one who writes, sends or carries it speaks
        ('Jo Lind sent a letter saying "you have been cut from the team" last week.', "Jo Lind"),
        ('Jo Lind left a note that read "I am sorry for all of this" in the car.', "Jo Lind"),
        ('Jo Lind wrote a note which said: "I am sorry for all of this."', "Jo Lind"),
        ('Ann Berg carried a sign reading "No more wars in our name" outside.', "Ann Berg"),
        # ... and a note as the subject is its speaker, as before
        ('A note reading "I am sorry for all of this" was found.', "A note"),
    ],
)
def test_the_words_of_a_note_found_are_no_ones(text: str, speaker: str | None) -> None:
    found = [q.speaker.name if q.speaker else None for q in find_quotes(text)]
    assert found == ([] if speaker is None else [speaker])


def test_what_something_is_introduced_as_is_a_fragment() -> None:
    # a word between the cue and the quote: still a partial quote
    (quote,) = find_quotes('Jo Lind introduced the "Harbor First Plan," which would cut fares.')
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.kind) == ("Jo Lind", "partial")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a short phrase before a noun: a term when no one in its sentence speaks ...
        ('The bill includes the "fair price" provision.', None),
        ('The agency rewrote its "Buy American" rules last year.', None),
        # ... and the speaker's when a cue or a person's subject stands there, as
        # PolNeAR quotes such phrases
        ('The bill includes a "fair price" provision, Jo Kent said.', "Jo Kent"),
        ('Jo Kent backed the "fair price" provision on Monday.', "Jo Kent"),
        # words someone failed, forgot or refused to say are theirs, as "refused to
        # say the words" is
        ('Ann Berg was fined for failing to yell "Fore!" on the seventh hole.', "Ann Berg"),
        ('Ann Berg never said "sorry" to anyone.', "Ann Berg"),
    ],
)
def test_terms_before_a_noun_and_words_not_said(text: str, speaker: str | None) -> None:
    found = [q.speaker.name if q.speaker else None for q in find_quotes(text)]
    assert found == ([] if speaker is None else [speaker])
