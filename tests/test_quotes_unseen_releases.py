"""Quotes and speakers in invented company releases, earnings copy and arts reviews.

Every story here is invented (names, companies, places, figures and words; no
real release or review is copied) in the house style of two kinds of copy that
web news corpora hold in bulk.

Company copy: full press releases as the newswires for companies carry them (a
dateline with the wire's name, ``"...," said Jane Roe, Chief Executive Officer of
Acme Corp.``, a partner company's officer quoted after the issuer's, ``About
Acme``, ``Forward-Looking Statements`` and ``Media Contact:``), earnings
releases with a chief executive's and a chief financial officer's quotes, and
news copy about a release quoting the conference call and analysts.  Defined
terms (``the "Company"``, ``(the "Offering")``), product names and trademarks
in quotes and the words a safe-harbour notice lists (``"believe," "expect"``)
are no quotes.

Arts and culture: film, book, music and theatre reviews, a festival report and
an obituary of an artist.  Titles of songs, films, albums and episodes in
quotes are no quotes.  A line of dialogue or a lyric that a review quotes with
no cue is no quote; a line that the review gives to a character with a cue
(``"...," Mara tells her brother``) is that character's, not the critic's;
the artist's own words from an interview are the artist's, and an old
interview an obituary quotes (``she told The Guardian in 1998``) is the
artist's too.

The gold follows :mod:`tests.test_quotes_unseen`: every quote of
:attr:`Article.quotes` in text order with its speaker's name and mention.
"""

from __future__ import annotations

import pytest

from newsstruct import find_quotes, parse_article
from tests.test_quotes_unseen import Gold, check_story, story_names

PRN_LAUNCH = """Veltrix Launches "Veltrix Atlas," an AI Platform for Regional Hospitals

Partnership with Corvane Health brings the platform to 40 hospitals in the Midwest

AUSTIN, Texas, March 10, 2026 /PRNewswire/ -- Veltrix Systems, Inc. ("Veltrix" or the "Company"), a provider of clinical workflow software, today announced the general availability of "Veltrix Atlas," a platform that helps regional hospitals schedule operating rooms, staff and beds from a single dashboard.

Veltrix Atlas combines the Company's scheduling engine with a new forecasting model trained on anonymized admissions data. Early customers reported an average 18% reduction in cancelled procedures during a six-month pilot.

"We are thrilled to bring Atlas to hospitals that have been underserved by enterprise software for far too long," said Marissa Quade, Chief Executive Officer of Veltrix. "Regional hospitals run on thin margins and thinner staffing. Atlas gives their teams back hours every week."

The launch includes a multi-year agreement with Corvane Health, which operates 40 hospitals across Iowa, Nebraska and Missouri. Corvane will deploy Atlas across its network beginning in the second quarter.

"Our nurses told us they were spending too much time on the phone chasing beds," said Dr. Owen Talley, Chief Operating Officer of Corvane Health. "During the pilot, Atlas cut that time in half. We expect to see the same results across the system."

Atlas is available as a subscription under the Company's "Care Cloud" plan and integrates with the major electronic health record systems. Veltrix will demonstrate the platform at the HealthOps Summit in Chicago on April 14.

"Atlas is the product our customers have been asking for since we started the company," added Quade.

About Veltrix Systems

Founded in 2017 and headquartered in Austin, Veltrix Systems builds clinical workflow software for hospitals and health systems. Its products are used by more than 300 facilities in North America. For more information, visit www.veltrix.example.

About Corvane Health

Corvane Health is a nonprofit health system serving rural and small-city communities in the Midwest, with 40 hospitals and more than 200 clinics.

Forward-Looking Statements

This press release contains "forward-looking statements" within the meaning of the Private Securities Litigation Reform Act of 1995. Words such as "expect," "anticipate," "believe," "plan" and "will" are intended to identify forward-looking statements. These statements are subject to risks and uncertainties, and actual results may differ materially. The Company undertakes no obligation to update any forward-looking statement.

Media Contact:
Dana Whitfield
press@veltrix.example
(512) 555-0142

SOURCE Veltrix Systems, Inc.
"""

PRN_LAUNCH_GOLD: Gold = (
    (
        "We are thrilled to bring Atlas to hospitals that have been underserved by "
        "enterprise software for far too long,",
        "Marissa Quade",
        "Marissa Quade",
    ),
    (
        "Regional hospitals run on thin margins and thinner staffing. Atlas gives their "
        "teams back hours every week.",
        "Marissa Quade",
        "Marissa Quade",
    ),
    (
        "Our nurses told us they were spending too much time on the phone chasing beds,",
        "Owen Talley",
        "Dr. Owen Talley",
    ),
    (
        "During the pilot, Atlas cut that time in half. We expect to see the same results "
        "across the system.",
        "Owen Talley",
        "Dr. Owen Talley",
    ),
    (
        "Atlas is the product our customers have been asking for since we started the company,",
        "Marissa Quade",
        "Quade",
    ),
)

BW_EARNINGS = """Norhaven Foods Reports Fourth Quarter and Full Year 2025 Results

Fourth quarter net sales of $1.21 billion, up 7%; full year adjusted EPS of $3.48

MINNEAPOLIS--(BUSINESS WIRE)--Feb. 18, 2026-- Norhaven Foods, Inc. (NYSE: NHF) ("Norhaven" or the "Company") today reported financial results for the fourth quarter and full year ended December 31, 2025.

Fourth Quarter 2025 Highlights

Net sales increased 7% to $1.21 billion, driven by higher volumes in the frozen and snacks segments.
Gross margin expanded 120 basis points to 31.4%.
Adjusted earnings per share ("Adjusted EPS") of $0.94, compared with $0.81 a year ago.

"Our teams delivered a strong finish to the year, with volume growth in every segment and our best quarter of margin expansion since 2019," said Karl Enberg, President and Chief Executive Officer. "We entered 2026 with momentum, a stronger brand portfolio and the capacity to invest behind it."

Enberg said the Company's "Fresh Start" cost program had delivered $85 million of savings in 2025, ahead of its original target.

"We generated record free cash flow of $412 million and returned $260 million to shareholders through dividends and buybacks," said Priya Anand, Executive Vice President and Chief Financial Officer. "Our balance sheet gives us the flexibility to pursue bolt-on acquisitions while continuing to reduce leverage."

Full Year 2026 Outlook

The Company expects net sales growth of 3% to 5% and Adjusted EPS of $3.65 to $3.80. Anand said the outlook assumed "modest" commodity inflation in the first half of the year.

Conference Call

Norhaven will host a conference call to discuss its results at 9:00 a.m. Eastern Time today. The call will be webcast live on the "Investors" section of the Company's website.

Non-GAAP Financial Measures

This release includes certain non-GAAP financial measures, including Adjusted EPS and free cash flow. The Company believes these measures provide useful information to investors. Reconciliations to the most directly comparable GAAP measures are included in the tables below.

Forward-Looking Statements

Statements in this release that are not historical facts, including statements about the Company's outlook, are forward-looking statements. Words such as "expects," "outlook," "intends" and "may" identify such statements. Actual results could differ materially due to risks including commodity costs, consumer demand and the other factors described under "Risk Factors" in the Company's most recent Annual Report on Form 10-K.

About Norhaven Foods

Norhaven Foods, Inc. makes frozen meals, snacks and baking products sold under the Norhaven, Lakeshore Table and Crumb & Co. brands in more than 20 countries.

Investor Contact:
Tom Bright, (612) 555-0190

Media Contact:
Lena Hoff, media@norhaven.example
"""

