"""More kinds of text not met before, as users hold them in 2024-2026 (round 33).

Every text here is invented: releases from two US release wires with their
company notes, legal notices and contacts, AP stories with their separators,
contributors' and coverage lines, a BBC page with its topics, a live blog's
summary, a newsletter e-mail, a syndicated explainer, a fact check with its
rating, a government's statement page, a story under an editor's note, an
e-mailed release signed by its officer, an agency's match report with the
line-ups, a reader-mode copy, a company's blog post; ministries' releases,
regional papers' web copy with their links, broadcasters' news pages and a
police force's page, in German, French, Spanish, Italian, Portuguese and
Dutch.  Each asserts the whole structure through
:func:`tests.test_wire_forms.check`; the small tests at the end pin each rule
these forms needed on a short snippet of its own.
"""

from __future__ import annotations

import datetime

import pytest

from newsstruct import parse_article, parse_dateline
from newsstruct._boilerplate import boilerplate_kind
from tests.test_wire_forms import Expected, case_names, check

#: The day the texts are read on.
READ_ON = datetime.date(2026, 3, 10)

#: A company's release as a release wire sends it: the wire in the dateline,
#: the company's note, the legal notice, the contact and the SOURCE line.
PRNEWSWIRE_EN = """\
Harbor Valley Foods to Acquire Greenleaf Snacks for $410 Million

Deal adds plant-based snack brands and a second plant in Ohio

CHICAGO, March 3, 2026 /PRNewswire/ -- Harbor Valley Foods, Inc. (NYSE: HVF) today announced a definitive agreement to acquire Greenleaf Snacks, a maker of plant-based chips and crackers, for $410 million in cash.

"Greenleaf brings us brands that shoppers love and a plant that can grow with them," said Dana Whitfield, chief executive officer of Harbor Valley Foods.

The transaction is expected to close in the second quarter of 2026, subject to regulatory approvals.

About Harbor Valley Foods

Harbor Valley Foods makes snacks and baked goods sold in more than 40,000 stores across North America.

Forward-Looking Statements

This release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995. Actual results may differ materially.

Media Contact:
Rachel Ames
(312) 555-0187
media@harborvalley.example

SOURCE Harbor Valley Foods, Inc.
"""

#: An AP story as a partner's site gives it: the byline, the separator over the
#: last section, the contributors' line.
AP_SEPARATOR_EN = """\
Storms knock out power to thousands across the South

By MARIA SALAZAR and DEREK HOLT

ATLANTA (AP) — Severe storms tore through parts of Georgia and Alabama overnight, knocking out power to more than 200,000 homes and businesses, utilities said Tuesday.

The National Weather Service confirmed at least two tornadoes touched down near Macon, where roofs were torn from several homes.

"It sounded like a freight train," said Lorraine Betts, who sheltered in her bathroom with her two children.

___

Crews expected to restore most power by Wednesday evening, Georgia Power said.

___

Associated Press writer Kim Chandler in Montgomery, Alabama, contributed to this report.
"""

#: A BBC page copied as text: the age, the buttons, the writer and the desk,
#: the topics and the links under the story.
BBC_PAGE_EN = """\
Council approves plan for 1,200 homes on former airfield

3 hours ago

Share

Save

Tom Hadley
BBC News, Lincolnshire

A plan to build 1,200 homes on a former RAF airfield has been approved by councillors despite objections from villagers.

North Kesteven District Council's planning committee voted eight to three in favour of the scheme on Monday evening.

Campaigners said the roads around the site could not cope with the extra traffic.

The developer said it would pay for a new junction and a primary school.

Related topics

Housing
North Kesteven District Council

More on this story

Villagers protest over airfield homes plan
"""

#: A live blog's summary copied from a newspaper's page: the label, the
#: headline, the standfirst, the key events' buttons and the posts' times.
LIVE_SUMMARY_EN = """\
Live

UK budget 2026: chancellor raises income tax thresholds – as it happened

Rachel Ford says thresholds will rise with inflation from April; opposition calls plan a 'smokescreen'

Key events

Show key events only

16.42 GMT

The chancellor has finished her statement after just over an hour.

She told MPs the thresholds would rise with inflation from April, ending a freeze that has lasted since 2021.

15.58 GMT

The Office for Budget Responsibility has cut its growth forecast for this year to 0.9%.
"""

#: A newsletter as the e-mail reaches the reader: the browser link, the
#: greeting, the items and the closing links.
NEWSLETTER_EN = """\
View in browser

The Morning Ledger

Good morning. Here is what you need to know before markets open.

Retail sales slipped 0.4% in February, the first fall in five months, as shoppers cut back after the holidays.

Oil rose for a third day after pipeline outages in Canada, with Brent crude near $84 a barrel.

Shares in Nordhaven Bank jumped 12% after it agreed to sell its insurance arm.

You are receiving this email because you signed up for The Morning Ledger.

Unsubscribe | Manage preferences
"""

