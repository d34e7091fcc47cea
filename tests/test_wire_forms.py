"""Whole articles in the house styles of many agencies, through parse_article().

Every article here is invented (no real story is copied); each follows the
layout of one agency or publisher: its byline, dateline, photo credits and
closing codes.  The test asserts the whole structure, so a parser change that
breaks one wire form shows up by name.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import attrs
import pytest

from newsstruct import Article, find_boilerplate, parse_article


@attrs.frozen
class Expected:
    """What :func:`parse_article` must find in one article."""

    headline: str | None
    names: tuple[str, ...] | None
    dateline: tuple[str | None, str | None, datetime.date | None] | None
    paragraphs: int
    first: str
    last: str
    language: str
    boilerplate: tuple[str, ...] = ()
    captions: tuple[tuple[str, str | None], ...] = ()
    kicker: str | None = None
    standfirst: str | None = None
    reference_date: datetime.date | None = None


def check(text: str, expected: Expected) -> Article:
    article = parse_article(text, reference_date=expected.reference_date)
    assert (article.headline.text if article.headline else None) == expected.headline
    assert (article.kicker.text if article.kicker else None) == expected.kicker
    assert (article.standfirst.text if article.standfirst else None) == expected.standfirst
    assert (article.byline.names if article.byline else None) == expected.names
    got_dateline = (
        (article.dateline.location, article.dateline.agency, article.dateline.date)
        if article.dateline
        else None
    )
    assert got_dateline == expected.dateline
    assert [(c.text, c.credit) for c in article.captions] == list(expected.captions)
    assert tuple(b.kind for b in article.boilerplate) == expected.boilerplate
    paragraphs = [p.text for p in article.paragraphs]
    assert len(paragraphs) == expected.paragraphs, paragraphs
    assert paragraphs[0].startswith(expected.first), paragraphs[0]
    assert paragraphs[-1].startswith(expected.last), paragraphs[-1]
    for junk in article.boilerplate:
        for paragraph in article.paragraphs:
            assert not (paragraph.span.start <= junk.span.start < paragraph.span.end), (
                junk
            )  # boilerplate never inside a paragraph
    for part in (
        article.headline,
        article.byline,
        article.dateline,
        *article.captions,
        *article.paragraphs,
        *article.boilerplate,
    ):
        if part is not None:
            assert text[part.span.start : part.span.end] == part.text
    assert article.language == expected.language
    return article


DPA = (
    "Bahn kündigt neue Streckensperrungen an\n\n"
    "Von Marco Krefting und Sunrita Sen, dpa\n\n"
    "Ein ICE steht im Hauptbahnhof. Foto: Kay Nietfeld/dpa\n\n"
    "Berlin (dpa) - Die Deutsche Bahn will im kommenden Jahr weitere Strecken "
    "für Bauarbeiten sperren. Das teilte das Unternehmen am Dienstag mit.\n\n"
    "Betroffen sind nach Angaben der Bahn vor allem Verbindungen im Westen des "
    "Landes. Fahrgäste müssen sich auf längere Fahrzeiten einstellen.\n\n"
    "Der Fahrgastverband kritisierte die Pläne. Die Bahn habe zu spät informiert, "
    "sagte ein Sprecher.\n\n"
    "dpa so yyon z2 a3 vni/dmo"
)

EFE = (
    "El Gobierno aprueba un plan contra la sequía\n\n"
    "Por Laura Gómez y Javier Ruiz\n\n"
    "Madrid, 25 may (EFE).- El Consejo de Ministros aprobó este martes un plan "
    "de ayudas para los agricultores afectados por la sequía, según informó el "
    "Ministerio de Agricultura.\n\n"
    "El plan incluye créditos a bajo interés y una reducción de impuestos para "
    "las explotaciones más afectadas.\n\n"
    "Las organizaciones agrarias consideran que las medidas llegan tarde.\n\n"
    "EFE jrr/mla (foto) (vídeo)"
)

AFP = (
    "Le Parlement européen adopte la réforme du marché de l'électricité\n\n"
    "Par Julien Dupont\n\n"
    "Strasbourg, 10 juil 2024 (AFP) - Le Parlement européen a adopté mercredi "
    "la réforme du marché de l'électricité, après des mois de négociations entre "
    "les Etats membres.\n\n"
    "Le texte vise à protéger les consommateurs contre les hausses brutales des "
    "prix de l'énergie.\n\n"
    "Les eurodéputés écologistes ont voté contre le texte, qu'ils jugent trop "
    "favorable au nucléaire.\n\n"
    "bur-dar-gl/fz\n\n"
    "© 2024 AFP"
)

ANSA = (
    "Maltempo, allerta rossa in Liguria\n\n"
    "(ANSA) - ROMA, 1 LUG - La Protezione civile ha diramato un'allerta rossa "
    "per la Liguria a causa delle forti piogge previste per le prossime ore.\n\n"
    "Le scuole resteranno chiuse in diversi comuni della provincia di Genova.\n\n"
    "I sindaci hanno chiesto ai cittadini di non mettersi in viaggio se non "
    "strettamente necessario. (ANSA)."
)

EUROPA_PRESS = (
    "El paro baja en 30.000 personas en febrero\n\n"
    "MADRID, 4 (EUROPA PRESS) - El número de parados registrados en las oficinas "
    "de los servicios públicos de empleo bajó en febrero en 30.000 personas, según "
    "los datos publicados este martes por el Ministerio de Trabajo.\n\n"
    "La afiliación a la Seguridad Social sumó además 100.000 afiliados medios en "
    "el mes.\n\n"
    "El Gobierno atribuye la mejora al buen comportamiento de la hostelería."
)

XINHUA_PT = (
    "Portugal regista crescimento do turismo no primeiro semestre\n\n"
    "LISBOA, 18 jun (Xinhua) -- O número de turistas estrangeiros em Portugal "
    "cresceu 8 por cento no primeiro semestre deste ano, informou nesta terça-feira "
    "o Instituto Nacional de Estatística.\n\n"
    "Os hóspedes do Reino Unido e da Espanha foram os mais numerosos.\n\n"
    "As receitas do setor também aumentaram, segundo os dados oficiais."
)

LUSA = (
    "Governo anuncia reforço de médicos no Algarve\n\n"
    "Lisboa, 12 jul 2024 (Lusa) - O Governo vai colocar mais 40 médicos nos "
    "centros de saúde do Algarve durante o verão, anunciou hoje a ministra da Saúde.\n\n"
    "A medida pretende responder ao aumento da população na região durante a "
    "época balnear.\n\n"
    "Os sindicatos consideram o reforço insuficiente.\n\n"
    "ABC // XYZ\n\n"
    "Lusa/Fim"
)

AP_ANPA = (
    "Poet wins book prize\n\n"
    "By HILLEL ITALIE\n\n"
    "Associated Press Writer\n\n"
    "NEW YORK (AP) _ A poet from rural Ohio won the national book prize on "
    "Wednesday for a collection about her family farm.\n\n"
    "The judges called the book ``a quiet masterpiece.''\n\n"
    "The prize comes with $10,000 and a bronze statue."
)

AP_CAPTION = (
    "Senate passes spending bill\n\n"
    "By LISA MASCARO and KEVIN FREKING\n\n"
    "The Capitol is seen in Washington, Tuesday, March 5, 2024. (AP Photo/J. Scott Applewhite)\n\n"
    "WASHINGTON (AP) — The Senate passed a spending bill late Friday, averting a "
    "partial government shutdown hours before the deadline.\n\n"
    "The bill now goes to the president, who is expected to sign it.\n\n"
    "Associated Press writer Mary Clare Jalonick contributed to this report."
)

CNN = (
    "Flooding forces thousands from their homes\n\n"
    "By Jane Smith, CNN\n\n"
    "Jakarta, Indonesia (CNN)Heavy rain has forced thousands of people from their "
    "homes in the Indonesian capital, officials said Monday.\n\n"
    "Rescue teams used rubber boats to reach stranded families.\n\n"
    "More rain is forecast for the coming days, the weather agency said."
)

BLOOMBERG = (
    "Oil Heads for Weekly Drop as Demand Concerns Mount\n\n"
    "By Alex Longley and Julia Fanzeres\n\n"
    "Most Read from Bloomberg\n\n"
    "(Bloomberg) -- Oil headed for a weekly decline as concerns about demand in "
    "China outweighed tensions in the Middle East.\n\n"
    "Brent crude traded near $78 a barrel, down almost 3% this week.\n\n"
    "Traders are watching OPEC+ for signs of further cuts.\n\n"
    "--With assistance from Yongchang Chin.\n\n"
    "©2024 Bloomberg L.P."
)

REUTERS_MODERN = (
    "EXCLUSIVE-Chipmaker weighs new plant in Japan, sources say\n\n"
    "By Jane Doe and John Smith\n\n"
    "TOKYO, March 26 (Reuters) - A chipmaker is considering a new plant in "
    "southern Japan, three people familiar with the matter said.\n\n"
    "The plant would cost about $5 billion, the people said.\n\n"
    "The company declined to comment.\n\n"
    "(Reporting by Jane Doe and John Smith; Editing by Tom Lee)\n\n"
    "Our Standards: The Thomson Reuters Trust Principles."
)

REUTERS_ANALYSIS = (
    "ANALYSIS-Why investors are cooling on emerging markets\n\n"
    "Investors are pulling money from emerging markets as U.S. rates stay high.\n\n"
    "By Ann Lee\n\n"
    "LONDON, May 2 (Reuters) - Investors pulled $10 billion from emerging market "
    "funds last month, data showed on Thursday.\n\n"
    "Analysts said the outflows could continue.\n\n"
    "(Reporting by Ann Lee; Editing by Mark Potter)"
)

STRAITS_TIMES = (
    "UPDATED Feb 22, 2025, 05:09 PM\n\n"
    "Thanks for sharing!\n\n"
    "FacebookTelegram\n\n"
    "New MRT line to open in stages from 2026\n\n"
    "The line will link the east and the west of the island. PHOTO: ST FILE\n\n"
    "SINGAPORE - A new MRT line will open in stages from 2026, the Land "
    "Transport Authority said on Feb 22.\n\n"
    "The line will have 20 stations and serve about 500,000 commuters a day.\n\n"
    "Construction began in 2019.\n\n"
    "MORE ON THIS TOPIC\n\n"
    "Join ST's WhatsApp Channel and get the latest news and must-reads.\n\n"
    "MCI (P) 066/10/2023\n\n"
    "Published by SPH Media Limited, Co. Regn. No. 202120748H. Copyright © 2025 "
    "SPH Media Limited. All rights reserved."
)

XINHUA_EN = (
    "China's retail sales up 5 pct in May\n\n"
    "BEIJING, June 17 (Xinhua) -- China's retail sales of consumer goods rose "
    "5 percent year on year in May, the National Bureau of Statistics said Monday.\n\n"
    "Online sales of physical goods grew faster, the bureau said. Enditem"
)

ANI = (
    "Minister reviews flood relief work in Assam\n\n"
    "New Delhi [India], Sept 20 (ANI): Union Home Minister reviewed the flood "
    "relief work in Assam on Friday, officials said.\n\n"
    "More than 200,000 people have been affected by the floods.\n\n"
    "Relief camps have been set up in 12 districts. (ANI)"
)

PTI = (
    "Sensex climbs 500 points\n\n"
    "Mumbai, Jan 5 (PTI) The BSE Sensex climbed 500 points on Friday, led by "
    "gains in banking stocks.\n\n"
    "The NSE Nifty rose 150 points.\n\n"
    "Foreign investors bought shares worth Rs 1,000 crore on Thursday, data showed. "
    "PTI ABC DEF"
)

YONHAP = (
    "S. Korea's exports rise for 6th month\n\n"
    "By Kim Soo-yeon\n\n"
    "SEOUL, July 1 (Yonhap) -- South Korea's exports rose for the sixth month "
    "in a row in June on strong chip sales, data showed Monday.\n\n"
    "Outbound shipments rose 5 percent from a year earlier.\n\n"
    "(END)"
)

NTB = (
    "Rekordmange turister i Nord-Norge\n\n"
    "Turister på Nordkapp. Photo: NTB / Scanpix\n\n"
    "Tromsø (NTB): Aldri før har så mange turister besøkt Nord-Norge som i sommer, "
    "viser nye tall fra Statistisk sentralbyrå.\n\n"
    "Det er særlig turister fra Tyskland som har økt.\n\n"
    "Reiselivet i regionen er godt fornøyd med sesongen."
)

REUTERS_1987 = (
    "U.K. MONEY MARKET SHORTAGE FORECAST REVISED DOWN\n"
    "    LONDON, March 3 - The Bank of England said it had revised\n"
    "its forecast of the shortage in the money market down to 450\n"
    "mln stg from 500 mln before taking account of its morning\n"
    "operations.\n"
    "    The bank said it had provided 120 mln stg of assistance\n"
    "in the morning session, leaving the shortage at about 330 mln.\n"
    " REUTER\n"
)

CRLF = (
    "Storm closes ports in the north\r\n\r\n"
    "By Ann Lee\r\n\r\n"
    "OSLO, Jan 10 (Reuters) - A storm closed ports along the northern coast on "
    "Wednesday, officials said.\r\n\r\n"
    "Ferries were cancelled and schools shut.\r\n\r\n"
    "(Reporting by Ann Lee; Editing by Tom Lee)\r\n"
)

SINGLE_NEWLINES = (
    "Wildfire forces evacuations in California\n"
    "By John Smith\n"
    "LOS ANGELES (Reuters) - A wildfire forced thousands of people to flee their "
    "homes on Tuesday, officials said.\n"
    "The fire has burned more than 10,000 acres.\n"
    "Firefighters expect cooler weather to help.\n"
    "(Reporting by John Smith; Editing by Tom Lee)"
)

DPA_REGIONAL = (
    "Polizei sucht Zeugen nach Unfall auf der A7\n\n"
    "Nach einem schweren Unfall auf der Autobahn bittet die Polizei um Hinweise.\n\n"
    "Ein Streifenwagen steht an einer Unfallstelle.\nFoto: Julian Stratenschulte/dpa\n\n"
    "Hannover/Göttingen (dpa/lni) - Nach einem Unfall mit drei Verletzten auf der Autobahn 7 sucht die Polizei Zeugen. Ein Lastwagen war am Montagabend auf ein Stauende aufgefahren, wie die Polizei mitteilte.\n\n"
    "Die Autobahn war mehrere Stunden gesperrt.\n\n"
    "© dpa-infocom, dpa:240611-99-345678/2"
)

EFE_PHOTO = (
    "Miles de personas protestan en Lima contra el Gobierno\n\n"
    "Manifestantes marchan por el centro de Lima. EFE/Paolo Aguilar\n\n"
    "Lima, 14 ene (EFE).- Miles de personas marcharon este sábado por el centro de Lima para exigir la renuncia del Gobierno, en una protesta convocada por sindicatos y organizaciones estudiantiles.\n\n"
    "La Policía desplegó a más de 2.000 agentes en la zona.\n\n"
    "(c) Agencia EFE"
)

AFP_ENGLISH = (
    "France braces for pension strikes\n\n"
    "PARIS, France (AFP) - Unions called fresh strikes on Monday against the government's pension reform, threatening to disrupt trains and schools.\n\n"
    '"We will not give up," a union leader told AFP.\n\n'
    "The reform raises the retirement age to 64. str-ab/js"
)

ANSA_ENGLISH = (
    "Meloni meets Zelensky in Rome\n\n"
    "(ANSA) - ROME, JUN 7 - Premier Giorgia Meloni met Ukrainian President Volodymyr Zelensky in Rome on Friday, her office said.\n\n"
    "The two discussed reconstruction, the office said.\n\n"
    "ALL RIGHTS RESERVED © Copyright ANSA"
)

REUTERS_UPDATE = (
    "UPDATE 2-Oil prices rise as Middle East tensions flare\n\n"
    "(Adds analyst comment, updates prices)\n\n"
    "By Anna Hirtenstein\n\n"
    "LONDON, Oct 2 (Reuters) - Oil prices rose on Wednesday as tensions in the Middle East raised concerns about supply.\n\n"
    "Brent crude futures rose 1.5% to $74.70 a barrel.\n\n"
    "(Reporting by Anna Hirtenstein; Additional reporting by Colleen Howe; Editing by Susan Fenton)"
)

REUTERS_FILE_PHOTO = (
    "Airline orders 50 jets\n\n"
    "FILE PHOTO: A plane takes off at an airport in Paris, France, June 12, 2023. REUTERS/Benoit Tessier/File Photo\n\n"
    "PARIS, Jan 4 (Reuters) - An airline ordered 50 jets on Thursday, the planemaker said.\n\n"
    "The order is worth about $6 billion at list prices.\n\n"
    "(Reporting by Tim Hepher; Editing by David Goodman)"
)

AP_NATIONAL_WRITER = (
    "Book sales rise for third year\n\n"
    "By HILLEL ITALIE AP National Writer\n\n"
    "NEW YORK (AP) — Book sales rose for the third straight year, an industry group said Tuesday.\n\n"
    "Print sales were up 2%.\n\n"
    "___\n\n"
    "Follow Hillel Italie on X"
)

YONHAP_LEAD = (
    "(LEAD) N. Korea fires ballistic missile into East Sea\n\n"
    "SEOUL, May 30 (Yonhap) -- North Korea fired a ballistic missile into the East Sea on Thursday, South Korea's military said.\n\n"
    "The missile flew about 350 kilometers.\n\n"
    "sooyeon@yna.co.kr\n\n"
    "(END)"
)

KYODO = (
    "Japan's jobless rate falls to 2.4 pct\n\n"
    "TOKYO, Aug 30 Kyodo - Japan's unemployment rate fell to 2.4 percent in July, the government said Friday.\n\n"
    "The jobs-to-applicants ratio was unchanged.\n\n"
    "==Kyodo"
)

AFP_FRENCH_PHOTO = (
    "Incendie dans un entrepôt près de Marseille\n\n"
    "Des pompiers devant l'entrepôt en feu, le 3 août 2024. (AFP / Nicolas Tucat)\n\n"
    "Marseille (AFP) - Un violent incendie a ravagé samedi un entrepôt dans la banlieue de Marseille, sans faire de victimes, ont indiqué les pompiers.\n\n"
    "Plus de 100 pompiers ont été mobilisés.\n\n"
    "mdh/tes/roc"
)

TASS_EN = (
    "Russia, China hold naval drills\n\n"
    "MOSCOW, July 15. /TASS/. Russian and Chinese warships began joint drills in the Sea of Japan on Monday, the Defense Ministry said.\n\n"
    "The drills will last five days."
)

XINHUA_SPANISH = (
    "China lanza nuevo satélite meteorológico\n\n"
    "BEIJING, 12 ago (Xinhua) -- China lanzó hoy lunes un nuevo satélite meteorológico desde el Centro de Lanzamiento de Satélites de Jiuquan.\n\n"
    "El satélite entrará en servicio a finales de año.\n\n"
    "Fin"
)

BERNAMA = (
    "Ringgit opens higher against US dollar\n\n"
    "KUALA LUMPUR, Sept 3 (Bernama) -- The ringgit opened higher against the US dollar today on renewed buying interest, a dealer said.\n\n"
    "At 9 am, the local note stood at 4.3350/3400.\n\n"
    "-- BERNAMA"
)

EUROPA_PRESS_OWN_LINE = (
    "El Supremo rechaza el recurso del Gobierno\n\n"
    "MADRID, 12 (EUROPA PRESS)\n\n"
    "El Tribunal Supremo ha rechazado el recurso presentado por el Gobierno contra la sentencia, según ha informado el alto tribunal este martes.\n\n"
    "La sentencia es firme."
)

ANP_DUTCH = (
    "Kabinet trekt extra geld uit voor woningbouw\n\n"
    "DEN HAAG (ANP) - Het kabinet trekt volgend jaar 1 miljard euro extra uit voor de bouw van nieuwe woningen. Dat heeft minister De Jonge dinsdag gezegd.\n\n"
    "Gemeenten kunnen het geld aanvragen voor projecten die snel kunnen starten.\n\n"
    "De oppositie vindt het bedrag te laag."
)

TT_SWEDISH = (
    "Regeringen höjer anslaget till polisen\n\n"
    "Stockholm (TT) Regeringen höjer anslaget till polisen med två miljarder kronor nästa år, uppger justitieministern.\n\n"
    "Pengarna ska gå till fler utredare och bättre utrustning.\n\n"
    "Oppositionen är kritisk till att satsningen inte är större."
)

ANTARA = (
    "Indonesia targets 5.2 percent growth\n\n"
    "Jakarta (ANTARA) - The Indonesian government targets economic growth of 5.2 percent next year, Finance Minister said here on Monday.\n\n"
    "The target is in line with the state budget, she said.\n\n"
    "Editor: Rahmad Nasution\n\n"
    "COPYRIGHT © ANTARA 2024"
)

ANADOLU = (
    "Türkiye, Azerbaijan sign energy deal\n\n"
    "Ahmet Yilmaz  |05.06.2024 - Update : 05.06.2024\n\n"
    "ANKARA\n\n"
    "Türkiye and Azerbaijan signed an energy cooperation deal on Wednesday, the Energy Ministry said.\n\n"
    "The deal covers natural gas and electricity trade."
)

ST_PHOTO = (
    "Heavy rain causes flash floods in parts of Singapore\n\n"
    "Motorists drive through a flooded road in Bukit Timah on May 3. ST PHOTO: JASON QUAH\n\n"
    "SINGAPORE – Heavy rain on May 3 caused flash floods in several parts of the island, national water agency PUB said.\n\n"
    "The floods subsided within an hour, PUB said.\n\n"
    "Get ST's Telegram channel for the latest news."
)

REUTERS_GMT = (
    "Gold hits record high as rate cut bets grow\n\n"
    "By Ashitha Shivaprasad\n\n"
    "May 20 (Reuters) - Gold prices hit a record high on Monday as bets on U.S. rate cuts grew.\n\n"
    "Spot gold was up 1% at $2,437.50 per ounce by 0830 GMT.\n\n"
    "(Reporting by Ashitha Shivaprasad in Bengaluru; Editing by Sonia Cheema)"
)

AFP_GLUED_SIGNOFF = (
    "Quake jolts Taiwan\n\n"
    "TAIPEI, Taiwan (AFP) - A strong earthquake jolted eastern Taiwan on Friday, the weather bureau said, with no immediate reports of damage.\n\n"
    '"The shaking was very strong," a resident told local media. AFP'
)

DPA_ENGLISH = (
    "Germany's inflation eases to 2.2 percent\n\n"
    "Berlin (dpa) - German inflation eased to 2.2 percent in March, the Federal Statistical Office said on Monday.\n\n"
    "Energy prices fell compared with a year earlier.\n\n"
    "dpa ab xx cd"
)

AP_BYLINE_TWO_LINES = (
    "Storms leave thousands without power\n\n"
    "By JOHN SEEWER and KEN MILLER\nAssociated Press\n\n"
    "TOLEDO, Ohio (AP) — Severe storms knocked out power to more than 100,000 homes and businesses on Tuesday.\n\n"
    "Crews were working to restore power, utilities said.\n\n"
    "Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."
)

EFE_POR_DATELINE = (
    "Las exportaciones argentinas crecen un 10 %\n\n"
    "Buenos Aires, 20 jun (EFE).- Las exportaciones argentinas crecieron un 10 % interanual en mayo, informó este jueves el instituto de estadísticas.\n\n"
    "Las importaciones, en cambio, cayeron un 5 %.\n\n"
    "(c) Agencia EFE"
)

AFP_AVEC = (
    "Bruxelles propose de nouvelles règles pour l'intelligence artificielle\n\n"
    "Par Julien Dupont avec Marie Durand à Bruxelles\n\n"
    "Bruxelles, 21 avr 2024 (AFP) - La Commission européenne a proposé mercredi de nouvelles règles pour encadrer l'intelligence artificielle.\n\n"
    "Le texte doit encore être approuvé par les Etats membres et le Parlement.\n\n"
    "jmb/sba/cn"
)

ANSA_DI = (
    "Il governo approva la manovra\n\n"
    "di Mario Rossi\n\n"
    "(ANSA) - ROMA, 16 OTT - Il Consiglio dei ministri ha approvato la manovra economica per il prossimo anno, ha annunciato la presidenza del Consiglio.\n\n"
    "Il testo passa ora al Parlamento. (ANSA).\n\n"
    "RIPRODUZIONE RISERVATA © Copyright ANSA"
)

LUSA_POR = (
    "Incêndio consome mil hectares no Algarve\n\n"
    "Por João Silva, da Agência Lusa\n\n"
    "Faro, 05 ago 2024 (Lusa) - Um incêndio que deflagrou no domingo na serra de Monchique já consumiu mais de mil hectares, disse hoje fonte da Proteção Civil.\n\n"
    "No combate às chamas estão mais de 300 operacionais.\n\n"
    "JMC // SB\n\n"
    "Lusa/Fim"
)

DPA_TEXT_FOTO = (
    "Wolf reißt Schafe in Niedersachsen\n\n"
    "Von Sunrita Sen (Text) und Kay Nietfeld (Foto), dpa\n\n"
    "Ein Wolf im Wildpark. Foto: Kay Nietfeld/dpa\n\n"
    "Hannover (dpa) - Ein Wolf hat in Niedersachsen mehrere Schafe gerissen. Das teilte das Umweltministerium am Freitag mit.\n\n"
    "Die Tierhalter fordern mehr Schutz für ihre Herden."
)

BLOOMBERG_PHOTO = (
    "Shell Weighs Sale of Chemicals Plants in Europe\n\n"
    "An oil rig in the North Sea. Photographer: Jason Alden/Bloomberg\n\n"
    "(Bloomberg) -- Shell Plc is weighing a sale of chemicals plants in Europe, "
    "people familiar with the matter said.\n\n"
    "A sale could fetch several billion dollars, the people said.\n\n"
    "Most Read from Bloomberg\n\n"
    "\u00a92024 Bloomberg L.P."
)

PTI_PHOTO = (
    "Monsoon arrives in Kerala\n\n"
    "Clouds over Kochi on Thursday. (PTI Photo)\n\n"
    "Thiruvananthapuram, Jun 6 (PTI) The southwest monsoon arrived in Kerala on "
    "Thursday, the weather office said.\n\n"
    "The monsoon is expected to cover the state in two days. PTI ABC DEF"
)

BLOOMBERG_MOST_READ = (
    "Stocks Rally as Rate-Cut Bets Grow\n\n"
    "Most Read from Bloomberg\n\n"
    "Trump Says Tariffs on Chips Are Coming Soon\n\n"
    "Musk Plans New Venture in Texas\n\n"
    "(Bloomberg) -- Stocks rallied on Friday as traders added to bets on rate cuts.\n\n"
    "The S&P 500 rose 1%, its best day in a month.\n\n"
    "\u00a92024 Bloomberg L.P."
)

XINHUA_ZH = (
    "中国3月制造业采购经理指数回升\n\n"
    "新华社北京3月31日电 国家统计局31日发布数据显示，3月份制造业采购经理指数为50.8%，比上月上升1.7个百分点。\n\n"
    "专家表示，经济持续恢复向好。"
)

YONHAP_KO = (
    "북한, 동해상으로 탄도미사일 발사\n\n"
    "(서울=연합뉴스) 김수연 기자 = 북한이 30일 동해상으로 탄도미사일을 발사했다고 합동참모본부가 밝혔다.\n\n"
    "군은 추가 발사에 대비해 감시를 강화하고 있다.\n\n"
    "sooyeon@yna.co.kr"
)

REUTERS_AR = (
    "مسؤولون: محادثات السلام مستمرة في القاهرة\n\n"
    "القاهرة (رويترز) - قال مسؤولون مصريون يوم الاثنين إن محادثات السلام مستمرة في القاهرة.\n\n"
    "ولم يصدر تعليق من الجانب الآخر."
)

PAP_PL = (
    "Rząd przyjął projekt budżetu na przyszły rok\n\n"
    "Warszawa (PAP) - Rząd przyjął we wtorek projekt budżetu na przyszły rok, poinformował rzecznik rządu.\n\n"
    "Projekt trafi teraz do Sejmu, który zajmie się nim w przyszłym miesiącu."
)

REUTERS_WEB = (
    "Japan's core inflation slows for third month\n\n"
    "By Leika Kihara\n\n"
    "[1/2] A shopper looks at vegetables at a supermarket in Tokyo, Japan, March 5, 2024. "
    "REUTERS/Kim Kyung-Hoon Purchase Licensing Rights, opens new tab\n\n"
    "TOKYO, March 22 (Reuters) - Japan's core consumer inflation slowed for a third "
    "month in February, data showed on Friday.\n\n"
    "The data keeps the central bank on course to raise rates again, analysts said.\n\n"
    "Get a look at the day ahead in U.S. and global markets with the Morning Bid U.S. "
    "newsletter. Sign up here.\n\n"
    "(Reporting by Leika Kihara; Editing by Sam Holmes)\n\n"
    "Our Standards: The Thomson Reuters Trust Principles., opens new tab"
)

#: A BBC page copied to text: the byline's desk and place on the next line, the
#: picture's source over its caption, both with the page's comma labels.
BBC_WEB = """Flood defences 'will not be ready' before winter, council warns

By Helen Marsh
BBC News, Norwich

Image source, Getty Images
Image caption, Sandbags were stacked along the river last week

Flood defences along the river will not be finished before the winter storms, the council has said.

Council leader Kay Mason said: "We are doing everything we can."

Follow BBC Norfolk on Facebook, X and Instagram.
"""

#: A Guardian page copied to text: a standfirst, the byline with the writer's
#: role and no "By", a time stamp, and an editor's note on a correction.
GUARDIAN_WEB = """Ministers accused of burying report on child poverty

Charity says findings were published quietly on a bank holiday to avoid scrutiny

Rowena Price Social affairs correspondent
Mon 3 Nov 2025 07.00 GMT

A government report showing a rise in child poverty was published without announcement, charities have said.

The charity said the timing was "no accident".

This article was amended on 4 November 2025 to correct the name of the charity.
"""

#: A Reuters page copied to text with the date line glued to its time and
#: update note, as the page's spans run together.
REUTERS_WEB_GLUED = """Oil prices climb as producers signal deeper cuts

By Alex Lawler

November 3, 20256:15 AM GMTUpdated 2 hours ago

LONDON, Nov 3 (Reuters) - Oil prices rose on Monday after producers signalled deeper output cuts.

Brent crude futures rose 84 cents to $76.12 a barrel.

(Reporting by Alex Lawler; Editing by Jan Harvey)
"""

#: An Indian daily's page: a desk code and update stamp under the headline,
#: a dateline with a colon and no date.
TOI_WEB = """Monsoon to reach the coast by June 1, says weather office

TNN / Updated: May 28, 2025, 08:12 IST

NEW DELHI: The monsoon is likely to reach the coast by June 1, the weather office said on Tuesday.

Farmers have begun preparing fields for sowing.
"""

#: A Xinhua page: source and editor lines and a machine time stamp above the
#: dateline.
XINHUA_WEB = """China's exports rise 5 pct in October

Source: Xinhua
Editor: Liu Wei
2025-11-07 14:30:12

BEIJING, Nov. 7 (Xinhua) -- China's exports rose 5 percent year on year in October, official data showed Friday.

Imports fell 2 percent, the data showed.
"""

#: A Sky News page: the writer's role and handle under the name, a time stamp
#: with the country, and links to other stories under "Read more:" at the end.
SKY_WEB = """Rail strike called off after last-minute deal

Train drivers will return to work on Monday after the union accepted a new pay offer.

Tom Clarke
Transport correspondent @TomClarkeSky

Monday 3 November 2025 18:42, UK

A national rail strike planned for this week has been called off after a last-minute pay deal.

The union said its members had won a fair deal.

Read more:
Why are train drivers striking?
Who pays for the railways
"""

#: A web page with a standfirst over its time stamps and a source line at the end.
AGGREGATOR_WEB = """Thousands rally in capital as protests enter second week

Demonstrators demand the resignation of the prime minister over rising fuel prices.

Published On 14 Feb 2025
14 Feb 2025

Thousands of people have rallied in the capital for a second week.

Police fired tear gas to disperse crowds near parliament, according to witnesses.

Source: Al Jazeera and news agencies
"""

#: A US local paper: staff byline on two lines, a dateline with a dash, and
#: the writer's contact line at the end.
LOCAL_US = """City council approves new budget

By JOHN SMITH
Staff Writer

SPRINGFIELD — The City Council voted 5-2 Tuesday night to approve a $48 million budget.

"Nobody likes raising taxes," said Councilwoman Maria Lopez.

John Smith can be reached at jsmith@example.com or 555-0142.
"""

#: A page scraped whole: a skip link and a menu above the headline, advertising
#: slots, a cookie notice and a row of page links at the end.
SCRAPED_PAGE = """Skip to main content

Home
News
Sport
Business

Advertisement

Storm leaves thousands without power

By Jane Doe
Published 3 hours ago

Thousands of homes were without power on Sunday after a storm brought down power lines.

Advertisement

More than 200 flights were cancelled at the main airport.

We use cookies to improve your experience. By continuing, you agree to our use of cookies.

Terms of Use | Privacy Policy | Contact Us
"""

#: An NPR page: a programme line and listening time over the headline, the
#: caption between its page buttons with its credit under it (and again).
NPR_WEB = """Heard on All Things Considered

Farmers in drought-hit counties turn to old wells

4-Minute Listen

Jane Doe

Enlarge this image

A farmer checks a pump on a well outside Garden City, Kan., last month.

Jane Doe/NPR

hide caption

toggle caption

Jane Doe/NPR

Farmers across western Kansas are reopening wells that were capped decades ago as the drought drags on.

"We don't have a choice," said farmer Tom Hale.

State officials said they are reviewing the permits.
"""

#: A PR Newswire release: the issuer under NEWS PROVIDED BY, the About and
#: Media Contact sections and the SOURCE line at the end.
PR_NEWSWIRE = """Acme Robotics Announces Third-Quarter Results

NEWS PROVIDED BY
Acme Robotics Inc.
Nov 04, 2025, 08:00 ET

COLUMBUS, Ohio, Nov. 4, 2025 /PRNewswire/ -- Acme Robotics Inc. today announced results for the third quarter ended Sept. 30, 2025.

Revenue rose 12% to $48.2 million, the company said.

"We had a strong quarter," said Jane Doe, chief executive of Acme Robotics.

About Acme Robotics
Acme Robotics makes warehouse robots for retailers in North America and Europe. For more information, visit www.acmerobotics.example.

Media Contact:
John Smith
Acme Robotics
press@acmerobotics.example
(614) 555-0199

SOURCE Acme Robotics Inc.
"""

#: A Business Wire release: About, Contacts, Investors: and Media: blocks.
BUSINESS_WIRE = """Globex Names New Chief Financial Officer

BOSTON--(BUSINESS WIRE)--Globex Corp. (NASDAQ: GLBX) today named Mary Major as chief financial officer, effective Dec. 1.

Major joins from Initech, where she led finance for six years.

About Globex
Globex Corp. builds payment software for banks.

Contacts
Investors:
Tom Lee
ir@globex.example
+1 617-555-0100

Media:
Ann Ray
media@globex.example
"""

#: A GlobeNewswire release: the date line with its source, forward-looking
#: statements and ### at the end.
GLOBENEWSWIRE = """Umbrella Health Completes Acquisition of Vireo Labs

November 05, 2025 07:30 ET | Source: Umbrella Health Inc.

TORONTO, Nov. 05, 2025 (GLOBE NEWSWIRE) -- Umbrella Health Inc. has completed its acquisition of Vireo Labs, the company said on Wednesday.

The deal was valued at $120 million.

Forward-Looking Statements
This press release contains forward-looking statements that involve risks and uncertainties.

###
"""

#: A story that ends with a line about its writer.
LOCAL_BIO = """Town weighs cost of new seawall

By Jane Doe

PORTLAND, Maine — The town council will vote next month on a $12 million seawall, officials said Tuesday.

The seawall would protect about 300 homes.

Jane Doe is a national reporter covering the Northeast.
"""

#: A page with the masthead's slogan over the headline.
WAPO_WEB = """Democracy Dies in Darkness

Senate passes stopgap bill to avert shutdown

The measure funds the government through January

By Jane Doe and John Smith

November 14, 2025 at 9:12 p.m. EST

The Senate passed a stopgap spending bill late Friday, averting a government shutdown.

The House is expected to vote on Saturday.
"""

#: A CNN page: an update stamp, a dateline with the network, a contributor line.
CNN_WEB = """Storm batters Gulf Coast as thousands lose power

By Jane Doe, CNN

Updated 6:42 AM EST, Tue November 4, 2025

New Orleans (CNN) — A powerful storm knocked out power to more than 100,000 homes along the Gulf Coast on Monday night.

"It came in fast," said resident Tom Hale.

CNN's John Smith contributed to this report.
"""

#: A Fox News page: the outlet glued to the writer's name, the writer's bio at the end.
FOX_WEB = """Senate Republicans unveil border funding plan

By Jane Doe Fox News
Published November 4, 2025 6:00am EST

Senate Republicans on Tuesday unveiled a $20 billion border funding plan.

The plan faces a vote next week.

Jane Doe is a congressional correspondent for Fox News Digital.
"""

#: An NBC News page: a time stamp over the byline.
NBC_WEB = """Jury finds former mayor guilty of bribery

The verdict came after three days of deliberations.

Nov. 4, 2025, 5:12 PM EST
By Jane Doe and John Smith

A federal jury on Tuesday found a former mayor guilty of taking bribes from developers.

Sentencing was set for February.
"""

#: A CBS News page: a stamp with slashes, 'More from CBS News' at the end.
CBS_WEB = """Wildfire forces evacuations near Los Angeles

By Jane Doe
Updated on: November 4, 2025 / 8:15 PM EST / CBS News

A fast-moving wildfire forced thousands to evacuate north of Los Angeles on Tuesday.

Firefighters were helped by calmer winds overnight.

More from CBS News
"""

#: An ABC News page: standfirst, byline, time stamp, a contributor line.
ABC_NEWS_WEB = """Supreme Court to hear case on state tariffs

The justices will hear arguments in January.

By Jane Doe
November 4, 2025, 10:03 AM

WASHINGTON -- The Supreme Court agreed Tuesday to hear a challenge to state tariffs.

A ruling is expected by June.

ABC News' John Smith contributed to this report.
"""

#: A Bloomberg page: byline over the stamp, assistance and Most Read lines.
BLOOMBERG_WEB = """Oil Heads for Weekly Loss as Supply Glut Fears Mount

By Jane Doe and John Smith
November 7, 2025 at 2:15 AM GMT

Oil headed for a weekly loss as traders weighed signs of a growing supply glut.

Brent was near $63 a barrel in London.

--With assistance from Ann Ray.

Most Read from Bloomberg
"""

#: An FT page: writers with their places, the copyright line.
FT_WEB = """Carmakers warn of chip shortage as supplier halts exports

Industry says production lines could stop within weeks

Jane Doe in Berlin and John Smith in London

Carmakers have warned that production could halt within weeks after a chip supplier stopped exports.

The supplier said it was complying with government orders.

Copyright The Financial Times Limited 2025. All rights reserved.
"""

#: An Economist page: the section and column over the headline.
ECONOMIST_WEB = """Europe | Charlemagne

The long goodbye to cheap gas

Europe's industry is still adjusting to the end of Russian pipelines

Nov 6th 2025

Few places show the change better than the chemical plants of the Rhine.

Factories have cut output by a fifth since 2021.
"""

#: An Independent page: a name alone, the stamp, a comments button, a sign-up promo.
INDEPENDENT_WEB = """Heatwave warning issued as temperatures set to hit 34C

Forecasters say the hot spell could last until the weekend

Jane Doe
Tuesday 04 November 2025 12:31 GMT

Comments

A heat health alert has been issued for much of England.

The Met Office said temperatures could reach 34C on Thursday.

Sign up for our free Morning Headlines email
"""

#: A Telegraph page: a role after the name, a bullet before the time.
TELEGRAPH_WEB = """Bank of England holds rates as inflation stays high

Governor warns cuts are not imminent

Jane Doe, Economics Editor
4 November 2025 • 12:00pm

The Bank of England held interest rates at 4 per cent on Thursday.

Markets had expected the decision.
"""

#: A Daily Mail page: FOR MAILONLINE after the name, both stamps on one line.
DAILY_MAIL_WEB = """Pensioner, 82, becomes oldest woman to swim the Channel

By JANE DOE FOR MAILONLINE

Published: 12:31 GMT, 4 November 2025 | Updated: 14:02 GMT, 4 November 2025

A pensioner has become the oldest woman to swim the Channel.

She completed the crossing in 15 hours.
"""

#: A HuffPost page: title-case headline, standfirst, byline, stamp.
HUFFPOST_WEB = """Trump Allies Push New Election Rules In Key States

The proposals would change how ballots are counted.

By Jane Doe

Nov 4, 2025, 05:00 AM EST

Allies of the president are pushing new election rules in several swing states.

Critics said the rules would slow counting.
"""

#: A Politico page: a numeric stamp under the byline.
POLITICO_WEB = """House GOP eyes vote on spending deal

The vote could come as soon as Thursday.

By Jane Doe and John Smith
11/04/2025 06:00 PM EST

House Republican leaders are eyeing a vote on the spending deal this week.

Democrats said they would oppose it.
"""

#: An Axios page: a name alone over the date, a 'Go deeper' link at the end.
AXIOS_WEB = """Fed holds rates steady

Jane Doe
Nov 4, 2025

The Federal Reserve held interest rates steady on Tuesday.

Why it matters: The decision keeps borrowing costs high.

Go deeper: What the Fed decision means for mortgages
"""

#: An ABC Australia page: posted and updated stamps on one line.
ABC_AU_WEB = """Bushfire threat eases as rain falls across NSW

By Jane Doe

Posted Tue 4 Nov 2025 at 5:31am, updated Tue 4 Nov 2025 at 9:02am

Rain has eased the bushfire threat across much of NSW.

The Rural Fire Service said crews would stay on alert.
"""

#: A CBC page: name, outlet and stamp on one line between middle dots.
CBC_WEB = """Ontario to expand transit to northern towns

Province says new buses will start running next year

Jane Doe · CBC News · Posted: Nov 04, 2025 6:00 AM EST

Ontario will expand bus service to northern towns, the province said Tuesday.

The service will start next year.
"""

#: A South China Morning Post page: name alone over the stamp.
SCMP_WEB = """Hong Kong to cut stamp duty for first-time buyers

Jane Doe
Published: 6:00pm, 4 Nov 2025

Hong Kong will cut stamp duty for first-time homebuyers, the finance chief said on Tuesday.

The cut takes effect immediately.
"""

#: A Straits Times page: name and title on two lines, the channel promo.
STRAITS_TIMES_WEB = """Singapore to raise GST vouchers for seniors

Jane Doe
Senior Correspondent

Nov 04, 2025, 05:00 AM

SINGAPORE - Seniors will receive larger GST vouchers next year, the Finance Ministry said on Nov 3.

The payouts will be made in August.

Join ST's WhatsApp Channel and get the latest news and must-reads.
"""

#: A Hindu page: stamps with dashes, the place after the second.
HINDU_WEB = """Monsoon brings heavy rain to Kerala

Updated - November 04, 2025 10:12 pm IST

Published - November 04, 2025 08:30 pm IST - THIRUVANANTHAPURAM

Heavy rain lashed Kerala on Tuesday, flooding low-lying areas.

Schools were shut in three districts.
"""

#: An Irish Times page: a name alone, a stamp with a dash before the time.
IRISH_TIMES_WEB = """Government to double housing grant for first-time buyers

Scheme will be extended to apartments from next year

Jane Doe
Tue Nov 04 2025 - 18:45

The Government will double a grant for first-time buyers, the Minister for Housing said on Tuesday.

The scheme will be extended to apartments.
"""

#: A DW page: two date lines, the writers' initials with sources at the end.
DW_WEB = """Germany: Coalition agrees on pension reform

The government parties have agreed to keep the state pension at 48% of average wages.

11/04/2025
November 4, 2025

Germany's governing coalition agreed on Tuesday to keep state pensions at 48% of average wages.

The opposition criticized the cost.

jd/js (dpa, Reuters)
"""

#: A France 24 page: the dateline with the agency, then the stamp.
FRANCE24_WEB = """France's parliament rejects budget bill

Paris (AFP) – France's lower house of parliament on Tuesday rejected the government's budget bill.

Issued on: 04/11/2025 - 18:12

The government may now force the bill through.
"""

#: A Euronews page: a numeric stamp with its zone.
EURONEWS_WEB = """EU agrees new sanctions on Russian oil

By Jane Doe
Published on 04/11/2025 - 18:12 GMT+1

EU ambassadors agreed on Tuesday a new package of sanctions on Russian oil.

The package must be adopted by ministers.
"""

#: A Kyodo News page: agency, date, time and sections on one line.
KYODO_WEB = """Japan's exports rise for second month

KYODO NEWS - Nov 4, 2025 - 18:12 | Japan, Economy

TOKYO - Japan's exports rose for a second month in October, government data showed Tuesday.

Shipments of cars to the United States fell.
"""

#: A New York Times page: the place the writer files from under the byline.
#: A New York Times page copied whole: skip links glued together, the section over
#: the headline, a standfirst, the audio and share buttons, a photo's caption with
#: its credit glued after "Credit...", the byline over "Reporting from", the writer's
#: bio and the print edition's note.
NYT_WEB_FULL = """Skip to contentSkip to site index

Politics

Senate Passes Stopgap Bill, Averting Shutdown

The measure, approved 78 to 20, keeps the government funded through January.

Listen to this article · 5:12 min Learn more

Share full article

Senator Chuck Schumer, the majority leader, spoke to reporters after the vote on Tuesday.Credit...Haiyun Jiang/The New York Times

By Carl Hulse and Catie Edmondson

Reporting from Washington

Nov. 4, 2025

The Senate on Tuesday passed a stopgap spending bill that would keep the government open into January, sending the measure to the president hours before a shutdown deadline.

"We did our job," said Senator Chuck Schumer, Democrat of New York and the majority leader. "Now the House must do its job."

Senator John Thune of South Dakota, the Republican leader, said his party had "made its point" about spending.

Carl Hulse is the chief Washington correspondent, covering Congress. More about Carl Hulse

A version of this article appears in print on Nov. 5, 2025, Section A, Page 1 of the New York edition with the headline: Senate Passes Stopgap Bill.
"""

NYT_WEB = """Ukraine Strikes Russian Refinery as Talks Stall

The attack was the third this month on energy sites deep inside Russia.

By Jane Doe
Reporting from Kyiv, Ukraine

Nov. 4, 2025, 6:12 p.m. ET

Ukraine struck an oil refinery in southern Russia overnight, officials said on Tuesday.

The strike set off a large fire.
"""

#: An Al Jazeera live blog: a label under the headline, an entry's time and heading.
ALJAZEERA_LIVE_WEB = """Live: Israel strikes Gaza as ceasefire talks resume

Live updates
By Jane Doe and John Smith
Published On 4 Nov 2025 4 Nov 2025

4 Nov 2025 - 10:12 GMT

Talks resume in Cairo

Negotiators from both sides returned to Cairo on Tuesday, Egyptian officials said.

The talks are expected to last two days.

Source: Al Jazeera and news agencies
"""

#: An Al Jazeera page: the caption's credit in square brackets, no byline.
ALJAZEERA_WEB = """Israel strikes Gaza as ceasefire talks resume

Negotiators return to Cairo as strikes continue.

Palestinians inspect a damaged building in Gaza City on November 4, 2025 [Jane Doe/Reuters]

Published On 4 Nov 2025

Israeli strikes hit Gaza on Tuesday as negotiators returned to Cairo.

The talks are expected to last two days.
"""

#: A long-form magazine page: a dek, the illustrator's credit, the print edition's note.
ATLANTIC_WEB = """The Quiet Collapse of the Small-Town Newspaper

What happens to a community when no one is watching the city council?

By Jane Doe

Illustration by John Smith / The Atlantic

When the Ledger printed its last edition in March, the town of Millbrook lost more than a newspaper.

For a century, the paper had covered every school-board meeting and every high-school football game.

This article appears in the December 2025 print edition with the headline "The Quiet Collapse."
"""

#: A Reuters Breakingviews page: the column's name over the headline.
BREAKINGVIEWS_WEB = """Breakingviews

Acme's bid for Globex needs a sweeter price

By Jane Doe

November 4, 2025 6:00 AM GMT Updated 2 hours ago

LONDON, Nov 4 (Reuters Breakingviews) - Acme's offer for Globex looks cheap.

The board should hold out for more.

Follow @Breakingviews on X

Editing by John Smith and Tom Lee
"""

#: A Nikkei Asia page: the name in capitals with the staff title, the stamp in JST.
NIKKEI_WEB = """Japan's Toyota lifts profit forecast on weak yen

Automaker expects record operating income for fiscal year

JANE DOE, Nikkei staff writer
November 4, 2025 18:12 JST

TOKYO -- Toyota Motor raised its full-year profit forecast on Tuesday, citing the weak yen.

The automaker now expects operating profit of 5 trillion yen.
"""

#: A Japan Times page: byline and staff title in capitals on two lines.
JAPAN_TIMES_WEB = """Japan to expand child care subsidies

The plan will be included in the next fiscal year's budget

BY JANE DOE
STAFF WRITER
Nov 4, 2025

The government will expand subsidies for child care, the Cabinet Office said Tuesday.

The measure is aimed at reversing the falling birth rate.
"""

#: A Korea Herald page: a label in square brackets, two stamps, the e-mail at the end.
KOREA_HERALD_WEB = """[Exclusive] Samsung to build new chip plant

By Jane Doe
Published : Nov. 4, 2025 - 16:12
Updated : Nov. 4, 2025 - 18:00

Samsung Electronics will build a new chip plant in Pyeongtaek, sources said Tuesday.

The plant will cost 30 trillion won.

jane@heraldcorp.com
"""

#: A Times of Israel page: the name in capitals, the stamp with a comma.
TIMES_OF_ISRAEL_WEB = """Knesset passes budget in first reading

Coalition wins 61-59 vote after overnight debate

By JANE DOE
4 November 2025, 6:12 am

The Knesset passed the state budget in its first reading early Tuesday.

The bill now returns to committee.
"""

#: A Times of Israel live blog: its date over the headline, an entry stamped Today.
TIMES_OF_ISRAEL_LIVE_WEB = """Liveblog November 04, 2025

Knesset passes budget in first reading

By Jane Doe
Today, 6:12 am

The Knesset passed the state budget in its first reading early Tuesday.

The bill now returns to committee.
"""

#: An Arab News page: an update stamp, the name in capitals, a bare dateline.
ARAB_NEWS_WEB = """Saudi Arabia launches new tourism visa

Updated 04 November 2025
JANE DOE
November 04, 2025 18:12

RIYADH: Saudi Arabia launched a new tourism visa on Tuesday, the Ministry of Tourism said.

The visa will be valid for one year.
"""

#: A Gulf News page: the stamp over the name and role, a title-case dateline.
GULF_NEWS_WEB = """UAE announces new traffic fines

Fines of up to Dh5,000 for using phones while driving

Published: November 04, 2025 18:12
Jane Doe, Senior Reporter

Dubai: The UAE announced new traffic fines on Tuesday.

The fines take effect next month.
"""

#: A News24 page: a line about the writer under the name, the subscription promo.
NEWS24_WEB = """Eskom warns of load shedding this week

Jane Doe
Jane Doe is a senior reporter at News24.
04 Nov 2025

Eskom has warned of load shedding this week after several units broke down.

The utility said it was working to restore capacity.

Subscribe to News24 for the best news.
"""

#: A Nation (Kenya) page: the byline over a role and the group's name.
NATION_KENYA_WEB = """MPs reject Finance Bill amendments

By Jane Doe
Parliamentary Reporter
Nation Media Group
November 4, 2025

Members of Parliament on Tuesday rejected amendments to the Finance Bill.

The bill will now go to the Senate.
"""

#: A Globe and Mail page: the credit glued to the caption, the city under the byline.
GLOBE_AND_MAIL_WEB = """Bank of Canada holds key rate at 2.25%

Governor Tiff Macklem at a news conference in Ottawa on Nov. 4.Jane Doe/The Canadian Press

Jane Doe Economics Reporter
Ottawa
Published November 4, 2025

The Bank of Canada held its key interest rate steady on Tuesday.

Governor Tiff Macklem said the economy remained weak.
"""

#: A Toronto Star page: the desk glued to the name, an icon's name glued to the stamp.
TORONTO_STAR_WEB = """Toronto council approves new transit plan

By Jane DoeCity Hall Bureau
Tue., Nov. 4, 2025timer3 min. read

Toronto city council approved a new transit plan on Tuesday.

The plan includes three new subway stations.
"""

#: A Sydney Morning Herald page: Credit: glued to the caption, the newsletter promo.
SMH_WEB = """Sydney rents hit record high

Rents in Sydney have risen for 12 months in a row.Credit: Jane Doe

By John Smith
November 4, 2025 — 5.00am

Rents in Sydney hit a record high in October, new data shows.

The median rent rose to $780 a week.

Get our Morning Edition newsletter
"""

#: A NZ Herald page: the name, then the byline again, the role and outlet between dots.
NZ_HERALD_WEB = """Auckland Council approves rates rise

Jane Doe
By Jane Doe
Local Government Reporter·NZ Herald·
4 Nov, 2025 05:00 AM
3 mins to read

Auckland Council approved a 6 per cent rates rise on Tuesday.

Councillors voted 14 to 7.
"""

#: An RTÉ page: a slash after the stamp's label.
RTE_WEB = """Government approves budget measures

Updated / Tuesday, 4 Nov 2025 18:12

By Jane Doe
Political Correspondent

The Government has approved a series of budget measures.

The measures will be published on Wednesday.
"""

#: A Yahoo News copy of a Reuters story: the source under the name, a reading time.
YAHOO_REUTERS_WEB = """Oil prices rise on supply worries

Jane Doe
Reuters
Tue, November 4, 2025 at 6:00 AM EST
2 min read

LONDON (Reuters) - Oil prices rose on Tuesday on worries about supply.

Brent crude futures rose 1% to $65 a barrel.

(Reporting by Jane Doe; Editing by Tom Lee)
"""

#: An MSN copy: Story by, an age and a reading time after bullets.
MSN_WEB = """Fed holds rates steady

Story by Jane Doe
• 2h • 3 min read

The Federal Reserve held interest rates steady on Tuesday.

The decision was widely expected.
"""

#: An AMP copy of a CNN page: the dateline's brackets lost (Washington CNN —).
AMP_CNN_WEB = """Skip to main content

Fed holds rates steady amid inflation worries

By Jane Doe, CNN

Updated 6:00 PM EST, Tue November 4, 2025

Washington CNN —

The Federal Reserve held interest rates steady on Tuesday.

The decision was widely expected.

Terms of Use | Privacy Policy
"""

#: A South China Morning Post page with its standards link.
SCMP_TRUST_WEB = """Hong Kong to cut stamp duty for first-time buyers

Jane Doe
Published: 6:00pm, 4 Nov 2025
Why you can trust SCMP

Hong Kong will cut stamp duty for first-time homebuyers, the finance chief said on Tuesday.

The cut takes effect immediately.
"""

#: An ABC Australia page under the link to its home page.
ABC_AU_HOME_WEB = """ABC News Homepage

Bushfire threat eases as rain falls across NSW

ABC Rural / By Jane Doe

Posted Tue 4 Nov 2025 at 5:31am

Rain has eased the bushfire threat across much of NSW.

The Rural Fire Service said crews would stay on alert.
"""

#: A Yahoo copy of an Independent story: the outlet's name above the headline.
YAHOO_INDEPENDENT_WEB = """The Independent

Rail strikes called off after last-minute deal

Jane Doe
Tue, November 4, 2025 at 6:00 AM EST
2 min read

Rail strikes planned for this week have been called off after a last-minute deal, the union said.

Talks between the union and train operators went on late into the night.
"""

#: An Apple News-like copy of an AP story: the agency's name above the headline.
APPLE_NEWS_AP_WEB = """Associated Press

Wildfire forces evacuations in Southern California

By JANE DOE

LOS ANGELES (AP) — A fast-moving wildfire forced thousands of people from their homes on Tuesday, fire officials said.

Strong winds pushed the flames toward several hillside neighborhoods.
"""

#: An AP story on a portal: the stamp under the byline, the AP's copyright notice.
AP_PORTAL_WEB = """Senate passes bill to avert shutdown

By JANE DOE
Updated 6:00 PM EST, November 4, 2025

WASHINGTON (AP) — The Senate passed a bill on Tuesday to keep the government open.

The House is expected to vote on Wednesday.

Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.
"""

#: An Australian paper: the name over the writer's role, a stamp with a spaced dash.
AUSTRALIAN_WEB = """Reserve Bank holds cash rate at 3.6 per cent

Jane Doe
Economics Correspondent

November 4, 2025 - 5:00PM

The Reserve Bank has left the cash rate unchanged at 3.6 per cent.

Governor Michele Bullock said inflation remained too high.
"""

#: An AMP copy of a CNN page: the dateline without brackets opening the lead.
CNN_AMP_INLINE_WEB = """Typhoon slams into southern China

By Jane Doe, CNN

Updated 6:00 AM EST, Tue November 4, 2025

Hong Kong CNN — A powerful typhoon slammed into southern China on Tuesday, forcing the evacuation of more than 100,000 people.

Flights were cancelled across the region.
"""

#: A Canadian Press story on a portal: the agency under the headline, its first-published note.
CP_PORTAL_WEB = """Ottawa unveils plan to speed up home building

The Canadian Press
Nov 4, 2025 6:00 PM

OTTAWA — The federal government unveiled a plan on Tuesday to speed up home building.

The plan includes new funding for cities that cut building fees.

This report by The Canadian Press was first published Nov. 4, 2025.
"""

#: An Indian site: the name with the city, a stamp in IST, the site's promo at the end.
INDIAN_LIVEMINT_WEB = """Monsoon rains flood low-lying areas of Chennai

By Jane Doe, Chennai

Updated on Nov 04, 2025 08:30 PM IST

Heavy rain flooded several low-lying areas of Chennai on Tuesday, officials said.

Schools in the city will stay shut on Wednesday.

Catch all the Latest India News, Breaking News Event and Latest News Updates on Live Mint.
"""

#: An Irish paper: the name over a stamp with a weekday and at.
IRISH_WEB = """Housing minister defends rent controls

Jane Doe
Tue 4 Nov 2025 at 10:12

The housing minister has defended the Government's rent controls in the Dáil.

The opposition said the rules had failed renters.
"""

#: A live blog: its label over the headline.
LIVEBLOG_KICKER_WEB = """LIVE BLOG

Election day: polls open across the state

By Jane Doe

Polls opened at 7 a.m. on Tuesday across the state, election officials said.

Turnout was expected to be high.
"""

#: A US local TV station's site: a staff credit, the station's call letters as the dateline's source.
LOCAL_TV_WEB = """Police investigate shooting near downtown park

KXYZ Staff
Published: Nov. 4, 2025 at 6:00 PM CST

SPRINGFIELD, Mo. (KXYZ) - Police are investigating a shooting near a downtown park on Tuesday night.

One person was taken to hospital with serious injuries.

Copyright 2025 KXYZ. All rights reserved.
"""

#: An obituary page: the section's label over the headline.
OBITUARY_WEB = """OBITUARY

Jane Doe, pioneering surgeon, dies at 91

By John Smith

Jane Doe, a surgeon who pioneered heart transplants in children, died on Monday at her home in Boston. She was 91.

Her death was confirmed by her daughter.

She is survived by two children and five grandchildren.
"""

#: A New Zealand broadcaster's site: the name with a role, a handle and an address under it.
RNZ_WEB = """Government to cut public service jobs

Jane Doe, Political Reporter
@JaneDoe
janedoe@rnz.co.nz

The government will cut 2000 public service jobs over the next year, the finance minister said on Tuesday.

Unions said the cuts would hurt services.
"""

#: A South African site: the stamp above the byline.
SOUTH_AFRICAN_WEB = """Load-shedding returns as Eskom units fail

04 November 2025 - 10:12

By Jane Doe

Eskom has announced stage 2 load-shedding from 4pm on Tuesday after several generating units failed.

The utility said the outages would last until Thursday.
"""

#: A sports page: a scoreline in the headline and a full-time line above the report.
SPORTS_SCORELINE_WEB = """Rovers 2-1 United: Late Smith goal sends Rovers top

By Jane Doe
Sports Reporter

FULL-TIME: Rovers 2 United 1

A stoppage-time goal from Tom Smith sent Rovers to the top of the table on Saturday.

United had led through a first-half penalty.
"""

#: A Substack-style newsletter: subtitle, name and date, a share button, the subscribe note.
SUBSTACK_WEB = """Why the Fed is stuck

Inflation is sticky and jobs are slowing. There is no easy way out.

Jane Doe
Nov 04, 2025

Share

The Federal Reserve faces its hardest choice in years.

Inflation has stopped falling, but hiring has slowed sharply.

Thanks for reading! Subscribe for free to receive new posts and support my work.
"""

#: A UPI story: a running story's label over the headline, a date-first dateline.
UPI_DEVELOPING_WEB = """Developing story

Earthquake strikes off coast of Japan

Nov. 4 (UPI) -- A magnitude 6.8 earthquake struck off the northeast coast of Japan on Tuesday, the Japan Meteorological Agency said.

No tsunami warning was issued.
"""

#: A US regional paper: the name over the paper's name, a photo credit in brackets, a contact line.
US_REGIONAL_WEB = """County approves new water rates after heated meeting

Jane Doe
The Riverton Courier

Residents crowded into the county board room on Tuesday. (Photo: John Smith/The Riverton Courier)

The county commission voted 4-1 on Tuesday to raise water rates by 6% next year.

Commissioners said the increase would pay for repairs to aging pipes.

Contact Jane Doe at jdoe@rivertoncourier.com or follow her on X @janedoe.
"""

#: A newspaper story exported from Nexis Uni: publication, date with weekday, edition, two-line copyright, labelled lines, ``Body``, a graphic, the classification and ``End of Document``.
NEXIS_NEWSPAPER = """Senate passes stopgap bill to avert shutdown

The Riverton Courier
November 4, 2025 Tuesday
Late Edition - Final

Copyright 2025 The Riverton Courier Company
All Rights Reserved

Section: Section A; Column 0; National Desk; Pg. 1
Length: 412 words
Byline: By Jane Doe and John Smith
Dateline: WASHINGTON

Body

WASHINGTON -- The Senate on Tuesday passed a stopgap spending bill that would keep the government open through January, sending the measure to the House.

The vote was 68 to 31. "This is not the bill any of us wanted, but it keeps the lights on," said Senator Mary Major, the chair of the appropriations committee.

House leaders said they would take up the measure on Wednesday.

Graphic

PHOTO: Senators leave the chamber after the vote on Tuesday. (PHOTOGRAPH BY TOM LEE FOR THE RIVERTON COURIER)

Classification

Language: ENGLISH

Publication-Type: Newspaper

Subject: LEGISLATIVE BODIES (91%); APPROPRIATIONS (90%); US FEDERAL GOVERNMENT (89%)

Geographic: WASHINGTON, DC, USA (79%)

Load-Date: November 5, 2025

End of Document
"""

#: A wire story exported from Nexis Uni: the date with a time, the story's own dateline under a ``Dateline:`` line.
NEXIS_WIRE = """Chicago teachers reach tentative deal, ending strike threat

Associated Press State & Local
November 4, 2025 Tuesday 1:12 PM GMT

Copyright 2025 Associated Press All Rights Reserved

Section: STATE AND REGIONAL
Length: 286 words
Byline: By ANA SMITH, Associated Press
Dateline: CHICAGO

Body

CHICAGO (AP) — The Chicago Teachers Union and the city school district reached a tentative contract agreement late Monday, averting a strike that had been set for next week.

The deal includes raises of 4% a year and smaller class sizes, the union said in a statement.

"Our members fought for this," union president Lee Park told reporters.

Members will vote on the agreement next week.

Load-Date: November 5, 2025

End of Document
"""

#: A broadcast transcript exported from Nexis Uni: a ``Highlight:`` summary, speaker labels in the body.
NEXIS_TRANSCRIPT = """Interview With Treasury Secretary on Tariffs

CNN
November 4, 2025 Tuesday

Copyright 2025 Cable News Network All Rights Reserved

Section: NEWS; Domestic
Length: 318 words
Byline: Tom Brown, Anna Green
Highlight: The treasury secretary defended the new tariffs on Tuesday and said talks with China would resume.

Body

TOM BROWN, CNN ANCHOR: The treasury secretary joins us now from Washington. Thank you for being here.

The administration says the tariffs will bring factories home. Critics say prices will rise.

ANNA GREEN, CNN CORRESPONDENT: The secretary told reporters on Tuesday that talks with China would resume next month.

Language: ENGLISH

Publication-Type: Transcript

Transcript: 110401CN.V15

Load-Date: November 5, 2025

End of Document
"""

#: A magazine story exported from Nexis Uni: no dateline in the story, the ``Dateline:`` line gives it.
NEXIS_MAGAZINE = """Why the housing market is stuck

The Weekly Ledger
November 10, 2025

Copyright 2025 Ledger Media Group

Section: BUSINESS; Pg. 22
Length: 540 words
Byline: Maria Lopez
Dateline: NEW YORK

Body

Home sales fell for a third straight month in October as buyers balked at mortgage rates near 7%, an industry group said.

"People are waiting for rates to fall, and sellers are waiting for prices to rise," said Omar Haddad, an economist at the group.

Inventory remains near record lows in many cities.

Load-Date: November 6, 2025

End of Document
"""

#: A wire story exported from Factiva: byline, word count, date, time, source, code, language, copyright; ``Document ...`` at the end.
FACTIVA_WIRE = """Oil rises as OPEC+ signals it will keep output steady

By Jane Doe
462 words
4 November 2025
18:12 GMT
Reuters News
LBA
English
Copyright 2025 Thomson Reuters. All Rights Reserved.

LONDON, Nov 4 (Reuters) - Oil prices rose on Tuesday after OPEC+ signalled it would keep output steady into next year, easing fears of a supply glut.

Brent crude futures rose 62 cents, or 1%, to $64.90 a barrel by 1200 GMT.

"The market had priced in more supply," said Tom Lee, an analyst at a London brokerage.

(Reporting by Jane Doe; Editing by Anna Green)

Document LBA0000020251104el1400abc
"""

#: A newspaper story exported from Factiva: a byline without ``By``, the page after the source code.
FACTIVA_NEWSPAPER = """Council approves new bus lanes

Maria Lopez
380 words
5 November 2025
The Riverton Courier
RIVCOU
A3
English
(c) 2025 The Riverton Courier Company. All rights reserved.

The city council on Tuesday approved new bus lanes on three main roads, despite objections from shop owners.

"Buses will be faster, and more people will ride them," said councillor Ana Smith.

Work will begin in the spring.

Document RIVCOU0020251105el1500002
"""

#: A radio story exported from Factiva: the programme as the source.
FACTIVA_BROADCAST = """Farmers brace for drought as rivers run low

Tom Brown
295 words
4 November 2025
Morning Edition
NPRMED
English
Copyright 2025 National Public Radio, Inc. All Rights Reserved.

Farmers across the plains are cutting back on planting as rivers fall to their lowest levels in decades.

"We have never seen the river this low," said Lee Park, who farms near the river.

State officials say water restrictions could follow.

Document NPRMED0020251104el1400007
"""

#: A story exported from Factiva with field codes (``HD``, ``BY``, ``WC``, ``PD`` ... ``LP``, ``TD`` ... ``AN``).
FACTIVA_CODED = """HD Central bank holds rates, signals cut next year
BY By Anna Green
WC 341 words
PD 4 November 2025
ET 18:12 GMT
SN Dow Jones Newswires
SC DJDN
LA English
CY Copyright 2025 Dow Jones & Company, Inc. All Rights Reserved.
LP
FRANKFURT -- The European Central Bank held interest rates steady on Tuesday and signalled it could cut them next year.

TD
"Inflation is on course to reach our target," the bank's president said at a news conference.

Economists expect the first cut in March.

CO ecb : European Central Bank
NS m12 : Money/Currency News | ecat : Economic News
RE eurz : Europe | frankf : Frankfurt
IPD Economic News
PUB Dow Jones & Company, Inc.
AN Document DJDN000020251104el14000xy
"""


#: A story exported from LexisNexis Academic: the document counter, the header over the headline, labels in capitals, no ``Body`` line, the copyright at the end.
NEXIS_ACADEMIC = """                               1 of 25 DOCUMENTS

                              The Riverton Courier

                           November 4, 2025 Tuesday
                              Late Edition - Final

Senate passes stopgap bill to avert shutdown

BYLINE: By JANE DOE

SECTION: Section A; Column 0; National Desk; Pg. 1

LENGTH: 412 words

DATELINE: WASHINGTON, Nov. 4


The Senate on Tuesday passed a stopgap spending bill that would keep the government open through January.

"This is not the bill any of us wanted," said Senator Mary Major.

House leaders said they would take up the measure on Wednesday.

LOAD-DATE: November 5, 2025

LANGUAGE: ENGLISH

PUBLICATION-TYPE: Newspaper

                   Copyright 2025 The Riverton Courier Company
"""


#: A Dow Jones story exported from Factiva: a desk under the byline, a time alone, the wire's closing lines (contact, ``(END)``, the stamp in two zones).
FACTIVA_DOW_JONES = """Fed Holds Rates Steady, Signals Patience

By Anna Green
Reuters
612 words
4 November 2025
13:12
Dow Jones Institutional News
DJDN
English
Copyright © 2025, Dow Jones & Company, Inc.

WASHINGTON -- The Federal Reserve held interest rates steady on Wednesday.

"We are in no hurry," the Fed chair said at a news conference.

Write to Anna Green at anna.green@example.com

(END) Dow Jones Newswires

November 04, 2025 13:12 ET (18:12 GMT)

Document DJDN000020251104el1400001
"""


#: A newspaper story exported from ProQuest as text: the report's cover, ``Document 1 of 1``, the fields over and under the story, the closing rule.
PROQUEST_NEWSPAPER = """____________________________________________________________

Report Information from ProQuest
November 06 2025 14:02
____________________________________________________________

Document 1 of 1

Harbour bridge to close for repairs

Author: Nakamura, Ken

Publication info: The Bayport Gazette ; Bayport [Bayport]. 05 Nov 2025: A.2.

ProQuest document link

Abstract: The harbour bridge will close for six weeks from January, the city said.

Full text: BAYPORT - The harbour bridge will close for six weeks from January while crews replace its deck, the city said on Wednesday.

"The deck is forty years old and it is tired," said Lena Park, the city engineer.

Drivers will be sent over the north bridge, adding about ten minutes to the trip.

Subject: Bridges; Road closures

Location: Bayport

Title: Harbour bridge to close for repairs

Publication title: The Bayport Gazette; Bayport

Pages: A.2

Publication year: 2025

Publication date: Nov 5, 2025

Section: Local

Publisher: Bayport Gazette Co.

Place of publication: Bayport

Country of publication: United States, Bayport

Publication subject: General Interest Periodicals--United States

Source type: Newspapers

Language of publication: English

Document type: News

ProQuest document ID: 3021098765

Document URL: https://www.proquest.com/newspapers/harbour-bridge/docview/3021098765/se-2

Copyright: Copyright Bayport Gazette Co. Nov 5, 2025

Last updated: 2025-11-06

Database: US Newsstream

____________________________________________________________
"""


#: A story in ProQuest's abridged form (as research corpora keep it): headline, ``ABSTRACT.``, the abstract, ``FULL TEXT.``, the story.
PROQUEST_ABRIDGED = """Mayor vows to fix the buses.

ABSTRACT.

The mayor promised new routes by spring after a year of complaints about late buses.

FULL TEXT.

The mayor promised on Thursday to redraw the city's bus routes by spring, after a year of complaints about late and crowded buses.

"People have waited long enough," the mayor, Rosa Diaz, said at a news conference.

The plan still needs the council's approval.
"""


#: A Nexis Uni export saved as Word and turned into text: the cover page (user, job, listed headlines, search, filters) over the document.
NEXIS_COVER = """User Name: Sam Lee
Date and Time: Thursday, November 6, 2025 9:41:00 AM EST
Job Number: 261234567

Documents (1)
1. Port workers vote to strike

Client/Matter: -None-
Search Terms: port AND strike
Search Type: Terms and Connectors
Narrowed by:
Content Type Narrowed by
News Sources: The Harbor Times; Timeline: Nov 01, 2025 to Nov 06, 2025

Port workers vote to strike

The Harbor Times
November 5, 2025 Wednesday

Copyright 2025 The Harbor Times Inc.

Section: BUSINESS; Pg. B1
Length: 96 words
Byline: Omar Haddad

Body

Port workers voted on Wednesday to strike next week unless talks on pay resume, their union said.

"We have been patient," said Ines Cole, the union's president.

Load-Date: November 6, 2025

End of Document
"""


#: AP's raw feed (ANPA/IPTC 7901 style): the embargo line, the slug line and the
#: note to editors above the headline; the end furniture under the story.
AP_RAW_FEED = (
    "EMBARGOED UNTIL 0001 GMT THURSDAY\n\n"
    "BC-US--Storm-Damage,2nd Ld-Writethru\n\n"
    "Eds: UPDATES with governor's comments. With AP Photos.\n\n"
    "Storm damage tops $2 billion in Gulf states\n\n"
    "By JANE DOE\n"
    "Associated Press\n\n"
    "NEW ORLEANS (AP) \u2014 Damage from Hurricane Lena topped $2 billion, officials said Wednesday.\n\n"
    "The governor said rebuilding the coast would take years.\n\n"
    "___\n\n"
    "Associated Press writer Tom Black in Jackson, Mississippi, contributed.\n\n"
    "AP-WF-11-04-25 1812GMT\n\n"
    "(END)\n\n"
    "Copyright 2025 The Associated Press. All rights reserved. This material may not be "
    "published, broadcast, rewritten or redistributed."
)

AP_RAW_URGENT = (
    "URGENT\n\n"
    "BC-EU--Rail-Strike,Urgent <210 words>\n\n"
    "EDITOR'S NOTE \u2014 This story contains details some readers may find disturbing.\n\n"
    "Rail workers walk out across France\n\n"
    "PARIS (AP) \u2014 Rail workers across France walked off the job Tuesday, halting most "
    "trains into the capital.\n\n"
    "Unions said the strike would last at least two days."
)

AP_RAW_ALERT = (
    "APNewsAlert\n\n"
    "AP-US-Court-Ruling,Correction (95 words)\n\n"
    "Editors: This version corrects the name of the judge in the second paragraph.\n\n"
    "Appeals court blocks new voting map\n\n"
    "ATLANTA (AP) \u2014 A federal appeals court on Friday blocked a new voting map.\n\n"
    "Judge Ann Roe wrote for the panel."
)

REUTERS_BRIEF = (
    "BRIEF-Acme Robotics Q3 revenue rises 12%\n\n"
    "Nov 4 (Reuters) - Acme Robotics Inc:\n\n"
    "* Q3 REVENUE $412 MILLION VERSUS $368 MILLION\n\n"
    "* SEES FY REVENUE ABOVE $1.6 BILLION\n\n"
    "* SAYS ORDERS FROM CAR MAKERS GREW FASTER THAN EXPECTED IN THE QUARTER\n\n"
    "Source text for Eikon: [ID:nABC123]\n\n"
    "Further company coverage: [ACME.O]\n\n"
    "(Bengaluru Newsroom; +1 646 223 8780)"
)

REUTERS_MARKET_REPORT = (
    "US STOCKS-Wall St ends higher as chip stocks rally\n\n"
    "By Jane Doe\n\n"
    "NEW YORK, Nov 4 (Reuters) - Wall Street closed higher on Tuesday as chip makers rallied "
    "after upbeat results.\n\n"
    "The Nasdaq rose 1.2%, its best day in a month.\n\n"
    "(Reporting by Jane Doe in New York; Writing by John Roe; Editing by Ann Poe)\n\n"
    "((jane.doe@example.com; +1 646 555 0142; Reuters Messaging: jane.doe.example.com@reuters.net))\n\n"
    "Keywords: USA STOCKS/\n\n"
    "[ID:nL1N3AB0XY]"
)

#: A story that only mentions an embargo, editors and "Eds": no wire furniture.
WIRE_MENTIONS = (
    "Ministers lift oil embargo\n\n"
    "The embargo on oil exports, in force since March, was lifted on Tuesday, officials said.\n\n"
    "Editors at the state broadcaster said the news was embargoed until the minister spoke.\n\n"
    "Eds and tailors in the port town said trade would pick up quickly."
)

# Raw wire feeds (invented): the furniture around the story in feed dumps.
AFP_FEED = (
    "afp/xx\n\n"
    "US-vote-Senate,2ndlead\n\n"
    "Senate passes stopgap bill\n\n"
    "by Jane Doe\n\n"
    "WASHINGTON, Nov 4, 2025 (AFP) - The Senate passed a stopgap spending bill on Tuesday, "
    "averting a shutdown days before funds ran out.\n\n"
    "The House is expected to vote on Wednesday, aides said.\n\n"
    "jd/sst"
)

ANSA_FEED = (
    "ZCZC0412/SXA\n\n"
    "Italy budget passes Senate\n\n"
    "(ANSA) - ROME, NOV 4 - The Italian Senate passed the budget on Tuesday after a long "
    "debate.\n\n"
    "The vote was 110 to 90, the Senate said. (ANSA).\n\n"
    "NNNN"
)

XINHUA_FEED = (
    "XINHUA-ENGLISH 2025-11-04 18:12\n\n"
    "ROUNDUP: China, Laos sign trade deal\n\n"
    "BEIJING, Nov. 4 (Xinhua) -- China and Laos signed a trade deal on Tuesday, the "
    "commerce ministry said.\n\n"
    "The deal cuts tariffs on farm goods.\n\n"
    "Enditem"
)

UPI_NEWSTRACK = (
    "UPI NewsTrack -- Senate passes stopgap spending bill\n\n"
    "WASHINGTON, Nov. 4 (UPI) -- The Senate on Tuesday passed a stopgap bill, officials said.\n\n"
    "The House votes next week."
)

DPA_AFX = (
    "dpa-AFX: Siemens raises forecast\n\n"
    "MUNICH (dpa-AFX) - Siemens raised its forecast on Tuesday, the company said.\n\n"
    "Shares rose 3 percent in early trading."
)

KYODO_RUN = (
    "==Kyodo\n\n"
    "Japan cabinet approves stimulus\n\n"
    "TOKYO, Nov. 4 Kyodo - Japan's cabinet approved a stimulus package on Tuesday, the "
    "government said.\n\n"
    "The package will go to parliament this month.\n\n"
    "==Kyodo"
)

PRINT_JUMPS = (
    "Council passes budget after long night\n\n"
    "By Jane Doe\n\n"
    "The city council passed the budget early Wednesday after a nine-hour meeting.\n\n"
    "Please see BUDGET, A6\n\n"
    "Continued from A1\n\n"
    "The vote was 5 to 4, with the mayor casting no vote.\n\n"
    "Residents said the meeting ran too long.  B2."
)

#: A Pakistani daily's page: the name and stamps on one line, the credit after a dash, the print line.
DAWN_WEB = """Govt moves to cut power tariffs for export industries

Sana Mirza Published November 4, 2025 Updated 3 hours ago

A grid station on the outskirts of the capital. — APP/File

ISLAMABAD: The federal government on Tuesday approved a proposal to cut electricity tariffs for export-oriented industries by up to Rs4 per unit, officials said.

The decision was taken at a meeting of the Economic Coordination Committee chaired by the finance minister.

According to an official statement, the relief will be funded through savings in the circular debt plan and will remain in place until June next year.

Industry representatives welcomed the move but said it had come late in the fiscal year.

"We have been asking for a competitive tariff for two years," the chairman of a textile exporters' group said.

The committee also approved a supplementary grant for the provinces to cover flood relief costs.

Published in Dawn, November 5th, 2025
"""

#: A Bangladeshi daily's page: the desk label as byline, a two-stamp line, a credit-only photo line, tags.
DAILY_STAR_BD_WEB = """Metro rail to run till midnight from next month

Star Online Report
Tue Nov 4, 2025 09:12 PM Last update on: Tue Nov 4, 2025 09:40 PM

Commuters board a train at Agargaon station. Photo: Star/File

Metro rail services in Dhaka will run until midnight from December 1, the road transport adviser said today.

Speaking to reporters at the secretariat, he said the extended hours would first be tried for three months.

Trains will run every 12 minutes after 9:00pm, he said, adding that more staff would be hired for the late shifts.

The metro line carries nearly four lakh passengers a day, according to the operating company.

Passengers have long demanded longer service hours, especially during the winter months.

Related topic:
Dhaka Metro Rail
"""

#: A Gulf daily's page: the standfirst, "by" on its own line over the name, two stamps, the file photo line.
KHALEEJ_WEB = """UAE announces new rules for freelance visas

Applicants will no longer need a sponsor, officials say

by

Priya Nair

Published: Tue 4 Nov 2025, 4:15 PM

Last updated: Tue 4 Nov 2025, 6:30 PM

KT file photo

Freelancers in the UAE will be able to apply for residency without a local sponsor from January, the federal authority for identity and citizenship announced on Tuesday.

The new rules apply to professionals in more than 80 fields, including media, design and software.

Applicants must show proof of income of at least Dh60,000 a year and valid health insurance.

An official said the change was meant to draw skilled workers to the country.

Stay up to date with the latest news. Follow KT on WhatsApp Channels.
"""

#: A Moscow exile outlet's page: the section over the headline, a date line, the credit after the caption, tags.
MOSCOW_TIMES_WEB = """News

Regional Governor Detained on Bribery Charges

Nov. 4, 2025

Ivan Petrov at a meeting in 2023. kremlin.ru

The governor of a Siberian region has been detained on suspicion of taking bribes worth 40 million rubles, investigators said Tuesday.

The Investigative Committee said the governor had received the money from a construction firm in exchange for state contracts.

He faces up to 15 years in prison if convicted.

The governor's office did not respond to a request for comment.

At least a dozen regional governors have been arrested on corruption charges over the past decade.

Read more about: Corruption, Regions
"""

#: Taiwan's agency in English: the stamp over the dateline, the writers' names in brackets, the end code.
FOCUS_TAIWAN = """Taiwan raises minimum wage 3% from January

11/04/2025 06:15 PM

Taipei, Nov. 4 (CNA) Taiwan's monthly minimum wage will rise 3 percent to NT$29,500 from Jan. 1, the Ministry of Labor said Tuesday after a meeting of its wage review committee.

The hourly minimum wage will also rise to NT$196, the ministry said.

About 2.4 million workers are expected to benefit from the increase, according to ministry estimates.

Employers' groups said the rise would add pressure on small businesses, while labor groups said it was not enough to keep up with rents.

(By Lin Mei-hua and Chen Wei)

Enditem/AW
"""


#: A Pakistani daily's page: a desk for byline, the credit in capitals after the caption, the print line, the social promo.
EXPRESS_TRIBUNE_WEB = """Petrol price cut by Rs5 per litre

Finance ministry cites falling global oil prices

News Desk
November 04, 2025

Motorists queue at a fuel station in Karachi. PHOTO: EXPRESS

KARACHI: The federal government on Tuesday cut the price of petrol by Rs5 per litre for the next fortnight, citing a fall in global oil prices.

The price of high-speed diesel was cut by Rs3 per litre, according to a notification issued by the finance ministry.

The new prices take effect from midnight.

Transporters said the relief was too small to bring down fares, while traders welcomed the move.

The government has kept the petroleum levy unchanged, the notification said.

Published in The Express Tribune, November 5th, 2025.

Like Business on Facebook, follow @TribuneBiz on Twitter to stay informed and join in the conversation.
"""

#: A Philippine site: the deck, the name in capitals, the stamp, a "Photo by" credit, the dash sign-off, the promo.
RAPPLER_WEB = """Government signs law creating disaster resilience department

The new department will take over the functions of several agencies now under the defense department

MARA SANTOS
Published 3:45 PM, November 04, 2025

Rescuers wade through floodwaters in Marikina City. Photo by Leo Cruz/Rappler

MANILA, Philippines – The President on Tuesday, November 4, signed a law creating a Department of Disaster Resilience, ending years of debate in Congress.

The department will take over the functions of the civil defense office and the disaster risk reduction council.

Local governments will be required to set up disaster offices with full-time staff within two years.

Critics said the new department would need a large budget to work.

The law takes effect 15 days after its publication. – Rappler.com

Must Read

How the new department will work
"""

#: A Vietnamese site in English: the byline and stamp on one line, a "Photo by" credit with a slash.
VNEXPRESS_WEB = """Vietnam's exports rise 15% in October

By Hoang Minh   November 4, 2025 | 04:12 pm GMT+7

Containers at Cat Lai port in HCMC. Photo by VnExpress/Quynh Tran

Vietnam's exports rose 15% year-on-year in October to $40 billion, the General Statistics Office said Tuesday.

Electronics and phones made up more than a third of the total.

Imports rose 12% to $37 billion, giving the country a trade surplus of $3 billion for the month.

The U.S. remained the largest buyer of Vietnamese goods, followed by China.
"""

#: A Korean daily in English: the two stamps on one line, the credit in square brackets, the writer's line at the end.
JOONGANG_WEB = """Seoul to expand late-night bus routes from December

Published: 04 Nov. 2025, 17:32 Updated: 04 Nov. 2025, 18:05

A late-night bus waits at a stop in Jongno District, central Seoul, on Monday. [NEWS1]

Seoul will add five late-night bus routes from December to serve workers who finish after the subway closes, the city government said Tuesday.

The new routes will connect the city center with residential districts in the northeast and southwest.

Buses will run every 20 minutes between midnight and 5 a.m.

About 12,000 people a night ride the existing late-night buses, according to the city.

BY PARK JI-WON [park.jiwon@joongang.co.kr]
"""

#: A Chinese state daily's page: the paper as byline, the stamp, a credit-only photo line.
GLOBAL_TIMES_WEB = """Chinese scientists develop new drought-resistant rice

By Global Times
Published: Nov 04, 2025 09:12 PM

Photo: VCG

Chinese scientists have developed a new variety of rice that can survive long periods of drought, according to a research institute in Wuhan.

The variety needs about 30 percent less water than common types, the institute said.

Field trials in three provinces showed yields similar to those of ordinary rice.

The researchers plan to expand the trials next year.
"""


#: A New Zealand site: the deck, the name over a stamp with the time first, the credit on the line under the caption.
STUFF_WEB = """Ferry fares to rise 10% in the new year

Auckland Transport says higher fuel and wage costs are behind the increase

Tessa Grant
05:00, Nov 05 2025

Commuters board a ferry at the downtown terminal.
Ricky Wilson/Stuff

Ferry fares in Auckland will rise by an average of 10% from January 12, Auckland Transport has announced.

The agency said the cost of fuel had risen sharply over the past year, and crews had won a new wage deal in August.

A single adult fare across the harbour will go from $8.20 to $9.

Commuter groups said the rise would push people back into their cars.

Auckland Transport said it would review the fares again in six months.
"""

#: An Australian site: the deck, the name over a handle, the reading time and the stamp, the syndication line.
NEWS_COM_AU_WEB = """Supermarket recalls popular snack over allergy fear

A popular snack sold at a major supermarket chain has been pulled from shelves after traces of peanut were found.

Emma Clarke
@emmaclarke
3 min read
November 4, 2025 - 2:14PM

A popular snack has been recalled from supermarkets across the country after tests found traces of peanut not listed on the label.

The food standards agency said people with a peanut allergy should not eat the product.

Customers can return the snack to the store for a full refund.

The company said it was working with the agency to find out how the mistake happened.

No illnesses have been reported.

Originally published as Supermarket recalls popular snack over allergy fear
"""

#: A British regional site (Reach): the byline with its role over the stamps, a picture credit, a newsletter promo in the body.
MEN_WEB = """Tram services suspended after overhead cable fault

Commuters face delays across the city centre this morning

ByLiam Porter
Reporter
07:45, 4 NOV 2025
Updated08:30, 4 NOV 2025

Trams at St Peter's Square (Image: Manchester Evening News)

Tram services through the city centre have been suspended after a fault with the overhead cables, operators have said.

The problem was reported shortly after 6am on Tuesday.

Engineers are working to fix the fault, but services are not expected to return to normal until the afternoon.

Sign up to our daily newsletter for the latest news here

Replacement buses are running between the main stations, the operator said.

Passengers have been told to allow extra time for their journeys.
"""

#: The British national agency's copy: the byline with the desk, the dateline-less opening, the end code.
PA_MEDIA = """Nurses to vote on fresh strike action over pay

By Helen Marsh, PA Health Correspondent

Nurses in England will be asked to vote on fresh strike action after rejecting the Government's pay offer, their union has announced.

The Royal College of Nursing said the ballot would open next week and run for six weeks.

Its general secretary said members felt "let down" by an offer that did not keep pace with prices.

The Department of Health said the offer was fair and final.

A Government spokesperson said: "We urge the union to call off the ballot and come back to talks."

ENDS
"""

#: An Indian agency's copy: the place and agency in capitals, a glued (IANS) sign-off and the desk's initials.
IANS = """Delhi air quality slips to 'severe' as stubble fires rise

New Delhi, Nov 4 (IANS) The air quality in the national capital slipped into the "severe" category on Tuesday, with an average index of 412, according to the pollution control board.

Thick smog covered large parts of the city in the morning, cutting visibility at the airport.

Officials said the number of farm fires in neighbouring states had risen sharply over the past week.

The city government has banned construction work and asked offices to let staff work from home.

Doctors have advised people with breathing problems to stay indoors.

--IANS

abc/xyz
"""


#: A Canadian national's page: the author's label, the stamp with bullets, the "Article content" markers between paragraphs.
NATIONAL_POST_WEB = """Ottawa to cap international student permits again in 2026

The cap will cut new permits by a further 10 per cent, the immigration minister said

Author of the article:
Tom Blake
Published Nov 04, 2025  •  Last updated 3 hours ago  •  2 minute read

Students walk on a university campus in Toronto. Photo by Jane Roe /The Canadian Press

OTTAWA — The federal government will cut the number of new study permits for international students by a further 10 per cent next year, the immigration minister announced Tuesday.

Article content

The cap will apply to college and university programs, but not to graduate degrees.

Colleges have warned that the limits are already forcing them to cancel programs and lay off staff.

Article content

The minister said the cap was needed to ease pressure on housing and health care.

Provinces will be told their share of permits by the end of the month.
"""

#: A Canadian broadcaster's page: the name with a role and a handle, two weekday stamps, the caption's credit in brackets.
CTV_WEB = """Man charged after police chase ends in crash on Highway 401

Jane Roe
CTVNewsToronto.ca Digital Reporter
@janeroe Contact
Published Tuesday, November 4, 2025 8:15AM EST
Last Updated Tuesday, November 4, 2025 10:02AM EST

A Toronto police cruiser is seen in this file photo. (CTV News Toronto)

A 32-year-old man has been charged after a police chase ended in a crash on Highway 401 early Tuesday morning.

Provincial police said officers tried to stop a vehicle for speeding in Mississauga at about 2 a.m.

The driver fled and later lost control near the Keele Street exit, police said.

No one else was hurt.

The man faces charges of dangerous driving and fleeing police.
"""

#: A US hyperlocal site: the deck, the byline with the staff label, the stamp with ET, the dateline with the state, the newsletter promo.
PATCH_WEB = """Police Seek Driver In Hit-And-Run That Injured Cyclist

Police said the cyclist was taken to a hospital with serious injuries.

By Mark Ellis, Patch Staff
Nov 4, 2025 9:41 am ET

MONTCLAIR, NJ — Police are looking for the driver of a car that struck a cyclist on Bloomfield Avenue on Monday night and drove off.

The cyclist, a 45-year-old man, was taken to a hospital with serious injuries, police said.

Witnesses told officers the car was a dark sedan that headed east after the crash.

Anyone with information is asked to call the police department.

Get more local news delivered straight to your inbox. Sign up for free Patch newsletters and alerts.
"""

#: A Nigerian daily's page: spaces after "By", the ordinal date, the WhatsApp promo.
PUNCH_WEB = """Senate passes N54tn 2026 budget

By  Adebayo Okon
4th November 2025

The Senate on Tuesday passed the N54tn 2026 Appropriation Bill after a clause-by-clause consideration of the report of its appropriations committee.

The bill, which was presented by the President last month, was raised by N1.2tn during the review.

The Senate President said the budget would be sent to the President for assent within the week.

Lawmakers from the minority caucus said the deficit was too large.

Join The PUNCH's official WhatsApp Channel
"""

#: A South African site: the section over the headline, the deck, the stamp with the comment count, the credit in brackets alone, the DM sign-off.
DAILY_MAVERICK_WEB = """SOUTH AFRICA

Regulator approves 12.7% electricity tariff increase for 2026

The energy regulator has approved a smaller increase than the utility asked for, but households will still feel the pinch.

By Thandi Mokoena
04 Nov 2025

The National Energy Regulator on Tuesday approved a 12.7% increase in electricity tariffs from April 2026, well below the 36% the utility had asked for.

The regulator said it had rejected parts of the utility's application because of poor cost controls.

Consumer groups said the increase would still hurt poor households.

The utility said it would study the decision before deciding whether to challenge it in court.

The new tariffs will apply to municipalities from July. DM
"""


#: A Kyiv site in English: "by" in lower case, the stamp with the reading time, the credit in brackets with a slash, the membership promo.
KYIV_INDEPENDENT_WEB = """Russian drone strike on Kharkiv injures 12

by Olena Koval
November 4, 2025 4:12 PM 2 min read

Firefighters work at the site of a drone strike in Kharkiv on Nov. 4, 2025. (State Emergency Service / Telegram)

A Russian drone attack on Kharkiv overnight on Nov. 4 injured 12 people, including two children, the regional governor said.

The drones hit a residential building and a warehouse in the city's north, he said.

Ukraine's air force said it had shot down 48 of the 60 drones launched overnight.

Kharkiv, the country's second-largest city, lies about 30 kilometers from the border.

We've been covering the war since day one. Support independent journalism in Ukraine — become a member today.
"""

#: A Turkish daily in English: the place alone over the stamp, no byline.
HURRIYET_WEB = """Türkiye's inflation eases to 32.9 percent in October

ANKARA
Published November 04 2025 10:30:00

Annual consumer inflation in Türkiye eased to 32.9 percent in October from 33.3 percent in September, the statistics institute said on Nov. 4.

Monthly inflation came in at 2.6 percent, above the forecasts of economists.

Food prices rose 3.1 percent on the month, while housing costs rose 4.2 percent.

The central bank expects inflation to fall to 24 percent by the end of next year.
"""

#: Another Turkish daily: the source line with the agency, the place before the stamp, the agency's photo in brackets.
DAILY_SABAH_WEB = """Turkish central bank cuts key rate by 100 basis points

by DAILY SABAH WITH AA
ISTANBUL Nov 04, 2025 - 2:45 pm GMT+3

The central bank building in Ankara, Jan. 10, 2025. (AA Photo)

The Turkish central bank on Tuesday cut its key interest rate by 100 basis points to 38.5%, in line with market expectations.

The bank said inflation was slowing but that risks remained from food and energy prices.

It was the fourth cut in a row since July.

Economists expect the bank to cut rates again in December.
"""

#: A UAE daily: the section over the headline, the deck, the name over a date, the credit after the caption with a spaced slash.
THE_NATIONAL_WEB = """Economy

UAE non-oil growth hits 5% as tourism booms

Central bank raises its forecast for the year

Jane Roe
Nov 04, 2025

Tourists at a mall in Dubai. The country welcomed more than 10 million visitors in the first half. Pawan Singh / The National

The UAE's non-oil economy grew 5 per cent in the first half of the year, driven by tourism, trade and construction, the central bank said on Tuesday.

The bank raised its growth forecast for the year to 4.8 per cent from 4.5 per cent.

Hotel occupancy in Dubai averaged 78 per cent in the first nine months, according to the tourism department.

The oil sector grew 2 per cent as Opec+ eased output cuts.
"""

#: An Argentine paper in English: the section in capitals, the deck, the credit after a bar, the sign-off with the sources.
BUENOS_AIRES_TIMES_WEB = """ECONOMY

Inflation slows to 2.1% in October, statistics bureau says

The monthly rate was the lowest in four months, but annual inflation remains above 30 percent.

By Lucía Fernández

Shoppers at a market in Buenos Aires. | Photo: NA

Argentina's monthly inflation rate slowed to 2.1 percent in October, the national statistics bureau said on Tuesday.

Food and drink prices rose 1.8 percent, while transport costs rose 3.2 percent.

The government said the figure showed its plan was working.

Annual inflation stood at 31.3 percent.

– TIMES/AFP/NA
"""


#: An RSS reader's copy: the feed's name, the writer and the age on one line between middle dots, the reader's button.
RSS_READER = """Heatwave grips southern Europe as temperatures top 44C

The Planet Post · by Maria Russo · 3h

Temperatures climbed above 44C in parts of southern Italy on Tuesday as a heatwave tightened its grip on southern Europe.

Authorities in Greece closed the Acropolis in the afternoon to protect visitors.

Spain's weather service issued red alerts for four regions.

Forecasters said the heat would last until the weekend.

Visit website
"""

#: A browser's reader view, copied: the site's address, the title, the writer, the reading time.
READER_VIEW = """example-news.com

Heatwave grips southern Europe as temperatures top 44C

Maria Russo

6–8 minutes

Temperatures climbed above 44C in parts of southern Italy on Tuesday as a heatwave tightened its grip on southern Europe.

Authorities in Greece closed the Acropolis in the afternoon to protect visitors.

Spain's weather service issued red alerts for four regions.

Forecasters said the heat would last until the weekend.
"""

#: A search engine's cached copy: the cache notice and its links over the page.
CACHED_PAGE = """This is Google's cache of https://www.example.com/news/bridge-closure. It is a snapshot of the page as it appeared on 3 Nov 2025 14:12:05 GMT. The current page could have changed in the meantime. Learn more.

Full version Text-only version View source

Tip: To quickly find your search term on this page, press Ctrl+F or ⌘-F (Mac) and use the find bar.

Bridge to close for six months of repairs

By Daniel Green

The Main Street bridge will close for six months from January while crews replace its deck, the city said on Monday.

Drivers will be sent on a detour through the industrial park.

The repairs will cost $14 million, most of it from a state grant.

The bridge carries about 20,000 vehicles a day.
"""

#: An archive's capture: the archive's header line over the page.
ARCHIVE_CAPTURE = """The Wayback Machine - https://web.archive.org/web/20251104093000/https://www.example.com/local/bridge-closure

Bridge to close for six months of repairs

By Daniel Green
November 4, 2025

The Main Street bridge will close for six months from January while crews replace its deck, the city said on Monday.

Drivers will be sent on a detour through the industrial park.

The repairs will cost $14 million, most of it from a state grant.

The bridge carries about 20,000 vehicles a day.
"""

#: A news app's share copy: the writer and reading time after a bar, the app's link line, the phone's signature.
APP_SHARE = """Bridge to close for six months of repairs

Daniel Green | 4 min read

The Main Street bridge will close for six months from January while crews replace its deck, the city said on Monday.

Drivers will be sent on a detour through the industrial park.

The repairs will cost $14 million, most of it from a state grant.

The bridge carries about 20,000 vehicles a day.

Read the full story on The Daily Planet app: https://www.example.com/local/bridge-closure

Sent from my iPhone
"""


#: A press release from a distribution site: the dateline with the country and the site, the About section, the contact block, the disclaimer.
EIN_PRESSWIRE = """Acme Robotics opens $50 million plant in Ohio

The plant will employ 300 people by the end of 2026

COLUMBUS, OH, UNITED STATES, November 4, 2025 /EINPresswire.com/ -- Acme Robotics, a maker of warehouse robots, today opened a $50 million plant in Columbus, Ohio.

The plant will build 5,000 robots a year for retailers in North America.

"Ohio gives us the workers and the roads we need," said Jane Roe, chief executive of Acme Robotics.

About Acme Robotics
Acme Robotics makes robots for warehouses and distribution centers.

Jane Roe
Acme Robotics
+1 555-0142
email us here

Legal Disclaimer:
EIN Presswire provides this news content "as is" without warranty of any kind. We do not accept any responsibility or liability for the accuracy, content, images, videos, licenses, completeness, legality, or reliability of the information contained in this article.
"""

#: A football report: the scoreline headline, the stamp with a dotted time, the line-ups under the report.
MATCH_REPORT = """Rovers 3-1 City: Harris double seals derby win

Tom Ellis
Sun 2 Nov 2025 18.30 GMT

Sam Harris scored twice as Rovers beat City 3-1 to move into the top four.

Harris opened the scoring after 12 minutes with a header from a corner.

City levelled before half-time through a penalty, but Harris restored the lead in the 58th minute.

A late goal from the substitute Dan Hill sealed the win.

Rovers: Smith; Jones, Brown, White, Green; Black, Harris, Wood; Taylor (Hill 78), Moore, King.

City: Cole; Hart, Reid, Young, Ward; Bell, Ford, Marsh; Price, Lane, Webb.

Referee: Paul Grant. Attendance: 24,512.
"""

#: A court report: the deck with a colon, the byline with the reporter's beat.
COURT_REPORT = """Man jailed for 12 years over warehouse fire that killed two

Judge says defendant showed no remorse for the deaths of two night-shift workers

By Claire Bennett, Courts Reporter

A man who set fire to a warehouse in which two night-shift workers died has been jailed for 12 years.

Mark Stone, 41, admitted two counts of manslaughter at Leeds Crown Court in September.

The court heard that Stone started the fire after losing his job at the site.

Passing sentence, the judge said Stone had shown no remorse.

The families of the two men said in a statement that no sentence could bring them back.
"""

#: A weather warning page: the warning's label over the headline, the issued stamp, the follow promo.
WEATHER_BULLETIN = """SEVERE WEATHER WARNING

Storm Amy: red warning for wind along western coasts

Issued at: 05:12 AM, Tuesday 4 November 2025

Gusts of up to 90mph are expected along western coasts from Tuesday afternoon, forecasters have warned.

The red warning, the highest level, means there is a danger to life from flying debris.

Ferry services have been cancelled and several schools will close early.

The storm is expected to move away to the north-east on Wednesday morning.

Follow @PlanetWeather on X for the latest warnings.
"""

#: A story with the editor's notes appended: a correction and an update note.
CORRECTED_STORY = """Council delays vote on housing plan

By Sam Patel

The city council on Tuesday delayed a vote on a plan to build 1,200 homes on the former rail yards.

Council members said they needed more time to study the traffic report.

The developer said it was disappointed by the delay.

A new vote is expected in December.

Correction: An earlier version of this article misstated the number of homes in the plan. It is 1,200, not 1,500.

This article was updated on 5 November 2025 to add comment from the developer.
"""


#: An Indian agency's copy: the dateline with (UNI), the end code with the desk's initials and the time.
UNI = """Govt extends free ration scheme for five more years

New Delhi, Nov 4 (UNI) The Union Cabinet on Tuesday approved the extension of the free ration scheme for another five years, benefiting over 80 crore people.

The scheme will cost the exchequer about Rs 11 lakh crore over the period, an official statement said.

The decision was taken at a Cabinet meeting chaired by the Prime Minister.

Opposition parties said the extension was timed for the coming state elections.

UNI XR SB 1812
"""

#: A Russian state agency's English copy: the place in capitals and the agency in brackets, a hyphen.
SPUTNIK = """Russia, China sign agreement on lunar research station

MOSCOW (Sputnik) - Russia and China signed an agreement on Tuesday to build a joint research station on the Moon by 2035, the Russian space agency said.

The station will be powered by a nuclear plant, the agency said.

Other countries will be invited to join the project.

The two countries first announced the plan in 2021.
"""

#: An Italian agency's English service: the place in title case, the date and the agency in brackets.
AGENZIA_NOVA = """Italy: government approves budget law with 18 billion euro package

Rome, Nov 04 (Nova) - The Council of Ministers approved the draft budget law for 2026 on Tuesday, with measures worth about 18 billion euros.

The package includes a cut in income tax for middle earners and new funds for health care.

The draft will now go to Parliament, which must approve it by the end of December.

Opposition parties criticised the plan as too small.
"""

#: A Mexican agency's English copy: two hyphens after the dateline, the desk's initials between slashes at the end.
NOTIMEX = """Mexico's central bank cuts key rate to 7.25%

MEXICO CITY, Nov. 4 (Notimex) -- The Bank of Mexico cut its benchmark interest rate by a quarter point to 7.25% on Tuesday, citing slowing inflation.

The decision by the five-member board was unanimous.

Annual inflation slowed to 3.6% in October, within the bank's target range.

Analysts expect one more cut before the end of the year.

NTX/JRR/MSG
"""

#: A South Atlantic news site: the weekday stamp with UTC, the article and comment links.
MERCOPRESS = """Falklands fishing season opens with record number of licences

Tuesday, November 4th 2025 - 09:12 UTC

Full article 2 comments

The Falkland Islands government has issued a record number of fishing licences for the new squid season, officials said.

Forty-two vessels have been licensed, up from 36 last year.

The squid catch is the islands' main source of revenue.

The season runs until the end of May.
"""


#: A pan-African broadcaster's site: the site as byline with the agency on the next line, the stamp with a day and month.
AFRICANEWS_WEB = """Kenya's parliament approves new tax measures

Africanews
with AP

Lawmakers in Kenya on Tuesday approved new tax measures aimed at raising 150 billion shillings to fund the budget.

The measures include higher taxes on mobile money transfers and betting.

Protesters gathered outside parliament as the vote took place.

The bill now goes to the president for signing.
"""

#: An East African weekly: the weekday date line, the caption's credit after a bar, the byline in capitals under it.
EAST_AFRICAN_WEB = """Tanzania, Kenya agree to end border trade disputes

Saturday November 01 2025

Trucks queue at the Namanga border post. PHOTO | FILE

By JANE NJERI

Tanzania and Kenya have agreed to remove 14 trade barriers that have held up goods at their common border for years.

The agreement was signed by the two trade ministers in Arusha on Friday.

Traders said the barriers had cost them millions of dollars in delays.

The two countries will meet again in three months to review progress.
"""

#: A Ghanaian portal: the section's news of the day and the source line under the headline.
GHANAWEB = """Parliament approves 2026 budget

General News of Tuesday, 4 November 2025

Source: Kofi Mensah, Contributor

Parliament has approved the 2026 budget after a debate that lasted into the early hours of Tuesday.

The Minority walked out before the vote, saying the budget would raise the cost of living.

The Finance Minister said the budget would create jobs and cut the deficit.

The budget now goes to the President for assent.
"""

#: A Tanzanian daily: the weekday date line, the byline, the place with a full stop opening the story.
THE_CITIZEN_TZ = """Bank of Tanzania holds central bank rate at 5.75pc

Tuesday, November 04, 2025

By Alex Mwita

Dar es Salaam. The Bank of Tanzania (BoT) has kept its central bank rate at 5.75 percent for the next quarter, citing stable inflation.

The governor said inflation was expected to remain within the target range of 3 to 5 percent.

The bank also said the economy was projected to grow by 6 percent this year.

Commercial banks have been asked to lower their lending rates.
"""

#: A syndication site: the desk, the place and two stamps between bars, the note on the automated copy.
DEVDISCOURSE = """Chipmaker shares jump after record quarter

Devdiscourse News Desk | New York | Updated: 04-11-2025 21:12 IST | Created: 04-11-2025 21:12 IST

Shares of a chipmaker jumped 8% on Tuesday after it reported record quarterly revenue and raised its forecast.

Revenue rose 35% to $12 billion, driven by demand for data center chips.

The company said it expected revenue of $13 billion in the current quarter.

Analysts had expected $12.4 billion.

(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)
"""


#: A Philippine daily: the labelled byline with the role and handle, the paper's date line, the Read Next and newsletter lines.
INQUIRER_WEB = """Senate approves bill on free college entrance exams

By: Maria Santos - Reporter / @MSantosINQ
Philippine Daily Inquirer / 05:32 AM November 04, 2025

MANILA, Philippines — The Senate on Monday approved on third and final reading a bill that would waive college entrance exam fees for students from poor families.

The bill covers students in the top 10 percent of their graduating class.

Private colleges will be reimbursed by the government for the fees they waive.

The House of Representatives passed its version of the bill in August.

Read Next

Subscribe to our daily newsletter
"""

#: A Malaysian daily: the section and two stamps under the headline, "by" in lower case over a name in capitals, the WhatsApp promo.
THE_STAR_MY_WEB = """Govt to table Budget 2026 on Oct 10

Nation

Tuesday, 04 Nov 2025

12:30 PM MYT

by JOHN LEE

KUALA LUMPUR: The government will table Budget 2026 in the Dewan Rakyat on Oct 10, the Finance Ministry said on Tuesday.

The budget is expected to focus on cost of living and subsidy reform.

The ministry will hold public consultations until the end of the month.

Economists expect the deficit target to be cut to 3.5% of GDP.

Follow us on our official WhatsApp channel for breaking news alerts and key updates!
"""

#: A Thai daily in English: the labelled stamp with a spaced colon, the section and writer labels, the labelled credit in brackets.
BANGKOK_POST_WEB = """Cabinet approves B10bn flood relief package

PUBLISHED : 4 Nov 2025 at 15:12

NEWSPAPER SECTION: News

WRITER: Online Reporters

Flood water covers a road in Ayutthaya on Monday. (Photo: Jane Roe)

The cabinet on Tuesday approved a 10-billion-baht package to help households hit by floods in central provinces.

Each affected household will receive 9,000 baht, the government spokesman said.

Farmers whose crops were destroyed will also receive compensation.

More than 200,000 households have been affected by the floods.
"""

#: A Chinese state daily: the byline, the paper and the stamp between bars, the credit in square brackets with a slash.
CHINA_DAILY_WEB = """Beijing to expand subway network by 100 km

By ZHANG YI | China Daily | Updated: 2025-11-04 07:12

Passengers board a train at a station in Beijing. [Photo/VCG]

Beijing will add 100 kilometers of subway lines by the end of 2027, the city's transport commission said on Monday.

Four new lines and two extensions are under construction.

The city's subway network carried more than 10 million passengers a day last year.

The new lines will serve suburbs in the south and east of the city.
"""

#: A Scottish daily: the byline over the writer's post, the share button, the appeal at the end.
HERALD_SCOTLAND_WEB = """Subway fares to rise by 10p from January

By Euan Reid
Transport Correspondent

Share

Subway fares in Glasgow will rise by 10p from January, the transport authority has confirmed.

A single adult fare will cost £1.95.

The authority said the rise was needed to cover higher energy and staff costs.

Passenger groups said the increase would hit low-paid workers hardest.

Our journalism costs money. Support us by subscribing today.
"""


#: A US TV station's page: the weather widget and the video promo over the story, the station's dateline, the app promo.
LOCAL_TV_WIDGETS = """Crews battle brush fire near Highway 50

73°
Sacramento, CA
Clear

Watch Live

By KXYZ Staff
Published November 4, 2025 5:12 PM PST

SACRAMENTO, Calif. (KXYZ) — Firefighters were battling a brush fire near Highway 50 on Tuesday afternoon, officials said.

The fire had burned about 40 acres by 4 p.m.

Some lanes of the highway were closed as smoke drifted across the road.

No homes were threatened, fire officials said.

Download the KXYZ app for breaking news alerts.
"""

#: A Brazilian site in English: the byline with the date on one line after a dash, the credit after a dash with "Photo:".
BRAZIL_REPORTER_WEB = """Brazil's unemployment falls to record low of 5.6%

By Ana Souza - November 4, 2025

Workers at a car factory in São Paulo. Photo: Agência Brasil

Brazil's unemployment rate fell to 5.6% in the quarter to September, the lowest since records began in 2012, the statistics institute said on Tuesday.

About 103 million people were employed, also a record.

Informal work accounted for 38% of jobs.

Economists said the strong labour market could keep inflation high.
"""

#: An Indonesian daily in English: the name with the paper in brackets, the place and stamp line, the credit in brackets with the paper's initials.
JAKARTA_POST_WEB = """Govt raises minimum wage by 6.5 percent for 2026

Rina Wulandari (The Jakarta Post)

Jakarta ● Tue, November 4, 2025

Workers leave a garment factory in Tangerang. (JP/Seto Wardhana)

The government will raise the provincial minimum wage by 6.5 percent next year, the Manpower Minister announced on Tuesday.

Employers' groups said the increase was too high for labor-intensive industries.

Unions had demanded a rise of at least 10 percent.

Provinces must announce their new wages by Dec. 1.
"""

#: An Irish daily's page: the name over the contact button and the stamp, the newsletter heading at the end.
IRISH_INDEPENDENT_WEB = """Dublin Bus to add 200 electric buses next year

Ciara Byrne
Email

Today at 06:12

Dublin Bus will add 200 electric buses to its fleet next year as part of a plan to cut emissions, the National Transport Authority has said.

The buses will be based at a new depot in the west of the city.

The authority said half the fleet would be electric by 2030.

Unions welcomed the plan but said more drivers were needed.

Independent.ie Newsletters
"""

#: An Australian daily: the deck, the byline over the stamp with a dash and a dotted time, the save and text-size widgets.
THE_AGE_WEB = """Metro tunnel to open three months early

The tunnel will open to passengers on December 1, the premier says.

By Kate Fisher
November 4, 2025 — 5.45pm

Save
Log in, register or subscribe to save articles for later.

Normal text size Larger text size Very large text size

The $13 billion Metro Tunnel will open to passengers on December 1, three months ahead of schedule, the premier said on Tuesday.

The tunnel's five new stations will open on the same day.

Trains will run every 10 minutes at first.

The opposition said the project had gone billions of dollars over budget.
"""


#: A Maltese daily: the deck, the name, the reading time, the stamp with a bar, the labelled credit, the support appeal.
TIMES_OF_MALTA_WEB = """Government announces €50 million plan for Gozo roads

Works to start in spring, minister says

Jane Roe
2 min read
Tue 04 Nov 2025 | 12:35

Works on a road in Gozo. Photo: Jonathan Borg

The government has announced a €50 million plan to rebuild 30 roads in Gozo over the next three years.

The minister said works would start in spring and avoid the summer months.

Business owners have complained about the state of the island's roads for years.

The opposition said the plan came too late.

Independent journalism costs money. Support Times of Malta for the price of a coffee.
"""

#: A Cypriot daily: the staff credit with the date glued on, the Telegram promo.
CYPRUS_MAIL_WEB = """Unemployment drops to 4.5 per cent

By Staff Reporter November 4, 2025

Unemployment in Cyprus fell to 4.5 per cent in the third quarter, the statistics service said on Tuesday.

Youth unemployment fell to 12 per cent from 15 per cent a year earlier.

The number of people in work rose by 9,000.

Economists said tourism and construction had driven the gains.

Follow the Cyprus Mail on Telegram for the latest news.
"""

#: A Jamaican daily: the byline in capitals over the writer's post and address, the weekday date line.
JAMAICA_OBSERVER_WEB = """Power company to raise rates by 3 per cent

BY KAREN BROWN
Observer staff reporter
brownk@example.com

Tuesday, November 04, 2025

The island's power company will raise electricity rates by 3 per cent from December, the utilities regulator said on Monday.

The increase will add about $400 to the average household bill each month.

The regulator said the company had asked for a 6 per cent rise.

Consumer groups said any increase would hurt poor families.
"""

#: A Saudi daily in English: the paper's report credit, the dateline with a dash.
SAUDI_GAZETTE_WEB = """Saudi Arabia launches tourist visa for Gulf residents

Saudi Gazette report

RIYADH — Saudi Arabia has launched a new tourist visa for residents of the other Gulf states, the tourism ministry said on Tuesday.

The visa can be obtained online and is valid for one year.

Holders can stay in the kingdom for up to 90 days.

The ministry said it hoped to attract two million visitors under the scheme.
"""

#: A Jamaican daily: the labelled stamp between bars, the writer and the staff label after a slash.
GLEANER_WEB = """Gov't to spend $2b on school repairs

Published: Tuesday | November 4, 2025 | 12:09 AM

Jane Roe/Staff Reporter

The government will spend $2 billion to repair 120 schools before the next academic year, the education minister said on Monday.

Most of the money will go to roofs, toilets and water tanks.

The minister said the schools had been chosen after an audit.

Teachers' unions welcomed the plan.
"""


#: A story forwarded by e-mail: the mail's header lines over the page's text.
EMAIL_FORWARD = """---------- Forwarded message ---------
From: Tom Roe <tom@example.com>
Date: Tue, Nov 4, 2025 at 9:12 AM
Subject: Fwd: library story
To: <jane@example.com>

Library to extend weekend opening hours

By Nina Patel

The city's main library will open on Sundays from January, the council said on Monday.

The library will open from noon to 5 p.m., funded by a state grant.

Branch libraries will keep their current hours for now.

Library staff said Sunday was the most requested change in a survey last year.
"""

#: A read-it-later export: the title, the page's address and the day it was saved, over the text.
INSTAPAPER_EXPORT = """Library to extend weekend opening hours

https://www.example.com/local/library-hours

Saved Nov 4, 2025

By Nina Patel

The city's main library will open on Sundays from January, the council said on Monday.

The library will open from noon to 5 p.m., funded by a state grant.

Branch libraries will keep their current hours for now.

Library staff said Sunday was the most requested change in a survey last year.
"""

#: A messaging channel's post, copied: the headline with a mark, the link line and the view count.
CHANNEL_POST = """🔴 Library to extend weekend opening hours

The city's main library will open on Sundays from January, the council said on Monday.

The library will open from noon to 5 p.m., funded by a state grant.

Branch libraries will keep their current hours for now.

👉 Read more: https://www.example.com/local/library-hours

12.3K views
"""

#: A Korean daily in English: the labelled stamps with spaced colons between bars, the credit in brackets with a slash.
KOREA_TIMES_WEB = """Seoul to cut subway fares for young adults

Posted : 2025-11-04 17:12 | Updated : 2025-11-04 18:05

Passengers at a subway station in Seoul, Monday. Yonhap

Seoul will cut subway fares for residents aged 19 to 24 by 30 percent from January, the city government said Tuesday.

About 800,000 young adults are expected to benefit.

The discount will be applied automatically to registered transit cards.

The city said the cost would be about 50 billion won a year.
"""

#: A local news app's copy: the app's name, the source and the age over the headline.
NEWS_APP_COPY = """NewsBreak

Springfield Courier · 2h

Library to extend weekend opening hours

The city's main library will open on Sundays from January, the council said on Monday.

The library will open from noon to 5 p.m., funded by a state grant.

Branch libraries will keep their current hours for now.

Library staff said Sunday was the most requested change in a survey last year.
"""


#: Le Monde in English: "Le Monde with AFP", published/updated stamp, reading time, subscribers line.
LE_MONDE_EN_WEB = """France

Paris city council votes to close three more streets to cars

The measure, backed by the mayor's majority, will take effect in the spring.

Le Monde with AFP

Published today at 10:32 am (Paris), updated at 11:05 am

2 min read

Lire en français

The Paris city council on Tuesday approved a plan to close three more streets in the city centre to through traffic.

Residents and delivery vans will still be allowed in, the city said.

Opposition councillors called the vote rushed and said shopkeepers had not been consulted.

Subscribers only

Sign up for our newsletter
"""

#: Politico Europe: listen-to-article line, CET stamp, a newsletter promo at the end.
POLITICO_EU_WEB = """Brussels weighs new rules for short-term rentals

By Jane Doe
March 3, 2025 4:01 am CET

Press play to listen to this article

Voiced by artificial intelligence.

BRUSSELS — The European Commission is weighing new rules for short-term rental platforms, three officials said.

The proposal would require platforms to share booking data with city authorities every month.

A spokesperson for the Commission declined to comment.
"""

#: The Local Sweden: stamped 'Published:' and 'Updated:', TT photo, author line at foot.
THE_LOCAL_SE_WEB = """Sweden to raise minimum age for buying energy drinks

Published: 3 March 2025 10:12 CET
Updated: 3 March 2025 14:40 CET

Energy drinks on a supermarket shelf in Stockholm. Photo: Fredrik Sandberg/TT

The Swedish government plans to ban the sale of energy drinks to under-15s, the health minister said on Monday.

The ban could come into force next year if parliament approves it.

Retailers said many shops already refused to sell the drinks to children.

Share this article
"""

#: Radio Free Europe: a service byline, date line, and the reuse notice at the foot.
RFERL_WEB = """Kyrgyz Court Jails Blogger For Five Years

By RFE/RL's Kyrgyz Service
March 03, 2025 12:41 GMT

BISHKEK -- A court in Kyrgyzstan has sentenced a blogger to five years in prison for calling for mass unrest.

The blogger's lawyer said the verdict would be appealed.

Rights groups have criticized a series of similar cases in recent months.

Copyright (c) 2025. RFE/RL, Inc. Used with the permission of Radio Free Europe/Radio Liberty, 1201 Connecticut Ave NW, Ste 400, Washington DC 20036.
"""

#: Voice of America: a byline over the stamp, a FILE caption, the 'Some information' note.
VOA_WEB = """Flooding displaces thousands in northern Nigeria

By John Smith
March 03, 2025 10:12 AM

FILE - People wade through floodwater in Maiduguri, Nigeria, Sept. 10, 2024.

ABUJA, NIGERIA — Flooding in northern Nigeria has forced thousands of people from their homes, emergency officials said Monday.

Heavy rains over the weekend caused a river to burst its banks.

Aid groups said food and clean water were running short in several camps.

Some information for this report came from The Associated Press and Reuters.
"""

#: Balkan Insight: a standfirst, then the writer, network, place and date between bars.
BALKAN_INSIGHT_WEB = """Serbian Teachers Extend Strike Into Third Week

Teachers' unions say the government has not answered their demands on pay and working conditions.

Jane Doe
BIRN
Belgrade
March 3, 2025
03.03.2025

Teachers protest in front of the education ministry in Belgrade. Photo: BETA/John Roe

Thousands of teachers across Serbia stayed away from classrooms on Monday as a strike over pay entered its third week.

The unions said talks with the education ministry had broken down on Friday.

The ministry said it had offered a pay rise from September.
"""

#: The Kathmandu Post: writer, 'Published at :' and 'Updated at :' stamps, print note at the end.
KATHMANDU_POST_WEB = """Kathmandu valley to get new bus routes

The city plans to add 12 routes linking the ring road with outer municipalities.

John Smith

Published at : March 3, 2025
Updated at : March 3, 2025 06:40

Passengers board a bus in Kathmandu. Post File Photo

The Kathmandu Metropolitan City plans to add 12 new bus routes by the end of the fiscal year, officials said.

The routes will link the ring road with municipalities on the edge of the valley.

Transport operators said they needed subsidies to run buses on the new routes.

A version of this story appears in the print on March 4, 2025, of The Kathmandu Post.
"""

#: Dhaka Tribune: an agency source line, 'Publish :' and 'Update :' stamps with the weekday codes.
DHAKA_TRIBUNE_WEB = """Dhaka metro to run until midnight from next month

UNB

Publish : 03 Mar 2025, 10:12 AM
Update : 03 Mar 2025, 11:00 AM

Passengers wait for a train at a metro station in Dhaka. Photo: Jane Doe/Dhaka Tribune

Metro rail services in Dhaka will run until midnight from next month, the operator said on Monday.

The move follows demand from commuters who work late shifts.

The operator said more trains would be added at peak hours.
"""

#: GMA News: the writer with the network's name, stamps, and the editors' initials at the end.
GMA_NEWS_WEB = """Rice prices expected to ease in April — DA

By JOHN SMITH, GMA Integrated News
Published March 3, 2025 10:12am
Updated March 3, 2025 2:40pm

Rice prices are expected to ease in April as the harvest season begins, the Department of Agriculture said Monday.

The department said imports had also helped keep supply stable.

Retailers in Metro Manila said prices had already started to fall slightly.

—VBL, GMA Integrated News
"""

#: Al-Monitor: a standfirst, the writer alone over the date, a Getty credit in brackets.
AL_MONITOR_WEB = """Jordan signs water deal with Gulf investors

The desalination plant on the Red Sea coast is expected to supply water to Amman by 2029.

Jane Doe
March 3, 2025

A view of the port of Aqaba, Jordan. (Photo by JOHN ROE/AFP via Getty Images)

Jordan signed an agreement on Monday with a group of Gulf investors to build a desalination plant on the Red Sea.

The plant would pump water more than 300 kilometers north to the capital.

Officials said construction would start next year.
"""

#: A PDF e-paper page copied to text: the running head, lines broken at the column
#: width with words hyphenated across them, a jump line at the foot.
EPAPER_PDF = """THE RIVERTON COURIER, TUESDAY, MARCH 4, 2025     A3

County opens new
recycling center

By JANE DOE
Staff Writer

RIVERTON — The county opened
a new recycling center on Mon-
day, the first of three planned
for the region, officials said.

The center will accept glass,
metal and electronics, and will
be open six days a week.

Residents had complained for
years about the distance to the
nearest drop-off site, the coun-
ty's environment director said.

Please see RECYCLING, A6
"""

#: A text-to-speech transcript of an article: the player's notes around the story.
TTS_TRANSCRIPT = """This audio is auto-generated. Please let us know if you have feedback.

City to plant 10,000 trees by 2030

By Jane Doe

The city will plant 10,000 trees by 2030 under a plan approved on Monday, the mayor said.

Most of the trees will go along streets in neighbourhoods with little shade.

The plan will cost about $4 million over five years.

Thank you for listening.
"""

#: A LinkedIn article pasted: the writer's name twice (the avatar's alt text), title, stamp, buttons.
LINKEDIN_ARTICLE = """Why our newsroom moved to a four-day week

Jane Doe
Jane Doe

Managing Editor at The Riverton Courier

Published Mar 3, 2025

+ Follow

Six months ago our newsroom moved to a four-day week without cutting pay.

Output did not fall, and sick days dropped by a third.

We still have problems with weekend coverage, which we are working on.

Like
Comment
Share

42 · 5 comments
"""

#: A Medium repost: subtitle, the writer, the follow button, reading time and date, the player's buttons.
MEDIUM_REPOST = """How a small town saved its local paper

Readers bought shares in the paper when its owner put it up for sale

Jane Doe

Follow

5 min read
·
Mar 3, 2025

--

Listen

Share

When the owner of the Riverton Courier put the paper up for sale last year, nobody expected the readers to buy it.

More than 800 residents bought shares, raising enough to keep the paper going.

The paper now prints twice a week and has hired two reporters.

This story was originally published in The Riverton Courier.
"""

#: A local paper's Facebook post copied: the page's name and age, the post, the reaction counts and buttons.
FACEBOOK_POST = """Riverton Courier
3h ·

Main Street bridge to close for repairs

The Main Street bridge will close for six months from January while crews replace its deck, the city said on Monday.

Drivers will be sent on a detour through the industrial park.

Read more at rivertoncourier.example.com

152 reactions · 23 comments · 14 shares

Like
Comment
Share
"""

#: The Diplomat: sections between bars, a standfirst, an advert slot, a credit
#: after 'Credit:' under the picture, the author box at the end.
THE_DIPLOMAT_WEB = """Southeast Asia | Politics | Southeast Asia

Vietnam's Parliament Approves Merger of Provinces

The move will cut the number of provinces by nearly half.

By Jane Doe
March 03, 2025

Advertisement

The National Assembly building in Hanoi. Credit: Depositphotos

Vietnam's parliament on Monday approved a plan to merge dozens of provinces, cutting their number by nearly half.

The government says the merger will reduce the cost of local administration.

Critics say the plan was approved with little public debate.

Authors

Guest Author

Jane Doe

Jane Doe is a journalist based in Hanoi.
"""

#: Caixin Global: a stamp with a GMT offset, the audio player's clock, a bare credit
#: under the picture, the contact line and the app promos at the end.
CAIXIN_WEB = """Chinese Carmakers Cut Prices Again as Demand Slows

By Jane Doe and John Smith
Published: Mar. 3, 2025  6:40 p.m. GMT+8

00:00 / 00:00

Cars wait to be loaded at a port in Shanghai. Photo: VCG

Several Chinese carmakers cut prices again this week as demand for new cars slowed, dealers said.

The cuts follow a price war that has squeezed profits across the industry.

Analysts expect more consolidation among smaller brands this year.

Contact reporter Jane Doe (janedoe@example.com) and editor John Roe (johnroe@example.com)

Download our app to receive breaking news alerts and read the news on the go.

Get our weekly free Must-Read newsletter.
"""

#: ABS-CBN News: the writer and network, 'Posted at ... | Updated as of ...', a
#: caption credited to the network's files, a report credit at the end.
ABS_CBN_WEB = """Manila to close school for repairs after quake

Jane Doe, ABS-CBN News

Posted at Mar 03 2025 10:12 AM | Updated as of Mar 03 2025 11:40 AM

Students leave a school in Manila. Jane Doe, ABS-CBN News/File

MANILA — A public school in Manila will close for two weeks for repairs after Sunday's earthquake, city officials said Monday.

Engineers found cracks in two of its buildings.

Classes will move online while the repairs are done.

— With a report from John Smith, DZMM
"""

#: Middle East Eye: a standfirst, the writer alone, a GMT stamp, an agency credit
#: in brackets, the note on the other edition.
MIDDLE_EAST_EYE_WEB = """Egypt raises fuel prices for second time this year

Government says the rise is needed to meet the terms of an IMF loan

Jane Doe
3 March 2025 10:12 GMT

A petrol station in Cairo on 3 March 2025 (Reuters)

Egypt raised fuel prices on Monday for the second time this year, the petroleum ministry said.

The price of the most common grade of petrol rose by 10 percent.

Economists said the rise would push up inflation in the coming months.

This article is available in French on Middle East Eye French edition.
"""

#: Daily Nation live updates: a live label in the headline, the network under the
#: byline, posts under their times.
NATION_LIVE_WEB = """LIVE: Treasury reads budget statement

By Jane Doe
Nation Media Group

Updated Mar 03, 2025

4:12 pm

The Treasury Cabinet Secretary has risen to read the budget statement in Parliament.

4:05 pm

MPs are taking their seats ahead of the reading.

3:50 pm

Security has been stepped up around Parliament Buildings.
"""


#: El País English edition: section, standfirst, the writer in capitals, the place
#: and the stamp on one line, the newsletter call at the end.
EL_PAIS_EN_WEB = """INTERNATIONAL

Spain's Congress approves housing bill

The law caps rent increases in areas declared under stress

JANE DOE

Madrid - Mar 03, 2025 - 10:12 CET

Spain's Congress approved a housing bill on Monday that caps rent increases in areas where prices have risen fastest.

The bill passed with the votes of the governing coalition and its partners.

Landlords' associations said the law would reduce the supply of rental homes.

Sign up for our weekly newsletter to get more English-language news coverage from EL PAÍS USA Edition
"""

#: Euractiv: the writer and the outlet between a bar, the reading time and the
#: date, the content-type label and its note, the editors' note at the end.
EURACTIV_WEB = """Brussels plans new rules on packaging waste

By Jane Doe | Euractiv

Est. 4min

03-03-2025

Content-Type: News

The European Commission will propose new rules on packaging waste next month, according to a draft seen by Euractiv.

The draft would set binding targets for reusable packaging by 2030.

Industry groups have lobbied against the targets.

[Edited by John Roe]
"""

#: A Los Angeles Times scrape: standfirst, the writer's title line, the stamp, the
#: share buttons, and the 'Subscribers are reading' list after the story.
LA_TIMES_WEB = """California lawmakers approve wildfire insurance bill

The bill would require insurers to offer coverage in high-risk areas.

By Jane Doe
Staff Writer

March 3, 2025 5:00 AM PT

Share

Share via Close extra sharing options

California lawmakers on Monday approved a bill that would require insurers to offer policies in areas at high risk of wildfires.

Insurers said the bill would push premiums higher for all homeowners.

The governor has not said whether he will sign it.

Subscribers are reading

More to Read
"""


#: A USA TODAY page: the writer over the paper's name, the contributor line and the bio with an e-mail.
USA_TODAY_WEB = """Airlines cancel hundreds of flights as storm hits Northeast

Jane Doe
USA TODAY

Travelers faced long lines at airports on Tuesday as a winter storm swept across the Northeast.

More than 900 flights were canceled nationwide by midafternoon, according to a flight tracking site.

Airlines issued travel waivers for passengers flying through Boston, New York and Philadelphia.

Contributing: John Roe, USA TODAY

Jane Doe is a travel reporter for USA TODAY. Reach her at jdoe@usatoday.com.
"""

#: A Gannett local paper: the stamp with its update after a bar, the bio with a handle.
GANNETT_LOCAL_WEB = """County approves new budget with property tax increase

Jane Doe
The Springfield Courier

Published 5:04 a.m. ET Nov. 5, 2025 | Updated 9:12 a.m. ET Nov. 5, 2025

SPRINGFIELD — The county commission approved a $210 million budget on Tuesday that raises property taxes by 2%.

Commissioners said the increase would pay for road repairs and new deputies at the sheriff's office.

Two commissioners voted against the budget, saying residents could not afford the increase.

Jane Doe covers local government for The Springfield Courier. Contact her at jdoe@courier.com or follow her on X @janedoe.
"""

#: A McClatchy paper: the update stamp, the first-published note, related stories from the paper.
MCCLATCHY_WEB = """Heat wave sends dozens to hospitals across Central Valley

By Jane Doe

Updated November 04, 2025 6:12 PM

Share

Dozens of people were treated for heat illness across the Central Valley on Monday as temperatures climbed past 105 degrees.

Officials opened cooling centers in six cities and urged residents to check on elderly neighbors.

The heat is expected to ease by the weekend, forecasters said.

This story was originally published November 4, 2025 at 6:00 PM.

Related stories from Fresno Bee
"""

#: A Tribune paper: the byline and the paper after a bar, stamps in capitals.
TRIBUNE_WEB = """Chicago aldermen back plan to expand bike lanes

By Jane Doe | Chicago Tribune

PUBLISHED: November 4, 2025 at 5:00 AM CST | UPDATED: November 4, 2025 at 8:15 AM CST

Chicago aldermen on Monday backed a plan to add 50 miles of protected bike lanes over the next three years.

The plan now goes to the full City Council for a vote later this month.

Cycling groups praised the vote but said the city must move faster.

Originally Published: November 4, 2025 at 5:00 AM CST
"""

#: A New Yorker page: the dek, the print-edition note, the writer's line.
NEW_YORKER_WEB = """The Weight of the River

A small town on the Mississippi reckons with a century of floods.

By Jane Doe

November 3, 2025

The river came up again in April, as it does most years, and the town did what it always does.

Residents stacked sandbags along Front Street and moved furniture to second floors.

This time the levee held, but few people expect it to hold forever.

Published in the print edition of the November 10, 2025, issue, with the headline "High Water."

Jane Doe is a staff writer at The New Yorker.
"""

#: A Wired page: the writer, the section and the stamp over the headline.
WIRED_WEB = """Jane Doe
Business
Nov 4, 2025 6:00 AM

The Battery Startup That Wants to Replace Lithium

A small company says its sodium cells can power cars for half the cost. Carmakers are starting to listen.

Photograph: Jane Roe/Getty Images

A startup in Nevada says it has built a sodium-ion battery that costs half as much as the lithium cells in most electric cars.

The company has signed deals with two carmakers to test the cells next year.

Analysts said the technology still has to prove it can last as long as lithium batteries.

Comments

Back to top
"""

#: A ProPublica story republished: the origin note over the story, the newsroom's note under it.
PROPUBLICA_REPUBLISH = """How a State Program Left Thousands Without Dental Care

by Jane Doe

This article was originally published by ProPublica.

Thousands of children enrolled in a state health program went without dental care for years because few dentists accepted the coverage.

Records show that in some counties no dentist took new patients from the program at all.

State officials said they were raising payment rates to draw more dentists.

ProPublica is a Pulitzer Prize-winning investigative newsroom. Sign up for The Big Story newsletter to receive stories like this one in your inbox.
"""

#: A Texas Tribune story republished: the origin link and the newsroom's note.
TEXAS_TRIBUNE_REPUBLISH = """Texas lawmakers approve school funding boost

BY JANE DOE, THE TEXAS TRIBUNE

AUSTIN — Texas lawmakers on Monday approved a $5 billion increase in public school funding after months of talks.

The bill raises the basic allotment per student for the first time since 2019.

Teachers groups said the increase was welcome but still too small.

This article originally appeared in The Texas Tribune at https://www.texastribune.org/2025/11/04/school-funding/.

The Texas Tribune is a member-supported, nonpartisan newsroom informing and engaging Texans on state politics and policy. Learn more at texastribune.org.
"""

#: A CalMatters story republished: the writer and the newsroom after a comma.
CALMATTERS_REPUBLISH = """California expands free school meals to summer

Jane Doe, CalMatters

November 4, 2025

California will pay for free meals for students during the summer break under a law signed on Monday.

The program will cost about $90 million a year, according to state estimates.

School districts must apply by March to take part.

This article was originally published on CalMatters and was republished under the Creative Commons Attribution-NonCommercial-NoDerivatives license.
"""

#: A STAT page: the reprints button, the author box (heading, name, title, e-mail).
STAT_WEB = """FDA approves first gene therapy for rare muscle disease

By Jane Doe

Nov. 4, 2025

Reprints

The Food and Drug Administration on Tuesday approved the first gene therapy for a rare muscle-wasting disease that affects about 5,000 Americans.

The one-time treatment will cost $2.9 million, its maker said.

Patient groups welcomed the approval but raised concerns about access.

About the Author
Reprints
Jane Doe
Biotech Correspondent
jane.doe@statnews.com
"""

#: A Chalkbeat page: the stamp in the byline's block, the newsroom's note and the bio.
CHALKBEAT_WEB = """Denver school board votes to close three elementary schools

By Jane Doe
Nov 4, 2025, 7:12pm MST

The Denver school board voted Monday to close three elementary schools next year because of falling enrollment.

Parents at the schools urged the board to wait another year.

The district will offer bus service to students who must move to new schools.

Chalkbeat is a nonprofit news site covering educational change in public schools.

Jane Doe is a reporter for Chalkbeat Colorado. Contact Jane at jdoe@chalkbeat.org.
"""

#: An Athletic page: the photo credit alone, the writer's line.
ATHLETIC_WEB = """Why the Giants' rebuild is ahead of schedule

By Jane Doe
Nov 4, 2025

The Giants were supposed to spend this season losing games and collecting draft picks.

Instead they are 6-3 and leading their division after a win on Sunday.

Their young quarterback has thrown 14 touchdowns and only three interceptions.

(Photo: Jane Roe / Getty Images)

Jane Doe is a staff writer for The Athletic covering the New York Giants.
"""

#: An ESPN page: the writer's title after the name, the AP information line.
ESPN_WEB = """Rangers beat Astros in extra innings

Jane Doe, ESPN Staff Writer
Nov 4, 2025, 11:42 PM ET

Close

ARLINGTON, Texas -- Marcus Lee hit a two-run homer in the 11th inning as the Rangers beat the Astros 6-4 on Tuesday night.

The win moved the Rangers within two games of first place.

Houston has lost four straight games.

Information from The Associated Press was used in this report.
"""

#: A Variety page: Popular on Variety and the topics under Read More About.
VARIETY_WEB = """Studio Sets Summer Release for Space Sequel

By Jane Doe

November 4, 2025 9:00am PT

The studio has set a July release for the sequel to last year's space adventure hit, it said on Tuesday.

The original film earned $680 million worldwide.

Most of the cast is expected to return, though contracts are still being negotiated.

Popular on Variety

Read More About:
Box Office, Sequels, Summer Movies
"""

#: A Billboard page: a numeric date, the newsletter box and its button.
BILLBOARD_WEB = """Singer's New Album Debuts at No. 1

By Jane Doe
11/4/2025

A singer's new album opened at No. 1 on the chart this week with 210,000 equivalent album units, according to data released Sunday.

It is the singer's third No. 1 album.

The album's lead single also climbed into the top 10 of the songs chart.

Get weekly rundowns straight to your inbox

Sign Up
"""

#: A MarketWatch page: two stamps over the byline.
MARKETWATCH_WEB = """Stocks close higher as tech rally resumes

Last Updated: Nov. 4, 2025 at 4:32 p.m. ET
First Published: Nov. 4, 2025 at 9:35 a.m. ET

By Jane Doe

U.S. stocks closed higher on Tuesday as shares of big technology companies recovered from last week's selloff.

The S&P 500 rose 0.9% and the Nasdaq Composite gained 1.4%.

Treasury yields edged lower ahead of a key jobs report on Friday.

Jane Doe is a MarketWatch reporter based in New York.
"""

#: A CNBC page: two stamps, the writer's handle, the key points, WATCH LIVE.
CNBC_WEB = """Retail sales rise more than expected in October

Published Tue, Nov 4 2025 8:45 AM EST
Updated Tue, Nov 4 2025 10:12 AM EST

Jane Doe
@JaneDoeCNBC

Key Points
Retail sales rose 0.6% in October.

Retail sales rose 0.6% in October, more than economists had forecast, the Commerce Department said Tuesday.

Spending at restaurants and online stores led the gains.

The data suggest consumers are still spending despite high borrowing costs.

WATCH LIVE
"""

#: A Forbes contributor page: the writer's role and tagline under the name.
FORBES_CONTRIBUTOR_WEB = """Why Small Businesses Are Slow To Adopt AI

Jane Doe
Contributor
I write about small business and technology.

Nov 4, 2025, 07:00am EST

Small businesses have been slower than large companies to use artificial intelligence tools, a new survey found.

Only 18% of firms with fewer than 50 workers said they used such tools regularly.

Cost and a lack of training were the most common reasons given.

Follow me on LinkedIn.

Jane Doe
Editorial Standards
Reprints & Permissions
"""

#: A Business Insider page: the stamp, share and save buttons, Read next.
BUSINESS_INSIDER_WEB = """Tech companies are quietly cutting middle managers

Jane Doe
Nov 4, 2025, 5:00 AM ET

Share

Save

Tech companies are cutting layers of middle management as they try to move faster and save money.

Several large firms have reduced the number of managers by 10% or more this year.

Workers say the changes have left the remaining managers with larger teams.

Read next
"""

#: A page of The Hill: the byline and stamp after a dash, the copyright note.
THE_HILL_WEB = """Senate passes stopgap bill to avert shutdown

by Jane Doe - 11/04/25 9:12 PM ET

The Senate on Tuesday passed a stopgap spending bill to keep the government open through January.

The bill now goes to the House, which is expected to vote on Wednesday.

Lawmakers from both parties said they hoped to finish full-year spending bills before the new deadline.

Copyright 2025 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.
"""

#: An NPR member station's page: the station before the byline, the audio button.
NPR_MEMBER_WEB = """State lawmakers weigh limits on rent increases

KXYZ | By Jane Doe
Published November 4, 2025 at 5:00 AM CST

Listen • 3:52

State lawmakers are considering a bill that would cap yearly rent increases at 7% for most apartments.

Tenant groups say the cap would keep families in their homes.

Landlords say it would discourage new building.

Copyright 2025 KXYZ
"""

#: A PBS NewsHour page: the tabs and the underwriting line.
PBS_NEWSHOUR_TRANSCRIPT = """Wildfire smoke raises health concerns across the West

Nov 4, 2025 6:40 PM EST

Transcript
Audio

Wildfire smoke has spread across much of the West this week, prompting health warnings in five states.

Doctors say people with asthma and heart disease should stay indoors when the air is bad.

Officials expect the smoke to linger until rain arrives next week.

Support Provided By: Learn more
"""

#: A Canadian Press story on a regional paper's page: the source line and its closing note.
CP_REGIONAL_WEB = """Ottawa announces new funding for rural internet

The Canadian Press
Published Nov 04, 2025  •  2 minute read

OTTAWA — The federal government announced $300 million on Tuesday to extend high-speed internet to rural communities.

The money will connect about 60,000 homes by 2027, the minister said.

Opposition critics said the program has repeatedly missed its targets.

This report by The Canadian Press was first published Nov. 4, 2025.
"""

#: A Belfast Telegraph page: today's time, the newsletter promo.
BELFAST_TELEGRAPH_WEB = """Stormont agrees new plan to cut hospital waiting lists

Jane Doe

Today at 18:12

Stormont ministers have agreed a new plan to cut hospital waiting lists, which are the longest in the UK.

The plan will see more operations carried out at weekends.

Health unions welcomed the plan but warned that staff shortages remain.

Get the latest news from the Belfast Telegraph delivered to your inbox
"""

#: A Scotsman page: the ordinal date in the stamp, the comments button.
SCOTSMAN_WEB = """Edinburgh tram extension gets green light

By Jane Doe
Published 4th Nov 2025, 14:12 GMT

Councillors have approved plans to extend Edinburgh's tram line to the north of the city.

Construction is expected to start in 2027 and take four years.

Opponents said the money should be spent on buses instead.

Comments
"""

#: An Evening Standard page: the date alone, the sign-up line.
EVENING_STANDARD_WEB = """Tube strike to go ahead next week, union confirms

Jane Doe
4 November 2025

Tube workers will strike next week after talks over pay broke down, the union has confirmed.

Most lines are expected to be closed for two days.

Transport for London urged passengers to work from home if they can.

Sign up for exclusive newsletters, comment and virtual events
"""

#: A Metro page: the share links and the news desk's e-mail line.
METRO_UK_WEB = """Man rescued after getting stuck in mud for six hours

Jane Doe
Published November 4, 2025 6:12pm

Share this article via facebook
Share this article via twitter

A man was rescued after spending six hours stuck in mud on a beach in Somerset.

Coastguard teams used boards to reach him as the tide came in.

He was taken to hospital as a precaution.

Get in touch with our news team by emailing us at webnews@metro.co.uk.
"""

#: A Mirror page: the writer's title, the time before the date, the story-tip line.
MIRROR_WEB = """Gran, 92, completes charity skydive for hospice that cared for husband

By Jane Doe
News Reporter
18:12, 4 Nov 2025

A 92-year-old grandmother has completed a charity skydive to raise money for the hospice that cared for her late husband.

She raised more than £8,000 for the hospice.

Staff at the hospice said she was an inspiration.

Do you have a story to share? Email us at yourstory@mirror.co.uk
"""

#: A PA Media story on a local UK paper's page: the correspondent after a comma, PA alone at the end.
PA_LOCAL_UK = """Rail fares to rise by 4.6% in March

By Jane Doe, PA Transport Correspondent

Rail fares in England will rise by 4.6% in March, the Government has announced.

The increase is below inflation for the first time in three years.

Campaigners said passengers were still paying too much for unreliable services.

PA
"""

#: A New Zealand local-democracy story: the reporter's title, the scheme's note.
NEWSROOM_NZ_WEB = """Councils warn of rates rises as water costs mount

Jane Doe
Local Democracy Reporter

Councils across the country are warning of rates rises of 10% or more as the cost of water upgrades mounts.

Several mayors said they had no choice but to pass the costs on to ratepayers.

The Government said it was working with councils on new ways to pay for the upgrades.

Local Democracy Reporting is Public Interest Journalism funded through NZ On Air.
"""

#: A gov.uk press release: the type over the headline, the summary, the From: block.
GOV_UK_PRESS_RELEASE = """Press release
New funding to tackle potholes announced

Councils will receive an extra £500 million to repair local roads, the Transport Secretary has announced.

From:
Department for Transport and The Rt Hon Jane Doe MP
Published
4 November 2025

The money will be shared between councils in England according to the length of their road networks.

Councils must publish how they spend the money on their websites.

The Transport Secretary said the funding would fix millions of potholes.
"""

#: A US Attorney's Office release: the type, the date, the status and the issuer under it.
DOJ_PRESS_RELEASE = """Press Release

Springfield Man Sentenced to 10 Years for Fraud Scheme

Tuesday, November 4, 2025

For Immediate Release

U.S. Attorney's Office, Central District of Illinois

SPRINGFIELD, Ill. – A Springfield man was sentenced today to 10 years in federal prison for running a fraud scheme that cost investors $4 million.

The man pleaded guilty in June to wire fraud.

The case was investigated by the FBI.

Updated November 4, 2025
"""

#: A UN News page: the date and the topic on one line.
UN_NEWS_WEB = """Millions face hunger as aid funding falls, UN warns

4 November 2025  Humanitarian Aid

Millions of people face hunger next year because aid funding has fallen sharply, UN agencies warned on Tuesday.

The World Food Programme said it had cut rations in eight countries.

Agencies appealed to donors to fill the gap before the lean season.
"""

#: A university press office's release: the date, the writer's office, the media contact.
UNIVERSITY_PRESS_WEB = """Researchers find new way to recycle plastic waste

November 4, 2025

By Jane Doe, University Communications

Researchers at Springfield University have found a way to turn mixed plastic waste into fuel using less energy.

The method uses a new catalyst that works at lower temperatures.

The team hopes to test the process at a larger scale next year.

Media contact: John Roe, jroe@springfield.edu
"""

#: An AP fact check: the FACT FOCUS label, the effort note.
AP_FACT_CHECK = """FACT FOCUS: Video does not show ballots being destroyed

By JANE DOE
Updated 4:12 PM EST, November 4, 2025

A video shared widely online claims to show election workers destroying ballots. It does not.

The video shows workers shredding sample ballots that were printed by mistake, county officials said.

The county posted a statement explaining the video on Monday.

This is part of AP's effort to address widely shared misinformation, including work with outside companies and organizations to add factual context to misleading content that is circulating online.
"""

#: A morning newsletter by e-mail: a one-word section, the sign-off and the small print.
MORNING_NEWSLETTER = """Good morning. Here's what you need to know today.

Markets

Stocks rose on Tuesday as investors bet that interest rates will fall early next year.

Oil prices slipped after a report showed supplies rising.

That's it for today.

You are receiving this email because you signed up for our newsletter. Unsubscribe | Update your preferences
"""

#: A plain-text e-mail edition hard-wrapped at 72 columns: the links longer than
#: the wrap on lines of their own, one paragraph a line and paragraphs wrapped.
PLAINTEXT_EMAIL_EDITION = """View this email in your browser:
https://harborledger.example.com/newsletters/daily/2025-11-04?utm_source=email&utm_medium=plaintext

City council approves ferry terminal sale after decade-long fight

By Maria Lund
Staff Writer

PORTLAND, Maine -- The city council voted 6-3 on Monday night to sell
the old ferry terminal on the east quay to a local developer, ending a
dispute that has split the waterfront for most of a decade.

The building has stood empty since the last crossing to the islands in
2016. Its roof leaks, and an engineer's report commissioned by the
city put the cost of repairs at more than $4 million.

"We have talked about this long enough," said Councilor Ann Briggs,
who voted for the sale. "Now somebody else can make something of it."

Opponents had asked for another year to raise money for a maritime
museum. The full report is on the city's website at
https://www.portland.example.gov/DocumentCenter/View/48812/Ferry-Terminal-Condition-Assessment-Final
and runs to 212 pages.

The sale is expected to close in March.

You are receiving this email because you subscribed to the Morning
Edition. Unsubscribe:
https://harborledger.example.com/u?id=7f3c9a2e81&list=morning&token=ab39ff0021c7de

(c) 2025 The Harbor Ledger. All rights reserved.
"""

#: A read-later app's copy: the site's address and the link to the original.
POCKET_EXPORT = """Mayor unveils plan to plant 100,000 trees

example-news.com

Jane Doe

The mayor unveiled a plan on Tuesday to plant 100,000 trees across the city over ten years.

The trees will be planted mostly in neighborhoods with little shade.

The city will pay for the program with federal grants.

View Original
"""

#: A print edition copied from a PDF: words hyphenated over the column's line breaks, the running head.
PDF_PRINT_EDITION = """Water rates to rise 8 percent

By Jane Doe
Staff Writer

The city's water rates will rise 8 percent next year under a plan ap-
proved Tuesday by the utility board.

The increase will pay for new pipes in older neighbor-
hoods, officials said.

Board members said the increase could not be delayed.

THE DAILY PLANET, WEDNESDAY, NOVEMBER 5, 2025      A5
"""

#: A CNN live page: post headings with their time stamps and From CNN's lines.
CNN_LIVE_POSTS = """Live updates: Storm batters Gulf Coast

By Jane Doe, CNN

Updated 4:15 p.m. ET, Tue November 4, 2025

Residents told to stay indoors

3:42 p.m. ET

From CNN's Jane Doe and John Roe

Officials in Mobile County urged residents to stay indoors as winds picked up through the afternoon.

Shelters are open at three high schools, the county said.

Power outages top 200,000

12 min ago

From CNN's Mark Smith

More than 200,000 customers were without power across the region, according to utility figures.

Crews will not start repairs until the winds ease, the utility said.
"""

#: A Guardian Australia live page: the topic before live:, post headings under their times.
GUARDIAN_AU_LIVE = """Australia news live: Senate passes climate bill

Jane Doe

Tue 4 Nov 2025 14.12 AEDT

Key events

14.05 AEDT

Senate passes bill

The Senate has passed the climate bill after a late-night debate, with the support of the Greens.

The bill now returns to the House for final approval.

13.40 AEDT

Opposition vows to repeal

The opposition leader said a future government would repeal the law within its first year.
"""

#: An NDTV page: skip link, the section over the headline, the deck, the
#: reporter and editor line, stamps and buttons, the place alone with a colon.
NDTV_WEB = """Skip to main content

India News

Parliament Clears Bill To Tighten Rules For Cooperative Banks

The bill was passed by a voice vote after a brief debate in the Rajya Sabha on Tuesday.

Reported by Ananya Sharma, Edited by Rohit Verma

Updated: November 04, 2025 8:12 pm IST

Read Time: 3 mins

Share

New Delhi: The Rajya Sabha on Tuesday passed a bill that gives the Reserve Bank of India wider powers over cooperative banks, weeks after two such lenders collapsed in western India.

The bill lets the central bank replace the boards of troubled lenders and order audits at short notice.

Opposition members walked out before the vote, saying the law would weaken state governments.

The minister said depositors would be the first to benefit from closer oversight.

Track Latest News Live on NDTV.com and get news updates from India and around the world
"""

#: A Hindustan Times page: the section, the deck, the byline with the city,
#: the stamp, share buttons and the closing promo.
HINDUSTAN_TIMES_WEB = """India News

Centre extends free ration scheme by five years

The scheme covers about 800 million people and will cost the exchequer an estimated Rs 11 lakh crore over the period, officials said.

By Priya Menon, New Delhi
Nov 04, 2025 08:12 PM IST

Share Via
Copy link

The Union Cabinet on Tuesday approved a five-year extension of the free food grain scheme for poor households, the food minister told reporters.

Under the scheme, each eligible person receives five kilograms of rice or wheat a month at no cost.

Economists said the extension would add to the fiscal burden at a time when the government is trying to narrow its deficit.

Get Latest India News along with Latest News and Top Headlines from India and around the world.
"""

#: A Channel NewsAsia page: the writer over two stamps, the buttons, the
#: place in capitals with a colon, and the source line with the desk's initials.
CNA_WEB = """Singapore

MRT line to close early on Sundays for three months for track works

Trains on the line will stop running at 11pm on Sundays from January.

Jane Tan

04 Nov 2025 03:12PM
(Updated: 04 Nov 2025 05:20PM)

Bookmark

Share

Commuters at an MRT station in Singapore. (File photo: CNA/Jeremy Long)

SINGAPORE: Train services on a major MRT line will end early on Sundays for three months from January to allow for track renewal works, the Land Transport Authority said on Tuesday.

Shuttle buses will run along the affected stretch until 1am, the authority said.

About 40,000 commuters use the line late on Sunday evenings.

Source: CNA/jt(ta)
"""

#: A Malay Mail page: the stamp with its weekday and zone, the place and date
#: with an em dash, and Bernama's sign-off under the story.
MALAY_MAIL_WEB = """Malaysia

Cabinet approves higher minimum wage for plantation workers

Tuesday, 04 Nov 2025 3:12 PM MYT

KUALA LUMPUR, Nov 4 — The Cabinet has approved a higher minimum wage for plantation workers from next year, Human Resources Minister said today.

He said the new rate would apply to about 300,000 workers in Peninsular Malaysia.

Employers' groups have asked for a grace period of six months.

— Bernama
"""

#: The Edge Malaysia: the site's name over the stamp, the place with the day
#: in brackets before a colon.
EDGE_MALAYSIA_WEB = """Ringgit opens higher against US dollar on firmer oil prices

theedgemalaysia.com
04 Nov 2025, 09:32 am

KUALA LUMPUR (Nov 4): The ringgit opened higher against the US dollar on Tuesday as crude oil prices firmed, dealers said.

At 9am, the local note stood at 4.2150/2200 against the greenback from Monday's close of 4.2230/2280.

A dealer said sentiment was also lifted by a weaker dollar overseas.

Get the latest news @ www.EdgeProp.my
"""

#: A Philippine Star page: the writer and the paper on one line, a stamp with
#: a bar, the country after the place and an em dash.
PHILSTAR_WEB = """Senate approves bill on free college entrance exams

Jose Reyes - The Philippine Star
November 4, 2025 | 12:00am

MANILA, Philippines — The Senate has approved on third and final reading a bill waiving entrance examination fees for poor students applying to private colleges.

Under the measure, colleges must waive the fees for students from families below the poverty line.

The bill will be reconciled with a House version before it goes to the President.
"""

#: The Jordan Times: the paper's initials for the byline with two dates, the
#: place in capitals with an em dash.
JORDAN_TIMES_WEB = """Jordan, Iraq sign deal on pipeline feasibility study

By JT - Nov 04,2025 - Last updated at Nov 04,2025

AMMAN — Jordan and Iraq on Tuesday signed an agreement to carry out a feasibility study for an oil pipeline linking Basra to the port of Aqaba, the Energy Ministry said.

The study is expected to take eight months.

The two countries first proposed the pipeline more than a decade ago.
"""

#: Ahram Online: the writer and the outlet over the weekday's stamp, the
#: section, and the site's closing note.
AHRAM_ONLINE_WEB = """Egypt's inflation eases to 12.1 percent in October

Mohamed Hassan , Ahram Online , Tuesday 4 Nov 2025

Egypt's annual urban consumer price inflation eased to 12.1 percent in October from 12.5 percent in September, the statistics agency said on Tuesday.

Food prices rose 0.8 percent from the previous month.

The central bank is due to meet on interest rates later this month.

Short link:
"""

#: Kuwait's KUNA on the web: the place and day with the agency and a double
#: dash, the end mark and the desk codes.
KUNA_WEB = """Kuwait, Oman discuss closer trade ties

KUWAIT, Nov 4 (KUNA) -- Kuwait and Oman discussed ways to expand trade and investment during a meeting of their joint committee on Tuesday.

The two sides agreed to set up a working group on food security.

Trade between the two countries reached USD 1.2 billion last year.

(end) ab.cd
"""

#: The UAE's WAM: an ordinal day in the dateline and a double dash.
WAM_WEB = """UAE, India agree to boost food security cooperation

ABU DHABI, 4th November, 2025 (WAM) -- The UAE and India have agreed to boost cooperation on food security, including investments in food parks and logistics.

The agreement was reached during a meeting of officials from both countries in Abu Dhabi on Tuesday.

The two sides also discussed joint research on drought-resistant crops.
"""

#: An India Today page: the breadcrumb, the deck, the desk, the city with its
#: comma, the stamp in capitals, the writer's label, and the publishing credits.
INDIA_TODAY_WEB = """News / India

Heavy rain lashes Chennai, schools shut in four districts

The weather office has issued an orange alert for Chennai and three neighbouring districts until Thursday.

India Today News Desk
Chennai,
UPDATED: Nov 4, 2025 14:05 IST
Written By: Meera Iyer

Heavy rain lashed Chennai and its suburbs on Tuesday, flooding roads and disrupting traffic during the morning rush hour.

The district administration declared a holiday for schools and colleges in Chennai and three neighbouring districts.

The weather office said a low-pressure area over the Bay of Bengal was likely to intensify over the next 48 hours.

Published By: Priya Nair

Published On: Nov 4, 2025
"""

#: A Scroll page: the section, the deck, the staff credit over a stamp with a
#: middle dot, and the letters address under the story.
SCROLL_WEB = """Law

Kerala High Court stays order on temple festival elephants

The court said the state must first frame rules on the distance between elephants and crowds.

Scroll Staff
Nov 04, 2025 · 06:15 pm

The Kerala High Court on Tuesday stayed a government order that allowed temples to parade elephants at festivals without a permit.

A bench said the state had not explained how it would keep visitors safe.

The court will hear the case again next week.

We welcome your comments at letters@scroll.in.
"""

#: ThePrint republishing PTI: the agency as the source line over the stamp,
#: PTI's dateline with no dash, and the portal's disclaimer.
THEPRINT_PTI_WEB = """India

Winter session of Parliament to begin on December 1

PTI
04 November, 2025 08:12 pm IST

New Delhi, Nov 4 (PTI) The winter session of Parliament will begin on December 1 and end on December 19, Parliamentary Affairs Minister said on Tuesday.

The session will have 15 sittings, he said.

The government plans to bring at least ten bills during the session.

This report is auto-generated from PTI news service. ThePrint holds no responsibility for its content.
"""

#: A Geo News page: the section, the desk credit, a date alone, the city in
#: capitals with a colon, and the agency's input under the story.
GEO_WEB = """Pakistan

Govt approves Rs50bn package for flood-hit farmers

Web Desk
November 04, 2025

ISLAMABAD: The federal cabinet on Tuesday approved a Rs50 billion relief package for farmers whose crops were destroyed in this year's floods.

The package includes interest-free loans and free seed for the next sowing season.

Provincial governments will identify eligible farmers within a month.

— Additional input from APP
"""

#: Prothom Alo English: the desk credit, the city alone, a stamp with a
#: spaced time.
PROTHOM_ALO_WEB = """Bangladesh

Dhaka's air quality worst in the world on Tuesday morning

Staff Correspondent
Dhaka
Published: 04 Nov 2025, 10: 30

Dhaka's air was ranked the most polluted in the world on Tuesday morning, according to a Swiss air quality monitor.

The city's air quality index stood at 245 at 9:00 am, a level considered very unhealthy.

Experts blamed brick kilns, construction dust and vehicle smoke.
"""

#: The Daily Mirror (Sri Lanka): the stamp with its comment and view counts.
DAILY_MIRROR_LK_WEB = """Govt to present budget on November 7

By Yohan Perera
04 November 2025 05:12 pm - 0 - 512

The Government will present the 2026 Budget in Parliament on November 7, Finance Ministry officials said today.

The second reading debate will be held over seven days.

The vote on the second reading is scheduled for November 14.
"""

#: A Taipei Times page: the section, the byline with the title after a slash,
#: the print page's stamp, the agency's help and the comment policy.
TAIPEI_TIMES_WEB = """Taiwan News

Cabinet approves draft bill on digital identity cards

By Chen Yu-ting / Staff reporter

Tue, Nov 04, 2025 page3

The Executive Yuan yesterday approved a draft bill that would allow residents to use a digital identity card on their phones.

The bill would require government agencies to accept the digital card from 2027.

Privacy groups said the bill lacked safeguards on how the data would be stored.

Additional reporting by CNA

Comments will be moderated. Keep comments relevant to the article. Remarks containing abusive and obscene language, personal attacks of any kind or promotion will be removed and the user banned.
"""

#: The Mainichi: the date with the paper's name in brackets, the link to the
#: Japanese version, a double hyphen after the place, the writer of the original.
MAINICHI_WEB = """Japan's household spending falls for third straight month

November 4, 2025 (Mainichi Japan)

Japanese version

TOKYO -- Household spending in Japan fell 1.2 percent in September from a year earlier, the internal affairs ministry said on Tuesday.

Spending on food fell as prices of rice and vegetables stayed high.

Economists said wage gains had not kept up with inflation.

(Japanese original by Taro Yamada, Business News Department)
"""

#: The Asahi Shimbun: the byline with the title after a slash, the stamp with
#: "at", the caption's label and the photographer in brackets, the double
#: hyphen glued to the place.
ASAHI_WEB = """Record crowds flock to Kyoto for autumn leaves

By HANAKO SUZUKI/ Staff Writer

November 4, 2025 at 17:12 JST

Photo/Illutration Visitors look at autumn leaves at a temple in Kyoto on Nov. 3. (Jiro Tanaka)

KYOTO--Record numbers of tourists crowded temples here over the holiday weekend to see the autumn leaves, city officials said.

Some temples limited entry to avoid crushes on narrow paths.

The city has asked visitors to avoid peak hours.
"""

#: A Khmer Times page: the section, the writer over the paper's name and a date.
KHMER_TIMES_WEB = """National

Cambodia, Thailand agree to reopen border checkpoints

Sok Chea
Khmer Times
November 4, 2025

Cambodia and Thailand have agreed to reopen two international border checkpoints that were closed in June, officials said yesterday.

The decision followed a meeting of the two countries' border committee.

Traders welcomed the move, saying the closure had cost them millions of dollars.
"""

#: A Premium Times page: the section, the deck, the byline over a date and a
#: reading time, the appeal's heading and the text advert under the story.
PREMIUM_TIMES_WEB = """Top News

Senate confirms four new central bank deputy governors

The nominees were confirmed after a closed-door screening on Tuesday.

By Chinedu Okafor
November 4, 2025
2 min read

The Senate on Tuesday confirmed the appointment of four deputy governors of the Central Bank of Nigeria.

The confirmation followed a report by the Senate committee on banking.

The nominees will serve five-year terms.

Support PREMIUM TIMES' journalism of integrity and credibility

TEXT AD: Call Jane - +2348000000000
"""

#: Vanguard (Nigeria): the stamp, the section and the byline on one line
#: between slashes.
VANGUARD_WEB = """Tinubu signs 2026 budget into law

On 11:45 am / In News / By Emeka Obi

President Bola Tinubu on Tuesday signed the 2026 budget into law at the Presidential Villa in Abuja.

The budget is the largest in the country's history.

Lawmakers passed the bill last week after adding funds for roads.
"""

#: The Standard (Kenya): the byline and the date after a bar, the WhatsApp
#: channel's promo under the story.
STANDARD_KE_WEB = """National

Senators reject bill to extend county governors' terms

By Jane Wanjiru | Nov. 4, 2025

Senators on Tuesday rejected a bill that sought to extend the terms of county governors from five to seven years.

The bill was defeated by 34 votes to nine.

Its sponsor said he would bring it back next year.

Follow The Standard channel on WhatsApp
"""

#: The Daily Monitor (Uganda): the date alone over the byline, the place
#: closed by a full stop.
DAILY_MONITOR_WEB = """News

Museveni orders probe into land evictions in Mubende

Tuesday, November 04, 2025

By Jane Nakato

Kampala. President Museveni has ordered an investigation into the eviction of hundreds of families from land in Mubende District.

The families say they were removed by armed men last month.

Police said they had opened a case.
"""

#: The New Times (Rwanda): the writer over the weekday's date.
NEW_TIMES_RW_WEB = """Rwanda to host regional climate summit in March

Emmanuel Ntirenganya
Tuesday, November 04, 2025

Rwanda will host a regional summit on climate finance in March next year, the environment ministry said on Tuesday.

About 2,000 delegates from 30 countries are expected.

The summit will focus on funding for adaptation projects.
"""

#: The Mail & Guardian: the section, the writer over a short date, the
#: heading over other stories.
MAIL_GUARDIAN_WEB = """Business

Eskom to cut tariffs for poor households

Thandi Nkosi
4 Nov 2025

Eskom will cut electricity tariffs for about two million poor households from April, the energy regulator said on Tuesday.

The cut will be funded by a levy on large industrial users.

Business groups said the levy would raise their costs.

Related stories

Eskom posts first profit in eight years

Regulator approves new tariff structure
"""

#: IOL: the desk credit and the stamp glued by a bar.
IOL_WEB = """Cape Town water tariffs to rise by 8%

Staff Reporter|Published 04 Nov 2025

Cape Town residents will pay 8% more for water from July, the city said on Tuesday.

The city said the increase would pay for new pipes and a desalination plant.

Opposition councillors said the rise was too steep.
"""

#: Egypt Independent: the source paper under the headline, a date alone, the
#: translation note under the story.
EGYPT_INDEPENDENT_WEB = """Egypt, Sudan agree to boost trade across border crossing

Al-Masry Al-Youm
November 4, 2025

Egypt and Sudan agreed on Tuesday to extend the opening hours of a border crossing to boost trade.

The crossing will now open 24 hours a day.

Trade between the two countries rose 20 percent last year.

Edited translation from Al-Masry Al-Youm
"""

#: Tehran Times: the section, a stamp with a dash before the time, the place
#: in capitals with an en dash.
TEHRAN_TIMES_WEB = """Politics

Iran, Iraq sign deal on electricity exports

November 4, 2025 - 21:12

TEHRAN \u2013 Iran and Iraq signed an agreement on Tuesday to raise Iranian electricity exports to Iraq during the summer months.

The deal runs for five years.

Iraq has struggled with power cuts during heatwaves.
"""

#: The Jerusalem Post: the section, the deck, the byline in capitals over two
#: stamps in capitals.
JERUSALEM_POST_WEB = """Israel News

Knesset passes first reading of budget bill

The bill passed by a vote of 61 to 53 after an overnight debate.

By JANE COHEN
NOVEMBER 4, 2025 21:12
Updated: NOVEMBER 4, 2025 22:40

The Knesset on Tuesday passed the first reading of the state budget for next year.

The bill now goes to the finance committee.

The budget must pass by the end of March or the Knesset will be dissolved.
"""

#: VietnamPlus: the stamp over the headline, the place with a parenthesised
#: agency and an em dash, the agency's initials in brackets at the end.
VIETNAMPLUS_WEB = """Tuesday, 04/11/2025 18:12 (GMT+7)

Vietnam's exports rise 15% in ten months

Hanoi (VNA) \u2013 Vietnam's exports rose 15% year on year in the first ten months, the General Statistics Office said on November 4.

Electronics and textiles led the growth.

The trade surplus reached 20 billion USD.

VNA
"""

#: Myanmar Now: the writer and the date on one line after a bar.
MYANMAR_NOW_WEB = """Junta extends state of emergency in eight townships

Myanmar Now | November 4, 2025

Myanmar's military council has extended martial law in eight townships in Sagaing Region for another 90 days, according to state media.

The order was announced on Monday night.

Residents said fighting in the area had intensified.
"""

#: Eurasianet: the writer over the date, the place in capitals is absent.
EURASIANET_WEB = """Kazakhstan: Parliament votes to build first nuclear power plant

Ayan Nurlanov Nov 4, 2025

Kazakhstan's parliament on Tuesday approved plans to build the country's first nuclear power plant on the shore of Lake Balkhash.

The vote followed a referendum last year.

Environmental groups have raised concerns about water use.
"""

#: Haaretz in English: the section with the paper's name, the writer over a
#: stamp with "IST", the follow button and the notification promo.
HAARETZ_WEB = """Israel News

Haifa port strike ends after wage deal

Workers will return to work on Wednesday after a three-day strike.

Noa Levi
Nov 4, 2025 9:12 pm IST

Follow

The strike at Haifa port ended on Tuesday after the union and management agreed on a new wage deal.

Dozens of ships had been waiting to unload.

The deal raises wages by 6 percent over two years.

Get email notification for articles from Noa Levi
"""

#: The Saudi Press Agency: the place, the day and the agency after commas, a
#: double dash.
SPA_WEB = """Saudi cabinet approves new investment law

Riyadh, November 04, 2025, SPA -- The Saudi cabinet approved on Tuesday a new investment law that gives foreign and local investors equal treatment.

The law takes effect in January.

The cabinet also approved an agreement with Japan on energy cooperation.

--SPA
"""

#: Qatar News Agency: the place and the day with the agency in brackets and a
#: single dash.
QNA_WEB = """Qatar, Turkiye sign agreements on trade and energy

Doha, November 04 (QNA) - The State of Qatar and the Republic of Turkiye signed several agreements on trade, energy and education on Tuesday.

The agreements were signed during a meeting of the two countries' strategic committee.

Trade between the two countries reached USD 2.5 billion last year.
"""

#: Mexico News Daily: the writer's name, the date with a full stop, the
#: source line under the story.
MEXICO_NEWS_DAILY_WEB = """Peso strengthens as Banxico holds rates

Mexico News Daily
November 4, 2025

The Mexican peso gained 0.8% against the US dollar on Tuesday after the Bank of Mexico left its key interest rate unchanged.

Analysts had expected a cut of 25 basis points.

The central bank said inflation remained above its target.

With reports from Reuters and El Financiero
"""

#: The Trinidad Guardian: the writer over a stamp with a weekday, the city in
#: bold in the lead with a colon.
TRINIDAD_GUARDIAN_WEB = """Govt to raise minimum wage to $22.50 an hour

Jane Baptiste
Published:
Tuesday, November 4, 2025 | 6:12 PM

The minimum wage will rise to $22.50 an hour from January 1, Labour Minister said yesterday.

The increase is the first in four years.

Trade unions said the rise did not keep pace with prices.
"""

#: The Fiji Times: the writer with the paper's name after a bar, a date and a
#: time on their own lines.
FIJI_TIMES_WEB = """Sugar cane harvest falls short of target

By Jane Naidu | The Fiji Times
Tuesday, November 4, 2025 | 5:00 AM

The sugar cane harvest is expected to fall 10 per cent short of this year's target because of dry weather, the Sugar Cane Growers Council says.

Growers in the Western Division have been hit hardest.

The council has asked the Government for help with irrigation.
"""

#: RNZ Pacific: the section, the source line with a partner, the stamp with
#: its zone, a caption with its credit after a slash.
RNZ_PACIFIC_WEB = """Pacific

Samoa parliament dissolved ahead of early election

RNZ Pacific
4 November 2025, 5:12pm

Samoa's head of state has dissolved parliament ahead of an early general election.

The election will be held within 90 days.

The prime minister lost a confidence vote last week.
"""

#: TODAY (Singapore): the writer over a stamp with its zone after a dot, the
#: place in capitals with a dash-less colon, the closing promo.
TODAY_SG_WEB = """Singapore

HDB to launch 8,000 flats in February sales exercise

Jane Lim

Published November 4, 2025
Updated November 4, 2025

SINGAPORE \u2014 The Housing and Development Board will offer about 8,000 flats in its February sales exercise, the national development minister said on Tuesday.

About half the flats will be in mature estates.

Buyers will be able to apply online from February 10.

Download the TODAY app to get the latest news.
"""

#: The Wire (India): the writer over a stamp with "IST", the place and a
#: colon glued to the lead.
THE_WIRE_IN_WEB = """Government

Supreme Court asks Centre to explain delay in judges' appointments

Jane Roy

4 minutes read
04/Nov/2025

New Delhi: The Supreme Court on Tuesday asked the Union government to explain why it had not cleared the names of 12 judges recommended for high courts.

A bench said the delay was hurting the functioning of the courts.

The Attorney General said the files were under consideration.
"""

#: Bernama's site: the stamp with a weekday, the place and the day with an
#: em dash, the sign-off with the agency in capitals and its footer.
BERNAMA_WEB = """Govt to table Budget 2026 on Oct 10 - Fadillah

04/11/2025 05:12 PM

KUALA LUMPUR, Nov 4 (Bernama) -- The government will table the 2026 Budget in the Dewan Rakyat on Oct 10, Deputy Prime Minister said today.

He said the budget would focus on cost of living and on civil servants' pay.

The budget will be the third tabled by the government.

-- BERNAMA

BERNAMA provides up-to-date authentic and comprehensive news and information which are disseminated via BERNAMA Wires; www.bernama.com; BERNAMA TV on Astro 502, unifi TV 631 and MYTV 121 channels and BERNAMA Radio on FM93.9 (Klang Valley), FM107.5 (Johor Bahru), FM107.9 (Kota Kinabalu) and FM100.9 (Kuching) frequencies.
"""

#: Antara's English site: the writer and editor lines after the story, the
#: place with the agency in brackets and a dash.
ANTARA_EN_WEB = """Indonesia to build 50 new dams by 2029: minister

4th November 2025 18:12 WIB

Jakarta (ANTARA) - Indonesia plans to build 50 new dams by 2029 to support food security, Public Works Minister said on Tuesday.

The dams will irrigate about 300,000 hectares of rice fields.

Construction of ten dams will begin next year.

Reporter: Putu Indah Savitri
Editor: Rahmad Nasution
Copyright \u00a9 ANTARA 2025
"""

#: The New Straits Times: the writer in capitals over a stamp with a bullet,
#: the place with a colon.
NST_WEB = """Nation

Flood victims in Kelantan rise to 12,000

By JANE ISMAIL
November 4, 2025 @ 6:12pm

KOTA BHARU: The number of flood victims in Kelantan rose to 12,000 this evening, with 80 relief centres opened.

Tumpat and Pasir Mas are the worst hit districts.

The Meteorological Department has warned of more rain until Thursday.
"""

#: Manila Bulletin: the writer with "at" and the stamp on one line, the
#: country after the place and an em dash.
MANILA_BULLETIN_WEB = """DepEd to hire 20,000 new teachers next year

By Jane Santos
Published Nov 4, 2025 06:12 pm

The Department of Education (DepEd) will hire 20,000 new teachers next year to ease the shortage in public schools, the education secretary said on Tuesday.

Most of the new posts will be in Mindanao.

The budget for the hiring has been included in next year's spending plan.
"""

#: Business Recorder (Pakistan): the desk credit with "Recorder Report",
#: the stamp with its time before the date, the place in capitals with a colon.
BUSINESS_RECORDER_WEB = """Pakistan

SBP keeps policy rate unchanged at 11pc

Recorder Report
Published 04 Nov, 2025 05:12pm

KARACHI: The State Bank of Pakistan kept its key policy rate unchanged at 11 percent on Tuesday, citing risks to inflation from higher energy prices.

The decision was in line with market expectations.

The central bank said growth was expected to pick up next year.
"""

#: Gulf Times (Qatar): the paper's initials with the agency, a date alone,
#: the place with the agency in brackets after a comma.
GULF_TIMES_WEB = """Qatar

Qatar, Oman sign deal on joint shipping line

QNA/Doha
November 04, 2025 | 06:12 PM

Doha, November 4 (QNA) - Qatar and Oman signed an agreement on Tuesday to set up a joint shipping line between Hamad Port and Sohar Port.

The line will begin operating in March.

The two sides also discussed food security.
"""

#: Nikkei Asia: the writers as Nikkei staff writers, the stamp with JST, the
#: place in capitals with a double hyphen.
NIKKEI_ASIA_WEB = """Japan

Toyota raises profit forecast on weak yen

Automaker expects record operating profit for the fiscal year

TARO YAMADA and HANAKO SUZUKI, Nikkei staff writers
November 4, 2025 18:12 JST

TOKYO -- Toyota Motor raised its full-year profit forecast on Tuesday, saying the weak yen would lift the value of its overseas sales.

The automaker now expects operating profit of 5.5 trillion yen.

Sales in North America rose 8%.
"""

#: The South China Morning Post's print-style page: the writer with the
#: title after a comma, the place in a line of its own, two stamps.
SCMP_PRINT_WEB = """Hong Kong

Hong Kong to scrap stamp duty on home purchases by first-time buyers

Jane Chan
Published: 6:12pm, 4 Nov 2025
Updated: 8:40pm, 4 Nov 2025

Hong Kong will scrap stamp duty for first-time homebuyers from next month, the financial secretary said on Tuesday.

The move is expected to cost the government HK$2 billion a year.

Property agents said the change would boost demand for small flats.
"""


#: An NDTV live blog copied to text: the live label, the stamps of the posts
#: with the zone in brackets.
NDTV_LIVE_WEB = """Cyclone Live Updates: Storm Makes Landfall Near Puri, Thousands Evacuated

The cyclone made landfall near Puri on Tuesday evening with wind speeds of up to 110 km per hour.

Edited by Rohit Verma

Updated: November 04, 2025 8:12 pm IST

Nov 04, 2025 20:05 (IST)

Power supply has been cut in parts of Puri district as a precaution, officials said.

Nov 04, 2025 19:40 (IST)

More than 200,000 people have been moved to shelters, the state's disaster management authority said.
"""

#: A Straits Times story in Apple News: the outlet's name, the headline, the
#: writer and the stamp, the story, the app's footer.
APPLE_NEWS_ST = """The Straits Times

Singapore's core inflation eases to 1.2% in October

Jane Tan
4 November 2025

SINGAPORE \u2013 Singapore's core inflation eased to 1.2 per cent in October from 1.5 per cent in September, official data showed on Nov 4.

Lower electricity and gas costs drove the decline.

Economists expect core inflation to stay low next year.
"""

#: An SCMP newsletter e-mail: the greeting, the headline, the writer, the story,
#: the unsubscribe links.
SCMP_NEWSLETTER = """Hong Kong to scrap stamp duty for first-time buyers

By Jane Chan

Hong Kong will scrap stamp duty for first-time homebuyers from next month, the financial secretary said on Tuesday.

The move is expected to cost the government HK$2 billion a year.

Property agents said the change would boost demand for small flats.

Unsubscribe | Update your preferences | Privacy policy
"""

#: A Factiva export of a Gulf paper: the headline, the words count, the paper,
#: the date, the language, the copyright and the document code.
FACTIVA_GULF = """Dubai to add 30 new bus routes next year

512 words
4 November 2025
Gulf News
GULFNW
English
Copyright 2025 Al Nisr Publishing LLC. All rights reserved.

DUBAI: Dubai's Roads and Transport Authority will add 30 new bus routes next year to serve new residential districts, officials said on Tuesday.

The authority will also buy 200 electric buses.

Ridership on the city's buses rose 8 per cent last year.

Document GULFNW0020251104el4b0001m
"""

#: An RSS reader's copy of a Punch story: the outlet and the age over the
#: headline, the link to the original at the end.
RSS_PUNCH = """Punch \u00b7 2h

Senate passes bill on state police

Jane Adeyemi

The Senate on Tuesday passed a bill that would allow states to set up their own police forces.

The bill now goes to the House of Representatives.

Governors have long called for state police to fight insecurity.

View Original
"""


#: A magazine page with two writers over the section and the stamp.
WIRED_TWO_WRITERS_WEB = """Jane Doe and Kwame Asante
Science
Feb 12, 2026 7:00 AM

The Race to Map Every Glacier Before It Melts

Scientists are using drones and satellites to chart ice that may be gone within decades.

Photograph: John Roe/Getty Images

Researchers in Switzerland have built a drone that can fly over glaciers for hours at a time.

The team plans to map 500 glaciers by the end of the year.

Other groups are sharing data from satellites.
"""

#: The Edge Malaysia again: a results story, the day in brackets before the colon.
EDGE_MALAYSIA_RESULTS_WEB = """Petronas posts 10% rise in quarterly profit

theedgemalaysia.com
04 Nov 2025, 06:12 pm

KUALA LUMPUR (Nov 4): Petronas posted a 10% rise in third-quarter net profit on higher gas sales, the national oil company said on Tuesday.

Revenue rose 5% to RM70 billion.

The group kept its dividend unchanged.
"""

#: Geo News's sports page: a section's desk for the byline, the agency's input.
GEO_SPORTS_WEB = """Sports

Pakistan beat Sri Lanka by five wickets in first ODI

Sports Desk
November 04, 2025

RAWALPINDI: Pakistan beat Sri Lanka by five wickets in the first one-day international on Tuesday.

Chasing 280, Pakistan reached the target with two overs to spare.

The second match will be played on Friday.

— Additional input from AFP
"""

#: CNA's Asia page: the stamps, the place with a colon, the source line at the end.
CNA_ASIA_WEB = """Asia

Thailand to cut fuel prices for three months

Jane Lim

04 Nov 2025 06:12PM
(Updated: 04 Nov 2025 08:40PM)

BANGKOK: Thailand will cut diesel prices for three months to ease the cost of living, the energy minister said on Tuesday.

The cut will cost the state fuel fund about 10 billion baht.

Source: Reuters/jl
"""

#: WAM again: another ordinal day.
WAM_DUBAI_WEB = """Dubai hosts global energy forum

DUBAI, 3rd November, 2025 (WAM) -- The World Energy Forum opened in Dubai on Monday with more than 3,000 participants.

Speakers called for more investment in clean energy.

The forum runs until Wednesday.
"""

#: India Today's world desk: the outlet's section desk, the city with its comma.
INDIA_TODAY_WORLD_WEB = """News / World

US, China agree to resume trade talks

The two sides will meet in Geneva next month, officials said.

India Today World Desk
New Delhi,
UPDATED: Nov 4, 2025 21:05 IST

The United States and China have agreed to resume trade talks, officials from both countries said on Tuesday.

The talks will focus on tariffs and export controls.

Markets rose on the news.
"""


#: The Asahi Shimbun again: the paper itself credited in brackets.
ASAHI_PAPER_PHOTO_WEB = """Tokyo to offer free nursery care from April

By JIRO TANAKA/ Staff Writer

November 5, 2025 at 07:00 JST

Photo/Illutration Children play at a nursery in Tokyo's Setagaya Ward. (The Asahi Shimbun)

The Tokyo metropolitan government will make nursery care free for all children from April, the governor said on Nov. 4.

About 300,000 children are expected to benefit.

The plan will cost 50 billion yen a year.
"""

#: Taipei Times again: a staff writer's byline with the agency, the print page's stamp.
TAIPEI_TIMES_WIRE_WEB = """Taiwan News

Exports hit record high in October

Staff writer, with CNA

Sun, Nov 09, 2025 page1

Taiwan's exports rose 30 percent year on year to a record high in October, driven by demand for artificial intelligence servers, the Ministry of Finance said yesterday.

Exports to the US rose 60 percent.

The ministry expects growth to continue in the fourth quarter.
"""

#: Vanguard again: the stamp with its date, no section.
VANGUARD_DATED_WEB = """NNPC raises petrol price to N950 per litre

On November 4, 2025 / By Jane Eze

The Nigerian National Petroleum Company has raised the pump price of petrol to N950 per litre in Abuja.

Motorists queued at filling stations in the city.

Marketers said the new price reflected higher import costs.
"""

#: Ahram Online again: two writers, no outlet, the weekday's date.
AHRAM_TWO_WEB = """Egypt's tourism revenues hit record $14 bln

Amr Kandil , Tuesday 4 Nov 2025

Egypt's tourism revenues rose to a record $14 billion in the fiscal year that ended in June, the tourism ministry said on Tuesday.

The number of visitors rose 8 percent to 15 million.

The government aims to attract 30 million visitors a year by 2030.
"""

#: The Daily Mirror (Sri Lanka) again: the desk credit over the stamp with counts.
DAILY_MIRROR_LK_DESK_WEB = """Colombo Stock Exchange gains 2%

Staff Reporter
05 November 2025 10:12 am - 3 - 1240

The Colombo Stock Exchange's main index rose 2 percent on Wednesday, led by banking shares.

Turnover stood at Rs. 5 billion.

Foreign investors were net buyers.
"""

#: KUNA again: a wire story with its end mark and capital initials.
KUNA_CAPITALS_WEB = """Kuwait, Bahrain sign power link deal

KUWAIT, Nov 5 (KUNA) -- Kuwait and Bahrain signed an agreement on Wednesday to expand the Gulf power grid link between the two countries.

The project will be completed in three years.

(end) MK.GB
"""


#: Kuwait Times: the writer with the paper after a bar, a date alone, the
#: place in capitals with a colon.
KUWAIT_TIMES_WEB = """Local

Ministry extends deadline for expat licence renewals

By Jane Haddad | Kuwait Times
November 4, 2025

KUWAIT: The Interior Ministry has extended the deadline for expatriates to renew their driving licences until the end of January.

The ministry said about 50,000 licences had yet to be renewed.

Renewals can be completed online.
"""

#: Oman Observer: the source line with the agency and a slash, a stamp with
#: its zone after a dash, the place with the agency in brackets.
OMAN_OBSERVER_WEB = """Business

Oman's GDP grows 2.5% in first half

ONA
November 4, 2025 - 6:12 pm

MUSCAT, Nov 4 (ONA) - Oman's gross domestic product grew 2.5 percent in the first half of the year at constant prices, the National Centre for Statistics and Information said on Tuesday.

Non-oil activities grew 3.8 percent.

Oil activities fell 1.2 percent.
"""

#: Addis Standard: the desk credit, the date with a weekday, the place with
#: its date glued to the lead with a full stop and an em dash.
ADDIS_STANDARD_WEB = """News

Ethiopia launches nationwide polio vaccination campaign

Addis Standard Staff
Tuesday, November 4, 2025

Addis Abeba \u2013 The Ministry of Health has launched a nationwide polio vaccination campaign targeting 15 million children under five.

The campaign will run for six days.

Health workers will go door to door in rural areas.
"""

#: The Herald (Zimbabwe): the writer and the title over a date, the
#: paper's initials signing off.
HERALD_ZW_WEB = """Govt approves new mining royalties

Jane Moyo
Senior Reporter
November 4, 2025

The Government has approved new royalty rates for lithium and gold producers, the Minister of Mines said yesterday.

The rates take effect in January.

Mining companies said they would study the changes.
"""

#: Republica (Nepal): the writer and the stamp on one line after a bar, the
#: place in capitals with a colon, the app promo.
REPUBLICA_NP_WEB = """Govt to hike fuel prices from Wednesday

By Jane Shrestha | November 4, 2025 6:12 pm

KATHMANDU: Nepal Oil Corporation will raise the prices of petrol and diesel by Rs 5 per litre from Wednesday.

The corporation said it had been making losses on fuel sales.

Transport operators said fares would have to rise.
"""

#: The Daily News Egypt: the writer over the date in the numeric form, the
#: place and the closing mark.
DAILY_NEWS_EGYPT_WEB = """Egypt's central bank holds interest rates steady

Jane Salem
04/11/2025

Egypt's central bank kept its key interest rates unchanged on Tuesday, citing the need to keep inflation on a downward path.

The overnight deposit rate was held at 22 percent.

The bank has cut rates by 6 percentage points this year.
"""


#: The News International (Pakistan): the reporter's desk credit with the
#: city, a stamp with its weekday, the place in capitals with a colon.
THE_NEWS_PK_WEB = """National

Senate passes bill on digital rights authority

Our Correspondent
November 04, 2025

ISLAMABAD: The Senate on Tuesday passed a bill to set up a digital rights protection authority.

The opposition walked out in protest before the vote.

The bill now goes to the President for assent.
"""

#: Deccan Herald: the desk credit with "DHNS" and the city, a stamp with
#: "IST", the place with a comma and a colon.
DECCAN_HERALD_WEB = """Karnataka

Bengaluru metro fares to rise by up to 15%

DHNS
Last Updated : 04 November 2025, 18:12 IST

Bengaluru: Metro fares in Bengaluru will rise by up to 15 per cent from December 1, the metro rail corporation said on Tuesday.

The minimum fare will stay at Rs 10.

Commuter groups criticised the increase.
"""

#: Free Malaysia Today: the writer with the site after a dash, the stamp with a
#: weekday, the place with a colon.
FMT_WEB = """Govt to review toll rates on four highways

Jane Ismail -
04 Nov 2025, 3:12 pm

PETALING JAYA: The government will review toll rates on four highways in the Klang Valley, the works minister said today.

He said the review would be completed by March.

About 500,000 motorists use the highways daily.
"""

#: SunStar (Philippines): the writer with the paper's name, the stamp with a
#: bar, the place with the country and an em dash.
SUNSTAR_WEB = """Cebu City to build three new flyovers

Jane Villanueva
Published: November 04, 2025 | 6:12 pm

CEBU CITY \u2014 The Cebu City Government will build three new flyovers to ease traffic on major roads, the mayor said on Tuesday.

Construction will start in January.

The project will cost P2 billion.
"""

#: Viet Nam News: the agency's initials in brackets after the place and a
#: double dash, the closing code of the desk.
VNS_WEB = """Vietnam's GDP to grow 8% this year: minister

Update: November 04, 2025 - 18:12

HÀ NỘI \u2014 Việt Nam's economy is expected to grow 8 per cent this year, the Minister of Finance said on Tuesday.

Growth will be driven by exports and public investment.

Inflation is forecast at 3.5 per cent. \u2014 VNS
"""

#: Pakistan Today: the desk credit and the stamp with a bar.
PAKISTAN_TODAY_WEB = """Govt approves new power policy

Staff Report | November 4, 2025

ISLAMABAD: The federal cabinet on Tuesday approved a new power policy aimed at cutting electricity costs for industry.

The policy allows industries to buy power directly from producers.

The energy minister said tariffs would fall by 10 percent.
"""


#: A tech site's page: skip link, logo, section trail, dek, stamp and share button over the story.
VERGE_WEB = """Skip to main content

The Verge homepage

Tech / Gadgets / Reviews

Framecraft's new e-reader has a color screen and a price to match

The Lumen 2 costs $329 and ships next month.

by Jane Doe

Nov 4, 2025, 3:14 PM UTC

Share this story

Image: Framecraft

Framecraft is back with a second e-reader, and this time the screen shows color.

The Lumen 2 uses a new kind of electronic paper that the company says is brighter than the panels in rival readers. It keeps the physical page-turn buttons that fans of the first model liked.

The reader goes on sale in the US and Europe in December. Framecraft says battery life is about four weeks with the color layer turned on.

Most Popular

Apple's next phone may drop the mute switch
"""


#: A science story on a tech site: the section in capitals with a dash, the caption's credit on the line under it.
ARS_TECHNICA_WEB = """SCIENCE —

Engineers test a heat shield made of woven carbon fiber

The fabric can bend before flight and stiffen in the heat of reentry.

Jane Doe – Nov 4, 2025 2:05 pm

A sample of the woven shield after a test in an arc jet.
Credit: NASA

A team of engineers has tested a heat shield that starts out as flexible fabric.

The material is woven from carbon fiber and packed around a capsule before launch. During reentry, the heat causes a resin inside it to harden into a rigid layer.

In arc-jet tests, samples survived temperatures of more than 1,600 degrees Celsius. The team says the approach could let larger landers fit inside existing rockets.

reader comments

48
"""


#: A startup story: the section over the headline, the time before the date after a middle dot.
TECHCRUNCH_WEB = """Startups

Payroll startup Ledgerly raises $40M to expand in Latin America

Jane Doe

8:00 AM PST · November 4, 2025

Image Credits: Ledgerly

Ledgerly, a startup that runs payroll for companies with staff in several countries, has raised $40 million in a Series B round.

The round was led by a fund based in Sao Paulo, with earlier backers also taking part. The company plans to open offices in Mexico City and Bogota next year.

Co-founder John Roe said the money would go to hiring engineers and compliance staff.

Topics

Fintech, Fundraising, Latin America

Most Popular
"""


#: A fact-check: the label, the summary box under the byline, the ruling and the sources.
POLITIFACT_WEB = """Fact-check

Claim that the state cut school funding by half is False

By Jane Doe • November 4, 2025

If Your Time is short

• State budget records show school aid rose in each of the past four years.
• The claim appears to confuse a one-time grant with regular aid.

A post shared widely on social media says the state "cut school funding in half" since 2021.

That is not what the budget shows. Regular state aid to school districts rose from $8.1 billion to $9.4 billion over that period, according to the state education department.

The post appears to refer to a one-time pandemic grant that ended in 2023.

Our ruling

The post said the state cut school funding in half. Budget records show regular aid rose every year. We rate this claim False.

Our Sources

State Department of Education, budget summaries, 2021-2025
"""


#: A fact-check with its claim and rating fields over the story.
SNOPES_WEB = """Fact Check

Did a Town in Ohio Ban Lawn Mowers on Sundays?

A viral post said mowing on Sundays would bring a $500 fine.

Jane Doe

Published Nov. 4, 2025

Claim:

A town in Ohio banned lawn mowers on Sundays and set a $500 fine.

Rating:

False

In early November 2025, a post on social media claimed that a small town in Ohio had banned the use of lawn mowers on Sundays.

We found no such rule. The town's noise ordinance limits loud equipment between 10 p.m. and 7 a.m. on any day, and the village clerk told us no Sunday ban had been proposed.

The post appears to have started on a satirical page.

Sources:

Village of Example, Codified Ordinances, Chapter 509.
"""


#: A Q&A interview: the introduction, the editing note, Q: and A: turns.
QA_INTERVIEW_WEB = """The novelist who wrote a book about her grandmother's bakery

Jane Doe talks about family recipes, grief and why she almost gave up.

By John Roe

Nov. 4, 2025

Jane Doe's new novel follows three generations of women who run a bakery in a small river town. We spoke to her about the book.

This interview has been edited for length and clarity.

Q: Where did the idea come from?

A: My grandmother kept a notebook of recipes with notes in the margins. When she died I found it in a drawer, and the notes read like a diary.

Q: Is the book about her?

A: Parts of it. The bakery is real, but the people are mostly invented.

Q: What was hardest to write?

A: The last chapter. I rewrote it eleven times.
"""


#: A film review: the rating in stars under the headline, the info box over the review.
FILM_REVIEW_WEB = """Review: 'The Long Harbor' is a slow, lovely film about a lighthouse keeper

★★★★☆

By Jane Doe

Nov. 4, 2025

The Long Harbor

Rated: PG-13

Running time: 1 hour 58 minutes

Directed by: John Roe

A lighthouse keeper on a small island gets a letter from a daughter he has not seen in 20 years. That is almost the whole plot of "The Long Harbor," and it is enough.

The director lets scenes run long. Waves, wind and the keeper's small chores fill the screen, and the silence starts to feel like a character.

The ending may frustrate viewers who want answers. I found it honest.

"The Long Harbor" opens in theaters Friday.
"""


#: A funeral home's obituary: the name as headline, the life's span under it, the guest book's buttons.
FUNERAL_HOME_OBITUARY = """Margaret Ann Doe

June 3, 1941 - October 30, 2025

Margaret Ann Doe, 84, of Springfield, passed away peacefully on Thursday, October 30, 2025, surrounded by her family.

She was born on June 3, 1941, in Greenville to John and Mary Roe. She worked as a school librarian for 35 years and loved gardening, quilting and her grandchildren.

She is survived by her husband of 60 years, Robert; two daughters; and five grandchildren.

Visitation will be held from 5 to 7 p.m. Tuesday at Example Funeral Home. A funeral service will follow on Wednesday at 11 a.m.

In lieu of flowers, memorial contributions may be made to the Springfield Public Library.

Share a memory

Send flowers

Guest Book
"""


#: A community paper's police blotter: the disclaimer, the dates and times of the calls.
POLICE_BLOTTER = """Police blotter: Stolen bike, loose cows and a noise complaint

Jane Doe

Nov 4, 2025

The following items were taken from the Example Police Department's call log. All persons charged are presumed innocent until proven guilty.

Oct. 27

9:14 a.m. - A resident on Main Street reported that a bicycle was taken from a porch overnight.

2:40 p.m. - Officers helped a farmer return three cows to a pasture on Route 9.

Oct. 28

11:52 p.m. - A caller complained about loud music on Elm Street. The owner agreed to turn it down.
"""


#: An earnings brief on the wire: the date and agency dateline, the reporting credit.
EARNINGS_BRIEF = """Acme Corp Q3 profit beats estimates as cloud sales grow

Nov 4 (Reuters) - Acme Corp reported third-quarter profit above Wall Street estimates on Tuesday, helped by strong demand for its cloud services.

Net income rose to $1.2 billion, or 98 cents per share, from $950 million, or 77 cents, a year earlier.

Revenue rose 14% to $8.4 billion, compared with estimates of $8.1 billion, according to LSEG data.

Shares rose 4% in extended trading.

(Reporting by Jane Doe in Bengaluru; Editing by John Roe)
"""


#: A crypto news page: section, dek, updated and published stamps, the editor's line.
COINDESK_WEB = """Markets

Bitcoin Slides Below $60K as ETF Outflows Mount

Traders pulled money from spot bitcoin funds for a fifth straight day.

By Jane Doe

Updated Nov 4, 2025, 3:20 p.m. UTC

Published Nov 4, 2025, 1:05 p.m. UTC

Bitcoin fell below $60,000 on Tuesday as investors pulled money from exchange-traded funds for a fifth day.

The largest cryptocurrency was down 4% over 24 hours. Ether lost 6%.

Analysts said the outflows reflected caution ahead of a Federal Reserve meeting next week.

Edited by John Roe.
"""


#: A Conversation article republished: the writer and the university, the funding line and the origin note.
CONVERSATION_REPUBLISH = """Why some trees drop their leaves early in a drought

Jane Doe, University of Example

Published: November 4, 2025 8:15am EST

Trees that turn brown in August are not always dying. Many are protecting themselves.

When the soil dries out, a tree loses water through its leaves faster than its roots can replace it. Dropping leaves early cuts that loss.

Some species do this more readily than others, which is why a street of maples can look very different from a street of oaks in the same dry summer.

Jane Doe receives funding from the National Science Foundation.

This article is republished from The Conversation under a Creative Commons license. Read the original article.
"""


#: A Semafor story: the outlet's name, the section, and its standing sections in capitals (THE NEWS, JANE'S VIEW).
SEMAFOR_WEB = """Semafor

Europe

EU lawmakers back delay to deforestation rules

Jane Doe

Updated Nov 4, 2025, 9:30am EST

THE NEWS

European Parliament lawmakers voted on Tuesday to delay new rules that ban imports linked to deforestation by one year.

The rules would have applied to coffee, cocoa, soy and other goods from December.

JANE'S VIEW

The vote shows how far the mood in Brussels has shifted since the rules were agreed two years ago.

THE VIEW FROM BRAZIL

Exporters in Brazil had warned that they could not prove the origin of every shipment in time.

NOTABLE

A trade group said the delay gave farmers "room to breathe," according to a statement.
"""


#: An Axios Local story: the edition's name (Axios Denver) over the headline, the sign-up line.
AXIOS_LOCAL_WEB = """Axios Denver

Denver's new bus lanes cut commute times, city says

Jane Doe

Nov 4, 2025

Buses on Colfax Avenue are running about five minutes faster since the city painted dedicated lanes in the spring.

Why it matters: Bus riders have long complained about slow trips on the city's busiest corridor.

By the numbers: Average trip time fell from 41 to 36 minutes.

What's next: The city plans similar lanes on Federal Boulevard next year.

Get more local stories in your inbox with Axios Denver.
"""


#: A KFF Health News story republished: the production note and the newsroom's note.
KFF_REPUBLISH = """Rural Hospitals Cut Maternity Care as Staff Shortages Grow

By Jane Doe

November 4, 2025

This article was produced by KFF Health News.

Dozens of rural hospitals have closed their labor and delivery units in the past two years, leaving some pregnant women with drives of more than an hour to give birth.

Hospital leaders say they cannot find enough nurses and doctors to staff the units around the clock.

Some states are trying to keep units open with grants and new training programs.

KFF Health News is a national newsroom that produces in-depth journalism about health issues and is one of the core operating programs at KFF.
"""


#: A body-only text (a news-please maintext): its first sentence is no headline.
NEWSPLEASE_MAINTEXT = """The city council voted on Tuesday to close two branch libraries.

The decision follows months of debate over the library budget, which has fallen by a third since 2019, and drew more than 200 residents to the meeting.

Council members said the savings would pay for road repairs. Several residents said they would campaign to reverse the vote.
"""


#: A body-only story (a summarisation dataset's article): no headline.
DAILYMAIL_STORY_BODY = """A former nurse was jailed for six years yesterday for stealing painkillers from the hospital where she worked.

The court heard she took the drugs from locked cabinets on more than 40 occasions.

She admitted theft and was also banned from working in health care.
"""


#: A page dumped by a text-mode browser: links' numbers in brackets, the list of links at the end.
LYNX_DUMP = """   [1]Skip to content
   [2]Example Gazette

   [3]News [4]Business [5]Opinion

                  Harbor dredging to begin next spring

   By [6]Jane Doe
   November 4, 2025

   Work to deepen the harbor channel will begin next spring, the port
   authority said on Tuesday, after a federal agency approved the last of
   the permits the project needed.

   The project will let larger cargo ships dock at the city's main terminal,
   which now turns away the biggest vessels at low tide. It is expected to
   take two years and cost about $90 million, most of it paid by a federal
   grant.

   Fishing groups have raised concerns about the effect on shellfish beds
   near the mouth of the channel. The port authority said it would monitor
   the water and pause dredging if sediment levels rose too high.

   [7]Share on Facebook [8]Share on X

References

   1. https://example.com/#content
   2. https://example.com/
   3. https://example.com/news/
   4. https://example.com/business/
   5. https://example.com/opinion/
   6. https://example.com/staff/jane-doe
   7. https://www.facebook.com/sharer/sharer.php?u=https://example.com/harbor
   8. https://x.com/intent/post?url=https://example.com/harbor
"""


#: An Obsidian web clip: front matter with the author as a wiki link.
OBSIDIAN_CLIP = """---
title: "City to plant 10,000 trees by 2030"
source: "https://example.com/news/city-trees"
author:
  - "[[Jane Doe]]"
published: 2025-11-04
created: 2025-11-05
tags:
  - "clippings"
---

The city will plant 10,000 trees over the next five years, the mayor said on Tuesday.

The trees will go mainly to neighborhoods with little shade, where summer temperatures run several degrees higher than in leafier areas.

The plan will cost about $12 million.
"""


#: A trade paper's exclusive: the label over the headline and before the first sentence.
DEADLINE_WEB = """EXCLUSIVE

'Night Shift' Drama Lands At Streamer With Jane Doe Set To Star

By John Roe

November 4, 2025 10:12am

Courtesy of Example Studios

EXCLUSIVE: A drama series about hospital workers on the overnight shift has landed at a major streamer, with Jane Doe set to star.

The eight-episode series follows a team of nurses at a city hospital. Production is due to start in the spring.

Doe is repped by Example Agency.

Related Stories
"""


#: A student newspaper: the writer with her title on one line, the contact line.
STUDENT_NEWSPAPER = """Student senate approves new club funding rules

Jane Doe, Staff Writer

November 4, 2025

The student senate approved new rules on Monday for how clubs apply for funding.

Under the rules, clubs must submit a budget at the start of each semester. Requests over $1,000 will need a vote of the full senate.

Senate president John Roe said the change would make spending easier to track.

Contact Jane Doe at jdoe@example.edu.
"""


#: An old newspaper's page through OCR: heads in capitals, hard-wrapped lines, a word broken at a line's end.
CHRONICLING_OCR = """GREAT FIRE IN THE MILL DISTRICT
THREE BUILDINGS DESTROYED AND LOSS IS HEAVY
Fire broke out in the cotton mill on River street yester-
day afternoon and before it could be checked had spread
to two warehouses adjoining. The firemen worked until
late in the evening.
The loss is estimated at fifty thousand dollars, partly
covered by insurance. No lives were lost.
"""


#: A UK fact-check: the claim and the verdict as labelled boxes over the story.
FULL_FACT_WEB = """Fact check

Posts wrongly claim new speed cameras can read your phone

4 November 2025

By Jane Doe

What was claimed

New roadside cameras can see what is on your phone screen and fine you for it.

Our verdict

False. The cameras can detect a driver holding a phone, but they cannot read its screen.

A post shared thousands of times on Facebook claims that new cameras being tested on motorways can read what is on a driver's phone.

The cameras are real. They use artificial intelligence to spot drivers holding a phone or not wearing a seatbelt, and a person then checks each image.

But the company that makes them told us the images are not detailed enough to show what is on a screen.
"""


#: A science journal's news story: the type and the date over the headline, the DOI line.
NATURE_NEWS_WEB = """NEWS
04 November 2025

Ancient DNA reveals when dogs reached the Americas

Genomes from 30 dog burials suggest the animals arrived with some of the first people.

By Jane Doe

Dogs arrived in the Americas at least 15,000 years ago, according to an analysis of ancient genomes.

Researchers sequenced DNA from 30 dogs buried at sites from Alaska to Peru. The oldest lineages split from Siberian dogs around the time the first people crossed into the continent.

"It fits the idea that people and dogs travelled together," says John Roe, a geneticist who was not involved in the study.

doi: https://doi.org/10.1038/d00000-025-00000-0
"""


#: An AP market wrap: the byline in capitals with the writer's title, the contribution line.
MARKET_WRAP = """Stock market today: Wall Street drifts lower as tech stocks slip

By JANE DOE
AP Business Writer

NEW YORK (AP) — U.S. stocks drifted lower on Tuesday as big technology companies lost ground.

The S&P 500 fell 0.4%, the Dow Jones Industrial Average lost 120 points, or 0.3%, and the Nasdaq composite slid 0.8%.

Treasury yields held steady in the bond market. The yield on the 10-year Treasury was 4.12%, unchanged from late Monday.

___

AP Business Writer John Roe contributed.
"""


#: A weekly's council report: the dateline in capitals, a bulleted list, the contact line with a telephone number.
COUNCIL_MEETING_WEEKLY = """Council OKs budget, delays vote on parking fees

By Jane Doe
Staff Writer

MILLBROOK — The Village Council approved a $14.2 million budget for next year at its meeting Monday night but put off a vote on new downtown parking fees.

The budget keeps the property tax rate flat for the third year in a row. It includes money for two new police officers and repairs to the public pool.

Council member John Roe asked for more time to study the parking plan, which would charge $1 an hour on Main Street. The council will take it up again on Nov. 17.

In other business, the council:

• Approved a contract for snow removal.

• Named Mary Major to the planning board.

Contact Jane Doe at jdoe@example.com or 555-0142.
"""


#: A school sports roundup: the label, the lead game, the other sports under their names.
PREP_ROUNDUP = """PREP ROUNDUP

Riverton edges Lakeside in overtime to reach regional final

By John Roe
Sports Writer

Jane Doe scored on a header in the second overtime as Riverton beat Lakeside 2-1 on Tuesday night in a Division II regional semifinal.

Riverton (15-3-1) will play Northfield in the final on Saturday.

Girls volleyball

Northfield 3, Eastbrook 1: Mary Major had 18 kills as Northfield won 25-20, 22-25, 25-18, 25-21.

Boys golf

Lakeside's Sam Smith shot a 71 to finish third at the state tournament.
"""


#: A Native News Online story: dek, byline and date, the related stories' list.
NATIVE_NEWS_ONLINE_WEB = """Tribal Nation opens new health clinic on reservation

The clinic will offer primary care, dental care and behavioral health services.

By Jane Doe
November 04, 2025

A tribal nation in the Great Plains opened a new health clinic on Monday, the first on its reservation in more than 30 years.

The $18 million building was paid for with federal funds and tribal revenue. Tribal leaders said it would cut the drive for routine care from 90 minutes to 15 for many members.

"Our people should not have to leave home to see a doctor," the tribal chairman said at the opening.

More Stories Like This

Tribe wins grant for broadband expansion
School district adds language classes
"""


#: A BBC local story: the writer and the region's desk, the picture's source and caption labels.
BBC_LOCAL_WEB = """Bus station to close for six months of repairs

Jane Doe
BBC News, Yorkshire

Published
4 November 2025

Image source, Getty Images
Image caption, The bus station opened in 1971

A city's main bus station will close for six months next year so its roof can be replaced.

The council said services would move to temporary stops on nearby streets.

Passenger groups said they were worried about older and disabled people having to walk further.

Related topics

Transport
"""


#: An ITV News regional story: the writer's title before the name in the byline.
ITV_NEWS_WEB = """Hospital car park charges to rise by 50p, trust confirms

Tuesday 4 November 2025, 6:12pm

By ITV News Granada Reporter Jane Doe

Patients and visitors will pay 50p more to park at two hospitals from January.

The hospital trust said the money would pay for more spaces and better lighting.

A patients' group said the rise would hit people who visit often the hardest.
"""


#: A Guardian long read: the series label, the dek, the stamp.
GUARDIAN_LONG_READ = """The long read

The last lighthouse keepers: life on a rock at the edge of the sea

For two centuries, families lived on remote towers to keep the lights burning. Then the machines took over.

Jane Doe

Tue 4 Nov 2025 06.00 GMT

The tower stands on a rock nine miles off the coast, and on a calm day you can hear the sea breathing against its base.

For most of its history, three men lived inside it at a time, working shifts of a month on and a month off.

The last keeper left in 1998, when the light was automated.
"""


#: A Slate story: section, dek, the publisher's note at the end.
SLATE_WEB = """Politics

The Strange Return of the Budget Hawk

Why fiscal worries are back in fashion, at least for now.

By Jane Doe

Nov 04, 2025 5:45 AM

For most of the past decade, few politicians wanted to talk about the deficit.

That has changed. In the past month, leaders in both parties have promised to cut spending, and a bipartisan group has proposed a debt commission.

Whether any of this survives next year's campaign is another matter.

Slate is published by The Slate Group, a Graham Holdings Company.
"""


#: A business newsletter: the brand over the greeting, a section label, the footer links.
MORNING_BREW_NEWSLETTER = """View in browser

Morning Brew

Good morning. Markets were quiet yesterday, but earnings season is far from over.

MARKETS

Retail stocks rally on holiday hopes

Shares of big retailers rose on Monday after a survey showed shoppers plan to spend more this holiday season than last year.

The survey found that 60% of shoppers expect to spend more, up from 52% a year ago.

Unsubscribe | Update your preferences
"""


#: A newspaper page through pdftotext: the running head, the headline over three lines, words broken at lines' ends.
PDFTOTEXT_PAGE = """4A   THE RIVERTON COURIER, TUESDAY, NOVEMBER 4, 2025

School board
approves new
start times

By JANE DOE
Courier Staff Writer

High school classes will start 45 minutes later next fall un-
der a plan the school board approved Monday night after
months of debate.

Classes will begin at 8:30 a.m. instead of 7:45. Board mem-
bers said the change would let students get more sleep and
would match advice from doctors who study teenagers.

The vote was 5-2. The two members who voted no said the dis-
trict had not worked out how to pay for the extra buses it
will need when the elementary schools start earlier.

Superintendent Mary Major said the district would present a
transportation plan in January and that bus routes would be
redrawn over the winter.

Some parents said the later start would make it harder to
get to work on time.
"""


#: A legal news service's story: its name and the date and time in brackets as the dateline.
LAW360_WEB = """Judge Tosses Shareholder Suit Over Retailer's Data Breach

By Jane Doe

Law360 (November 4, 2025, 6:12 PM EST) -- A federal judge in Delaware on Tuesday dismissed a shareholder suit accusing a retailer's board of ignoring warnings before a data breach, saying the investors had not shown the directors acted in bad faith.

The shareholders had argued that the board received three reports about weak security in the two years before hackers stole customer records.

Counsel for the shareholders did not immediately respond to a request for comment.

--Editing by John Roe.
"""


#: A think tank's commentary: the label, the writer and her post, the institution's note.
THINK_TANK_COMMENTARY = """Commentary

Why small ports matter for food security

Jane Doe
Senior Fellow, Economic Studies

November 4, 2025

When people think about food supply chains, they picture giant container terminals. But much of the world's grain moves through small regional ports.

These ports are often run down. Many cannot take modern ships, and few have the storage to hold grain when prices swing.

Governments and lenders should treat them as part of the food system, not as an afterthought.

The Example Institution is a nonprofit organization devoted to independent research and policy solutions.
"""


#: A newspaper obituary: the headline ending with the age, the survivors.
NEWSPAPER_OBITUARY = """Jane Doe, teacher who founded a reading program for adults, dies at 84

By John Roe

Jane Doe, a retired high school teacher who started a free reading program for adults that has taught thousands of people to read, died Oct. 30 at her home in Riverton. She was 84.

Her daughter, Mary Major, said the cause was heart failure.

Ms. Doe began the program in 1979 in the basement of a public library with six students. It now runs in 40 libraries across the state.

In addition to her daughter, she is survived by a son and four grandchildren.
"""


#: A UK theatre review: the stars, the venue, the run's dates at the end.
THEATRE_REVIEW_UK = """Review

The Harbour Master review – a salty, big-hearted comedy

★★★★☆

Example Theatre, London

Jane Doe

Tue 4 Nov 2025 13.00 GMT

A retired harbour master refuses to leave his cottage when the council sells the quay to a developer, and the whole village takes sides.

The writing is quick and kind. The cast of seven play more than twenty parts between them, switching hats and accents at speed.

At the Example Theatre until 20 December.
"""


#: An album review with its info box.
ALBUM_REVIEW_WEB = """Album Review

Jane Doe: Northern Lights

Label: Example Records
Release date: Nov. 7, 2025
Rating: 8/10

By John Roe

November 4, 2025

Jane Doe's third album is her quietest yet, a set of ten songs recorded mostly with piano and a single microphone.

The title track is the standout, building slowly from a whisper to a full choir of overdubbed voices.

Not every song lands, but the best ones are the finest things she has made.
"""


#: An explainer whose sections are headed by questions, a short one among them.
EXPLAINER_QA_WEB = """Explainer

What the new water rules mean for your bills

By Jane Doe

Nov. 4, 2025

The state has approved new rules on how much water companies can charge. Here is what they mean for households.

What changed?

Water companies must now cap yearly price rises at the rate of inflation plus 1 percentage point.

Will my bill go down?

Probably not. The cap limits how fast bills rise, but it does not cut them.

When does this start?

The rules take effect on Jan. 1.
"""


#: A trade paper's film story: the caption and its courtesy credit, the newsletter promo.
HOLLYWOOD_REPORTER_WEB = """Example Studios Sets Release Date for Lighthouse Thriller

The film, starring Jane Doe, will open in theaters next October.

By John Roe

November 4, 2025 11:30am

Jane Doe in a still from the film.
Courtesy of Example Studios

Example Studios has dated its lighthouse thriller for Oct. 16, 2026.

The film follows a keeper who finds a stranger washed up on the rocks during a storm.

Doe is repped by Example Agency and Example Management.

THR Newsletters

Sign up for THR news straight to your inbox every day
"""


#: A live page's entries: the key points, each entry's time with seconds and its heading.
SKY_LIVE_ENTRY = """Politics latest: Chancellor defends tax plans

Jane Doe
Political reporter

Key points
- Chancellor says plans are fair
- Opposition calls budget a "raid"

14:05:12

Chancellor defends plans in Commons

The chancellor has told MPs her tax plans are "fair and necessary".

She said the changes would raise £12bn a year by the end of the decade.

13:40:55

Opposition leader calls budget a raid on savers

The leader of the opposition said the budget would hit people who had saved for their retirement.
"""


#: A story from The i: dek without a full stop, the writer's title on its own line.
THE_I_WEB = """Rail fares to rise by 4.6 per cent in March

The increase is the smallest in three years, but passenger groups say it is still too high

Jane Doe

Transport Correspondent

November 4, 2025 6:00 am

Rail fares in England will rise by 4.6 per cent in March, the Government has announced.

The rise is below the rate set last year but above inflation.

Passenger groups said many commuters would struggle to afford it.

Read Next
"""


#: An Irish regional paper: the writer's e-mail under a label, the place in capitals opening the story.
IRISH_REGIONAL_WEB = """Limerick council to spend €2m on new footbridge

Jane Doe

Email:

jane.doe@example.ie

04 Nov 2025 6:12 PM

LIMERICK City and County Council is to spend €2 million on a new footbridge over the river, councillors heard on Monday.

The bridge will link the city centre with a new park on the north bank.

Work is due to start in the spring.
"""


#: A story shared from Apple News: the note, the paper's name, the link.
APPLE_NEWS_SHARE = """Shared from Apple News

Riverton Courier

City to plant 10,000 trees by 2030

The city will plant 10,000 trees over the next five years, the mayor said on Tuesday.

https://apple.news/AbCdEfGhIjKlMnOp
"""


#: A Mother Jones story: the outlet's picture credit with its source, the newsletter pitch.
MOTHER_JONES_WEB = """Politics

The Fight Over Rural Broadband Money Is Just Getting Started

States are racing to spend billions before the rules change again.

Jane Doe

Mother Jones illustration; Getty

Nov 4, 2025

States have until next year to hand out billions of dollars in federal money for rural internet service.

Some are moving fast. Others are waiting to see whether the rules will change.

Fight disinformation: Sign up for the free Mother Jones Daily newsletter and follow the news that matters.
"""


#: A Canadian regional paper (Postmedia): dek, stamp with reading time, the writer's e-mail.
CANADIAN_REGIONAL_WEB = """City council approves new snow-clearing plan

Residential streets will be cleared within 36 hours of a storm

Jane Doe
Reporter

Published Nov 04, 2025 • Last updated 2 hours ago • 2 minute read

WINNIPEG — City council approved a new snow-clearing plan on Tuesday that promises to clear residential streets within 36 hours of a major storm.

The plan adds 20 graders to the city's fleet.

jdoe@example.com

Share this article in your social network
"""


#: A tech site's review page: the sections button, the writer's title, stamp and reading time, the affiliate note.
ENGADGET_WEB = """Engadget

Sections

Framecraft's folding e-reader is finally shipping

It costs $499 and folds to the size of a paperback.

Jane Doe

Contributing Reporter

Tue, Nov 4, 2025, 9:30 AM 2 min read

Framecraft's folding e-reader, first shown at a trade show last year, is now shipping to customers in the US.

The device opens to a 10-inch screen and folds in half along a flexible hinge.

Framecraft says the hinge is rated for 100,000 folds.

This article contains affiliate links; if you click such a link and make a purchase, we may earn a commission.
"""


#: A reader-funded newsroom's story: the writer and stamp after a middle dot, the author box.
MEDIA_404_WEB = """404 Media

Data Brokers Are Selling Location Data From Weather Apps

Jane Doe · Nov 4, 2025 at 10:12 AM

Records show that location data collected by several weather apps ends up for sale on data broker marketplaces.

The data includes precise coordinates collected every few minutes.

None of the app makers responded to requests for comment.

About the Author

Jane Doe is a reporter covering privacy and surveillance.
"""


#: A medical news page: the specialty over the headline, a dek after a dash, the disclosures heading.
MEDPAGE_TODAY_WEB = """Cardiology

New Pill Lowers Blood Pressure in Hard-to-Treat Patients

— Drug cut systolic pressure by 10 mm Hg more than placebo at 12 weeks

by Jane Doe, Staff Writer, MedPage Today
November 4, 2025

An experimental pill lowered blood pressure in patients whose hypertension resisted other drugs, according to a trial presented at a cardiology meeting.

Patients on the drug saw systolic pressure fall by 10 mm Hg more than those on placebo after 12 weeks.

Side effects were mostly mild.

Disclosures

The trial was funded by the drug's maker.
"""


#: A fact-check by an agency's bureau: the writer and the bureau after a slash.
AFP_FACT_CHECK_WEB = """AFP Fact Check

Video of flooded airport is from 2019, not this week's storm

Published on November 4, 2025 at 18:12

By Jane DOE / AFP Canada

A video shared on social media claims to show an airport flooded by this week's storm. But the footage dates from 2019 and shows a different airport.

"Look at the airport right now," says a post shared thousands of times on Facebook.

A reverse image search found the same video in news reports from August 2019.
"""


#: A restaurant review: the label glued to the headline, the info box over the review.
RESTAURANT_REVIEW_WEB = """Restaurant review: The Copper Pot serves big flavors in a small room

By Jane Doe

Nov. 4, 2025

The Copper Pot

Address: 12 Main St., Riverton
Hours: 5 to 10 p.m. Tuesday through Saturday
Prices: Entrees $18 to $32

The Copper Pot has only 24 seats, and on a Friday night every one of them is full.

The menu changes weekly. On my visits the braised short rib and a bright green risotto were the standouts.

Service is warm, if sometimes slow when the room is busy.
"""


#: An explanatory site's story: section, dek, the writer's note over the story.
VOX_WEB = """Politics

Why the budget fight is really about next year's election

Neither party expects a deal. Both want the blame to land on the other.

by Jane Doe

Nov 4, 2025, 7:00 AM EST

Jane Doe is a senior politics reporter at Vox.

Congress has until the end of the month to pass a spending bill, and almost nobody in Washington thinks it will.

The two parties are far apart on spending levels.

Both sides believe a shutdown would hurt the other more.
"""


#: A newsletter's edition: its name over the greeting, a section heading.
PUNCHBOWL_NEWSLETTER = """Punchbowl News AM

Good Tuesday morning. The Senate returns today with two weeks left before the spending deadline.

The spending fight

Senate leaders are still far apart on a short-term spending bill. The two sides traded offers over the weekend but made little progress.

House Republicans meet this morning to discuss their own plan.

Sign up for Punchbowl News
"""


#: A UK broadcaster's web story: the date in figures, its standards link.
GB_NEWS_WEB = """Council tax to rise by five per cent in two thirds of areas

By Jane Doe

Published: 04/11/2025

Council tax bills will rise by five per cent in two thirds of areas in England next year, figures show.

The rise will add about £100 to the average band D bill.

Councils said they had no choice because of rising costs in adult social care.

Our Standards: The GB News Editorial Charter
"""


#: An Australian regional (ACM): updated and first published in one stamp, the newsletter pitch.
NEWCASTLE_HERALD_WEB = """Coal train derails near Maitland, line closed

Jane Doe

Updated November 4 2025 - 6:12pm, first published 3:40pm

A coal train has derailed near Maitland, closing the Hunter line for several hours.

No one was hurt. Crews were working to lift the wagons back onto the tracks on Tuesday evening.

Passenger services were replaced by buses.

Get the latest Newcastle news in your inbox

Sign up for our newsletter to stay up to date.
"""


#: A page through w3m: the paper's name over its links, hard-wrapped paragraphs, the copyright.
W3M_DUMP = """Example Gazette
Home | News | Sports | Opinion

Harbor dredging to begin next spring

By Jane Doe | November 4, 2025

Work to deepen the harbor channel will begin next spring, the port authority said on
Tuesday, after a federal agency approved the last of the permits the project needed
and the state agreed to pay a third of the cost of the work.

The project will let larger cargo ships dock at the city's main terminal, which now
turns away the biggest vessels at low tide, and it is expected to take two years to
finish, the port authority said in a statement on its website.

Fishing groups have raised concerns about the effect on shellfish beds near the mouth
of the channel, and the port authority said it would monitor the water and pause the
dredging if the levels of sediment in the water rose too high during the work.

© 2025 Example Gazette. All rights reserved.
"""


#: A Readwise export in Markdown: the title, the cover image, metadata and highlights.
READWISE_EXPORT = """# Why Some Trees Drop Their Leaves Early

![rw-book-cover](https://example.com/cover.jpg)

## Metadata
- Author: [[Jane Doe]]
- Full Title: Why Some Trees Drop Their Leaves Early
- Category: #articles
- URL: https://example.com/trees

## Highlights
- When the soil dries out, a tree loses water through its leaves faster than its roots can replace it.
- Dropping leaves early cuts that loss.
"""


READWISE_EXPORT_TAGS = """# Harbour Seals Return to the Estuary

![rw-book-cover](https://example.org/covers/seal.png)

## Metadata
- Author: [[Priya Raman]]
- Full Title: Harbour Seals Return to the Estuary After Forty Years
- Category: #articles
- Document Tags: [[wildlife]] [[rivers]]
- URL: https://example.org/news/seals

## Highlights
- Volunteers counted 63 seals on the sandbanks at low tide in June, the highest number since counts began. ([View Highlight](https://read.readwise.io/read/01hx4k2))
- The return follows two decades of work to clean up the river's water. ([View Highlight](https://read.readwise.io/read/01hx4k3))
- Boat operators have been asked to keep at least 100 metres away from the haul-out sites. ([View Highlight](https://read.readwise.io/read/01hx4k4))
"""

LOGSEQ_PAGE = """# Night buses to run every 15 minutes

- author: [[Tomasz Nowak]]
- source: https://example.net/transport/night-buses
- date: 2025-10-02
- tags: [[transport]]

- The city's night buses will run every 15 minutes on the four busiest routes from next month, the transport authority said.
- The change follows complaints from hospital and hotel workers who finish late shifts.
- The authority said the extra services would cost about 2 million a year.
"""


BENZINGA_WEB = (
    "Acme Robotics Shares Jump After Third-Quarter Beat: What's Going On\n\n"
    "by Jane Doe, Benzinga Staff Writer\n\n"
    "November 4, 2025 10:12 AM | 2 min read\n\n"
    "Acme Robotics Inc (NASDAQ:ACMR) shares are trading higher on Tuesday after the company "
    "reported third-quarter revenue ahead of analyst estimates.\n\n"
    "The company posted revenue of $412 million, up 18% from a year earlier, and above the "
    "consensus estimate of $398 million.\n\n"
    "Acme said orders from warehouse customers doubled in the quarter and raised its "
    "full-year outlook.\n\n"
    "ACMR Price Action: Acme shares were up 9.4% at $52.10 at the time of publication.\n\n"
    "Read Next:\n\n"
    "Photo: Shutterstock\n\n"
    "This article was generated with the help of Benzinga Neuro and was reviewed and "
    "published by Benzinga editors.\n\n"
    "© 2025 Benzinga.com. Benzinga does not provide investment advice. All rights reserved."
)

CONGRESS_RELEASE = (
    "Skip to content\n\n"
    "Home | About | News | Contact\n\n"
    "Press Releases\n\n"
    "Doe Introduces Bill to Expand Rural Broadband Grants\n\n"
    "November 4, 2025\n\n"
    "WASHINGTON, D.C. – Today, U.S. Representative Jane Doe introduced a bill that would "
    "double the money available to rural co-ops that build broadband lines.\n\n"
    "\u201cToo many families in our district still cannot get a decent connection,\u201d "
    "said Rep. Doe. \u201cThis bill changes that.\u201d\n\n"
    "The bill has the support of the state's farm bureau and four electric co-ops.\n\n"
    "Full text of the bill can be found here.\n\n"
    "###"
)

FOOTBALL_MINUTE = (
    "Riverton 2-1 Eastport: live updates from the cup semi-final\n\n"
    "By Jane Doe\n\n"
    "Last updated: 4 November 2025 21:58 GMT\n\n"
    "FULL TIME: Riverton are into the final after a late winner from John Roe.\n\n"
    "90+3 min: Roe! He meets a low cross at the near post and Riverton lead.\n\n"
    "78 min: Eastport make a double change as they push for a winner.\n\n"
    "52 min: GOAL! Eastport level through a header from a corner.\n\n"
    "23 min: GOAL! Riverton lead with a deflected shot from the edge of the box.\n\n"
    "Kick-off: We are under way in the rain."
)

GOOGLE_DOCS_PASTE = (
    "DRAFT \u2013 NOT FOR PUBLICATION\n\n"
    "Council delays vote on new parking fees\n\n"
    "By Jane Doe\n\n"
    "The city council on Monday put off a vote on higher downtown parking fees after "
    "shop owners packed the meeting to object.\n\n"
    "Council members said they wanted more time to study the plan.\n\n"
    "Page 1 of 2\n\n"
    "The vote is now set for Dec. 1.\n\n"
    "Page 2 of 2"
)

LOCAL_RADIO = (
    "WXRV 101.5 FM\n\n"
    "Listen Live\n\n"
    "Local News\n\n"
    "Riverton schools to add two snow days to calendar\n\n"
    "By Jane Doe | November 4, 2025 at 5:42 PM\n\n"
    "RIVERTON, Ohio (WXRV) \u2014 The Riverton school board voted Tuesday night to add "
    "two extra snow days to this year's calendar.\n\n"
    "The days will come out of spring break if they are not needed by March.\n\n"
    "Parents can find the updated calendar on the district's website.\n\n"
    "Copyright 2025 WXRV. All rights reserved."
)

NEWSWIRE_INDIA = (
    "Acme Pharma receives approval for new diabetes drug\n\n"
    "Newswire | Updated: Nov 04, 2025 18:12 IST\n\n"
    "Mumbai (Maharashtra) [India], November 4 (ANI/NewsVoir): Acme Pharma Ltd on Tuesday "
    "said it had received approval from the drug regulator to sell a new diabetes drug "
    "in India.\n\n"
    "The company said the drug would be launched in the first quarter of next year.\n\n"
    "(Disclaimer: The above press release has been provided by NewsVoir. ANI will not be "
    "responsible in any way for the content of the same)"
)

PODCAST_TRANSCRIPT = (
    "Episode 112: Why the Bus Strike Dragged On\n\n"
    "The Riverton Report\n\n"
    "Nov 4, 2025 \u00b7 32 min\n\n"
    "Transcript\n\n"
    "[00:00:00] JANE DOE: From the Riverton Courier, this is The Riverton Report. I'm Jane Doe.\n\n"
    "[00:00:07] JANE DOE: The city's bus drivers went back to work on Monday after a "
    "three-week strike. Today, how the two sides finally got to a deal.\n\n"
    "[00:00:21] JOHN ROE: It came down to the overtime rules. Everything else had been "
    "settled for days.\n\n"
    "[00:00:30] JANE DOE: John Roe covers transit for the Courier.\n\n"
    "This transcript was generated automatically and may contain errors."
)

PRESSREADER_TEXT = (
    "The Riverton Courier\n\n"
    "4 Nov 2025\n\n"
    "Mayor backs plan for new ferry route\n\n"
    "JANE DOE\n\n"
    "The mayor on Monday threw her support behind a plan to run a ferry between the "
    "harbour and the airport.\n\n"
    "The route would cut the trip to 20 minutes, supporters say.\n\n"
    "jdoe@rivertoncourier.example"
)

PROJECT_SYNDICATE = (
    "The Quiet Crisis in Emerging-Market Debt\n\n"
    "Nov 4, 2025 Jane Doe\n\n"
    "Rich-country interest rates have come down, but many poorer countries are still "
    "paying more to borrow than they did a decade ago. Unless creditors act, the next "
    "default wave is a matter of time.\n\n"
    "CAMBRIDGE \u2013 When the world's big central banks began cutting rates last year, "
    "many expected relief for developing economies.\n\n"
    "That relief has not arrived. Spreads on sovereign bonds remain high, and the "
    "pipeline of new lending has dried up.\n\n"
    "Creditors still have time to act, but the window is closing.\n\n"
    "Jane Doe, a former chief economist at the Example Development Bank, is Professor of "
    "Economics at Riverton University.\n\n"
    "Copyright: Project Syndicate, 2025.\nwww.project-syndicate.org"
)

RACING_RESULTS = (
    "Harbour Light lands the feature at Riverton Park\n\n"
    "By Jane Doe\n\n"
    "RIVERTON, Nov. 4 \u2014 Harbour Light came from last to win the Riverton Cup by a "
    "length on Tuesday, giving trainer John Roe his third win in the race.\n\n"
    "The 5-year-old mare was 12th of 14 at the turn before rallying wide.\n\n"
    "\u201cShe just keeps finding more,\u201d Roe said.\n\n"
    "RESULTS\n\n"
    "1. Harbour Light (J. Smith) 8-1\n"
    "2. Northern Star (A. Brown) 3-1\n"
    "3. Quiet Storm (L. Green) 5-2\n\n"
    "Time: 1:49.12. Scratched: Blue Moon."
)

SEEKING_ALPHA_NEWS = (
    "Acme Foods Q3 earnings beat, raises full-year sales outlook\n\n"
    "Nov. 04, 2025 7:12 AM ET Acme Foods Inc. (ACME) Stock\n\n"
    "By: Jane Doe, SA News Editor\n\n"
    "Acme Foods (NYSE:ACME) reported third-quarter adjusted earnings of $1.12 per share, "
    "ahead of the $1.05 consensus estimate.\n\n"
    "Revenue rose 6% to $2.4B, in line with estimates.\n\n"
    "The company now expects full-year organic sales growth of 4% to 5%.\n\n"
    "More on Acme Foods\n\n"
    "Acme Foods: A Steady Compounder At A Fair Price\n\n"
    "Acme Foods Non-GAAP EPS of $1.12 beats by $0.07"
)

SLACK_PASTE = (
    "Jane Doe  10:42 AM\n"
    "Here's the piece for the 11 o'clock update:\n\n"
    "Storm knocks out power to 20,000 homes\n\n"
    "RIVERTON \u2014 A line of strong storms knocked out power to about 20,000 homes in "
    "the Riverton area on Tuesday morning, the utility said.\n\n"
    "Crews expected to restore most service by the evening.\n\n"
    "The National Weather Service said more storms were possible overnight."
)

UNIVERSITY_NEWS = (
    "News & Events\n\n"
    "Riverton researchers map how bees find their way home\n\n"
    "November 4, 2025\n\n"
    "Media contact: Jane Doe, jdoe@riverton.example.edu\n\n"
    "A team at Riverton University has shown that honeybees use the pattern of light in "
    "the sky to find their hive on cloudy days.\n\n"
    "The study, published in a leading biology journal, tracked more than 2,000 bees "
    "fitted with tiny radio tags.\n\n"
    "\u201cWe were surprised how well they coped,\u201d said John Roe, a professor of biology.\n\n"
    "The work was funded by the National Science Foundation.\n\n"
    "Share this story"
)

WHITE_HOUSE_BRIEFING = (
    "Press Briefing by Press Secretary Jane Doe\n\n"
    "James S. Brady Press Briefing Room\n\n"
    "1:14 P.M. EST\n\n"
    "MS. DOE: Good afternoon, everyone. Before I take your questions, I have a short "
    "update on the storm response in the Gulf states.\n\n"
    "The President spoke this morning with the governors of both states and offered "
    "whatever federal help they need.\n\n"
    "With that, I am happy to take your questions.\n\n"
    "Q Thank you. Can you say when the President will visit the region?\n\n"
    "MS. DOE: We do not have a date yet. We will let you know as soon as we do.\n\n"
    "1:52 P.M. EST"
)

WIKINEWS = (
    "Flooding closes main highway in northern Riverland\n\n"
    "Tuesday, November 4, 2025\n\n"
    "Heavy rain over the weekend has closed the main highway through northern Riverland, "
    "officials said on Monday.\n\n"
    "The regional roads agency said the road would stay shut for at least three days "
    "while crews cleared debris.\n\n"
    "No injuries have been reported.\n\n"
    "Sources\n\n"
    '"Highway shut after storms" \u2014 Riverton Courier, November 3, 2025\n\n'
    "This page is archived, and is no longer publicly editable."
)

ZACKS_WEB = (
    "Should You Buy Acme Robotics (ACMR) Ahead of Earnings?\n\n"
    "Zacks Equity Research\n\n"
    "Tue, November 4, 2025 at 9:40 AM EST 3 min read\n\n"
    "Acme Robotics (ACMR) is set to report third-quarter results after the bell on "
    "Wednesday.\n\n"
    "The Zacks Consensus Estimate for earnings is 54 cents per share, up 12.5% from the "
    "year-ago quarter.\n\n"
    "Acme currently carries a Zacks Rank #3 (Hold).\n\n"
    "Want the latest recommendations from Zacks Investment Research? Today, you can "
    "download 7 Best Stocks for the Next 30 Days. Click to get this free report\n\n"
    "To read this article on Zacks.com click here.\n\n"
    "Zacks Investment Research"
)


RESEARCH_NOTE_WEB = (
    "Is Northgate Foods (NGF) a Buy After Its Dividend Hike?\n\n"
    "Harbourline Equity Research\n\n"
    "Mon, March 9, 2026 at 8:15 AM EDT 2 min read\n\n"
    "Northgate Foods (NGF) raised its quarterly dividend by 8% on Friday, its eleventh "
    "increase in as many years.\n\n"
    "The packaged-food maker also said it would buy back up to $400 million of its shares "
    "over the next two years.\n\n"
    "Analysts expect earnings of $2.31 per share this year, up 6% from last year.\n\n"
    "Looking for more ideas like this one? Sign up for our free weekly newsletter.\n\n"
    "Read the full report on harbourline.example.\n\n"
    "Harbourline Research Group"
)


PODCAST_EPISODE_WEB = (
    "The Quiet Fight Over the City's Water Meters\n\n"
    "The Morning Loop\n\n"
    "November 5, 2025 5:00 AM ET\n\n"
    "Across Riverton, thousands of homeowners opened water bills this autumn that were "
    "three or four times what they usually pay.\n\n"
    "The city says the new smart meters are simply more accurate than the old ones. "
    "Residents say the meters are broken.\n\n"
    "A council committee will take up the dispute next week, and an outside engineer "
    "has been asked to test a sample of the devices.\n\n"
    "Until then, the utility has agreed to suspend shut-offs for unpaid bills.\n\n"
    "Copyright 2025 Riverton Public Radio"
)

GOVERNOR_BRIEFING = (
    "Governor Doe Holds Media Availability on Flood Recovery\n\n"
    "State Capitol Press Room\n\n"
    "Nov 12, 2025 10:03 AM\n\n"
    "GOVERNOR DOE: Good morning. I want to start with an update on the rivers, which "
    "are falling faster than we expected.\n\n"
    "Roughly four hundred families are still in shelters tonight, and we expect most "
    "of them to be home by the weekend.\n\n"
    "QUESTION: Governor, will the state ask for federal disaster aid?\n\n"
    "GOVERNOR DOE: The request went out last night. We hope to hear back this week."
)

MARKET_DESK_NOTE = (
    "Three Dividend Stocks to Watch This Week\n\n"
    "Riverton Markets Desk\n\n"
    "Wed, November 5, 2025 at 7:02 AM EST 2 min read\n\n"
    "Utilities and pipeline operators have held up well this quarter as investors look "
    "for steady income.\n\n"
    "Harbor Gas, which raised its payout in August, yields a little over five percent.\n\n"
    "Lakeside Power reports results on Thursday; analysts expect flat earnings."
)


CITY_MARATHON_STORY = (
    "Local teacher wins Riverton Marathon in course record\n\n"
    "By John Roe\n\n"
    "RIVERTON — A middle-school science teacher broke the course record at the Riverton "
    "Marathon on Sunday, finishing almost two minutes ahead of the field.\n\n"
    "Maria Lopez, 34, pulled away from the leaders near the river crossing at mile 20 "
    "and never looked back.\n\n"
    "Organizers said more than 6,000 runners finished the race in cool, dry weather.\n\n"
    "TOP FINISHERS\n\n"
    "1. Maria Lopez, Riverton, 2:31:08\n"
    "2. Anna Berg, Eastport, 2:33:02\n"
    "3. Kate Moss, Northfield, 2:34:40"
)
PREP_FOOTBALL_STORY = (
    "Northfield holds off Eastport to reach title game\n\n"
    "By Jane Doe\n"
    "Staff Writer\n\n"
    "Northfield's defense made two stops inside its own 10-yard line in the fourth quarter, "
    "and the Lions beat Eastport 21-17 on Friday night.\n\n"
    "Quarterback Sam Reyes threw for 212 yards and ran for the go-ahead score with five "
    "minutes left.\n\n"
    "KEY STATS\n\n"
    "Reyes: 14 of 22, 212 yards, 1 TD\n\n"
    "Eastport rushing: 41 carries, 188 yards\n\n"
    "UP NEXT\n\n"
    "Northfield plays Southport for the state title on Dec. 6."
)


TRADE_MAGAZINE_PDF = (
    "HARBOR FREIGHT QUARTERLY | WINTER 2025\n\n"
    "Why the ports ran out of cranes\n\n"
    "A decade of bigger ships left the older terminals short of the equipment to unload them.\n\n"
    "BY JOHN ROE\n\n"
    "When the first of the new container ships tied up at Riverton, the terminal had two "
    "cranes that could reach across its deck.\n\n"
    "The port has since ordered six more, but the factory that builds them has a waiting "
    "list of three years.\n\n"
    "HARBOR FREIGHT QUARTERLY 17\n\n"
    "Until then, ships wait at anchor for a berth, sometimes for a week or more.\n\n"
    "Shipping lines have started to skip the port altogether."
)


OPINION_SYNDICATE_WEB = (
    "Cities Need a Better Plan for Heat\n\n"
    "By John Roe\n\n"
    "Summers are getting longer and hotter, yet most city budgets still treat heat as a "
    "passing emergency rather than a permanent feature of urban life.\n\n"
    "ROTTERDAM \u2013 Last July, the city's emergency rooms saw twice the usual number of "
    "patients during a week of record temperatures.\n\n"
    "Cooling centers opened late and closed early, and many of those who needed them most "
    "never heard they existed.\n\n"
    "A permanent heat plan would cost far less than the damage done each summer.\n\n"
    "John Roe is a senior fellow at the Example Institute for Urban Policy."
)


PRN_ASIA = (
    "Acme Logistics opens new hub in Singapore\n\n"
    "News provided by\n\n"
    "Acme Logistics\n\n"
    "04 Nov, 2025, 09:00 SGT\n\n"
    "SINGAPORE, Nov. 4, 2025 /PRNewswire/ -- Acme Logistics today opened a new regional hub "
    "in Singapore, its largest outside Europe.\n\n"
    "The hub will handle up to 40,000 parcels an hour.\n\n"
    "About Acme Logistics\n\n"
    "Acme Logistics is a parcel and freight company based in Rotterdam.\n\n"
    "SOURCE Acme Logistics"
)

BOX_SCORE_STORY = (
    "Roe's late three lifts Riverton past Eastport\n\n"
    "By JANE DOE\nAssociated Press\n\n"
    "RIVERTON, Ohio (AP) \u2014 John Roe hit a 3-pointer with 4 seconds left and Riverton beat "
    "Eastport 88-86 on Tuesday night.\n\n"
    "Roe finished with 24 points and seven assists.\n\n"
    "Eastport led by 11 at halftime but went cold in the third quarter.\n\n"
    "UP NEXT\n\n"
    "Riverton: Hosts Northfield on Friday.\n\n"
    "Eastport: At Southport on Saturday.\n\n"
    "___\n\n"
    "AP college basketball: https://apnews.com/hub/college-basketball"
)

APPLE_NEWS_PDF = (
    "THE RIVERTON REVIEW | NOVEMBER 2025\n\n"
    "The last lighthouse keeper\n\n"
    "For 40 years, one family kept the light burning on Gull Rock. Now the last of them is "
    "leaving.\n\n"
    "BY JANE DOE\n\n"
    "PHOTOGRAPHS BY JOHN ROE\n\n"
    "The boat to Gull Rock leaves when the tide allows, not before.\n\n"
    "Mary Smith has made the trip more times than she can count.\n\n"
    "She will make it one last time in the spring.\n\n"
    "42 THE RIVERTON REVIEW"
)

DOW_JONES_WEB = (
    "Acme Steel to Cut 500 Jobs as Demand Slows -- Update\n\n"
    "By Jane Doe\n\n"
    "Acme Steel said it would cut about 500 jobs, or 4% of its workforce, as demand from "
    "car makers slows.\n\n"
    "The company said the cuts would save about $60 million a year.\n\n"
    "Shares fell 3% in morning trading.\n\n"
    "Write to Jane Doe at jane.doe@wsj.com\n\n"
    "(END) Dow Jones Newswires\n\n"
    "November 04, 2025 10:42 ET (15:42 GMT)\n\n"
    "Copyright (c) 2025 Dow Jones & Company, Inc."
)


# Text as NLP datasets and extraction tools hold it (round 19): corpus records
# (SGML, XML, WARC, labelled fields) and extractors' outputs.

GIGAWORD_SGML = """<DOC id="APW_ENG_20240312.0417" type="story" >
<HEADLINE>
Ferry operator suspends night crossings after engine fire
</HEADLINE>
<DATELINE>
HALIFAX, Nova Scotia (AP)\x20
</DATELINE>
<TEXT>
<P>
A regional ferry operator suspended all night crossings on Tuesday after an
engine fire forced 140 passengers to wait on deck for nearly two hours off the
coast.
</P>
<P>
No one was hurt, the company said, but the vessel was towed back to port and
will stay out of service while inspectors examine its engine room.
</P>
<P>
``We will not run another night sailing until we know exactly what happened,''
said Marie Coady, the operator's chief executive.
</P>
<P>
Passengers described smoke rising from a vent near the stern shortly after 10
p.m.
</P>
</TEXT>
</DOC>
"""


GIGAWORD_NYT_SGML = """<DOC id="NYT_ENG_20230914.0112" type="story" >
<HEADLINE>
School Board Delays Vote on Later Start Times
</HEADLINE>
<DATELINE>
RIVERTON, Ohio\x20
</DATELINE>
<TEXT>
<P>
The school board here postponed a vote on Wednesday night on pushing back
the start of the high school day by 45 minutes, after parents and bus
drivers filled the meeting room to argue both sides.
</P>
<P>
Supporters cited research linking later start times to better grades and
fewer car accidents among teenagers. Opponents said the change would force
younger children to wait for buses in the dark.
</P>
<P>
``We heard a lot tonight that we had not considered,'' said the board's
president, Linda Park. ``We owe it to families to get this right.''
</P>
<P>
The board said it would take up the question again in November.
</P>
</TEXT>
</DOC>
"""


RCV1_XML = """<?xml version="1.0" encoding="iso-8859-1" ?>
<newsitem itemid="48213" id="root" date="1996-08-21" xml:lang="en">
<title>USA: Grain barges slowed by low water on upper Mississippi.</title>
<headline>Grain barges slowed by low water on upper Mississippi.</headline>
<byline>Jane Doe</byline>
<dateline>ST. LOUIS 1996-08-21</dateline>
<text>
<p>Barge traffic on the upper Mississippi River slowed sharply on Wednesday as water levels fell after weeks without rain, grain traders said.</p>
<p>Several towboats were ordered to carry lighter loads between Dubuque and St. Louis, adding to freight costs at the start of the harvest.</p>
<p>&quot;Every inch of water matters now,&quot; one barge broker said.</p>
<p>The Army Corps of Engineers said it would dredge two shallow stretches next week.</p>
</text>
<copyright>(c) Reuters Limited 1996</copyright>
<metadata>
<codes class="bip:countries:1.0">
  <code code="USA">
    <editdetail attribution="Reuters BIP Coding Group" action="confirmed" date="1996-08-21"/>
  </code>
</codes>
<dc element="dc.date.created" value="1996-08-21"/>
<dc element="dc.publisher" value="Reuters Holdings Plc"/>
</metadata>
</newsitem>
"""


RCV1_XML_NO_BYLINE = """<?xml version="1.0" encoding="iso-8859-1" ?>
<newsitem itemid="51977" id="root" date="1996-09-03" xml:lang="en">
<title>UK: Cold snap lifts gas demand to a six-month high.</title>
<headline>Cold snap lifts gas demand to a six-month high.</headline>
<dateline>LONDON 1996-09-03</dateline>
<text>
<p>British gas demand rose to its highest level in six months on Tuesday as an early cold snap swept across northern England and Scotland, network figures showed.</p>
<p>Demand was forecast at 215 million cubic metres for the day, up from 182 million on Monday.</p>
<p>Prompt prices on the spot market climbed about 1.5 pence a therm in early trade, dealers said.</p>
<p>&quot;Nobody expected it to turn this cold before the end of September,&quot; one trader said.</p>
<p>Forecasters said temperatures should return to normal by the weekend.</p>
</text>
<copyright>(c) Reuters Limited 1996</copyright>
<metadata>
<codes class="bip:topics:1.0">
  <code code="M14">
    <editdetail attribution="Reuters BIP Coding Group" action="confirmed" date="1996-09-03"/>
  </code>
</codes>
<dc element="dc.date.created" value="1996-09-03"/>
<dc element="dc.source" value="Reuters"/>
</metadata>
</newsitem>
"""

RCV1_XML_FRANKFURT = """<?xml version="1.0" encoding="iso-8859-1" ?>
<newsitem itemid="402118" id="root" date="1997-03-12" xml:lang="en">
<title>GERMANY: Carmaker to add night shift at Saxony plant.</title>
<headline>Carmaker to add night shift at Saxony plant.</headline>
<byline>Tomas Berger</byline>
<dateline>FRANKFURT 1997-03-12</dateline>
<text>
<p>A German carmaker said on Wednesday it would add a night shift at its plant in Saxony from May to meet strong demand for its new compact model.</p>
<p>The company said the shift would create about 600 jobs, most of them filled by temporary workers at first.</p>
<p>The works council welcomed the move but said it wanted the new posts made permanent within a year.</p>
</text>
<copyright>(c) Reuters Limited 1997</copyright>
<metadata>
<dc element="dc.date.created" value="1997-03-12"/>
<dc element="dc.publisher" value="Reuters Holdings Plc"/>
</metadata>
</newsitem>
"""


COMMON_CRAWL_WET = """WARC/1.0
WARC-Type: conversion
WARC-Target-URI: https://www.rivertongazette.example/news/2024/05/20/library-reopens
WARC-Date: 2024-05-21T14:02:11Z
WARC-Record-ID: <urn:uuid:1b7c0a52-4d7e-4b7b-9e0c-3f8e2a1d9c55>
WARC-Refers-To: <urn:uuid:0f4e9d1a-22c3-4e1b-8f7a-6d5c4b3a2e10>
WARC-Block-Digest: sha1:7QJ2KX4ZL5M3N6P8R2T4V6X8Z2B4D6F8
WARC-Identified-Content-Language: eng
Content-Type: text/plain
Content-Length: 1873

Library reopens after two-year renovation
The central library reopened its doors on Monday after a two-year renovation that added a children's wing, a recording studio and a rooftop reading garden.
More than 2,000 people came through the entrance in the first hour, staff said, many of them families who had used a temporary branch in a former shoe shop.
"We wanted a building that feels like it belongs to everyone," said head librarian Ruth Okafor.
The project cost $38 million, most of it from a bond approved by voters in 2021.
The library will open until 9 p.m. on weekdays through the summer.
"""


CC_NEWS_WET_PAGE = """WARC/1.0
WARC-Type: conversion
WARC-Target-URI: https://www.harborcitytimes.example/2025/06/12/water-main-break/
WARC-Date: 2025-06-12T19:44:02Z
WARC-Record-ID: <urn:uuid:9d3f1c2b-7a44-4e0a-b1f2-55c8e7a0d913>
WARC-Refers-To: <urn:uuid:3a1e8b7c-0d22-4f55-9c61-8e2b4d7f1a06>
WARC-Block-Digest: sha1:KQ3M5N7P2R4T6V8X2Z4B6D8F2H4J6L8N
Content-Type: text/plain
Content-Length: 1402

Water main break floods downtown streets - Harbor City Times
Water main break floods downtown streets
By Tom Hardy
June 12, 2025
A water main burst under Harbor Street early on Thursday, flooding several downtown blocks and cutting off water to about 3,000 homes.
Crews shut the valve shortly after 6 a.m., but not before water poured into the basements of at least a dozen shops.
"It came up through the floor like a fountain," said Maria Lopez, who runs a bakery on the corner.
Water service is expected to be restored by Friday morning.
Copyright 2025 Harbor City Times. All rights reserved.
"""


CNN_DAILYMAIL_STORY = """(CNN) -- Rescue crews pulled a dozen hikers from a flooded canyon in southern Utah on Saturday after a sudden storm trapped them on a narrow ledge overnight, officials said.

The group, which included two teenagers, had set out on Friday morning before forecasters issued a flash flood warning for the area, according to the county sheriff's office.

"They did everything right once the water came up," said Sgt. Dale Whitmore. "They climbed high and they stayed together."

A helicopter lifted the hikers out in four trips. One woman was treated for a sprained ankle.

The canyon will remain closed until at least Monday, park officials said.

@highlight

Twelve hikers rescued from flooded Utah canyon

@highlight

Group spent the night on a narrow ledge after a sudden storm

@highlight

"They climbed high and they stayed together," sheriff's sergeant says
"""


DAILYMAIL_DATASET_STORY = """By . Jane Doe . PUBLISHED: . 08:14 EST, 3 March 2014 . | . UPDATED: . 11:02 EST, 3 March 2014 . A retired postman has returned a love letter to its owner more than forty years after it slipped behind a sorting frame in a village post office. The envelope, addressed to a woman in Devon, was found during building work last month. 'I knew straight away I had to find her,' said Peter Hale, 71. The letter was written in 1973 by the woman's late husband while he served in the navy.

@highlight

Letter from 1973 found behind sorting frame during building work

@highlight

Retired postman Peter Hale tracked down the woman it was addressed to
"""


DAILYMAIL_DATASET_UPDATED = """By . Daily Mail Reporter . Last updated at 2:14 PM on 3rd March 2011 . A council has been told to repay £40,000 to residents after charging them twice for garden waste collections. The mistake affected more than 1,200 homes, an audit found. 'It was a simple error in the billing system,' a spokesman said.

@highlight

Council charged 1,200 homes twice for garden waste

@highlight

Residents will be repaid £40,000
"""


XSUM_DOCUMENT = """The council said the decision to close the leisure centre in the town had been taken "with great reluctance".
It said repairs to the pool roof would cost more than £2m and could not be justified while demand was falling.
Media playback is unsupported on your device
Media caption Swimmers said they were angry about the closure
About 400 people signed a petition calling for the centre to be saved.
Campaigner Alison Price said: "This is the only pool for twenty miles."
The council will discuss alternatives at a meeting next month.
"""


XSUM_RAW_RECORD = """[SN]URL[SN]
http://www.bbc.co.uk/news/uk-wales-12345678
[SN]TITLE[SN]
Leisure centre to close over pool roof repair bill
[SN]FIRST-SENTENCE[SN]
A leisure centre in Powys is to close after the council said it could not afford to repair its pool roof.
[SN]RESTBODY[SN]
The council said the decision had been taken "with great reluctance".
It said repairs to the pool roof would cost more than £2m.
About 400 people signed a petition calling for the centre to be saved.
The council will discuss alternatives at a meeting next month.
"""


MULTI_NEWS_RECORD = """Ferry crossings halted after engine fire NEWLINE_CHAR NEWLINE_CHAR A regional ferry operator suspended all night crossings on Tuesday after an engine fire forced passengers to wait on deck. NEWLINE_CHAR NEWLINE_CHAR No one was hurt, the company said. ||||| HALIFAX (Reuters) - A ferry company halted its overnight services after a fire broke out in an engine room, a spokeswoman said on Tuesday. NEWLINE_CHAR NEWLINE_CHAR Inspectors are examining the vessel. |||||"""


NEWSPAPER3K_TEXT = """The city council voted 7-2 on Tuesday to ban gas-powered leaf blowers from residential streets starting in 2026.

Supporters said the machines are loud and pollute the air, while landscapers warned the change would raise their costs.

"We are not against clean air," said Tom Brandt, who runs a small gardening firm. "We just need time and help to switch."

The ordinance sets aside $250,000 for rebates on electric equipment.

Council members said they would review the rules after the first year."""


TRAFILATURA_TEXT = """Port strike enters second week as talks stall
Dock workers at the country's two largest ports stayed off the job for an eighth day on Tuesday, leaving hundreds of containers stacked on the quays.
The union is asking for:
- a 9 percent pay rise over two years
- limits on automated cranes
- new safety rules for night shifts
Port operators said the demands would cost more than the ports earn in a year.
| Port | Ships waiting | Containers stuck |
| Northhaven | 31 | 12,400 |
| Eastmouth | 18 | 7,900 |
"We are ready to talk any time," union leader Carla Mendes said.
The labour ministry said a mediator would meet both sides on Thursday.
"""


BEAUTIFULSOUP_PAGE = """


Council approves new bike lanes | Riverton Courier





Skip to content



Home
News
Sports
Opinion
Subscribe


     \x20
Council approves new bike lanes
     \x20

By Jane Doe
     \x20
March 4, 2025
     \x20


The city council approved plans on Monday for 12 miles of protected bike lanes along three of the busiest roads in the city.


The lanes will be separated from traffic by concrete curbs and planters, and work will begin in the spring.


"This is about keeping people alive," said council member Rosa Diaz, who proposed the plan.


Some shop owners on Main Street said they worried about losing parking spaces.


The project is expected to cost $14 million.


     \x20
Share this article
Facebook
Twitter
Email


© 2025 Riverton Courier. All rights reserved.
Privacy Policy
Terms of Use


"""


HTML2TEXT_MARKDOWN = """# Council approves new bike lanes

By [Jane Doe](/authors/jane-doe)

March 4, 2025

![Cyclists ride along Main Street.](/images/bikes.jpg)

Cyclists ride along Main Street. (Photo: John Roe/Riverton Courier)

The city council approved plans on Monday for 12 miles of protected bike lanes
along three of the busiest roads in the city, ending a two-year argument over
how to make the streets safer for the growing number of people riding to work.

The plan includes:

  * concrete curbs between lanes and traffic
  * new signals at 14 crossings
  * a review after one year

"This is about keeping people alive," said council member Rosa Diaz, who
proposed the plan after a cyclist was killed near the train station last
autumn. Read the [full plan][1].

Some shop owners on Main Street said they were worried about losing the
parking spaces in front of their stores, and asked the council to phase in the
work over two summers instead of one.

The project is expected to cost $14 million, most of it paid for by a state
grant for safer streets.

   [1]: https://rivertoncourier.example/docs/bike-plan.pdf
"""


TRAFILATURA_TEXT_RESULTS = """Ferry fares to rise by a fifth from April
The island's ferry operator will raise fares on all three of its routes from the first of April, the regional transport board said on Monday.
The board said fuel and crew costs had gone up faster than expected since the last increase two years ago.
| Route | Adult return |
| Harlow Quay - Innisbrae | £18.40 |
| Harlow Quay - Carrick Point | £22.10 |
| Innisbrae - Carrick Point | £9.80 |
Islanders will keep their resident discount of 40 percent, the operator said.
"People here have no other way to get to the mainland," said Moira Tulloch, who chairs the island council's transport group.
The board will hold a public meeting on the changes in Innisbrae next month.
"""

TRAFILATURA_TEXT_TWO_TABLES = """Reservoir levels fall across the region after dry summer
Water levels in the region's reservoirs dropped again in August, according to figures published by the water authority on Friday.
| Reservoir | Level | Last year |
| Kelder Moor | 41% | 63% |
| Ashby Dale | 38% | 59% |
The authority said it had no plans yet for a hosepipe ban but urged customers to save water.
| Month | Rainfall (mm) |
| June | 22 |
| July | 17 |
| August | 9 |
A spokeswoman said leaks were being fixed faster than at any time in the past decade.
Forecasters expect rain to return in the second half of September.
"""

HTML2TEXT_REPORT = """# School district delays start of new bus routes

By [Tom Alvarez](/staff/tom-alvarez)

August 12, 2025

The school district will delay its new bus routes by two weeks after drivers
said they had not had enough time to practise them, the superintendent told
parents in a letter on Monday evening.

The letter said the district would:

  1. keep the old routes until Sept. 2
  2. add two extra buses on the busiest morning run
  3. send route maps to every family by text message

"We would rather be late than get it wrong," Superintendent Dana Whitfield
wrote. She said the [drivers' union][1] had asked for the extra time.

Parents at the board meeting last week complained that some stops on the new
map were more than a mile from their homes.

The district plans to review the routes again in November, after the first
snowfall, the letter said.

   [1]: https://example.org/union/statement
   [2]: https://example.org/district/bus-routes.pdf
"""


NYT_ANNOTATED_FIELDS = """Headline: Town Votes to Keep Its Last Dairy Farm
Byline: By JANE DOE
Dateline: HARTWELL, Vt., May 3
Publication Date: 2006-05-04
Section: National Desk
Lead Paragraph: Voters in this town of 900 agreed on Tuesday to buy the development rights to its last working dairy farm.
Full Text:
LEAD: Voters in this town of 900 agreed on Tuesday to buy the development rights to its last working dairy farm.

Voters in this town of 900 agreed on Tuesday to buy the development rights to its last working dairy farm.

The vote, 412 to 118, means the farm's 300 acres cannot be sold for houses.

''It's what makes this place what it is,'' said Ellen Marsh, who moved here in 1979.

The town will pay $1.2 million over ten years.
"""


JUSTEXT_PARAGRAPHS = """Water main break floods downtown streets
A water main burst under Harbor Street early on Thursday, flooding several downtown blocks and cutting off water to about 3,000 homes.
Crews shut the valve shortly after 6 a.m., but not before water poured into the basements of at least a dozen shops.
"It came up through the floor like a fountain," said Maria Lopez, who runs a bakery on the corner.
The city's utilities department said the 80-year-old pipe had been scheduled for replacement next year.
Water service is expected to be restored by Friday morning.
"""


GOOSE3_CLEANED_TEXT = """A water main burst under Harbor Street early on Thursday, flooding several downtown blocks and cutting off water to about 3,000 homes.

Crews shut the valve shortly after 6 a.m., but not before water poured into the basements of at least a dozen shops.

"It came up through the floor like a fountain," said Maria Lopez, who runs a bakery on the corner.

The city's utilities department said the 80-year-old pipe had been scheduled for replacement next year.

Water service is expected to be restored by Friday morning."""


PANDOC_PLAIN = """Water main break floods downtown streets

By Tom Hardy

June 12, 2025

[Water pours from a manhole on Harbor Street. (Riverton Courier/Ana
Ruiz)]

A water main burst under Harbor Street early on Thursday, flooding
several downtown blocks and cutting off water to about 3,000 homes.

Crews shut the valve shortly after 6 a.m., but not before water poured
into the basements of at least a dozen shops along the street.

"It came up through the floor like a fountain," said Maria Lopez, who
runs a bakery on the corner.

The city's utilities department said the 80-year-old pipe had been
scheduled for replacement next year.
"""


TREC_WAPO_FLATTENED = """Local
Water main break floods downtown streets
By Tom Hardy
1749722400000
A water main burst under Harbor Street early on Thursday, flooding several downtown blocks and cutting off water to about 3,000 homes.
Crews shut the valve shortly after 6 a.m., but not before water poured into the basements of at least a dozen shops.
"It came up through the floor like a fountain," said Maria Lopez, who runs a bakery on the corner.
The city's utilities department said the 80-year-old pipe had been scheduled for replacement next year.
Tom Hardy covers city hall for The Washington Post.
"""


READABILITY_TEXT_CONTENT = """
      Water main break floods downtown streets
   \x20
     \x20
        By Tom Hardy
        June 12, 2025 at 7:14 a.m. EDT
     \x20
    A water main burst under Harbor Street early on Thursday, flooding several downtown blocks and cutting off water to about 3,000 homes.
    Crews shut the valve shortly after 6 a.m., but not before water poured into the basements of at least a dozen shops.
    "It came up through the floor like a fountain," said Maria Lopez, who runs a bakery on the corner.
    The city's utilities department said the 80-year-old pipe had been scheduled for replacement next year.
 \x20
"""


MIND_RECORD = """Title: Water main break floods downtown streets
Abstract: About 3,000 homes lost water after an 80-year-old pipe burst under Harbor Street.
Category: news
Subcategory: newsus
URL: https://assets.msn.example/labs/mind/AA1abcd.html
Body:
A water main burst under Harbor Street early on Thursday, flooding several downtown blocks and cutting off water to about 3,000 homes.
Crews shut the valve shortly after 6 a.m., but not before water poured into the basements of at least a dozen shops.
"It came up through the floor like a fountain," said Maria Lopez, who runs a bakery on the corner.
Water service is expected to be restored by Friday morning.
"""


BOILERPIPE_ARTICLE_TEXT = """Bridge repairs to close river crossing for six weeks
The Elm Street bridge will close to traffic for six weeks from Monday while crews replace its worn expansion joints, the county said.
Drivers will be sent along a signed detour through Millbrook, adding about ten minutes to the trip.
"We know this is a real inconvenience," said county engineer Paul Grant. "The joints are at the end of their life."
Pedestrians and cyclists will still be able to cross on a temporary walkway.
"""


GIGAWORD_XINHUA_SGML = """<DOC id="XIN_ENG_20220603.0045" type="story" >
<HEADLINE>
Kenya launches campaign to vaccinate livestock against anthrax
</HEADLINE>
<TEXT>
<P>
NAIROBI, June 3 (Xinhua) -- Kenya on Friday launched a campaign to
vaccinate more than two million head of cattle against anthrax in the
country's western counties, officials said.
</P>
<P>
The campaign follows outbreaks in three counties that killed dozens of
animals earlier this year, the agriculture ministry said in a statement.
</P>
<P>
Vets will visit villages over the next eight weeks.
</P>
</TEXT>
</DOC>
"""


XSUM_IMAGE_CREDIT = """The company said it would cut 120 jobs at its plant in the town as it moved production abroad.
Image copyright Getty Images
Image caption The plant has made boilers since 1962
Staff were told of the plans at a meeting on Tuesday morning.
The union said it would fight the closure.
"""


ALL_THE_NEWS_RECORD = """Title: Bridge repairs to close river crossing for six weeks
Publication: Riverton Courier
Author: Jane Doe
Date: 2017-03-04
URL: https://rivertoncourier.example/2017/03/04/bridge
Content: The Elm Street bridge will close to traffic for six weeks from Monday while crews replace its worn expansion joints, the county said. Drivers will be sent along a signed detour through Millbrook. "We know this is a real inconvenience," said county engineer Paul Grant.
"""


NEWSPAPER4K_TITLED_TEXT = """Bridge repairs to close river crossing for six weeks

The Elm Street bridge will close to traffic for six weeks from Monday while crews replace its worn expansion joints, the county said.

Drivers will be sent along a signed detour through Millbrook, adding about ten minutes to the trip.

"We know this is a real inconvenience," said county engineer Paul Grant.

Pedestrians and cyclists will still be able to cross on a temporary walkway."""


DIFFBOT_TEXT = """The Elm Street bridge will close to traffic for six weeks from Monday while crews replace its worn expansion joints, the county said.
Drivers will be sent along a signed detour through Millbrook, adding about ten minutes to the trip.
"We know this is a real inconvenience," said county engineer Paul Grant.
Pedestrians and cyclists will still be able to cross on a temporary walkway.
Jane Doe is a reporter for the Riverton Courier. Reach her at jdoe@rivertoncourier.example."""


CC_NEWS_WET_MENUS = """WARC/1.0
WARC-Type: conversion
WARC-Target-URI: https://example-herald.example/news/bridge-closure
WARC-Date: 2017-03-05T02:11:40Z
WARC-Record-ID: <urn:uuid:5c2b0a11-2e3f-4d6a-8b9c-0d1e2f3a4b5c>
Content-Type: text/plain
Content-Length: 640

Bridge repairs to close river crossing for six weeks | Example Herald
Home
News
Sport
Bridge repairs to close river crossing for six weeks
The Elm Street bridge will close to traffic for six weeks from Monday while crews replace its worn expansion joints, the county said.
Drivers will be sent along a signed detour through Millbrook, adding about ten minutes to the trip.
Share this article
"""


GIGAWORD_NYT_TRIM_NOTE = """<DOC id="NYT_ENG_20080412.0093" type="story" >
<HEADLINE>
SENATE PANEL BACKS RAIL SAFETY BILL
</HEADLINE>
<TEXT>
<P>
WASHINGTON _ A Senate committee on Thursday approved a bill that would
require railroads to install new braking systems on trains carrying
hazardous materials by 2015.
</P>
<P>
The measure, which passed 17-4, now goes to the full Senate.
</P>
<P>
(STORY CAN END HERE. OPTIONAL 2 GRAFS FOLLOW.)
</P>
<P>
Railroad companies have said the systems would cost billions of dollars
to install across their networks.
</P>
</TEXT>
</DOC>
"""


CNN_DAILYMAIL_UPDATED_LINE = """By Jane Doe, CNN
updated 10:47 AM EST, Sat March 3, 2012

(CNN) -- Floodwaters closed dozens of roads across eastern Kentucky on Saturday as heavy rain fell for a third day, officials said.

Emergency crews rescued at least 20 people from cars trapped by rising water, according to the state's emergency management agency.

"Please stay home if you can," Gov. Ray Collins said.

@highlight

Floodwaters close dozens of roads in eastern Kentucky

@highlight

At least 20 people rescued from cars
"""


#: Reuters-21578 as its SGML distribution: catalogue elements, the title, author and
#: dateline glued to the body, ``&lt;`` escapes and the wire's ``&#2;``/``&#3;`` marks.
REUTERS21578_SGML = """<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="7311" NEWID="2204">
<DATE> 4-MAR-1987 11:42:17.05</DATE>
<TOPICS><D>grain</D><D>ship</D></TOPICS>
<PLACES><D>usa</D></PLACES>
<PEOPLE></PEOPLE>
<ORGS></ORGS>
<EXCHANGES></EXCHANGES>
<COMPANIES></COMPANIES>
<UNKNOWN>\x20
&#5;&#5;&#5;G
&#22;&#22;&#1;f0412&#31;reute
u f BC-NORDIC-CARRIER   03-04 0188</UNKNOWN>
<TEXT>&#2;
<TITLE>GRAIN CARRIER &lt;NRDC> SEEKS CHAPTER 11 PROTECTION</TITLE>
<AUTHOR>    By Maria Feld, Reuters</AUTHOR>
<DATELINE>    DULUTH, Minn., March 4 - </DATELINE><BODY>Nordic Lakes Carriers Inc, which
moves grain from the upper Great Lakes to Atlantic ports, said it
filed for protection under Chapter 11 of the bankruptcy code
after its lenders refused to extend a 14 mln dlr credit line.
    The company said its nine vessels would keep sailing while it
drew up a plan to pay creditors, and that wages and fuel bills
would be met from cash on hand.
    Nordic Lakes blamed a fall in grain tonnage through Duluth
and Thunder Bay, which it put at 18 pct last season, and freight
rates it called the lowest in a decade.
    Its shares, traded over the counter, were not quoted on
Wednesday. A spokesman for the lenders, led by &lt;Iron Range
Bank and Trust>, declined comment.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
"""
#: An AG News row as its CSV file keeps it (label, title, description; quotes doubled).
AGNEWS_CSV = """"3","Chip Maker Trims Forecast as PC Demand Cools (Reuters)","Reuters - A maker of memory chips for\\personal computers cut its forecast for the quarter on\\Wednesday, saying buyers had ""pulled back hard"" after a year of\\heavy stocking."
"""
#: A Reuters-21578 story as data sets convert it: title, blank line, the BODY element's
#: text (no dateline; the first paragraph flush, the others indented) and ETX.
REUTERS21578_HF = "COPPER FABRICATOR RAISES WIRE ROD PRICES\n\nMidland Brass and Copper Co said it raised its\nprices for copper wire rod by two cents a pound, effective\nwith shipments on Monday.\n    The company said the increase reflected higher cathode\ncosts on the New York market over the past two weeks.\n    It said the new price for eight mm rod would be 74.5 cents\na pound, delivered to customers in the Midwest.\n Reuter\n\x03"


#: A NewsAPI article printed as text (title, description, content): the content is
#: cut short by the API, its ``[+2871 chars]`` note after the cut.
NEWSAPI_CONTENT = (
    "Storm shuts three Gulf ports as tanker traffic backs up\n\n"
    "Port officials in Texas and Louisiana closed three terminals on Tuesday as a slow storm "
    "pushed water into shipping lanes.\n\n"
    "HOUSTON (Reuters) - Three ports on the U.S. Gulf Coast stopped taking ships on Tuesday as "
    "a slow-moving storm raised water levels in channels used by oil tankers, port officials "
    "said.\r\n"
    "More than 40 vessels were waiting offshore by midday, according to ship tracking data\u2026 "
    "[+2871 chars]"
)
#: The same API's row with no dateline: the description is the story's first paragraph.
NEWSAPI_DESCRIPTION = (
    "City council delays vote on bus lane plan\n\n"
    "The vote was pushed to next month after residents asked for more time.\n\n"
    "A plan to add bus lanes on two of the city's busiest roads will wait another month after "
    "the council voted 6-3 on Monday to hold more public meetings. The transit agency said the "
    "delay would not change its timeline for new buses, which are due in the \u2026 [+1874 chars]"
)
#: A news API's row printed as labelled lines in lower case (``title:``, ``body:``).
NEWS_API_ROW_LABELS = (
    "title: Wind farm approved off Norfolk coast\n"
    "body: Ministers have approved a wind farm off the Norfolk coast that could power about a "
    "million homes.\n\n"
    "The developer said building work would start next year.\n\n"
    "Local groups had raised concerns about cables coming ashore near a nature reserve."
)
#: An uncased, tokenized CNN / Daily Mail story file (``-lrb- cnn -rrb- --``).
CNN_DAILYMAIL_UNCASED = (
    "-lrb- cnn -rrb- -- a hiker who spent four nights lost in the cascade mountains was found "
    "alive on sunday , rescuers said .\n\n"
    "the 34-year-old man had set out on a day trip on wednesday and did not return to his car , "
    "the county sheriff 's office said in a statement .\n\n"
    "volunteers and a helicopter crew searched a wide area of steep forest before a team spotted "
    "him near a creek .\n\n"
    "he was taken to a hospital with minor injuries , officials said .\n\n"
    "@highlight\n\n"
    "hiker found alive after four nights in the cascade mountains\n\n"
    "@highlight\n\n"
    "he had set out on a day trip and did not return to his car"
)
#: The same data set's uncased text with a place before the agency.
CNN_UNCASED_DATELINE = (
    "new york -lrb- cnn -rrb- -- the city 's largest public library will stay open around the "
    "clock during the final week of exams , officials said monday .\n\n"
    "the branch will add security staff and keep its cafe open until midnight , a spokeswoman "
    "said .\n\n"
    "students have asked for longer hours for years , according to a student group that "
    "collected more than 3,000 signatures ."
)
#: Gigaword as summarisation data sets print it: lower case, tokenized, digits as ``#``.
GIGAWORD_TOKENIZED = (
    "thai police arrest five over fake visa ring\n\n"
    "bangkok , may 4 -lrb- afp -rrb- - thai police said thursday they had arrested five people "
    "accused of selling fake work visas to hundreds of foreign workers .\n\n"
    "the suspects , including two former immigration clerks , were detained in raids on three "
    "offices in the capital , a police spokesman told reporters .\n\n"
    "police said the ring had charged each worker up to #,### baht for a document that was never "
    "valid ."
)
#: Penn Treebank tokenized text in its case (``-LRB- Reuters -RRB-``, ``` `` ... '' ```).
GIGAWORD_PTB_CASED = (
    "Rail union calls strike over pay offer\n\n"
    "LONDON , May 4 -LRB- Reuters -RRB- - A British rail union on Thursday called a two-day "
    "strike later this month after its members rejected a pay offer , the union said .\n\n"
    "The union said 82 percent of members who voted had backed the strike , which would halt "
    "most trains on two lines into the capital .\n\n"
    "The rail operator said it was `` disappointed '' and would keep talking to the union ."
)
#: An XSum record with all its fields, the URL first.
XSUM_URL_RECORD = (
    "[SN]URL[SN]\nhttp://www.bbc.com/news/uk-wales-12345678\n\n"
    "[SN]TITLE[SN]\nLifeboat crew rescue two walkers cut off by tide\n\n"
    "[SN]FIRST-SENTENCE[SN]\nTwo walkers have been rescued after they were cut off by the tide "
    "on a beach in Gwynedd.\n\n"
    "[SN]RESTBODY[SN]\nThe pair had been walking around a headland on Saturday afternoon when "
    "the water rose around them.\n"
    "A lifeboat crew reached them within 20 minutes and took them back to the harbour.\n"
    "A spokesman for the lifeboat station said walkers should check tide times before setting "
    "out.\n"
)
#: The BBC News Summary data set's article file: title, blank line, paragraphs.
BBC_NEWS_SUMMARY = (
    "Bakery chain to open 40 new shops\n\n"
    "A bakery chain has said it will open 40 new shops in the UK this year, creating about 600 "
    "jobs.\n\n"
    "The firm said sales rose 8% in the first three months of the year, helped by strong demand "
    "for hot food.\n\n"
    "Its chief executive said the new shops would mostly be in train stations and town "
    "centres.\n\n"
    "Shares in the company rose 3% in early trading."
)


#: A Multi-News record kept with its line breaks as written (no ``NEWLINE_CHAR``).
MULTI_NEWS_NEWLINES = (
    "Bridge closes for repairs\n\n"
    "The Elm Street bridge closed on Monday for six weeks of repairs, the county said.\n\n"
    "Drivers will be sent on a detour through Millbrook.\n ||||| "
    "Commuters faced long delays on Monday morning as the Elm Street bridge shut.\n\n"
    "Bus routes were changed to avoid the area. |||||"
)
#: A tokenized CNN / Daily Mail story file in its case (``-LRB- CNN -RRB- --``).
CNN_DAILYMAIL_TOKENIZED = (
    "-LRB- CNN -RRB- -- A small plane made an emergency landing on a highway in Florida on "
    "Friday , officials said .\n\n"
    "No one was hurt , according to the Florida Highway Patrol .\n\n"
    "`` It was incredible , '' said one driver who saw the landing .\n\n"
    "@highlight\n\nPlane lands on Florida highway\n\n@highlight\n\nNo one hurt , police say"
)
#: A Daily Mail story file whose dotted header names two writers.
DAILYMAIL_TWO_AUTHORS = (
    "By . Mark Hale and Sara Quinn . PUBLISHED: . 08:12 EST, 12 June 2013 . | . UPDATED: . "
    "09:40 EST, 12 June 2013 . Two teenagers have been praised for pulling a pensioner from a "
    "canal after his mobility scooter rolled down a bank. The pair jumped into the water and "
    "held the man's head up until firefighters arrived.\n\n"
    "@highlight\n\nPensioner pulled from canal by two teenagers\n\n"
    "@highlight\n\nScooter rolled down a bank into the water"
)


#: Gigaword as the summarisation data set prints it, its digits masked as ``#``.
GIGAWORD_MASKED_DIGITS = (
    "china to build new rail link to laos border\n\n"
    "beijing , march ## -lrb- xinhua -rrb- -- china will build a new railway line to its "
    "border with laos , the national railway administration said wednesday .\n\n"
    "the line will cut travel time between kunming and the border to about four hours , it "
    "said ."
)


#: A Daily Mail story file of the CNN / Daily Mail set's lower-cased, tokenized release.
DAILYMAIL_UNCASED_STORY = (
    "by . jane doe . published : . 10:35 est , 4 may 2013 . | . updated : . 11:02 est , 4 may "
    "2013 . a zoo has welcomed its first baby giraffe in ten years after a 15-month pregnancy . "
    "the calf was born on friday morning and was standing within an hour , keepers said .\n\n"
    "@highlight\n\nfirst giraffe calf born at the zoo in ten years"
)
#: The same release tokenized in its case (``PUBLISHED : .``).
DAILYMAIL_TOKENIZED_STORY = (
    "By . Tom Reed . PUBLISHED : . 07:20 EST , 9 July 2013 . | . UPDATED : . 08:05 EST , 9 July "
    "2013 . A seaside town has banned barbecues on its beach after a string of small fires . "
    "The council said the rule would last until the end of September .\n\n"
    "@highlight\n\nBarbecues banned on beach after fires"
)


#: A local paper's page copied to text: a ``Related stories`` heading over plain
#: headlines of other stories (no links), then the copyright line.
COURIER_RELATED_PLAIN_WEB = """Skip to content
Menu

Harbour ferry fares to rise by 40 cents from April

By Tom Rees

Published 9:12 AM, 2 March 2025

Fares on the harbour ferry will rise by 40 cents from April 1, the transport authority said on Friday.

The authority said fuel and crew costs had climbed faster than expected over the past year.

Commuter groups said the increase would hit shift workers hardest. "Many of us have no other way to get across," said Leah Morgan of the Ferry Users Group.

Related stories
Ferry timetable cut over winter
Bridge repairs to close lanes for a month
Council backs new harbour walkway

© 2025 Bayview Courier. All rights reserved.
"""


#: A public library's media release: ``###`` ends it, the contact lines under it.
LIBRARY_RELEASE_END_MARK = """MEDIA RELEASE

Eastvale Library extends weekend opening hours

EASTVALE, B.C. — The Eastvale Public Library will open on Sundays from 10 a.m. to 4 p.m. starting in September, the library board announced today.

The change follows a survey in which more than 2,000 residents asked for longer weekend hours.

“Families told us clearly that Sunday is when they have time to read together,” said board chair Olivia Grant.

The longer hours will be paid for from the library's existing budget.

###

For more information, please contact:
Marketing and Communications
Eastvale Public Library
"""


#: A live blog copied to text: each post's time alone on the line over it.
STORM_LIVE_BARE_TIMES = """Storm live: power cut to thousands as gales sweep coast

Updated 11:20 GMT

11:20
Engineers said they hoped to restore power to most homes by the evening, though some rural streets could wait until Saturday.

10:52
The coastguard has warned people to stay away from sea walls. "Waves are overtopping in several places," a spokesperson said.

10:31
Gusts of 80mph have been recorded on the headland, the weather service said.

09:58
More than 12,000 homes are without power this morning, the network operator said.
"""


#: A Factiva export whose first line is the section's name over the headline.
FACTIVA_SECTION_OVER_HEADLINE = """Sport
Rovers appoint former captain as head coach
By Sam Whitaker
318 words
21 March 2025
The Coastal Post
CSTLPST
English
Copyright 2025 Coastal Post Ltd

Rovers have appointed their former captain Dan Ellis as head coach on a two-year contract, the club said on Thursday.

Ellis, 41, led the side to promotion as a player in 2012 and has coached the youth team for three seasons.

"It is the only job I ever wanted," Ellis told reporters at the training ground.

Document CSTLPST020250321el3l0003d
"""


#: An op-ed page: the section's name (``Comment``, also a share button's word) over the headline.
OPED_COMMENT_SECTION_WEB = """Comment

It is time to stop treating bus lanes as a luxury

Marcus Bell

Published 12 May 2025

Every morning last winter, thousands of people sat on buses that went nowhere while cars idled in the same queue on Station Road, the council's own traffic counts showed.

A single lane set aside for buses on the main road would cut journey times by a third, the council's own study found.

Opponents say drivers will suffer. But most people in this city do not drive to work at all.

Marcus Bell is a transport researcher at the University of Eastvale.
"""


USER_COURT_REPORT = """\
Skip to main content

Former treasurer jailed for stealing £84,000 from bowls club

By Helen Marsh
Court Reporter

Published: 14:32, 3 March 2026

Share

A former club treasurer who spent more than £84,000 of members' money on holidays and a new car has been jailed for two years and eight months.

Derek Allcott, 61, of Mill Lane, Fenwick, admitted fraud by abuse of position at Carlisle Crown Court on Tuesday.

The court heard that Allcott moved money from the Fenwick Bowls Club account into his own over a period of six years, hiding the transfers behind invented invoices for grass seed and repairs.

Prosecutor Anna Reid said the club had been left close to closing. "Members were asked to pay higher fees to cover losses that they did not know existed," she told the court.

Defending, Tom Pryce said his client had been in serious debt and was deeply ashamed.

Judge Paul Hendry told Allcott he had betrayed people who trusted him for decades. A proceeds of crime hearing will take place later this year.

Advertisement

Read more:
Man admits setting fire to village hall
Care home worker banned after theft

© 2026 Cumbria Evening Post. All rights reserved.
"""


USER_FOOTBALL_REPORT = """\
Rovers 3-1 United: Okafor double sinks derby rivals

Match report

By Sam Whitlow at Ashgrove Park

Saturday 14 February 2026 17:05

Rovers 3 (Okafor 12, 58, Dunne 77) United 1 (Marsh pen 40)
Att: 18,204

Two goals from Emeka Okafor gave Rovers a deserved derby win and lifted them into the play-off places.

The striker opened the scoring with a low shot after twelve minutes, and after United levelled from the spot he restored the lead with a header early in the second half.

Substitute Liam Dunne settled it thirteen minutes from time, curling in from the edge of the area.

"We were brave with the ball today," said Rovers manager Karen Doyle. "The lads deserved that for the supporters."

United stay ninth, four points off the top six.

Rovers: Hale, Birch, Andrews, Cole, Price, Okafor, Dunne.
United: Fenn, Gates, Marsh, O'Neill, Tully, Ware, Booth.
Referee: Mark Lyle.
"""


USER_FERRY_GALES = """\
Ferries cancelled as gales sweep the west coast

By Hannah Ostrow, Coast Bureau | Updated 7:48 AM GMT, Fri January 16, 2026

All sailings between the mainland and the islands were cancelled on Friday morning as gusts of up to 80 mph battered the west coast.

The ferry operator said it would review the forecast at noon and hoped to run a reduced timetable in the evening.

Several roads near the harbour were closed after waves threw shingle and debris onto the carriageway.

Forecasters expect the winds to ease by Saturday afternoon.

Keep up to date with all the latest travel news on our live blog.
"""


USER_SCIENCE_STORY = """\
Science

Bees learn faster when flowers smell of caffeine, study finds

Researchers say the finding could help farmers improve pollination of fruit crops

By Priya Nandakumar, Science Correspondent

Updated 9:41 AM GMT, Thursday 5 February 2026

A bumblebee visits a clover flower in a meadow. Photograph: Jon Reeve/Alamy

Bumblebees trained on flowers laced with a trace of caffeine learned to find them twice as fast as bees given plain sugar water, according to a study published on Wednesday.

The team at the University of Harwell tested 312 bees in a laboratory maze, rewarding them at artificial flowers with different scents.

Bees that had drunk the caffeinated nectar returned to the right scent more often even three days later, the authors report in the journal Animal Behaviour Letters.

"It is a small dose, similar to what some citrus flowers produce naturally," said Dr Lena Fosse, who led the work.

Other scientists urged caution. The experiments used captive colonies, and wild bees face many more choices.

Reference: Fosse L. et al. (2026), Animal Behaviour Letters, 18(2), 114-126. doi:10.1000/abl.2026.0114
"""


USER_EARNINGS_BRIEF = """\
Northwind Foods profit rises 12% on strong snack sales

By Daniel Ortiz

CHICAGO, Feb 11 (Reuters) - Northwind Foods Inc reported a 12% rise in quarterly profit on Wednesday, helped by higher prices and steady demand for its snack brands.

Net income rose to $412 million in the fourth quarter from $368 million a year earlier. Revenue grew 4% to $3.9 billion, slightly ahead of analyst estimates.

                      Q4 2025    Q4 2024    Change
Revenue ($bn)           3.92       3.77       +4%
Net income ($m)          412        368      +12%
EPS ($)                 1.31       1.16      +13%

The company kept its full-year forecast unchanged and said it would raise its dividend by 5 cents a share.

Shares were up 3.2% in premarket trading.

(Reporting by Daniel Ortiz in Chicago; Editing by Anna Cole)
"""


USER_ELECTION_NIGHT = """\
LIVE RESULTS

Harbour City mayor race: Alvarez wins second term in landslide

By Jordan Kim and Meera Shah | Staff writers

Updated 11:48 p.m. PT Nov. 3, 2026

HARBOUR CITY — Mayor Rosa Alvarez easily won a second term Tuesday night, beating challenger Tom Gatling by more than 20 points with most ballots counted.

Candidate            Votes      Pct
Rosa Alvarez (i)    142,310    61.2%
Tom Gatling          89,415    38.5%
Write-ins               702     0.3%
Precincts reporting: 412 of 430

Alvarez thanked volunteers at a packed union hall downtown shortly after 10 p.m.

"This city voted for buses, for housing and for keeping the libraries open," she said.

Gatling conceded in a short statement but did not appear before supporters.

Turnout was about 48%, the county registrar said, higher than in the last mayoral race.

Get the latest election results in your inbox. Sign up for our newsletter.
"""


USER_OBITUARY = """\
Obituaries

Margaret Ellison, pioneering lighthouse engineer, dies at 91

She designed the automatic lamps that let remote coastal lights run without keepers

By Arthur Quill

Jan. 22, 2026

Margaret Ellison at her drafting table in 1968. Credit: Ellison family

Margaret Ellison, an engineer whose designs helped end the era of the resident lighthouse keeper, died on Jan. 17 at her home in Portland, Maine. She was 91.

Her daughter, Claire Ellison, said the cause was heart failure.

Born in Halifax, Nova Scotia, in 1934, Ms. Ellison was one of two women in her engineering class at McGill University.

In the 1960s she developed a rotating lamp changer that swapped burnt-out bulbs automatically, allowing lights on rocky islands to run for months unattended.

She is survived by her daughter, two sons and six grandchildren. Her husband, Robert, died in 2011.

A version of this article appears in print on Jan. 23, 2026, Section B, Page 11 of the New York edition.
"""


USER_QA_INTERVIEW = """\
'I write the ending first': novelist Ruth Adebayo on her new thriller

Interview by Colin Hart

Ruth Adebayo's fourth novel, The Salt Road, is out this week. We spoke about research, deadlines and why she never reads reviews.

Q: Where did the idea for The Salt Road come from?

A: From a museum label, honestly. A single line about salt merchants who crossed the desert in winter. I kept thinking about who was left behind.

Q: Do you plan the plot in advance?

A: I write the ending first. Then I know what I'm walking towards, and the middle can surprise me.

Q: Do you read your reviews?

A: Never. My agent sends me the nice ones in a folder, and I open it once a year.

This interview has been edited and condensed for clarity.

The Salt Road is published by Marlow Books at £16.99.
"""


USER_LISTICLE = """\
5 things to know about the new school year

By Tasha Green

August 28, 2026 at 6:00 a.m. EDT

Classes start next week for about 60,000 students in Brook County. Here is what parents need to know.

1. Start times have moved

High schools now begin at 8:30 a.m., forty minutes later than last year, after a vote by the school board in the spring.

2. Phones go in pouches

Students at every middle school will lock their phones in magnetic pouches from the first bell until the last.

3. Free breakfast for everyone

Breakfast is free at all schools this year, paid for with a state grant.

4. New bus app

Parents can track buses live through the district's app, which replaces the old text alerts.

5. Two new schools open

Cedar Hill Elementary and Riverside Middle open their doors on Tuesday.

Have a question about the school year? Email us at schools@brookcountynews.com.
"""


USER_CORRECTION_NOTE = """\
Correction: An earlier version of this article misstated the year the bridge opened. It opened in 1974, not 1947.

City to close Elm Street bridge for six months of repairs

By Nadia Farouk

March 9, 2026

The Elm Street bridge will close to cars from April 1 while crews replace its deck and rusted railings, the city's public works department said Monday.

The bridge, which opened in 1974, carries about 11,000 vehicles a day across the Sable River.

Detours will send drivers over the Grand Avenue and Fifth Street crossings. Pedestrians and cyclists can still use a temporary walkway on the north side.

"We know this is a headache, but the deck is at the end of its life," said public works director Omar Haddad.

The $14 million project is paid for mostly with federal money.
"""


USER_WEATHER_WARNING = """\
Weather

Amber warning for snow and ice as cold snap tightens grip

Up to 20cm of snow could fall on high ground, forecasters say

By Weather Desk

Last updated: 07:15 GMT, 12 January 2026

An amber warning for snow and ice covers much of northern England and southern Scotland from 18:00 on Monday until noon on Tuesday.

The Met Office said 5-10cm of snow was likely widely, with up to 20cm above 300 metres.

Travel disruption is likely, with some rural communities at risk of being cut off, forecasters warned.

Warning details
Type: Snow and ice
Level: Amber
Valid: 18:00 Mon 12 Jan - 12:00 Tue 13 Jan

Drivers are advised to carry a blanket, a charged phone and a shovel if they must travel.

Temperatures could fall to -12C in sheltered glens overnight.
"""


USER_TRANSLATED_WIRE = """\
Spain's olive oil prices fall as harvest recovers

MADRID, Jan 20 (EFE) - The price of extra virgin olive oil at origin in Spain has fallen by almost half in a year as the harvest recovers from two seasons of drought, producers said on Tuesday.

A kilo now sells for around 4.10 euros at the mill, compared with 8 euros a year ago, according to the producers' association.

The harvest for the 2025-2026 season is expected to reach 1.4 million tonnes, close to the average of the last decade.

Shop prices have fallen more slowly, the consumer group OCU said, urging supermarkets to pass on the savings.

Spain produces around 45% of the world's olive oil.

Translated by Lucy Barnes

EFE lb/ps
"""


USER_EMBEDDED_POST = """\
Singer cancels tour dates after vocal injury

By Chloe Barrett, Entertainment Reporter

Published 6 June 2026

Pop singer Mara Vey has cancelled the last five dates of her European tour after doctors ordered her to rest her voice.

The 27-year-old announced the news to fans on social media on Friday evening.

I'm so sorry to everyone who bought tickets. My doctors have told me I need total rest for six weeks. I will be back, I promise. Refunds are available at point of purchase 💜

— Mara Vey (@maravey) June 5, 2026

The cancelled shows include two nights in Dublin and a sold-out date in Glasgow.

Her promoter said refunds would be issued automatically within 14 days.

View this post on Instagram

A post shared by Mara Vey (@maravey)

Fans quickly filled her comments with messages of support.
"""


USER_PULL_QUOTE = """\
Farmers fear water cuts as reservoir drops to record low

By Luis Romero

April 2, 2026

The Coldwater reservoir, which supplies irrigation to more than 300 farms in the valley, has fallen to 18% of capacity, its lowest level since records began in 1961.

The water board will vote next week on cutting each farm's allocation by a third.

"If they cut us by a third, half the orchards in this valley will be gone in five years"

Peach grower Ana Duarte said many families had already borrowed heavily to get through last summer. "If they cut us by a third, half the orchards in this valley will be gone in five years," she said.

Board chair Mike Tran said there was no easy choice. "We can only share out what falls from the sky," he said.

The vote is scheduled for April 9.
"""


USER_NEWSLETTER_ITEM = """\
View in browser

THE MORNING BRIEF | Tuesday, 10 March 2026

Good morning. Here's what you need to know today.

Rail strike called off at the last minute

Train drivers' leaders called off Wednesday's strike late last night after a new pay offer from the operators.

The offer, worth 4.5% this year and 3% next, will be put to members in a ballot that closes on March 24.

Commuters had been warned to expect almost no services on the busiest lines.

Forwarded this email? Sign up here.

You are receiving this email because you subscribed to The Morning Brief. Unsubscribe | Update your preferences
"""


USER_PODCAST_TRANSCRIPT = """\
The Long Field podcast: why rural buses keep disappearing

Episode 42 · 38 min

Listen on Apple Podcasts | Spotify

This is an edited excerpt of the transcript.

HOST (JANE PIKE): Welcome back to The Long Field. This week we're talking about buses, or the lack of them.

GUEST (DR ALAN ROSS): Thanks for having me. In the last ten years about a quarter of rural routes in this country have been cut.

JANE PIKE: Who decides which routes go?

ALAN ROSS: Mostly county councils, and they are choosing between buses and care for older people. The buses lose.

JANE PIKE: Is there anything that works?

ALAN ROSS: Demand-responsive services, where you book a minibus a day ahead, can work well if they're properly funded.

Transcripts are generated using a combination of speech recognition software and human transcribers, and may contain errors.
"""


USER_PHOTO_GALLERY = """\
In pictures: Lantern festival lights up the old harbour

Thousands turned out on Saturday night for the city's first lantern festival in five years.

1 of 5

Lanterns in the shape of fish hang over the quay at dusk. Photo: Mei Lin/Harbour Times

2 of 5

A child holds up a paper dragon at the start of the parade. Photo: Mei Lin/Harbour Times

3 of 5

Volunteers release floating lights onto the water. Photo: Sam Ochieng/Harbour Times

4 of 5

Dancers perform in front of the old customs house. Photo: Mei Lin/Harbour Times

5 of 5

Fireworks close the night over the harbour wall. Photo: Sam Ochieng/Harbour Times

The festival returns next year on the first Saturday of February, organisers said.
"""


USER_EPAPER_PDF = """\
Library hours cut as budget
squeeze bites
BY RACHEL OWUSU
Staff Writer
DALTON - The county library
will close on Mondays from next
month and open later on Satur-
days, trustees decided at a meet-
ing on Thursday.
The changes will save about
$180,000 a year, library director
Glen Hart said. No staff will lose
their jobs, but three vacant posts
will not be filled.
Parents at the meeting said the
Monday closure would hit after-
school homework clubs hardest.
The trustees agreed to review the
hours again in January.
THE DALTON DAILY NEWS  FRIDAY, OCTOBER 9, 2026  A3
"""


USER_REGIONAL_WIRE = """\
Monsoon rains leave 14 dead in Kerala, schools shut

Thiruvananthapuram, Jul 14 (PTI) Heavy monsoon rains lashed Kerala for the third day on Monday, leaving at least 14 people dead and forcing the closure of schools in eight districts, officials said.

The India Meteorological Department issued a red alert for Idukki, Wayanad and Kozhikode, warning of extremely heavy rainfall over the next 48 hours.

More than 6,000 people have been moved to 112 relief camps across the state, a State Disaster Management Authority official said.

Chief Minister's office said rescue teams from the National Disaster Response Force had been deployed in the worst-hit areas.

Landslides blocked several roads in the hill districts, cutting off villages.

PTI ABC DEF
"""


#: A user's own copy: a newswire press release (PR Newswire's dateline, About, forward-looking statements, media contact, SOURCE).
USER_PRESS_RELEASE = """\
Halvorsen Marine Unveils Electric Harbour Tug, Orders From Three Ports

NEWS PROVIDED BY
Halvorsen Marine ASA
Nov 3, 2026, 08:00 ET

Share this article

BERGEN, Norway, Nov. 3, 2026 /PRNewswire/ -- Halvorsen Marine ASA (OSE: HALV), a builder of workboats and harbour vessels, today unveiled the Tern E40, a fully electric harbour tug, and said it had signed orders for seven vessels with three European port authorities.

The Tern E40 carries a 4.2 megawatt-hour battery pack that the company says is enough for a full working shift of berthing operations. It can be recharged from shore power in under two hours during crew changes.

"Ports have told us for years that they want to cut emissions without losing pulling power at the quay," said Ingrid Solheim, chief executive of Halvorsen Marine. "The E40 matches the bollard pull of our diesel tugs and costs far less to run over its life."

The first two vessels will be delivered to the Port of Tromsvik in the third quarter of 2027. The remaining five will go to ports in Denmark and the Netherlands through 2028. Financial terms of the orders were not disclosed.

Halvorsen said the vessels would be built at its yard in Fosen, where it plans to hire about 60 additional workers over the next year.

About Halvorsen Marine

Halvorsen Marine ASA designs and builds workboats, tugs and pilot vessels for ports and offshore operators. Founded in 1952, the company employs about 900 people in Norway and Poland. For more information, visit www.halvorsenmarine.example.

Forward-Looking Statements

This press release contains forward-looking statements, including statements about expected deliveries and hiring. These statements are based on current expectations and are subject to risks and uncertainties that could cause actual results to differ materially. Halvorsen Marine undertakes no obligation to update any forward-looking statement.

Media contact:
Kari Berg
+47 55 00 12 34
press@halvorsenmarine.example

SOURCE Halvorsen Marine ASA
"""


#: A user's own copy: an AP story with ``___`` separators, a contributors' line and a Follow line.
USER_AP_STORY = """\
Wildfire smoke closes schools across 3 counties as crews battle blaze

By MARTA DELGADO and KEVIN OSEI Associated Press

SANTA ROSA, Calif. (AP) — Thick smoke from a wildfire burning in the hills north of the city forced dozens of schools to close on Wednesday, as firefighters struggled to contain a blaze that has already destroyed more than 40 homes.

The Ridgeback Fire had burned about 11,000 acres by midday and was 15% contained, according to the state fire agency. Evacuation orders covered roughly 6,500 residents.

"The wind is the whole story right now," said fire battalion chief Leon Parks. "When it drops in the evening we make progress, and when it picks up again in the morning we lose some of it."

Air quality readings in parts of three counties reached levels considered hazardous for all residents. Health officials urged people to stay indoors and keep windows closed.

___

EVACUEES WAIT FOR NEWS

At a fairground shelter, families slept on cots and in cars. Teresa Wong, 72, said she left with her two cats and a box of photographs.

"I don't know if the house is there," she said. "Nobody can tell us yet."

___

CAUSE UNDER INVESTIGATION

Investigators have not said how the fire started. A utility company reported an equipment problem on a power line near the area shortly before the first 911 calls, according to a filing with state regulators.

The company said it was cooperating with investigators.

___

Associated Press writers Janie Har in San Francisco and Amy Taxin in Orange County contributed to this report.

___

Follow Marta Delgado on X at https://x.com/mdelgado_ap
"""


#: A user's own copy: a Reuters story ending with its credit line and the trust principles.
USER_REUTERS_STORY = """\
Copper hits three-month high as Chilean mine strike drags on

By Lena Fischer

LONDON, Nov 12 (Reuters) - Copper prices climbed to their highest in three months on Thursday as a strike at one of Chile's largest mines entered its second week, raising concern about supplies heading into year-end.

Benchmark three-month copper on the London Metal Exchange rose 1.4% to $10,215 a metric ton by 1105 GMT, after touching $10,260, its highest since early August.

Workers at the Cerro Blanco mine, which produces about 280,000 tons of copper a year, walked out on Nov. 4 after talks over a new labour contract broke down. The mine's owner said on Wednesday it had offered a bonus but no agreement had been reached.

"The market was already tight, and now you have a real supply disruption with no clear end date," said Tom Kessler, head of metals research at Brightwater Capital.

Stocks of copper in LME-registered warehouses have fallen by 18% in the past month to 132,500 tons, exchange data showed.

Demand signals from China were mixed. Data on Wednesday showed factory output grew more slowly than expected in October, although imports of copper concentrate rose to a record.

Among other metals, aluminium gained 0.6% to $2,580 a ton, zinc rose 0.9% and nickel was flat.

(Reporting by Lena Fischer; additional reporting by Wang Jing in Beijing; Editing by Mark Potter)

Our Standards: The Thomson Reuters Trust Principles.
"""


#: A user's own copy: a Bloomberg story with its assistance line and the reporters' contact lines (each ending with a semicolon but the last).
USER_BLOOMBERG_STORY = """\
Central Bank Holds Rates, Signals Cut Could Come in March

By Anjali Rao and Peter Lindqvist
November 5, 2026 at 9:30 AM GMT

Sweden's central bank kept its key interest rate unchanged for a third straight meeting and said it may lower borrowing costs early next year if inflation keeps cooling.

The Riksbank held the policy rate at 2.25%, as predicted by all 18 economists surveyed by Bloomberg. It said the rate path implied a 40% chance of a quarter-point cut in March.

"Inflation is now close to target and we see room to support the economy somewhat more next year," Governor Erik Thedeen told reporters in Stockholm.

The krona weakened 0.4% against the euro after the decision, and two-year government bond yields fell five basis points.

Underlying inflation slowed to 2.1% in October, the lowest level in almost five years, while unemployment has risen to 8.9% as construction and retail shed jobs. Household spending has been slow to recover despite lower energy bills.

Some economists said the bank was being too cautious. "They have a clear case to move now rather than wait," said Karin Almgren, an economist at Nordbank in Stockholm.

The next policy decision is due on Jan. 28.

--With assistance from Niclas Rolander.

To contact the reporters on this story:
Anjali Rao in Stockholm at arao@bloomberg.net;
Peter Lindqvist in Stockholm at plindqvist@bloomberg.net
To contact the editors responsible for this story:
Paul Gordon at pgordon@bloomberg.net
"""


#: A user's own copy: an AFP story signed off with its desk initials.
USER_AFP_STORY = """\
Volcano erupts in Indonesia, thousands evacuated

JAKARTA, Nov 17, 2026 (AFP) - A volcano on Indonesia's Flores island erupted on Tuesday, spewing an ash column five kilometres into the sky and forcing thousands of villagers to flee, officials said.

Mount Lewotobi Laki-laki erupted shortly after 4:00 am local time (2000 GMT Monday), the country's volcanology agency said, raising its alert to the highest level.

"Ash has fallen on at least nine villages and we have asked everyone within seven kilometres of the crater to leave," agency head Budi Santoso told AFP.

Around 4,300 people were moved to temporary shelters in schools and churches, a local disaster official said. No casualties had been reported by midday.

The eruption also forced the closure of a nearby airport, and two flights to the island from Bali were cancelled.

Indonesia, a vast archipelago, sits on the Pacific "Ring of Fire", where tectonic plates meet, and has dozens of active volcanoes.

Lewotobi Laki-laki last erupted in late 2024, killing several people and damaging hundreds of homes.

str-jfx/dhw
"""


#: A user's own copy: a local TV station's web story, single line breaks, its app promo and copyright.
USER_LOCAL_TV = """\
Crash closes Route 9 near Oakdale for hours; 2 taken to hospital
By WXYZ Staff
Published: Nov. 9, 2026 at 6:42 AM EST | Updated: Nov. 9, 2026 at 9:15 AM EST
OAKDALE, Mich. (WXYZ) - A crash involving a box truck and a pickup shut down both directions of Route 9 near Oakdale for more than three hours early Monday, police said.
Michigan State Police said the pickup crossed the center line just after 5 a.m. and hit the truck near the intersection with Mill Creek Road.
The driver of the pickup, a 34-year-old Oakdale man, was taken to Sparrow Hospital with serious injuries. The truck driver was treated for minor injuries.
Troopers said speed and wet roads may have played a role. The crash is still under investigation.
Drivers were sent on a detour through Lyons Road until the lanes reopened around 8:30 a.m.
"Please slow down on these roads when the weather turns," Lt. Dana Greer said in a statement. "Wet leaves make the pavement slick."
Download the WXYZ News app for breaking news alerts and live weather radar.
Copyright 2026 WXYZ. All rights reserved.
"""


#: A user's own copy: an op-ed with two section labels, a headline of two sentences, a standfirst with no full stop, photograph captions, the writer's note and an amendment.
USER_GUARDIAN_OPED = """\
Opinion
Housing

Our towns are full of empty shops. Let people live above them

Thousands of flats could be created in high streets tomorrow if councils stopped treating upper floors as storage

Nadia Kowalczyk
Tue 10 Nov 2026 06.00 GMT

A shuttered shopfront on a high street in the Midlands. Photograph: Christopher Furlong/Getty Images

Walk down almost any high street in England after six o'clock and look up. Above the phone repair shops, the charity shops and the bookmakers, the windows are dark. Many of those rooms have not been lived in for decades.

The reasons are dull but stubborn. Separate entrances were bricked up when shops expanded. Insurance for mixed use is expensive. Landlords who own a single building have little reason to take on the paperwork of becoming residential landlords as well.

Yet the prize is large. Surveys by local authorities suggest there may be space for tens of thousands of homes above existing shops, in places that already have buses, schools and doctors' surgeries.

A council planning officer inspects the upper floor of a former bank. Photograph: Fabio De Paola/The Guardian

Some councils have shown what is possible. In one northern market town, a small grant scheme paying for new front doors and fire safety work brought more than 80 flats back into use in five years. The shops below did better too, because people living in the centre spend money there in the evenings.

Ministers should make that scheme national. They could also give councils the power to charge higher business rates on upper floors left empty for more than two years, with an exemption for owners who are already carrying out conversions.

None of this would solve the housing crisis on its own. But it would be cheap, quick and popular, which is more than can be said for most of the alternatives.

Nadia Kowalczyk is an urban planner and the author of The Second Storey

This article was amended on 11 November 2026. An earlier version said the grant scheme ran for ten years; it ran for five.
"""


#: A user's own copy: a BBC page with image source and caption labels, share buttons and related topics.
USER_BBC_PAGE = """\
Rare white stork chicks hatch at wildlife park for first time

8 hours ago

Share
Save

Tom Whitfield
BBC News, Kent

Image source, Kent Wildlife Trust
Image caption, The chicks are being fed by keepers until they are strong enough to leave the nest

Three white stork chicks have hatched at a wildlife park in Kent, the first to be born there since the birds were reintroduced to the area.

The park said the chicks were doing well and would be ringed in the coming weeks so that their movements could be tracked after they fledge.

White storks were once common across England but disappeared in the 15th Century, partly because of hunting and the loss of wetlands.

A project to bring them back began in Sussex in 2016, and there are now thought to be more than 40 breeding pairs in the south of England.

Image source, Kent Wildlife Trust
Image caption, Visitors have been asked to keep their distance from the nest

Keeper Lucy Harmon said staff had watched the parents closely for weeks. "We were all holding our breath when the first egg hatched," she said.

The park is asking visitors to use the viewing hide rather than approaching the enclosure.

Follow BBC Kent on Facebook, X and Instagram. Send your story ideas to southeasttoday@bbc.co.uk or WhatsApp us on 0808 100 2210.

Related Topics

Birds
Conservation
Canterbury
"""


#: A user's own copy: a page with its reading time, share buttons and ad slots between paragraphs.
USER_COPIED_PAGE = """\
Skip to content
Business

Why your grocery bill keeps rising even as inflation cools

Food prices have stopped climbing so fast, but shoppers are still paying far more than three years ago. Here's what's going on.

By Rebecca Lyons
5 min read
Updated Nov. 2, 2026, 7:00 a.m. ET

Share on Facebook
Share on X
Share via Email
Copy link

Shoppers have been told for months that inflation is back under control. So why does the weekly trip to the supermarket still feel so expensive?

The short answer is that a slower rise in prices is not the same thing as falling prices. Food costs rose by roughly a quarter between 2021 and 2024, and most of that increase has stuck.

Advertisement

"Prices almost never go back down to where they were," said Alicia Moreno, an economist who studies food markets at Lakeshore University. "What changes is how fast they keep going up."

Some items have become cheaper. Eggs, which spiked during a bird flu outbreak, now cost less than they did a year ago. But beef, coffee and chocolate have reached record highs because of drought and disease in the regions that grow or raise them.

Continue reading below

Advertisement

Wages have also caught up to some degree. Average pay has risen faster than prices for most of the past two years, which means many households can afford a little more than they could in 2023, even if it does not feel that way at the checkout.

Retailers say their own margins are thin. Grocery chains typically keep only a few cents of profit from each dollar of sales, according to industry figures, though critics say large suppliers have done better.

For shoppers, the advice is familiar: compare unit prices, try store brands and buy seasonal produce.

Advertisement

More from Business
"""


#: A user's own copy: a results round-up, its results and table each under a heading in sentence case.
USER_SPORTS_ROUNDUP = """\
Sunday's results: Harbour City go top as Wanderers slip again

By Owen Pritchard
Sunday 15 November 2026

Harbour City moved to the top of the Northern League with a comfortable 3-0 win over Eastbrook, while Wanderers' poor run continued with a fourth straight defeat.

Leon Asante scored twice in the first half at Quay Park, and captain Rhys Morgan added a late penalty to seal the win. City have now kept five clean sheets in a row.

Wanderers were beaten 2-1 at home by Millfield, who came from behind with two goals in the final ten minutes. Manager Gary Holt admitted his side had "stopped doing the basics" after taking the lead.

Elsewhere, Castleford and Redbridge drew 1-1 in a scrappy game played in heavy rain, and Northgate beat Allerton 4-2 after trailing at half-time.

Results

Harbour City 3-0 Eastbrook
Wanderers 1-2 Millfield
Castleford 1-1 Redbridge
Northgate 4-2 Allerton

Top of the table

1. Harbour City 32 pts
2. Millfield 31 pts
3. Northgate 28 pts

Next weekend City travel to Millfield in what is now a top-of-the-table clash, while Wanderers host bottom side Allerton.
"""


#: A user's own copy: a markets report with a table of index figures laid out with spaces.
USER_MARKETS_REPORT = """\
Stocks close higher as tech rebounds; oil slips

By Carla Mendes, Markets Reporter
November 18, 2026, 4:32 PM ET

U.S. stocks ended higher on Wednesday as investors bought back into technology shares after two days of losses, while oil prices fell on signs of rising supply.

The S&P 500 rose 0.8% to 6,412.55, and the Nasdaq Composite gained 1.3% to 21,034.10. The Dow Jones Industrial Average added 0.4%, or 172 points, to 45,880.91.

Chipmakers led the gains. An index of semiconductor stocks rose 2.6%, recovering most of the ground it lost earlier in the week when a large supplier warned about slowing orders.

"People sold first and asked questions later on Monday," said Ray Dunmore, chief market strategist at Pinecrest Advisors. "Today looks like the market deciding the damage was overdone."

Treasury yields were little changed. The yield on the 10-year note stood at 3.94%, compared with 3.95% late on Tuesday.

Brent crude fell 1.7% to $71.20 a barrel after government data showed U.S. inventories rose for a third week.

Index          Close        Change
S&P 500        6,412.55     +0.8%
Nasdaq         21,034.10    +1.3%
Dow            45,880.91    +0.4%

Gold was steady at $2,905 an ounce. In currencies, the dollar edged down 0.2% against a basket of major peers.
"""


#: A user's own copy: a police appeal in single-line paragraphs.
USER_POLICE_APPEAL = """\
Police appeal after pensioner knocked down in hit-and-run

Police are appealing for witnesses after an 81-year-old woman was seriously hurt in a hit-and-run in Ashford on Friday evening.
The woman was crossing Station Road, near the junction with Elwick Street, at about 6.15pm when she was struck by a dark-coloured hatchback.
The car did not stop and was last seen heading towards the town centre.
The woman, who lives locally, was taken to hospital by ambulance and remains in a serious but stable condition.
Detective Sergeant Mark Ellis said: "This was a shocking incident and we are determined to find the driver responsible.
"We are particularly keen to hear from anyone with dashcam footage from Station Road between 6pm and 6.30pm, or anyone who saw a car with damage to its front driving through the area."
Anyone with information is asked to call Kent Police on 101, quoting reference 46/19922/26, or contact Crimestoppers anonymously on 0800 555 111.
"""


#: A user's own copy: a live blog, its posts under time stamps, two posts under a heading (one of one word).
USER_LIVE_BLOG = """\
Storm Elin live: thousands without power as 90mph gusts hit coast

Key events
Show key events only

Live
Updated 11.42 GMT

Fri 20 Nov 2026 11.42 GMT

Rail operators have cancelled all services west of Exeter until at least 3pm, according to Great Western Railway.

The company said trees had fallen on the line in four places and crews could not reach them safely while the wind was still this strong.

Fri 20 Nov 2026 11.15 GMT

Power cuts

About 48,000 homes are now without electricity across Devon and Cornwall, the network operator said. Engineers are working to restore supplies but warned some customers may be cut off until Saturday.

Fri 20 Nov 2026 10.50 GMT

The Met Office says the strongest gust so far was 91mph at a coastal weather station in north Cornwall, just after 9am.

Fri 20 Nov 2026 10.20 GMT

Schools

Devon county council has confirmed 112 schools are closed today. A full list is on the council website.

Fri 20 Nov 2026 09.58 GMT

Good morning and welcome to our live coverage of Storm Elin, which has brought damaging winds and heavy rain to south-west England overnight. An amber warning for wind remains in place until 6pm.
"""


#: A user's own copy: a newsletter post as a scraper's Markdown (subtitle heading, the writer's avatar and linked name, subscribe buttons).
USER_SUBSTACK_POST = """\
# Why the bus depot vote matters more than it looks

### The council's decision on Thursday will shape the east side for a decade

[![Avatar](https://substackcdn.example/image.png)](https://example.substack.com/@leahmoss)

[Leah Moss](https://example.substack.com/@leahmoss)

Nov 24, 2026

[Share](https://example.substack.com/p/bus-depot?utm_medium=web&action=share)

On Thursday night the city council will vote on whether to sell the old Pine Street bus depot to a developer. It sounds like a dry land deal. It isn't.

The depot sits on almost nine acres next to the river, the biggest empty site left on the east side. Whatever goes there will decide whether the neighbourhood gets the affordable housing it was promised in the last two plans, or another row of warehouses.

The developer, Ridgeway Partners, has offered $31 million and says it will build 420 homes, 15% of them below market rent. Housing advocates say that figure is far too low, and point out that the city's own policy asks for 25% on public land.

"We gave this land to the public once already, when we built the depot," council member Andre Lucas told me on Monday. "If we sell it, we should get more back than a few affordable units."

The mayor's office argues that a lower share is the price of getting anything built at all, given interest rates and construction costs.

I'll be at the meeting and will post an update on Friday morning.

Thanks for reading East Side Notes! Subscribe for free to receive new posts and support my work.

[Subscribe](https://example.substack.com/subscribe)

[Leave a comment](https://example.substack.com/p/bus-depot/comments)
"""


#: A user's own copy: an explainer with questions in bold as subheads and a bulleted list.
USER_EXPLAINER = """\
What happens now that the water company has been fined?

By Sofia Grant
Published 2 December 2026

Regulators fined Riverside Water £42 million on Tuesday for pumping untreated sewage into rivers hundreds of times more often than it was allowed. Here is what the penalty means for customers and the rivers.

**Who pays the fine?**

The company does. The regulator said the money must come from shareholders' returns and cannot be added to customers' bills. Any attempt to recover it through charges would break the company's licence.

**Will bills go up anyway?**

Probably, but not because of the fine. Bills are already set to rise next year under a separate price review that lets companies charge more to pay for new pipes and treatment works. For a typical household that means:

- about £3 a month more from April
- a further rise of about £2 a month in 2028
- help for low-income customers through a social tariff

**What happens to the money?**

It goes to the Treasury, not to the rivers. Campaigners have called for fines to be spent on clean-up projects in the areas that were polluted, and the government has said it will consider the idea.

**Could the company lose its licence?**

In theory, yes. In practice, regulators have never taken a licence away from a water company, and doing so would mean the government running it for a period. Ministers have said they do not expect that to happen.

"This penalty should be a warning to the whole industry," the regulator's chief executive, Harriet Moss, said.
"""


#: A user's own copy: a syndicated column with its distributor under the byline and the writer's bio at the end.
USER_SYNDICATED_COLUMN = """\
Don't let a bad boss follow you into your next job
By Marcus Webb
Tribune Content Agency
When Dana left her last job, she thought she had left her manager behind too. Six months into a new role, she caught herself doing the things he had trained her to do: copying three people into every email, apologising before asking a question, staying late so no one could say she wasn't trying.
This happens more than most of us admit. A difficult boss does not just make a job unpleasant while we are in it. They teach us habits, and habits travel.
The first step is to notice them. Keep a short list for a couple of weeks of the moments when you feel defensive or anxious at work, and write down what you did next. Patterns show up quickly.
The second step is to test your assumptions. If you expect your new manager to punish mistakes, tell them about a small one and see what actually happens. Most of the time, the reaction is far milder than the one you braced for.
Finally, talk about it. A trusted colleague or a mentor outside the company can often spot an old reflex much faster than you can.
Dana, for what it's worth, now sends her emails to one person at a time. "It felt rude at first," she told me. "Now it just feels normal."
Marcus Webb is a workplace coach and the author of "Second Chances at Work." Send questions to him at askmarcus@example.com.
(c) 2026 Marcus Webb. Distributed by Tribune Content Agency, LLC.
"""


#: A user's own copy: a story with a correction at the bottom.
USER_STORY_CORRECTION = """\
School board delays vote on later start times

By Jamal Wright | jwright@examplegazette.com
Nov 20, 2026

The Lakeview school board on Wednesday put off a vote on moving high school start times to 8:45 a.m., saying it needed more information about the cost of extra bus routes.

Board members had been expected to approve the change, which would have taken effect next August. Supporters say teenagers who start later sleep more and do better in class.

Superintendent Carol Nguyen told the board that shifting the schedule could require up to 14 additional buses, at a cost of about $1.1 million a year. The district currently runs 62 routes.

"I support the idea, but I'm not going to vote for something when we don't know how we'll pay for it," board member Tim Alvarez said.

Several parents spoke in favour of the change during public comment. Others worried that later dismissal would clash with after-school jobs and sports.

The board asked staff to bring back a full transportation plan in January.

Correction: An earlier version of this story misstated the number of bus routes the district runs. It is 62, not 52.
"""


#: A user's own copy: a browser's reader view (the site's domain, the writer, the reading time).
USER_READER_VIEW = """\
rivertoncourier.com
Riverton's last bookshop to close after 61 years
Helen Okafor
4–5 minutes

Riverton's last independent bookshop will close its doors at the end of January after 61 years, its owners said on Tuesday, blaming rising rent and falling sales.

Page & Quill opened on Market Street in 1965 and has been run by the Harding family for three generations. Ruth Harding, 58, took over from her father in 1999.

"We have held on longer than anyone thought we could," she said. "But the numbers stopped adding up a while ago, and we don't want to leave debts behind."

The shop's landlord raised the annual rent by 30% this year. At the same time, Harding said, takings had fallen as more customers bought online or borrowed e-books from the library.

Regulars said the news was a blow to the town centre, where a fifth of shop units now stand empty. "It's where I bought my first book," said retired teacher Alan Price, 74, who has shopped there since he was a boy. "There won't be anywhere to browse any more."

Harding said she hoped to find a buyer for the business, and that the shop's final weeks would include readings by local authors and a closing sale.

The town council said it was looking at ways to help small retailers, including a scheme that would offer reduced business rates for empty units taken on by new independent shops.
"""


#: A user's own copy: an Indian daily's page (its stamps with the place after them, a desk for the byline alone, a photo credit after a bar, a comments button).
USER_INDIAN_DAILY = """\
Metro rail's second phase to open in March, says Minister

The 18-km stretch will connect the airport with the city's eastern suburbs

Updated - November 03, 2026 10:12 pm IST
Published - November 03, 2026 09:15 pm IST - CHENNAI

Special Correspondent

A train on the first phase of the metro rail network. File | Photo Credit: R. Ravindran

The second phase of the city's metro rail network, linking the airport with the eastern suburbs, will be opened to the public in March next year, Urban Development Minister K. Selvam said on Monday.

Speaking to reporters after inspecting the stations at Velachery and Pallikaranai, the Minister said civil work on the 18-km stretch was nearly complete and trial runs would begin in January.

"Signalling and safety certification are the last steps. We will not open the line until every check is done," he said.

The stretch has 14 stations, nine of them elevated. Officials said the line was expected to carry about 1.8 lakh passengers a day within a year of opening.

Residents of the eastern suburbs have long complained about poor public transport, with many depending on share autos and private buses to reach the city centre.

The Minister also said that the State government had sought additional funds from the Centre for the third phase.

Published - November 03, 2026 09:15 pm IST

Read Comments
"""


#: A user's own copy: a wire factbox (FACTBOX- glued on the headline, questions in capitals as sub-heads, the credit line).
USER_FACTBOX = """\
FACTBOX-Key facts about Norland's disputed river dam

By Petra Lindqvist

OSLO, Nov 12 (Reuters) - Norland's parliament votes on Thursday on whether to finish the Skarva river dam, a hydroelectric project that has divided the country for more than a decade. Here are some facts about the project.

WHAT IS THE SKARVA DAM?

The dam would block the Skarva river about 40 km upstream of its mouth, flooding a valley of roughly 90 square kilometres. Its turbines would produce about 1.8 terawatt hours a year, enough for some 110,000 homes.

WHO IS BUILDING IT?

State utility Nordkraft holds 70% of the project and a group of regional power companies holds the rest. Construction began in 2019 and was halted in 2023 after a court ruled the environmental assessment incomplete.

HOW MUCH WILL IT COST?

The latest estimate, published in September, puts the total at 14.2 billion crowns, almost double the figure given when work started. Nordkraft says about 6 billion has already been spent.

WHO OPPOSES IT?

Two reindeer-herding districts say the reservoir would cut their spring migration route. Environmental groups say the river holds one of the last wild salmon stocks in the region. Fishermen at the river's mouth have joined the protests.

WHAT HAPPENS NEXT?

If parliament approves the new assessment, work could resume in the spring and the first turbine could run in 2029. If it rejects it, the government has said it will propose compensation for the companies and a plan to restore the site.

(Reporting by Petra Lindqvist; Editing by Mark Heller)
"""

#: A user's own copy: a local paper's digest of short items (each item's head on the line over its text, single line breaks, the compiler's credit line).
USER_IN_BRIEF = """\
IN BRIEF

Library extends weekend hours
The central library on Grove Street will open until 8 p.m. on Saturdays from next month, the county said Tuesday. The change follows a survey in which more than half of users asked for later hours. Sunday hours stay the same.

Bridge repairs to close lane
One lane of the Millrace Bridge will close for three weeks from Monday while crews replace expansion joints. Drivers should expect delays at peak times, the state transportation department said, and cyclists will be directed to the footpath.

School board picks interim chief
The Ashford school board voted 5-2 on Monday night to appoint deputy superintendent Laura Mendez as interim superintendent. She replaces Tom Reeve, who retired last month after eleven years. A search for a permanent leader will begin in the spring.

Farmers market moves indoors
The Saturday farmers market will move into the old armory building on Fifth Avenue for the winter, organizers said. About 30 vendors have signed up. The market runs from 9 a.m. to 1 p.m. until the end of March.

Food bank seeks volunteers
The Ashford Community Food Bank needs volunteers to sort donations before the holidays. Shifts of three hours are available on weekdays and Saturday mornings. Those interested can sign up at the food bank's office on Elm Street.

Compiled by staff writer Rachel Stone
"""

#: A user's own copy: a news analysis (its label alone over the headline, a standfirst, the writer's title under the byline, a stamp).
USER_NEWS_ANALYSIS = """\
NEWS ANALYSIS

Harbour city's housing plan leaves renters waiting

The mayor promised 20,000 homes in five years. Two years in, fewer than 3,000 have been started.

By Daniel Osei
Senior Correspondent

Published March 3, 2026

When Mayor Clara Duval unveiled her housing plan on the steps of city hall two years ago, she called it the biggest building programme the port city had seen since the 1960s.

The numbers since then tell a more modest story. Figures from the city's own planning department show that 2,870 homes have been started on land covered by the plan, and 640 have been finished.

Developers say rising construction costs and interest rates have made many of the sites unprofitable at the rents the city wants to cap. Two of the five largest schemes have been put on hold.

"We support the goal, but you cannot build at a loss," said Marta Greene, who heads the regional builders' federation. "The city needs to look again at the share of homes it wants below market rent."

Tenant groups see it differently. They say the city has leaned too heavily on private firms and too little on its own housing company, which has built fewer than 400 homes since the plan was launched.

The mayor's office said the plan was "on track for its second phase" and pointed to a new fund, worth 300 million euros, that will lend to non-profit builders from this summer.

Whether that will be enough is unclear. Waiting lists for social housing have grown by a fifth since 2024, and average rents in the city centre rose 9% last year.

For renters such as Yusuf Karim, a bus driver who shares a two-room flat with his wife and three children, the debate feels distant. "Every year they tell us next year," he said.
"""

#: A user's own copy: a regional paper's court listing (its label as the only head, one paragraph a case, the listing's note at the end).
USER_COURT_LISTING = """\
IN THE COURTS

The following cases were heard at Kingsbridge Magistrates' Court last week.

Jason Marsh, 34, of Mill Lane, Kingsbridge, admitted driving while over the legal alcohol limit on the A381 on September 14. He was fined £620, ordered to pay £85 costs and a £248 victim surcharge, and disqualified from driving for 17 months.

Kelly Ann Porter, 41, of Harbour View, Salcombe, admitted stealing goods worth £146 from a supermarket in Fore Street on August 30. She was given a 12-month conditional discharge and ordered to pay £60 compensation.

Ryan Dobbs, 22, of Orchard Close, Totnes, denied assault by beating. The case was adjourned until November 18 for trial.

Michael Tranter, 57, of Church Street, Dartmouth, admitted failing to stop after a road collision on July 2. He was fined £300, ordered to pay £85 costs and had six penalty points put on his licence.

Sophie Leigh, 29, of Station Road, Kingsbridge, admitted using a mobile phone while driving. She was fined £200 and had six points added to her licence, which means she faces a driving ban under the totting-up rules. The court will consider the ban at a hearing next month.

Daniel Crewe, 19, of no fixed address, admitted criminal damage to a bus shelter in Ivybridge on October 3. He was ordered to do 80 hours of unpaid work and to pay £350 compensation.

Court listings are compiled from public court registers. Anyone named who is later cleared may contact the newsroom.
"""

#: A user's own copy: a feature with an editor's note on top, over the headline.
USER_EDITORS_NOTE = """\
Editor's note: This story contains descriptions of violence that some readers may find distressing.

The night the river rose: survivors recount the Marlow flood

By Siobhan Kerr

MARLOW — At 2 a.m. on the night the river broke its banks, Ellen Shaw woke to the sound of water running under her bedroom door.

She had lived in the cottage by the old mill for 31 years and had never seen the river come past the garden wall. Within twenty minutes the water was at her knees.

"I didn't have time to think," she said. "I grabbed the dog and the photo albums and went up the stairs."

Shaw was one of about 400 residents of the village who were forced from their homes that night. Four people died, including a couple in their eighties whose car was swept off the lane leading out of the village.

An inquiry opened last week into why flood warnings reached the village more than an hour after the river gauge upstream had passed its alarm level. The environment agency has said its systems worked as designed, but has promised to cooperate fully.

Six months later, many families are still in rented homes in nearby towns while their houses are dried out and rebuilt. Insurance claims have been slow, and some residents have been told their homes cannot be insured again at any price.

Tom Fairley, who runs the village shop, reopened in March. "People come in just to talk," he said. "Some of them haven't been back to their houses since."
"""

#: A user's own copy: a government's press statement (the ministry over its status and date, -ENDS-, the issuer's and the media enquiries' lines).
USER_GOV_STATEMENT = """\
MINISTRY OF FISHERIES AND COASTAL AFFAIRS
REPUBLIC OF SANTA LUCERNA

PRESS STATEMENT

For immediate release
14 November 2026

Government announces support package for storm-hit fishing communities

The Government of Santa Lucerna has approved a support package of 45 million dollars for fishing communities on the eastern coast affected by Tropical Storm Elsa, the Minister of Fisheries and Coastal Affairs, the Hon. Ruth Alleyne, announced today.

The package will provide grants of up to 8,000 dollars to registered fishers whose boats or engines were destroyed, low-interest loans for the repair of landing sites and cold stores, and a three-month income allowance for fish vendors.

"Our fishers were the first to go out after the storm to help their neighbours. Now it is our turn to stand by them," Minister Alleyne said.

Applications will open on 21 November at the district fisheries offices in Port Marigot, Anse Verte and Belle Rive. Fishers will need their registration card and a photograph of the damaged equipment where available.

The Ministry has also asked the regional development bank to speed up a loan for the rebuilding of the Port Marigot jetty, which was badly damaged.

-ENDS-

Issued by the Government Information Service on behalf of the Ministry of Fisheries and Coastal Affairs.
For media enquiries: Communications Unit, tel. +1 758 555 0199, email: comms@fisheries.example.gov
"""

#: A user's own copy: a print story with its jump lines (Please see BUDGET, Page A6; Continued from Page A1).
USER_JUMP_LINES = """\
Council weighs $48 million budget gap

By Henry Albright
Staff Writer

GREENVALE — City council members got their first look Tuesday at a budget that leaves a $48 million hole in next year's spending plan, and the options for closing it drew a crowd of more than 200 residents to the council chambers.

City Manager Priya Nandakumar laid out three paths: raising the property tax rate by 6 cents, cutting about 180 positions across city departments, or drawing down the city's reserve fund below the level its own policy allows.

"None of these are good options," Nandakumar told the council. "What I'm asking is that you tell us which combination you can live with."

Please see BUDGET, Page A6

The gap stems largely from the end of federal pandemic aid, which had paid for about 120 jobs since 2021, and from a new contract with the firefighters' union that raised salaries by 11% over two years.

Council member Denise Harper said she would not vote for a tax increase in an election year. Council member Luis Ortega said cuts of that size would close two recreation centers and a library branch.

Continued from Page A1

Residents who spoke during public comment mostly opposed the cuts. A retired teacher, Gloria Banks, asked the council to keep the Eastside library open. "It's the only place in the neighborhood where kids can do homework after school," she said.

The council will hold two more budget workshops in April and must adopt a budget by June 15.
"""

#: A user's own copy: a business wire's results with a table laid out with spaces under its title, About, a media contact and SOURCE.
USER_RESULTS_TABLE = """\
Halvorsen Marine reports third-quarter profit up 18% on ferry orders

BERGEN, Norway, Oct. 29, 2026 /PRNewswire/ -- Halvorsen Marine ASA (OSE: HALV), a builder of electric ferries and workboats, today reported results for the third quarter ended September 30, 2026.

Revenue rose 12% to NOK 2.41 billion, driven by deliveries of four battery-electric ferries to operators in Norway and Denmark. Operating profit increased 18% to NOK 312 million, and the order backlog reached a record NOK 9.8 billion.

"Demand for zero-emission vessels keeps growing, and our yards are booked well into 2028," said Chief Executive Ingrid Solberg. "We are investing in a second assembly hall to meet it."

Third quarter highlights (NOK million)

                      Q3 2026    Q3 2025    Change
Revenue                 2,410      2,152      12%
Operating profit          312        264      18%
Net profit                221        190      16%
Order backlog           9,800      7,450      32%

The company kept its full-year guidance of revenue between NOK 9.2 billion and NOK 9.6 billion. It expects operating margins to be slightly lower in the fourth quarter as two new vessel types enter production.

About Halvorsen Marine

Halvorsen Marine designs and builds electric and hybrid ferries, service vessels and workboats at two yards on Norway's west coast. The company employs about 1,900 people.

Media contact:
Kari Vik, +47 55 55 01 23, press@halvorsen.example

SOURCE Halvorsen Marine ASA
"""

#: A user's own copy: a magazine feature copied with its drop cap alone on a line, the photographer's credit under the writer's, a caption with no credit.
USER_DROP_CAP = """\
The last ferryman of Loch Arran

For forty years, one man has carried the island's post, its doctors and its coffins across the water. Next spring, a bridge will do it instead.

Words by Fiona MacLeod
Photographs by Callum Reid

A

ngus Baird checks the sky before he checks anything else. At six every morning he walks down to the slipway, looks west over the loch, and decides whether the day's first crossing will go.

He has made that decision more than 14,000 times. In four decades he has missed only a handful of days, most of them in the great storm of 1998, when the waves came over the pier and took the ticket hut with them.

Angus Baird at the wheel of the Morag, the island's ferry since 1986.

The ferry is a flat-bottomed boat with room for six cars and forty passengers. In summer it is full of walkers and cyclists. In winter it carries the people who keep the island going: the nurse, the postman, the man who mends the boilers.

"You get to know everybody's business," Baird says, smiling. "Who's courting, who's ill, who owes money to who. I keep it all to myself."

The new bridge, a 600-metre span that has been under construction for three years, is due to open in April. When it does, the ferry will stop running, and Baird, who is 66, will retire.

He says he does not resent the bridge. Islanders have campaigned for it since before he was born, and it will make life easier for the young families the island needs.

"But I'll miss the quiet," he says. "On a calm morning, halfway across, it's the best seat in Scotland."
"""

#: A user's own copy: a paywalled page (the story's first paragraphs, then the subscription box).
USER_PAYWALL = """\
Regional airline to drop three routes as pilot shortage bites

By Amelia Hart

Updated: 6:45 AM, Nov 10, 2026

Skyline Regional will stop flying three of its routes from the end of January, the airline said on Monday, blaming a shortage of pilots that has forced it to cancel hundreds of flights this year.

The routes from Easton to Carlow, Brindle and Port Ashby carried about 90,000 passengers last year. Skyline said it would offer refunds or rebooking on its remaining network.

"We have not taken this decision lightly," chief executive Greg Nolan said in a statement. "But we cannot keep selling seats on flights we cannot crew."

Subscribe to continue reading

Get unlimited digital access for $1 a week. Cancel anytime.

Already a subscriber? Sign in

Subscribe now
"""

#: A user's own copy: a scraper's Markdown (a heading, the byline and date in italics, Read more and Related links between paragraphs).
USER_RELATED_LINKS = """\
# Heatwave pushes city's power demand to record

*By Nadia Rahman | July 22, 2026*

Electricity demand in the city hit an all-time high on Tuesday afternoon as temperatures passed 41C for the third day running, the grid operator said.

Demand peaked at 9,870 megawatts shortly after 3 p.m., beating the previous record set two summers ago by about 4%. The operator said it had enough reserve capacity and did not expect rolling blackouts.

**Read more:** [Why the city's grid struggles in summer](https://example.com/grid-summer)

Officials urged residents to set air conditioners no lower than 25C and to run washing machines and dishwashers after 9 p.m. Offices in government buildings were told to close blinds and switch off lights in empty rooms.

"If everyone does a little, we get through the peak without cutting anyone off," said Farid Haddad, the operator's head of system control.

**Related:** [Heat alert extended to Sunday](https://example.com/heat-alert)

Hospitals reported a rise in heat-related admissions, mostly among older people and outdoor workers. The health ministry opened 40 cooling centres in libraries and community halls across the city.

Forecasters expect temperatures to ease slightly from Thursday, though they are likely to stay above 38C until the weekend.
"""

#: A user's own copy: a newswire update (UPDATE 2- glued on the headline, its note on what it adds, two writers, the credit line).
USER_UPDATE2 = """\
UPDATE 2-Brazilian miner halts exports after port fire, shares slide

(Adds analyst comment in paragraph 6, share price in paragraph 7)

By Lucas Pereira and Ana Costa

SAO PAULO, Nov 17 (Reuters) - Brazilian iron ore miner Ferronorte SA said on Tuesday it had halted shipments from its main export terminal after a fire damaged a conveyor belt overnight, sending its shares down more than 6%.

No one was hurt in the fire, which broke out shortly after midnight at the terminal in the northern state of Maranhao, the company said in a securities filing.

Ferronorte said it expected to resume loading within 10 to 15 days and that it did not yet know the cause of the fire. The terminal handles about 80% of the company's exports.

The company said it had enough ore in stock at the port to meet its contracts once shipments resume, and that it did not expect to change its production guidance for the year.

A fire at the same terminal in 2024 stopped shipments for three weeks.

"The market will worry less about the volume lost than about what this says about maintenance at the port," said Bruno Dias, an analyst at Banco Litoral, adding that the stock had already fallen 20% this year.

Shares of Ferronorte were down 6.4% at 18.20 reais in afternoon trading in Sao Paulo, while the benchmark Bovespa index was up 0.3%.

(Reporting by Lucas Pereira and Ana Costa; Additional reporting by Mateus Lima in Brasilia; Editing by Jonathan Oatis)
"""

#: A user's own copy: a wire advisory (ADVISORY- glued on its head, Editors: alone over the note, the newsroom's credit).
USER_ADVISORY = """\
ADVISORY-Reuters to publish series on drought in the Sahel

Editors:

Reuters will publish a three-part series on the drought in the Sahel region starting on Monday, Dec 7. The stories will move on the wire at 0500 GMT each day and will be accompanied by photos and video.

The first story looks at how herders in Niger are selling their cattle to buy grain. The second, on Tuesday, examines the rise in food prices in Mali's cities. The third, on Wednesday, follows aid convoys across northern Burkina Faso.

All three stories are embargoed until 0500 GMT on the day they move. Photos will be available from Sunday on the Reuters Pictures service for planning purposes.

For questions about the series, please contact the Africa desk.

(Compiled by the Dakar newsroom)
"""

#: A user's own copy: a mobile (AMP) copy of a US paper (Menu and Search, the section, the writer over the paper's name and the stamp, a contact line, Share).
USER_AMP = """\
Menu
Search

LOCAL

City to plant 10,000 trees along bus corridors

Tom Becker
The Lakeside Tribune
Published 7:02 a.m. CT Nov. 24, 2026

The city will plant 10,000 trees along its busiest bus corridors over the next four years, Mayor Angela Ruiz announced Monday, in a bid to cool streets where riders wait in the sun.

The $22 million program will focus first on the south and west sides, where tree cover is lowest. City data show some neighborhoods there have less than 8% canopy, compared with more than 30% in the north lakeshore wards.

"Nobody should have to stand on a sidewalk at 95 degrees waiting for a bus with no shade," Ruiz said at a news conference at a stop on Cermak Avenue.

Crews will start planting in the spring. The city said it would choose species that tolerate road salt and drought, and would hire residents from the neighborhoods to water and care for the trees for their first three years.

Some aldermen questioned the cost. Alderman Frank Wozniak said the money would be better spent on new bus shelters. The mayor's office said the program would add 40 shelters as well.

Contact Tom Becker at tbecker@lakesidetribune.example.

Share this story
"""

#: A user's own copy: an aggregator's copy (the source, Story by and the age over the headline, Continue reading).
USER_MSN_COPY = """\
The Riverside Gazette
Story by Maya Collins
• 3h • 3 min read

Teachers in three districts vote to strike over class sizes

Teachers in the Oakmere, Linden and Brook Valley school districts have voted to strike from next Tuesday unless their districts agree to cap class sizes, their union said on Wednesday.

Nearly 92% of the union's 2,400 members who took part in the ballot backed the walkout, the Riverside Education Association said. Turnout was 81%.

The union wants a limit of 26 pupils in elementary classrooms and 30 in high schools. Some classes in the three districts now have more than 35 pupils, it says.

"Our members are not asking for the moon. They are asking to be able to teach," said association president Derek Fuller.

The districts said in a joint statement that they shared the union's concern but could not afford to hire the extra teachers a cap would need without more money from the state. They urged the union to return to talks.

Talks are scheduled to resume on Friday. If no deal is reached, about 38,000 pupils would be affected. The districts said schools would stay open for students who need supervision, with meals provided.

Parents have been told to watch for updates from their school by text message.

Continue reading
"""

#: A user's own copy: a charity's press release page (its breadcrumb, the date, Notes to editors and Media enquiries with a contact, a share button).
USER_NGO_NEWS = """\
News  >  Press releases

New survey finds one in four rural clinics without a full-time nurse

19 October 2026

A quarter of rural health clinics in the region have no full-time nurse, according to a survey published today by the charity Health Access Alliance.

The survey of 1,240 clinics in eight provinces found that 312 relied on visiting staff or volunteers for nursing care, and that one in ten had gone without any nurse for at least three months in the past year.

"Rural clinics are the front door of the health system for millions of people. When that door is closed, people arrive at hospital later and sicker," said Dr Amina Yusuf, the charity's director of programmes.

The charity is calling on governments to offer housing and higher pay to nurses who take rural posts, and to expand training places in provincial colleges so that more nurses are recruited from the communities they serve.

The report, Empty Chairs: Nursing in Rural Clinics, will be presented at the regional health ministers' meeting in November.

Notes to editors

Health Access Alliance is a non-profit organisation working to improve primary health care in rural areas. It operates in 11 countries.

The survey was carried out between March and June 2026 by trained enumerators.

Media enquiries

Sam Otieno, Communications Manager
+254 20 555 0147
press@healthaccess.example

Share this page
"""

#: A user's own copy: a theatre review (its label before the headline, the stars alone, the run's line, the cast and credits block).
USER_REVIEW = """\
Theatre review: The Lighthouse Keeper's Daughter, Playhouse, Ashford

★★★★☆

A small cast and a storm that never lets up make this revival gripping

By Jonathan Pryce-Evans

There is a moment, about forty minutes into this revival, when the storm outside the lighthouse finally breaks through the window, and for a few seconds the whole theatre seems to hold its breath.

It is a fine piece of stagecraft, and it sums up what director Hana Okoro does so well here: she keeps the weather at the edge of every scene, so that even the quietest conversations feel as if they might be swept away.

The play, first staged in 1962, follows Mary, the keeper's daughter, through one winter night in which a ship runs aground on the rocks below. Lena Marsh is superb in the role, moving from sharp-tongued boredom to a desperate, clear-eyed courage.

Not everything works. The second act drags in its middle stretch, and a subplot about a visiting inspector is played too broadly for a production that is otherwise so careful.

But the ending, when Mary climbs the stairs to light the lamp herself, is as moving as anything I have seen on this stage in years.

Until 14 March. Tickets from £18. playhouseashford.example

Cast and credits
Mary: Lena Marsh
Thomas Hale: Peter Quinn
Inspector Dunn: Ravi Sethi
Director: Hana Okoro
Designer: Clare Whitlock
Running time: 2hrs 10mins, including interval
"""

#: A user's own copy: a leader's speech in full (Full text: before the headline, the delivery's stamp, the speech's greeting and close).
USER_SPEECH = """\
Full text: Prime Minister's address to the nation on the energy emergency

Delivered at 8 p.m., Thursday 19 November 2026

Good evening.

Tonight I want to speak to you directly about the energy emergency our country faces this winter, what it means for your family, and what the government is doing about it.

Three weeks ago, the main gas pipeline that supplies our northern cities was damaged in a landslide. Engineers have been working day and night to repair it, and I want to thank every one of them. But the repairs will take until February.

That means we will have less gas than we need during the coldest months of the year. It does not mean that homes will go cold. Let me be clear about that: heating homes, hospitals and schools comes first.

From Monday, large industrial users will be asked to cut their gas use by a fifth. In return, the state will pay them for the output they lose. Street lighting will be dimmed after midnight, and public buildings will be heated to no more than 19 degrees.

I am also asking each of you to help. If every household turns its thermostat down by one degree, we will save as much gas as a city of 200,000 people uses in a month.

I know that many of you are already struggling with bills. So the energy price cap will be frozen until the end of March, and the winter payment for pensioners will be doubled.

We have come through hard winters before. We will come through this one, together.

Thank you, and good night.
"""


USER_PDF_PAGE = """\
                         HARBOUR TIMES · Thursday, 12 March 2026                        7

Council backs plan to reopen
the old Quayside ferry route

By Laura Finch
Transport Correspondent

BRANSTON — Councillors last night voted to reopen the Quayside
ferry route, which closed eleven years ago after the operator
went out of business, in a move campaigners said would cut com-
muting times for thousands of people on the south bank.

The route will be run by a not-for-profit company owned by the
council, with two electric boats due to enter service in the
spring of next year. The vote was carried by 31 votes to 9.

"This is the best news the south bank has had in a decade," said
Petra Lowell, who chairs the Quayside Ferry Campaign. "People
have been driving twenty minutes round the estuary for a crossing
that takes six minutes on the water."

Opposition councillors questioned the cost. The council expects
to spend £4.2m on the boats and on repairing the two landing
stages, with running costs covered by fares and a subsidy of
about £300,000 a year.

"We support a ferry, but not a blank cheque," said Dev Anand,
leader of the opposition group. "Nobody has shown us what happens
if passenger numbers are half what the consultants predict."

The council's transport director, Miriam Oakes, said the business
case had been tested against lower numbers and still showed the
service breaking even within seven years.

Work on the landing stages is expected to start in the autumn.
A public consultation on timetables and fares will open next month.


                                                          Continued on page 9

"""


USER_PDF_REPORT = """\
Water Access in Upland Districts                                         Annual Report 2025

1. Summary

The Upland Water Trust connected 41 villages to a safe water sup-
ply in 2025, up from 27 the year before, according to the Trust's
annual report published on Tuesday.

The report says that 18,400 people now collect water from a tap
within 500 metres of their home. Before the work began, most fa-
milies walked more than an hour each way, and girls missed school
to help carry water.

"We have shown that small gravity schemes work, and that villages
look after them when they own them," said Anna Keller, the Trust's
director. "The money is the easy part. The hard part is the years
of meetings that come before the first pipe goes in."

Water Access in Upland Districts                                                   4

The Trust warns that its work is threatened by a fall in donations,
which dropped by 12 per cent last year. It says it will have to
pause work in two districts unless it finds new funding by June.

Local officials welcomed the report. Samuel Otieno, a district wa-
ter engineer, said the schemes were cheaper to maintain than
boreholes and did not need diesel pumps.

The report also found that four of the schemes built before 2020
needed major repairs, mostly because pipes had been laid too close
to the surface and were damaged by floods.

The Trust plans to connect another 35 villages in 2026.

Water Access in Upland Districts                                                   5
"""


USER_EMAIL_NEWSLETTER = """\
View this email in your browser

THE MORNING BRIEF
Wednesday, 4 February 2026

Good morning. Here's what you need to know today.

Presented by Northgate Bank. Banking that fits around you.

Rail fares to rise by 4.5% in March

By Carys Bowen

Rail fares in England will rise by 4.5 per cent from the first
Sunday in March, the government confirmed on Tuesday, the largest
increase in three years.

The rise applies to regulated fares, including most season tickets
and off-peak returns. Operators can raise other fares by more.

Passenger groups said the increase would push more people back into
their cars. "Fares are going up faster than wages again," said Ruth
Emmerson of the Rail Users' Alliance. "Every time this happens, we
lose commuters we never win back."

The Department for Transport said the rise was below the rate of
inflation in July, which is the usual benchmark, and that it would
fund a trial of flexible season tickets on three routes.

Unions said they would raise the issue at talks next week.

SPONSORED

Northgate Bank: open a Saver account in five minutes. T&Cs apply.

Forwarded this email? Subscribe here for more.

You are receiving this email because you signed up to The Morning Brief.
Unsubscribe | Manage preferences | Privacy policy

© 2026 Morning Brief Media Ltd, 10 Albion Street, Leeds LS1 6AA
"""


USER_RSS_ITEM = """\
Museum returns carved panels to Ghanaian royal court

The Whitcombe Museum has returned six carved wooden panels to the royal court of a town in southern Ghana, more than a century after they were taken by a British officer.

The panels, which show scenes from the history of the court, were handed over at a ceremony in the town on Saturday attended by the museum&#8217;s director and hundreds of local people.

&#8220;These objects were never ours to keep,&#8221; said the director, Helen Morrow. &#8220;We are glad they are going home, and sorry it has taken so long.&#8221;

The museum acquired the panels in 1921 from the family of a colonial officer who had taken part in a military expedition in the region. Researchers at the museum spent three years tracing their history before recommending their return.

A spokesman for the court, Kwame Asante, said the panels would be displayed in a new gallery being built next to the palace. &#8220;Our children will see them every day,&#8221; he said.

The museum said it was in talks about the return of a further 40 objects to institutions in West Africa.

Continue reading...

The post Museum returns carved panels to Ghanaian royal court appeared first on Heritage Daily.
"""


USER_CMS_EXPORT = """\
Title: Hospital car park charges to be scrapped for night-shift staff
Author: Megan Doyle
Date: 2026-01-19 07:30
Section: Health
Tags: NHS, parking, staff
Status: published

Night-shift staff at St Aidan's Hospital will no longer have to pay to park, the hospital trust announced on Monday, after a petition signed by more than 2,000 workers.

The change applies to any member of staff whose shift starts after 7pm or ends before 7am. Day staff will continue to pay £4 a day, although the trust said it would review all charges in the summer.

Nurses had complained that they were paying to park in the middle of the night when the car park was almost empty. Some said they had been attacked while walking from cheaper streets nearby.

"It was never about the money for most of us," said Claire Hutton, a ward sister who started the petition. "It was about feeling safe getting to our cars at three in the morning."

The trust's chief executive, Daniel Pryor, said the decision would cost about £180,000 a year in lost income. "Our night staff keep this hospital running, and it is right that we listen to them," he said.

The union Unison welcomed the change but said all staff should be able to park for free.
"""


USER_FRONT_MATTER = """\
---
title: "Drought forces water restrictions across three counties"
author: "Owen Pritchard"
date: 2026-07-22
categories: [environment, news]
draft: false
---

A hosepipe ban will come into force across three counties on Friday after the driest spring and summer in more than fifty years, the water company Severn Vale said on Tuesday.

The ban will affect about 1.8 million customers. It stops people using hosepipes to water gardens, fill paddling pools or wash cars, with fines of up to £1,000 for anyone caught breaking it.

Reservoir levels are at 48 per cent, compared with an average of 71 per cent for the time of year, the company said.

"We do not take this step lightly," said Fiona Greaves, the company's director of water resources. "But without rain in the next few weeks, we have to protect supplies for the autumn."

Farmers said they were already struggling. Tom Reddaway, who grows vegetables near Ledbury, said two of his fields had produced almost nothing. "We are irrigating what we can, but the river is so low we cannot take any more," he said.

The Environment Agency said it would decide next week whether to declare a drought across the region.
"""


USER_OCR_CLIPPING = """\
THE WESTBURY GAZETTE, FRIDAY, JUNE 14, 1957.                    PAGE FIVE

NEW BRIDGE OPENED
BY THE MAYOR

LARGE CROWD AT CEREMONY

The new bridge over tbe River Wend was
opened on Wednesday afternoon by the
Mayor, Alderman J. H. Barlow, in the
presence of a large crowd which lined
both banks of the river.

The bridge, which has taken nearly two
years to build, replaces the old timber
structure which was damaged beyond re-
pair in the floods of 1954.

Speaking before he cut the ribbon, the
Mayor said: "This is a great day for
Westbury. For three years the people
of the east side have had to go a long
way round to reach the town, and I know
how much they have looked forward to
this day."

The engineer in charge, Mr. R. T. Dale,
said the new bridge was built to carry
the heaviest lorries and would stand
for a hundred years.

After the ceremony the Mayor and mem-
bers of the Council crossed the bridge
on foot, followed by the children of
the East Road school, who had been
given a half-holiday for the occasion.
Tea was afterwards served in the Drill
Hall.
"""


USER_EIKON_COPY = """\
UPDATE 2-Norvik Energy cuts output forecast as northern field delays bite
By Ingrid Solberg
OSLO, March 3 (Reuters) - Norway's Norvik Energy cut its production forecast for 2026 on Tuesday, citing delays at its northern Kaldvik field, and its shares fell 6% in early trade.
The company now expects output of 410,000 to 430,000 barrels of oil equivalent per day (boepd), down from 440,000 to 460,000 boepd previously.
Start-up of the Kaldvik field has been pushed back to the third quarter from the first because of problems with subsea equipment, Norvik said. [ID:nL8N3AB0XY]
"We are disappointed by the delay, but the field remains one of the best in our portfolio," Chief Executive Lars Eide told reporters.
Fourth-quarter adjusted operating profit rose to 9.8 billion crowns ($932 million) from 8.1 billion a year earlier, beating the 9.4 billion expected by analysts in a company-compiled poll.
The board proposed a dividend of 4.50 crowns per share for the quarter.
Analysts said the forecast cut was larger than expected. "The market had priced in a small delay, not a whole quarter," said Kari Holm, an analyst at Fjord Securities.
(($1 = 10.5112 Norwegian crowns))
(Reporting by Ingrid Solberg; Editing by Terje Moen and Mark Potter)
((ingrid.solberg@thomsonreuters.com; +47 2100 0000;))
^^^^
"""


USER_BLOOMBERG_TERMINAL = """\
Harbor Steel to Cut 1,200 Jobs as Demand Slump Deepens
2026-05-06 14:22:08.311 GMT

By Daniel Kwan
(Bloomberg) -- Harbor Steel Corp. will cut about 1,200 jobs, or 8% of its workforce, as weak demand from carmakers and builders pushes the company to close two of its oldest plants.
The shares rose 3.1% to $41.20 at 10:14 a.m. in New York, as investors welcomed the cost cuts.
The plants in Ohio and Indiana will close by the end of the year, the Pittsburgh-based company said in a statement on Wednesday. Harbor expects to save about $180 million a year.
"We have to match our capacity to the market we have, not the one we hoped for," Chief Executive Officer Linda Park said on a call with analysts.
Steel prices in the US have fallen about 20% this year as imports rose and construction slowed.
To contact the reporter on this story:
Daniel Kwan in New York at dkwan@bloomberg.net
To contact the editors responsible for this story:
Brendan Case at bcase@bloomberg.net
"""


USER_CONTENTS_LIST = """\
What the new planning rules mean for you

By Rachel Osei, Property Editor

Published 9 April 2026

Contents
1. What has changed
2. Can I build an extension without permission?
3. What about loft conversions?
4. Who decides?
5. What critics say

The government has published the biggest changes to planning rules in England for more than a decade. Here is what they mean for homeowners.

What has changed

From 1 June, homeowners will be able to build larger extensions without applying for planning permission, as long as they follow a set of design rules published on Wednesday.

Can I build an extension without permission?

Single-storey rear extensions of up to eight metres on detached houses, and six metres on other houses, will no longer need permission. Neighbours will still be told and can object.

What about loft conversions?

Loft conversions that do not raise the roof ridge will be allowed in conservation areas for the first time, provided the materials match the existing roof.

Who decides?

Local councils will still check that work follows the design rules, but will have eight weeks to do so instead of thirteen.

What critics say

Campaigners say the changes will harm neighbours and historic streets. "This is a charter for bad building," said Simon Hale of the Civic Society Network. "Neighbours will lose light and privacy with no real say."
"""


USER_APP_SHARE = """\
Shared from the Courier app

Schools to get extra £20m for special needs places

By Imogen Tate
Education Reporter

Councils across the region will share an extra £20m to create places for children with special educational needs, the government said on Thursday.

The money will pay for 600 new places in special schools and units attached to mainstream schools. Parents have complained that children are being sent long distances because there are not enough places near their homes.

"This is welcome, but it is a drop in the ocean," said Lorna Baxter, who runs a support group for parents. "Some families are waiting more than a year for a school place."

The Department for Education said the funding was part of a wider plan to reduce waiting lists.

Download the Courier app for the latest news, sport and weather. Available on iOS and Android.
"""


USER_WHATSAPP_FORWARD = """\
Forwarded many times

*Flooding closes main road into town for second day*

The main road into Carrowmore will stay closed for a second day after the river burst its banks on Sunday night, the county council said on Monday.

Water is more than half a metre deep at the bridge, and engineers say the road will not reopen until levels fall and the surface has been checked for damage.

About 40 homes on the riverside estate were flooded overnight. Residents were taken to the community centre, where the Red Cross has set up a rest centre.

"We woke up at two in the morning and the water was already coming under the door," said Mary Doherty, 68. "We lost everything downstairs."

Gardaí have asked drivers to avoid the area and follow diversions through Ballinlough.

The Met Office has issued a yellow rain warning until Tuesday evening.
"""


#: Anadolu Agency's English site: a standfirst, the writer with the stamp after a bar, the place
#: alone on its line, the note on its subscribers' service.
USER_ANADOLU_STORY = """\
Türkiye, Azerbaijan sign deal to double rail freight on Caspian corridor

Transport ministers agree to raise annual cargo capacity of Baku-Tbilisi-Kars line to 6 million tons by 2029

Elif Demirtaş   |05.03.2026 - Update : 05.03.2026

ANKARA

Türkiye and Azerbaijan on Thursday signed an agreement to double the amount of freight carried on the rail line linking the two countries through Georgia, the Turkish Transport Ministry said.

Under the deal, signed in the capital Ankara by the two countries' transport ministers, the annual capacity of the Baku-Tbilisi-Kars line will rise from 3 million to 6 million tons by 2029.

"This corridor is no longer a regional project. It is becoming one of the main arteries between Asia and Europe," the Turkish minister told reporters after the signing ceremony.

The ministry said the two sides would jointly finance new sidings, a modern container terminal near the border town of Kars and the electrification of a 120-kilometer stretch of track in eastern Türkiye.

Freight volumes on the line have grown steadily since the war in Ukraine pushed shippers away from northern routes through Russia, with grain, cotton and building materials making up most of the cargo.

Officials expect the first new terminal to open by the end of next year, and said talks with Georgia on raising the capacity of its section of the line would continue in April.

Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options.
"""


#: Antara's English service: the place and the agency in brackets, its related-news lines, the
#: reporter's and the editor's labels, the copyright.
USER_ANTARA_STORY = """\
Indonesia to open 500,000 hectares of new rice fields in Papua, Kalimantan

Jakarta (ANTARA) - The Indonesian government plans to open 500,000 hectares of new rice fields in Papua and Central Kalimantan over the next three years to cut its reliance on imported rice, Agriculture Minister Budi Hartanto said on Wednesday.

Speaking after a cabinet meeting at the Presidential Palace, Hartanto said the fields would be supplied by new irrigation canals and planted with high-yield varieties developed by the national research agency.

"We want every province outside Java to be able to feed itself. That is the aim of this programme," he said.

The ministry has set aside Rp12 trillion (around US$740 million) for the first phase, which covers land clearing, irrigation and seed distribution to farmers' groups.

Environmental groups have warned that clearing forest land could release large amounts of carbon and harm the livelihoods of indigenous communities.

Hartanto said the government would only use land that had already been classified as degraded and would consult local communities before work began.

Related news: Govt to disburse fertilizer subsidies before planting season
Related news: Bulog says rice stocks sufficient until Eid

Reporter: Putu Indah Savitri
Editor: Rahmad Nasution
Copyright © ANTARA 2026
"""


#: A BBC Monitoring item: the source over the translation, a translator's note on what is left
#: out, the source line with its hour in GMT, the desk line.
USER_BBC_MONITORING = """\
Kazakh leader orders review of fuel price rises after protests

Text of report by privately-owned Kazakh news agency Interfax-Kazakhstan on 12 May

Astana, 12 May: President Nurlan Serikbayev has instructed the government to review the recent increase in the price of liquefied gas and diesel and to report back within ten days.

"Any change in prices must be explained to people in advance. The government did not do this," the president said at an enlarged meeting of the cabinet on Thursday [12 May].

He said regional governors should meet residents in the towns where protests took place last week and explain what measures were being taken to stabilise the fuel market.

[Passage omitted: background on last week's protests in the west of the country]

The energy minister told the meeting that the price of liquefied gas at filling stations would be frozen at the April level until the end of the year, and that additional supplies would be sent to the western regions from the Tengiz field.

The head of the antimonopoly agency said inspections had been launched at 43 filling stations suspected of collusion.

Source: Interfax-Kazakhstan news agency, Almaty, in Russian 0915 gmt 12 May 22

BBC Mon CAU EU1 Pol sm/ak
"""


#: A CNN transcript: the show's name, the title with its hours on air, the time code, the
#: speakers' turns and the stage directions in brackets.
USER_TV_TRANSCRIPT = """\
CNN NEWSROOM

Floods Force Thousands From Homes Along Ohio River; Senate Returns To Budget Talks. Aired 10-11a ET

Aired May 14, 2026 - 10:00   ET

THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.

[10:00:08]

JANE HARLOW, CNN ANCHOR: Good morning. I'm Jane Harlow. We begin this hour along the Ohio River, where rising water has forced thousands of people from their homes overnight and the worst is not over yet.

The river is expected to crest tomorrow afternoon, more than eight feet above flood stage. Our Tom Brennan is in Portsmouth, Ohio, this morning. Tom, what are you seeing?

TOM BRENNAN, CNN NATIONAL CORRESPONDENT: Jane, the water here has risen almost two feet since I arrived at about four o'clock this morning. The street behind me was dry yesterday. Now you need a boat to get down it.

(BEGIN VIDEOTAPE)

BRENNAN (voice-over): Volunteers spent the night filling sandbags outside the fire station. Some residents left with only what they could carry.

UNIDENTIFIED FEMALE: We've been here 30 years and we've never seen it come up this fast. We just grabbed the dog and the pictures and went.

(END VIDEOTAPE)

BRENNAN: The county has opened two shelters at local high schools, and the National Guard says more trucks are on the way.

HARLOW: Tom Brennan, thank you. Stay safe out there.

We'll have more on the floods and the fight over the budget in Washington after the break.

(COMMERCIAL BREAK)
"""


#: A Reuters story corrected after it moved: ``CORRECTED-UPDATE 1-`` before the headline, the
#: note on what was corrected.
USER_CORRECTED_STORY = """\
CORRECTED-UPDATE 1-Norwegian lender Fjordbank to cut 1,200 jobs, close branches

(Corrects number of branches to be closed to 85 from 58 in paragraph 3)

By Lars Eriksen and Ingrid Holm

OSLO, March 4 (Reuters) - Norway's Fjordbank will cut about 1,200 jobs, or roughly 9% of its workforce, over the next two years as more customers move to mobile banking, the lender said on Wednesday.

The bank, Norway's third-largest by assets, said the cuts would save about 1.4 billion crowns ($131 million) a year from 2028 and that it would book a restructuring charge of 900 million crowns in the first quarter.

Fjordbank will close 85 of its 210 branches, mostly in smaller towns, and move some back-office work to its service centre in Trondheim, it said.

"The way our customers bank has changed faster than any of us expected," Chief Executive Kari Lund told a news conference.

The finance workers' union said it would seek talks with management about how the cuts would be carried out and called on the bank to avoid forced redundancies.

Shares in Fjordbank rose 3.2% by 1045 GMT, outperforming a 0.4% rise in the European banking index.

(Reporting by Lars Eriksen and Ingrid Holm; Editing by Jane Merriman)
"""


#: A fact-check page: the claim and the verdict, a ruling under its heading, the note on the
#: team that wrote it with its address.
USER_FACT_CHECK = """\
Fact check: No, the city is not charging drivers a daily fee to enter downtown

By Rachel Okoye

Published March 3, 2026

Claim: A post shared thousands of times on Facebook says Riverton will charge every driver $15 a day to enter the downtown area from April 1.

Verdict: False

A post circulating on Facebook since late February claims that drivers will soon have to pay to enter downtown Riverton.

"Starting April 1 every car entering downtown will be charged $15 a day. Cameras are already up," the post reads. It has been shared more than 4,000 times.

The city council has not approved any such charge. A spokesperson for the mayor's office said the cameras mentioned in the post were installed last year to monitor traffic flow at five junctions and do not read number plates.

The council did discuss a congestion charge at a meeting in January, but only as one of several options in a long-term transport plan. Minutes of the meeting show councillors voted to commission a study, which is due in 2027.

Our ruling

The claim that Riverton will charge drivers $15 a day to enter downtown from April 1 is false. No charge has been approved and the cameras cited in the post cannot be used to bill drivers.

This article was produced by the Riverton Courier's fact-checking team. Have you seen a claim you want us to check? Email factcheck@rivertoncourier.example
"""


#: A British letters page: each letter under its heading, signed with the name and the town
#: alone on two lines (no state).
USER_LETTERS_PAGE = """\
Letters to the editor

Bus cuts will hit those with fewest options

The proposal to cut the number 14 bus to one an hour after 7pm (News, March 2) would leave many of us on the east side with no way to get home from evening shifts. I work at the hospital and finish at 10pm three nights a week. I do not drive, and a taxi costs more than I earn in an hour.

The council says the evening buses carry too few passengers. That is because the service is already unreliable. Cut it further and even fewer people will use it.

Maureen Feld
Eastbrook

Library deserves better

I was sorry to read that the Carver Street library will close for a year for repairs. It is the only quiet place many students on our estate have to study. Could the council not open a temporary reading room in the community centre next door?

Daniel Ashe
Riverton

A word of thanks

On behalf of the Eastbrook Allotment Society, I want to thank everyone who came to our open day last Saturday. We raised more than £1,200 for the new water tanks, and several families have joined the waiting list for plots.

Susan Oduya, chair, Eastbrook Allotment Society

Letters may be edited for length and clarity. Write to letters@rivertoncourier.example
"""


#: A paper's corrections column: its standing title, the compiler's line, the date, one
#: correction a paragraph.
USER_CORRECTIONS_COLUMN = """\
Corrections and clarifications

Compiled by the readers' editor

Tuesday 3 March 2026

An article about the new ring road (Work on bypass to start in spring, 28 February, page 7) said the road would be 14 miles long. It will be 11 miles long.

A picture caption with a report on the county chess championship (Sport, 1 March, page 42) named the winner as Tom Hale. The winner was Tom Hall.

Our obituary of the architect Miriam Castell (27 February, page 38) said she was born in Leeds. She was born in Bradford. The obituary also gave the wrong year for the completion of the Quayside library; it opened in 1994, not 1996.

An editorial (Our view, 26 February) said the council had raised parking charges three times in five years. It has raised them twice.

A report on school funding (25 February, page 4) gave the wrong name for the education secretary's constituency. It is Hallam East, not Hallam West.

Readers can contact the readers' editor by emailing readers@rivertoncourier.example or by writing to The Readers' Editor, The Riverton Courier, 10 Quay Street, Riverton RV1 2AB.
"""


#: A weekly's police log: the staff credit, each day's heading in capitals over its entries.
USER_POLICE_BLOTTER = """\
Police log: Stolen trailer, fake bank calls and a loose horse

By Courier staff

Posted March 5, 2026

The following items are taken from the Riverton Police Department's daily log. Everyone arrested is presumed innocent until proven guilty in court.

MONDAY, MARCH 2

12:14 a.m. — A resident of Orchard Lane reported that a utility trailer was taken from his driveway overnight. The trailer was later found abandoned behind a store on Route 9.

8:40 a.m. — A woman on Mill Street reported receiving three calls from a man claiming to be from her bank and asking for her card number. She did not give it. Police remind residents that banks never ask for full card numbers by phone.

3:05 p.m. — A horse was reported walking along the shoulder of Highland Road. An officer and the owner returned the animal to its field, where a gate had been left open.

TUESDAY, MARCH 3

1:30 p.m. — A 34-year-old Riverton man was arrested on Main Street on a warrant for failing to appear in court on a shoplifting charge.

9:52 p.m. — Officers responded to a report of loud music at a house on Beacon Street. The residents agreed to turn it down.

Anyone with information about these incidents can call the department's tip line at 555-0134.
"""


#: A football preview: team news and probable line-ups under their headings, the prediction.
USER_MATCH_PREVIEW = """\
Preview: Harbour City v Northgate – team news, probable line-ups and prediction

Harbour City will be without their captain for Saturday's derby as they try to end a run of four games without a win.

By Owen Clarke

Friday 6 March 2026 18:30, UK

Harbour City host Northgate at the Quayside Stadium on Saturday (kick-off 3pm) knowing that another defeat would leave them just three points above the relegation zone.

Captain Leon Marsh will miss the game after picking up his fifth booking of the season against Westfield, and manager Paul Dunne said he would wait until the morning of the match to decide on his replacement.

"We know what this game means to the supporters. The players know it too, and they need to show it for the whole ninety minutes," Dunne said.

Northgate have won three of their last four away games and are unbeaten in the derby for two years. Winger Sami Osei returns from a hamstring injury.

Team news

Harbour City: Marsh (suspended) is out; Kellett (knee) is a doubt.

Northgate: Osei is available again; Byrne (ankle) remains out.

Probable line-ups

Harbour City (4-2-3-1): Lowe; Pratt, Kinsella, Abara, Dean; Whitfield, Noble; Grant, Kellett, Ferris; Mahoney.

Northgate (4-3-3): Sorensen; Cole, Tiernan, Vidal, Hughes; Adeyemi, Park, Sutton; Osei, Lind, Barrow.

Our prediction

Harbour City 1-2 Northgate. City's defence has looked shaky without Marsh, and Northgate's pace on the break should tell.
"""


#: A court story with a timeline box under its heading, a date and an event a line.
USER_TIMELINE_BOX = """\
Dam operator fined £2m over reservoir leak that flooded village

By Amira Haddad, Environment correspondent

4 March 2026

The company that runs the Culverdale reservoir has been fined £2m for failing to repair a leak that flooded 40 homes in the village of Ashby Cross three years ago.

Magistrates in Lincoln heard that engineers at Eastern Water Services had spotted the leak in the dam's outflow tunnel eight months before the flood but that the repair was repeatedly postponed.

"This was not an act of nature. It was a failure to do basic maintenance," said District Judge Helen Crane as she passed sentence.

The company admitted two breaches of reservoir safety law at an earlier hearing. In a statement, it apologised to residents and said it had since spent £14m on repairs and new monitoring equipment.

Residents' group Ashby Cross Together said the fine was "a small sum for a company of this size" and called for the money to go towards flood defences in the village.

Timeline

June 2022 - Engineers report a leak in the outflow tunnel

September 2022 - Repair scheduled, then postponed

February 2023 - Water breaks through the embankment; 40 homes flooded

November 2024 - Environment Agency brings charges

January 2026 - Company admits two offences

March 2026 - Company fined £2m

The Environment Agency said it would continue to inspect the dam every three months until the end of 2027.
"""


#: A breaking-news explainer: questions as headings over their answers, the note that the story
#: is developing.
USER_WHAT_WE_KNOW = """\
Riverton chemical plant fire: What we know so far

Updated 11:42 AM EST, Thu March 5, 2026

By Kevin Marsh and Julia Tran

A large fire broke out at a chemical plant on the edge of Riverton early Thursday, sending a plume of black smoke over the city and forcing officials to order thousands of residents to stay indoors.

Here is what we know so far.

What happened?

The fire started shortly after 4 a.m. in a storage building at the Halden Chemicals plant on Industrial Parkway, according to the Riverton Fire Department. Firefighters from four neighbouring towns were called in to help.

Was anyone hurt?

Two workers were taken to hospital with breathing problems, the company said. Both were in stable condition Thursday morning. No other injuries have been reported.

What should residents do?

Officials told people living within two miles of the plant to keep windows and doors closed and to turn off air conditioning until further notice. Schools in the area were closed for the day.

"If you can see or smell the smoke, stay inside," Fire Chief Dana Ruiz told reporters at a briefing.

What caused the fire?

The cause is not yet known. The company said the building held drums of industrial solvents and cleaning products, and that it was cooperating with investigators.

This is a developing story and will be updated.
"""


#: A Wikinews article: the date under the headline, the related news and the sources listed at
#: the bottom.
USER_WIKINEWS = """\
Storm floods coastal towns in northern Portugal

Wednesday, March 4, 2026

A storm brought heavy rain and strong winds to the north of Portugal on Monday and Tuesday, flooding streets in several coastal towns and leaving about 30,000 homes without electricity.

The national civil protection authority said it had received more than 1,800 calls for help, most of them about fallen trees and flooded basements. No deaths were reported.

In Viana do Castelo, the river overflowed its banks on Tuesday morning and the fire brigade used boats to rescue residents from ground-floor flats near the harbour. The mayor told local radio the water had reached "a level not seen for twenty years".

The weather service said gusts of up to 110 km/h were recorded at the coast. It lifted its red warning for the districts of Porto and Braga on Tuesday evening but kept an orange warning in place for heavy rain until Wednesday.

The electricity distributor said most customers had their supply back by Wednesday morning.

Related news

  • "Heavy snow closes roads in central Spain" — Wikinews, February 12, 2026

Sources

  • "Storm leaves 30,000 homes without power in northern Portugal" — Atlantic Daily, March 3, 2026
  • "Civil protection reports 1,800 incidents as storm hits the north" — Lisbon Herald, March 3, 2026
  • "Red warning lifted for Porto and Braga" — Iberian Weather Desk, March 3, 2026
"""


#: The Philippine News Agency: the writer with the stamp after two spaces, the agency in
#: brackets closing the last paragraph.
USER_PNA_STORY = """\
DOH steps up measles vaccination drive in Mindanao

By Joyce Ann Rivera  March 4, 2026, 5:42 pm

MANILA – The Department of Health (DOH) on Wednesday said it would send additional vaccination teams to four regions in Mindanao after a rise in measles cases among young children.

Health Secretary Ramon Villanueva said 1,240 cases had been recorded in the first two months of the year, nearly three times the number in the same period last year.

"Measles is preventable. We are asking parents to bring their children to the nearest health center, and if they cannot, our teams will come to them," Villanueva said in a press briefing.

The DOH said the teams would go house to house in villages where fewer than 70 percent of children had received two doses of the vaccine.

Local officials in Zamboanga and Lanao del Sur have also been asked to set up vaccination posts in markets and schools.

The World Health Organization has warned that vaccination rates in the region dropped during the pandemic and have not fully recovered. (PNA)

Related Stories

DOH: Over 2M children vaccinated in catch-up campaign
"""


#: The Vietnam News Agency: the place and the agency, its end mark ``./.`` and the agency alone
#: under the story.
USER_VNA_STORY = """\
Vietnam, Laos agree to speed up cross-border expressway project

Hanoi (VNA) – Vietnam and Laos have agreed to speed up work on the expressway linking Hanoi with Vientiane, with construction of the first section due to start before the end of this year.

The agreement was reached at talks in Hanoi on March 4 between the two countries' ministers of transport, who also discussed cooperation in railways and inland waterways.

The Vietnamese minister said the expressway would cut travel time between the two capitals by nearly half and help Lao goods reach Vietnamese seaports more cheaply.

His Lao counterpart said his country would complete land clearance for the section in Bolikhamxay province by the third quarter and called on Vietnamese companies to take part in the project as investors.

The two sides also agreed to set up a joint working group to review the feasibility study for a railway between Vientiane and the port of Vung Ang, which was approved in 2023.

Trade between Vietnam and Laos reached nearly 2 billion USD last year, up 12 percent from a year earlier./.

VNA
"""


#: The Emirates News Agency (WAM): the day as an ordinal in the dateline, the agency and its
#: editors' names after slashes under the story.
USER_WAM_STORY = """\
UAE, Kenya discuss expanding cooperation in renewable energy

ABU DHABI, 4th March, 2026 (WAM) -- The UAE and Kenya discussed ways of expanding cooperation in renewable energy, water desalination and food security during a meeting in Abu Dhabi on Wednesday.

The meeting, held between the UAE Minister of Energy and Infrastructure and Kenya's Cabinet Secretary for Energy, reviewed progress on a number of joint solar and wind projects in Kenya.

The two sides also discussed opportunities for UAE companies to invest in geothermal power, in which Kenya is a leading producer in Africa, as well as in transmission lines linking remote areas to the national grid.

The UAE minister said his country was keen to share its experience in developing large-scale clean energy projects, adding that the partnership with Kenya was an important part of the UAE's efforts to support the energy transition in Africa.

The Kenyan official praised the UAE's support and said his government was working to raise the share of renewable sources in the country's power generation to 100 percent by 2030.

Both sides agreed to hold a follow-up meeting in Nairobi later this year to sign a memorandum of understanding.

WAM/Hassan Bashir/Tariq Al Faham
"""


#: An AP bulletin, lines hard-wrapped with no blank line: the alert, the slug, BULLETIN, the
#: headline right over the dateline's line, the note on the update.
USER_WIRE_BULLETIN = """\
APNewsAlert
BC-US--Fed-Rates,0214
BULLETIN
Fed leaves key rate unchanged, signals two cuts later this year
WASHINGTON (AP) — The Federal Reserve left its benchmark interest
rate unchanged Wednesday for a third straight meeting but signaled
that it still expects to cut rates twice before the end of the year
as inflation continues to ease.
The decision kept the Fed's key rate at about 3.9%. In a statement
after its two-day meeting, the central bank said job growth had
slowed but remained solid and that inflation had "made further
progress" toward its 2% target.
Policymakers' updated projections showed that most of them expect
the rate to fall to about 3.4% by December, unchanged from their
forecast in March.
Financial markets had widely expected the Fed to stand pat. Stocks
rose slightly after the announcement, and the yield on the 10-year
Treasury note edged lower.
The Fed chair is scheduled to hold a news conference later in the
afternoon.
___
This is a breaking news update. AP's earlier story follows below.
"""


#: A local radio station's bulletin script: the station and the hour, the date, the newsreader,
#: the stories one a paragraph.
USER_RADIO_BULLETIN = """\
RADIO RIVERTON — 0800 NEWS BULLETIN
Tuesday 3 March 2026
Read by Sarah Collins

Good morning. The headlines at eight o'clock.

The county council has approved a rise in council tax of just under five per cent from April, the largest increase for ten years. Council leader Jane Moss said the authority had no choice because of the rising cost of adult social care.

CLIP: "We have looked at every other option. Without this rise we would have had to close care homes, and we were not prepared to do that."

Opposition councillors voted against the budget and said savings should have been found in the council's own offices.

Police are appealing for witnesses after a lorry overturned on the A38 near Ashby Cross in the early hours of this morning. The driver was taken to hospital with minor injuries. The road is expected to stay closed in both directions until at least midday.

Hundreds of people have signed a petition against plans to close the maternity unit at Riverton General Hospital. The health trust says no decision has been made and that it will hold public meetings later this month.

And in sport, Harbour City have appointed former captain Dean Pratt as their new manager on a contract until the end of next season.

Now the weather: a cloudy start with outbreaks of rain spreading from the west this afternoon, highs of eleven degrees.

That's the news at eight. Our next bulletin is at nine.
"""


#: A London Stock Exchange regulatory announcement (RNS): its number, the issuer and the date
#: over the title, the issuer's defined name, the market-abuse notice, the contacts, the
#: service's note, END and the closing code.
USER_RNS_ANNOUNCEMENT = """\
RNS Number : 4821K
Halden Minerals PLC
05 March 2026

5 March 2026

Halden Minerals PLC

("Halden" or the "Company")

Drilling results at Carrow Hill

Halden Minerals PLC (AIM: HLDN), the exploration company focused on copper and zinc in the north of England, is pleased to announce the results of its winter drilling programme at the Carrow Hill project.

Highlights

- 14 holes completed for a total of 3,820 metres
- Best intercept of 22.5 metres at 1.8% copper from 112 metres in hole CH-09
- Mineralisation extended 400 metres to the east of the existing resource

Chief Executive Officer, Alan Whitcombe, said:

"These are the best results we have seen at Carrow Hill since the project began. They confirm that the deposit is larger than we thought, and we will now move to an updated resource estimate before the summer."

The Company expects to publish the updated resource estimate in the second quarter of 2026. A further programme of 10 holes is planned to start in May.

This announcement contains inside information for the purposes of Article 7 of the UK version of Regulation (EU) No 596/2014.

For further information, please contact:

Halden Minerals PLC
Alan Whitcombe, CEO
+44 (0)20 7946 0321

Northgate Capital (Nominated Adviser)
Jane Pryor
+44 (0)20 7946 0555

This information is provided by RNS, the news service of the London Stock Exchange. RNS is approved by the Financial Conduct Authority to act as a Primary Information Provider in the United Kingdom.

END

DRLFLFSDLAIRFIE
"""


#: An earnings call transcript: the participants listed under their headings, each speaker's
#: name alone on a line over the turn, the question-and-answer session's heading.
USER_EARNINGS_CALL = """\
Northwind Foods (NWF) Q4 2025 Earnings Call Transcript

Mar. 4, 2026 5:00 PM ET

Company Participants

Laura Chen - Chief Executive Officer
Mark Ibsen - Chief Financial Officer

Conference Call Participants

Peter Hale - Riverton Securities

Operator

Good afternoon, and welcome to the Northwind Foods fourth quarter 2025 earnings conference call. At this time, all participants are in a listen-only mode. I would now like to turn the call over to Laura Chen, Chief Executive Officer.

Laura Chen

Thank you, operator, and good afternoon, everyone. We closed the year with a strong quarter. Net sales grew 9% to $412 million, led by our snack brands, and we gained market share in four of our five categories.

We also made good progress on costs. Our new plant in Ohio is now running at full capacity, and it has already lowered our freight spending in the Midwest.

Mark Ibsen

Thanks, Laura. Gross margin for the quarter was 34.1%, up 120 basis points from a year ago. For 2026, we expect net sales growth of 5% to 7% and adjusted earnings per share of $2.10 to $2.25.

Question-and-Answer Session

Operator

Thank you. Our first question comes from Peter Hale with Riverton Securities.

Peter Hale

Thanks for taking my question. Laura, can you talk about what you are seeing in pricing heading into the spring?

Laura Chen

Sure, Peter. We took a modest price increase in January, and so far we have seen very little pushback from retailers or shoppers. We do not plan further increases in the first half.

Operator

That concludes today's question-and-answer session. Thank you for attending today's presentation. You may now disconnect.
"""


USER_BRIEFING_TRANSCRIPT = """\
The White House
Office of the Press Secretary

For Immediate Release
March 4, 2026

Press Briefing by Press Secretary Dana Whitfield

James S. Brady Press Briefing Room

1:32 P.M. EST

MS. WHITFIELD: Good afternoon, everyone. I have a couple of things at the top, and then I'll take your questions.

This morning the President signed an executive order directing federal agencies to shorten the review period for new bridge and tunnel repairs. Under the order, agencies will have ninety days, rather than the current eighteen months, to finish environmental reviews for projects that replace existing structures on the same footprint.

Second, the Secretary of Transportation will travel to Ohio and Pennsylvania on Thursday to visit two of the first sites that will benefit from the change.

With that, go ahead.

Q Thanks, Dana. Some governors say ninety days is not enough time for states to weigh in. Is the White House open to changing that?

MS. WHITFIELD: We have spoken with governors from both parties over the past several weeks, and many of them asked for exactly this. The order keeps every existing public comment requirement. What it removes is the waiting.

Q Follow-up on that. Does the order face a legal challenge?

MS. WHITFIELD: I'm not going to get ahead of any litigation. We are confident the order is on solid legal ground.

Q On the budget talks, has the President spoken to the Speaker this week?

MS. WHITFIELD: They spoke by phone yesterday evening. It was a good conversation, and staff are continuing to talk today.

Q Will he veto a stopgap bill if it comes to his desk?

MS. WHITFIELD: I'm not going to deal in hypotheticals from this podium. The President wants a full-year budget, and he has been clear about that.

All right, thanks, everyone. See you tomorrow.

END 2:04 P.M. EST
"""

USER_UN_RELEASE = """\
SG/SM/23456
4 March 2026

Secretary-General Calls for Urgent Funding to Avert Famine in Drought-Hit Horn of Africa, in Message to Pledging Conference

Following is UN Secretary-General's message to the high-level pledging event on drought response in the Horn of Africa, delivered by Deputy Secretary-General Amina Farouk in Geneva today:

I thank the Governments of Switzerland and Kenya for convening this important meeting.

Across the Horn of Africa, the rains have failed for a fourth season in a row. More than 14 million people now need food assistance. Livestock that families depend on for income and nutrition have died in their millions. Children are paying the highest price.

Humanitarian organizations have reached millions of people this year, but the response is badly underfunded. Less than a third of this year's appeal has been met. Without new money in the coming weeks, agencies will be forced to cut rations further.

I urge all donors to give generously and quickly, and to give flexible funding that lets agencies reach people where the needs are greatest.

We must also look beyond the emergency. Communities need support to adapt to a changing climate, from water harvesting to drought-resistant crops. Investment now will save lives and money later.

Let us stand with the people of the Horn of Africa today.

* *** *

For information media. Not an official record.
"""

USER_EC_RELEASE = """\
European Commission - Press release

Commission proposes new rules to make cross-border parcel delivery cheaper

Brussels, 3 March 2026

Today, the Commission has proposed new rules to make cross-border parcel delivery more affordable and transparent for consumers and small businesses. The proposal would require delivery companies to publish their prices for sending parcels to other Member States and would give national regulators new powers to examine prices that appear unreasonably high.

Small online sellers often pay several times more to send a parcel abroad than to send it within their own country. According to a Commission survey, one in three small retailers does not sell to customers in other Member States because of delivery costs.

Under the proposal, delivery companies with more than 50 employees would have to report their list prices for the most common parcel sizes to national regulators each year. The Commission would publish the prices on a single website so that consumers can compare offers.

Next Steps

The proposal will now be discussed by the European Parliament and the Council.

Background

The proposal is part of the Commission's work programme for 2026 and follows a public consultation which received more than 1,200 responses.

Quote(s)

"No one should have to pay three times more to send a parcel to a customer in the next country. Today's proposal brings fairness and transparency to a market that matters to millions of small businesses." - Executive Vice-President Maria Lindqvist, 03/03/2026

For More Information

Proposal for a Regulation on cross-border parcel delivery services

Questions and answers

IP/26/1234

Press contacts:

Jan KOWALSKI (+32 2 295 12 34)
Elena ROSSI (+32 2 298 56 78)

General public inquiries: Europe Direct by phone 00 800 67 89 10 11 or by email
"""

USER_CENTRAL_BANK = """\
Federal Reserve issues FOMC statement

For release at 2:00 p.m. EDT
June 17, 2026

Recent indicators suggest that economic activity has continued to expand at a moderate pace. Job gains have slowed, and the unemployment rate has edged up but remains low. Inflation has eased over the past year but remains somewhat elevated.

The Committee seeks to achieve maximum employment and inflation at the rate of 2 percent over the longer run. The Committee judges that the risks to achieving its employment and inflation goals are roughly in balance. The economic outlook is uncertain, and the Committee is attentive to the risks to both sides of its dual mandate.

In support of its goals, the Committee decided to maintain the target range for the federal funds rate at 4 to 4-1/4 percent. In considering the extent and timing of additional adjustments to the target range, the Committee will carefully assess incoming data, the evolving outlook, and the balance of risks.

In assessing the appropriate stance of monetary policy, the Committee will continue to monitor the implications of incoming information for the economic outlook. The Committee would be prepared to adjust the stance of monetary policy as appropriate if risks emerge that could impede the attainment of the Committee's goals.

Voting for the monetary policy action were Robert H. Walden, Chair; John C. Marsh, Vice Chair; Karen T. Osei; Paul R. Lindgren; Maria E. Castell; David N. Hoyt; and Susan B. Nakamura. Voting against the action was Thomas L. Brandt, who preferred to lower the target range for the federal funds rate by 1/4 percentage point at this meeting.

For media inquiries, please email media@frb.gov or call 202-452-2955.

Implementation Note issued June 17, 2026
"""

USER_WHO_UPDATE = """\
Disease Outbreak News

Cholera - Republic of Eastland

12 February 2026

Situation at a glance

Between 1 January and 8 February 2026, the Ministry of Health of Eastland reported 4,812 suspected cholera cases, including 96 deaths, in six of its ten provinces. The case fatality ratio of 2.0% is above the acceptable level of less than 1%.

Key points:

1. Cases have risen sharply since mid-January, after heavy rains damaged water systems in the north.
2. Children under five account for about a quarter of cases.
3. Two provinces share a border with neighbouring countries, raising the risk of spread.
4. Stocks of oral rehydration salts and cholera kits are low in the worst-hit districts.

Public health response

The Ministry of Health activated its emergency operations centre on 20 January. With the support of WHO and partners, it has deployed rapid response teams to the affected provinces, opened 14 cholera treatment centres and started a reactive oral cholera vaccination campaign targeting 1.2 million people.

WHO risk assessment

WHO assesses the risk as high at the national level and moderate at the regional level, given the ongoing rainy season, population movements and limited access to safe water and sanitation.

WHO advice

WHO recommends improving access to safe water and sanitation, and early treatment of cases. WHO does not recommend any restriction on travel or trade to Eastland based on the information available.

Further information

Global Task Force on Cholera Control

Citable reference: World Health Organization (12 February 2026). Disease Outbreak News; Cholera - Republic of Eastland.
"""

USER_JUDGMENT_SUMMARY = """\
PRESS SUMMARY

Harwood Estates Ltd (Appellant) v Mills and others (Respondents) [2026] UKSC 9

On appeal from: [2024] EWCA Civ 611

JUSTICES: Lord Ashby (President), Lord Fenwick, Lady Orme, Lord Castell, Lady Brandon

BACKGROUND TO THE APPEAL

The respondents are long leaseholders of flats in a block in Leeds owned by the appellant. In 2021 the appellant sought to recover from them, through the service charge, the cost of replacing cladding on the building. The respondents argued that the cost was not recoverable because the lease only allowed charges for repair, not for improvement.

The First-tier Tribunal found for the appellant. The Upper Tribunal and the Court of Appeal reversed that decision.

JUDGMENT

The Supreme Court unanimously allows the appeal. Lady Orme gives the judgment, with which the other Justices agree.

REASONS FOR THE JUDGMENT

The court holds that the words of the lease must be read as a whole and in their commercial context [24]. The covenant to keep the structure in good and substantial repair extends to work that is needed to remedy a defect which makes the building unsafe, even where the work results in an improvement [31-33].

The court rejects the argument that the replacement cladding was a new and different thing from the cladding it replaced [40]. The building remains the same building, with a safer external wall [42].

References in square brackets are to paragraphs in the judgment.

NOTE

This summary is provided to help in understanding the Court's decision. It does not form part of the reasons for the decision. The full judgment of the Court is the only authoritative document. Judgments are public documents and are available at: www.supremecourt.uk/decided-cases/index.html
"""

USER_HANSARD = """\
Bus Services: Rural Areas

Volume 762: debated on Tuesday 3 March 2026

2.45 pm

Helen Marsh (Westmorland Fells) (LD)

1. What steps she is taking to protect bus services in rural areas.

The Minister for Local Transport (Tom Hartley)

The Government have given local authorities £955 million this year to support bus services, and for the first time the money comes with a requirement to protect routes that serve villages with no other public transport. I am pleased to say that more than 300 routes have been restored since last spring.

Helen Marsh

I thank the Minister for that answer, but in my constituency the number 106 bus now runs twice a day, and it is often late. Pensioners tell me they cannot get to hospital appointments. Will the Minister meet me to discuss what more can be done?

Tom Hartley

I would be happy to meet the hon. Lady. I know how much these routes matter to older people in particular, and I will ask my officials to look at the timetable she mentions.

Mr Peter Gaunt (Holderness Vale) (Con)

Does the Minister accept that councils are being asked to do more with less, and that many are cutting services?

Tom Hartley

No, I do not accept that. Funding for buses is higher this year than at any time in the last decade.

Hon. Members: Hear, hear!

Mr Speaker

Order. We must move on.
"""


USER_FINANCE_PAGE = """\
Harbor Logistics shares jump after freight volumes beat forecasts

Priya Natarajan
Wed, March 4, 2026 at 10:42 AM EST 3 min read

In This Article:
HRBR
+8.42%

Shares of Harbor Logistics Inc. (NYSE: HRBR) rose more than 8% on Wednesday after the freight company reported fourth-quarter volumes that topped analysts' expectations and raised its outlook for the year.

The Memphis-based company said shipments rose 6% from a year earlier, helped by strong demand from online retailers during the holiday season. Revenue came in at $2.31 billion, compared with the $2.24 billion analysts polled by FactSet had expected.

Story continues

"We saw demand pick up across almost every lane in December, and that has carried into the new year," Chief Executive Laura Beck said on a call with analysts.

The company now expects full-year earnings of $5.10 to $5.40 a share, up from a previous forecast of $4.90 to $5.20.

See also: Rival carrier Westline Freight cuts 400 jobs as demand slows

Analysts at Morgan Stanley raised their price target on the stock to $118 from $104, saying the company had gained market share from smaller rivals.

Harbor Logistics shares have risen 14% so far this year, compared with a 3% gain in the S&P 500.

Disclosure: The author holds no position in any stocks mentioned.

View comments
"""

USER_FILING_SUMMARY = """\
Crestmoor Therapeutics (CRST) files 8-K: CEO departure, interim chief named

By Filings Desk
March 3, 2026 4:18 PM ET

Crestmoor Therapeutics, Inc. (NASDAQ: CRST) disclosed in a Form 8-K filed with the Securities and Exchange Commission on Tuesday that Chief Executive Officer Daniel Ostrowski will step down effective March 31, 2026.

Item 5.02 Departure of Directors or Certain Officers

According to the filing, Mr. Ostrowski's departure is not the result of any disagreement with the company on any matter relating to its operations, policies or practices. He will remain available as an adviser until the end of June.

The board appointed Chief Operating Officer Rachel Huang as interim chief executive while it searches for a permanent successor. Ms. Huang, 47, joined the company in 2019 from a larger drug maker.

Item 7.01 Regulation FD Disclosure

The company also furnished a press release announcing the changes. In the release, Crestmoor said its lead drug candidate remains on track for a late-stage trial readout in the second half of the year.

Item 9.01 Financial Statements and Exhibits

Exhibit 99.1 Press release dated March 3, 2026.

Shares of Crestmoor fell 4.6% in after-hours trading.

This article was generated from an SEC filing and reviewed by an editor.
"""

USER_AGATE = """\
Tuesday's Results

HIGH SCHOOL BASKETBALL

Boys

Central 64, Northfield 58
Eastwood 71, Lakeside 49
St. Mary's 55, Valley Christian 53 (OT)

Girls

Ridgeview 48, Central 41
Lakeside 60, Harmon Prep 37

Central 64, Northfield 58

NORTHFIELD (58): Jones 4 2-2 11, Carter 6 0-0 13, Patel 3 1-2 7, Moore 5 4-5 15, Lee 4 0-1 12. Totals 22 7-10 58.

CENTRAL (64): Brooks 8 3-4 19, Alvarez 5 2-2 14, Kim 4 0-0 9, Turner 6 5-6 17, Hughes 2 1-2 5. Totals 25 11-14 64.

Halftime: Central 30-27. 3-point goals: Northfield 7 (Lee 4, Carter, Jones, Moore), Central 3 (Alvarez 2, Kim). Records: Central 14-5, Northfield 11-8.

Central pulled away in the fourth quarter behind 19 points from senior guard Marcus Brooks, who scored eight straight points after Northfield had tied the game at 50.

Coach Dave Ellison said his team had struggled with Northfield's zone defence in the first half. "We finally started moving the ball," he said.

Wednesday's Schedule

Harmon Prep at Ridgeview, 7 p.m.
Valley Christian at Eastwood, 7:30 p.m.

Compiled by Ken Ramos. Results may be emailed to sports@ledger-news.com by 10 p.m.
"""

#: A results desk's story: the desk for the writer (``By Earnings Desk``) over the stamp.
EARNINGS_DESK_BYLINE = """\
Harbor Foods beats third-quarter profit forecast, raises outlook

By Earnings Desk
Nov. 4, 2025 7:05 AM ET

Harbor Foods Inc. reported third-quarter profit on Tuesday that beat analysts' forecasts, helped by higher prices for its frozen meals and lower costs for packaging.

The company raised its outlook for the full year and said it expected sales to grow by about 4%.

Shares rose 3% in early trading.
"""

#: A ministry's release with the link to the statement issued with it under the contact line.
MINISTRY_RELATED_STATEMENT = """\
Finance ministers agree on new rules for bank capital

Ministers of finance of the six member states agreed on Monday on new rules for the capital that banks must hold against loans to small firms.

The rules will take effect at the start of next year and will be reviewed after three years.

The ministers also asked the secretariat to prepare a report on payment systems by the autumn.

Press contact: press@finance-council.example, +32 2 555 0101

Joint Statement released March 3, 2026
"""

#: Gigaword in its case, the day masked (``Nov. ##``), and a tokenized story with one ``#``.
GIGAWORD_CASED_MASKED_DAY = """\
Storm kills three in northern Philippines

MANILA, Nov. ## (Xinhua) -- A tropical storm killed at least three people in the northern Philippines on Sunday, disaster officials said.

More than ##,### people were moved to evacuation centres before the storm made landfall.
"""
GIGAWORD_ONE_MASKED_DIGIT = (
    "us senate passes farm bill\n\n"
    "washington , jan. # -lrb- afp -rrb- - the us senate on thursday passed a farm bill "
    "worth some ### billion dollars .\n\n"
    "the house of representatives is expected to vote on it next week ."
)

#: An agency's report page: a label over bulleted findings, the heading over its
#: links, one link, and how to cite the page.
AGENCY_REPORT_PAGE = """\
Drought leaves 2 million short of food in the Sahel

The number of people facing hunger in four countries of the Sahel has nearly doubled since last year after a second failed rainy season, the agency said in a report on Thursday.

Main findings:

\u2022 About 2.1 million people need food aid, up from 1.2 million a year ago.
\u2022 Prices of millet and sorghum have risen by more than 40% in local markets.
\u2022 Half of the region's water points have dried up or are out of order.

The agency has asked donors for $310 million to fund food, water and seed deliveries until the next harvest.

Further information

Sahel Food Security Outlook 2026

Suggested citation: Regional Food Agency (2026). Drought leaves 2 million short of food in the Sahel.
"""

#: An appeal court's summary of a judgment: its facts under the case's name,
#: its sections in capitals, a short heading over its disclaimer.
APPEAL_COURT_SUMMARY = """\
JUDGMENT SUMMARY

Riverside Council v Patel [2026] EWCA Civ 212

Before: Lady Justice Hale, Lord Justice Price, Lord Justice Dunne
Hearing date: 14 January 2026

THE FACTS

The council refused Mr Patel a licence to run a taxi firm from a site near a school, on the ground that the traffic would put children at risk.

Mr Patel appealed, saying that the council had not looked at the evidence of the traffic survey he had paid for.

THE DECISION

The Court of Appeal dismisses the appeal. The council was entitled to give more weight to the views of the school and the police than to the survey.

REASONS FOR THE DECISION

The refusal of the licence stands, and Mr Patel must pay the council's costs of the appeal.

Important

The views expressed in this summary are not those of the court, and the summary forms no part of its reasons.
"""

#: A results page of another sport: scores under the sport's label, a short
#: story, the games to come under their label.
SCOREBOARD_SOCCER = """\
Thursday's Scores

GIRLS SOCCER

Westbrook 3, Fairview 1
Oak Hill 2, Pine Ridge 2

Westbrook's Ana Ruiz scored twice in the first half as the Wildcats stayed unbeaten in the league with a win at home.

Friday's Games

Fairview at Oak Hill, 4 p.m.
Pine Ridge vs. Westbrook, 6:30 p.m.
"""

#: A newsletter with no greeting: its name and date over the first story, its
#: footer naming it.
NEWSLETTER_NAMED_IN_FOOTER = """\
Morning Briefing

Nov. 4, 2025

City council approves three new bus routes

By Jane Doe

The city council approved three new bus routes on Monday night after a debate that ran past midnight.

The routes will start in January and link the east side to the hospital.

You are receiving this email because you signed up for the Morning Briefing newsletter.

Unsubscribe | Manage preferences
"""

USER_FORUM_REPOST = """\
r/worldnews

Posted by u/quietharbour_77
5 hours ago

Norway to build Europe's largest carbon storage site under the North Sea

1.8k comments  share  save  hide  report

94% Upvoted

Text of the article for those who hit the paywall:

Norway's government on Tuesday approved a plan to build what would be the largest carbon storage site in Europe, under the seabed off its western coast.

The project would store up to 10 million tonnes of carbon dioxide a year, captured from factories and power plants across northern Europe, and ship it by tanker to a terminal near Bergen.

Energy Minister Kari Solberg said the project showed Norway could turn its experience in oil and gas into a new industry. "We know the North Sea better than anyone," she told reporters in Oslo.

Environmental groups were divided. Some welcomed the plan, while others said it would let polluters avoid cutting emissions at source.

Construction is due to start next year, with the first carbon injected in 2030.

level 1
fjordwatcher
· 4 hr. ago

Good. Norway has the geology and the know-how, might as well use it.

Reply Share

level 2
not_a_geologist
· 3 hr. ago

The storage capacity is real, the question is who pays.

Reply Share
"""

USER_MEDIUM_POST = """\
What I learned covering local elections for ten years

Sara Lindholm
Follow

7 min read
·
Feb 26, 2026

--

4

Listen

Share

When I started covering my city's council races, I thought the hard part would be getting candidates to talk. It wasn't. The hard part was getting voters to care.

Over ten years and five election cycles, I've knocked on doors, sat through endless forums and watched turnout fall from 31% to 19%. Here is some of what I learned.

Small stories travel further than big ones

A piece about a pothole on one street got more readers than any of my profiles of mayoral candidates. People read about the things they can see from their window.

Candidates are people too

The best interviews came after the formal ones, in a parking lot or over coffee, when the talking points ran out.

Numbers need faces

Turnout figures meant little until I wrote about a retired teacher who had voted in every election since 1968 and was worried no one would follow her.

Local news is worth fighting for

When our paper cut its newsroom in half, two of the three council reporters left. Coverage of the council fell away, and so did the number of people running for it.

If you work in a newsroom like mine, keep going. Someone is reading.

Journalism
Local News
Elections

--

4

Written by Sara Lindholm

212 Followers

Reporter at the Elmwood Courier. Writing about cities, votes and the people in between.

Follow
"""

USER_LINKEDIN_ARTICLE = """\
Why supply chains will look different in 2027

Marcus Feld
Marcus Feld
Head of Procurement at Norrvik Industrial Group
Published Mar 2, 2026

+ Follow

Over the last three years, I've spent more time on the phone with suppliers than at any point in my twenty-year career. Some of those calls were about shortages. More of them, lately, have been about rebuilding.

Here are three shifts I expect to matter most in the next eighteen months.

1. Nearer is better, but not always

Many firms have moved production closer to home. That reduces shipping risk, but it often raises costs, and not every product benefits. We have moved about a fifth of our suppliers to Europe and kept the rest in Asia.

2. Data beats forecasts

We stopped relying on annual forecasts and started sharing weekly data with our top suppliers. It has cut our stock-outs in half.

3. People matter more than platforms

The most useful tool in a crisis is still a buyer who knows the supplier's plant manager by name.

I'd love to hear how others are approaching this. What has worked for you?

#supplychain #procurement #manufacturing

Like
Comment
Share

48 Comments
"""

USER_CURRENT_EVENTS = """\
Portal:Current events/2026 March 3

March 3, 2026 (Tuesday)

Armed conflicts and attacks

At least 12 people are killed when a car bomb explodes near a market in the town of Galkacyo, Somalia. (Garowe Online)

Business and economy

The Bank of Canada lowers its benchmark interest rate by a quarter point to 2.25%, citing weak job growth. (CBC News)
Shares of chipmaker Veltronix fall 18% after the company cuts its annual revenue forecast. (Bloomberg)

Disasters and accidents

A magnitude 6.1 earthquake strikes off the coast of Hokkaido, Japan. No tsunami warning is issued. (NHK)

Politics and elections

Voters in Estonia go to the polls in a parliamentary election. (ERR)

Science and technology

A lunar lander built by a private company touches down near the Moon's south pole. (Space.com)
"""

USER_STORY_DRAFT = """\
SLUG: COUNCIL-BUDGET
HED: Council backs budget with 4% tax rise after late-night debate
DEK: Libraries spared but parking charges go up in every car park
BYLINE: By Anita Desai, City Hall Reporter
DATE: 3/4/26
WORDS: 430
PHOTO: Council chamber during the vote (Credit: TK)

ELMWOOD -- City councillors approved a budget early Wednesday that raises property taxes by 4% and increases parking charges, after a debate that ran past midnight.

The budget passed 7-4. Mayor Colin Hurst said the tax rise was the smallest the city could manage without closing services.

"Nobody on this council wanted to raise taxes," Hurst said. "But the alternative was closing two libraries, and we were not prepared to do that."

Opponents said the city should have cut spending on consultants first. Councillor Diane Frey, who voted against the plan, said the city had spent TK on outside advisers last year.

The parking increase will add 50 cents an hour in all city car parks from April 1. Business owners downtown said it could keep shoppers away.

The average homeowner will pay about $96 more a year.

GRAF TO COME on reaction from business association

###
"""


CASES: dict[str, tuple[str, Expected]] = {
    "opinion_syndicate_web": (
        OPINION_SYNDICATE_WEB,
        Expected(
            headline="Cities Need a Better Plan for Heat",
            names=("John Roe",),
            dateline=("ROTTERDAM", None, None),
            paragraphs=3,
            first="Last July, the city's emergency rooms",
            last="A permanent heat plan",
            language="en",
            boilerplate=("credits",),
            standfirst="Summers are getting longer and hotter, yet most city budgets still treat heat as a passing emergency rather than a permanent feature of urban life.",
        ),
    ),
    "trade_magazine_pdf": (
        TRADE_MAGAZINE_PDF,
        Expected(
            headline="Why the ports ran out of cranes",
            names=("JOHN ROE",),
            dateline=None,
            paragraphs=4,
            first="When the first of the new container ships",
            last="Shipping lines have started",
            language="en",
            boilerplate=("page", "page"),
            standfirst="A decade of bigger ships left the older terminals short of the equipment to unload them.",
        ),
    ),
    "city_marathon_story": (
        CITY_MARATHON_STORY,
        Expected(
            headline="Local teacher wins Riverton Marathon in course record",
            names=("John Roe",),
            dateline=("RIVERTON", None, None),
            paragraphs=6,
            first="A middle-school science teacher",
            last="3. Kate Moss",
            language="en",
        ),
    ),
    "prep_football_story": (
        PREP_FOOTBALL_STORY,
        Expected(
            headline="Northfield holds off Eastport to reach title game",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=5,
            first="Northfield's defense made",
            last="Northfield plays Southport",
            language="en",
        ),
    ),
    "podcast_episode_web": (
        PODCAST_EPISODE_WEB,
        Expected(
            headline="The Quiet Fight Over the City's Water Meters",
            names=None,
            dateline=None,
            paragraphs=4,
            first="Across Riverton, thousands",
            last="Until then, the utility",
            language="en",
            boilerplate=("page", "timestamp", "copyright"),
        ),
    ),
    "governor_briefing": (
        GOVERNOR_BRIEFING,
        Expected(
            headline="Governor Doe Holds Media Availability on Flood Recovery",
            names=None,
            dateline=None,
            paragraphs=4,
            first="GOVERNOR DOE: Good morning.",
            last="GOVERNOR DOE: The request went out",
            language="en",
            boilerplate=("page", "timestamp"),
        ),
    ),
    "market_desk_note": (
        MARKET_DESK_NOTE,
        Expected(
            headline="Three Dividend Stocks to Watch This Week",
            names=None,
            dateline=None,
            paragraphs=3,
            first="Utilities and pipeline operators",
            last="Lakeside Power reports",
            language="en",
            boilerplate=("credits", "timestamp"),
        ),
    ),
    "dpa": (
        DPA,
        Expected(
            headline="Bahn kündigt neue Streckensperrungen an",
            names=("Marco Krefting", "Sunrita Sen"),
            dateline=("Berlin", "dpa", None),
            paragraphs=3,
            first="Die Deutsche Bahn will",
            last="Der Fahrgastverband",
            language="de",
            boilerplate=("signoff",),
            captions=(("Ein ICE steht im Hauptbahnhof.", "Kay Nietfeld/dpa"),),
        ),
    ),
    "efe": (
        EFE,
        Expected(
            headline="El Gobierno aprueba un plan contra la sequía",
            names=("Laura Gómez", "Javier Ruiz"),
            dateline=("Madrid", "EFE", datetime.date(2024, 5, 25)),
            paragraphs=3,
            first="El Consejo de Ministros",
            last="Las organizaciones agrarias",
            language="es",
            boilerplate=("signoff",),
            reference_date=datetime.date(2024, 5, 28),
        ),
    ),
    "afp": (
        AFP,
        Expected(
            headline="Le Parlement européen adopte la réforme du marché de l'électricité",
            names=("Julien Dupont",),
            dateline=("Strasbourg", "AFP", datetime.date(2024, 7, 10)),
            paragraphs=3,
            first="Le Parlement européen a adopté",
            last="Les eurodéputés",
            language="fr",
            boilerplate=("desk", "copyright"),
        ),
    ),
    "ansa": (
        ANSA,
        Expected(
            headline="Maltempo, allerta rossa in Liguria",
            names=None,
            dateline=("ROMA", "ANSA", datetime.date(2024, 7, 1)),
            paragraphs=3,
            first="La Protezione civile",
            last="I sindaci hanno chiesto",
            language="it",
            boilerplate=("signoff",),
            reference_date=datetime.date(2024, 7, 1),
        ),
    ),
    "europa_press": (
        EUROPA_PRESS,
        Expected(
            headline="El paro baja en 30.000 personas en febrero",
            names=None,
            dateline=("MADRID", "EUROPA PRESS", datetime.date(2025, 3, 4)),
            paragraphs=3,
            first="El número de parados",
            last="El Gobierno atribuye",
            language="es",
            reference_date=datetime.date(2025, 3, 4),
        ),
    ),
    "xinhua_pt": (
        XINHUA_PT,
        Expected(
            headline="Portugal regista crescimento do turismo no primeiro semestre",
            names=None,
            dateline=("LISBOA", "Xinhua", datetime.date(2024, 6, 18)),
            paragraphs=3,
            first="O número de turistas",
            last="As receitas do setor",
            language="pt",
            reference_date=datetime.date(2024, 6, 19),
        ),
    ),
    "lusa": (
        LUSA,
        Expected(
            headline="Governo anuncia reforço de médicos no Algarve",
            names=None,
            dateline=("Lisboa", "Lusa", datetime.date(2024, 7, 12)),
            paragraphs=3,
            first="O Governo vai colocar",
            last="Os sindicatos",
            language="pt",
            boilerplate=("desk", "signoff"),
        ),
    ),
    "ap_anpa": (
        AP_ANPA,
        Expected(
            headline="Poet wins book prize",
            names=("HILLEL ITALIE",),
            dateline=("NEW YORK", "AP", None),
            paragraphs=3,
            first="A poet from rural Ohio",
            last="The prize comes",
            language="en",
        ),
    ),
    "ap_caption": (
        AP_CAPTION,
        Expected(
            headline="Senate passes spending bill",
            names=("LISA MASCARO", "KEVIN FREKING"),
            dateline=("WASHINGTON", "AP", None),
            paragraphs=2,
            first="The Senate passed",
            last="The bill now goes",
            language="en",
            boilerplate=("credits",),
            captions=(
                (
                    "The Capitol is seen in Washington, Tuesday, March 5, 2024.",
                    "AP Photo/J. Scott Applewhite",
                ),
            ),
            reference_date=datetime.date(2024, 3, 9),
        ),
    ),
    "cnn": (
        CNN,
        Expected(
            headline="Flooding forces thousands from their homes",
            names=("Jane Smith",),
            dateline=("Jakarta, Indonesia", "CNN", None),
            paragraphs=3,
            first="Heavy rain has forced",
            last="More rain is forecast",
            language="en",
        ),
    ),
    "bloomberg": (
        BLOOMBERG,
        Expected(
            headline="Oil Heads for Weekly Drop as Demand Concerns Mount",
            names=("Alex Longley", "Julia Fanzeres"),
            dateline=(None, "Bloomberg", None),
            paragraphs=3,
            first="Oil headed for a weekly decline",
            last="Traders are watching",
            language="en",
            boilerplate=("promo", "credits", "copyright"),
        ),
    ),
    "reuters_modern": (
        REUTERS_MODERN,
        Expected(
            headline="Chipmaker weighs new plant in Japan, sources say",
            kicker="EXCLUSIVE",
            names=("Jane Doe", "John Smith"),
            dateline=("TOKYO", "Reuters", datetime.date(2024, 3, 26)),
            paragraphs=3,
            first="A chipmaker is considering",
            last="The company declined",
            language="en",
            boilerplate=("credits", "standards"),
            reference_date=datetime.date(2024, 3, 26),
        ),
    ),
    "reuters_analysis": (
        REUTERS_ANALYSIS,
        Expected(
            headline="Why investors are cooling on emerging markets",
            kicker="ANALYSIS",
            standfirst=(
                "Investors are pulling money from emerging markets as U.S. rates stay high."
            ),
            names=("Ann Lee",),
            dateline=("LONDON", "Reuters", datetime.date(2024, 5, 2)),
            paragraphs=2,
            first="Investors pulled $10 billion",
            last="Analysts said",
            language="en",
            boilerplate=("credits",),
            reference_date=datetime.date(2024, 5, 3),
        ),
    ),
    "straits_times": (
        STRAITS_TIMES,
        Expected(
            headline="New MRT line to open in stages from 2026",
            names=None,
            dateline=("SINGAPORE", None, datetime.date(2025, 2, 22)),
            paragraphs=3,
            first="A new MRT line will open",
            last="Construction began",
            language="en",
            boilerplate=(
                "timestamp",
                "share",
                "share",
                "related",
                "promo",
                "imprint",
                "imprint",
            ),
            captions=(("The line will link the east and the west of the island.", "ST FILE"),),
        ),
    ),
    "xinhua_en": (
        XINHUA_EN,
        Expected(
            headline="China's retail sales up 5 pct in May",
            names=None,
            dateline=("BEIJING", "Xinhua", datetime.date(2024, 6, 17)),
            paragraphs=2,
            first="China's retail sales",
            last="Online sales",
            language="en",
            boilerplate=("separator",),
            reference_date=datetime.date(2024, 6, 18),
        ),
    ),
    "ani": (
        ANI,
        Expected(
            headline="Minister reviews flood relief work in Assam",
            names=None,
            dateline=("New Delhi [India]", "ANI", datetime.date(2024, 9, 20)),
            paragraphs=3,
            first="Union Home Minister",
            last="Relief camps",
            language="en",
            boilerplate=("signoff",),
            reference_date=datetime.date(2024, 9, 21),
        ),
    ),
    "pti": (
        PTI,
        Expected(
            headline="Sensex climbs 500 points",
            names=None,
            dateline=("Mumbai", "PTI", datetime.date(2024, 1, 5)),
            paragraphs=3,
            first="The BSE Sensex climbed",
            last="Foreign investors",
            language="en",
            boilerplate=("signoff",),
            reference_date=datetime.date(2024, 1, 6),
        ),
    ),
    "yonhap": (
        YONHAP,
        Expected(
            headline="S. Korea's exports rise for 6th month",
            names=("Kim Soo-yeon",),
            dateline=("SEOUL", "Yonhap", datetime.date(2024, 7, 1)),
            paragraphs=2,
            first="South Korea's exports",
            last="Outbound shipments",
            language="en",
            boilerplate=("separator",),
            reference_date=datetime.date(2024, 7, 2),
        ),
    ),
    "ntb": (
        NTB,
        Expected(
            headline="Rekordmange turister i Nord-Norge",
            names=None,
            dateline=("Tromsø", "NTB", None),
            paragraphs=3,
            first="Aldri før har",
            last="Reiselivet",
            language="nb",
            captions=(("Turister på Nordkapp.", "NTB / Scanpix"),),
        ),
    ),
    "reuters_1987": (
        REUTERS_1987,
        Expected(
            headline="U.K. MONEY MARKET SHORTAGE FORECAST REVISED DOWN",
            names=None,
            dateline=("LONDON", None, datetime.date(1987, 3, 3)),
            paragraphs=2,
            first="The Bank of England said",
            last="The bank said",
            language="en",
            boilerplate=("signoff",),
            reference_date=datetime.date(1987, 3, 3),
        ),
    ),
    "crlf": (
        CRLF,
        Expected(
            headline="Storm closes ports in the north",
            names=("Ann Lee",),
            dateline=("OSLO", "Reuters", datetime.date(2024, 1, 10)),
            paragraphs=2,
            first="A storm closed ports",
            last="Ferries were cancelled",
            language="en",
            boilerplate=("credits",),
            reference_date=datetime.date(2024, 1, 11),
        ),
    ),
    "single_newlines": (
        SINGLE_NEWLINES,
        Expected(
            headline="Wildfire forces evacuations in California",
            names=("John Smith",),
            dateline=("LOS ANGELES", "Reuters", None),
            paragraphs=3,
            first="A wildfire forced",
            last="Firefighters expect",
            language="en",
            boilerplate=("credits",),
        ),
    ),
    "dpa_regional": (
        DPA_REGIONAL,
        Expected(
            headline="Polizei sucht Zeugen nach Unfall auf der A7",
            standfirst=(
                "Nach einem schweren Unfall auf der Autobahn bittet die Polizei um Hinweise."
            ),
            names=None,
            dateline=("Hannover/Göttingen", "dpa/lni", None),
            paragraphs=2,
            first="Nach einem Unfall mit drei",
            last="Die Autobahn war",
            language="de",
            boilerplate=("copyright",),
            captions=(
                ("Ein Streifenwagen steht an einer Unfallstelle.", "Julian Stratenschulte/dpa"),
            ),
        ),
    ),
    "efe_photo": (
        EFE_PHOTO,
        Expected(
            headline="Miles de personas protestan en Lima contra el Gobierno",
            names=None,
            dateline=("Lima", "EFE", datetime.date(2024, 1, 14)),
            paragraphs=2,
            first="Miles de personas marcharon",
            last="La Policía desplegó",
            language="es",
            boilerplate=("copyright",),
            captions=(("Manifestantes marchan por el centro de Lima.", "EFE/Paolo Aguilar"),),
            reference_date=datetime.date(2024, 1, 15),
        ),
    ),
    "afp_english": (
        AFP_ENGLISH,
        Expected(
            headline="France braces for pension strikes",
            names=None,
            dateline=("PARIS, France", "AFP", None),
            paragraphs=3,
            first="Unions called fresh strikes",
            last="The reform raises",
            language="en",
            boilerplate=("desk",),
        ),
    ),
    "ansa_english": (
        ANSA_ENGLISH,
        Expected(
            headline="Meloni meets Zelensky in Rome",
            names=None,
            dateline=("ROME", "ANSA", datetime.date(2024, 6, 7)),
            paragraphs=2,
            first="Premier Giorgia Meloni",
            last="The two discussed",
            language="en",
            boilerplate=("copyright",),
            reference_date=datetime.date(2024, 6, 8),
        ),
    ),
    "reuters_update": (
        REUTERS_UPDATE,
        Expected(
            headline="Oil prices rise as Middle East tensions flare",
            kicker="UPDATE 2",
            names=("Anna Hirtenstein",),
            dateline=("LONDON", "Reuters", datetime.date(2024, 10, 2)),
            paragraphs=2,
            first="Oil prices rose",
            last="Brent crude futures",
            language="en",
            boilerplate=("flag", "credits"),
            reference_date=datetime.date(2024, 10, 2),
        ),
    ),
    "reuters_file_photo": (
        REUTERS_FILE_PHOTO,
        Expected(
            headline="Airline orders 50 jets",
            names=("Tim Hepher",),
            dateline=("PARIS", "Reuters", datetime.date(2024, 1, 4)),
            paragraphs=2,
            first="An airline ordered",
            last="The order is worth",
            language="en",
            boilerplate=("credits",),
            captions=(
                (
                    "A plane takes off at an airport in Paris, France, June 12, 2023.",
                    "REUTERS/Benoit Tessier/File Photo",
                ),
            ),
            reference_date=datetime.date(2024, 1, 5),
        ),
    ),
    "ap_national_writer": (
        AP_NATIONAL_WRITER,
        Expected(
            headline="Book sales rise for third year",
            names=("HILLEL ITALIE",),
            dateline=("NEW YORK", "AP", None),
            paragraphs=2,
            first="Book sales rose",
            last="Print sales",
            language="en",
            boilerplate=("separator", "promo"),
        ),
    ),
    "yonhap_lead": (
        YONHAP_LEAD,
        Expected(
            headline="N. Korea fires ballistic missile into East Sea",
            kicker="(LEAD)",
            names=None,
            dateline=("SEOUL", "Yonhap", datetime.date(2024, 5, 30)),
            paragraphs=2,
            first="North Korea fired",
            last="The missile flew",
            language="en",
            boilerplate=("credits", "separator"),
            reference_date=datetime.date(2024, 5, 30),
        ),
    ),
    "kyodo": (
        KYODO,
        Expected(
            headline="Japan's jobless rate falls to 2.4 pct",
            names=None,
            dateline=("TOKYO", "Kyodo", datetime.date(2024, 8, 30)),
            paragraphs=2,
            first="Japan's unemployment rate",
            last="The jobs-to-applicants",
            language="en",
            boilerplate=("signoff",),
            reference_date=datetime.date(2024, 8, 30),
        ),
    ),
    "afp_french_photo": (
        AFP_FRENCH_PHOTO,
        Expected(
            headline="Incendie dans un entrepôt près de Marseille",
            names=None,
            dateline=("Marseille", "AFP", None),
            paragraphs=2,
            first="Un violent incendie",
            last="Plus de 100 pompiers",
            language="fr",
            boilerplate=("desk",),
            captions=(
                ("Des pompiers devant l'entrepôt en feu, le 3 août 2024.", "AFP / Nicolas Tucat"),
            ),
        ),
    ),
    "tass_en": (
        TASS_EN,
        Expected(
            headline="Russia, China hold naval drills",
            names=None,
            dateline=("MOSCOW", "TASS", datetime.date(2024, 7, 15)),
            paragraphs=2,
            first="Russian and Chinese warships",
            last="The drills will last",
            language="en",
            reference_date=datetime.date(2024, 7, 16),
        ),
    ),
    "xinhua_spanish": (
        XINHUA_SPANISH,
        Expected(
            headline="China lanza nuevo satélite meteorológico",
            names=None,
            dateline=("BEIJING", "Xinhua", datetime.date(2024, 8, 12)),
            paragraphs=2,
            first="China lanzó hoy",
            last="El satélite entrará",
            language="es",
            boilerplate=("separator",),
            reference_date=datetime.date(2024, 8, 12),
        ),
    ),
    "bernama": (
        BERNAMA,
        Expected(
            headline="Ringgit opens higher against US dollar",
            names=None,
            dateline=("KUALA LUMPUR", "Bernama", datetime.date(2024, 9, 3)),
            paragraphs=2,
            first="The ringgit opened",
            last="At 9 am",
            language="en",
            boilerplate=("signoff",),
            reference_date=datetime.date(2024, 9, 3),
        ),
    ),
    "europa_press_own_line": (
        EUROPA_PRESS_OWN_LINE,
        Expected(
            headline="El Supremo rechaza el recurso del Gobierno",
            names=None,
            dateline=("MADRID", "EUROPA PRESS", datetime.date(2024, 11, 12)),
            paragraphs=2,
            first="El Tribunal Supremo",
            last="La sentencia es firme.",
            language="es",
            reference_date=datetime.date(2024, 11, 12),
        ),
    ),
    "anp_dutch": (
        ANP_DUTCH,
        Expected(
            headline="Kabinet trekt extra geld uit voor woningbouw",
            names=None,
            dateline=("DEN HAAG", "ANP", None),
            paragraphs=3,
            first="Het kabinet trekt",
            last="De oppositie vindt",
            language="nl",
        ),
    ),
    "tt_swedish": (
        TT_SWEDISH,
        Expected(
            headline="Regeringen höjer anslaget till polisen",
            names=None,
            dateline=("Stockholm", "TT", None),
            paragraphs=3,
            first="Regeringen höjer anslaget",
            last="Oppositionen är kritisk",
            language="sv",
        ),
    ),
    "antara": (
        ANTARA,
        Expected(
            headline="Indonesia targets 5.2 percent growth",
            names=None,
            dateline=("Jakarta", "ANTARA", None),
            paragraphs=2,
            first="The Indonesian government",
            last="The target is",
            language="en",
            boilerplate=("credits", "copyright"),
        ),
    ),
    "anadolu": (
        ANADOLU,
        Expected(
            headline="Türkiye, Azerbaijan sign energy deal",
            names=("Ahmet Yilmaz",),
            dateline=("ANKARA", None, None),
            paragraphs=2,
            first="Türkiye and Azerbaijan",
            last="The deal covers",
            language="en",
        ),
    ),
    "st_photo": (
        ST_PHOTO,
        Expected(
            headline="Heavy rain causes flash floods in parts of Singapore",
            names=None,
            dateline=("SINGAPORE", None, None),
            paragraphs=2,
            first="Heavy rain on May 3",
            last="The floods subsided",
            language="en",
            boilerplate=("promo",),
            captions=(
                ("Motorists drive through a flooded road in Bukit Timah on May 3.", "JASON QUAH"),
            ),
        ),
    ),
    "reuters_no_place": (
        REUTERS_GMT,
        Expected(
            headline="Gold hits record high as rate cut bets grow",
            names=("Ashitha Shivaprasad",),
            dateline=(None, "Reuters", datetime.date(2024, 5, 20)),
            paragraphs=2,
            first="Gold prices hit",
            last="Spot gold was up",
            language="en",
            boilerplate=("credits",),
            reference_date=datetime.date(2024, 5, 20),
        ),
    ),
    "afp_glued_signoff": (
        AFP_GLUED_SIGNOFF,
        Expected(
            headline="Quake jolts Taiwan",
            names=None,
            dateline=("TAIPEI, Taiwan", "AFP", None),
            paragraphs=2,
            first="A strong earthquake",
            last='"The shaking was very strong,"',
            language="en",
            boilerplate=("signoff",),
        ),
    ),
    "dpa_english": (
        DPA_ENGLISH,
        Expected(
            headline="Germany's inflation eases to 2.2 percent",
            names=None,
            dateline=("Berlin", "dpa", None),
            paragraphs=2,
            first="German inflation eased",
            last="Energy prices fell",
            language="en",
            boilerplate=("signoff",),
        ),
    ),
    "ap_byline_two_lines": (
        AP_BYLINE_TWO_LINES,
        Expected(
            headline="Storms leave thousands without power",
            names=("JOHN SEEWER", "KEN MILLER"),
            dateline=("TOLEDO, Ohio", "AP", None),
            paragraphs=2,
            first="Severe storms knocked out",
            last="Crews were working",
            language="en",
            boilerplate=("copyright",),
        ),
    ),
    "efe_americas": (
        EFE_POR_DATELINE,
        Expected(
            headline="Las exportaciones argentinas crecen un 10 %",
            names=None,
            dateline=("Buenos Aires", "EFE", datetime.date(2024, 6, 20)),
            paragraphs=2,
            first="Las exportaciones argentinas crecieron",
            last="Las importaciones",
            language="es",
            boilerplate=("copyright",),
            reference_date=datetime.date(2024, 6, 21),
        ),
    ),
    "afp_avec": (
        AFP_AVEC,
        Expected(
            headline="Bruxelles propose de nouvelles règles pour l'intelligence artificielle",
            names=("Julien Dupont", "Marie Durand"),
            dateline=("Bruxelles", "AFP", datetime.date(2024, 4, 21)),
            paragraphs=2,
            first="La Commission européenne",
            last="Le texte doit",
            language="fr",
            boilerplate=("desk",),
        ),
    ),
    "ansa_di": (
        ANSA_DI,
        Expected(
            headline="Il governo approva la manovra",
            names=("Mario Rossi",),
            dateline=("ROMA", "ANSA", datetime.date(2024, 10, 16)),
            paragraphs=2,
            first="Il Consiglio dei ministri",
            last="Il testo passa",
            language="it",
            boilerplate=("signoff", "copyright"),
            reference_date=datetime.date(2024, 10, 16),
        ),
    ),
    "lusa_por": (
        LUSA_POR,
        Expected(
            headline="Incêndio consome mil hectares no Algarve",
            names=("João Silva",),
            dateline=("Faro", "Lusa", datetime.date(2024, 8, 5)),
            paragraphs=2,
            first="Um incêndio que deflagrou",
            last="No combate às chamas",
            language="pt",
            boilerplate=("desk", "signoff"),
        ),
    ),
    "dpa_text_foto": (
        DPA_TEXT_FOTO,
        Expected(
            headline="Wolf reißt Schafe in Niedersachsen",
            names=("Sunrita Sen", "Kay Nietfeld"),
            dateline=("Hannover", "dpa", None),
            paragraphs=2,
            first="Ein Wolf hat in Niedersachsen",
            last="Die Tierhalter",
            language="de",
            captions=(("Ein Wolf im Wildpark.", "Kay Nietfeld/dpa"),),
        ),
    ),
    "bloomberg_photo": (
        BLOOMBERG_PHOTO,
        Expected(
            headline="Shell Weighs Sale of Chemicals Plants in Europe",
            names=None,
            dateline=(None, "Bloomberg", None),
            paragraphs=2,
            first="Shell Plc is weighing",
            last="A sale could fetch",
            language="en",
            boilerplate=("promo", "copyright"),
            captions=(("An oil rig in the North Sea.", "Jason Alden/Bloomberg"),),
        ),
    ),
    "pti_photo": (
        PTI_PHOTO,
        Expected(
            headline="Monsoon arrives in Kerala",
            names=None,
            dateline=("Thiruvananthapuram", "PTI", datetime.date(2024, 6, 6)),
            paragraphs=2,
            first="The southwest monsoon",
            last="The monsoon is expected",
            language="en",
            boilerplate=("signoff",),
            captions=(("Clouds over Kochi on Thursday.", "PTI Photo"),),
            reference_date=datetime.date(2024, 6, 7),
        ),
    ),
    "bloomberg_most_read": (
        BLOOMBERG_MOST_READ,
        Expected(
            headline="Stocks Rally as Rate-Cut Bets Grow",
            names=None,
            dateline=(None, "Bloomberg", None),
            paragraphs=2,
            first="Stocks rallied on Friday",
            last="The S&P 500 rose",
            language="en",
            boilerplate=("promo", "related", "related", "copyright"),
        ),
    ),
    "xinhua_zh": (
        XINHUA_ZH,
        Expected(
            headline="中国3月制造业采购经理指数回升",
            names=None,
            dateline=("北京", "新华社", datetime.date(2024, 3, 31)),
            paragraphs=2,
            first="国家统计局31日发布数据显示",
            last="专家表示",
            language="zh",
            reference_date=datetime.date(2024, 4, 1),
        ),
    ),
    "yonhap_ko": (
        YONHAP_KO,
        Expected(
            headline="북한, 동해상으로 탄도미사일 발사",
            names=("김수연",),
            dateline=("서울", "연합뉴스", None),
            paragraphs=2,
            first="북한이 30일",
            last="군은 추가 발사에",
            language="ko",
            boilerplate=("credits",),
        ),
    ),
    "reuters_ar": (
        REUTERS_AR,
        Expected(
            headline="مسؤولون: محادثات السلام مستمرة في القاهرة",
            names=None,
            dateline=("القاهرة", "رويترز", None),
            paragraphs=2,
            first="قال مسؤولون مصريون",
            last="ولم يصدر تعليق",
            language="ar",
        ),
    ),
    "pap_pl": (
        PAP_PL,
        Expected(
            headline="Rząd przyjął projekt budżetu na przyszły rok",
            names=None,
            dateline=("Warszawa", "PAP", None),
            paragraphs=2,
            first="Rząd przyjął we wtorek",
            last="Projekt trafi teraz",
            language="pl",
        ),
    ),
    "reuters_web": (
        REUTERS_WEB,
        Expected(
            headline="Japan's core inflation slows for third month",
            names=("Leika Kihara",),
            dateline=("TOKYO", "Reuters", datetime.date(2024, 3, 22)),
            paragraphs=2,
            first="Japan's core consumer inflation",
            last="The data keeps",
            language="en",
            boilerplate=("promo", "credits", "standards"),
            captions=(
                (
                    "A shopper looks at vegetables at a supermarket in Tokyo, Japan, March 5, 2024.",
                    "REUTERS/Kim Kyung-Hoon",
                ),
            ),
            reference_date=datetime.date(2024, 3, 22),
        ),
    ),
    "bbc_web": (
        BBC_WEB,
        Expected(
            headline="Flood defences 'will not be ready' before winter, council warns",
            names=("Helen Marsh",),
            dateline=None,
            paragraphs=2,
            first="Flood defences along",
            last="Council leader",
            language="en",
            boilerplate=("promo",),
            captions=(("Sandbags were stacked along the river last week", "Getty Images"),),
        ),
    ),
    "guardian_web": (
        GUARDIAN_WEB,
        Expected(
            headline="Ministers accused of burying report on child poverty",
            standfirst="Charity says findings were published quietly on a bank holiday to avoid scrutiny",
            names=("Rowena Price",),
            dateline=None,
            paragraphs=2,
            first="A government report",
            last="The charity said",
            language="en",
            boilerplate=("timestamp", "correction"),
        ),
    ),
    "reuters_web_glued": (
        REUTERS_WEB_GLUED,
        Expected(
            headline="Oil prices climb as producers signal deeper cuts",
            names=("Alex Lawler",),
            dateline=("LONDON", "Reuters", datetime.date(2025, 11, 3)),
            paragraphs=2,
            first="Oil prices rose",
            last="Brent crude",
            language="en",
            boilerplate=("timestamp", "credits"),
        ),
    ),
    "toi_web": (
        TOI_WEB,
        Expected(
            headline="Monsoon to reach the coast by June 1, says weather office",
            names=None,
            dateline=("NEW DELHI", None, None),
            paragraphs=2,
            first="The monsoon is likely",
            last="Farmers have begun",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "xinhua_web": (
        XINHUA_WEB,
        Expected(
            headline="China's exports rise 5 pct in October",
            names=None,
            dateline=("BEIJING", "Xinhua", datetime.date(2025, 11, 7)),
            paragraphs=2,
            first="China's exports rose",
            last="Imports fell",
            language="en",
            boilerplate=("credits", "credits", "timestamp"),
        ),
    ),
    "sky_web": (
        SKY_WEB,
        Expected(
            headline="Rail strike called off after last-minute deal",
            standfirst=(
                "Train drivers will return to work on Monday after the union accepted a new "
                "pay offer."
            ),
            names=("Tom Clarke",),
            dateline=None,
            paragraphs=2,
            first="A national rail strike",
            last="The union said",
            language="en",
            boilerplate=("timestamp", "promo", "related", "related"),
        ),
    ),
    "aggregator_web": (
        AGGREGATOR_WEB,
        Expected(
            headline="Thousands rally in capital as protests enter second week",
            standfirst=(
                "Demonstrators demand the resignation of the prime minister over rising fuel "
                "prices."
            ),
            names=None,
            dateline=None,
            paragraphs=2,
            first="Thousands of people",
            last="Police fired",
            language="en",
            boilerplate=("timestamp", "timestamp", "credits"),
        ),
    ),
    "local_us": (
        LOCAL_US,
        Expected(
            headline="City council approves new budget",
            names=("JOHN SMITH",),
            dateline=("SPRINGFIELD", None, None),
            paragraphs=2,
            first="The City Council voted",
            last='"Nobody likes',
            language="en",
            boilerplate=("credits",),
        ),
    ),
    "scraped_page": (
        SCRAPED_PAGE,
        Expected(
            headline="Storm leaves thousands without power",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="Thousands of homes",
            last="More than 200 flights",
            language="en",
            boilerplate=(
                "page",
                "page",
                "page",
                "page",
                "page",
                "promo",
                "timestamp",
                "promo",
                "page",
                "page",
            ),
        ),
    ),
    "npr_web": (
        NPR_WEB,
        Expected(
            headline="Farmers in drought-hit counties turn to old wells",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="Farmers across weste",
            last="State officials said",
            language="en",
            boilerplate=("page", "timestamp", "page", "page", "page", "page"),
            captions=(
                (
                    "A farmer checks a pump on a well outside Garden City, Kan., last month.",
                    "Jane Doe/NPR",
                ),
            ),
        ),
    ),
    "pr_newswire": (
        PR_NEWSWIRE,
        Expected(
            headline="Acme Robotics Announces Third-Quarter Results",
            names=None,
            dateline=("COLUMBUS, Ohio", "PRNewswire", datetime.date(2025, 11, 4)),
            paragraphs=3,
            first="Acme Robotics Inc. t",
            last='"We had a strong qua',
            language="en",
            boilerplate=(
                "release",
                "release",
                "timestamp",
                "release",
                "release",
                "release",
                "release",
                "release",
                "release",
                "release",
                "release",
            ),
        ),
    ),
    "business_wire": (
        BUSINESS_WIRE,
        Expected(
            headline="Globex Names New Chief Financial Officer",
            names=None,
            dateline=("BOSTON", "BUSINESS WIRE", None),
            paragraphs=2,
            first="Globex Corp. (NASDAQ",
            last="Major joins from Ini",
            language="en",
            boilerplate=(
                "release",
                "release",
                "release",
                "release",
                "release",
                "release",
                "release",
                "release",
                "release",
                "release",
            ),
        ),
    ),
    "globenewswire": (
        GLOBENEWSWIRE,
        Expected(
            headline="Umbrella Health Completes Acquisition of Vireo Labs",
            names=None,
            dateline=("TORONTO", "GLOBE NEWSWIRE", datetime.date(2025, 11, 5)),
            paragraphs=2,
            first="Umbrella Health Inc.",
            last="The deal was valued ",
            language="en",
            boilerplate=("timestamp", "release", "release", "separator"),
        ),
    ),
    "local_bio": (
        LOCAL_BIO,
        Expected(
            headline="Town weighs cost of new seawall",
            names=("Jane Doe",),
            dateline=("PORTLAND, Maine", None, None),
            paragraphs=2,
            first="The town council wil",
            last="The seawall would pr",
            language="en",
            boilerplate=("credits",),
        ),
    ),
    "wapo_web": (
        WAPO_WEB,
        Expected(
            headline="Senate passes stopgap bill to avert shutdown",
            standfirst="The measure funds the government through January",
            names=("Jane Doe", "John Smith"),
            dateline=None,
            paragraphs=2,
            first="The Senate passed a ",
            last="The House is expecte",
            language="en",
            boilerplate=("page", "timestamp"),
        ),
    ),
    "cnn_web": (
        CNN_WEB,
        Expected(
            headline="Storm batters Gulf Coast as thousands lose power",
            names=("Jane Doe",),
            dateline=("New Orleans", "CNN", datetime.date(2025, 11, 4)),
            paragraphs=2,
            first="A powerful storm kno",
            last='"It came in fast," s',
            language="en",
            boilerplate=("timestamp", "credits"),
        ),
    ),
    "fox_web": (
        FOX_WEB,
        Expected(
            headline="Senate Republicans unveil border funding plan",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="Senate Republicans o",
            last="The plan faces a vot",
            language="en",
            boilerplate=("timestamp", "credits"),
        ),
    ),
    "nbc_web": (
        NBC_WEB,
        Expected(
            headline="Jury finds former mayor guilty of bribery",
            standfirst="The verdict came after three days of deliberations.",
            names=("Jane Doe", "John Smith"),
            dateline=None,
            paragraphs=2,
            first="A federal jury on Tu",
            last="Sentencing was set f",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "cbs_web": (
        CBS_WEB,
        Expected(
            headline="Wildfire forces evacuations near Los Angeles",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="A fast-moving wildfi",
            last="Firefighters were he",
            language="en",
            boilerplate=("timestamp", "related"),
        ),
    ),
    "abc_news_web": (
        ABC_NEWS_WEB,
        Expected(
            headline="Supreme Court to hear case on state tariffs",
            standfirst="The justices will hear arguments in January.",
            names=("Jane Doe",),
            dateline=("WASHINGTON", None, None),
            paragraphs=2,
            first="The Supreme Court ag",
            last="A ruling is expected",
            language="en",
            boilerplate=("timestamp", "credits"),
        ),
    ),
    "bloomberg_web": (
        BLOOMBERG_WEB,
        Expected(
            headline="Oil Heads for Weekly Loss as Supply Glut Fears Mount",
            names=("Jane Doe", "John Smith"),
            dateline=None,
            paragraphs=2,
            first="Oil headed for a wee",
            last="Brent was near $63 a",
            language="en",
            boilerplate=("timestamp", "credits", "promo"),
        ),
    ),
    "ft_web": (
        FT_WEB,
        Expected(
            headline="Carmakers warn of chip shortage as supplier halts exports",
            standfirst="Industry says production lines could stop within weeks",
            names=("Jane Doe", "John Smith"),
            dateline=None,
            paragraphs=2,
            first="Carmakers have warne",
            last="The supplier said it",
            language="en",
            boilerplate=("copyright",),
        ),
    ),
    "economist_web": (
        ECONOMIST_WEB,
        Expected(
            headline="The long goodbye to cheap gas",
            kicker="Europe | Charlemagne",
            standfirst="Europe's industry is still adjusting to the end of Russian pipelines",
            names=None,
            dateline=None,
            paragraphs=2,
            first="Few places show the ",
            last="Factories have cut o",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "independent_web": (
        INDEPENDENT_WEB,
        Expected(
            headline="Heatwave warning issued as temperatures set to hit 34C",
            standfirst="Forecasters say the hot spell could last until the weekend",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="A heat health alert ",
            last="The Met Office said ",
            language="en",
            boilerplate=("timestamp", "share", "promo"),
        ),
    ),
    "telegraph_web": (
        TELEGRAPH_WEB,
        Expected(
            headline="Bank of England holds rates as inflation stays high",
            standfirst="Governor warns cuts are not imminent",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="The Bank of England ",
            last="Markets had expected",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "daily_mail_web": (
        DAILY_MAIL_WEB,
        Expected(
            headline="Pensioner, 82, becomes oldest woman to swim the Channel",
            names=("JANE DOE",),
            dateline=None,
            paragraphs=2,
            first="A pensioner has beco",
            last="She completed the cr",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "huffpost_web": (
        HUFFPOST_WEB,
        Expected(
            headline="Trump Allies Push New Election Rules In Key States",
            standfirst="The proposals would change how ballots are counted.",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="Allies of the presid",
            last="Critics said the rul",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "politico_web": (
        POLITICO_WEB,
        Expected(
            headline="House GOP eyes vote on spending deal",
            standfirst="The vote could come as soon as Thursday.",
            names=("Jane Doe", "John Smith"),
            dateline=None,
            paragraphs=2,
            first="House Republican lea",
            last="Democrats said they ",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "axios_web": (
        AXIOS_WEB,
        Expected(
            headline="Fed holds rates steady",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="The Federal Reserve ",
            last="Why it matters: The ",
            language="en",
            boilerplate=("timestamp", "promo"),
        ),
    ),
    "abc_au_web": (
        ABC_AU_WEB,
        Expected(
            headline="Bushfire threat eases as rain falls across NSW",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="Rain has eased the b",
            last="The Rural Fire Servi",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "cbc_web": (
        CBC_WEB,
        Expected(
            headline="Ontario to expand transit to northern towns",
            standfirst="Province says new buses will start running next year",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="Ontario will expand ",
            last="The service will sta",
            language="en",
        ),
    ),
    "scmp_web": (
        SCMP_WEB,
        Expected(
            headline="Hong Kong to cut stamp duty for first-time buyers",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="Hong Kong will cut s",
            last="The cut takes effect",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "straits_times_web": (
        STRAITS_TIMES_WEB,
        Expected(
            headline="Singapore to raise GST vouchers for seniors",
            names=("Jane Doe",),
            dateline=("SINGAPORE", None, None),
            paragraphs=2,
            first="Seniors will receive",
            last="The payouts will be ",
            language="en",
            boilerplate=("timestamp", "promo"),
        ),
    ),
    "hindu_web": (
        HINDU_WEB,
        Expected(
            headline="Monsoon brings heavy rain to Kerala",
            names=None,
            dateline=("THIRUVANANTHAPURAM", None, datetime.date(2025, 11, 4)),
            paragraphs=2,
            first="Heavy rain lashed Ke",
            last="Schools were shut in",
            language="en",
            boilerplate=("timestamp", "timestamp"),
        ),
    ),
    "irish_times_web": (
        IRISH_TIMES_WEB,
        Expected(
            headline="Government to double housing grant for first-time buyers",
            standfirst="Scheme will be extended to apartments from next year",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="The Government will ",
            last="The scheme will be e",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "dw_web": (
        DW_WEB,
        Expected(
            headline="Coalition agrees on pension reform",
            kicker="Germany",
            standfirst="The government parties have agreed to keep the state pension at 48% of average wages.",
            names=None,
            dateline=None,
            paragraphs=2,
            first="Germany's governing ",
            last="The opposition criti",
            language="en",
            boilerplate=("timestamp", "timestamp", "desk"),
        ),
    ),
    "france24_web": (
        FRANCE24_WEB,
        Expected(
            headline="France's parliament rejects budget bill",
            names=None,
            dateline=("Paris", "AFP", None),
            paragraphs=2,
            first="France's lower house",
            last="The government may n",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "euronews_web": (
        EURONEWS_WEB,
        Expected(
            headline="EU agrees new sanctions on Russian oil",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="EU ambassadors agree",
            last="The package must be ",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "kyodo_web": (
        KYODO_WEB,
        Expected(
            headline="Japan's exports rise for second month",
            names=None,
            dateline=("TOKYO", None, None),
            paragraphs=2,
            first="Japan's exports rose",
            last="Shipments of cars to",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "nyt_web_full": (
        NYT_WEB_FULL,
        Expected(
            headline="Senate Passes Stopgap Bill, Averting Shutdown",
            kicker="Politics",
            standfirst="The measure, approved 78 to 20, keeps the government funded through January.",
            names=("Carl Hulse", "Catie Edmondson"),
            dateline=None,
            paragraphs=3,
            first="The Senate on Tuesday",
            last="Senator John Thune",
            language="en",
            boilerplate=("page", "promo", "share", "timestamp", "credits", "imprint"),
            captions=(
                (
                    "Senator Chuck Schumer, the majority leader, spoke to reporters after the vote on Tuesday.",
                    "Haiyun Jiang/The New York Times",
                ),
            ),
        ),
    ),
    "nyt_web": (
        NYT_WEB,
        Expected(
            headline="Ukraine Strikes Russian Refinery as Talks Stall",
            standfirst="The attack was the third this month on energy sites deep inside Russia.",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="Ukraine struck an oi",
            last="The strike set off a",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "aljazeera_live_web": (
        ALJAZEERA_LIVE_WEB,
        Expected(
            headline="Israel strikes Gaza as ceasefire talks resume",
            kicker="Live",
            names=("Jane Doe", "John Smith"),
            dateline=None,
            paragraphs=3,
            first="Talks resume in Cairo",
            last="The talks are expected",
            language="en",
            boilerplate=("page", "timestamp", "timestamp", "credits"),
        ),
    ),
    "aljazeera_web": (
        ALJAZEERA_WEB,
        Expected(
            headline="Israel strikes Gaza as ceasefire talks resume",
            standfirst="Negotiators return to Cairo as strikes continue.",
            names=None,
            dateline=None,
            paragraphs=2,
            first="Israeli strikes hit Gaza",
            last="The talks are expected",
            language="en",
            boilerplate=("timestamp",),
            captions=(
                (
                    "Palestinians inspect a damaged building in Gaza City on November 4, 2025",
                    "Jane Doe/Reuters",
                ),
            ),
        ),
    ),
    "atlantic_web": (
        ATLANTIC_WEB,
        Expected(
            headline="The Quiet Collapse of the Small-Town Newspaper",
            standfirst="What happens to a community when no one is watching the city council?",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="When the Ledger printed",
            last="For a century, the paper",
            language="en",
            boilerplate=("credits", "imprint"),
        ),
    ),
    "breakingviews_web": (
        BREAKINGVIEWS_WEB,
        Expected(
            headline="Acme's bid for Globex needs a sweeter price",
            kicker="Breakingviews",
            names=("Jane Doe",),
            dateline=("LONDON", "Reuters Breakingviews", datetime.date(2025, 11, 4)),
            paragraphs=2,
            first="Acme's offer for Globex",
            last="The board should hold",
            language="en",
            boilerplate=("timestamp", "promo", "credits"),
        ),
    ),
    "nikkei_web": (
        NIKKEI_WEB,
        Expected(
            headline="Japan's Toyota lifts profit forecast on weak yen",
            standfirst="Automaker expects record operating income for fiscal year",
            names=("JANE DOE",),
            dateline=("TOKYO", None, None),
            paragraphs=2,
            first="Toyota Motor raised",
            last="The automaker now",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "japan_times_web": (
        JAPAN_TIMES_WEB,
        Expected(
            headline="Japan to expand child care subsidies",
            standfirst="The plan will be included in the next fiscal year's budget",
            names=("JANE DOE",),
            dateline=None,
            paragraphs=2,
            first="The government will expand",
            last="The measure is aimed",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "korea_herald_web": (
        KOREA_HERALD_WEB,
        Expected(
            headline="Samsung to build new chip plant",
            kicker="[Exclusive]",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="Samsung Electronics will",
            last="The plant will cost",
            language="en",
            boilerplate=("timestamp", "timestamp", "credits"),
        ),
    ),
    "times_of_israel_web": (
        TIMES_OF_ISRAEL_WEB,
        Expected(
            headline="Knesset passes budget in first reading",
            standfirst="Coalition wins 61-59 vote after overnight debate",
            names=("JANE DOE",),
            dateline=None,
            paragraphs=2,
            first="The Knesset passed",
            last="The bill now returns",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "times_of_israel_live_web": (
        TIMES_OF_ISRAEL_LIVE_WEB,
        Expected(
            headline="Knesset passes budget in first reading",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="The Knesset passed",
            last="The bill now returns",
            language="en",
            boilerplate=("timestamp", "timestamp"),
        ),
    ),
    "arab_news_web": (
        ARAB_NEWS_WEB,
        Expected(
            headline="Saudi Arabia launches new tourism visa",
            names=("JANE DOE",),
            dateline=("RIYADH", None, datetime.date(2025, 11, 4)),
            paragraphs=2,
            first="Saudi Arabia launched",
            last="The visa will be valid",
            language="en",
            boilerplate=("timestamp", "timestamp"),
        ),
    ),
    "gulf_news_web": (
        GULF_NEWS_WEB,
        Expected(
            headline="UAE announces new traffic fines",
            standfirst="Fines of up to Dh5,000 for using phones while driving",
            names=("Jane Doe",),
            dateline=("Dubai", None, datetime.date(2025, 11, 4)),
            paragraphs=2,
            first="The UAE announced",
            last="The fines take effect",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "news24_web": (
        NEWS24_WEB,
        Expected(
            headline="Eskom warns of load shedding this week",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="Eskom has warned",
            last="The utility said",
            language="en",
            boilerplate=("credits", "timestamp", "promo"),
        ),
    ),
    "nation_kenya_web": (
        NATION_KENYA_WEB,
        Expected(
            headline="MPs reject Finance Bill amendments",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="Members of Parliament",
            last="The bill will now go",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "globe_and_mail_web": (
        GLOBE_AND_MAIL_WEB,
        Expected(
            headline="Bank of Canada holds key rate at 2.25%",
            names=("Jane Doe",),
            dateline=("Ottawa", None, None),
            paragraphs=2,
            first="The Bank of Canada held",
            last="Governor Tiff Macklem said",
            language="en",
            boilerplate=("timestamp",),
            captions=(
                (
                    "Governor Tiff Macklem at a news conference in Ottawa on Nov. 4.",
                    "Jane Doe/The Canadian Press",
                ),
            ),
        ),
    ),
    "toronto_star_web": (
        TORONTO_STAR_WEB,
        Expected(
            headline="Toronto council approves new transit plan",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="Toronto city council",
            last="The plan includes",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "smh_web": (
        SMH_WEB,
        Expected(
            headline="Sydney rents hit record high",
            names=("John Smith",),
            dateline=None,
            paragraphs=2,
            first="Rents in Sydney hit",
            last="The median rent rose",
            language="en",
            boilerplate=("timestamp", "promo"),
            captions=(("Rents in Sydney have risen for 12 months in a row.", "Jane Doe"),),
        ),
    ),
    "nz_herald_web": (
        NZ_HERALD_WEB,
        Expected(
            headline="Auckland Council approves rates rise",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="Auckland Council approved",
            last="Councillors voted",
            language="en",
            boilerplate=("timestamp", "timestamp"),
        ),
    ),
    "rte_web": (
        RTE_WEB,
        Expected(
            headline="Government approves budget measures",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="The Government has approved",
            last="The measures will be",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "yahoo_reuters_web": (
        YAHOO_REUTERS_WEB,
        Expected(
            headline="Oil prices rise on supply worries",
            names=("Jane Doe",),
            dateline=("LONDON", "Reuters", None),
            paragraphs=2,
            first="Oil prices rose",
            last="Brent crude futures",
            language="en",
            boilerplate=("timestamp", "timestamp", "credits"),
        ),
    ),
    "msn_web": (
        MSN_WEB,
        Expected(
            headline="Fed holds rates steady",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="The Federal Reserve held",
            last="The decision was",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "amp_cnn_web": (
        AMP_CNN_WEB,
        Expected(
            headline="Fed holds rates steady amid inflation worries",
            names=("Jane Doe",),
            dateline=("Washington", "CNN", datetime.date(2025, 11, 4)),
            paragraphs=2,
            first="The Federal Reserve held",
            last="The decision was",
            language="en",
            boilerplate=("page", "timestamp", "page"),
        ),
    ),
    "scmp_trust_web": (
        SCMP_TRUST_WEB,
        Expected(
            headline="Hong Kong to cut stamp duty for first-time buyers",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="Hong Kong will cut",
            last="The cut takes effect",
            language="en",
            boilerplate=("timestamp", "standards"),
        ),
    ),
    "abc_au_home_web": (
        ABC_AU_HOME_WEB,
        Expected(
            headline="Bushfire threat eases as rain falls across NSW",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="Rain has eased",
            last="The Rural Fire Service",
            language="en",
            boilerplate=("page", "timestamp"),
        ),
    ),
    "yahoo_independent_web": (
        YAHOO_INDEPENDENT_WEB,
        Expected(
            headline="Rail strikes called off after last-minute deal",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="Rail strikes planned for",
            last="Talks between the union",
            language="en",
            boilerplate=("page", "timestamp", "timestamp"),
        ),
    ),
    "apple_news_ap_web": (
        APPLE_NEWS_AP_WEB,
        Expected(
            headline="Wildfire forces evacuations in Southern California",
            names=("JANE DOE",),
            dateline=("LOS ANGELES", "AP", None),
            paragraphs=2,
            first="A fast-moving wildfire forced",
            last="Strong winds pushed the",
            language="en",
            boilerplate=("page",),
        ),
    ),
    "ap_portal_web": (
        AP_PORTAL_WEB,
        Expected(
            headline="Senate passes bill to avert shutdown",
            names=("JANE DOE",),
            dateline=("WASHINGTON", "AP", datetime.date(2025, 11, 4)),
            paragraphs=2,
            first="The Senate passed a",
            last="The House is expected",
            language="en",
            boilerplate=("timestamp", "copyright"),
        ),
    ),
    "australian_web": (
        AUSTRALIAN_WEB,
        Expected(
            headline="Reserve Bank holds cash rate at 3.6 per cent",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="The Reserve Bank has",
            last="Governor Michele Bullock said",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "cnn_amp_inline_web": (
        CNN_AMP_INLINE_WEB,
        Expected(
            headline="Typhoon slams into southern China",
            names=("Jane Doe",),
            dateline=("Hong Kong", "CNN", datetime.date(2025, 11, 4)),
            paragraphs=2,
            first="A powerful typhoon slammed",
            last="Flights were cancelled across",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "cp_portal_web": (
        CP_PORTAL_WEB,
        Expected(
            headline="Ottawa unveils plan to speed up home building",
            names=None,
            dateline=("OTTAWA", None, None),
            paragraphs=2,
            first="The federal government unveiled",
            last="The plan includes new",
            language="en",
            boilerplate=("credits", "timestamp", "promo"),
        ),
    ),
    "indian_livemint_web": (
        INDIAN_LIVEMINT_WEB,
        Expected(
            headline="Monsoon rains flood low-lying areas of Chennai",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="Heavy rain flooded several",
            last="Schools in the city",
            language="en",
            boilerplate=("timestamp", "promo"),
        ),
    ),
    "irish_web": (
        IRISH_WEB,
        Expected(
            headline="Housing minister defends rent controls",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="The housing minister has",
            last="The opposition said the",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "liveblog_kicker_web": (
        LIVEBLOG_KICKER_WEB,
        Expected(
            headline="Election day: polls open across the state",
            kicker="LIVE BLOG",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="Polls opened at 7",
            last="Turnout was expected to",
            language="en",
        ),
    ),
    "local_tv_web": (
        LOCAL_TV_WEB,
        Expected(
            headline="Police investigate shooting near downtown park",
            names=None,
            dateline=("SPRINGFIELD, Mo.", "KXYZ", datetime.date(2025, 11, 4)),
            paragraphs=2,
            first="Police are investigating a",
            last="One person was taken",
            language="en",
            boilerplate=("credits", "timestamp", "copyright"),
        ),
    ),
    "obituary_web": (
        OBITUARY_WEB,
        Expected(
            headline="Jane Doe, pioneering surgeon, dies at 91",
            kicker="OBITUARY",
            names=("John Smith",),
            dateline=None,
            paragraphs=3,
            first="Jane Doe, a surgeon",
            last="She is survived by",
            language="en",
        ),
    ),
    "rnz_web": (
        RNZ_WEB,
        Expected(
            headline="Government to cut public service jobs",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="The government will cut",
            last="Unions said the cuts",
            language="en",
            boilerplate=("credits",),
        ),
    ),
    "south_african_web": (
        SOUTH_AFRICAN_WEB,
        Expected(
            headline="Load-shedding returns as Eskom units fail",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="Eskom has announced stage",
            last="The utility said the",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "sports_scoreline_web": (
        SPORTS_SCORELINE_WEB,
        Expected(
            headline="Rovers 2-1 United: Late Smith goal sends Rovers top",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="FULL-TIME: Rovers 2 United",
            last="United had led through",
            language="en",
        ),
    ),
    "substack_web": (
        SUBSTACK_WEB,
        Expected(
            headline="Why the Fed is stuck",
            standfirst="Inflation is sticky and jobs are slowing. There is no easy way out.",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="The Federal Reserve faces",
            last="Inflation has stopped falling,",
            language="en",
            boilerplate=("timestamp", "share", "promo"),
        ),
    ),
    "upi_developing_web": (
        UPI_DEVELOPING_WEB,
        Expected(
            headline="Earthquake strikes off coast of Japan",
            kicker="Developing story",
            names=None,
            dateline=(None, "UPI", None),
            paragraphs=2,
            first="A magnitude 6.8 earthquake",
            last="No tsunami warning was",
            language="en",
        ),
    ),
    "us_regional_web": (
        US_REGIONAL_WEB,
        Expected(
            headline="County approves new water rates after heated meeting",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="The county commission voted",
            last="Commissioners said the increase",
            language="en",
            boilerplate=("promo",),
            captions=(
                (
                    "Residents crowded into the county board room on Tuesday.",
                    "John Smith/The Riverton Courier",
                ),
            ),
        ),
    ),
    "nexis_newspaper": (
        NEXIS_NEWSPAPER,
        Expected(
            headline="Senate passes stopgap bill to avert shutdown",
            names=("Jane Doe", "John Smith"),
            dateline=("WASHINGTON", None, None),
            paragraphs=3,
            first="The Senate on Tuesday passed",
            last="House leaders said",
            language="en",
            boilerplate=(
                "export",
                "timestamp",
                "export",
                "copyright",
                "copyright",
                "export",
                "export",
                "export",
                "export",
                "export",
                "export",
                "export",
                "export",
                "export",
                "export",
                "export",
                "export",
            ),
            captions=(
                (
                    "Senators leave the chamber after the vote on Tuesday.",
                    "TOM LEE FOR THE RIVERTON COURIER",
                ),
            ),
        ),
    ),
    "nexis_wire": (
        NEXIS_WIRE,
        Expected(
            headline="Chicago teachers reach tentative deal, ending strike threat",
            names=("ANA SMITH",),
            dateline=("CHICAGO", "AP", None),
            paragraphs=4,
            first="The Chicago Teachers Union",
            last="Members will vote",
            language="en",
            boilerplate=(
                "export",
                "timestamp",
                "copyright",
                "export",
                "export",
                "export",
                "export",
                "export",
                "export",
            ),
        ),
    ),
    "nexis_transcript": (
        NEXIS_TRANSCRIPT,
        Expected(
            headline="Interview With Treasury Secretary on Tariffs",
            names=("Tom Brown", "Anna Green"),
            dateline=None,
            paragraphs=3,
            first="TOM BROWN, CNN ANCHOR:",
            last="ANNA GREEN, CNN CORRESPONDENT:",
            language="en",
            boilerplate=(
                "export",
                "timestamp",
                "copyright",
                "export",
                "export",
                "export",
                "export",
                "export",
                "export",
                "export",
                "export",
            ),
            standfirst="The treasury secretary defended the new tariffs on Tuesday and said talks with China would resume.",
        ),
    ),
    "nexis_magazine": (
        NEXIS_MAGAZINE,
        Expected(
            headline="Why the housing market is stuck",
            names=("Maria Lopez",),
            dateline=("NEW YORK", None, None),
            paragraphs=3,
            first="Home sales fell",
            last="Inventory remains",
            language="en",
            boilerplate=(
                "export",
                "timestamp",
                "copyright",
                "export",
                "export",
                "export",
                "export",
                "export",
            ),
        ),
    ),
    "factiva_wire": (
        FACTIVA_WIRE,
        Expected(
            headline="Oil rises as OPEC+ signals it will keep output steady",
            names=("Jane Doe",),
            dateline=("LONDON", "Reuters", datetime.date(2025, 11, 4)),
            paragraphs=3,
            first="Oil prices rose on Tuesday",
            last='"The market had priced in',
            language="en",
            boilerplate=(
                "export",
                "timestamp",
                "timestamp",
                "export",
                "export",
                "export",
                "copyright",
                "credits",
                "export",
            ),
        ),
    ),
    "factiva_newspaper": (
        FACTIVA_NEWSPAPER,
        Expected(
            headline="Council approves new bus lanes",
            names=("Maria Lopez",),
            dateline=None,
            paragraphs=3,
            first="The city council on Tuesday",
            last="Work will begin",
            language="en",
            boilerplate=(
                "export",
                "timestamp",
                "export",
                "export",
                "export",
                "export",
                "copyright",
                "export",
            ),
        ),
    ),
    "factiva_broadcast": (
        FACTIVA_BROADCAST,
        Expected(
            headline="Farmers brace for drought as rivers run low",
            names=("Tom Brown",),
            dateline=None,
            paragraphs=3,
            first="Farmers across the plains",
            last="State officials",
            language="en",
            boilerplate=(
                "export",
                "timestamp",
                "export",
                "export",
                "export",
                "copyright",
                "export",
            ),
        ),
    ),
    "factiva_coded": (
        FACTIVA_CODED,
        Expected(
            headline="Central bank holds rates, signals cut next year",
            names=("Anna Green",),
            dateline=("FRANKFURT", None, None),
            paragraphs=3,
            first="The European Central Bank held",
            last="Economists expect",
            language="en",
            boilerplate=(
                "export",
                "timestamp",
                "timestamp",
                "export",
                "export",
                "export",
                "copyright",
                "export",
                "export",
                "export",
                "export",
                "export",
                "export",
                "export",
                "export",
            ),
        ),
    ),
    "nexis_academic": (
        NEXIS_ACADEMIC,
        Expected(
            headline="Senate passes stopgap bill to avert shutdown",
            names=("JANE DOE",),
            dateline=("WASHINGTON", None, datetime.date(2025, 11, 4)),
            paragraphs=3,
            first="The Senate on Tuesday",
            last="House leaders",
            language="en",
            boilerplate=(
                "export",
                "export",
                "timestamp",
                "export",
                "export",
                "export",
                "export",
                "export",
                "export",
                "copyright",
            ),
        ),
    ),
    "factiva_dow_jones": (
        FACTIVA_DOW_JONES,
        Expected(
            headline="Fed Holds Rates Steady, Signals Patience",
            names=("Anna Green",),
            dateline=("WASHINGTON", None, None),
            paragraphs=2,
            first="The Federal Reserve held",
            last='"We are in no hurry,"',
            language="en",
            boilerplate=(
                "export",
                "export",
                "timestamp",
                "timestamp",
                "export",
                "export",
                "export",
                "copyright",
                "credits",
                "separator",
                "timestamp",
                "export",
            ),
        ),
    ),
    "proquest_newspaper": (
        PROQUEST_NEWSPAPER,
        Expected(
            headline="Harbour bridge to close for repairs",
            names=("Ken Nakamura",),
            dateline=("BAYPORT", None, datetime.date(2025, 11, 5)),
            paragraphs=3,
            first="The harbour bridge will close",
            last="Drivers will be sent",
            language="en",
            standfirst="The harbour bridge will close for six weeks from January, the city said.",
            boilerplate=(
                *("export",) * 13,  # the report's cover, the counter, the fields over the story
                "timestamp",  # Publication date:
                *("export",) * 10,
                "copyright",
                *("export",) * 3,  # Last updated:, Database:, the rule
            ),
        ),
    ),
    "proquest_abridged": (
        PROQUEST_ABRIDGED,
        Expected(
            headline="Mayor vows to fix the buses.",
            names=None,
            dateline=None,
            paragraphs=3,
            first="The mayor promised on Thursday",
            last="The plan still needs",
            language="en",
            standfirst="The mayor promised new routes by spring after a year of complaints about "
            "late buses.",
            boilerplate=("export", "export"),
        ),
    ),
    "nexis_cover": (
        NEXIS_COVER,
        Expected(
            headline="Port workers vote to strike",
            names=("Omar Haddad",),
            dateline=None,
            paragraphs=2,
            first="Port workers voted on Wednesday",
            last='"We have been patient,"',
            language="en",
            boilerplate=(
                *("export",) * 11,  # the cover page, one line a part
                "export",  # the publication
                "timestamp",
                "copyright",
                *("export",) * 5,  # Section:, Length:, Body, Load-Date:, End of Document
            ),
        ),
    ),
    "ap_raw_feed": (
        AP_RAW_FEED,
        Expected(
            headline="Storm damage tops $2 billion in Gulf states",
            names=("JANE DOE",),
            dateline=("NEW ORLEANS", "AP", None),
            paragraphs=2,
            first="Damage from Hurricane Lena",
            last="The governor said",
            language="en",
            boilerplate=(
                "flag",  # EMBARGOED UNTIL ...
                "flag",  # BC-US--Storm-Damage,2nd Ld-Writethru
                "flag",  # Eds: UPDATES ...
                "separator",
                "credits",  # Associated Press writer ... contributed.
                "flag",  # AP-WF-11-04-25 1812GMT
                "separator",  # (END)
                "copyright",
            ),
        ),
    ),
    "ap_raw_urgent": (
        AP_RAW_URGENT,
        Expected(
            headline="Rail workers walk out across France",
            names=None,
            dateline=("PARIS", "AP", None),
            paragraphs=2,
            first="Rail workers across France",
            last="Unions said",
            language="en",
            boilerplate=("flag", "flag", "flag"),  # URGENT, the slug, EDITOR'S NOTE
        ),
    ),
    "ap_raw_alert": (
        AP_RAW_ALERT,
        Expected(
            headline="Appeals court blocks new voting map",
            names=None,
            dateline=("ATLANTA", "AP", None),
            paragraphs=2,
            first="A federal appeals court",
            last="Judge Ann Roe",
            language="en",
            boilerplate=("flag", "flag", "flag"),  # APNewsAlert, the slug, Editors: ...
        ),
    ),
    "reuters_brief": (
        REUTERS_BRIEF,
        Expected(
            headline="Acme Robotics Q3 revenue rises 12%",
            kicker="BRIEF",
            names=None,
            dateline=(None, "Reuters", None),
            paragraphs=4,
            first="Acme Robotics Inc:",
            last="* SAYS ORDERS",
            language="en",
            boilerplate=("related", "related", "credits"),  # Source text, Further coverage, desk
        ),
    ),
    "reuters_market_report": (
        REUTERS_MARKET_REPORT,
        Expected(
            headline="Wall St ends higher as chip stocks rally",
            kicker="US STOCKS",
            names=("Jane Doe",),
            dateline=("NEW YORK", "Reuters", None),
            paragraphs=2,
            first="Wall Street closed higher",
            last="The Nasdaq rose",
            language="en",
            boilerplate=("credits", "credits", "page", "related"),  # ((contact)), Keywords, [ID:]
        ),
    ),
    "wire_mentions": (
        WIRE_MENTIONS,
        Expected(
            headline="Ministers lift oil embargo",
            names=None,
            dateline=None,
            paragraphs=3,
            first="The embargo on oil exports",
            last="Eds and tailors",
            language="en",
        ),
    ),
    "afp_feed": (
        AFP_FEED,
        Expected(
            headline="Senate passes stopgap bill",
            names=("Jane Doe",),
            dateline=("WASHINGTON", "AFP", datetime.date(2025, 11, 4)),
            paragraphs=2,
            first="The Senate passed",
            last="The House is expected",
            language="en",
            boilerplate=("desk", "flag", "desk"),  # afp/xx, the slug line, jd/sst
        ),
    ),
    "ansa_feed": (
        ANSA_FEED,
        Expected(
            headline="Italy budget passes Senate",
            names=None,
            dateline=("ROME", "ANSA", None),
            paragraphs=2,
            first="The Italian Senate",
            last="The vote was 110 to 90",
            language="en",
            boilerplate=("flag", "signoff", "separator"),  # ZCZC..., (ANSA)., NNNN
        ),
    ),
    "xinhua_feed": (
        XINHUA_FEED,
        Expected(
            headline="China, Laos sign trade deal",
            names=None,
            dateline=("BEIJING", "Xinhua", datetime.date(2025, 11, 4)),
            paragraphs=2,
            first="China and Laos",
            last="The deal cuts",
            language="en",
            boilerplate=("flag", "separator"),  # the feed's header line, Enditem
            kicker="ROUNDUP",
        ),
    ),
    "upi_newstrack": (
        UPI_NEWSTRACK,
        Expected(
            headline="Senate passes stopgap spending bill",
            names=None,
            dateline=("WASHINGTON", "UPI", None),
            paragraphs=2,
            first="The Senate on Tuesday",
            last="The House votes",
            language="en",
            kicker="UPI NewsTrack",
        ),
    ),
    "dpa_afx": (
        DPA_AFX,
        Expected(
            headline="Siemens raises forecast",
            names=None,
            dateline=("MUNICH", "dpa-AFX", None),
            paragraphs=2,
            first="Siemens raised",
            last="Shares rose",
            language="en",
            kicker="dpa-AFX",
        ),
    ),
    "kyodo_run": (
        KYODO_RUN,
        Expected(
            headline="Japan cabinet approves stimulus",
            names=None,
            dateline=("TOKYO", "Kyodo", None),
            paragraphs=2,
            first="Japan's cabinet",
            last="The package",
            language="en",
            boilerplate=("signoff", "signoff"),  # the story before's ==Kyodo, then its own
        ),
    ),
    "print_jumps": (
        PRINT_JUMPS,
        Expected(
            headline="Council passes budget after long night",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="The city council",
            last="Residents said the meeting ran too long.",
            language="en",
            boilerplate=("related", "related", "related"),  # the jump lines, the glued B2.
        ),
    ),
    "dawn_web": (
        DAWN_WEB,
        Expected(
            headline="Govt moves to cut power tariffs for export industries",
            names=("Sana Mirza",),
            dateline=("ISLAMABAD", None, None),
            paragraphs=6,
            first="The federal government on Tuesday",
            last="The committee also approved",
            language="en",
            captions=(("A grid station on the outskirts of the capital.", "APP/File"),),
            boilerplate=("imprint",),
        ),
    ),
    "daily_star_bd_web": (
        DAILY_STAR_BD_WEB,
        Expected(
            headline="Metro rail to run till midnight from next month",
            names=None,
            dateline=None,
            paragraphs=5,
            first="Metro rail services in Dhaka",
            last="Passengers have long demanded",
            language="en",
            captions=(("Commuters board a train at Agargaon station.", "Star/File"),),
            boilerplate=("credits", "timestamp", "related", "related"),
        ),
    ),
    "khaleej_web": (
        KHALEEJ_WEB,
        Expected(
            headline="UAE announces new rules for freelance visas",
            standfirst="Applicants will no longer need a sponsor, officials say",
            names=("Priya Nair",),
            dateline=None,
            paragraphs=4,
            first="Freelancers in the UAE",
            last="An official said",
            language="en",
            boilerplate=("timestamp", "timestamp", "credits", "promo"),
        ),
    ),
    "moscow_times_web": (
        MOSCOW_TIMES_WEB,
        Expected(
            headline="Regional Governor Detained on Bribery Charges",
            kicker="News",
            names=None,
            dateline=None,
            paragraphs=5,
            first="The governor of a Siberian region",
            last="At least a dozen",
            language="en",
            captions=(("Ivan Petrov at a meeting in 2023.", "kremlin.ru"),),
            boilerplate=("timestamp", "page"),
        ),
    ),
    "focus_taiwan": (
        FOCUS_TAIWAN,
        Expected(
            headline="Taiwan raises minimum wage 3% from January",
            names=("Lin Mei-hua", "Chen Wei"),
            dateline=("Taipei", "CNA", datetime.date(2025, 11, 4)),
            paragraphs=4,
            first="Taiwan's monthly minimum wage",
            last="Employers' groups said",
            language="en",
            boilerplate=("timestamp", "credits", "separator"),
        ),
    ),
    "express_tribune_web": (
        EXPRESS_TRIBUNE_WEB,
        Expected(
            headline="Petrol price cut by Rs5 per litre",
            standfirst="Finance ministry cites falling global oil prices",
            names=None,
            dateline=("KARACHI", None, None),
            paragraphs=5,
            first="The federal government on Tuesday cut",
            last="The government has kept",
            language="en",
            captions=(("Motorists queue at a fuel station in Karachi.", "EXPRESS"),),
            boilerplate=("credits", "timestamp", "imprint", "promo"),
        ),
    ),
    "rappler_web": (
        RAPPLER_WEB,
        Expected(
            headline="Government signs law creating disaster resilience department",
            standfirst="The new department will take over the functions of several agencies now under the defense department",
            names=("MARA SANTOS",),
            dateline=("MANILA, Philippines", None, datetime.date(2025, 11, 4)),
            paragraphs=5,
            first="The President on Tuesday",
            last="The law takes effect",
            language="en",
            captions=(("Rescuers wade through floodwaters in Marikina City.", "Leo Cruz/Rappler"),),
            boilerplate=("timestamp", "signoff", "related", "related"),
        ),
    ),
    "vnexpress_web": (
        VNEXPRESS_WEB,
        Expected(
            headline="Vietnam's exports rise 15% in October",
            names=("Hoang Minh",),
            dateline=None,
            paragraphs=4,
            first="Vietnam's exports rose",
            last="The U.S. remained",
            language="en",
            captions=(("Containers at Cat Lai port in HCMC.", "VnExpress/Quynh Tran"),),
        ),
    ),
    "joongang_web": (
        JOONGANG_WEB,
        Expected(
            headline="Seoul to expand late-night bus routes from December",
            names=("PARK JI-WON",),
            dateline=None,
            paragraphs=4,
            first="Seoul will add five",
            last="About 12,000 people",
            language="en",
            captions=(
                (
                    "A late-night bus waits at a stop in Jongno District, central Seoul, on Monday.",
                    "NEWS1",
                ),
            ),
            boilerplate=("timestamp", "credits"),
        ),
    ),
    "global_times_web": (
        GLOBAL_TIMES_WEB,
        Expected(
            headline="Chinese scientists develop new drought-resistant rice",
            names=None,
            dateline=None,
            paragraphs=4,
            first="Chinese scientists have developed",
            last="The researchers plan",
            language="en",
            boilerplate=("credits", "timestamp", "credits"),
        ),
    ),
    "stuff_web": (
        STUFF_WEB,
        Expected(
            headline="Ferry fares to rise 10% in the new year",
            standfirst="Auckland Transport says higher fuel and wage costs are behind the increase",
            names=("Tessa Grant",),
            dateline=None,
            paragraphs=5,
            first="Ferry fares in Auckland",
            last="Auckland Transport said it would review",
            language="en",
            captions=(("Commuters board a ferry at the downtown terminal.", "Ricky Wilson/Stuff"),),
            boilerplate=("timestamp",),
        ),
    ),
    "news_com_au_web": (
        NEWS_COM_AU_WEB,
        Expected(
            headline="Supermarket recalls popular snack over allergy fear",
            standfirst="A popular snack sold at a major supermarket chain has been pulled from shelves after traces of peanut were found.",
            names=("Emma Clarke",),
            dateline=None,
            paragraphs=5,
            first="A popular snack has been recalled",
            last="No illnesses have been reported.",
            language="en",
            boilerplate=("timestamp", "timestamp", "promo"),
        ),
    ),
    "men_web": (
        MEN_WEB,
        Expected(
            headline="Tram services suspended after overhead cable fault",
            standfirst="Commuters face delays across the city centre this morning",
            names=("Liam Porter",),
            dateline=None,
            paragraphs=5,
            first="Tram services through the city centre",
            last="Passengers have been told",
            language="en",
            captions=(("Trams at St Peter's Square", "Manchester Evening News"),),
            boilerplate=("timestamp", "timestamp", "promo"),
        ),
    ),
    "pa_media": (
        PA_MEDIA,
        Expected(
            headline="Nurses to vote on fresh strike action over pay",
            names=("Helen Marsh",),
            dateline=None,
            paragraphs=5,
            first="Nurses in England will be asked",
            last="A Government spokesperson said",
            language="en",
            boilerplate=("separator",),
        ),
    ),
    "ians": (
        IANS,
        Expected(
            headline="Delhi air quality slips to 'severe' as stubble fires rise",
            names=None,
            dateline=("New Delhi", "IANS", None),
            paragraphs=5,
            first="The air quality in the national capital",
            last="Doctors have advised",
            language="en",
            boilerplate=("signoff", "desk"),
        ),
    ),
    "national_post_web": (
        NATIONAL_POST_WEB,
        Expected(
            headline="Ottawa to cap international student permits again in 2026",
            standfirst="The cap will cut new permits by a further 10 per cent, the immigration minister said",
            names=("Tom Blake",),
            dateline=("OTTAWA", None, datetime.date(2025, 11, 4)),
            paragraphs=5,
            first="The federal government will cut",
            last="Provinces will be told",
            language="en",
            captions=(
                (
                    "Students walk on a university campus in Toronto.",
                    "Jane Roe /The Canadian Press",
                ),
            ),
            boilerplate=("timestamp", "page", "page"),
        ),
    ),
    "ctv_web": (
        CTV_WEB,
        Expected(
            headline="Man charged after police chase ends in crash on Highway 401",
            names=("Jane Roe",),
            dateline=None,
            paragraphs=5,
            first="A 32-year-old man has been charged",
            last="The man faces charges",
            language="en",
            captions=(
                ("A Toronto police cruiser is seen in this file photo.", "CTV News Toronto"),
            ),
            boilerplate=("timestamp", "timestamp"),
        ),
    ),
    "patch_web": (
        PATCH_WEB,
        Expected(
            headline="Police Seek Driver In Hit-And-Run That Injured Cyclist",
            standfirst="Police said the cyclist was taken to a hospital with serious injuries.",
            names=("Mark Ellis",),
            dateline=("MONTCLAIR, NJ", None, None),
            paragraphs=4,
            first="Police are looking for the driver",
            last="Anyone with information",
            language="en",
            boilerplate=("timestamp", "promo"),
        ),
    ),
    "punch_web": (
        PUNCH_WEB,
        Expected(
            headline="Senate passes N54tn 2026 budget",
            names=("Adebayo Okon",),
            dateline=None,
            paragraphs=4,
            first="The Senate on Tuesday passed",
            last="Lawmakers from the minority caucus",
            language="en",
            boilerplate=("timestamp", "promo"),
        ),
    ),
    "daily_maverick_web": (
        DAILY_MAVERICK_WEB,
        Expected(
            headline="Regulator approves 12.7% electricity tariff increase for 2026",
            kicker="SOUTH AFRICA",
            standfirst="The energy regulator has approved a smaller increase than the utility asked for, but households will still feel the pinch.",
            names=("Thandi Mokoena",),
            dateline=None,
            paragraphs=5,
            first="The National Energy Regulator on Tuesday",
            last="The new tariffs will apply",
            language="en",
            boilerplate=("timestamp", "signoff"),
        ),
    ),
    "kyiv_independent_web": (
        KYIV_INDEPENDENT_WEB,
        Expected(
            headline="Russian drone strike on Kharkiv injures 12",
            names=("Olena Koval",),
            dateline=None,
            paragraphs=4,
            first="A Russian drone attack on Kharkiv",
            last="Kharkiv, the country's",
            language="en",
            captions=(
                (
                    "Firefighters work at the site of a drone strike in Kharkiv on Nov. 4, 2025.",
                    "State Emergency Service / Telegram",
                ),
            ),
            boilerplate=("timestamp", "promo"),
        ),
    ),
    "hurriyet_web": (
        HURRIYET_WEB,
        Expected(
            headline="Türkiye's inflation eases to 32.9 percent in October",
            names=None,
            dateline=("ANKARA", None, datetime.date(2025, 11, 4)),
            paragraphs=4,
            first="Annual consumer inflation",
            last="The central bank expects",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "daily_sabah_web": (
        DAILY_SABAH_WEB,
        Expected(
            headline="Turkish central bank cuts key rate by 100 basis points",
            names=None,
            dateline=("ISTANBUL", None, datetime.date(2025, 11, 4)),
            paragraphs=4,
            first="The Turkish central bank on Tuesday",
            last="Economists expect",
            language="en",
            captions=(("The central bank building in Ankara, Jan. 10, 2025.", "AA Photo"),),
            boilerplate=("credits",),
        ),
    ),
    "the_national_web": (
        THE_NATIONAL_WEB,
        Expected(
            headline="UAE non-oil growth hits 5% as tourism booms",
            kicker="Economy",
            standfirst="Central bank raises its forecast for the year",
            names=("Jane Roe",),
            dateline=None,
            paragraphs=4,
            first="The UAE's non-oil economy",
            last="The oil sector grew",
            language="en",
            captions=(
                (
                    "Tourists at a mall in Dubai. The country welcomed more than 10 million visitors in the first half.",
                    "Pawan Singh / The National",
                ),
            ),
            boilerplate=("timestamp",),
        ),
    ),
    "buenos_aires_times_web": (
        BUENOS_AIRES_TIMES_WEB,
        Expected(
            headline="Inflation slows to 2.1% in October, statistics bureau says",
            kicker="ECONOMY",
            standfirst="The monthly rate was the lowest in four months, but annual inflation remains above 30 percent.",
            names=("Lucía Fernández",),
            dateline=None,
            paragraphs=4,
            first="Argentina's monthly inflation",
            last="Annual inflation stood",
            language="en",
            captions=(("Shoppers at a market in Buenos Aires.", "NA"),),
            boilerplate=("signoff",),
        ),
    ),
    "rss_reader": (
        RSS_READER,
        Expected(
            headline="Heatwave grips southern Europe as temperatures top 44C",
            names=("Maria Russo",),
            dateline=None,
            paragraphs=4,
            first="Temperatures climbed above 44C",
            last="Forecasters said",
            language="en",
            boilerplate=("page",),
        ),
    ),
    "reader_view": (
        READER_VIEW,
        Expected(
            headline="Heatwave grips southern Europe as temperatures top 44C",
            names=("Maria Russo",),
            dateline=None,
            paragraphs=4,
            first="Temperatures climbed above 44C",
            last="Forecasters said",
            language="en",
            boilerplate=("page", "timestamp"),
        ),
    ),
    "cached_page": (
        CACHED_PAGE,
        Expected(
            headline="Bridge to close for six months of repairs",
            names=("Daniel Green",),
            dateline=None,
            paragraphs=4,
            first="The Main Street bridge",
            last="The bridge carries",
            language="en",
            boilerplate=("page", "page", "page"),
        ),
    ),
    "archive_capture": (
        ARCHIVE_CAPTURE,
        Expected(
            headline="Bridge to close for six months of repairs",
            names=("Daniel Green",),
            dateline=None,
            paragraphs=4,
            first="The Main Street bridge",
            last="The bridge carries",
            language="en",
            boilerplate=("page", "timestamp"),
        ),
    ),
    "app_share": (
        APP_SHARE,
        Expected(
            headline="Bridge to close for six months of repairs",
            names=("Daniel Green",),
            dateline=None,
            paragraphs=4,
            first="The Main Street bridge",
            last="The bridge carries",
            language="en",
            boilerplate=("promo", "page"),
        ),
    ),
    "ein_presswire": (
        EIN_PRESSWIRE,
        Expected(
            headline="Acme Robotics opens $50 million plant in Ohio",
            standfirst="The plant will employ 300 people by the end of 2026",
            names=None,
            dateline=(
                "COLUMBUS, OH, UNITED STATES",
                "EINPresswire.com",
                datetime.date(2025, 11, 4),
            ),
            paragraphs=3,
            first="Acme Robotics, a maker",
            last='"Ohio gives us',
            language="en",
            boilerplate=("release",) * 8,
        ),
    ),
    "match_report": (
        MATCH_REPORT,
        Expected(
            headline="Rovers 3-1 City: Harris double seals derby win",
            names=("Tom Ellis",),
            dateline=None,
            paragraphs=7,
            first="Sam Harris scored twice",
            last="Referee: Paul Grant",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "court_report": (
        COURT_REPORT,
        Expected(
            headline="Man jailed for 12 years over warehouse fire that killed two",
            standfirst="Judge says defendant showed no remorse for the deaths of two night-shift workers",
            names=("Claire Bennett",),
            dateline=None,
            paragraphs=5,
            first="A man who set fire",
            last="The families of the two men",
            language="en",
        ),
    ),
    "weather_bulletin": (
        WEATHER_BULLETIN,
        Expected(
            headline="Storm Amy: red warning for wind along western coasts",
            kicker="SEVERE WEATHER WARNING",
            names=None,
            dateline=None,
            paragraphs=4,
            first="Gusts of up to 90mph",
            last="The storm is expected",
            language="en",
            boilerplate=("timestamp", "promo"),
        ),
    ),
    "corrected_story": (
        CORRECTED_STORY,
        Expected(
            headline="Council delays vote on housing plan",
            names=("Sam Patel",),
            dateline=None,
            paragraphs=4,
            first="The city council on Tuesday",
            last="A new vote is expected",
            language="en",
            boilerplate=("correction", "correction"),
        ),
    ),
    "uni": (
        UNI,
        Expected(
            headline="Govt extends free ration scheme for five more years",
            names=None,
            dateline=("New Delhi", "UNI", None),
            paragraphs=4,
            first="The Union Cabinet on Tuesday",
            last="Opposition parties said",
            language="en",
            boilerplate=("signoff",),
        ),
    ),
    "sputnik": (
        SPUTNIK,
        Expected(
            headline="Russia, China sign agreement on lunar research station",
            names=None,
            dateline=("MOSCOW", "Sputnik", None),
            paragraphs=4,
            first="Russia and China signed",
            last="The two countries first",
            language="en",
        ),
    ),
    "agenzia_nova": (
        AGENZIA_NOVA,
        Expected(
            headline="Italy: government approves budget law with 18 billion euro package",
            names=None,
            dateline=("Rome", "Nova", None),
            paragraphs=4,
            first="The Council of Ministers approved",
            last="Opposition parties criticised",
            language="en",
        ),
    ),
    "notimex": (
        NOTIMEX,
        Expected(
            headline="Mexico's central bank cuts key rate to 7.25%",
            names=None,
            dateline=("MEXICO CITY", "Notimex", None),
            paragraphs=4,
            first="The Bank of Mexico cut",
            last="Analysts expect",
            language="en",
            boilerplate=("desk",),
        ),
    ),
    "mercopress": (
        MERCOPRESS,
        Expected(
            headline="Falklands fishing season opens with record number of licences",
            names=None,
            dateline=None,
            paragraphs=4,
            first="The Falkland Islands government",
            last="The season runs",
            language="en",
            boilerplate=("timestamp", "page"),
        ),
    ),
    "africanews_web": (
        AFRICANEWS_WEB,
        Expected(
            headline="Kenya's parliament approves new tax measures",
            names=None,
            dateline=None,
            paragraphs=4,
            first="Lawmakers in Kenya",
            last="The bill now goes",
            language="en",
            boilerplate=("credits", "credits"),
        ),
    ),
    "east_african_web": (
        EAST_AFRICAN_WEB,
        Expected(
            headline="Tanzania, Kenya agree to end border trade disputes",
            names=("JANE NJERI",),
            dateline=None,
            paragraphs=4,
            first="Tanzania and Kenya have agreed",
            last="The two countries will meet",
            language="en",
            captions=(("Trucks queue at the Namanga border post.", "FILE"),),
            boilerplate=("timestamp",),
        ),
    ),
    "ghanaweb": (
        GHANAWEB,
        Expected(
            headline="Parliament approves 2026 budget",
            names=None,
            dateline=None,
            paragraphs=4,
            first="Parliament has approved",
            last="The budget now goes",
            language="en",
            boilerplate=("timestamp", "credits"),
        ),
    ),
    "the_citizen_tz": (
        THE_CITIZEN_TZ,
        Expected(
            headline="Bank of Tanzania holds central bank rate at 5.75pc",
            names=("Alex Mwita",),
            dateline=("Dar es Salaam", None, None),
            paragraphs=4,
            first="The Bank of Tanzania (BoT)",
            last="Commercial banks",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "devdiscourse": (
        DEVDISCOURSE,
        Expected(
            headline="Chipmaker shares jump after record quarter",
            names=None,
            dateline=None,
            paragraphs=4,
            first="Shares of a chipmaker",
            last="Analysts had expected",
            language="en",
            boilerplate=("credits", "credits"),
        ),
    ),
    "inquirer_web": (
        INQUIRER_WEB,
        Expected(
            headline="Senate approves bill on free college entrance exams",
            names=("Maria Santos",),
            dateline=("MANILA, Philippines", None, None),
            paragraphs=4,
            first="The Senate on Monday approved",
            last="The House of Representatives",
            language="en",
            boilerplate=("timestamp", "related", "promo"),
        ),
    ),
    "the_star_my_web": (
        THE_STAR_MY_WEB,
        Expected(
            headline="Govt to table Budget 2026 on Oct 10",
            kicker="Nation",
            names=("JOHN LEE",),
            dateline=("KUALA LUMPUR", None, None),
            paragraphs=4,
            first="The government will table",
            last="Economists expect",
            language="en",
            boilerplate=("timestamp", "timestamp", "promo"),
        ),
    ),
    "bangkok_post_web": (
        BANGKOK_POST_WEB,
        Expected(
            headline="Cabinet approves B10bn flood relief package",
            names=None,
            dateline=None,
            paragraphs=4,
            first="The cabinet on Tuesday approved",
            last="More than 200,000",
            language="en",
            captions=(("Flood water covers a road in Ayutthaya on Monday.", "Jane Roe"),),
            boilerplate=("timestamp", "page", "credits"),
        ),
    ),
    "china_daily_web": (
        CHINA_DAILY_WEB,
        Expected(
            headline="Beijing to expand subway network by 100 km",
            names=("ZHANG YI",),
            dateline=None,
            paragraphs=4,
            first="Beijing will add 100 kilometers",
            last="The new lines will serve",
            language="en",
            captions=(("Passengers board a train at a station in Beijing.", "Photo/VCG"),),
            boilerplate=("timestamp",),
        ),
    ),
    "herald_scotland_web": (
        HERALD_SCOTLAND_WEB,
        Expected(
            headline="Subway fares to rise by 10p from January",
            names=("Euan Reid",),
            dateline=None,
            paragraphs=4,
            first="Subway fares in Glasgow",
            last="Passenger groups said",
            language="en",
            boilerplate=("share", "promo"),
        ),
    ),
    "local_tv_widgets": (
        LOCAL_TV_WIDGETS,
        Expected(
            headline="Crews battle brush fire near Highway 50",
            names=None,
            dateline=("SACRAMENTO, Calif.", "KXYZ", datetime.date(2025, 11, 4)),
            paragraphs=4,
            first="Firefighters were battling",
            last="No homes were threatened",
            language="en",
            boilerplate=("page", "page", "page", "page", "credits", "timestamp", "promo"),
        ),
    ),
    "brazil_reporter_web": (
        BRAZIL_REPORTER_WEB,
        Expected(
            headline="Brazil's unemployment falls to record low of 5.6%",
            names=("Ana Souza",),
            dateline=None,
            paragraphs=4,
            first="Brazil's unemployment rate fell",
            last="Economists said",
            language="en",
            # (the page's date after the dash is a stamp, not the byline's)
            boilerplate=("timestamp",),
            captions=(("Workers at a car factory in São Paulo.", "Agência Brasil"),),
        ),
    ),
    "jakarta_post_web": (
        JAKARTA_POST_WEB,
        Expected(
            headline="Govt raises minimum wage by 6.5 percent for 2026",
            names=("Rina Wulandari",),
            dateline=("Jakarta", None, datetime.date(2025, 11, 4)),
            paragraphs=4,
            first="The government will raise",
            last="Provinces must announce",
            language="en",
            captions=(("Workers leave a garment factory in Tangerang.", "JP/Seto Wardhana"),),
        ),
    ),
    "irish_independent_web": (
        IRISH_INDEPENDENT_WEB,
        Expected(
            headline="Dublin Bus to add 200 electric buses next year",
            names=("Ciara Byrne",),
            dateline=None,
            paragraphs=4,
            first="Dublin Bus will add",
            last="Unions welcomed",
            language="en",
            boilerplate=("share", "timestamp", "promo"),
        ),
    ),
    "the_age_web": (
        THE_AGE_WEB,
        Expected(
            headline="Metro tunnel to open three months early",
            standfirst="The tunnel will open to passengers on December 1, the premier says.",
            names=("Kate Fisher",),
            dateline=None,
            paragraphs=4,
            first="The $13 billion Metro Tunnel",
            last="The opposition said",
            language="en",
            boilerplate=("timestamp", "share", "page", "page"),
        ),
    ),
    "times_of_malta_web": (
        TIMES_OF_MALTA_WEB,
        Expected(
            headline="Government announces €50 million plan for Gozo roads",
            standfirst="Works to start in spring, minister says",
            names=("Jane Roe",),
            dateline=None,
            paragraphs=4,
            first="The government has announced",
            last="The opposition said",
            language="en",
            captions=(("Works on a road in Gozo.", "Jonathan Borg"),),
            boilerplate=("timestamp", "timestamp", "promo"),
        ),
    ),
    "cyprus_mail_web": (
        CYPRUS_MAIL_WEB,
        Expected(
            headline="Unemployment drops to 4.5 per cent",
            names=None,
            dateline=None,
            paragraphs=4,
            first="Unemployment in Cyprus fell",
            last="Economists said",
            language="en",
            boilerplate=("credits", "promo"),
        ),
    ),
    "jamaica_observer_web": (
        JAMAICA_OBSERVER_WEB,
        Expected(
            headline="Power company to raise rates by 3 per cent",
            names=("KAREN BROWN",),
            dateline=None,
            paragraphs=4,
            first="The island's power company",
            last="Consumer groups said",
            language="en",
            boilerplate=("credits", "timestamp"),
        ),
    ),
    "saudi_gazette_web": (
        SAUDI_GAZETTE_WEB,
        Expected(
            headline="Saudi Arabia launches tourist visa for Gulf residents",
            names=None,
            dateline=("RIYADH", None, None),
            paragraphs=4,
            first="Saudi Arabia has launched",
            last="The ministry said it hoped",
            language="en",
            boilerplate=("credits",),
        ),
    ),
    "gleaner_web": (
        GLEANER_WEB,
        Expected(
            headline="Gov't to spend $2b on school repairs",
            names=("Jane Roe",),
            dateline=None,
            paragraphs=4,
            first="The government will spend",
            last="Teachers' unions",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "email_forward": (
        EMAIL_FORWARD,
        Expected(
            headline="Library to extend weekend opening hours",
            names=("Nina Patel",),
            dateline=None,
            paragraphs=4,
            first="The city's main library",
            last="Library staff said",
            language="en",
            boilerplate=("page",) * 5,
        ),
    ),
    "instapaper_export": (
        INSTAPAPER_EXPORT,
        Expected(
            headline="Library to extend weekend opening hours",
            names=("Nina Patel",),
            dateline=None,
            paragraphs=4,
            first="The city's main library",
            last="Library staff said",
            language="en",
            boilerplate=("page", "timestamp"),
        ),
    ),
    "channel_post": (
        CHANNEL_POST,
        Expected(
            headline="🔴 Library to extend weekend opening hours",
            names=None,
            dateline=None,
            paragraphs=3,
            first="The city's main library",
            last="Branch libraries",
            language="en",
            boilerplate=("promo", "page"),
        ),
    ),
    "korea_times_web": (
        KOREA_TIMES_WEB,
        Expected(
            headline="Seoul to cut subway fares for young adults",
            names=None,
            dateline=None,
            paragraphs=4,
            first="Seoul will cut subway fares",
            last="The city said the cost",
            language="en",
            captions=(("Passengers at a subway station in Seoul, Monday.", "Yonhap"),),
            boilerplate=("timestamp",),
        ),
    ),
    "news_app_copy": (
        NEWS_APP_COPY,
        Expected(
            headline="Library to extend weekend opening hours",
            names=None,
            dateline=None,
            paragraphs=4,
            first="The city's main library",
            last="Library staff said",
            language="en",
            boilerplate=("page", "page"),
        ),
    ),
    "le_monde_en_web": (
        LE_MONDE_EN_WEB,
        Expected(
            headline="Paris city council votes to close three more streets to cars",
            kicker="France",
            standfirst="The measure, backed by the mayor's majority, will take effect in the spring.",
            names=None,
            dateline=None,
            paragraphs=3,
            first="The Paris city council on Tuesday",
            last="Opposition councillors",
            language="en",
            boilerplate=("credits", "timestamp", "timestamp", "page", "page", "promo"),
        ),
    ),
    "politico_eu_web": (
        POLITICO_EU_WEB,
        Expected(
            headline="Brussels weighs new rules for short-term rentals",
            names=("Jane Doe",),
            dateline=("BRUSSELS", None, None),
            paragraphs=3,
            first="The European Commission",
            last="A spokesperson",
            language="en",
            boilerplate=("timestamp", "promo", "promo"),
        ),
    ),
    "the_local_se_web": (
        THE_LOCAL_SE_WEB,
        Expected(
            headline="Sweden to raise minimum age for buying energy drinks",
            names=None,
            dateline=None,
            paragraphs=3,
            first="The Swedish government",
            last="Retailers said",
            language="en",
            captions=(
                ("Energy drinks on a supermarket shelf in Stockholm.", "Fredrik Sandberg/TT"),
            ),
            boilerplate=("timestamp", "timestamp", "share"),
        ),
    ),
    "rferl_web": (
        RFERL_WEB,
        Expected(
            headline="Kyrgyz Court Jails Blogger For Five Years",
            names=None,
            dateline=("BISHKEK", None, None),
            paragraphs=3,
            first="A court in Kyrgyzstan",
            last="Rights groups",
            language="en",
            boilerplate=("credits", "timestamp", "copyright"),
        ),
    ),
    "voa_web": (
        VOA_WEB,
        Expected(
            headline="Flooding displaces thousands in northern Nigeria",
            names=("John Smith",),
            dateline=("ABUJA, NIGERIA", None, None),
            paragraphs=3,
            first="Flooding in northern Nigeria",
            last="Aid groups said",
            language="en",
            captions=(
                ("People wade through floodwater in Maiduguri, Nigeria, Sept. 10, 2024.", None),
            ),
            boilerplate=("timestamp", "credits"),
        ),
    ),
    "balkan_insight_web": (
        BALKAN_INSIGHT_WEB,
        Expected(
            headline="Serbian Teachers Extend Strike Into Third Week",
            standfirst="Teachers' unions say the government has not answered their demands on pay and working conditions.",
            names=("Jane Doe",),
            dateline=("Belgrade", None, None),
            paragraphs=3,
            first="Thousands of teachers",
            last="The ministry said",
            language="en",
            captions=(
                (
                    "Teachers protest in front of the education ministry in Belgrade.",
                    "BETA/John Roe",
                ),
            ),
            boilerplate=("timestamp", "timestamp"),
        ),
    ),
    "kathmandu_post_web": (
        KATHMANDU_POST_WEB,
        Expected(
            headline="Kathmandu valley to get new bus routes",
            standfirst="The city plans to add 12 routes linking the ring road with outer municipalities.",
            names=("John Smith",),
            dateline=None,
            paragraphs=3,
            first="The Kathmandu Metropolitan City",
            last="Transport operators",
            language="en",
            captions=(("Passengers board a bus in Kathmandu.", "Post File Photo"),),
            boilerplate=("timestamp", "timestamp", "imprint"),
        ),
    ),
    "dhaka_tribune_web": (
        DHAKA_TRIBUNE_WEB,
        Expected(
            headline="Dhaka metro to run until midnight from next month",
            names=None,
            dateline=None,
            paragraphs=3,
            first="Metro rail services",
            last="The operator said more",
            language="en",
            captions=(
                (
                    "Passengers wait for a train at a metro station in Dhaka.",
                    "Jane Doe/Dhaka Tribune",
                ),
            ),
            boilerplate=("credits", "timestamp", "timestamp"),
        ),
    ),
    "gma_news_web": (
        GMA_NEWS_WEB,
        Expected(
            headline="Rice prices expected to ease in April — DA",
            names=("JOHN SMITH",),
            dateline=None,
            paragraphs=3,
            first="Rice prices are expected",
            last="Retailers in Metro Manila",
            language="en",
            boilerplate=("timestamp", "timestamp", "signoff"),
        ),
    ),
    "al_monitor_web": (
        AL_MONITOR_WEB,
        Expected(
            headline="Jordan signs water deal with Gulf investors",
            standfirst="The desalination plant on the Red Sea coast is expected to supply water to Amman by 2029.",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="Jordan signed an agreement",
            last="Officials said construction",
            language="en",
            captions=(("A view of the port of Aqaba, Jordan.", "JOHN ROE/AFP via Getty Images"),),
            boilerplate=("timestamp",),
        ),
    ),
    "epaper_pdf": (
        EPAPER_PDF,
        Expected(
            headline="County opens new\nrecycling center",
            names=("JANE DOE",),
            dateline=("RIVERTON", None, None),
            paragraphs=3,
            first="The county opened",
            last="Residents had complained",
            language="en",
            boilerplate=("page", "related"),
        ),
    ),
    "tts_transcript": (
        TTS_TRANSCRIPT,
        Expected(
            headline="City to plant 10,000 trees by 2030",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="The city will plant",
            last="The plan will cost",
            language="en",
            boilerplate=("promo", "promo"),
        ),
    ),
    "linkedin_article": (
        LINKEDIN_ARTICLE,
        Expected(
            headline="Why our newsroom moved to a four-day week",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="Six months ago",
            last="We still have problems",
            language="en",
            boilerplate=(
                "credits",
                "credits",
                "timestamp",
                "share",
                "share",
                "share",
                "share",
                "page",
            ),
        ),
    ),
    "medium_repost": (
        MEDIUM_REPOST,
        Expected(
            headline="How a small town saved its local paper",
            standfirst="Readers bought shares in the paper when its owner put it up for sale",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="When the owner",
            last="The paper now prints",
            language="en",
            boilerplate=(
                "share",
                "timestamp",
                "separator",
                "timestamp",
                "separator",
                "share",
                "share",
                "promo",
            ),
        ),
    ),
    "facebook_post": (
        FACEBOOK_POST,
        Expected(
            headline="Main Street bridge to close for repairs",
            names=None,
            dateline=None,
            paragraphs=2,
            first="The Main Street bridge",
            last="Drivers will be sent",
            language="en",
            boilerplate=("page", "timestamp", "promo", "page", "share", "share", "share"),
        ),
    ),
    "the_diplomat_web": (
        THE_DIPLOMAT_WEB,
        Expected(
            headline="Vietnam's Parliament Approves Merger of Provinces",
            standfirst="The move will cut the number of provinces by nearly half.",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="Vietnam's parliament",
            last="Critics say",
            language="en",
            captions=(("The National Assembly building in Hanoi.", "Depositphotos"),),
            boilerplate=("page", "timestamp", "promo", "page", "page", "credits", "credits"),
        ),
    ),
    "caixin_web": (
        CAIXIN_WEB,
        Expected(
            headline="Chinese Carmakers Cut Prices Again as Demand Slows",
            names=("Jane Doe", "John Smith"),
            dateline=None,
            paragraphs=3,
            first="Several Chinese carmakers",
            last="Analysts expect",
            language="en",
            captions=(("Cars wait to be loaded at a port in Shanghai.", "VCG"),),
            boilerplate=("timestamp", "page", "credits", "promo", "promo"),
        ),
    ),
    "abs_cbn_web": (
        ABS_CBN_WEB,
        Expected(
            headline="Manila to close school for repairs after quake",
            names=("Jane Doe",),
            dateline=("MANILA", None, datetime.date(2025, 3, 3)),
            paragraphs=3,
            first="A public school",
            last="Classes will move",
            language="en",
            captions=(("Students leave a school in Manila.", "Jane Doe, ABS-CBN News/File"),),
            boilerplate=("timestamp", "credits"),
        ),
    ),
    "middle_east_eye_web": (
        MIDDLE_EAST_EYE_WEB,
        Expected(
            headline="Egypt raises fuel prices for second time this year",
            standfirst="Government says the rise is needed to meet the terms of an IMF loan",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="Egypt raised fuel prices",
            last="Economists said",
            language="en",
            captions=(("A petrol station in Cairo on 3 March 2025", "Reuters"),),
            boilerplate=("timestamp", "promo"),
        ),
    ),
    "nation_live_web": (
        NATION_LIVE_WEB,
        Expected(
            headline="Treasury reads budget statement",
            kicker="LIVE",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="The Treasury Cabinet",
            last="Security has been",
            language="en",
            boilerplate=("timestamp", "timestamp", "timestamp", "timestamp"),
        ),
    ),
    "el_pais_en_web": (
        EL_PAIS_EN_WEB,
        Expected(
            headline="Spain's Congress approves housing bill",
            kicker="INTERNATIONAL",
            standfirst="The law caps rent increases in areas declared under stress",
            names=("JANE DOE",),
            dateline=("Madrid", None, datetime.date(2025, 3, 3)),
            paragraphs=3,
            first="Spain's Congress approved",
            last="Landlords'",
            language="en",
            boilerplate=("promo",),
        ),
    ),
    "euractiv_web": (
        EURACTIV_WEB,
        Expected(
            headline="Brussels plans new rules on packaging waste",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="The European Commission",
            last="Industry groups",
            language="en",
            boilerplate=("timestamp", "timestamp", "page", "credits"),
        ),
    ),
    "la_times_web": (
        LA_TIMES_WEB,
        Expected(
            headline="California lawmakers approve wildfire insurance bill",
            standfirst="The bill would require insurers to offer coverage in high-risk areas.",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="California lawmakers on Monday",
            last="The governor",
            language="en",
            boilerplate=("timestamp", "share", "share", "related", "related"),
        ),
    ),
    "usa_today_web": (
        USA_TODAY_WEB,
        Expected(
            headline="Airlines cancel hundreds of flights as storm hits Northeast",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="Travelers faced",
            last="Airlines issued",
            language="en",
            boilerplate=("credits", "credits"),
        ),
    ),
    "gannett_local_web": (
        GANNETT_LOCAL_WEB,
        Expected(
            headline="County approves new budget with property tax increase",
            names=("Jane Doe",),
            dateline=("SPRINGFIELD", None, datetime.date(2025, 11, 5)),
            paragraphs=3,
            first="The county commission",
            last="Two commissioners",
            language="en",
            boilerplate=("timestamp", "promo"),
        ),
    ),
    "mcclatchy_web": (
        MCCLATCHY_WEB,
        Expected(
            headline="Heat wave sends dozens to hospitals across Central Valley",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="Dozens of people",
            last="The heat is expected",
            language="en",
            boilerplate=("timestamp", "share", "promo", "related"),
        ),
    ),
    "tribune_web": (
        TRIBUNE_WEB,
        Expected(
            headline="Chicago aldermen back plan to expand bike lanes",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="Chicago aldermen",
            last="Cycling groups",
            language="en",
            boilerplate=("timestamp", "promo"),
        ),
    ),
    "new_yorker_web": (
        NEW_YORKER_WEB,
        Expected(
            headline="The Weight of the River",
            standfirst="A small town on the Mississippi reckons with a century of floods.",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="The river came up",
            last="This time the levee",
            language="en",
            boilerplate=("timestamp", "imprint", "credits"),
        ),
    ),
    "wired_web": (
        WIRED_WEB,
        Expected(
            headline="The Battery Startup That Wants to Replace Lithium",
            kicker="Business",
            standfirst="A small company says its sodium cells can power cars for half the cost. Carmakers are starting to listen.",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="A startup in Nevada",
            last="Analysts said",
            language="en",
            boilerplate=("timestamp", "credits", "share", "page"),
        ),
    ),
    "propublica_republish": (
        PROPUBLICA_REPUBLISH,
        Expected(
            headline="How a State Program Left Thousands Without Dental Care",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="Thousands of children",
            last="State officials",
            language="en",
            boilerplate=("promo", "promo"),
        ),
    ),
    "texas_tribune_republish": (
        TEXAS_TRIBUNE_REPUBLISH,
        Expected(
            headline="Texas lawmakers approve school funding boost",
            names=("JANE DOE",),
            dateline=("AUSTIN", None, None),
            paragraphs=3,
            first="Texas lawmakers",
            last="Teachers groups",
            language="en",
            boilerplate=("promo", "promo"),
        ),
    ),
    "calmatters_republish": (
        CALMATTERS_REPUBLISH,
        Expected(
            headline="California expands free school meals to summer",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="California will pay",
            last="School districts",
            language="en",
            boilerplate=("timestamp", "promo"),
        ),
    ),
    "stat_web": (
        STAT_WEB,
        Expected(
            headline="FDA approves first gene therapy for rare muscle disease",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="The Food and Drug",
            last="Patient groups",
            language="en",
            boilerplate=("timestamp", "page", "page", "page", "credits", "credits", "credits"),
        ),
    ),
    "chalkbeat_web": (
        CHALKBEAT_WEB,
        Expected(
            headline="Denver school board votes to close three elementary schools",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="The Denver school board",
            last="The district will",
            language="en",
            boilerplate=("timestamp", "promo", "credits"),
        ),
    ),
    "athletic_web": (
        ATHLETIC_WEB,
        Expected(
            headline="Why the Giants' rebuild is ahead of schedule",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="The Giants were",
            last="Their young",
            language="en",
            boilerplate=("timestamp", "credits", "credits"),
        ),
    ),
    "espn_web": (
        ESPN_WEB,
        Expected(
            headline="Rangers beat Astros in extra innings",
            names=("Jane Doe",),
            dateline=("ARLINGTON, Texas", None, None),
            paragraphs=3,
            first="Marcus Lee",
            last="Houston has",
            language="en",
            boilerplate=("timestamp", "page", "credits"),
        ),
    ),
    "variety_web": (
        VARIETY_WEB,
        Expected(
            headline="Studio Sets Summer Release for Space Sequel",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="The studio has set",
            last="Most of the cast",
            language="en",
            boilerplate=("timestamp", "related", "related", "related"),
        ),
    ),
    "billboard_web": (
        BILLBOARD_WEB,
        Expected(
            headline="Singer's New Album Debuts at No. 1",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="A singer's new album",
            last="The album's lead",
            language="en",
            boilerplate=("timestamp", "promo", "page"),
        ),
    ),
    "marketwatch_web": (
        MARKETWATCH_WEB,
        Expected(
            headline="Stocks close higher as tech rally resumes",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="U.S. stocks closed",
            last="Treasury yields",
            language="en",
            boilerplate=("timestamp", "timestamp", "credits"),
        ),
    ),
    "cnbc_web": (
        CNBC_WEB,
        Expected(
            headline="Retail sales rise more than expected in October",
            standfirst="Retail sales rose 0.6% in October.",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="Retail sales rose 0.6% in October, more",
            last="The data suggest",
            language="en",
            boilerplate=("timestamp", "timestamp", "page"),
        ),
    ),
    "forbes_contributor_web": (
        FORBES_CONTRIBUTOR_WEB,
        Expected(
            headline="Why Small Businesses Are Slow To Adopt AI",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="Small businesses have",
            last="Cost and a lack",
            language="en",
            boilerplate=("credits", "timestamp", "promo", "credits", "page", "page"),
        ),
    ),
    "business_insider_web": (
        BUSINESS_INSIDER_WEB,
        Expected(
            headline="Tech companies are quietly cutting middle managers",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="Tech companies are cutting",
            last="Workers say",
            language="en",
            boilerplate=("timestamp", "share", "share", "related"),
        ),
    ),
    "the_hill_web": (
        THE_HILL_WEB,
        Expected(
            headline="Senate passes stopgap bill to avert shutdown",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="The Senate on Tuesday",
            last="Lawmakers from",
            language="en",
            boilerplate=("timestamp", "copyright"),
        ),
    ),
    "npr_member_web": (
        NPR_MEMBER_WEB,
        Expected(
            headline="State lawmakers weigh limits on rent increases",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="State lawmakers are",
            last="Landlords say",
            language="en",
            boilerplate=("timestamp", "page", "copyright"),
        ),
    ),
    "pbs_newshour_transcript": (
        PBS_NEWSHOUR_TRANSCRIPT,
        Expected(
            headline="Wildfire smoke raises health concerns across the West",
            names=None,
            dateline=None,
            paragraphs=3,
            first="Wildfire smoke has",
            last="Officials expect",
            language="en",
            boilerplate=("timestamp", "page", "page", "promo"),
        ),
    ),
    "cp_regional_web": (
        CP_REGIONAL_WEB,
        Expected(
            headline="Ottawa announces new funding for rural internet",
            names=None,
            dateline=("OTTAWA", None, datetime.date(2025, 11, 4)),
            paragraphs=3,
            first="The federal government",
            last="Opposition critics",
            language="en",
            boilerplate=("credits", "timestamp", "promo"),
        ),
    ),
    "belfast_telegraph_web": (
        BELFAST_TELEGRAPH_WEB,
        Expected(
            headline="Stormont agrees new plan to cut hospital waiting lists",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="Stormont ministers",
            last="Health unions",
            language="en",
            boilerplate=("timestamp", "promo"),
        ),
    ),
    "scotsman_web": (
        SCOTSMAN_WEB,
        Expected(
            headline="Edinburgh tram extension gets green light",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="Councillors have",
            last="Opponents said",
            language="en",
            boilerplate=("timestamp", "share"),
        ),
    ),
    "evening_standard_web": (
        EVENING_STANDARD_WEB,
        Expected(
            headline="Tube strike to go ahead next week, union confirms",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="Tube workers",
            last="Transport for London",
            language="en",
            boilerplate=("timestamp", "promo"),
        ),
    ),
    "metro_uk_web": (
        METRO_UK_WEB,
        Expected(
            headline="Man rescued after getting stuck in mud for six hours",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="A man was rescued",
            last="He was taken",
            language="en",
            boilerplate=("timestamp", "share", "share", "credits"),
        ),
    ),
    "mirror_web": (
        MIRROR_WEB,
        Expected(
            headline="Gran, 92, completes charity skydive for hospice that cared for husband",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="A 92-year-old",
            last="Staff at the hospice",
            language="en",
            boilerplate=("timestamp", "credits"),
        ),
    ),
    "pa_local_uk": (
        PA_LOCAL_UK,
        Expected(
            headline="Rail fares to rise by 4.6% in March",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="Rail fares",
            last="Campaigners said",
            language="en",
            boilerplate=("credits",),
        ),
    ),
    "newsroom_nz_web": (
        NEWSROOM_NZ_WEB,
        Expected(
            headline="Councils warn of rates rises as water costs mount",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="Councils across",
            last="The Government said",
            language="en",
            boilerplate=("promo",),
        ),
    ),
    "gov_uk_press_release": (
        GOV_UK_PRESS_RELEASE,
        Expected(
            headline="New funding to tackle potholes announced",
            kicker="Press release",
            standfirst="Councils will receive an extra £500 million to repair local roads, the Transport Secretary has announced.",
            names=None,
            dateline=None,
            paragraphs=3,
            first="The money will",
            last="The Transport Secretary",
            language="en",
            boilerplate=("release", "release", "timestamp", "timestamp"),
        ),
    ),
    "doj_press_release": (
        DOJ_PRESS_RELEASE,
        Expected(
            headline="Springfield Man Sentenced to 10 Years for Fraud Scheme",
            kicker="Press Release",
            names=None,
            dateline=("SPRINGFIELD, Ill.", None, datetime.date(2025, 11, 4)),
            paragraphs=3,
            first="A Springfield man",
            last="The case was",
            language="en",
            boilerplate=("timestamp", "release", "release", "timestamp"),
        ),
    ),
    "un_news_web": (
        UN_NEWS_WEB,
        Expected(
            headline="Millions face hunger as aid funding falls, UN warns",
            names=None,
            dateline=None,
            paragraphs=3,
            first="Millions of people",
            last="Agencies appealed",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "university_press_web": (
        UNIVERSITY_PRESS_WEB,
        Expected(
            headline="Researchers find new way to recycle plastic waste",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="Researchers at",
            last="The team hopes",
            language="en",
            boilerplate=("timestamp", "release"),
        ),
    ),
    "ap_fact_check": (
        AP_FACT_CHECK,
        Expected(
            headline="Video does not show ballots being destroyed",
            kicker="FACT FOCUS",
            names=("JANE DOE",),
            dateline=None,
            paragraphs=3,
            first="A video shared",
            last="The county posted",
            language="en",
            boilerplate=("timestamp", "promo"),
        ),
    ),
    "morning_newsletter": (
        MORNING_NEWSLETTER,
        Expected(
            headline=None,
            names=None,
            dateline=None,
            paragraphs=4,
            first="Good morning",
            last="Oil prices",
            language="en",
            boilerplate=("promo", "promo", "page"),  # (the small print, then its links)
        ),
    ),
    "plaintext_email_edition": (
        PLAINTEXT_EMAIL_EDITION,
        Expected(
            headline="City council approves ferry terminal sale after decade-long fight",
            names=("Maria Lund",),
            dateline=("PORTLAND, Maine", None, None),
            paragraphs=5,
            first="The city council voted 6-3",
            last="The sale is expected",
            language="en",
            boilerplate=("page", "promo", "page", "copyright"),  # (the small print, its link)
        ),
    ),
    "pocket_export": (
        POCKET_EXPORT,
        Expected(
            headline="Mayor unveils plan to plant 100,000 trees",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="The mayor unveiled",
            last="The city will pay",
            language="en",
            boilerplate=("page", "page"),
        ),
    ),
    "pdf_print_edition": (
        PDF_PRINT_EDITION,
        Expected(
            headline="Water rates to rise 8 percent",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="The city's water rates",
            last="Board members",
            language="en",
            boilerplate=("page",),
        ),
    ),
    "cnn_live_posts": (
        CNN_LIVE_POSTS,
        Expected(
            headline="Storm batters Gulf Coast",
            kicker="Live updates",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=4,
            first="Officials in Mobile",
            last="Crews will not",
            language="en",
            boilerplate=("timestamp", "timestamp", "credits", "timestamp", "credits"),
        ),
    ),
    "guardian_au_live": (
        GUARDIAN_AU_LIVE,
        Expected(
            headline="Senate passes climate bill",
            kicker="Australia news live",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="The Senate has passed",
            last="The opposition leader",
            language="en",
            boilerplate=("timestamp", "page", "timestamp", "timestamp"),
        ),
    ),
    "ndtv_web": (
        NDTV_WEB,
        Expected(
            headline="Parliament Clears Bill To Tighten Rules For Cooperative Banks",
            kicker="India News",
            standfirst="The bill was passed by a voice vote after a brief debate in the Rajya Sabha on Tuesday.",
            names=("Ananya Sharma",),
            dateline=("New Delhi", None, datetime.date(2025, 11, 4)),
            paragraphs=4,
            first="The Rajya Sabha on Tuesday",
            last="The minister said",
            language="en",
            boilerplate=("page", "credits", "timestamp", "timestamp", "share", "promo"),
        ),
    ),
    "hindustan_times_web": (
        HINDUSTAN_TIMES_WEB,
        Expected(
            headline="Centre extends free ration scheme by five years",
            kicker="India News",
            standfirst="The scheme covers about 800 million people and will cost the exchequer an estimated Rs 11 lakh crore over the period, officials said.",
            names=("Priya Menon",),
            dateline=None,
            paragraphs=3,
            first="The Union Cabinet on Tuesday",
            last="Economists said",
            language="en",
            boilerplate=("timestamp", "share", "share", "promo"),
        ),
    ),
    "cna_web": (
        CNA_WEB,
        Expected(
            headline="MRT line to close early on Sundays for three months for track works",
            kicker="Singapore",
            standfirst="Trains on the line will stop running at 11pm on Sundays from January.",
            names=("Jane Tan",),
            dateline=("SINGAPORE", None, None),
            paragraphs=3,
            first="Train services on a major",
            last="About 40,000 commuters",
            language="en",
            captions=(("Commuters at an MRT station in Singapore.", "CNA/Jeremy Long"),),
            boilerplate=("timestamp", "timestamp", "share", "share", "credits"),
        ),
    ),
    "malay_mail_web": (
        MALAY_MAIL_WEB,
        Expected(
            headline="Cabinet approves higher minimum wage for plantation workers",
            kicker="Malaysia",
            names=None,
            dateline=("KUALA LUMPUR", None, datetime.date(2025, 11, 4)),
            paragraphs=3,
            first="The Cabinet has approved",
            last="Employers' groups",
            language="en",
            boilerplate=("timestamp", "signoff"),
        ),
    ),
    "edge_malaysia_web": (
        EDGE_MALAYSIA_WEB,
        Expected(
            headline="Ringgit opens higher against US dollar on firmer oil prices",
            names=None,
            dateline=("KUALA LUMPUR", None, datetime.date(2025, 11, 4)),
            paragraphs=3,
            first="The ringgit opened higher",
            last="A dealer said",
            language="en",
            boilerplate=("page", "timestamp", "promo"),
        ),
    ),
    "philstar_web": (
        PHILSTAR_WEB,
        Expected(
            headline="Senate approves bill on free college entrance exams",
            names=("Jose Reyes",),
            dateline=("MANILA, Philippines", None, None),
            paragraphs=3,
            first="The Senate has approved",
            last="The bill will be reconciled",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "jordan_times_web": (
        JORDAN_TIMES_WEB,
        Expected(
            headline="Jordan, Iraq sign deal on pipeline feasibility study",
            names=None,
            dateline=("AMMAN", None, None),
            paragraphs=3,
            first="Jordan and Iraq on Tuesday",
            last="The two countries first",
            language="en",
            boilerplate=("credits",),
        ),
    ),
    "ahram_online_web": (
        AHRAM_ONLINE_WEB,
        Expected(
            headline="Egypt's inflation eases to 12.1 percent in October",
            names=("Mohamed Hassan",),
            dateline=None,
            paragraphs=3,
            first="Egypt's annual urban",
            last="The central bank is due",
            language="en",
            boilerplate=("page",),
        ),
    ),
    "kuna_web": (
        KUNA_WEB,
        Expected(
            headline="Kuwait, Oman discuss closer trade ties",
            names=None,
            dateline=("KUWAIT", "KUNA", datetime.date(2025, 11, 4)),
            paragraphs=3,
            first="Kuwait and Oman discussed",
            last="Trade between the two",
            language="en",
            boilerplate=("separator",),
            reference_date=datetime.date(2025, 11, 5),
        ),
    ),
    "wam_web": (
        WAM_WEB,
        Expected(
            headline="UAE, India agree to boost food security cooperation",
            names=None,
            dateline=("ABU DHABI", "WAM", datetime.date(2025, 11, 4)),
            paragraphs=3,
            first="The UAE and India have agreed",
            last="The two sides also",
            language="en",
        ),
    ),
    "india_today_web": (
        INDIA_TODAY_WEB,
        Expected(
            headline="Heavy rain lashes Chennai, schools shut in four districts",
            standfirst="The weather office has issued an orange alert for Chennai and three neighbouring districts until Thursday.",
            names=("Meera Iyer",),
            dateline=("Chennai", None, None),
            paragraphs=3,
            first="Heavy rain lashed Chennai",
            last="The weather office said",
            language="en",
            boilerplate=("page", "credits", "timestamp", "credits", "credits", "timestamp"),
        ),
    ),
    "scroll_web": (
        SCROLL_WEB,
        Expected(
            headline="Kerala High Court stays order on temple festival elephants",
            kicker="Law",
            standfirst="The court said the state must first frame rules on the distance between elephants and crowds.",
            names=None,
            dateline=None,
            paragraphs=3,
            first="The Kerala High Court on Tuesday",
            last="The court will hear",
            language="en",
            boilerplate=("credits", "timestamp", "credits"),
        ),
    ),
    "theprint_pti_web": (
        THEPRINT_PTI_WEB,
        Expected(
            headline="Winter session of Parliament to begin on December 1",
            kicker="India",
            names=None,
            dateline=("New Delhi", "PTI", datetime.date(2025, 11, 4)),
            paragraphs=3,
            first="The winter session of Parliament",
            last="The government plans",
            language="en",
            boilerplate=("credits", "timestamp", "credits"),
        ),
    ),
    "geo_web": (
        GEO_WEB,
        Expected(
            headline="Govt approves Rs50bn package for flood-hit farmers",
            kicker="Pakistan",
            names=None,
            dateline=("ISLAMABAD", None, None),
            paragraphs=3,
            first="The federal cabinet on Tuesday",
            last="Provincial governments",
            language="en",
            boilerplate=("credits", "timestamp", "credits"),
        ),
    ),
    "prothom_alo_web": (
        PROTHOM_ALO_WEB,
        Expected(
            headline="Dhaka's air quality worst in the world on Tuesday morning",
            kicker="Bangladesh",
            names=None,
            dateline=("Dhaka", None, None),
            paragraphs=3,
            first="Dhaka's air was ranked",
            last="Experts blamed",
            language="en",
            boilerplate=("credits", "timestamp"),
        ),
    ),
    "daily_mirror_lk_web": (
        DAILY_MIRROR_LK_WEB,
        Expected(
            headline="Govt to present budget on November 7",
            names=("Yohan Perera",),
            dateline=None,
            paragraphs=3,
            first="The Government will present",
            last="The vote on the second",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "taipei_times_web": (
        TAIPEI_TIMES_WEB,
        Expected(
            headline="Cabinet approves draft bill on digital identity cards",
            kicker="Taiwan News",
            names=("Chen Yu-ting",),
            dateline=None,
            paragraphs=3,
            first="The Executive Yuan yesterday",
            last="Privacy groups said",
            language="en",
            boilerplate=("timestamp", "credits", "promo"),
        ),
    ),
    "mainichi_web": (
        MAINICHI_WEB,
        Expected(
            headline="Japan's household spending falls for third straight month",
            names=("Taro Yamada",),
            dateline=("TOKYO", None, None),
            paragraphs=3,
            first="Household spending in Japan",
            last="Economists said",
            language="en",
            boilerplate=("timestamp", "page", "credits"),
        ),
    ),
    "asahi_web": (
        ASAHI_WEB,
        Expected(
            headline="Record crowds flock to Kyoto for autumn leaves",
            names=("HANAKO SUZUKI",),
            dateline=("KYOTO", None, None),
            paragraphs=3,
            first="Record numbers of tourists",
            last="The city has asked",
            language="en",
            captions=(
                ("Visitors look at autumn leaves at a temple in Kyoto on Nov. 3.", "Jiro Tanaka"),
            ),
            boilerplate=("timestamp",),
        ),
    ),
    "khmer_times_web": (
        KHMER_TIMES_WEB,
        Expected(
            headline="Cambodia, Thailand agree to reopen border checkpoints",
            kicker="National",
            names=("Sok Chea",),
            dateline=None,
            paragraphs=3,
            first="Cambodia and Thailand have agreed",
            last="Traders welcomed",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "premium_times_web": (
        PREMIUM_TIMES_WEB,
        Expected(
            headline="Senate confirms four new central bank deputy governors",
            kicker="Top News",
            standfirst="The nominees were confirmed after a closed-door screening on Tuesday.",
            names=("Chinedu Okafor",),
            dateline=None,
            paragraphs=3,
            first="The Senate on Tuesday",
            last="The nominees will serve",
            language="en",
            boilerplate=("timestamp", "timestamp", "promo", "promo"),
        ),
    ),
    "vanguard_web": (
        VANGUARD_WEB,
        Expected(
            headline="Tinubu signs 2026 budget into law",
            names=("Emeka Obi",),
            dateline=None,
            paragraphs=3,
            first="President Bola Tinubu",
            last="Lawmakers passed",
            language="en",
        ),
    ),
    "standard_ke_web": (
        STANDARD_KE_WEB,
        Expected(
            headline="Senators reject bill to extend county governors' terms",
            kicker="National",
            names=("Jane Wanjiru",),
            dateline=None,
            paragraphs=3,
            first="Senators on Tuesday",
            last="Its sponsor said",
            language="en",
            boilerplate=("timestamp", "promo"),
        ),
    ),
    "daily_monitor_web": (
        DAILY_MONITOR_WEB,
        Expected(
            headline="Museveni orders probe into land evictions in Mubende",
            kicker="News",
            names=("Jane Nakato",),
            dateline=("Kampala", None, None),
            paragraphs=3,
            first="President Museveni has ordered",
            last="Police said",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "new_times_rw_web": (
        NEW_TIMES_RW_WEB,
        Expected(
            headline="Rwanda to host regional climate summit in March",
            names=("Emmanuel Ntirenganya",),
            dateline=None,
            paragraphs=3,
            first="Rwanda will host",
            last="The summit will focus",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "mail_guardian_web": (
        MAIL_GUARDIAN_WEB,
        Expected(
            headline="Eskom to cut tariffs for poor households",
            kicker="Business",
            names=("Thandi Nkosi",),
            dateline=None,
            paragraphs=3,
            first="Eskom will cut",
            last="Business groups said",
            language="en",
            boilerplate=("timestamp", "related", "related", "related"),
        ),
    ),
    "iol_web": (
        IOL_WEB,
        Expected(
            headline="Cape Town water tariffs to rise by 8%",
            names=None,
            dateline=None,
            paragraphs=3,
            first="Cape Town residents",
            last="Opposition councillors",
            language="en",
            boilerplate=("credits",),
        ),
    ),
    "egypt_independent_web": (
        EGYPT_INDEPENDENT_WEB,
        Expected(
            headline="Egypt, Sudan agree to boost trade across border crossing",
            names=None,
            dateline=None,
            paragraphs=3,
            first="Egypt and Sudan agreed",
            last="Trade between the two",
            language="en",
            boilerplate=("credits", "timestamp", "imprint"),
        ),
    ),
    "tehran_times_web": (
        TEHRAN_TIMES_WEB,
        Expected(
            headline="Iran, Iraq sign deal on electricity exports",
            kicker="Politics",
            names=None,
            dateline=("TEHRAN", None, None),
            paragraphs=3,
            first="Iran and Iraq signed",
            last="Iraq has struggled",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "jerusalem_post_web": (
        JERUSALEM_POST_WEB,
        Expected(
            headline="Knesset passes first reading of budget bill",
            kicker="Israel News",
            standfirst="The bill passed by a vote of 61 to 53 after an overnight debate.",
            names=("JANE COHEN",),
            dateline=None,
            paragraphs=3,
            first="The Knesset on Tuesday",
            last="The budget must pass",
            language="en",
            boilerplate=("timestamp", "timestamp"),
        ),
    ),
    "vietnamplus_web": (
        VIETNAMPLUS_WEB,
        Expected(
            headline="Vietnam's exports rise 15% in ten months",
            names=None,
            dateline=("Hanoi", "VNA", None),
            paragraphs=3,
            first="Vietnam's exports rose",
            last="The trade surplus",
            language="en",
            boilerplate=("timestamp", "signoff"),
        ),
    ),
    "myanmar_now_web": (
        MYANMAR_NOW_WEB,
        Expected(
            headline="Junta extends state of emergency in eight townships",
            names=None,
            dateline=None,
            paragraphs=3,
            first="Myanmar's military council",
            last="Residents said",
            language="en",
            boilerplate=("credits",),
        ),
    ),
    "eurasianet_web": (
        EURASIANET_WEB,
        Expected(
            headline="Parliament votes to build first nuclear power plant",
            kicker="Kazakhstan",
            names=("Ayan Nurlanov",),
            dateline=None,
            paragraphs=3,
            first="Kazakhstan's parliament on Tuesday",
            last="Environmental groups",
            language="en",
        ),
    ),
    "haaretz_web": (
        HAARETZ_WEB,
        Expected(
            headline="Haifa port strike ends after wage deal",
            kicker="Israel News",
            standfirst="Workers will return to work on Wednesday after a three-day strike.",
            names=("Noa Levi",),
            dateline=None,
            paragraphs=3,
            first="The strike at Haifa port",
            last="The deal raises wages",
            language="en",
            boilerplate=("timestamp", "share", "promo"),
        ),
    ),
    "spa_web": (
        SPA_WEB,
        Expected(
            headline="Saudi cabinet approves new investment law",
            names=None,
            dateline=("Riyadh", "SPA", datetime.date(2025, 11, 4)),
            paragraphs=3,
            first="The Saudi cabinet approved",
            last="The cabinet also",
            language="en",
            boilerplate=("signoff",),
        ),
    ),
    "qna_web": (
        QNA_WEB,
        Expected(
            headline="Qatar, Turkiye sign agreements on trade and energy",
            names=None,
            dateline=("Doha", "QNA", datetime.date(2025, 11, 4)),
            paragraphs=3,
            first="The State of Qatar",
            last="Trade between the two",
            language="en",
            reference_date=datetime.date(2025, 11, 4),
        ),
    ),
    "mexico_news_daily_web": (
        MEXICO_NEWS_DAILY_WEB,
        Expected(
            headline="Peso strengthens as Banxico holds rates",
            names=None,
            dateline=None,
            paragraphs=3,
            first="The Mexican peso gained",
            last="The central bank said",
            language="en",
            boilerplate=("credits", "timestamp", "credits"),
        ),
    ),
    "trinidad_guardian_web": (
        TRINIDAD_GUARDIAN_WEB,
        Expected(
            headline="Govt to raise minimum wage to $22.50 an hour",
            names=("Jane Baptiste",),
            dateline=None,
            paragraphs=3,
            first="The minimum wage will rise",
            last="Trade unions said",
            language="en",
            boilerplate=("timestamp", "timestamp"),
        ),
    ),
    "fiji_times_web": (
        FIJI_TIMES_WEB,
        Expected(
            headline="Sugar cane harvest falls short of target",
            names=("Jane Naidu",),
            dateline=None,
            paragraphs=3,
            first="The sugar cane harvest",
            last="The council has asked",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "rnz_pacific_web": (
        RNZ_PACIFIC_WEB,
        Expected(
            headline="Samoa parliament dissolved ahead of early election",
            kicker="Pacific",
            names=None,
            dateline=None,
            paragraphs=3,
            first="Samoa's head of state",
            last="The prime minister lost",
            language="en",
            boilerplate=("credits", "timestamp"),
        ),
    ),
    "today_sg_web": (
        TODAY_SG_WEB,
        Expected(
            headline="HDB to launch 8,000 flats in February sales exercise",
            kicker="Singapore",
            names=("Jane Lim",),
            dateline=("SINGAPORE", None, datetime.date(2025, 11, 4)),
            paragraphs=3,
            first="The Housing and Development Board",
            last="Buyers will be able",
            language="en",
            boilerplate=("timestamp", "timestamp", "promo"),
        ),
    ),
    "the_wire_in_web": (
        THE_WIRE_IN_WEB,
        Expected(
            headline="Supreme Court asks Centre to explain delay in judges' appointments",
            kicker="Government",
            names=("Jane Roy",),
            dateline=("New Delhi", None, None),
            paragraphs=3,
            first="The Supreme Court on Tuesday",
            last="The Attorney General",
            language="en",
            boilerplate=("timestamp", "timestamp"),
        ),
    ),
    "bernama_web": (
        BERNAMA_WEB,
        Expected(
            headline="Govt to table Budget 2026 on Oct 10 - Fadillah",
            names=None,
            dateline=("KUALA LUMPUR", "Bernama", datetime.date(2025, 11, 4)),
            paragraphs=3,
            first="The government will table",
            last="The budget will be",
            language="en",
            boilerplate=("timestamp", "signoff", "promo"),
        ),
    ),
    "antara_en_web": (
        ANTARA_EN_WEB,
        Expected(
            headline="Indonesia to build 50 new dams by 2029: minister",
            names=("Putu Indah Savitri",),
            dateline=("Jakarta", "ANTARA", None),
            paragraphs=3,
            first="Indonesia plans to build",
            last="Construction of ten dams",
            language="en",
            boilerplate=("timestamp", "credits", "credits", "copyright"),
        ),
    ),
    "nst_web": (
        NST_WEB,
        Expected(
            headline="Flood victims in Kelantan rise to 12,000",
            kicker="Nation",
            names=("JANE ISMAIL",),
            dateline=("KOTA BHARU", None, None),
            paragraphs=3,
            first="The number of flood victims",
            last="The Meteorological",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "manila_bulletin_web": (
        MANILA_BULLETIN_WEB,
        Expected(
            headline="DepEd to hire 20,000 new teachers next year",
            names=("Jane Santos",),
            dateline=None,
            paragraphs=3,
            first="The Department of Education",
            last="The budget for the hiring",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "business_recorder_web": (
        BUSINESS_RECORDER_WEB,
        Expected(
            headline="SBP keeps policy rate unchanged at 11pc",
            kicker="Pakistan",
            names=None,
            dateline=("KARACHI", None, datetime.date(2025, 11, 4)),
            paragraphs=3,
            first="The State Bank of Pakistan",
            last="The central bank said",
            language="en",
            boilerplate=("credits", "timestamp"),
        ),
    ),
    "gulf_times_web": (
        GULF_TIMES_WEB,
        Expected(
            headline="Qatar, Oman sign deal on joint shipping line",
            kicker="Qatar",
            names=None,
            dateline=("Doha", "QNA", datetime.date(2025, 11, 4)),
            paragraphs=3,
            first="Qatar and Oman signed",
            last="The two sides also",
            language="en",
            boilerplate=("credits", "timestamp"),
        ),
    ),
    "nikkei_asia_web": (
        NIKKEI_ASIA_WEB,
        Expected(
            headline="Toyota raises profit forecast on weak yen",
            kicker="Japan",
            standfirst="Automaker expects record operating profit for the fiscal year",
            names=("TARO YAMADA", "HANAKO SUZUKI"),
            dateline=("TOKYO", None, None),
            paragraphs=3,
            first="Toyota Motor raised",
            last="Sales in North America",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "scmp_print_web": (
        SCMP_PRINT_WEB,
        Expected(
            headline="Hong Kong to scrap stamp duty on home purchases by first-time buyers",
            kicker="Hong Kong",
            names=("Jane Chan",),
            dateline=None,
            paragraphs=3,
            first="Hong Kong will scrap",
            last="Property agents said",
            language="en",
            boilerplate=("timestamp", "timestamp"),
        ),
    ),
    "ndtv_live_web": (
        NDTV_LIVE_WEB,
        Expected(
            headline="Cyclone Live Updates: Storm Makes Landfall Near Puri, Thousands Evacuated",
            standfirst="The cyclone made landfall near Puri on Tuesday evening with wind speeds of up to 110 km per hour.",
            names=None,
            dateline=None,
            paragraphs=2,
            first="Power supply has been cut",
            last="More than 200,000",
            language="en",
            boilerplate=("credits", "timestamp", "timestamp", "timestamp"),
        ),
    ),
    "apple_news_st": (
        APPLE_NEWS_ST,
        Expected(
            headline="Singapore's core inflation eases to 1.2% in October",
            names=("Jane Tan",),
            dateline=("SINGAPORE", None, None),
            paragraphs=3,
            first="Singapore's core inflation eased",
            last="Economists expect",
            language="en",
            boilerplate=("page", "timestamp"),
        ),
    ),
    "scmp_newsletter": (
        SCMP_NEWSLETTER,
        Expected(
            headline="Hong Kong to scrap stamp duty for first-time buyers",
            names=("Jane Chan",),
            dateline=None,
            paragraphs=3,
            first="Hong Kong will scrap",
            last="Property agents said",
            language="en",
            boilerplate=("page",),
        ),
    ),
    "factiva_gulf": (
        FACTIVA_GULF,
        Expected(
            headline="Dubai to add 30 new bus routes next year",
            names=None,
            dateline=("DUBAI", None, None),
            paragraphs=3,
            first="Dubai's Roads and Transport",
            last="Ridership on the city's",
            language="en",
            boilerplate=(
                "export",
                "timestamp",
                "export",
                "export",
                "export",
                "copyright",
                "export",
            ),
        ),
    ),
    "rss_punch": (
        RSS_PUNCH,
        Expected(
            headline="Senate passes bill on state police",
            names=("Jane Adeyemi",),
            dateline=None,
            paragraphs=3,
            first="The Senate on Tuesday",
            last="Governors have long",
            language="en",
            boilerplate=("page", "page"),
        ),
    ),
    "wired_two_writers_web": (
        WIRED_TWO_WRITERS_WEB,
        Expected(
            headline="The Race to Map Every Glacier Before It Melts",
            kicker="Science",
            standfirst="Scientists are using drones and satellites to chart ice that may be gone within decades.",
            names=("Jane Doe", "Kwame Asante"),
            dateline=None,
            paragraphs=3,
            first="Researchers in Switzerland",
            last="Other groups",
            language="en",
            boilerplate=("timestamp", "credits"),
        ),
    ),
    "edge_malaysia_results_web": (
        EDGE_MALAYSIA_RESULTS_WEB,
        Expected(
            headline="Petronas posts 10% rise in quarterly profit",
            names=None,
            dateline=("KUALA LUMPUR", None, datetime.date(2025, 11, 4)),
            paragraphs=3,
            first="Petronas posted",
            last="The group kept",
            language="en",
            boilerplate=("page", "timestamp"),
        ),
    ),
    "geo_sports_web": (
        GEO_SPORTS_WEB,
        Expected(
            headline="Pakistan beat Sri Lanka by five wickets in first ODI",
            kicker="Sports",
            names=None,
            dateline=("RAWALPINDI", None, None),
            paragraphs=3,
            first="Pakistan beat Sri Lanka",
            last="The second match",
            language="en",
            boilerplate=("credits", "timestamp", "credits"),
        ),
    ),
    "cna_asia_web": (
        CNA_ASIA_WEB,
        Expected(
            headline="Thailand to cut fuel prices for three months",
            kicker="Asia",
            names=("Jane Lim",),
            dateline=("BANGKOK", None, None),
            paragraphs=2,
            first="Thailand will cut",
            last="The cut will cost",
            language="en",
            boilerplate=("timestamp", "timestamp", "credits"),
        ),
    ),
    "wam_dubai_web": (
        WAM_DUBAI_WEB,
        Expected(
            headline="Dubai hosts global energy forum",
            names=None,
            dateline=("DUBAI", "WAM", datetime.date(2025, 11, 3)),
            paragraphs=3,
            first="The World Energy Forum",
            last="The forum runs",
            language="en",
        ),
    ),
    "india_today_world_web": (
        INDIA_TODAY_WORLD_WEB,
        Expected(
            headline="US, China agree to resume trade talks",
            standfirst="The two sides will meet in Geneva next month, officials said.",
            names=None,
            dateline=("New Delhi", None, None),
            paragraphs=3,
            first="The United States and China",
            last="Markets rose",
            language="en",
            boilerplate=("page", "credits", "timestamp"),
        ),
    ),
    "asahi_paper_photo_web": (
        ASAHI_PAPER_PHOTO_WEB,
        Expected(
            headline="Tokyo to offer free nursery care from April",
            names=("JIRO TANAKA",),
            dateline=None,
            paragraphs=3,
            first="The Tokyo metropolitan",
            last="The plan will cost",
            language="en",
            captions=(
                ("Children play at a nursery in Tokyo's Setagaya Ward.", "The Asahi Shimbun"),
            ),
            boilerplate=("timestamp",),
        ),
    ),
    "taipei_times_wire_web": (
        TAIPEI_TIMES_WIRE_WEB,
        Expected(
            headline="Exports hit record high in October",
            kicker="Taiwan News",
            names=None,
            dateline=None,
            paragraphs=3,
            first="Taiwan's exports rose",
            last="The ministry expects",
            language="en",
            boilerplate=("credits", "timestamp"),
        ),
    ),
    "vanguard_dated_web": (
        VANGUARD_DATED_WEB,
        Expected(
            headline="NNPC raises petrol price to N950 per litre",
            names=("Jane Eze",),
            dateline=None,
            paragraphs=3,
            first="The Nigerian National",
            last="Marketers said",
            language="en",
        ),
    ),
    "ahram_two_web": (
        AHRAM_TWO_WEB,
        Expected(
            headline="Egypt's tourism revenues hit record $14 bln",
            names=("Amr Kandil",),
            dateline=None,
            paragraphs=3,
            first="Egypt's tourism revenues",
            last="The government aims",
            language="en",
        ),
    ),
    "daily_mirror_lk_desk_web": (
        DAILY_MIRROR_LK_DESK_WEB,
        Expected(
            headline="Colombo Stock Exchange gains 2%",
            names=None,
            dateline=None,
            paragraphs=3,
            first="The Colombo Stock Exchange's",
            last="Foreign investors",
            language="en",
            boilerplate=("credits", "timestamp"),
        ),
    ),
    "kuna_capitals_web": (
        KUNA_CAPITALS_WEB,
        Expected(
            headline="Kuwait, Bahrain sign power link deal",
            names=None,
            dateline=("KUWAIT", "KUNA", datetime.date(2025, 11, 5)),
            paragraphs=2,
            first="Kuwait and Bahrain signed",
            last="The project will be",
            language="en",
            boilerplate=("separator",),
            reference_date=datetime.date(2025, 11, 5),
        ),
    ),
    "kuwait_times_web": (
        KUWAIT_TIMES_WEB,
        Expected(
            headline="Ministry extends deadline for expat licence renewals",
            kicker="Local",
            names=("Jane Haddad",),
            dateline=("KUWAIT", None, None),
            paragraphs=3,
            first="The Interior Ministry",
            last="Renewals can be",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "oman_observer_web": (
        OMAN_OBSERVER_WEB,
        Expected(
            headline="Oman's GDP grows 2.5% in first half",
            kicker="Business",
            names=None,
            dateline=("MUSCAT", "ONA", datetime.date(2025, 11, 4)),
            paragraphs=3,
            first="Oman's gross domestic",
            last="Oil activities fell",
            language="en",
            boilerplate=("credits", "timestamp"),
        ),
    ),
    "addis_standard_web": (
        ADDIS_STANDARD_WEB,
        Expected(
            headline="Ethiopia launches nationwide polio vaccination campaign",
            kicker="News",
            names=None,
            dateline=("Addis Abeba", None, None),
            paragraphs=3,
            first="The Ministry of Health",
            last="Health workers",
            language="en",
            boilerplate=("credits", "timestamp"),
        ),
    ),
    "herald_zw_web": (
        HERALD_ZW_WEB,
        Expected(
            headline="Govt approves new mining royalties",
            names=("Jane Moyo",),
            dateline=None,
            paragraphs=3,
            first="The Government has approved",
            last="Mining companies",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "republica_np_web": (
        REPUBLICA_NP_WEB,
        Expected(
            headline="Govt to hike fuel prices from Wednesday",
            names=("Jane Shrestha",),
            dateline=("KATHMANDU", None, None),
            paragraphs=3,
            first="Nepal Oil Corporation",
            last="Transport operators",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "daily_news_egypt_web": (
        DAILY_NEWS_EGYPT_WEB,
        Expected(
            headline="Egypt's central bank holds interest rates steady",
            names=("Jane Salem",),
            dateline=None,
            paragraphs=3,
            first="Egypt's central bank kept",
            last="The bank has cut",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "the_news_pk_web": (
        THE_NEWS_PK_WEB,
        Expected(
            headline="Senate passes bill on digital rights authority",
            kicker="National",
            names=None,
            dateline=("ISLAMABAD", None, None),
            paragraphs=3,
            first="The Senate on Tuesday",
            last="The bill now goes",
            language="en",
            boilerplate=("credits", "timestamp"),
        ),
    ),
    "deccan_herald_web": (
        DECCAN_HERALD_WEB,
        Expected(
            headline="Bengaluru metro fares to rise by up to 15%",
            kicker="Karnataka",
            names=None,
            dateline=("Bengaluru", None, datetime.date(2025, 11, 4)),
            paragraphs=3,
            first="Metro fares in Bengaluru",
            last="Commuter groups",
            language="en",
            boilerplate=("credits", "timestamp"),
        ),
    ),
    "fmt_web": (
        FMT_WEB,
        Expected(
            headline="Govt to review toll rates on four highways",
            names=("Jane Ismail",),
            dateline=("PETALING JAYA", None, None),
            paragraphs=3,
            first="The government will review",
            last="About 500,000",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "sunstar_web": (
        SUNSTAR_WEB,
        Expected(
            headline="Cebu City to build three new flyovers",
            names=("Jane Villanueva",),
            dateline=("CEBU CITY", None, datetime.date(2025, 11, 4)),
            paragraphs=3,
            first="The Cebu City Government",
            last="The project will cost",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "vns_web": (
        VNS_WEB,
        Expected(
            headline="Vietnam's GDP to grow 8% this year: minister",
            names=None,
            dateline=("HÀ NỘI", None, None),
            paragraphs=3,
            first="Việt Nam's economy",
            last="Inflation is forecast",
            language="en",
            boilerplate=("timestamp", "signoff"),
        ),
    ),
    "pakistan_today_web": (
        PAKISTAN_TODAY_WEB,
        Expected(
            headline="Govt approves new power policy",
            names=None,
            dateline=("ISLAMABAD", None, None),
            paragraphs=3,
            first="The federal cabinet",
            last="The energy minister",
            language="en",
            boilerplate=("credits",),
        ),
    ),
    "verge_web": (
        VERGE_WEB,
        Expected(
            headline="Framecraft's new e-reader has a color screen and a price to match",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="Framecraft is back",
            last="The reader goes on sale",
            language="en",
            boilerplate=(
                "page",
                "page",
                "page",
                "timestamp",
                "share",
                "credits",
                "related",
                "related",
            ),
            standfirst="The Lumen 2 costs $329 and ships next month.",
        ),
    ),
    "ars_technica_web": (
        ARS_TECHNICA_WEB,
        Expected(
            headline="Engineers test a heat shield made of woven carbon fiber",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="A team of engineers",
            last="In arc-jet tests",
            language="en",
            boilerplate=("page", "page"),
            captions=(("A sample of the woven shield after a test in an arc jet.", "NASA"),),
            kicker="SCIENCE",
            standfirst="The fabric can bend before flight and stiffen in the heat of reentry.",
        ),
    ),
    "techcrunch_web": (
        TECHCRUNCH_WEB,
        Expected(
            headline="Payroll startup Ledgerly raises $40M to expand in Latin America",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="Ledgerly, a startup",
            last="Co-founder John Roe",
            language="en",
            boilerplate=("timestamp", "credits", "related", "related", "related"),
            kicker="Startups",
        ),
    ),
    "politifact_web": (
        POLITIFACT_WEB,
        Expected(
            headline="Claim that the state cut school funding by half is False",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=6,
            first="A post shared widely",
            last="State Department of Education",
            language="en",
            kicker="Fact-check",
            standfirst="• State budget records show school aid rose in each of the past four years.\n• The claim appears to confuse a one-time grant with regular aid.",
            boilerplate=("timestamp",),
        ),
    ),
    "snopes_web": (
        SNOPES_WEB,
        Expected(
            headline="Did a Town in Ohio Ban Lawn Mowers on Sundays?",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=9,
            first="Claim:",
            last="Village of Example",
            language="en",
            boilerplate=("timestamp",),
            kicker="Fact Check",
            standfirst="A viral post said mowing on Sundays would bring a $500 fine.",
        ),
    ),
    "qa_interview_web": (
        QA_INTERVIEW_WEB,
        Expected(
            headline="The novelist who wrote a book about her grandmother's bakery",
            names=("John Roe",),
            dateline=None,
            paragraphs=7,
            first="Jane Doe's new novel",
            last="A: The last chapter.",
            language="en",
            boilerplate=("timestamp", "correction"),
            standfirst="Jane Doe talks about family recipes, grief and why she almost gave up.",
        ),
    ),
    "film_review_web": (
        FILM_REVIEW_WEB,
        Expected(
            headline="'The Long Harbor' is a slow, lovely film about a lighthouse keeper",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=8,
            first="The Long Harbor",
            last='"The Long Harbor" opens',
            language="en",
            boilerplate=("page", "timestamp"),
            kicker="Review",
        ),
    ),
    "funeral_home_obituary": (
        FUNERAL_HOME_OBITUARY,
        Expected(
            headline="Margaret Ann Doe",
            names=None,
            dateline=None,
            paragraphs=5,
            first="Margaret Ann Doe, 84",
            last="In lieu of flowers",
            language="en",
            boilerplate=("page", "page", "page"),
            standfirst="June 3, 1941 - October 30, 2025",
        ),
    ),
    "police_blotter": (
        POLICE_BLOTTER,
        Expected(
            headline="Police blotter: Stolen bike, loose cows and a noise complaint",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=6,
            first="The following items",
            last="11:52 p.m.",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "earnings_brief": (
        EARNINGS_BRIEF,
        Expected(
            headline="Acme Corp Q3 profit beats estimates as cloud sales grow",
            names=("Jane Doe",),
            dateline=(None, "Reuters", datetime.date(2025, 11, 4)),
            paragraphs=4,
            first="Acme Corp reported",
            last="Shares rose",
            language="en",
            boilerplate=("credits",),
            reference_date=datetime.date(2025, 11, 5),
        ),
    ),
    "coindesk_web": (
        COINDESK_WEB,
        Expected(
            headline="Bitcoin Slides Below $60K as ETF Outflows Mount",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="Bitcoin fell below",
            last="Analysts said",
            language="en",
            boilerplate=("timestamp", "timestamp", "credits"),
            kicker="Markets",
            standfirst="Traders pulled money from spot bitcoin funds for a fifth straight day.",
        ),
    ),
    "conversation_republish": (
        CONVERSATION_REPUBLISH,
        Expected(
            headline="Why some trees drop their leaves early in a drought",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="Trees that turn brown",
            last="Some species",
            language="en",
            boilerplate=("timestamp", "credits", "promo"),
        ),
    ),
    "semafor_web": (
        SEMAFOR_WEB,
        Expected(
            headline="EU lawmakers back delay to deforestation rules",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=5,
            first="European Parliament lawmakers",
            last="A trade group",
            language="en",
            boilerplate=("page", "timestamp"),
            kicker="Europe",
        ),
    ),
    "axios_local_web": (
        AXIOS_LOCAL_WEB,
        Expected(
            headline="Denver's new bus lanes cut commute times, city says",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=4,
            first="Buses on Colfax",
            last="What's next",
            language="en",
            boilerplate=("page", "timestamp", "promo"),
        ),
    ),
    "kff_republish": (
        KFF_REPUBLISH,
        Expected(
            headline="Rural Hospitals Cut Maternity Care as Staff Shortages Grow",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="Dozens of rural hospitals",
            last="Some states",
            language="en",
            boilerplate=("timestamp", "credits", "promo"),
        ),
    ),
    "newsplease_maintext": (
        NEWSPLEASE_MAINTEXT,
        Expected(
            headline=None,
            names=None,
            dateline=None,
            paragraphs=3,
            first="The city council voted",
            last="Council members said",
            language="en",
        ),
    ),
    "dailymail_story_body": (
        DAILYMAIL_STORY_BODY,
        Expected(
            headline=None,
            names=None,
            dateline=None,
            paragraphs=3,
            first="A former nurse",
            last="She admitted",
            language="en",
        ),
    ),
    "lynx_dump": (
        LYNX_DUMP,
        Expected(
            headline="Harbor dredging to begin next spring",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="Work to deepen",
            last="Fishing groups",
            language="en",
            boilerplate=("page", "page", "page", "timestamp", "share", "page"),
        ),
    ),
    "obsidian_clip": (
        OBSIDIAN_CLIP,
        Expected(
            headline="City to plant 10,000 trees by 2030",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="The city will plant",
            last="The plan will cost",
            language="en",
            boilerplate=("export", "export", "timestamp", "export", "export", "export", "export"),
        ),
    ),
    "deadline_web": (
        DEADLINE_WEB,
        Expected(
            headline="'Night Shift' Drama Lands At Streamer With Jane Doe Set To Star",
            names=("John Roe",),
            dateline=None,
            paragraphs=3,
            first="EXCLUSIVE: A drama",
            last="Doe is repped",
            language="en",
            boilerplate=("timestamp", "credits", "related"),
            kicker="EXCLUSIVE",
        ),
    ),
    "student_newspaper": (
        STUDENT_NEWSPAPER,
        Expected(
            headline="Student senate approves new club funding rules",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="The student senate",
            last="Senate president",
            language="en",
            boilerplate=("timestamp", "credits"),
        ),
    ),
    "chronicling_ocr": (
        CHRONICLING_OCR,
        Expected(
            headline="GREAT FIRE IN THE MILL DISTRICT",
            names=None,
            dateline=None,
            paragraphs=2,
            first="Fire broke out",
            last="The loss is",
            language="en",
            standfirst="THREE BUILDINGS DESTROYED AND LOSS IS HEAVY",
        ),
    ),
    "full_fact_web": (
        FULL_FACT_WEB,
        Expected(
            headline="Posts wrongly claim new speed cameras can read your phone",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=6,
            first="What was claimed",
            last="But the company",
            language="en",
            boilerplate=("timestamp",),
            kicker="Fact check",
        ),
    ),
    "nature_news_web": (
        NATURE_NEWS_WEB,
        Expected(
            headline="Ancient DNA reveals when dogs reached the Americas",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="Dogs arrived in the Americas",
            last='"It fits the idea',
            language="en",
            boilerplate=("timestamp", "page"),
            kicker="NEWS",
            standfirst="Genomes from 30 dog burials suggest the animals arrived with some of the first people.",
        ),
    ),
    "market_wrap": (
        MARKET_WRAP,
        Expected(
            headline="Stock market today: Wall Street drifts lower as tech stocks slip",
            names=("JANE DOE",),
            dateline=("NEW YORK", "AP", None),
            paragraphs=3,
            first="U.S. stocks drifted",
            last="Treasury yields",
            language="en",
            boilerplate=("separator", "credits"),
        ),
    ),
    "council_meeting_weekly": (
        COUNCIL_MEETING_WEEKLY,
        Expected(
            headline="Council OKs budget, delays vote on parking fees",
            names=("Jane Doe",),
            dateline=("MILLBROOK", None, None),
            paragraphs=6,
            first="The Village Council",
            last="• Named Mary Major",
            language="en",
            boilerplate=("credits",),
        ),
    ),
    "prep_roundup": (
        PREP_ROUNDUP,
        Expected(
            headline="Riverton edges Lakeside in overtime to reach regional final",
            names=("John Roe",),
            dateline=None,
            paragraphs=4,
            first="Jane Doe scored",
            last="Lakeside's Sam Smith",
            language="en",
            kicker="PREP ROUNDUP",
        ),
    ),
    "native_news_online_web": (
        NATIVE_NEWS_ONLINE_WEB,
        Expected(
            headline="Tribal Nation opens new health clinic on reservation",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="A tribal nation",
            last='"Our people',
            language="en",
            boilerplate=("timestamp", "related", "related", "related"),
            standfirst="The clinic will offer primary care, dental care and behavioral health services.",
        ),
    ),
    "bbc_local_web": (
        BBC_LOCAL_WEB,
        Expected(
            headline="Bus station to close for six months of repairs",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="A city's main bus station",
            last="Passenger groups",
            language="en",
            boilerplate=("timestamp", "timestamp", "related", "related"),
            captions=(("The bus station opened in 1971", "Getty Images"),),
        ),
    ),
    "itv_news_web": (
        ITV_NEWS_WEB,
        Expected(
            headline="Hospital car park charges to rise by 50p, trust confirms",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="Patients and visitors",
            last="A patients' group",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "guardian_long_read": (
        GUARDIAN_LONG_READ,
        Expected(
            headline="The last lighthouse keepers: life on a rock at the edge of the sea",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="The tower stands",
            last="The last keeper",
            language="en",
            boilerplate=("timestamp",),
            kicker="The long read",
            standfirst="For two centuries, families lived on remote towers to keep the lights burning. Then the machines took over.",
        ),
    ),
    "slate_web": (
        SLATE_WEB,
        Expected(
            headline="The Strange Return of the Budget Hawk",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="For most of the past decade",
            last="Whether any of this",
            language="en",
            boilerplate=("timestamp", "imprint"),
            kicker="Politics",
            standfirst="Why fiscal worries are back in fashion, at least for now.",
        ),
    ),
    "morning_brew_newsletter": (
        MORNING_BREW_NEWSLETTER,
        Expected(
            headline=None,
            names=None,
            dateline=None,
            paragraphs=5,
            first="Good morning.",
            last="The survey found",
            language="en",
            boilerplate=("page", "page", "page"),
        ),
    ),
    "pdftotext_page": (
        PDFTOTEXT_PAGE,
        Expected(
            headline="School board\napproves new\nstart times",
            names=("JANE DOE",),
            dateline=None,
            paragraphs=5,
            first="High school classes",
            last="Some parents",
            language="en",
            boilerplate=("page",),
        ),
    ),
    "law360_web": (
        LAW360_WEB,
        Expected(
            headline="Judge Tosses Shareholder Suit Over Retailer's Data Breach",
            names=("Jane Doe",),
            dateline=(None, "Law360", datetime.date(2025, 11, 4)),
            paragraphs=3,
            first="A federal judge",
            last="Counsel for",
            language="en",
            boilerplate=("credits",),
        ),
    ),
    "think_tank_commentary": (
        THINK_TANK_COMMENTARY,
        Expected(
            headline="Why small ports matter for food security",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="When people think",
            last="Governments and lenders",
            language="en",
            boilerplate=("timestamp", "promo"),
            kicker="Commentary",
        ),
    ),
    "newspaper_obituary": (
        NEWSPAPER_OBITUARY,
        Expected(
            headline="Jane Doe, teacher who founded a reading program for adults, dies at 84",
            names=("John Roe",),
            dateline=None,
            paragraphs=4,
            first="Jane Doe, a retired",
            last="In addition to",
            language="en",
        ),
    ),
    "theatre_review_uk": (
        THEATRE_REVIEW_UK,
        Expected(
            headline="The Harbour Master review – a salty, big-hearted comedy",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="A retired harbour master",
            last="At the Example Theatre",
            language="en",
            boilerplate=("page", "page", "timestamp"),
            kicker="Review",
        ),
    ),
    "album_review_web": (
        ALBUM_REVIEW_WEB,
        Expected(
            headline="Jane Doe: Northern Lights",
            names=("John Roe",),
            dateline=None,
            paragraphs=3,
            first="Jane Doe's third album",
            last="Not every song",
            language="en",
            boilerplate=("page", "page", "page", "timestamp"),
            kicker="Album Review",
        ),
    ),
    "explainer_qa_web": (
        EXPLAINER_QA_WEB,
        Expected(
            headline="What the new water rules mean for your bills",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=4,
            first="The state has approved",
            last="The rules take effect",
            language="en",
            boilerplate=("timestamp",),
            kicker="Explainer",
        ),
    ),
    "hollywood_reporter_web": (
        HOLLYWOOD_REPORTER_WEB,
        Expected(
            headline="Example Studios Sets Release Date for Lighthouse Thriller",
            names=("John Roe",),
            dateline=None,
            paragraphs=3,
            first="Example Studios has dated",
            last="Doe is repped",
            language="en",
            boilerplate=("timestamp", "promo", "promo"),
            captions=(("Jane Doe in a still from the film.", "Example Studios"),),
            standfirst="The film, starring Jane Doe, will open in theaters next October.",
        ),
    ),
    "sky_live_entry": (
        SKY_LIVE_ENTRY,
        Expected(
            headline="Politics latest: Chancellor defends tax plans",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="The chancellor has told",
            last="The leader of the opposition",
            language="en",
            boilerplate=("timestamp", "timestamp"),
            standfirst='- Chancellor says plans are fair\n- Opposition calls budget a "raid"',
        ),
    ),
    "the_i_web": (
        THE_I_WEB,
        Expected(
            headline="Rail fares to rise by 4.6 per cent in March",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="Rail fares in England",
            last="Passenger groups",
            language="en",
            boilerplate=("timestamp", "related"),
            standfirst="The increase is the smallest in three years, but passenger groups say it is still too high",
        ),
    ),
    "irish_regional_web": (
        IRISH_REGIONAL_WEB,
        Expected(
            headline="Limerick council to spend €2m on new footbridge",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="LIMERICK City and County",
            last="Work is due",
            language="en",
            boilerplate=("page", "credits", "timestamp"),
        ),
    ),
    "apple_news_share": (
        APPLE_NEWS_SHARE,
        Expected(
            headline="City to plant 10,000 trees by 2030",
            names=None,
            dateline=None,
            paragraphs=1,
            first="The city will plant",
            last="The city will plant",
            language="en",
            boilerplate=("page", "page", "page"),
        ),
    ),
    "mother_jones_web": (
        MOTHER_JONES_WEB,
        Expected(
            headline="The Fight Over Rural Broadband Money Is Just Getting Started",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="States have until",
            last="Some are moving fast",
            language="en",
            boilerplate=("credits", "timestamp", "promo"),
            kicker="Politics",
            standfirst="States are racing to spend billions before the rules change again.",
        ),
    ),
    "canadian_regional_web": (
        CANADIAN_REGIONAL_WEB,
        Expected(
            headline="City council approves new snow-clearing plan",
            names=("Jane Doe",),
            dateline=("WINNIPEG", None, datetime.date(2025, 11, 4)),
            paragraphs=2,
            first="City council approved",
            last="The plan adds",
            language="en",
            boilerplate=("timestamp", "credits", "share"),
            standfirst="Residential streets will be cleared within 36 hours of a storm",
        ),
    ),
    "engadget_web": (
        ENGADGET_WEB,
        Expected(
            headline="Framecraft's folding e-reader is finally shipping",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="Framecraft's folding e-reader, first",
            last="Framecraft says the hinge",
            language="en",
            boilerplate=("page", "page", "timestamp", "standards"),
            standfirst="It costs $499 and folds to the size of a paperback.",
        ),
    ),
    "media_404_web": (
        MEDIA_404_WEB,
        Expected(
            headline="Data Brokers Are Selling Location Data From Weather Apps",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="Records show",
            last="None of the app makers",
            language="en",
            boilerplate=("page", "page", "credits"),
        ),
    ),
    "medpage_today_web": (
        MEDPAGE_TODAY_WEB,
        Expected(
            headline="New Pill Lowers Blood Pressure in Hard-to-Treat Patients",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=4,
            first="An experimental pill",
            last="The trial was funded",
            language="en",
            boilerplate=("timestamp", "standards"),
            kicker="Cardiology",
            standfirst="— Drug cut systolic pressure by 10 mm Hg more than placebo at 12 weeks",
        ),
    ),
    "afp_fact_check_web": (
        AFP_FACT_CHECK_WEB,
        Expected(
            headline="Video of flooded airport is from 2019, not this week's storm",
            names=("Jane DOE",),
            dateline=None,
            paragraphs=3,
            first="A video shared",
            last="A reverse image search",
            language="en",
            boilerplate=("page", "timestamp"),
        ),
    ),
    "restaurant_review_web": (
        RESTAURANT_REVIEW_WEB,
        Expected(
            headline="The Copper Pot serves big flavors in a small room",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=7,
            first="The Copper Pot",
            last="Service is warm",
            language="en",
            boilerplate=("timestamp",),
            kicker="Restaurant review",
        ),
    ),
    "vox_web": (
        VOX_WEB,
        Expected(
            headline="Why the budget fight is really about next year's election",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="Congress has until",
            last="Both sides believe",
            language="en",
            boilerplate=("timestamp", "credits"),
            kicker="Politics",
            standfirst="Neither party expects a deal. Both want the blame to land on the other.",
        ),
    ),
    "punchbowl_newsletter": (
        PUNCHBOWL_NEWSLETTER,
        Expected(
            headline=None,
            names=None,
            dateline=None,
            paragraphs=3,
            first="Good Tuesday morning.",
            last="House Republicans",
            language="en",
            boilerplate=("page", "promo"),
        ),
    ),
    "gb_news_web": (
        GB_NEWS_WEB,
        Expected(
            headline="Council tax to rise by five per cent in two thirds of areas",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="Council tax bills",
            last="Councils said",
            language="en",
            boilerplate=("timestamp", "standards"),
        ),
    ),
    "newcastle_herald_web": (
        NEWCASTLE_HERALD_WEB,
        Expected(
            headline="Coal train derails near Maitland, line closed",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="A coal train",
            last="Passenger services",
            language="en",
            boilerplate=("timestamp", "promo", "promo"),
        ),
    ),
    "w3m_dump": (
        W3M_DUMP,
        Expected(
            headline="Harbor dredging to begin next spring",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="Work to deepen",
            last="Fishing groups",
            language="en",
            boilerplate=("page", "page", "timestamp", "copyright"),
        ),
    ),
    "readwise_export": (
        READWISE_EXPORT,
        Expected(
            headline="Why Some Trees Drop Their Leaves Early",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="- When the soil dries out",
            last="- Dropping leaves early",
            language="en",
            boilerplate=("credits", "export", "export", "export"),
            captions=(("rw-book-cover", None),),
        ),
    ),
    # a Readwise export with its highlights' links and the document's tags
    "readwise_export_tags": (
        READWISE_EXPORT_TAGS,
        Expected(
            headline="Harbour Seals Return to the Estuary",
            names=("Priya Raman",),
            dateline=None,
            paragraphs=3,
            first="- Volunteers counted 63 seals",
            last="- Boat operators have",
            language="en",
            boilerplate=("credits", "export", "export", "export", "export"),
            captions=(("rw-book-cover", None),),
        ),
    ),
    # a Logseq page: the clipped story's properties as a list under the title
    "logseq_page": (
        LOGSEQ_PAGE,
        Expected(
            headline="Night buses to run every 15 minutes",
            names=("Tomasz Nowak",),
            dateline=None,
            paragraphs=3,
            first="- The city's night buses",
            last="- The authority said",
            language="en",
            boilerplate=("credits", "export", "timestamp", "export"),
        ),
    ),
    "benzinga_web": (
        BENZINGA_WEB,
        Expected(
            headline="Acme Robotics Shares Jump After Third-Quarter Beat: What's Going On",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=4,
            first="Acme Robotics Inc (NASDAQ:ACMR)",
            last="ACMR Price Action:",
            language="en",
            boilerplate=("timestamp", "related", "credits", "standards", "copyright"),
        ),
    ),
    "congress_press_release": (
        CONGRESS_RELEASE,
        Expected(
            headline="Doe Introduces Bill to Expand Rural Broadband Grants",
            names=None,
            dateline=("WASHINGTON, D.C.", None, None),
            paragraphs=3,
            first="Today, U.S. Representative",
            last="The bill has the support",
            language="en",
            boilerplate=("page", "page", "timestamp", "promo", "separator"),
            kicker="Press Releases",
        ),
    ),
    "football_minute_by_minute": (
        FOOTBALL_MINUTE,
        Expected(
            headline="Riverton 2-1 Eastport: live updates from the cup semi-final",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=6,
            first="FULL TIME: Riverton are into the final",
            last="Kick-off: We are under way",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "google_docs_paste": (
        GOOGLE_DOCS_PASTE,
        Expected(
            headline="Council delays vote on new parking fees",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="The city council on Monday",
            last="The vote is now set",
            language="en",
            boilerplate=("flag", "page", "page"),
        ),
    ),
    "local_radio_web": (
        LOCAL_RADIO,
        Expected(
            headline="Riverton schools to add two snow days to calendar",
            names=("Jane Doe",),
            dateline=("RIVERTON, Ohio", "WXRV", None),
            paragraphs=3,
            first="The Riverton school board voted",
            last="Parents can find",
            language="en",
            boilerplate=("page", "page", "timestamp", "copyright"),
            kicker="Local News",
        ),
    ),
    "ani_newswire_release": (
        NEWSWIRE_INDIA,
        Expected(
            headline="Acme Pharma receives approval for new diabetes drug",
            names=None,
            dateline=("Mumbai (Maharashtra) [India]", "ANI/NewsVoir", datetime.date(2025, 11, 4)),
            paragraphs=2,
            first="Acme Pharma Ltd on Tuesday",
            last="The company said",
            language="en",
            boilerplate=("timestamp", "standards"),
        ),
    ),
    "podcast_transcript": (
        PODCAST_TRANSCRIPT,
        Expected(
            headline="Episode 112: Why the Bus Strike Dragged On",
            names=None,
            dateline=None,
            paragraphs=4,
            first="[00:00:00] JANE DOE: From the Riverton Courier",
            last="[00:00:30] JANE DOE: John Roe covers",
            language="en",
            boilerplate=("page", "timestamp", "page", "correction"),
        ),
    ),
    "pressreader_text": (
        PRESSREADER_TEXT,
        Expected(
            headline="Mayor backs plan for new ferry route",
            names=("JANE DOE",),
            dateline=None,
            paragraphs=2,
            first="The mayor on Monday",
            last="The route would cut",
            language="en",
            boilerplate=("page", "timestamp", "credits"),
        ),
    ),
    "project_syndicate_web": (
        PROJECT_SYNDICATE,
        Expected(
            headline="The Quiet Crisis in Emerging-Market Debt",
            names=("Jane Doe",),
            dateline=("CAMBRIDGE", None, None),
            paragraphs=3,
            first="When the world's big central banks",
            last="Creditors still have time",
            language="en",
            boilerplate=("credits", "copyright", "page"),
            standfirst="Rich-country interest rates have come down, but many poorer countries are still paying more to borrow than they did a decade ago. Unless creditors act, the next default wave is a matter of time.",
        ),
    ),
    "racing_results": (
        RACING_RESULTS,
        Expected(
            headline="Harbour Light lands the feature at Riverton Park",
            names=("Jane Doe",),
            dateline=("RIVERTON", None, None),
            paragraphs=7,  # the three result rows are a paragraph each, as a list's lines are
            first="Harbour Light came from last",
            last="Time: 1:49.12.",
            language="en",
        ),
    ),
    "seeking_alpha_news_web": (
        SEEKING_ALPHA_NEWS,
        Expected(
            headline="Acme Foods Q3 earnings beat, raises full-year sales outlook",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="Acme Foods (NYSE:ACME) reported",
            last="The company now expects",
            language="en",
            boilerplate=("timestamp", "related", "related", "related"),
        ),
    ),
    "slack_paste": (
        SLACK_PASTE,
        Expected(
            headline="Storm knocks out power to 20,000 homes",
            names=None,
            dateline=("RIVERTON", None, None),
            paragraphs=3,
            first="A line of strong storms",
            last="The National Weather Service",
            language="en",
            boilerplate=("page", "page"),
        ),
    ),
    "university_news_office_web": (
        UNIVERSITY_NEWS,
        Expected(
            headline="Riverton researchers map how bees find their way home",
            names=None,
            dateline=None,
            paragraphs=4,
            first="A team at Riverton University",
            last="The work was funded",
            language="en",
            boilerplate=("timestamp", "release", "share"),
            kicker="News & Events",
        ),
    ),
    "white_house_briefing": (
        WHITE_HOUSE_BRIEFING,
        Expected(
            headline="Press Briefing by Press Secretary Jane Doe",
            names=None,
            dateline=None,
            paragraphs=5,
            first="MS. DOE: Good afternoon",
            last="MS. DOE: We do not have a date yet.",
            language="en",
            boilerplate=("page", "timestamp", "timestamp"),
        ),
    ),
    "wikinews": (
        WIKINEWS,
        Expected(
            headline="Flooding closes main highway in northern Riverland",
            names=None,
            dateline=None,
            paragraphs=3,
            first="Heavy rain over the weekend",
            last="No injuries have been reported.",
            language="en",
            boilerplate=("timestamp", "related", "related", "related"),
        ),
    ),
    "zacks_web": (
        ZACKS_WEB,
        Expected(
            headline="Should You Buy Acme Robotics (ACMR) Ahead of Earnings?",
            names=None,
            dateline=None,
            paragraphs=3,
            first="Acme Robotics (ACMR) is set",
            last="Acme currently carries",
            language="en",
            boilerplate=("credits", "timestamp", "promo", "promo", "credits"),
        ),
    ),
    # a research firm's page: its name alone closes the page under its promos
    "research_note_web": (
        RESEARCH_NOTE_WEB,
        Expected(
            headline="Is Northgate Foods (NGF) a Buy After Its Dividend Hike?",
            names=None,
            dateline=None,
            paragraphs=3,
            first="Northgate Foods (NGF) raised",
            last="Analysts expect earnings",
            language="en",
            boilerplate=("credits", "timestamp", "promo", "promo", "credits"),
        ),
    ),
    "pr_newswire_asia": (
        PRN_ASIA,
        Expected(
            headline="Acme Logistics opens new hub in Singapore",
            names=None,
            dateline=("SINGAPORE", "PRNewswire", datetime.date(2025, 11, 4)),
            paragraphs=2,
            first="Acme Logistics today opened",
            last="The hub will handle",
            language="en",
            boilerplate=("release", "release", "timestamp", "release", "release", "release"),
        ),
    ),
    "ap_box_score_story": (
        BOX_SCORE_STORY,
        Expected(
            headline="Roe's late three lifts Riverton past Eastport",
            names=("JANE DOE",),
            dateline=("RIVERTON, Ohio", "AP", None),
            paragraphs=5,
            first="John Roe hit a 3-pointer",
            last="Eastport: At Southport",
            language="en",
            boilerplate=("separator", "page"),
        ),
    ),
    "apple_news_pdf_text": (
        APPLE_NEWS_PDF,
        Expected(
            headline="The last lighthouse keeper",
            names=("JANE DOE",),
            dateline=None,
            paragraphs=3,
            first="The boat to Gull Rock",
            last="She will make it",
            language="en",
            boilerplate=("page", "credits", "page"),
            standfirst="For 40 years, one family kept the light burning on Gull Rock. Now the last of them is leaving.",
        ),
    ),
    "dow_jones_newswires_web": (
        DOW_JONES_WEB,
        Expected(
            headline="Acme Steel to Cut 500 Jobs as Demand Slows -- Update",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=3,
            first="Acme Steel said",
            last="Shares fell 3%",
            language="en",
            boilerplate=("credits", "separator", "timestamp", "copyright"),
        ),
    ),
    "gigaword_sgml": (
        GIGAWORD_SGML,
        Expected(
            headline="Ferry operator suspends night crossings after engine fire",
            names=None,
            dateline=("HALIFAX, Nova Scotia", "AP", None),
            paragraphs=4,
            first="A regional ferry",
            last="Passengers described smoke",
            language="en",
        ),
    ),
    "gigaword_nyt_sgml": (
        GIGAWORD_NYT_SGML,
        Expected(
            headline="School Board Delays Vote on Later Start Times",
            names=None,
            dateline=("RIVERTON, Ohio", None, None),
            paragraphs=4,
            first="The school board",
            last="The board said",
            language="en",
        ),
    ),
    "reuters21578_sgml": (
        REUTERS21578_SGML,
        Expected(
            headline="GRAIN CARRIER &lt;NRDC> SEEKS CHAPTER 11 PROTECTION",
            names=("Maria Feld",),
            dateline=("DULUTH, Minn.", None, datetime.date(1987, 3, 4)),
            paragraphs=4,
            first="Nordic Lakes Carriers Inc, which",
            last="Its shares, traded over the counter",
            language="en",
            boilerplate=("signoff",),
        ),
    ),
    "agnews_csv": (
        AGNEWS_CSV,
        Expected(
            headline="Chip Maker Trims Forecast as PC Demand Cools",
            names=None,
            dateline=(None, "Reuters", None),
            paragraphs=1,
            first="A maker of memory chips",
            last="A maker of memory chips",
            language="en",
        ),
    ),
    "reuters21578_hf": (
        REUTERS21578_HF,
        Expected(
            headline="COPPER FABRICATOR RAISES WIRE ROD PRICES",
            names=None,
            dateline=None,
            paragraphs=3,
            first="Midland Brass and Copper Co said",
            last="It said the new price",
            language="en",
            boilerplate=("signoff",),
        ),
    ),
    "rcv1_xml": (
        RCV1_XML,
        Expected(
            headline="Grain barges slowed by low water on upper Mississippi.",
            names=("Jane Doe",),
            dateline=("ST. LOUIS", None, datetime.date(1996, 8, 21)),
            paragraphs=4,
            first="Barge traffic on",
            last="The Army Corps",
            language="en",
            boilerplate=("page", "copyright"),
        ),
    ),
    # RCV1 with no byline: the dateline field alone reads as a stamp no more
    "rcv1_xml_no_byline": (
        RCV1_XML_NO_BYLINE,
        Expected(
            headline="Cold snap lifts gas demand to a six-month high.",
            names=None,
            dateline=("LONDON", None, datetime.date(1996, 9, 3)),
            paragraphs=5,
            first="British gas demand",
            last="Forecasters said",
            language="en",
            boilerplate=("page", "copyright"),
        ),
    ),
    "rcv1_xml_frankfurt": (
        RCV1_XML_FRANKFURT,
        Expected(
            headline="Carmaker to add night shift at Saxony plant.",
            names=("Tomas Berger",),
            dateline=("FRANKFURT", None, datetime.date(1997, 3, 12)),
            paragraphs=3,
            first="A German carmaker",
            last="The works council",
            language="en",
            boilerplate=("page", "copyright"),
        ),
    ),
    "common_crawl_wet": (
        COMMON_CRAWL_WET,
        Expected(
            headline="Library reopens after two-year renovation",
            names=None,
            dateline=None,
            paragraphs=5,
            first="The central library",
            last="The library will",
            language="en",
            boilerplate=(
                "export",
                "export",
                "export",
                "export",
                "export",
                "export",
                "export",
                "export",
                "export",
                "export",
            ),
        ),
    ),
    "cc_news_wet_page": (
        CC_NEWS_WET_PAGE,
        Expected(
            headline="Water main break floods downtown streets",
            names=("Tom Hardy",),
            dateline=None,
            paragraphs=4,
            first="A water main",
            last="Water service is",
            language="en",
            boilerplate=(
                "export",
                "export",
                "export",
                "export",
                "export",
                "export",
                "export",
                "export",
                "export",
                "page",
                "timestamp",
                "copyright",
            ),
        ),
    ),
    "cnn_dailymail_story": (
        CNN_DAILYMAIL_STORY,
        Expected(
            headline=None,
            names=None,
            dateline=(None, "CNN", None),
            paragraphs=5,
            first="Rescue crews pulled",
            last="The canyon will",
            language="en",
            boilerplate=("export", "export", "export", "export", "export", "export"),
        ),
    ),
    "dailymail_dataset_story": (
        DAILYMAIL_DATASET_STORY,
        Expected(
            headline=None,
            names=("Jane Doe",),
            dateline=None,
            paragraphs=1,
            first="A retired postman",
            last="A retired postman",
            language="en",
            boilerplate=("timestamp", "export", "export", "export", "export"),
        ),
    ),
    "dailymail_dataset_updated": (
        DAILYMAIL_DATASET_UPDATED,
        Expected(
            headline=None,
            names=None,
            dateline=None,
            paragraphs=1,
            first="A council has",
            last="A council has",
            language="en",
            boilerplate=("credits", "timestamp", "export", "export", "export", "export"),
        ),
    ),
    "xsum_document": (
        XSUM_DOCUMENT,
        Expected(
            headline=None,
            names=None,
            dateline=None,
            paragraphs=5,
            first="The council said",
            last="The council will",
            language="en",
            boilerplate=("page",),
            captions=(("Swimmers said they were angry about the closure", None),),
        ),
    ),
    "xsum_raw_record": (
        XSUM_RAW_RECORD,
        Expected(
            headline="Leisure centre to close over pool roof repair bill",
            names=None,
            dateline=None,
            paragraphs=5,
            first="A leisure centre",
            last="The council will",
            language="en",
            boilerplate=("page",),
        ),
    ),
    "multi_news_record": (
        MULTI_NEWS_RECORD,
        Expected(
            headline="Ferry crossings halted after engine fire",
            names=None,
            dateline=None,
            paragraphs=2,
            first="A regional ferry",
            last="No one was",
            language="en",
            boilerplate=("export",),
        ),
    ),
    "newspaper3k_text": (
        NEWSPAPER3K_TEXT,
        Expected(
            headline=None,
            names=None,
            dateline=None,
            paragraphs=5,
            first="The city council",
            last="Council members said",
            language="en",
        ),
    ),
    "trafilatura_text": (
        TRAFILATURA_TEXT,
        Expected(
            headline="Port strike enters second week as talks stall",
            names=None,
            dateline=None,
            paragraphs=8,
            first="Dock workers at",
            last="The labour ministry",
            language="en",
            boilerplate=("table",),
        ),
    ),
    "beautifulsoup_page": (
        BEAUTIFULSOUP_PAGE,
        Expected(
            headline="Council approves new bike lanes",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=5,
            first="The city council",
            last="The project is",
            language="en",
            boilerplate=(
                "page",
                "page",
                "page",
                "page",
                "page",
                "page",
                "page",
                "timestamp",
                "share",
                "share",
                "share",
                "share",
                "copyright",
                "page",
                "page",
            ),
        ),
    ),
    "html2text_markdown": (
        HTML2TEXT_MARKDOWN,
        Expected(
            headline="Council approves new bike lanes",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=8,
            first="The city council",
            last="The project is",
            language="en",
            boilerplate=("timestamp", "page", "page"),
            captions=(("Cyclists ride along Main Street.", "John Roe/Riverton Courier"),),
        ),
    ),
    # trafilatura's text: a table's rows with no rule under the head, two cells
    "trafilatura_text_results": (
        TRAFILATURA_TEXT_RESULTS,
        Expected(
            headline="Ferry fares to rise by a fifth from April",
            names=None,
            dateline=None,
            paragraphs=5,
            first="The island's ferry",
            last="The board will hold",
            language="en",
            boilerplate=("table",),
        ),
    ),
    # ... two such tables, each read on its own (a change of cells ends one)
    "trafilatura_text_two_tables": (
        TRAFILATURA_TEXT_TWO_TABLES,
        Expected(
            headline="Reservoir levels fall across the region after dry summer",
            names=None,
            dateline=None,
            paragraphs=4,
            first="Water levels in",
            last="Forecasters expect rain",
            language="en",
            boilerplate=("table", "table"),
        ),
    ),
    # html2text: hard-wrapped paragraphs, an indented numbered list and the
    # reference links' definitions under the story
    "html2text_report": (
        HTML2TEXT_REPORT,
        Expected(
            headline="School district delays start of new bus routes",
            names=("Tom Alvarez",),
            dateline=None,
            paragraphs=8,
            first="The school district",
            last="The district plans",
            language="en",
            boilerplate=("timestamp", "page", "page"),
        ),
    ),
    "nyt_annotated_fields": (
        NYT_ANNOTATED_FIELDS,
        Expected(
            headline="Town Votes to Keep Its Last Dairy Farm",
            names=("JANE DOE",),
            dateline=("HARTWELL, Vt.", None, datetime.date(2006, 5, 3)),
            paragraphs=4,
            first="Voters in this",
            last="The town will",
            language="en",
            boilerplate=("timestamp", "export", "export", "export", "export"),
        ),
    ),
    "justext_paragraphs": (
        JUSTEXT_PARAGRAPHS,
        Expected(
            headline="Water main break floods downtown streets",
            names=None,
            dateline=None,
            paragraphs=5,
            first="A water main",
            last="Water service is",
            language="en",
        ),
    ),
    "goose3_cleaned_text": (
        GOOSE3_CLEANED_TEXT,
        Expected(
            headline=None,
            names=None,
            dateline=None,
            paragraphs=5,
            first="A water main",
            last="Water service is",
            language="en",
        ),
    ),
    "pandoc_plain": (
        PANDOC_PLAIN,
        Expected(
            headline="Water main break floods downtown streets",
            names=("Tom Hardy",),
            dateline=None,
            paragraphs=4,
            first="A water main",
            last="The city's utilities",
            language="en",
            boilerplate=("timestamp",),
            captions=(
                ("Water pours from a manhole on Harbor Street.", "Riverton Courier/Ana\nRuiz"),
            ),
        ),
    ),
    "trec_wapo_flattened": (
        TREC_WAPO_FLATTENED,
        Expected(
            headline="Water main break floods downtown streets",
            names=("Tom Hardy",),
            dateline=None,
            paragraphs=4,
            first="A water main",
            last="The city's utilities",
            language="en",
            boilerplate=("timestamp", "credits"),
            kicker="Local",
        ),
    ),
    "readability_text_content": (
        READABILITY_TEXT_CONTENT,
        Expected(
            headline="Water main break floods downtown streets",
            names=("Tom Hardy",),
            dateline=None,
            paragraphs=4,
            first="A water main",
            last="The city's utilities",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "mind_record": (
        MIND_RECORD,
        Expected(
            headline="Water main break floods downtown streets",
            names=None,
            dateline=None,
            paragraphs=4,
            first="A water main",
            last="Water service is",
            language="en",
            boilerplate=("export", "export", "export", "export"),
            standfirst="About 3,000 homes lost water after an 80-year-old pipe burst under Harbor Street.",
        ),
    ),
    "boilerpipe_article_text": (
        BOILERPIPE_ARTICLE_TEXT,
        Expected(
            headline="Bridge repairs to close river crossing for six weeks",
            names=None,
            dateline=None,
            paragraphs=4,
            first="The Elm Street",
            last="Pedestrians and cyclists",
            language="en",
        ),
    ),
    "gigaword_xinhua_sgml": (
        GIGAWORD_XINHUA_SGML,
        Expected(
            headline="Kenya launches campaign to vaccinate livestock against anthrax",
            names=None,
            dateline=("NAIROBI", "Xinhua", None),
            paragraphs=3,
            first="Kenya on Friday",
            last="Vets will visit",
            language="en",
        ),
    ),
    "xsum_image_credit": (
        XSUM_IMAGE_CREDIT,
        Expected(
            headline=None,
            names=None,
            dateline=None,
            paragraphs=3,
            first="The company said",
            last="The union said",
            language="en",
            captions=(("The plant has made boilers since 1962", "Getty Images"),),
        ),
    ),
    "all_the_news_record": (
        ALL_THE_NEWS_RECORD,
        Expected(
            headline="Bridge repairs to close river crossing for six weeks",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=1,
            first="The Elm Street",
            last="The Elm Street",
            language="en",
            boilerplate=("export", "timestamp", "export", "export"),
        ),
    ),
    "newspaper4k_titled_text": (
        NEWSPAPER4K_TITLED_TEXT,
        Expected(
            headline="Bridge repairs to close river crossing for six weeks",
            names=None,
            dateline=None,
            paragraphs=4,
            first="The Elm Street",
            last="Pedestrians and cyclists",
            language="en",
        ),
    ),
    "diffbot_text": (
        DIFFBOT_TEXT,
        Expected(
            headline=None,
            names=None,
            dateline=None,
            paragraphs=4,
            first="The Elm Street",
            last="Pedestrians and cyclists",
            language="en",
            boilerplate=("credits",),
        ),
    ),
    "cc_news_wet_menus": (
        CC_NEWS_WET_MENUS,
        Expected(
            headline="Bridge repairs to close river crossing for six weeks",
            names=None,
            dateline=None,
            paragraphs=2,
            first="The Elm Street",
            last="Drivers will be",
            language="en",
            boilerplate=(
                "export",
                "export",
                "export",
                "export",
                "export",
                "export",
                "export",
                "page",
                "page",
                "page",
                "page",
                "share",
            ),
        ),
    ),
    "gigaword_nyt_trim_note": (
        GIGAWORD_NYT_TRIM_NOTE,
        Expected(
            headline="SENATE PANEL BACKS RAIL SAFETY BILL",
            names=None,
            dateline=("WASHINGTON", None, None),
            paragraphs=3,
            first="A Senate committee",
            last="Railroad companies have",
            language="en",
            boilerplate=("flag",),
        ),
    ),
    "cnn_dailymail_updated_line": (
        CNN_DAILYMAIL_UPDATED_LINE,
        Expected(
            headline=None,
            names=("Jane Doe",),
            dateline=(None, "CNN", datetime.date(2012, 3, 3)),
            paragraphs=3,
            first="Floodwaters closed dozens",
            last='"Please stay home',
            language="en",
            boilerplate=("timestamp", "export", "export", "export", "export"),
        ),
    ),
    "newsapi_content": (
        NEWSAPI_CONTENT,
        Expected(
            headline="Storm shuts three Gulf ports as tanker traffic backs up",
            standfirst="Port officials in Texas and Louisiana closed three terminals on Tuesday as a slow storm pushed water into shipping lanes.",
            names=None,
            dateline=("HOUSTON", "Reuters", None),
            paragraphs=2,
            first="Three ports on",
            last="More than 40",
            language="en",
            boilerplate=("export",),
        ),
    ),
    "newsapi_description": (
        NEWSAPI_DESCRIPTION,
        Expected(
            headline="City council delays vote on bus lane plan",
            names=None,
            dateline=None,
            paragraphs=2,
            first="The vote was",
            last="A plan to",
            language="en",
            boilerplate=("export",),
        ),
    ),
    "news_api_row_labels": (
        NEWS_API_ROW_LABELS,
        Expected(
            headline="Wind farm approved off Norfolk coast",
            names=None,
            dateline=None,
            paragraphs=3,
            first="Ministers have approved",
            last="Local groups had",
            language="en",
            boilerplate=("export",),
        ),
    ),
    "cnn_dailymail_uncased": (
        CNN_DAILYMAIL_UNCASED,
        Expected(
            headline=None,
            names=None,
            dateline=(None, "cnn", None),
            paragraphs=4,
            first="a hiker who",
            last="he was taken",
            language="en",
            boilerplate=("export", "export", "export", "export"),
        ),
    ),
    "cnn_uncased_dateline": (
        CNN_UNCASED_DATELINE,
        Expected(
            headline=None,
            names=None,
            dateline=("new york", "cnn", None),
            paragraphs=3,
            first="the city 's",
            last="students have asked",
            language="en",
        ),
    ),
    "gigaword_tokenized": (
        GIGAWORD_TOKENIZED,
        Expected(
            headline="thai police arrest five over fake visa ring",
            names=None,
            dateline=("bangkok", "afp", None),
            paragraphs=3,
            first="thai police said",
            last="police said the",
            language="en",
        ),
    ),
    "gigaword_ptb_cased": (
        GIGAWORD_PTB_CASED,
        Expected(
            headline="Rail union calls strike over pay offer",
            names=None,
            dateline=("LONDON", "Reuters", None),
            paragraphs=3,
            first="A British rail",
            last="The rail operator",
            language="en",
        ),
    ),
    "xsum_url_record": (
        XSUM_URL_RECORD,
        Expected(
            headline="Lifeboat crew rescue two walkers cut off by tide",
            names=None,
            dateline=None,
            paragraphs=4,
            first="Two walkers have",
            last="A spokesman for",
            language="en",
            boilerplate=("page",),
        ),
    ),
    "bbc_news_summary": (
        BBC_NEWS_SUMMARY,
        Expected(
            headline="Bakery chain to open 40 new shops",
            names=None,
            dateline=None,
            paragraphs=4,
            first="A bakery chain",
            last="Shares in the",
            language="en",
        ),
    ),
    "multi_news_newlines": (
        MULTI_NEWS_NEWLINES,
        Expected(
            headline="Bridge closes for repairs",
            names=None,
            dateline=None,
            paragraphs=2,
            first="The Elm Street",
            last="Drivers will be",
            language="en",
            boilerplate=("export",),
        ),
    ),
    "cnn_dailymail_tokenized": (
        CNN_DAILYMAIL_TOKENIZED,
        Expected(
            headline=None,
            names=None,
            dateline=(None, "CNN", None),
            paragraphs=3,
            first="A small plane",
            last="`` It was",
            language="en",
            boilerplate=("export", "export", "export", "export"),
        ),
    ),
    "dailymail_two_authors": (
        DAILYMAIL_TWO_AUTHORS,
        Expected(
            headline=None,
            names=("Mark Hale", "Sara Quinn"),
            dateline=None,
            paragraphs=1,
            first="Two teenagers have",
            last="Two teenagers have",
            language="en",
            boilerplate=("timestamp", "export", "export", "export", "export"),
        ),
    ),
    "gigaword_masked_digits": (
        GIGAWORD_MASKED_DIGITS,
        Expected(
            headline="china to build new rail link to laos border",
            names=None,
            dateline=("beijing", "xinhua", None),
            paragraphs=2,
            first="china will build",
            last="the line will",
            language="en",
        ),
    ),
    "dailymail_uncased_story": (
        DAILYMAIL_UNCASED_STORY,
        Expected(
            headline=None,
            names=("jane doe",),
            dateline=None,
            paragraphs=1,
            first="a zoo has",
            last="a zoo has",
            language="en",
            boilerplate=("timestamp", "export", "export"),
        ),
    ),
    "dailymail_tokenized_story": (
        DAILYMAIL_TOKENIZED_STORY,
        Expected(
            headline=None,
            names=("Tom Reed",),
            dateline=None,
            paragraphs=1,
            first="A seaside town",
            last="A seaside town",
            language="en",
            boilerplate=("timestamp", "export", "export"),
        ),
    ),
    "courier_related_plain_web": (
        COURIER_RELATED_PLAIN_WEB,
        Expected(
            headline="Harbour ferry fares to rise by 40 cents from April",
            names=("Tom Rees",),
            dateline=None,
            paragraphs=3,
            first="Fares on the harbour ferry",
            last="Commuter groups said",
            language="en",
            boilerplate=(
                "page",
                "page",
                "timestamp",
                "related",
                "related",
                "related",
                "related",
                "copyright",
            ),
        ),
    ),
    "library_release_end_mark": (
        LIBRARY_RELEASE_END_MARK,
        Expected(
            headline="Eastvale Library extends weekend opening hours",
            kicker="MEDIA RELEASE",
            names=None,
            dateline=("EASTVALE, B.C.", None, None),
            paragraphs=4,
            first="The Eastvale Public Library",
            last="The longer hours",
            language="en",
            boilerplate=("separator", "release", "release", "release"),
        ),
    ),
    "storm_live_bare_times": (
        STORM_LIVE_BARE_TIMES,
        Expected(
            headline="power cut to thousands as gales sweep coast",
            kicker="Storm live",
            names=None,
            dateline=None,
            paragraphs=4,
            first="Engineers said",
            last="More than 12,000 homes",
            language="en",
            boilerplate=("timestamp",) * 5,
        ),
    ),
    "factiva_section_over_headline": (
        FACTIVA_SECTION_OVER_HEADLINE,
        Expected(
            headline="Rovers appoint former captain as head coach",
            kicker="Sport",
            names=("Sam Whitaker",),
            dateline=None,
            paragraphs=3,
            first="Rovers have appointed",
            last='"It is the only job',
            language="en",
            boilerplate=(
                "export",
                "timestamp",
                "export",
                "export",
                "export",
                "copyright",
                "export",
            ),
        ),
    ),
    "oped_comment_section_web": (
        OPED_COMMENT_SECTION_WEB,
        Expected(
            headline="It is time to stop treating bus lanes as a luxury",
            kicker="Comment",
            names=("Marcus Bell",),
            dateline=None,
            paragraphs=3,
            first="Every morning",
            last="Opponents say",
            language="en",
            boilerplate=("timestamp", "credits"),
        ),
    ),
    "user_court_report": (
        USER_COURT_REPORT,
        Expected(
            headline="Former treasurer jailed for stealing £84,000 from bowls club",
            names=("Helen Marsh",),
            dateline=None,
            paragraphs=6,
            first="A former club treasurer who spent more t",
            last="Judge Paul Hendry told Allcott he had be",
            language="en",
            boilerplate=(
                "page",
                "timestamp",
                "share",
                "promo",
                "promo",
                "related",
                "related",
                "copyright",
            ),
        ),
    ),
    "user_football_report": (
        USER_FOOTBALL_REPORT,
        Expected(
            headline="Rovers 3-1 United: Okafor double sinks derby rivals",
            names=("Sam Whitlow",),
            dateline=None,
            paragraphs=5,
            first="Two goals from Emeka Okafor",
            last="United stay ninth",
            language="en",
            # the score line and the crowd, the line-ups and the referee: data
            boilerplate=("timestamp", *("table",) * 5),
            kicker="Match report",
        ),
    ),
    "user_ferry_gales": (
        USER_FERRY_GALES,
        Expected(
            headline="Ferries cancelled as gales sweep the west coast",
            names=("Hannah Ostrow",),
            dateline=None,
            paragraphs=4,
            first="All sailings between the mainland",
            last="Forecasters expect the winds to ease",
            language="en",
            boilerplate=("timestamp", "promo"),
        ),
    ),
    "user_science_story": (
        USER_SCIENCE_STORY,
        Expected(
            headline="Bees learn faster when flowers smell of caffeine, study finds",
            names=("Priya Nandakumar",),
            dateline=None,
            paragraphs=6,
            first="Bumblebees trained on flowers laced with",
            last="Reference: Fosse L. et al. (2026), Anima",
            language="en",
            boilerplate=("timestamp",),
            captions=(("A bumblebee visits a clover flower in a meadow.", "Jon Reeve/Alamy"),),
            kicker="Science",
            standfirst="Researchers say the finding could help farmers improve pollination of fruit crops",
        ),
    ),
    "user_earnings_brief": (
        USER_EARNINGS_BRIEF,
        Expected(
            headline="Northwind Foods profit rises 12% on strong snack sales",
            names=("Daniel Ortiz",),
            dateline=("CHICAGO", "Reuters", datetime.date(2026, 2, 11)),
            paragraphs=4,
            first="Northwind Foods Inc reported a 12% rise",
            last="Shares were up 3.2% in premarket trading",
            language="en",
            boilerplate=("table", "table", "table", "table", "credits"),
            reference_date=datetime.date(2026, 2, 11),
        ),
    ),
    "user_election_night": (
        USER_ELECTION_NIGHT,
        Expected(
            headline="Harbour City mayor race: Alvarez wins second term in landslide",
            names=("Jordan Kim", "Meera Shah"),
            dateline=("HARBOUR CITY", None, datetime.date(2026, 11, 3)),
            paragraphs=6,
            first="Mayor Rosa Alvarez easily won a second t",
            last="Turnout was about 48%, the county regist",
            language="en",
            boilerplate=("timestamp", "table", "table", "table", "table", "promo"),
            kicker="LIVE RESULTS",
        ),
    ),
    "user_obituary": (
        USER_OBITUARY,
        Expected(
            headline="Margaret Ellison, pioneering lighthouse engineer, dies at 91",
            names=("Arthur Quill",),
            dateline=None,
            paragraphs=5,
            first="Margaret Ellison, an engineer whose desi",
            last="She is survived by her daughter, two son",
            language="en",
            boilerplate=("timestamp", "imprint"),
            captions=(("Margaret Ellison at her drafting table in 1968.", "Ellison family"),),
            kicker="Obituaries",
            standfirst="She designed the automatic lamps that let remote coastal lights run without keepers",
        ),
    ),
    "user_qa_interview": (
        USER_QA_INTERVIEW,
        Expected(
            headline="'I write the ending first': novelist Ruth Adebayo on her new thriller",
            names=("Colin Hart",),
            dateline=None,
            paragraphs=7,
            first="Ruth Adebayo's fourth novel, The Salt Ro",
            last="A: Never. My agent sends me the nice one",
            language="en",
            boilerplate=("correction", "imprint"),
        ),
    ),
    "user_listicle": (
        USER_LISTICLE,
        Expected(
            headline="5 things to know about the new school year",
            names=("Tasha Green",),
            dateline=None,
            paragraphs=6,
            first="Classes start next week for about 60,000",
            last="Cedar Hill Elementary and Riverside Midd",
            language="en",
            boilerplate=("timestamp", "credits"),
        ),
    ),
    "user_correction_note": (
        USER_CORRECTION_NOTE,
        Expected(
            headline="City to close Elm Street bridge for six months of repairs",
            names=("Nadia Farouk",),
            dateline=None,
            paragraphs=5,
            first="The Elm Street bridge will close to cars",
            last="The $14 million project is paid for most",
            language="en",
            boilerplate=("correction", "timestamp"),
        ),
    ),
    "user_weather_warning": (
        USER_WEATHER_WARNING,
        Expected(
            headline="Amber warning for snow and ice as cold snap tightens grip",
            names=None,
            dateline=None,
            paragraphs=9,
            first="An amber warning for snow and ice covers",
            last="Temperatures could fall to -12C in shelt",
            language="en",
            boilerplate=("credits", "timestamp"),
            kicker="Weather",
            standfirst="Up to 20cm of snow could fall on high ground, forecasters say",
        ),
    ),
    "user_translated_wire": (
        USER_TRANSLATED_WIRE,
        Expected(
            headline="Spain's olive oil prices fall as harvest recovers",
            names=None,
            dateline=("MADRID", "EFE", datetime.date(2026, 1, 20)),
            paragraphs=5,
            first="The price of extra virgin olive oil at o",
            last="Spain produces around 45% of the world's",
            language="en",
            boilerplate=("credits", "signoff"),
            reference_date=datetime.date(2026, 1, 20),
        ),
    ),
    "user_embedded_post": (
        USER_EMBEDDED_POST,
        Expected(
            headline="Singer cancels tour dates after vocal injury",
            names=("Chloe Barrett",),
            dateline=None,
            paragraphs=5,
            first="Pop singer Mara Vey has cancelled the la",
            last="Fans quickly filled her comments with me",
            language="en",
            boilerplate=("timestamp", "page", "page", "page", "page"),
        ),
    ),
    "user_pull_quote": (
        USER_PULL_QUOTE,
        Expected(
            headline="Farmers fear water cuts as reservoir drops to record low",
            names=("Luis Romero",),
            dateline=None,
            paragraphs=5,
            first="The Coldwater reservoir, which supplies",
            last="The vote is scheduled for April 9.",
            language="en",
            boilerplate=("timestamp", "page"),
        ),
    ),
    "user_newsletter_item": (
        USER_NEWSLETTER_ITEM,
        Expected(
            headline=None,  # (the story's title is a subhead under the greeting)
            names=None,
            dateline=None,
            paragraphs=4,
            first="Good morning.",
            last="Commuters had been warned",
            language="en",
            boilerplate=("page", "timestamp", "promo", "promo", "page"),  # (the links)
        ),
    ),
    "user_podcast_transcript": (
        USER_PODCAST_TRANSCRIPT,
        Expected(
            headline="The Long Field podcast: why rural buses keep disappearing",
            names=None,
            dateline=None,
            paragraphs=6,
            first="HOST (JANE PIKE): Welcome back to The Lo",
            last="ALAN ROSS: Demand-responsive services, w",
            language="en",
            boilerplate=("page", "promo", "correction", "correction"),
        ),
    ),
    "user_photo_gallery": (
        USER_PHOTO_GALLERY,
        Expected(
            headline="Lantern festival lights up the old harbour",
            names=None,
            dateline=None,
            paragraphs=2,
            first="Thousands turned out on Saturday night f",
            last="The festival returns next year on the fi",
            language="en",
            boilerplate=("page", "page", "page", "page", "page"),
            captions=(
                (
                    "Lanterns in the shape of fish hang over the quay at dusk.",
                    "Mei Lin/Harbour Times",
                ),
                (
                    "A child holds up a paper dragon at the start of the parade.",
                    "Mei Lin/Harbour Times",
                ),
                ("Volunteers release floating lights onto the water.", "Sam Ochieng/Harbour Times"),
                ("Dancers perform in front of the old customs house.", "Mei Lin/Harbour Times"),
                ("Fireworks close the night over the harbour wall.", "Sam Ochieng/Harbour Times"),
            ),
            kicker="In pictures",
        ),
    ),
    "user_epaper_pdf": (
        USER_EPAPER_PDF,
        Expected(
            headline="Library hours cut as budget\nsqueeze bites",
            names=("RACHEL OWUSU",),
            dateline=("DALTON", None, None),
            paragraphs=4,
            first="The county library\nwill close on Mondays",
            last="The trustees agreed",
            language="en",
            boilerplate=("page",),
        ),
    ),
    "user_regional_wire": (
        USER_REGIONAL_WIRE,
        Expected(
            headline="Monsoon rains leave 14 dead in Kerala, schools shut",
            names=None,
            dateline=("Thiruvananthapuram", "PTI", datetime.date(2026, 7, 14)),
            paragraphs=5,
            first="Heavy monsoon rains lashed Kerala for th",
            last="Landslides blocked several roads in the",
            language="en",
            boilerplate=("signoff",),
            reference_date=datetime.date(2026, 7, 14),
        ),
    ),
    "user_press_release": (
        USER_PRESS_RELEASE,
        Expected(
            headline="Halvorsen Marine Unveils Electric Harbour Tug, Orders From Three Ports",
            names=None,
            dateline=("BERGEN, Norway", "PRNewswire", datetime.date(2026, 11, 3)),
            paragraphs=5,
            first="Halvorsen Marine ASA (OSE: HALV), a buil",
            last="Halvorsen said the vessels would be buil",
            language="en",
            boilerplate=(
                "release",
                "release",
                "timestamp",
                "share",
                "release",
                "release",
                "release",
                "release",
                "release",
                "release",
                "release",
                "release",
                "release",
            ),
        ),
    ),
    "user_ap_story": (
        USER_AP_STORY,
        Expected(
            headline="Wildfire smoke closes schools across 3 counties as crews battle blaze",
            names=("MARTA DELGADO", "KEVIN OSEI"),
            dateline=("SANTA ROSA, Calif.", "AP", None),
            paragraphs=8,  # (the two headings in capitals after ___ are subheads)
            first="Thick smoke from a wildfire burning in t",
            last="The company said it was cooperating with",
            language="en",
            boilerplate=("separator", "separator", "separator", "credits", "separator", "promo"),
        ),
    ),
    "user_reuters_story": (
        USER_REUTERS_STORY,
        Expected(
            headline="Copper hits three-month high as Chilean mine strike drags on",
            names=("Lena Fischer",),
            dateline=("LONDON", "Reuters", datetime.date(2026, 11, 12)),
            paragraphs=7,
            first="Copper prices climbed to their highest i",
            last="Among other metals, aluminium gained 0.6",
            language="en",
            boilerplate=("credits", "standards"),
            reference_date=datetime.date(2026, 11, 12),
        ),
    ),
    "user_bloomberg_story": (
        USER_BLOOMBERG_STORY,
        Expected(
            headline="Central Bank Holds Rates, Signals Cut Could Come in March",
            names=("Anjali Rao", "Peter Lindqvist"),
            dateline=None,
            paragraphs=7,
            first="Sweden's central bank kept its key inter",
            last="The next policy decision is due on Jan. ",
            language="en",
            boilerplate=(
                "timestamp",
                "credits",
                "credits",
                "credits",
                "credits",
                "credits",
                "credits",
            ),
        ),
    ),
    "user_afp_story": (
        USER_AFP_STORY,
        Expected(
            headline="Volcano erupts in Indonesia, thousands evacuated",
            names=None,
            dateline=("JAKARTA", "AFP", datetime.date(2026, 11, 17)),
            paragraphs=7,
            first="A volcano on Indonesia's Flores island e",
            last="Lewotobi Laki-laki last erupted in late ",
            language="en",
            boilerplate=("desk",),
        ),
    ),
    "user_local_tv": (
        USER_LOCAL_TV,
        Expected(
            headline="Crash closes Route 9 near Oakdale for hours; 2 taken to hospital",
            names=None,
            dateline=("OAKDALE, Mich.", "WXYZ", datetime.date(2026, 11, 9)),
            paragraphs=6,
            first="A crash involving a box truck and a pick",
            last='"Please slow down on these roads when th',
            language="en",
            boilerplate=("credits", "timestamp", "promo", "copyright"),
        ),
    ),
    "user_guardian_oped": (
        USER_GUARDIAN_OPED,
        Expected(
            headline="Our towns are full of empty shops. Let people live above them",
            kicker="Opinion\nHousing",
            standfirst="Thousands of flats could be created in high streets tomorrow if councils stopped treating upper floors as storage",
            names=("Nadia Kowalczyk",),
            dateline=None,
            paragraphs=6,
            first="Walk down almost any high street in Engl",
            last="None of this would solve the housing cri",
            language="en",
            boilerplate=("timestamp", "credits", "correction"),
            captions=(
                (
                    "A shuttered shopfront on a high street in the Midlands.",
                    "Christopher Furlong/Getty Images",
                ),
                (
                    "A council planning officer inspects the upper floor of a former bank.",
                    "Fabio De Paola/The Guardian",
                ),
            ),
        ),
    ),
    "user_bbc_page": (
        USER_BBC_PAGE,
        Expected(
            headline="Rare white stork chicks hatch at wildlife park for first time",
            names=("Tom Whitfield",),
            dateline=None,
            paragraphs=6,
            first="Three white stork chicks have hatched at",
            last="The park is asking visitors to use the v",
            language="en",
            boilerplate=(
                "timestamp",
                "share",
                "share",
                "promo",
                "related",
                "related",
                "related",
                "related",
            ),
            captions=(
                (
                    "The chicks are being fed by keepers until they are strong enough to leave the nest",
                    "Kent Wildlife Trust",
                ),
                (
                    "Visitors have been asked to keep their distance from the nest",
                    "Kent Wildlife Trust",
                ),
            ),
        ),
    ),
    "user_copied_page": (
        USER_COPIED_PAGE,
        Expected(
            headline="Why your grocery bill keeps rising even as inflation cools",
            kicker="Business",
            standfirst="Food prices have stopped climbing so fast, but shoppers are still paying far more than three years ago. Here's what's going on.",
            names=("Rebecca Lyons",),
            dateline=None,
            paragraphs=7,
            first="Shoppers have been told for months that ",
            last="For shoppers, the advice is familiar: co",
            language="en",
            boilerplate=(
                "page",
                "timestamp",
                "timestamp",
                "share",
                "share",
                "share",
                "share",
                "promo",
                "promo",
                "promo",
                "promo",
                "related",
            ),
        ),
    ),
    "user_sports_roundup": (
        USER_SPORTS_ROUNDUP,
        Expected(
            headline="Sunday's results: Harbour City go top as Wanderers slip again",
            names=("Owen Pritchard",),
            dateline=None,
            paragraphs=12,
            first="Harbour City moved to the top of the Nor",
            last="Next weekend City travel to Millfield in",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "user_markets_report": (
        USER_MARKETS_REPORT,
        Expected(
            headline="Stocks close higher as tech rebounds; oil slips",
            names=("Carla Mendes",),
            dateline=None,
            paragraphs=7,
            first="U.S. stocks ended higher on Wednesday as",
            last="Gold was steady at $2,905 an ounce. In c",
            language="en",
            boilerplate=("timestamp", "table", "table", "table", "table"),
        ),
    ),
    "user_police_appeal": (
        USER_POLICE_APPEAL,
        Expected(
            headline="Police appeal after pensioner knocked down in hit-and-run",
            names=None,
            dateline=None,
            paragraphs=7,
            first="Police are appealing for witnesses after",
            last="Anyone with information is asked to call",
            language="en",
            boilerplate=(),
        ),
    ),
    "user_live_blog": (
        USER_LIVE_BLOG,
        Expected(
            headline="thousands without power as 90mph gusts hit coast",
            kicker="Storm Elin live",
            names=None,
            dateline=None,
            paragraphs=6,
            first="Rail operators have cancelled all servic",
            last="Good morning and welcome to our live cov",
            language="en",
            boilerplate=(
                "page",
                "page",
                "page",
                "timestamp",
                "timestamp",
                "timestamp",
                "timestamp",
                "timestamp",
                "timestamp",
            ),
        ),
    ),
    "user_substack_post": (
        USER_SUBSTACK_POST,
        Expected(
            headline="Why the bus depot vote matters more than it looks",
            standfirst="The council's decision on Thursday will shape the east side for a decade",
            names=("Leah Moss",),
            dateline=None,
            paragraphs=6,
            first="On Thursday night the city council will ",
            last="I'll be at the meeting and will post an ",
            language="en",
            boilerplate=("page", "timestamp", "share", "promo", "page", "page"),
        ),
    ),
    "user_explainer": (
        USER_EXPLAINER,
        Expected(
            headline="What happens now that the water company has been fined?",
            names=("Sofia Grant",),
            dateline=None,
            paragraphs=9,
            first="Regulators fined Riverside Water £42 mil",
            last='"This penalty should be a warning to the',
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "user_syndicated_column": (
        USER_SYNDICATED_COLUMN,
        Expected(
            headline="Don't let a bad boss follow you into your next job",
            names=("Marcus Webb",),
            dateline=None,
            paragraphs=6,
            first="When Dana left her last job, she thought",
            last="Dana, for what it's worth, now sends her",
            language="en",
            boilerplate=("credits", "copyright"),
        ),
    ),
    "user_story_correction": (
        USER_STORY_CORRECTION,
        Expected(
            headline="School board delays vote on later start times",
            names=("Jamal Wright",),
            dateline=None,
            paragraphs=6,
            first="The Lakeview school board on Wednesday p",
            last="The board asked staff to bring back a fu",
            language="en",
            boilerplate=("timestamp", "correction"),
        ),
    ),
    "user_reader_view": (
        USER_READER_VIEW,
        Expected(
            headline="Riverton's last bookshop to close after 61 years",
            names=("Helen Okafor",),
            dateline=None,
            paragraphs=7,
            first="Riverton's last independent bookshop wil",
            last="The town council said it was looking at ",
            language="en",
            boilerplate=("page", "timestamp"),
        ),
    ),
    "user_indian_daily": (
        USER_INDIAN_DAILY,
        Expected(
            headline="Metro rail's second phase to open in March, says Minister",
            standfirst="The 18-km stretch will connect the airport with the city's eastern suburbs",
            names=None,
            dateline=("CHENNAI", None, datetime.date(2026, 11, 3)),
            paragraphs=6,
            first="The second phase of the city's metro",
            last="The Minister also said",
            language="en",
            boilerplate=("timestamp", "timestamp", "credits", "timestamp", "page"),
            captions=(
                ("A train on the first phase of the metro rail network. File", "R. Ravindran"),
            ),
        ),
    ),
    "user_factbox": (
        USER_FACTBOX,
        Expected(
            headline="Key facts about Norland's disputed river dam",
            kicker="FACTBOX",
            names=("Petra Lindqvist",),
            dateline=("OSLO", "Reuters", datetime.date(2026, 11, 12)),
            paragraphs=6,
            first="Norland's parliament votes",
            last="If parliament approves",
            language="en",
            boilerplate=("credits",),
            reference_date=datetime.date(2026, 11, 12),
        ),
    ),
    "user_in_brief": (
        USER_IN_BRIEF,
        Expected(
            headline=None,
            kicker="IN BRIEF",
            names=("Rachel Stone",),
            dateline=None,
            paragraphs=5,
            first="The central library on Grove",
            last="The Ashford Community Food Bank",
            language="en",
            boilerplate=("credits",),
        ),
    ),
    "user_news_analysis": (
        USER_NEWS_ANALYSIS,
        Expected(
            headline="Harbour city's housing plan leaves renters waiting",
            kicker="NEWS ANALYSIS",
            standfirst="The mayor promised 20,000 homes in five years. Two years in, fewer than 3,000 have been started.",
            names=("Daniel Osei",),
            dateline=None,
            paragraphs=8,
            first="When Mayor Clara Duval",
            last="For renters such as",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "user_court_listing": (
        USER_COURT_LISTING,
        Expected(
            headline="IN THE COURTS",
            names=None,
            dateline=None,
            paragraphs=7,
            first="The following cases were heard",
            last="Daniel Crewe, 19,",
            language="en",
            boilerplate=("standards",),
        ),
    ),
    "user_editors_note": (
        USER_EDITORS_NOTE,
        Expected(
            headline="The night the river rose: survivors recount the Marlow flood",
            names=("Siobhan Kerr",),
            dateline=("MARLOW", None, None),
            paragraphs=7,
            first="At 2 a.m. on the night",
            last="Tom Fairley, who runs",
            language="en",
            boilerplate=("flag",),
        ),
    ),
    "user_gov_statement": (
        USER_GOV_STATEMENT,
        Expected(
            headline="Government announces support package for storm-hit fishing communities",
            names=None,
            dateline=None,
            paragraphs=5,
            first="The Government of Santa Lucerna has approved",
            last="The Ministry has also asked",
            language="en",
            boilerplate=(
                "release",
                "release",
                "release",
                "release",
                "timestamp",
                "separator",
                "release",
                "release",
            ),
        ),
    ),
    "user_jump_lines": (
        USER_JUMP_LINES,
        Expected(
            headline="Council weighs $48 million budget gap",
            names=("Henry Albright",),
            dateline=("GREENVALE", None, None),
            paragraphs=7,
            first="City council members got",
            last="The council will hold two",
            language="en",
            boilerplate=("related", "related"),
        ),
    ),
    "user_results_table": (
        USER_RESULTS_TABLE,
        Expected(
            headline="Halvorsen Marine reports third-quarter profit up 18% on ferry orders",
            names=None,
            dateline=("BERGEN, Norway", "PRNewswire", datetime.date(2026, 10, 29)),
            paragraphs=4,
            first="Halvorsen Marine ASA (OSE: HALV)",
            last="The company kept its full-year",
            language="en",
            boilerplate=(
                "table",
                "table",
                "table",
                "table",
                "table",
                "table",
                "release",
                "release",
                "release",
                "release",
                "release",
            ),
        ),
    ),
    "user_drop_cap": (
        USER_DROP_CAP,
        Expected(
            headline="The last ferryman of Loch Arran",
            standfirst="For forty years, one man has carried the island's post, its doctors and its coffins across the water. Next spring, a bridge will do it instead.",
            names=("Fiona MacLeod",),
            dateline=None,
            paragraphs=7,
            first="A\n\nngus Baird checks",
            last='"But I\'ll miss the quiet,"',
            language="en",
            boilerplate=("credits",),
            captions=(
                ("Angus Baird at the wheel of the Morag, the island's ferry since 1986.", None),
            ),
        ),
    ),
    "user_paywall": (
        USER_PAYWALL,
        Expected(
            headline="Regional airline to drop three routes as pilot shortage bites",
            names=("Amelia Hart",),
            dateline=None,
            paragraphs=3,
            first="Skyline Regional will stop",
            last='"We have not taken',
            language="en",
            boilerplate=("timestamp", "promo", "promo", "promo", "promo"),
        ),
    ),
    "user_related_links": (
        USER_RELATED_LINKS,
        Expected(
            headline="Heatwave pushes city's power demand to record",
            names=("Nadia Rahman",),
            dateline=None,
            paragraphs=6,
            first="Electricity demand in the city",
            last="Forecasters expect temperatures",
            language="en",
            boilerplate=("timestamp", "promo", "related"),
        ),
    ),
    "user_update2": (
        USER_UPDATE2,
        Expected(
            headline="Brazilian miner halts exports after port fire, shares slide",
            kicker="UPDATE 2",
            names=("Lucas Pereira", "Ana Costa"),
            dateline=("SAO PAULO", "Reuters", datetime.date(2026, 11, 17)),
            paragraphs=7,
            first="Brazilian iron ore miner",
            last="Shares of Ferronorte were",
            language="en",
            boilerplate=("flag", "credits"),
            reference_date=datetime.date(2026, 11, 17),
        ),
    ),
    "user_advisory": (
        USER_ADVISORY,
        Expected(
            headline="Reuters to publish series on drought in the Sahel",
            kicker="ADVISORY",
            names=None,
            dateline=None,
            paragraphs=4,
            first="Reuters will publish a three-part",
            last="For questions about the series",
            language="en",
            boilerplate=("flag", "credits"),
        ),
    ),
    "user_amp": (
        USER_AMP,
        Expected(
            headline="City to plant 10,000 trees along bus corridors",
            kicker="LOCAL",
            names=("Tom Becker",),
            dateline=None,
            paragraphs=5,
            first="The city will plant 10,000",
            last="Some aldermen questioned",
            language="en",
            boilerplate=("page", "page", "timestamp", "credits", "share"),
        ),
    ),
    "user_msn_copy": (
        USER_MSN_COPY,
        Expected(
            headline="Teachers in three districts vote to strike over class sizes",
            names=("Maya Collins",),
            dateline=None,
            paragraphs=7,
            first="Teachers in the Oakmere",
            last="Parents have been told",
            language="en",
            boilerplate=("page", "timestamp", "page"),
        ),
    ),
    "user_ngo_news": (
        USER_NGO_NEWS,
        Expected(
            headline="New survey finds one in four rural clinics without a full-time nurse",
            names=None,
            dateline=None,
            paragraphs=5,
            first="A quarter of rural health clinics",
            last="The report, Empty Chairs",
            language="en",
            boilerplate=(
                "page",
                "timestamp",
                "release",
                "release",
                "release",
                "release",
                "release",
                "release",
                "release",
                "release",
            ),
        ),
    ),
    "user_review": (
        USER_REVIEW,
        Expected(
            headline="The Lighthouse Keeper's Daughter, Playhouse, Ashford",
            kicker="Theatre review",
            standfirst="A small cast and a storm that never lets up make this revival gripping",
            names=("Jonathan Pryce-Evans",),
            dateline=None,
            paragraphs=5,
            first="There is a moment, about forty",
            last="But the ending, when Mary",
            language="en",
            boilerplate=(
                "page",  # (its stars)
                "page",  # (its run and tickets)
                "credits",
                "credits",
                "credits",
                "credits",
                "credits",
                "credits",
                "credits",
            ),
        ),
    ),
    "user_speech": (
        USER_SPEECH,
        Expected(
            headline="Prime Minister's address to the nation on the energy emergency",
            kicker="Full text",
            names=None,
            dateline=None,
            paragraphs=9,
            first="Good evening.",
            last="Thank you, and good night.",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "user_pdf_page": (
        USER_PDF_PAGE,
        Expected(
            headline="Council backs plan to reopen\nthe old Quayside ferry route",
            names=("Laura Finch",),
            dateline=("BRANSTON", None, None),
            paragraphs=7,  # (its seven blocks between blank lines)
            first="Councillors last night voted",
            last="Work on the landing stages",
            language="en",
            boilerplate=("page", "related"),
        ),
    ),
    "user_pdf_report": (
        USER_PDF_REPORT,
        Expected(
            headline=None,
            names=None,
            dateline=None,
            paragraphs=7,
            first="The Upland Water Trust",
            last="The Trust plans to connect",
            language="en",
            boilerplate=("page", "page", "page"),  # (its running head, twice with a folio)
        ),
    ),
    "user_email_newsletter": (
        USER_EMAIL_NEWSLETTER,
        Expected(
            headline="Rail fares to rise by 4.5% in March",
            names=("Carys Bowen",),
            dateline=None,
            paragraphs=5,
            first="Rail fares in England",
            last="Unions said they",
            language="en",
            boilerplate=(
                "page",
                "page",
                "timestamp",
                "page",
                "promo",
                "promo",
                "promo",
                "promo",
                "promo",
                "page",
                "copyright",
            ),
        ),
    ),
    "user_rss_item": (
        USER_RSS_ITEM,
        Expected(
            headline="Museum returns carved panels to Ghanaian royal court",
            names=None,
            dateline=None,
            paragraphs=6,
            first="The Whitcombe Museum",
            last="The museum said it was in talks",
            language="en",
            boilerplate=("page", "promo"),
        ),
    ),
    "user_cms_export": (
        USER_CMS_EXPORT,
        Expected(
            headline="Hospital car park charges to be scrapped for night-shift staff",
            names=("Megan Doyle",),
            dateline=None,
            paragraphs=6,
            first="Night-shift staff at St Aidan",
            last="The union Unison welcomed",
            language="en",
            boilerplate=("timestamp", "export", "export", "export"),
        ),
    ),
    "user_front_matter": (
        USER_FRONT_MATTER,
        Expected(
            headline="Drought forces water restrictions across three counties",
            names=("Owen Pritchard",),
            dateline=None,
            paragraphs=6,
            first="A hosepipe ban will come",
            last="The Environment Agency said",
            language="en",
            boilerplate=("export", "timestamp", "export", "export", "export"),
        ),
    ),
    "user_ocr_clipping": (
        USER_OCR_CLIPPING,
        Expected(
            headline="NEW BRIDGE OPENED\nBY THE MAYOR",
            standfirst="LARGE CROWD AT CEREMONY",
            names=None,
            dateline=None,
            paragraphs=5,
            first="The new bridge over tbe River",
            last="After the ceremony the Mayor",
            language="en",
            boilerplate=("page",),
        ),
    ),
    "user_eikon_copy": (
        USER_EIKON_COPY,
        Expected(
            headline="Norvik Energy cuts output forecast as northern field delays bite",
            kicker="UPDATE 2",
            names=("Ingrid Solberg",),
            dateline=("OSLO", "Reuters", None),
            paragraphs=7,
            first="Norway's Norvik Energy",
            last="Analysts said the forecast",
            language="en",
            boilerplate=("flag", "credits", "credits", "separator"),
        ),
    ),
    "user_bloomberg_terminal": (
        USER_BLOOMBERG_TERMINAL,
        Expected(
            headline="Harbor Steel to Cut 1,200 Jobs as Demand Slump Deepens",
            names=("Daniel Kwan",),
            dateline=(None, "Bloomberg", None),
            paragraphs=5,
            first="Harbor Steel Corp. will cut",
            last="Steel prices in the US",
            language="en",
            boilerplate=("timestamp", "credits", "credits", "credits", "credits"),
        ),
    ),
    "user_contents_list": (
        USER_CONTENTS_LIST,
        Expected(
            headline="What the new planning rules mean for you",
            names=("Rachel Osei",),
            dateline=None,
            paragraphs=6,
            first="The government has published",
            last="Campaigners say the changes",
            language="en",
            boilerplate=("timestamp", "page", "page", "page", "page", "page", "page"),
        ),
    ),
    "user_app_share": (
        USER_APP_SHARE,
        Expected(
            headline="Schools to get extra £20m for special needs places",
            names=("Imogen Tate",),
            dateline=None,
            paragraphs=4,
            first="Councils across the region",
            last="The Department for Education",
            language="en",
            boilerplate=("page", "promo"),
        ),
    ),
    "user_whatsapp_forward": (
        USER_WHATSAPP_FORWARD,
        Expected(
            headline="Flooding closes main road into town for second day",
            names=None,
            dateline=None,
            paragraphs=6,
            first="The main road into Carrowmore",
            last="The Met Office has issued",
            language="en",
            boilerplate=("page",),
        ),
    ),
    "user_anadolu_story": (
        USER_ANADOLU_STORY,
        Expected(
            headline="Türkiye, Azerbaijan sign deal to double rail freight on Caspian corridor",
            standfirst="Transport ministers agree to raise annual cargo capacity of "
            "Baku-Tbilisi-Kars line to 6 million tons by 2029",
            names=("Elif Demirtaş",),
            dateline=("ANKARA", None, None),
            paragraphs=6,
            first="Türkiye and Azerbaijan on Thursday",
            last="Officials expect the first new terminal",
            language="en",
            boilerplate=("promo",),
        ),
    ),
    "user_antara_story": (
        USER_ANTARA_STORY,
        Expected(
            headline="Indonesia to open 500,000 hectares of new rice fields in Papua, Kalimantan",
            names=("Putu Indah Savitri",),
            dateline=("Jakarta", "ANTARA", None),
            paragraphs=6,
            first="The Indonesian government plans",
            last="Hartanto said the government would only",
            language="en",
            boilerplate=("related", "related", "credits", "credits", "copyright"),
        ),
    ),
    "user_bbc_monitoring": (
        USER_BBC_MONITORING,
        Expected(
            headline="Kazakh leader orders review of fuel price rises after protests",
            names=None,
            dateline=("Astana", None, datetime.date(2022, 5, 12)),
            paragraphs=5,
            first="President Nurlan Serikbayev has instructed",
            last="The head of the antimonopoly agency",
            language="en",
            # the source over the text, [Passage omitted: ...], the source line, the desk line
            boilerplate=("credits", "flag", "credits", "desk"),
            reference_date=datetime.date(2022, 5, 12),
        ),
    ),
    "user_tv_transcript": (
        USER_TV_TRANSCRIPT,
        Expected(
            headline="Floods Force Thousands From Homes Along Ohio River; "
            "Senate Returns To Budget Talks",
            kicker="CNN NEWSROOM",
            names=None,
            dateline=None,
            paragraphs=8,
            first="JANE HARLOW, CNN ANCHOR: Good morning.",
            last="We'll have more on the floods",
            language="en",
            # Aired ..., the rush transcript's note, [10:00:08], the videotape's
            # start and end, the commercial break
            boilerplate=("timestamp", "correction", "timestamp", "page", "page", "page"),
        ),
    ),
    "user_corrected_story": (
        USER_CORRECTED_STORY,
        Expected(
            headline="Norwegian lender Fjordbank to cut 1,200 jobs, close branches",
            kicker="CORRECTED-UPDATE 1",
            names=("Lars Eriksen", "Ingrid Holm"),
            dateline=("OSLO", "Reuters", datetime.date(2026, 3, 4)),
            paragraphs=6,
            first="Norway's Fjordbank will cut",
            last="Shares in Fjordbank rose",
            language="en",
            boilerplate=("flag", "credits"),
            reference_date=datetime.date(2026, 3, 4),
        ),
    ),
    "user_fact_check": (
        USER_FACT_CHECK,
        Expected(
            headline="No, the city is not charging drivers a daily fee to enter downtown",
            kicker="Fact check",
            names=("Rachel Okoye",),
            dateline=None,
            paragraphs=7,
            first="Claim: A post shared thousands",
            last="The claim that Riverton will charge",
            language="en",
            boilerplate=("timestamp", "credits"),
        ),
    ),
    "user_letters_page": (
        USER_LETTERS_PAGE,
        Expected(
            headline="Bus cuts will hit those with fewest options",
            kicker="Letters to the editor",
            names=None,
            dateline=None,
            paragraphs=4,
            first="The proposal to cut the number 14 bus",
            last="On behalf of the Eastbrook Allotment Society",
            language="en",
            boilerplate=("credits", "credits", "credits", "credits", "credits", "promo"),
        ),
    ),
    "user_corrections_column": (
        USER_CORRECTIONS_COLUMN,
        Expected(
            headline="Corrections and clarifications",
            names=None,
            dateline=None,
            paragraphs=6,
            first="An article about the new ring road",
            last="Readers can contact the readers' editor",
            language="en",
            boilerplate=("credits", "timestamp"),
        ),
    ),
    "user_police_blotter": (
        USER_POLICE_BLOTTER,
        Expected(
            headline="Police log: Stolen trailer, fake bank calls and a loose horse",
            names=None,
            dateline=None,
            paragraphs=7,
            first="The following items are taken",
            last="Anyone with information about these",
            language="en",
            boilerplate=("credits", "timestamp"),  # By Courier staff, the stamp
        ),
    ),
    "user_match_preview": (
        USER_MATCH_PREVIEW,
        Expected(
            headline="Harbour City v Northgate – team news, probable line-ups and prediction",
            kicker="Preview",
            standfirst="Harbour City will be without their captain for Saturday's derby as "
            "they try to end a run of four games without a win.",
            names=("Owen Clarke",),
            dateline=None,
            paragraphs=9,
            first="Harbour City host Northgate",
            last="Harbour City 1-2 Northgate.",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "user_timeline_box": (
        USER_TIMELINE_BOX,
        Expected(
            headline="Dam operator fined £2m over reservoir leak that flooded village",
            names=("Amira Haddad",),
            dateline=None,
            paragraphs=12,
            first="The company that runs the Culverdale",
            last="The Environment Agency said it would continue",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "user_what_we_know": (
        USER_WHAT_WE_KNOW,
        Expected(
            headline="Riverton chemical plant fire: What we know so far",
            names=("Kevin Marsh", "Julia Tran"),
            dateline=None,
            paragraphs=7,
            first="A large fire broke out",
            last="The cause is not yet known.",
            language="en",
            boilerplate=("timestamp", "correction"),
        ),
    ),
    "user_wikinews": (
        USER_WIKINEWS,
        Expected(
            headline="Storm floods coastal towns in northern Portugal",
            names=None,
            dateline=None,
            paragraphs=5,
            first="A storm brought heavy rain",
            last="The electricity distributor said",
            language="en",
            boilerplate=("timestamp", *("related",) * 6),  # the headings and their lists
        ),
    ),
    "user_pna_story": (
        USER_PNA_STORY,
        Expected(
            headline="DOH steps up measles vaccination drive in Mindanao",
            names=("Joyce Ann Rivera",),
            dateline=("MANILA", None, None),
            paragraphs=6,
            first="The Department of Health (DOH)",
            last="The World Health Organization has warned",
            language="en",
            boilerplate=("signoff", "related", "related"),  # (PNA) closing the last paragraph
        ),
    ),
    "user_vna_story": (
        USER_VNA_STORY,
        Expected(
            headline="Vietnam, Laos agree to speed up cross-border expressway project",
            names=None,
            dateline=("Hanoi", "VNA", None),
            paragraphs=6,
            first="Vietnam and Laos have agreed",
            last="Trade between Vietnam and Laos",
            language="en",
            boilerplate=("signoff",),
        ),
    ),
    "user_wam_story": (
        USER_WAM_STORY,
        Expected(
            headline="UAE, Kenya discuss expanding cooperation in renewable energy",
            names=None,
            dateline=("ABU DHABI", "WAM", datetime.date(2026, 3, 4)),
            paragraphs=6,
            first="The UAE and Kenya discussed",
            last="Both sides agreed to hold",
            language="en",
            boilerplate=("signoff",),  # WAM/Hassan Bashir/Tariq Al Faham
        ),
    ),
    "user_wire_bulletin": (
        USER_WIRE_BULLETIN,
        Expected(
            headline="Fed leaves key rate unchanged, signals two cuts later this year",
            names=None,
            dateline=("WASHINGTON", "AP", None),
            paragraphs=5,
            first="The Federal Reserve left",
            last="The Fed chair is scheduled",
            language="en",
            boilerplate=("flag", "flag", "flag", "separator", "correction"),
        ),
    ),
    "user_radio_bulletin": (
        USER_RADIO_BULLETIN,
        Expected(
            headline="RADIO RIVERTON — 0800 NEWS BULLETIN",
            names=("Sarah Collins",),
            dateline=None,
            paragraphs=9,
            first="Good morning. The headlines",
            last="That's the news at eight.",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "user_rns_announcement": (
        USER_RNS_ANNOUNCEMENT,
        Expected(
            headline="Drilling results at Carrow Hill",
            names=None,
            dateline=None,
            paragraphs=7,
            first="Halden Minerals PLC (AIM: HLDN)",
            last="The Company expects to publish",
            language="en",
            # the number, the issuer, the dates, the issuer again, its defined name,
            # the notice, the contacts, the service's note, END, the closing code
            boilerplate=(
                "release",
                "release",
                "timestamp",
                "timestamp",
                *("release",) * 11,
                "separator",
                "release",
            ),
        ),
    ),
    "user_earnings_call": (
        USER_EARNINGS_CALL,
        Expected(
            headline="Northwind Foods (NWF) Q4 2025 Earnings Call Transcript",
            names=None,
            dateline=None,
            paragraphs=8,
            first="Good afternoon, and welcome",
            last="That concludes today's",
            language="en",
            # the participants' headings and rows; the speakers' names would be the
            # subheads over their turns
            boilerplate=("timestamp", *("credits",) * 5),
        ),
    ),
    "user_briefing_transcript": (
        USER_BRIEFING_TRANSCRIPT,
        Expected(
            headline="Press Briefing by Press Secretary Dana Whitfield",
            names=None,
            dateline=None,
            paragraphs=13,
            first="MS. WHITFIELD: Good",
            last="All right, thanks, everyone.",
            language="en",
            boilerplate=(
                "release",
                "release",
                "release",
                "timestamp",
                "page",
                "timestamp",
                "separator",
            ),
        ),
    ),
    "user_un_release": (
        USER_UN_RELEASE,
        Expected(
            headline="Secretary-General Calls for Urgent Funding to Avert Famine in Drought-Hit Horn of Africa, in Message to Pledging Conference",
            names=None,
            dateline=None,
            paragraphs=7,
            first="Following is UN",
            last="Let us stand with the people",
            language="en",
            boilerplate=("release", "timestamp", "separator", "release"),
        ),
    ),
    "user_ec_release": (
        USER_EC_RELEASE,
        Expected(
            headline="Commission proposes new rules to make cross-border parcel delivery cheaper",
            names=None,
            dateline=("Brussels", None, datetime.date(2026, 3, 3)),
            # (the heading Quote(s) is still read as a paragraph: the quote under it
            # ends in its date, no sentence, so it stands between no two paragraphs)
            paragraphs=7,
            first="Today, the Commission has",
            last='"No one should have to pay thr',
            language="en",
            boilerplate=(
                "release",
                "release",
                "release",
                "release",
                "release",
                "release",
                "release",
                "release",
                "release",
            ),
        ),
    ),
    "user_hansard": (
        USER_HANSARD,
        Expected(
            headline="Bus Services: Rural Areas",
            names=None,
            dateline=None,
            paragraphs=8,
            first="1. What steps she is taking",
            last="Order. We must move on.",
            language="en",
            boilerplate=("timestamp", "timestamp"),
        ),
    ),
    "user_finance_page": (
        USER_FINANCE_PAGE,
        Expected(
            headline="Harbor Logistics shares jump after freight volumes beat forecasts",
            names=("Priya Natarajan",),
            dateline=None,
            paragraphs=6,
            first="Shares of Harbor Logistics",
            last="Harbor Logistics shares have",
            language="en",
            boilerplate=(
                "timestamp",
                "related",
                "related",
                "related",
                "page",
                "related",
                "standards",
                "page",
            ),
        ),
    ),
    "user_filing_summary": (
        USER_FILING_SUMMARY,
        Expected(
            headline="Crestmoor Therapeutics (CRST) files 8-K: CEO departure, interim chief named",
            names=None,
            dateline=None,
            paragraphs=6,
            first="Crestmoor Therapeutics, Inc.",
            last="Shares of Crestmoor fell",
            language="en",
            boilerplate=("credits", "timestamp", "standards"),
        ),
    ),
    "earnings_desk_byline": (
        EARNINGS_DESK_BYLINE,
        Expected(
            headline="Harbor Foods beats third-quarter profit forecast, raises outlook",
            names=None,
            dateline=None,
            paragraphs=3,
            first="Harbor Foods Inc. reported",
            last="Shares rose 3%",
            language="en",
            boilerplate=("credits", "timestamp"),
        ),
    ),
    "ministry_related_statement": (
        MINISTRY_RELATED_STATEMENT,
        Expected(
            headline="Finance ministers agree on new rules for bank capital",
            names=None,
            dateline=None,
            paragraphs=3,
            first="Ministers of finance",
            last="The ministers also asked",
            language="en",
            boilerplate=("release", "related"),
        ),
    ),
    "gigaword_cased_masked_day": (
        GIGAWORD_CASED_MASKED_DAY,
        Expected(
            headline="Storm kills three in northern Philippines",
            names=None,
            dateline=("MANILA", "Xinhua", None),
            paragraphs=2,
            first="A tropical storm killed",
            last="More than ##,### people",
            language="en",
        ),
    ),
    "gigaword_one_masked_digit": (
        GIGAWORD_ONE_MASKED_DIGIT,
        Expected(
            headline="us senate passes farm bill",
            names=None,
            dateline=("washington", "afp", None),
            paragraphs=2,
            first="the us senate on thursday",
            last="the house of representatives",
            language="en",
        ),
    ),
    "agency_report_page": (
        AGENCY_REPORT_PAGE,
        Expected(
            headline="Drought leaves 2 million short of food in the Sahel",
            names=None,
            dateline=None,
            paragraphs=5,
            first="The number of people facing hunger",
            last="The agency has asked donors",
            language="en",
            # the heading over the links, its link, how to cite the page
            boilerplate=("related", "related", "standards"),
        ),
    ),
    "appeal_court_summary": (
        APPEAL_COURT_SUMMARY,
        Expected(
            headline="Riverside Council v Patel [2026] EWCA Civ 212",
            names=None,
            dateline=None,
            paragraphs=4,
            first="The council refused Mr Patel",
            last="The refusal of the licence stands",
            language="en",
            # the bench and the hearing's date; the heading over the disclaimer, the disclaimer
            boilerplate=("page", "page", "standards", "standards"),
            kicker="JUDGMENT SUMMARY",
        ),
    ),
    "scoreboard_soccer": (
        SCOREBOARD_SOCCER,
        Expected(
            headline="Thursday's Scores",
            names=None,
            dateline=None,
            paragraphs=1,
            first="Westbrook's Ana Ruiz",
            last="Westbrook's Ana Ruiz",
            language="en",
            # the sport and its scores; the label and the games to come
            boilerplate=("table",) * 6,
        ),
    ),
    "newsletter_named_in_footer": (
        NEWSLETTER_NAMED_IN_FOOTER,
        Expected(
            headline="City council approves three new bus routes",
            names=("Jane Doe",),
            dateline=None,
            paragraphs=2,
            first="The city council approved",
            last="The routes will start",
            language="en",
            # the newsletter's name and date; its footer
            boilerplate=("page", "timestamp", "promo", "page"),
        ),
    ),
    "user_forum_repost": (
        USER_FORUM_REPOST,
        Expected(
            headline="Norway to build Europe's largest carbon storage site under the North Sea",
            names=None,
            dateline=None,
            paragraphs=6,
            first="Text of the article for",
            last="Construction is due to start",
            language="en",
            boilerplate=(
                "page",
                "page",
                "timestamp",
                "page",
                "page",
                "page",
                "page",
                "page",
                "page",
                "page",
                "page",
                "page",
                "page",
                "page",
                "page",
            ),
        ),
    ),
    "user_linkedin_article": (
        USER_LINKEDIN_ARTICLE,
        Expected(
            headline="Why supply chains will look different in 2027",
            names=("Marcus Feld",),
            dateline=None,
            paragraphs=6,
            first="Over the last three years,",
            last="I'd love to hear how others",
            language="en",
            boilerplate=(
                "credits",
                "credits",
                "timestamp",
                "share",
                "page",
                "share",
                "share",
                "share",
                "page",
            ),
        ),
    ),
    "user_current_events": (
        USER_CURRENT_EVENTS,
        Expected(
            headline="Portal:Current events/2026 March 3",
            names=None,
            dateline=None,
            paragraphs=6,
            first="At least 12 people are",
            last="A lunar lander built by a",
            language="en",
            boilerplate=("timestamp",),
        ),
    ),
    "user_story_draft": (
        USER_STORY_DRAFT,
        Expected(
            headline="Council backs budget with 4% tax rise after late-night debate",
            names=("Anita Desai",),
            dateline=("ELMWOOD", None, None),
            paragraphs=6,
            first="City councillors approved a",
            last="The average homeowner will",
            language="en",
            boilerplate=("export", "export", "export", "flag", "separator"),
            captions=(("Council chamber during the vote", "TK"),),
            standfirst="Libraries spared but parking charges go up in every car park",
        ),
    ),
    "user_central_bank": (
        USER_CENTRAL_BANK,
        Expected(
            headline="Federal Reserve issues FOMC statement",
            names=None,
            dateline=None,
            paragraphs=5,
            first="Recent indicators suggest",
            last="Voting for the monetary policy action",
            language="en",
            # the time of release, the date, the press line, the link to the note
            boilerplate=("release", "timestamp", "release", "related"),
        ),
    ),
    "user_who_update": (
        USER_WHO_UPDATE,
        Expected(
            headline="Cholera - Republic of Eastland",
            names=None,
            dateline=None,
            paragraphs=8,
            first="Between 1 January and 8 February 2026",
            last="WHO recommends improving access",
            language="en",
            # the date, the heading over the links and its link, the citation
            boilerplate=("timestamp", "related", "related", "standards"),
            kicker="Disease Outbreak News",
        ),
    ),
    "user_judgment_summary": (
        USER_JUDGMENT_SUMMARY,
        Expected(
            headline="Harwood Estates Ltd (Appellant) v Mills and others (Respondents) [2026] UKSC 9",
            names=None,
            dateline=None,
            paragraphs=5,  # (the five under the three headings)
            first="The respondents are long leaseholders",
            last="The court rejects the",
            language="en",
            # the appeal's origin and the bench; the note on references, the NOTE
            # heading and the court's disclaimer
            boilerplate=("page", "page", "standards", "standards", "standards"),
            kicker="PRESS SUMMARY",
        ),
    ),
    "user_agate": (
        USER_AGATE,
        Expected(
            headline="Tuesday's Results",
            names=None,
            dateline=None,
            paragraphs=2,
            first="Central pulled away in the fourth quarter",
            last="Coach Dave Ellison said",
            language="en",
            # the sport, the lists of scores and their labels, the box score, the
            # schedule and its label (Wednesday's Schedule), the compiler
            boilerplate=(*("table",) * 15, "credits"),
        ),
    ),
    "user_medium_post": (
        USER_MEDIUM_POST,
        Expected(
            headline="What I learned covering local elections for ten years",
            names=("Sara Lindholm",),
            dateline=None,
            paragraphs=7,
            first="When I started covering my city",
            last="If you work in a newsroom like mine",
            language="en",
            # the buttons and stamps over the story; the topics, the claps, the
            # writer's note and bio and the button under it
            boilerplate=(
                "share",
                "timestamp",
                "separator",
                "timestamp",
                "separator",
                "page",
                "share",
                "share",
                "page",
                "page",
                "page",
                "separator",
                "page",
                "credits",
                "page",
                "credits",
                "share",
            ),
        ),
    ),
}

#: Forms the parsers cannot read yet, with the reason (the test fails if they start passing).
KNOWN_FAILURES: dict[str, str] = {}


def boilerplate_kinds(text: str) -> list[tuple[str, str]]:
    """Each boilerplate line :func:`~newsstruct.find_boilerplate` finds in *text*, with its kind."""
    return [(b.text, b.kind) for b in find_boilerplate(text)]


def case_names(cases: Mapping[str, object], known: Mapping[str, str]) -> list[Any]:
    """The names of *cases* as test parameters, those in *known* strict xfails
    (the test fails if they start passing)."""
    return [
        pytest.param(name, marks=pytest.mark.xfail(reason=known[name], strict=True))
        if name in known
        else name
        for name in sorted(cases)
    ]


@pytest.mark.parametrize("name", case_names(CASES, KNOWN_FAILURES))
def test_wire_form(name: str) -> None:
    text, expected = CASES[name]
    check(text, expected)


@pytest.mark.parametrize(
    ("name", "heads"),
    [
        ("user_who_update", ["Situation at a glance", "Key points:"]),
        ("agency_report_page", ["Main findings:"]),
        ("user_judgment_summary", ["BACKGROUND TO THE APPEAL", "JUDGMENT"]),
        ("appeal_court_summary", ["THE FACTS", "THE DECISION"]),
    ],
)
def test_label_and_first_capital_heading_are_subheads(name: str, heads: list[str]) -> None:
    text, expected = CASES[name]
    article = parse_article(text, reference_date=expected.reference_date)
    assert [head.text for head in article.subheads][: len(heads)] == heads