BW_EARNINGS_GOLD: Gold = (
    (
        "Our teams delivered a strong finish to the year, with volume growth in every "
        "segment and our best quarter of margin expansion since 2019,",
        "Karl Enberg",
        "Karl Enberg",
    ),
    (
        "We entered 2026 with momentum, a stronger brand portfolio and the capacity to "
        "invest behind it.",
        "Karl Enberg",
        "Karl Enberg",
    ),
    (
        "We generated record free cash flow of $412 million and returned $260 million to "
        "shareholders through dividends and buybacks,",
        "Priya Anand",
        "Priya Anand",
    ),
    (
        "Our balance sheet gives us the flexibility to pursue bolt-on acquisitions while "
        "continuing to reduce leverage.",
        "Priya Anand",
        "Priya Anand",
    ),
    ("modest", "Priya Anand", "Anand"),
)

GNW_MERGER = """Halberd Therapeutics and Sorrel Bio Announce Definitive Merger Agreement

Combined company to advance two late-stage programs in rare kidney disease

BOSTON and SAN DIEGO, June 2, 2026 (GLOBE NEWSWIRE) -- Halberd Therapeutics, Inc. (Nasdaq: HLBD) ("Halberd") and Sorrel Bio, Inc. ("Sorrel"), a privately held biotechnology company, today announced that they have entered into a definitive agreement and plan of merger (the "Merger Agreement") under which Halberd will acquire Sorrel in an all-stock transaction (the "Merger").

In connection with the Merger, Halberd has entered into a securities purchase agreement with a syndicate of healthcare investors for a private placement of approximately $150 million (the "Financing"). The Financing is expected to close concurrently with the Merger.

"This combination gives us two late-stage programs in rare kidney disease and the cash to take both through pivotal data," said Rachel Okonjo, Ph.D., President and Chief Executive Officer of Halberd. "Sorrel's team has built an exceptional pipeline, and we are excited to welcome them."

"Joining Halberd lets us move faster than we could on our own," said Miguel Arroyo, M.D., co-founder and Chief Executive Officer of Sorrel, who will join the combined company as Chief Medical Officer. "Patients with these diseases have waited long enough."

Under the terms of the Merger Agreement, Sorrel shareholders will receive approximately 38 million shares of Halberd common stock. Upon closing, Halberd shareholders are expected to own approximately 64% of the combined company (the "Combined Company"), and Sorrel shareholders approximately 36%.

The boards of directors of both companies have approved the transaction. The Merger is expected to close in the third quarter of 2026, subject to the approval of Halberd's stockholders and other customary closing conditions.

Lead investor Carrow Capital said it was "delighted to support" the Combined Company. "We have followed Sorrel's science since its seed round," said Hannah Lind, a partner at Carrow Capital.

Jefferies LLC is acting as exclusive financial advisor to Halberd, and Cooley LLP is serving as its legal counsel.

Conference Call and Webcast

Halberd will host a conference call and webcast today at 8:00 a.m. ET. The webcast will be available under "Events & Presentations" in the Investors section of the Halberd website.

About Halberd Therapeutics

Halberd Therapeutics is a clinical-stage biopharmaceutical company developing therapies for kidney disease.

About Sorrel Bio

Sorrel Bio is a privately held company developing small-molecule therapies for rare genetic kidney disorders.

No Offer or Solicitation

This communication shall not constitute an offer to sell or the solicitation of an offer to buy any securities. The securities to be issued in the Financing have not been registered under the Securities Act of 1933, as amended (the "Securities Act").

Forward-Looking Statements

This communication contains forward-looking statements, including statements regarding the expected timing of the Merger and the Financing. Terms such as "may," "will," "could," "should" and "potential" identify forward-looking statements. Halberd undertakes no duty to update them.

Investor Contact
Evan Marsh
ir@halberd.example
"""

GNW_MERGER_GOLD: Gold = (
    (
        "This combination gives us two late-stage programs in rare kidney disease and the "
        "cash to take both through pivotal data,",
        "Rachel Okonjo",
        "Rachel Okonjo",
    ),
    (
        "Sorrel's team has built an exceptional pipeline, and we are excited to welcome them.",
        "Rachel Okonjo",
        "Rachel Okonjo",
    ),
    (
        "Joining Halberd lets us move faster than we could on our own,",
        "Miguel Arroyo",
        "Miguel Arroyo",
    ),
    ("Patients with these diseases have waited long enough.", "Miguel Arroyo", "Miguel Arroyo"),
    ("delighted to support", "Carrow Capital", "Carrow Capital"),
    ("We have followed Sorrel's science since its seed round,", "Hannah Lind", "Hannah Lind"),
)