#: A syndicated explainer: the writer's title, the story, the syndication note.
SYNDICATED_EN = """\
Why your phone battery drains faster in the cold

Ana Ribeiro, Associate Professor of Chemistry, University of Leeds

If your phone has died on a frosty morning with 30% charge left, you are not alone.

Lithium-ion batteries rely on chemical reactions that slow down as the temperature drops, so the battery cannot deliver as much power.

The good news is that the effect is temporary: once the phone warms up, most of the lost charge comes back.

This article is republished from The Conversation under a Creative Commons license. Read the original article.
"""

#: A fact check: the kicker, the claim, the rating, the story.
FACT_CHECK_EN = """\
Fact check

No, the city is not banning gas stoves in existing homes

Claim: A social media post says the city will ban gas stoves in all homes from 2027.

Rating: False

A post shared thousands of times on Facebook claims the city council voted to ban gas stoves in every home from next year.

The council did vote on March 2 on new rules, but they apply only to new buildings that apply for permits after January 2027.

Existing homes and kitchens are not affected, a council spokesperson said.
"""

#: A government's news page: its kind over the headline, the summary, the
#: department, the publication date, the story.
GOV_STATEMENT_EN = """\
Press release

New funding to repair 500 rural bridges

Councils will share £150 million to repair and strengthen bridges on rural roads.

From:
Department for Transport

Published
4 March 2026

Councils in England will share £150 million to repair and strengthen more than 500 bridges on rural roads, the Transport Secretary announced today.

The money will go to the councils with the most bridges in poor condition, after a survey found one in ten needed urgent work.

The funding comes on top of the £1.2 billion already set aside for local road maintenance this year.
"""

#: A story under an editor's note set above it.
EDITORS_NOTE_EN = """\
Editor's note: This story has been updated to correct the name of the school district.

School district delays vote on four-day week

By Priya Raman

The Millbrook School District board on Monday delayed a vote on moving to a four-day school week, saying it needed more time to hear from parents.

More than 300 people attended the meeting, and dozens spoke against the plan.

The board will take up the proposal again in April.
"""

#: A release e-mailed by a charity's press officer, with her signature.
EMAILED_RELEASE_EN = """\
Subject: Charity opens 24-hour helpline for flood victims

Charity opens 24-hour helpline for flood victims

The Riverside Trust has opened a 24-hour helpline for families forced from their homes by the floods in Yorkshire.

The helpline will offer advice on insurance, temporary housing and mental health support.

"Nobody should face this alone," said the trust's director, Helen Marsh.

Kind regards,

Sophie Clarke
Press Officer
The Riverside Trust
07700 900123
"""

#: An agency's match report: the head, the result line, the report, the
#: line-ups and the referee.
MATCH_REPORT_EN = """\
Late Okafor goal sends Rovers top

Rovers 2 Athletic 1

By Sam Whitaker, PA

Substitute Daniel Okafor scored in the 88th minute as Rovers came from behind to beat Athletic and move top of League One.

Athletic led through Jamie Lowe's header after 20 minutes, but Rovers levelled early in the second half when Luke Brennan finished from close range.

Okafor, on for only six minutes, then turned and shot low into the corner.

Rovers: Hart, Dunne, Mills, Carver, Boyd, Nash, Brennan, Keel (Okafor 82), Price, Webb, Ford.

Athletic: Rowe, Banks, Tate, Shaw, Eden, Lowe, Quinn, Hale, Ward, Frost, Lyle.

Referee: Mark Denton.
"""

#: A German ministry's release: its label and number, the headline, the
#: place and date in the lead, the contact at the end.
MINISTERIUM_DE = """\
Pressemitteilung Nr. 27/2026

Land fördert 40 neue Ganztagsschulen

Stuttgart, 5. März 2026 - Das Kultusministerium fördert den Ausbau von 40 weiteren Ganztagsschulen mit insgesamt 60 Millionen Euro. Das teilte Kultusministerin Sabine Ehrlich am Donnerstag mit.

Die Mittel sollen vor allem in Mensen und Aufenthaltsräume fließen. Die Schulträger können bis Ende Mai Anträge stellen.

„Gute Ganztagsschulen brauchen gute Räume“, sagte Ehrlich.

Pressestelle
Telefon: 0711 279-2530
E-Mail: pressestelle@km.example.de
"""

#: A regional French paper's web copy: the links to other stories inside it.
REGIONAL_FR = """\
Rennes : la ligne b du métro fermée deux week-ends pour travaux

Par Claire Le Goff

Publié le 04/03/2026 à 18h12

La ligne b du métro rennais sera fermée les samedis et dimanches 14-15 et 21-22 mars pour des travaux de maintenance, a annoncé la métropole mercredi.

Des bus de substitution circuleront entre les stations Saint-Jacques-Gaîté et Cesson-Viasilva.

Lire aussi : Rennes : le prix du ticket de métro augmente en avril

Les travaux doivent permettre de remplacer des rails usés sur près de deux kilomètres.
"""