ACCESSWIRE_TRIAL = """Brightmere Biosciences Reports Positive Topline Data from Phase 2 Trial of BRX-14 in Chronic Cough

TORONTO, ON / ACCESSWIRE / September 8, 2026 / Brightmere Biosciences Corp. (TSXV:BRM)(OTCQB:BRMBF) ("Brightmere" or the "Company") is pleased to announce positive topline results from its Phase 2 "CALM-2" trial of BRX-14 in adults with refractory chronic cough.

The trial enrolled 212 patients at 31 sites in Canada and the United States. Patients receiving the higher dose of BRX-14 saw a 41% reduction in 24-hour cough frequency at week 12, compared with 17% for placebo. The drug was generally well tolerated, and no patient discontinued treatment because of taste disturbance, a common side effect of the drug class.

"These results exceeded our expectations on both efficacy and tolerability," said Dr. Ines Marchetti, Chief Medical Officer of Brightmere. "The absence of taste-related discontinuations is, in our view, the most important finding of the study."

The trial's principal investigator, Dr. Samuel Achterberg of the Halton Respiratory Institute, said the data were "clinically meaningful for a patient group that has very few options."

"Chronic cough is often dismissed, but it wrecks sleep, work and relationships," Achterberg said. "I would like to see this drug move into a larger trial as quickly as possible."

Brightmere intends to request an end-of-Phase 2 meeting with the U.S. Food and Drug Administration (the "FDA") in the fourth quarter. Full results will be submitted for presentation at a medical meeting in 2027.

"With this readout, Brightmere has become a late-stage company," said Chief Executive Officer Graham Pell. "We will now evaluate our options for funding a Phase 3 program, including partnerships."

About BRX-14

BRX-14 is an oral, selective P2X3 antagonist designed to reduce the hypersensitivity of airway nerves. It has been granted the designation "Fast Track" by the FDA.

About Brightmere Biosciences Corp.

Brightmere is a clinical-stage company developing treatments for respiratory disorders. For more information, please visit www.brightmere.example.

Cautionary Note Regarding Forward-Looking Information

This news release contains "forward-looking information" within the meaning of applicable Canadian securities laws. Forward-looking information is often identified by the words "will," "intends," "potential" or similar expressions. Readers are cautioned not to place undue reliance on forward-looking information.

Neither the TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.

Contact:
Graham Pell, Chief Executive Officer
info@brightmere.example

SOURCE: Brightmere Biosciences Corp.
"""

ACCESSWIRE_TRIAL_GOLD: Gold = (
    (
        "These results exceeded our expectations on both efficacy and tolerability,",
        "Ines Marchetti",
        "Dr. Ines Marchetti",
    ),
    (
        "The absence of taste-related discontinuations is, in our view, the most important "
        "finding of the study.",
        "Ines Marchetti",
        "Dr. Ines Marchetti",
    ),
    (
        "clinically meaningful for a patient group that has very few options.",
        "Samuel Achterberg",
        "The trial's principal investigator",
    ),
    (
        "Chronic cough is often dismissed, but it wrecks sleep, work and relationships,",
        "Samuel Achterberg",
        "Achterberg",
    ),
    (
        "I would like to see this drug move into a larger trial as quickly as possible.",
        "Samuel Achterberg",
        "Achterberg",
    ),
    (
        "With this readout, Brightmere has become a late-stage company,",
        "Graham Pell",
        "Chief Executive Officer Graham Pell",
    ),
    (
        "We will now evaluate our options for funding a Phase 3 program, including partnerships.",
        "Graham Pell",
        "Chief Executive Officer Graham Pell",
    ),
)

NEWS_EARNINGS_CALL = """Cascade Air shares slide as carrier cuts forecast on engine groundings

By Tomas Rivera

SEATTLE, April 23 (Reuters) - Cascade Air Group cut its full-year profit forecast on Thursday, saying engine inspections would keep as many as 14 of its jets on the ground through the summer, and its shares fell 9% in early trading.

The Seattle-based carrier now expects adjusted earnings of $2.10 to $2.60 per share in 2026, down from a previous range of $3.00 to $3.50. Analysts on average had expected $3.12, according to LSEG data.

"This is not the year we planned for," Chief Executive Officer Denise Okafor told analysts on a conference call. "But we are not going to fly aircraft we have any doubts about, and we are not going to apologize for that."

Okafor said the company was in talks with the engine maker about compensation, which she described as "constructive but not finished."

Chief Financial Officer Brent Mallory said on the call that the groundings would cost about $180 million in lost revenue this year. Asked by one analyst whether the airline would pull back its growth plans for 2027, Mallory said: "We are going to be disciplined. Growth has to earn its place."

The airline said in its earnings release that it would defer the delivery of six new jets and suspend share buybacks for the rest of the year.

Analysts said the cut was steeper than expected. "The guidance reset is bigger than we modeled, and it comes with very little visibility on when the fleet is back to full strength," Jefferies analyst Maya Lindgren wrote in a note.

Savanti Research analyst Paul Dreyer was more forgiving. "Management is taking the conservative path, which is the right one," he said in an interview. "The franchise is intact."

On the call, Okafor was asked whether the airline would seek damages from the engine maker in court. "Everything is on the table," she said. "But our first job is to get the airplanes flying."

Cascade's pilots union said the groundings showed the airline had "too few spare engines and too little margin for error." The union is in contract talks with the carrier.

Shares of rival Coastline Airlines rose 3%, as investors bet it would pick up some of Cascade's summer traffic.

(Reporting by Tomas Rivera in Seattle; Editing by Anil D'Souza)
"""

NEWS_EARNINGS_CALL_GOLD: Gold = (
    (
        "This is not the year we planned for,",
        "Denise Okafor",
        "Chief Executive Officer Denise Okafor",
    ),
    (
        "But we are not going to fly aircraft we have any doubts about, and we are not "
        "going to apologize for that.",
        "Denise Okafor",
        "Chief Executive Officer Denise Okafor",
    ),
    ("constructive but not finished.", "Denise Okafor", "she"),
    ("We are going to be disciplined. Growth has to earn its place.", "Brent Mallory", "Mallory"),
    (
        "The guidance reset is bigger than we modeled, and it comes with very little "
        "visibility on when the fleet is back to full strength,",
        "Maya Lindgren",
        "Maya Lindgren",
    ),
    ("Management is taking the conservative path, which is the right one,", "Paul Dreyer", "he"),
    ("The franchise is intact.", "Paul Dreyer", "he"),
    ("Everything is on the table,", "Denise Okafor", "she"),
    ("But our first job is to get the airplanes flying.", "Denise Okafor", "she"),
    (
        "too few spare engines and too little margin for error.",
        "Cascade's pilots union",
        "Cascade's pilots union",
    ),
)

BW_PARTNER = """Quillon and Ardent Motors Expand Battery Partnership to European Plants

New agreement covers supply of "QX-Cell" battery modules through 2031

DETROIT--(BUSINESS WIRE)--Quillon Energy Corp. (NASDAQ: QLLN), a maker of lithium iron phosphate battery systems, and Ardent Motors today announced an expanded supply agreement (the "Agreement") under which Quillon will provide its "QX-Cell" modules to Ardent's plants in Spain and Slovakia beginning in 2028.

The Agreement extends a partnership that began in 2023 with Ardent's North American commercial van line. Financial terms were not disclosed.

"Ardent was our first automotive customer, and taking this partnership to Europe is a milestone for Quillon," said Felix Amari, founder and CEO of Quillon Energy. "It validates the chemistry, and it validates the team that builds it."

"Our customers want vans that last longer and cost less to run," said Sofia Brandt, Senior Vice President of Global Purchasing at Ardent Motors. "Quillon's modules have given us both in North America, and we are confident they will do the same in Europe."

Analysts said the deal would ease concerns about Quillon's reliance on a single customer program. Shares of Quillon rose 11% in premarket trading after the announcement, which came a day before the company reports its quarterly results.

Quillon said it would build a module assembly line near Ardent's plant in Valencia, creating about 350 jobs. The Company expects the line to begin production in late 2027.

"We chose Valencia because our customer is there, and because the region has the skilled workforce we need," Amari said.

The regional government welcomed the investment. "This is exactly the kind of industry we want to anchor here," said Carmen Olmos, the Valencian government's minister for industry, in a separate statement.

Quillon also reaffirmed the full-year guidance it issued in February. "We are seeing demand from every commercial vehicle maker we talk to," Amari added. "Europe will be our fastest-growing market by 2029."

About Quillon Energy

Quillon Energy Corp. designs and manufactures battery systems for commercial vehicles and energy storage. Quillon, QX-Cell and the Quillon logo are trademarks of Quillon Energy Corp.

About Ardent Motors

Ardent Motors builds commercial vans and light trucks in seven countries.

Safe Harbor Statement

This press release contains forward-looking statements about the Agreement and the expected production timeline. These statements involve risks, including those described under the heading "Risk Factors" in Quillon's filings with the Securities and Exchange Commission (the "SEC").

Contacts

Media:
Rhea Collins, Quillon Energy
press@quillon.example
"""

BW_PARTNER_GOLD: Gold = (
    (
        "Ardent was our first automotive customer, and taking this partnership to Europe is "
        "a milestone for Quillon,",
        "Felix Amari",
        "Felix Amari",
    ),
    (
        "It validates the chemistry, and it validates the team that builds it.",
        "Felix Amari",
        "Felix Amari",
    ),
    (
        "Our customers want vans that last longer and cost less to run,",
        "Sofia Brandt",
        "Sofia Brandt",
    ),
    (
        "Quillon's modules have given us both in North America, and we are confident they "
        "will do the same in Europe.",
        "Sofia Brandt",
        "Sofia Brandt",
    ),
    (
        "We chose Valencia because our customer is there, and because the region has the "
        "skilled workforce we need,",
        "Felix Amari",
        "Amari",
    ),
    (
        "This is exactly the kind of industry we want to anchor here,",
        "Carmen Olmos",
        "Carmen Olmos",
    ),
    (
        "We are seeing demand from every commercial vehicle maker we talk to,",
        "Felix Amari",
        "Amari",
    ),
    ("Europe will be our fastest-growing market by 2029.", "Felix Amari", "Amari"),
)

FILM_REVIEW = """'The Salt Road' review: A sister's long walk home, told with restraint

By Nadia Fenwick

Three films into her career, the director Ilse Varga has settled on a subject: people who leave and what it costs them to come back. Her new feature, "The Salt Road," which opens Friday in limited release, follows Mara (Jun Okada), a nurse who walks 200 miles across a drought-struck plain to reach the farm where her estranged brother still lives.

The film is spare to the point of austerity. There are long stretches without a word of dialogue, and Varga trusts her lead to carry them. Okada, best known for the television series "Harbor Lights," gives a performance of tiny, exact gestures.

When words do come, they land hard. "You left, and the rain left with you," the brother (Teo Marsh) tells Mara when she finally arrives, a line that could have come off as writerly and instead comes off as true.

The script, which Varga wrote with her longtime collaborator Pell Dunmore, borrows its structure from the old road movies. A chapter titled "Wells" is the film's best stretch; a later one, "Dust," sags under a subplot about a land developer.

The score, by the composer Ama Oduya, is built around a single folk tune, "Low Water," sung in the opening scene by Mara's mother. It returns at the end, and if you are the crying kind, bring tissues.

Varga told me in an interview last month that she wrote the film after her own father's farm failed. "I wanted to make something about the land that doesn't romanticize it," she said. "The land doesn't love you back. It just outlasts you."

Okada, who learned to drive a tractor for the part, said the role scared her at first. "Mara hardly speaks, so everything has to happen in the face," she said. "I had never been asked to trust the camera that much."

There are missteps. The developer, played by a smirking Rolf Anders, is a cartoon, and the final scene spells out what the rest of the film was content to imply. "I'm home," Mara says in it, which we already knew.

But for most of its two hours "The Salt Road" is a patient, beautiful film about grief and soil, and it marks Varga as a director to watch.

"The Salt Road" is rated PG-13 for thematic material. Running time: 1 hour 58 minutes.
"""

FILM_REVIEW_GOLD: Gold = (
    ("You left, and the rain left with you,", "the brother", "the brother"),
    (
        "I wanted to make something about the land that doesn't romanticize it,",
        "Ilse Varga",
        "she",
    ),
    ("The land doesn't love you back. It just outlasts you.", "Ilse Varga", "she"),
    ("Mara hardly speaks, so everything has to happen in the face,", "Jun Okada", "she"),
    ("I had never been asked to trust the camera that much.", "Jun Okada", "she"),
    ("I'm home,", "Mara", "Mara"),
)