#: A Spanish regional paper's web copy with its link to another story.
REGIONAL_ES = """\
El Ayuntamiento de Valladolid amplía el horario de las bibliotecas en época de exámenes

Valladolid, 4 mar (EFE).- Las bibliotecas municipales de Valladolid abrirán hasta la medianoche durante los meses de mayo y junio para facilitar el estudio en época de exámenes, según ha informado este miércoles el Ayuntamiento.

La medida afectará a cinco de las doce bibliotecas de la ciudad.

Lee también: Valladolid abrirá una nueva biblioteca en el barrio de Delicias

El concejal de Cultura ha explicado que el coste de la ampliación rondará los 90.000 euros.
"""

#: An Italian regional paper's page: the links to other stories inside it.
REGIONALE_IT = """\
Bologna, chiude per lavori il ponte sul Reno

di Marco Ferri

Il ponte sul Reno tra Bologna e Casalecchio resterà chiuso al traffico da lunedì per tre settimane per lavori di manutenzione straordinaria.

Le auto saranno deviate sulla tangenziale, mentre i bus della linea 20 seguiranno un percorso alternativo.

Leggi anche: Bologna, nuove corsie ciclabili in via Saragozza

I lavori costeranno circa 800mila euro e saranno finanziati dalla Regione.
"""

#: A Portuguese radio station's news page: its label, the age, the story.
RADIO_PT = """\
Notícias

Câmara de Braga reforça transportes para o festival de verão

Há 2 horas

A Câmara Municipal de Braga vai reforçar os transportes públicos durante os três dias do festival de verão, com autocarros a circular até às três da manhã.

A autarquia prevê receber cerca de 60 mil visitantes por dia.

Leia também: Braga recebe prémio europeu de mobilidade

O presidente da câmara pediu aos visitantes que evitem o carro.
"""

#: A Dutch regional broadcaster's page: the links to other stories.
REGIONAAL_NL = """\
Gemeente Zwolle sluit zwembad De Vrijheid na lekkage

Door Sanne de Boer

Zwembad De Vrijheid in Zwolle blijft zeker twee weken dicht na een grote lekkage in het dak. Dat heeft de gemeente dinsdag laten weten.

Zwemlessen en trainingen van de zwemclubs worden verplaatst naar andere baden in de stad.

Lees ook: Zwolle investeert miljoenen in nieuwe sporthal

De gemeente onderzoekt nog hoe de lekkage kon ontstaan.
"""

#: A story saved from a reader mode or an AMP page: the site's name, the
#: headline, the writer and date on one line, the story, the reader's note.
AMP_READER_EN = """\
www.riverton-courier.com

Riverton approves downtown bike lanes after heated meeting

By Carla Mendes | March 4, 2026

The Riverton City Council voted 5-2 on Tuesday night to add protected bike lanes on Main Street, after more than three hours of public comment.

Business owners said the lanes would take away parking their customers rely on.

Supporters said the lanes would make the street safer for children who bike to school.

Construction is expected to begin in the summer.
"""

#: A company's blog post republished as news: the kicker, the headline, the
#: writer and his post, the date, the post, the note on the company.
COMPANY_BLOG_EN = """\
Company news

How we cut our data centre's water use by 40%

Marcus Lindqvist, Head of Infrastructure

February 26, 2026

Two years ago, our data centre in Arizona used more than 300 million litres of water a year to keep its servers cool.

Today it uses 40% less, after we switched to a closed-loop cooling system and moved some workloads to cooler months.

We are now rolling out the same system at our sites in Texas and Ireland.

About Northbeam

Northbeam builds cloud infrastructure for hospitals and research labs.
"""

#: A French ministry's release: its label, the headline, the place and date
#: under it, the story, the press contact.
MINISTERE_FR = """\
Communiqué de presse

Le gouvernement débloque 200 millions d'euros pour les agriculteurs sinistrés

Paris, le 5 mars 2026

Le ministre de l'Agriculture a annoncé jeudi une enveloppe de 200 millions d'euros pour les exploitations touchées par les inondations de février.

Les aides seront versées à partir d'avril aux agriculteurs qui en feront la demande auprès des directions départementales.

Une cellule de crise reste mobilisée dans les départements les plus touchés.

Contact presse :
Service de presse du ministère
01 49 55 00 00
"""

#: A Spanish ministry's release: its label, the headline, the lead with its
#: place and date, the press office closing it.
NOTA_PRENSA_ES = """\
Nota de prensa

Sanidad destina 50 millones a reducir las listas de espera en atención primaria

Madrid, 5 de marzo de 2026. El Ministerio de Sanidad destinará 50 millones de euros a reducir las listas de espera en los centros de atención primaria, según ha anunciado este jueves la ministra.

Los fondos se repartirán entre las comunidades autónomas en función de su población.

Las comunidades deberán presentar sus planes antes del 30 de abril.

Gabinete de Prensa
Ministerio de Sanidad
"""

#: A German public broadcaster's news page: the section, the headline, the
#: page's stamp, the story, the link to more.
RADIO_DE = """\
Nachrichten

Bahnstreik: Fernverkehr fällt am Freitag weitgehend aus

Stand: 05.03.2026 14:12 Uhr

Die Lokführergewerkschaft hat für Freitag zu einem ganztägigen Streik im Personenverkehr aufgerufen. Die Deutsche Bahn rechnet mit massiven Ausfällen im Fernverkehr.

Im Regionalverkehr soll ein Notfahrplan gelten. Fahrgäste können ihre Tickets flexibel nutzen.

Mehr zum Thema

Die Gespräche zwischen Bahn und Gewerkschaft waren am Mittwoch ohne Ergebnis abgebrochen worden.
"""

#: An Italian radio station's news page: the section, the age, the story.
RADIO_IT = """\
Notizie

Torino, riapre dopo due anni il Museo del Cinema

2 ore fa

Il Museo nazionale del Cinema di Torino riapre al pubblico sabato dopo due anni di lavori di restauro della Mole Antonelliana.

Il percorso di visita è stato rinnovato con nuove sale dedicate al cinema muto.

Leggi anche: Torino, al via il festival del cinema giovane

I biglietti sono già in vendita sul sito del museo.
"""

#: A release from another release wire: the wire's dashes in the dateline, the
#: link to the source version, the contacts.
BUSINESS_WIRE_EN = """\
Corvana Health Reports Fourth Quarter and Full Year 2025 Results

SAN DIEGO--(BUSINESS WIRE)--Corvana Health, Inc. (Nasdaq: CRVH) today reported revenue of $84.2 million for the fourth quarter of 2025, up 31% from a year earlier.

"We closed the year with our strongest quarter yet," said Priya Natarajan, chief executive officer.

The company expects full-year 2026 revenue of $390 million to $400 million.

View source version on businesswire.com: https://www.businesswire.com/news/home/20260226000000/en/

Investor Contact:
Ben Ortiz
ir@corvana.example

Media Contact:
Lena Fischer
press@corvana.example
"""

#: An AP story with its closing line pointing to more coverage.
AP_FOLLOW_EN = """\
Judge blocks state law limiting mail-in voting

By ANDREW KOVAC

PHOENIX (AP) — A federal judge on Thursday blocked a state law that would have required voters to have their mail-in ballots notarized, saying it placed an unfair burden on older and disabled voters.

The state attorney general said he would appeal.

"This ruling protects every voter's right to cast a ballot," said Marisol Vega, a lawyer for the voting rights groups that sued.

___

Follow AP's coverage of the 2026 elections at https://apnews.com/hub/election-2026.
"""

#: A Dutch police force's news page: its label, the headline, the date, the
#: appeal for witnesses.
POLITIE_NL = """\
Politie

Getuigen gezocht van overval op supermarkt in Tilburg

Datum: 04-03-2026

Twee mannen hebben dinsdagavond rond 21.30 uur een supermarkt aan de Ringbaan-West in Tilburg overvallen. Zij bedreigden een medewerker met een mes en gingen er met een geldbedrag vandoor.

De mannen vluchtten te voet in de richting van het centrum. Niemand raakte gewond.

Heeft u iets gezien of weet u meer? Neem dan contact op met de politie via 0900-8844.
"""