ALBUM_REVIEW = """Kestrel Vane's 'Night Ferry' is the sound of a band growing up

The Glasgow four-piece trade the shout-along choruses of their debut for something stranger and sadder

By Calum Reid

On their 2023 debut, "Loud Enough," Kestrel Vane sounded like a band that had learned everything it knew from festival crowds. Songs such as "Red Sky Rave" and "Pavement Queen" were built for fists in the air, and they worked.

"Night Ferry," out Friday on Lowland Records, is a different animal. Recorded in a converted church on the Isle of Bute over a wet winter, it is slower, quieter and far more interesting.

The opener, "Crossing," sets the tone: a bowed bass, a piano with the felt left on, and singer Aileen Moffat half-whispering "I left the lights on for the ones who never came." It is a long way from "Pavement Queen."

Moffat told me the band had been exhausted by two years on the road. "We were playing the same 11 songs every night and I started to hate them," she said. "Not the songs, really. The person I had to be to sing them."

Guitarist Rory Banerjee, who produced the album, said the church dictated the sound. "There's a six-second reverb in that room," he said. "You can't play fast in there. Everything turns to soup. So we stopped trying."

The single "Harbour Wall" is the closest the album gets to the old Kestrel Vane, with a chorus that will still work in a field. But the heart of the record is the seven-minute "Ballast," in which Moffat sings about her grandmother's last months over a drone that never resolves. The line "you kept the tide tables by the bed / long after you stopped going out" is as good as anything a Scottish songwriter has put on record this decade.

Not everything lands. "Undertow" drifts without going anywhere, and "Cormorant" borrows its melody a little too openly from an old hymn, a debt Banerjee acknowledged. "We knew, and we decided we didn't care," he said, laughing.

Moffat said she wrote "Harbour Wall" in a single night in the church's vestry. "It came out whole," she said. "That never happens to me."

Label boss Fiona Strachan, who signed the band in 2021, said she had worried the new record would lose its audience. "Then I heard 'Ballast' and stopped worrying," she said.

Kestrel Vane begin a UK tour in Aberdeen on March 3.
"""

ALBUM_REVIEW_GOLD: Gold = (
    (
        "We were playing the same 11 songs every night and I started to hate them,",
        "Aileen Moffat",
        "she",
    ),
    ("Not the songs, really. The person I had to be to sing them.", "Aileen Moffat", "she"),
    ("There's a six-second reverb in that room,", "Rory Banerjee", "he"),
    (
        "You can't play fast in there. Everything turns to soup. So we stopped trying.",
        "Rory Banerjee",
        "he",
    ),
    ("We knew, and we decided we didn't care,", "Rory Banerjee", "he"),
    ("It came out whole,", "Aileen Moffat", "she"),
    ("That never happens to me.", "Aileen Moffat", "she"),
    ("Then I heard 'Ballast' and stopped worrying,", "Fiona Strachan", "she"),
)

BOOK_REVIEW = """A debut novel about a lighthouse family that keeps its secrets well

"The Keeper's Daughters," by Ruth Calder, is a quiet book with a loud ending

Review by Simone Achebe

Ruth Calder's first novel, "The Keeper's Daughters" (Harrow Press, 342 pages, $28), is set on a rock off the coast of Nova Scotia between 1931 and 1958, and for most of its length it is about weather, lamp oil and the slow friction of three sisters who cannot leave one another.

The eldest, Agnes, narrates. She is bookish, sharp and unreliable in ways the novel takes its time revealing. "There are two kinds of people on an island," she tells us early on, "those who watch the sea and those who watch each other." Calder, a former fisheries scientist, has an ear for that kind of line.

The middle sister, Bet, wants to marry a mainland schoolteacher; the youngest, Wren, wants only to keep the light. When their father dies in the book's second part, the question of who will inherit the post, and who will be left behind, turns the family against itself.

Calder said in an interview with her publisher that the novel began with a photograph of three girls on a lighthouse gallery that she found in an archive in Halifax. "Nobody knew their names," she said. "I decided I would give them names, and then I couldn't stop."

The chapters alternate between Agnes's account and a set of logbook entries, dated and terse, that tell a different story. An entry for March 1944 reads simply "Fog. Wren on the rocks again. Did not tell Father." It is a measure of Calder's control that those nine words are more frightening than the storm that follows.

Not all of it works. The schoolteacher is a cipher, and a late chapter set in Boston, called "The Mainland," feels like it belongs to another book.

Calder's editor, Tobias Wren of Harrow Press, said the firm had bought the novel after reading only the first 60 pages. "You don't often get a voice that formed in a debut," he said.

The ending, which I will not spoil, arrives with the force of a wave. Readers who have been lulled by the book's patience will be caught out, and that is the point.

"The Keeper's Daughters" is the first of a planned pair. Calder said the second book would follow Wren into old age. "She has more to say," Calder said. "She always did."
"""

BOOK_REVIEW_GOLD: Gold = (
    ("There are two kinds of people on an island,", "Agnes", "she"),
    ("those who watch the sea and those who watch each other.", "Agnes", "she"),
    ("Nobody knew their names,", "Ruth Calder", "she"),
    ("I decided I would give them names, and then I couldn't stop.", "Ruth Calder", "she"),
    ("You don't often get a voice that formed in a debut,", "Tobias Wren", "he"),
    ("She has more to say,", "Ruth Calder", "Calder"),
    ("She always did.", "Ruth Calder", "Calder"),
)

THEATRE_REVIEW = """Review: A 'Cherry Orchard' that finally lets Chekhov be funny

The Almeida's new production, directed by Tamsin Okoro, plays the estate sale as farce until it isn't

By Gideon Hart

The problem with most productions of "The Cherry Orchard" is that they are played as tragedy from the first line, and Chekhov, who called it a comedy, spent the last months of his life complaining about it. Tamsin Okoro's new staging at the Almeida does what he asked for.

The set, by the designer Lin Abara, is a drawing room that slowly loses its furniture, piece by piece, as the bailiffs get closer. By the last act the actors are sitting on packing crates.

As Ranevskaya, Helen Mortimer is giddy and infuriating, spending money she does not have and weeping over a toy cupboard. When she says "My orchard, my beautiful orchard," the audience laughed, and then, a second later, stopped laughing. That is the production in miniature.

Dev Sandhu's Lopakhin is the revelation. He plays the self-made merchant as a man who cannot believe his own luck and cannot forgive himself for it. "I bought it!" he shouts at the end of the third act, and then looks at his hands as if they belong to someone else.

Okoro said after the press night that she had wanted to rescue the play from its reputation. "Everyone comes in expecting three hours of Russians being sad," she said. "I wanted them to be surprised that they were laughing, and then surprised that they stopped."

Mortimer, speaking in the theatre's bar, said the role was the hardest she had played. "Ranevskaya is charming and she is a disaster," she said. "You have to play both at once or she's just a fool."

The new translation, by the poet Marek Sadowski, uses plain modern English without lurching into slang. Sadowski said he had "tried to make it sound like people talking, not like a translation."

The lighting designer, Kofi Mensah-Lee, said the team had "lit the last act like a waiting room," and it shows: the light grows colder as the furniture goes.

The sound design is the one misstep: the famous breaking string, offstage, is played so loudly that it became a joke in itself.

The Cherry Orchard runs at the Almeida Theatre, London, until 14 June. The run is "almost sold out," according to a spokesperson for the theatre.
"""