CASES: dict[str, tuple[str, Expected]] = {
    "business_wire_en": (
        BUSINESS_WIRE_EN,
        Expected(
            headline="Corvana Health Reports Fourth Quarter and Full Year 2025 Results",
            names=None,
            dateline=("SAN DIEGO", "BUSINESS WIRE", None),
            paragraphs=3,
            first="Corvana Health, Inc.",
            last="The company expects",
            language="en",
            # the source version's link; the two contacts' lines
            boilerplate=("page", *("release",) * 6),
            reference_date=READ_ON,
        ),
    ),
    "ap_follow_en": (
        AP_FOLLOW_EN,
        Expected(
            headline="Judge blocks state law limiting mail-in voting",
            names=("ANDREW KOVAC",),
            dateline=("PHOENIX", "AP", None),
            paragraphs=3,
            first="A federal judge on Thursday",
            last='"This ruling protects',
            language="en",
            boilerplate=("separator", "promo"),
            reference_date=READ_ON,
        ),
    ),
    "politie_nl": (
        POLITIE_NL,
        Expected(
            headline="Getuigen gezocht van overval op supermarkt in Tilburg",
            names=None,
            dateline=None,
            paragraphs=3,
            first="Twee mannen hebben",
            last="Heeft u iets gezien",
            language="nl",
            boilerplate=("timestamp",),
            kicker="Politie",
            reference_date=READ_ON,
        ),
    ),
    "nota_prensa_es": (
        NOTA_PRENSA_ES,
        Expected(
            headline=(
                "Sanidad destina 50 millones a reducir las listas de espera en atención primaria"
            ),
            names=None,
            dateline=("Madrid", None, datetime.date(2026, 3, 5)),
            paragraphs=3,
            first="El Ministerio de Sanidad",
            last="Las comunidades deberán",
            language="es",
            # the press office and its ministry
            boilerplate=("release", "release"),
            kicker="Nota de prensa",
            reference_date=READ_ON,
        ),
    ),
    "radio_de": (
        RADIO_DE,
        Expected(
            headline="Bahnstreik: Fernverkehr fällt am Freitag weitgehend aus",
            names=None,
            dateline=None,
            paragraphs=3,
            first="Die Lokführergewerkschaft",
            last="Die Gespräche zwischen",
            language="de",
            # the page's stamp; the link's heading
            boilerplate=("timestamp", "promo"),
            kicker="Nachrichten",
            reference_date=READ_ON,
        ),
    ),
    "radio_it": (
        RADIO_IT,
        Expected(
            headline="Torino, riapre dopo due anni il Museo del Cinema",
            names=None,
            dateline=None,
            paragraphs=3,
            first="Il Museo nazionale del Cinema",
            last="I biglietti sono già",
            language="it",
            boilerplate=("timestamp", "promo"),
            kicker="Notizie",
            reference_date=READ_ON,
        ),
    ),
    "amp_reader_en": (
        AMP_READER_EN,
        Expected(
            headline="Riverton approves downtown bike lanes after heated meeting",
            names=("Carla Mendes",),
            dateline=None,
            paragraphs=4,
            first="The Riverton City Council",
            last="Construction is expected",
            language="en",
            # the site's address over the headline; the date after the byline's bar
            boilerplate=("page", "timestamp"),
            reference_date=READ_ON,
        ),
    ),
    "company_blog_en": (
        COMPANY_BLOG_EN,
        Expected(
            headline="How we cut our data centre's water use by 40%",
            names=("Marcus Lindqvist",),
            dateline=None,
            # the note on the company under its heading (About Northbeam, a
            # sub-heading): no release's furniture outside a release
            paragraphs=4,
            first="Two years ago",
            last="Northbeam builds",
            language="en",
            boilerplate=("timestamp",),
            kicker="Company news",
            reference_date=READ_ON,
        ),
    ),
    "ministere_fr": (
        MINISTERE_FR,
        Expected(
            headline=(
                "Le gouvernement débloque 200 millions d'euros pour les agriculteurs sinistrés"
            ),
            names=None,
            dateline=("Paris", None, datetime.date(2026, 3, 5)),
            paragraphs=3,
            first="Le ministre de l'Agriculture",
            last="Une cellule de crise",
            language="fr",
            # the press contact's label, office and number
            boilerplate=("release", "release", "release"),
            kicker="Communiqué de presse",
            reference_date=READ_ON,
        ),
    ),
    "prnewswire_en": (
        PRNEWSWIRE_EN,
        Expected(
            headline="Harbor Valley Foods to Acquire Greenleaf Snacks for $410 Million",
            names=None,
            dateline=("CHICAGO", "PRNewswire", datetime.date(2026, 3, 3)),
            paragraphs=3,
            first="Harbor Valley Foods, Inc. (NYSE: HVF)",
            last="The transaction is expected",
            language="en",
            # the company's note, the legal notice, the contact's four lines and
            # the SOURCE line
            boilerplate=("release",) * 9,
            standfirst="Deal adds plant-based snack brands and a second plant in Ohio",
            reference_date=READ_ON,
        ),
    ),
    "ap_separator_en": (
        AP_SEPARATOR_EN,
        Expected(
            headline="Storms knock out power to thousands across the South",
            names=("MARIA SALAZAR", "DEREK HOLT"),
            dateline=("ATLANTA", "AP", None),
            paragraphs=4,
            first="Severe storms tore through",
            last="Crews expected to restore",
            language="en",
            boilerplate=("separator", "separator", "credits"),
            reference_date=READ_ON,
        ),
    ),
    "bbc_page_en": (
        BBC_PAGE_EN,
        Expected(
            headline="Council approves plan for 1,200 homes on former airfield",
            names=("Tom Hadley",),
            dateline=None,
            paragraphs=4,
            first="A plan to build 1,200 homes",
            last="The developer said",
            language="en",
            # the age, the buttons; the topics' heading and its two links, the
            # story links' heading and its one link
            boilerplate=("timestamp", "share", "share", *("related",) * 5),
            reference_date=READ_ON,
        ),
    ),
    "live_summary_en": (
        LIVE_SUMMARY_EN,
        Expected(
            headline=(
                "UK budget 2026: chancellor raises income tax thresholds \u2013 as it happened"
            ),
            names=None,
            dateline=None,
            paragraphs=3,
            first="The chancellor has finished",
            last="The Office for Budget",
            language="en",
            boilerplate=("page", "page", "timestamp", "timestamp"),
            kicker="Live",
            standfirst=(
                "Rachel Ford says thresholds will rise with inflation from April; "
                "opposition calls plan a 'smokescreen'"
            ),
            reference_date=READ_ON,
        ),
    ),
    "newsletter_en": (
        NEWSLETTER_EN,
        Expected(
            headline="The Morning Ledger",
            names=None,
            dateline=None,
            paragraphs=4,
            first="Good morning. Here is what",
            last="Shares in Nordhaven Bank",
            language="en",
            boilerplate=("page", "promo", "page"),
            reference_date=READ_ON,
        ),
    ),
    "syndicated_en": (
        SYNDICATED_EN,
        Expected(
            headline="Why your phone battery drains faster in the cold",
            names=("Ana Ribeiro",),
            dateline=None,
            paragraphs=3,
            first="If your phone has died",
            last="The good news is",
            language="en",
            boilerplate=("promo",),
            reference_date=READ_ON,
        ),
    ),
    "fact_check_en": (
        FACT_CHECK_EN,
        Expected(
            headline="No, the city is not banning gas stoves in existing homes",
            names=None,
            dateline=None,
            # the claim and its rating: the box's lines are read as the story's
            paragraphs=5,
            first="Claim: A social media post",
            last="Existing homes and kitchens",
            language="en",
            kicker="Fact check",
            reference_date=READ_ON,
        ),
    ),
    "gov_statement_en": (
        GOV_STATEMENT_EN,
        Expected(
            headline="New funding to repair 500 rural bridges",
            names=None,
            dateline=None,
            paragraphs=3,
            first="Councils in England will share",
            last="The funding comes on top",
            language="en",
            # the department under From:, the label and the date of publication
            boilerplate=("release", "release", "timestamp", "timestamp"),
            kicker="Press release",
            standfirst=(
                "Councils will share £150 million to repair and strengthen bridges on rural roads."
            ),
            reference_date=READ_ON,
        ),
    ),
    "editors_note_en": (
        EDITORS_NOTE_EN,
        Expected(
            headline="School district delays vote on four-day week",
            names=("Priya Raman",),
            dateline=None,
            paragraphs=3,
            first="The Millbrook School District",
            last="The board will take up",
            language="en",
            boilerplate=("flag",),
            reference_date=READ_ON,
        ),
    ),
    "emailed_release_en": (
        EMAILED_RELEASE_EN,
        Expected(
            headline="Charity opens 24-hour helpline for flood victims",
            names=None,
            dateline=None,
            paragraphs=3,
            first="The Riverside Trust has opened",
            last='"Nobody should face',
            language="en",
            # the e-mail's subject line; the closing words, the name and the
            # signature's three lines
            boilerplate=("page", *("promo",) * 5),
            reference_date=READ_ON,
        ),
    ),
    "match_report_en": (
        MATCH_REPORT_EN,
        Expected(
            headline="Late Okafor goal sends Rovers top",
            names=("Sam Whitaker",),
            dateline=None,
            paragraphs=3,
            first="Substitute Daniel Okafor scored",
            last="Okafor, on for only six",
            language="en",
            # the line-ups and the referee
            boilerplate=("table", "table", "table"),
            standfirst="Rovers 2 Athletic 1",
            reference_date=READ_ON,
        ),
    ),
    "ministerium_de": (
        MINISTERIUM_DE,
        Expected(
            headline="Land fördert 40 neue Ganztagsschulen",
            names=None,
            dateline=("Stuttgart", None, datetime.date(2026, 3, 5)),
            paragraphs=3,
            first="Das Kultusministerium fördert",
            last="\u201eGute Ganztagsschulen",
            language="de",
            # the release's label and number; the press office's contact lines
            boilerplate=("release", "release", "release", "release"),
            reference_date=READ_ON,
        ),
    ),
    "regional_fr": (
        REGIONAL_FR,
        Expected(
            headline="Rennes : la ligne b du métro fermée deux week-ends pour travaux",
            names=("Claire Le Goff",),
            dateline=None,
            paragraphs=3,
            first="La ligne b du métro rennais",
            last="Les travaux doivent permettre",
            language="fr",
            boilerplate=("timestamp", "promo"),
            reference_date=READ_ON,
        ),
    ),
    "regional_es": (
        REGIONAL_ES,
        Expected(
            headline=(
                "El Ayuntamiento de Valladolid amplía el horario de las bibliotecas "
                "en época de exámenes"
            ),
            names=None,
            dateline=("Valladolid", "EFE", datetime.date(2026, 3, 4)),
            paragraphs=3,
            first="Las bibliotecas municipales",
            last="El concejal de Cultura",
            language="es",
            boilerplate=("promo",),
            reference_date=READ_ON,
        ),
    ),
    "regionale_it": (
        REGIONALE_IT,
        Expected(
            headline="Bologna, chiude per lavori il ponte sul Reno",
            names=("Marco Ferri",),
            dateline=None,
            paragraphs=3,
            first="Il ponte sul Reno",
            last="I lavori costeranno",
            language="it",
            boilerplate=("promo",),
            reference_date=READ_ON,
        ),
    ),
    "radio_pt": (
        RADIO_PT,
        Expected(
            headline="Câmara de Braga reforça transportes para o festival de verão",
            names=None,
            dateline=None,
            paragraphs=3,
            first="A Câmara Municipal de Braga",
            last="O presidente da câmara",
            language="pt",
            boilerplate=("timestamp", "promo"),
            kicker="Notícias",
            reference_date=READ_ON,
        ),
    ),
    "regionaal_nl": (
        REGIONAAL_NL,
        Expected(
            headline="Gemeente Zwolle sluit zwembad De Vrijheid na lekkage",
            names=("Sanne de Boer",),
            dateline=None,
            paragraphs=3,
            first="Zwembad De Vrijheid in Zwolle",
            last="De gemeente onderzoekt",
            language="nl",
            boilerplate=("promo",),
            reference_date=READ_ON,
        ),
    ),
}