THEATRE_REVIEW_GOLD: Gold = (
    ("My orchard, my beautiful orchard,", "Helen Mortimer", "she"),
    ("I bought it!", "Lopakhin", "he"),
    ("Everyone comes in expecting three hours of Russians being sad,", "Tamsin Okoro", "she"),
    (
        "I wanted them to be surprised that they were laughing, and then surprised that "
        "they stopped.",
        "Tamsin Okoro",
        "she",
    ),
    ("Ranevskaya is charming and she is a disaster,", "Helen Mortimer", "she"),
    ("You have to play both at once or she's just a fool.", "Helen Mortimer", "she"),
    (
        "tried to make it sound like people talking, not like a translation.",
        "Marek Sadowski",
        "Sadowski",
    ),
    ("lit the last act like a waiting room,", "Kofi Mensah-Lee", "The lighting designer"),
    ("almost sold out,", "a spokesperson", "a spokesperson"),
)

FESTIVAL_REPORT = """Berlin festival opens with a family drama and a jab at streamers

By Anke Lorenz

BERLIN (AP) — The Berlin International Film Festival opened Thursday with "The Long Table," a three-hour family drama from the Danish director Jonas Welling, and with its new director using her first press conference to take aim at the streaming companies.

"Cinema is not content," festival director Clara Brenner told reporters. "We will keep showing films that were made to be seen on a big screen, with strangers, in the dark."

Welling's film, set over a single Christmas dinner in Jutland, drew warm applause at its first press screening. At the press conference afterward, Welling said the film was "about the things families say only once a year, when they have been drinking."

"My own family is much worse," he said. "I had to make them nicer for the film, or nobody would believe it."

The actor Freja Holm, who plays the eldest daughter, said shooting a dinner scene for 40 days was "like being trapped at the worst party of your life, with people you love." Asked whether she had eaten the food, she laughed. "Only for the first week," she said.

The American actor Corey Dunne, in Berlin with the thriller "Cold Harbor," which screens in competition on Saturday, said he had come "for the audiences, not the parties."

"Berlin audiences will tell you if they hate something," Dunne said. "I'd rather hear that here than read it online."

The festival's competition jury is headed by the Brazilian filmmaker Helena Duarte, whose 2019 film "Ninguém" won the Golden Bear. Duarte told reporters the jury would "argue a lot, and we will enjoy it."

Yusuf Demir, who programs the festival's Panorama section, described this year's selection as "angrier than usual." "Filmmakers are responding to a world that is on fire," he said. "You can feel it in almost every film we picked."

"The Long Table" is one of three Danish films in the program, a record for the country.

Nineteen films are competing for the Golden Bear, which will be awarded on Feb. 22.

Ticket sales for the public screenings were up 8% on last year, the festival said, and the market for buyers and sellers had its largest number of registrations since before the pandemic.

Outside the festival palace, a small group of protesters held a banner reading "Culture Not Profit" to oppose cuts to Berlin's arts budget.
"""

FESTIVAL_REPORT_GOLD: Gold = (
    ("Cinema is not content,", "Clara Brenner", "Clara Brenner"),
    (
        "We will keep showing films that were made to be seen on a big screen, with "
        "strangers, in the dark.",
        "Clara Brenner",
        "Clara Brenner",
    ),
    (
        "about the things families say only once a year, when they have been drinking.",
        "Jonas Welling",
        "Welling",
    ),
    ("My own family is much worse,", "Jonas Welling", "he"),
    ("I had to make them nicer for the film, or nobody would believe it.", "Jonas Welling", "he"),
    (
        "like being trapped at the worst party of your life, with people you love.",
        "Freja Holm",
        "The actor Freja Holm",
    ),
    ("Only for the first week,", "Freja Holm", "she"),
    ("for the audiences, not the parties.", "Corey Dunne", "The American actor Corey Dunne"),
    ("Berlin audiences will tell you if they hate something,", "Corey Dunne", "Dunne"),
    ("I'd rather hear that here than read it online.", "Corey Dunne", "Dunne"),
    ("argue a lot, and we will enjoy it.", "Helena Duarte", "Duarte"),
    ("angrier than usual.", "Yusuf Demir", "Yusuf Demir"),
    ("Filmmakers are responding to a world that is on fire,", "Yusuf Demir", "he"),
    ("You can feel it in almost every film we picked.", "Yusuf Demir", "he"),
    ("Culture Not Profit", "a small group of protesters", "a small group of protesters"),
)

ARTIST_OBITUARY = """Marguerite Osei, painter who turned market stalls into monuments, dies at 84

By Jonah Feld

Marguerite Osei, whose enormous paintings of West African market women made her one of the most collected British artists of her generation, died on Sunday at her home in Hastings, England. She was 84.

Her death was confirmed by her son, Kwame Osei-Blake, who said she had been in declining health since a fall last year.

Born in Accra in 1941 and raised in south London, Osei studied at the Slade School of Fine Art in the early 1960s, where, she later said, she was "the only Black woman in the building, including the cleaners."

Her breakthrough came in 1978 with "Makola, Saturday," a 20-foot canvas of traders and their children that now hangs in the Tate. She told The Guardian in 1998 that she had painted it from memory. "I had not been back to Accra for 15 years," she said. "I painted the market I carried around in my head, which was louder and brighter than the real one."

Critics were divided at first. One reviewer in 1979 dismissed her work as "decorative," a word she said she took as a compliment. "Decoration is what people put on the walls they love," she told an interviewer from the BBC in 2004.

In the 1990s she turned to portraits of her neighbors in Hastings, and in 2011 she became the first Black woman elected a Royal Academician. The academy's president at the time, Sir Neil Hanley, called her "a painter of enormous generosity."

Osei rarely gave interviews in her last decade. In one of the few, with the magazine Frieze in 2017, she was asked whether she had a message for young painters. "Paint what you know until you are sick of it," she said. "Then paint it again."

Her gallerist of 30 years, Ruth Adeyemi, said on Monday that Osei had worked until a few weeks before her death. "She was in the studio in September, complaining about the light," Adeyemi said. "That is how I will remember her."

Her last exhibition, "Neighbours," closed at the Hastings Contemporary in August. Its curator, Tom Achterberg, said the show had drawn "the biggest crowds we have ever had."

In addition to her son, she is survived by a daughter, Efua, and four grandchildren. Her husband, the architect Peter Blake, died in 2009.
"""

ARTIST_OBITUARY_GOLD: Gold = (
    (
        "the only Black woman in the building, including the cleaners.",
        "Marguerite Osei",
        "she",
    ),
    ("I had not been back to Accra for 15 years,", "Marguerite Osei", "she"),
    (
        "I painted the market I carried around in my head, which was louder and brighter "
        "than the real one.",
        "Marguerite Osei",
        "she",
    ),
    ("decorative,", "One reviewer", "One reviewer"),
    ("Decoration is what people put on the walls they love,", "Marguerite Osei", "she"),
    ("a painter of enormous generosity.", "Neil Hanley", "Sir Neil Hanley"),
    ("Paint what you know until you are sick of it,", "Marguerite Osei", "she"),
    ("Then paint it again.", "Marguerite Osei", "she"),
    ("She was in the studio in September, complaining about the light,", "Ruth Adeyemi", "Adeyemi"),
    ("That is how I will remember her.", "Ruth Adeyemi", "Adeyemi"),
    ("the biggest crowds we have ever had.", "Tom Achterberg", "Tom Achterberg"),
)

CASES: dict[str, tuple[str, Gold]] = {
    "prn_launch": (PRN_LAUNCH, PRN_LAUNCH_GOLD),
    "bw_earnings": (BW_EARNINGS, BW_EARNINGS_GOLD),
    "gnw_merger": (GNW_MERGER, GNW_MERGER_GOLD),
    "accesswire_trial": (ACCESSWIRE_TRIAL, ACCESSWIRE_TRIAL_GOLD),
    "news_earnings_call": (NEWS_EARNINGS_CALL, NEWS_EARNINGS_CALL_GOLD),
    "bw_partner": (BW_PARTNER, BW_PARTNER_GOLD),
    "film_review": (FILM_REVIEW, FILM_REVIEW_GOLD),
    "album_review": (ALBUM_REVIEW, ALBUM_REVIEW_GOLD),
    "book_review": (BOOK_REVIEW, BOOK_REVIEW_GOLD),
    "theatre_review": (THEATRE_REVIEW, THEATRE_REVIEW_GOLD),
    "festival_report": (FESTIVAL_REPORT, FESTIVAL_REPORT_GOLD),
    "artist_obituary": (ARTIST_OBITUARY, ARTIST_OBITUARY_GOLD),
}

#: Stories whose remaining errors no general rule fixes yet, with the reason
#: (the test fails if they start passing).
KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize("name", story_names(CASES, KNOWN_FAILURES))
def test_releases_story(name: str) -> None:
    text, gold = CASES[name]
    check_story(name, text, gold, {})


def _said(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a term a release defines in a parenthesis, alone or with others
        (
            'Acme Corp. ("Acme" or the "Company"), a maker of tools, today announced a '
            'deal (the "Agreement") with Bolt Inc. ("Bolt").',
            [],
        ),
        (
            'Acme today announced an offering of notes (collectively, the "Senior Notes"), '
            '"a milestone for us," said Jo Lind.',
            [("a milestone for us,", "Jo Lind")],
        ),
        (
            'Acme, Inc. (NASDAQ: ACME) ("Acme" or "the Company") today announced a deal. '
            '"We are proud," said Jo Lind, CEO.',
            [("We are proud,", "Jo Lind")],
        ),
        # a rank or an award's name after "named a"
        (
            'Acme today announced that it has been named a "Leader" in the 2026 report. '
            '"It reflects our customers\' trust," said Jo Lind, CEO.',
            [("It reflects our customers' trust,", "Jo Lind")],
        ),
        # ... but not a quote in a parenthesis after a lower-case word
        (
            'Jo Lind said free markets ("Uber everything") would fix it.',
            [("Uber everything", "Jo Lind")],
        ),
        # a product's name before its noun
        ('Acme will supply its "QX-Cell" modules to Bolt, the company said.', []),
        ('Bolt said the "Atlas" platform would launch in May.', []),
        # ... not a scare-quoted word before another noun
        (
            'Jo Lind said "Leave" supporters were angry.',
            [("Leave", "Jo Lind")],
        ),
        # a title as its clause's subject
        (
            '"Undertow" drifts, and "Cormorant" borrows its tune from a hymn, a debt '
            "Tom Banerjee acknowledged.",
            [],
        ),
        ('Tom Banerjee said the "Avatar" star had left.', [("Avatar", "Tom Banerjee")]),
        # a name its appositive describes, with no cue in it nor right before the name
        (
            'Acme Corp. is the maker of "Roadrunner," the world\'s fastest delivery drone. '
            'It also makes "Wile," a robot.',
            [],
        ),
        ('"Disgraceful," the senator said.', [("Disgraceful,", "the senator")]),
        ('"No," the spokesman, Mr Lind, said.', [("No,", "Lind")]),
        ('Jo Lind called it "Disgraceful," a rare rebuke.', [("Disgraceful,", "Jo Lind")]),
        # a work's title right after a verb of making it, a phrase going on after it
        ('Aileen Moffat said she wrote "Harbour Wall" in a single night.', []),
        (
            'Jo Lind wrote "Crooked Deals Everywhere." on Monday, her aide said.',
            [("Crooked Deals Everywhere.", "Jo Lind")],
        ),
        # a name a participle set off by commas gives
        ('A late chapter, called "The Mainland," feels thin, Jo Lind said.', []),
        (
            'There is a series, called "Quick Question" in which Jo Lind talks, she said.',
            [("Quick Question", "Jo Lind")],
        ),
    ],
)
def test_release_and_review_terms(text: str, quotes: list[tuple[str, str | None]]) -> None:
    assert _said(text) == quotes


def test_a_cited_line_is_no_speakers_carried_over() -> None:
    before = '"We cannot play fast in there," Tom Banerjee said.\n\n'
    assert _said(before + 'The line "you kept the tide tables by the bed" is the best.') == [
        ("We cannot play fast in there,", "Tom Banerjee")
    ]
    assert _said(before + 'An entry for March 1944 reads simply "Fog. Did not tell Father."') == [
        ("We cannot play fast in there,", "Tom Banerjee")
    ]
    # someone's own lines are theirs
    text = before + 'He went back to his familiar line "We play slow. We always did."'
    assert _said(text)[-1] == ("We play slow. We always did.", "Tom Banerjee")