#: Texts whose remaining errors no general rule reads yet, with the reason.
KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize("name", case_names(CASES, KNOWN_FAILURES))
def test_unseen_form(name: str) -> None:
    text, expected = CASES[name]
    check(text, expected)


@pytest.mark.parametrize(
    "label",
    [
        "Press release from the Ministry of Justice",
        "Pressemitteilung des Bundesministeriums der Justiz",
        "Communiqué de presse du ministère de la Justice",
        "Comunicado de prensa del Ministerio de Sanidad",
        "Persbericht van het Ministerie van Justitie en Veiligheid",
        "Press release from the Office of the Attorney General",
    ],
)
def test_a_long_issuers_label_over_the_headline_is_the_kicker(label: str) -> None:
    # an issuer's label may be longer than other kickers: its issuer's name
    text = f"{label}\n\nNew rules for online hearings\n\nThe ministry said on Monday the rules apply from May."
    article = parse_article(text)
    assert article.kicker is not None
    assert article.kicker.text == label
    assert article.headline is not None
    assert article.headline.text == "New rules for online hearings"


@pytest.mark.parametrize(
    "headline",
    [
        "Press release from the minister on the budget cuts sparks anger",
        "Press release from the minister angers unions",
    ],
)
def test_a_long_headline_opening_with_a_release_noun_stays_the_headline(headline: str) -> None:
    # lower-case words after the issuer: a headline about a release, no label
    text = f"{headline}\n\nA press release sent on Monday angered unions.\n\nThey called a strike."
    article = parse_article(text)
    assert article.kicker is None
    assert article.headline is not None
    assert article.headline.text == headline


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Mitteilung der Pressestelle", "release"),
        ("Pressestelle des Landgerichts Kiel", "release"),
        ("Service de presse", "release"),
        ("Ufficio stampa", "release"),
        ("Nr. 041/2026 vom 04.03.2026", "release"),
        ("Pressemitteilung Nr. 12/2026", "release"),
        ("Urteil vom 4. März 2026 - VIII ZR 112/25", "timestamp"),
        ("Arrêt du 4 mars 2026", "timestamp"),
        ("Judgment of March 4, 2026", "timestamp"),
        ("Karlsruhe, den 4. März 2026", "timestamp"),
        ("Paris, le 4 mars 2026", "timestamp"),
        ("Den Haag, 4 maart 2026", "timestamp"),
    ],
)
def test_release_and_court_furniture(line: str, kind: str) -> None:
    assert boilerplate_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Pressestelle der Polizei warnt vor falschen Handwerkern",
        "Urteil vom Landgericht bestätigt",
        "No. 1 in the charts",
        "Berlin, 12 Tote bei Unfall",
    ],
)
def test_sentences_like_furniture_stay_text(line: str) -> None:
    assert boilerplate_kind(line) is None