def test_a_word_a_clause_describes_has_no_speaker_after_it() -> None:
    text = 'One reviewer dismissed the work as "decorative," a word she said she liked.'
    assert _said(text) == [("decorative,", "One reviewer")]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a noun naming the quoted words and a clause without "that": no speaker
        ('It was "enough," a word she said often.', []),
        ('It was "enough," a phrase he repeated.', []),
        ('It was "enough," a favourite word she said often.', []),
        # ... and a real cue after that clause still attributes
        ('It was "enough," a word she said often, Berg recalled.', [("enough,", "Berg")]),
        (
            'It was "enough for now," a phrase he repeated, the trainer said.',
            [("enough for now,", "the trainer")],
        ),
        # near misses: a time before the pronoun, a subject who called it so
        ('"We will win," the next day she said.', [("We will win,", "she")]),
        ('Jo Kent called it "theft," a word he used again.', [("theft,", "Jo Kent")]),
        ('She called it "home," the line they kept saying.', [("home,", "She")]),
    ],
)
def test_a_word_named_before_a_pronoun_gives_it_no_speaker(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert _said(text) == quotes


def test_a_cue_in_a_subordinate_clause_keeps_its_quote() -> None:
    text = 'Jo Lind plays the widow. When she says "My orchard," the audience laughs.'
    assert _said(text) == [("My orchard,", "Jo Lind")]
    text = 'When Jo Lind said "we will win," the crowd cheered.'
    assert _said(text) == [("we will win,", "Jo Lind")]


@pytest.mark.parametrize(
    "text",
    [
        # a demonym and an honour after an article: no one "she" stands for
        "Marguerite Osei, whose paintings of West African women made her famous, died "
        'on Sunday.\n\nOsei studied at the Slade, where, she later said, she was "the only one."',
        "Marguerite Osei, whose paintings made her famous, became a Royal Academician in "
        '2011.\n\nOsei studied at the Slade, where, she later said, she was "the only one."',
    ],
)
def test_demonyms_and_honours_are_no_people(text: str) -> None:
    (quote,) = parse_article(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Marguerite Osei"


def test_places_are_no_people() -> None:
    from newsstruct._quotes import _paragraphs
    from newsstruct._speakers import _people

    text = (
        "Ruth Calder set it off the coast of Nova Scotia, not New Jersey, with "
        "South Korean Kim Lee."
    )
    assert [person.name for person in _people(text, _paragraphs(text))] == [
        "Ruth Calder",
        "Kim Lee",
    ]


def test_a_name_after_an_article_is_still_a_name() -> None:
    text = 'At a Bernie Lind rally, the crowd cheered.\n\n"We won," he said.'
    (quote,) = parse_article(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Bernie Lind"


def test_a_country_is_its_own_name() -> None:
    text = (
        'Jo Lind condemned North Korea\'s "reckless" acts.\n\n'
        'South Korea accused the North of "fanatic recklessness."'
    )
    quotes = parse_article(text).quotes
    assert [(q.text, q.speaker and q.speaker.name) for q in quotes][-1] == (
        "fanatic recklessness.",
        "South Korea",
    )


def test_jun_before_a_surname_is_a_first_name() -> None:
    text = 'Mara (Jun Okada) walks home.\n\n"It scared me," Okada said.'
    (quote,) = parse_article(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Jun Okada"


def test_a_quoted_title_is_no_person() -> None:
    text = (
        'Jo Lind\'s new album features the single "Runaway Heart," which she said was '
        'about her divorce. "It was the hardest song to write," she said.'
    )
    (quote,) = parse_article(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Jo Lind"


_NOVEL = (
    "Review by Simone Achebe\n\n"
    "Ruth Calder's first novel is set on a rock off the coast of Nova Scotia.\n\n"
    "{sister}, narrates. She is bookish and sharp. "
    '"There are two kinds of people on an island," she tells us early on.'
)


@pytest.mark.parametrize(
    ("sister", "name"),
    [
        # a child by birth order, set off with a common first name: the one she stands for
        ("The eldest, Agnes", "Agnes"),
        ("The youngest, Agnes", "Agnes"),
        # a word for a person, as before
        ("The middle sister, Agnes", "Agnes"),
        # a child by birth order, set off with a name no list has: still that child
        ("The youngest, Wren", "Wren"),
        ("The eldest, Harrow", "Harrow"),
    ],
)
def test_she_stands_for_a_child_named_by_birth_order_and_first_name(sister: str, name: str) -> None:
    (quote,) = parse_article(_NOVEL.format(sister=sister)).quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.mention) == (name, "she")


@pytest.mark.parametrize(
    ("sister", "word"),
    [
        # a place, a nationality, a function word or a first name of the other
        # gender set off after a birth-order word is no name of the child's
        ("The eldest, Halifax", "Halifax"),
        ("The youngest, British", "British"),
        ("The eldest, However", "However"),
        ("The eldest, Tom", "Tom"),
    ],
)
def test_a_birth_order_word_before_no_name_names_no_one(sister: str, word: str) -> None:
    (quote,) = parse_article(_NOVEL.format(sister=sister)).quotes
    assert quote.speaker is None or quote.speaker.name != word


@pytest.mark.parametrize(
    "body",
    [
        "The novel is set on a small island off the coast.\n\n"
        '"It is a book about leaving," she said in an interview.',
        '"It is a book about leaving," she writes in the preface.',
        'She spent ten years on it. "I wanted the sea in every line," she said.',
    ],
)
def test_a_reviews_byline_is_no_antecedent_of_she(body: str) -> None:
    # "Review by Simone Achebe" is the byline: the reviewer is not who "she" is
    article = parse_article("Review by Simone Achebe\n\n" + body)
    assert article.byline is not None
    (quote,) = article.quotes
    assert quote.speaker is None or quote.speaker.name != "Simone Achebe"


_CRITICS = (
    "Marguerite Osei, a painter, died on Sunday. "
    '"I had not been back to Accra," she said in 1998.\n\n'
    'Critics were divided at first. One reviewer in 1979 {verb} as "decorative." '
    '"Decoration is what people put on the walls they love," she {cue}.'
)


@pytest.mark.parametrize(
    ("verb", "cue", "name"),
    [
        # the unnamed speaker's own verb took another of that gender as its object
        ("dismissed her work", "told an interviewer", "Marguerite Osei"),
        ("praised her", "told an interviewer", "Marguerite Osei"),
        # ... not so: she is the unnamed speaker, in the paragraph
        ("described the work", "wrote", "One reviewer"),
        # (a clause of hers: "said her ..." may be the speaker's own)
        ("said her canvases read", "wrote", "One reviewer"),
    ],
)
def test_she_after_one_who_took_her_as_object(verb: str, cue: str, name: str) -> None:
    quote = parse_article(_CRITICS.format(verb=verb, cue=cue)).quotes[-1]
    assert quote.speaker is not None
    assert quote.speaker.name == name