def test_a_courts_name_over_its_press_office_is_furniture() -> None:
    text = (
        "Landgericht Kiel\n\nPressestelle\n\nKlage gegen Windpark abgewiesen\n\n"
        "Das Landgericht Kiel hat die Klage einer Anwohnerin abgewiesen.\n\n"
        "Die Entscheidung ist nicht rechtskräftig."
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Klage gegen Windpark abgewiesen"
    assert [(b.text, b.kind) for b in article.boilerplate] == [
        ("Landgericht Kiel", "release"),
        ("Pressestelle", "release"),
    ]
    assert len(article.paragraphs) == 2


def test_a_contact_heading_over_a_press_office_takes_the_block() -> None:
    # the heading's label is no issuer's name over the press office
    text = (
        "Einbruch in Schule\n\nKiel (ots) - Unbekannte sind in eine Schule eingebrochen.\n\n"
        "Rückfragen bitte an:\n\nPolizei Kiel\nPressestelle\nTelefon: 0431 160-2010"
    )
    article = parse_article(text)
    assert [b.kind for b in article.boilerplate] == ["release"] * 4
    assert len(article.paragraphs) == 1


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Lüneburg. Der Stadtrat hat ein Hallenbad beschlossen.", "Lüneburg"),
        ("Uelzen. Am Montag wurde die Brücke gesperrt.", "Uelzen"),
        ("Endlich. Der Stadtrat hat ein Hallenbad beschlossen.", None),
        ("Plötzlich. Die Lichter gingen aus.", None),
        ("Hoffnung. Die Ärzte sind zuversichtlich.", None),
        ("Lüneburg. The council approved a pool.", None),
    ],
)
def test_a_german_papers_place_mark(text: str, location: str | None) -> None:
    dateline = parse_dateline(text)
    assert (dateline.location if dateline else None) == location


def test_a_scholars_post_after_the_name_is_no_name() -> None:
    from newsstruct import parse_byline

    for line in (
        "Ana Ribeiro, Associate Professor of Chemistry, University of Leeds",
        "By Ana Ribeiro, Research Fellow, Monash University",
    ):
        byline = parse_byline(line)
        assert byline is not None
        assert byline.names == ("Ana Ribeiro",)
    byline = parse_byline("By Jane Roe and Professor Ann Lee")
    assert byline is not None
    assert byline.names == ("Jane Roe", "Professor Ann Lee")


@pytest.mark.parametrize(
    "label", ["Notícias", "Nachrichten", "Nieuws", "Actualités", "Politie", "Company news"]
)
def test_more_sections_over_the_headline_are_the_kicker(label: str) -> None:
    text = f"{label}\n\nA câmara fecha escolas\n\nA câmara fechou as escolas na segunda-feira.\n\nOs pais protestaram."
    article = parse_article(text)
    assert article.kicker is not None
    assert article.kicker.text == label


def test_a_live_label_alone_over_the_headline_is_the_kicker() -> None:
    text = (
        "Live\n\nBudget: chancellor raises tax thresholds\n\n"
        "The chancellor raised the thresholds on Wednesday.\n\nMPs cheered."
    )
    article = parse_article(text)
    assert article.kicker is not None
    assert article.kicker.text == "Live"
    assert article.boilerplate == ()


def test_a_signature_under_the_signers_name_is_furniture() -> None:
    text = (
        "Helpline opens\n\nThe trust opened a helpline on Monday.\n\n"
        "It runs day and night.\n\nKind regards,\n\nJo Lee\nPress Officer\nAcme Trust\n020 7946 0000"
    )
    article = parse_article(text)
    assert [b.text for b in article.boilerplate] == [
        "Kind regards,",
        "Jo Lee",
        "Press Officer",
        "Acme Trust",
        "020 7946 0000",
    ]
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    ("line", "location", "date"),
    [
        ("Paris, le 5 mars 2026", "Paris", datetime.date(2026, 3, 5)),
        ("Berlin, den 5. März 2026", "Berlin", datetime.date(2026, 3, 5)),
        ("Madrid, 5 de marzo de 2026", "Madrid", datetime.date(2026, 3, 5)),
    ],
)
def test_a_releases_place_and_day_over_its_lead(
    line: str, location: str, date: datetime.date
) -> None:
    text = f"Aides aux agriculteurs\n\n{line}\n\nLe ministre a annoncé jeudi une enveloppe.\n\nElle sera versée en avril."
    article = parse_article(text)
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.date) == (location, date)
    assert len(article.paragraphs) == 2


def test_a_company_post_after_the_name_is_no_name() -> None:
    from newsstruct import parse_byline

    for line in (
        "Marcus Lindqvist, Head of Infrastructure",
        "By Marcus Lindqvist, Head of Infrastructure",
    ):
        byline = parse_byline(line)
        assert byline is not None
        assert byline.names == ("Marcus Lindqvist",)


def test_a_press_office_signing_the_text_is_furniture() -> None:
    text = (
        "Sanidad amplía las ayudas\n\nEl ministerio amplía las ayudas.\n\n"
        "Se pagarán en abril.\n\nGabinete de Prensa\nMinisterio de Sanidad"
    )
    article = parse_article(text)
    assert [(b.text, b.kind) for b in article.boilerplate] == [
        ("Gabinete de Prensa", "release"),
        ("Ministerio de Sanidad", "release"),
    ]
    assert len(article.paragraphs) == 2


def test_a_press_office_over_a_sentence_stays() -> None:
    # a sentence under it: the office's name is a sub-heading, or the story's
    text = (
        "Sanidad amplía las ayudas\n\nEl ministerio amplía las ayudas.\n\n"
        "Gabinete de Prensa\n\nEl gabinete atenderá las consultas por teléfono."
    )
    article = parse_article(text)
    assert article.boilerplate == ()
