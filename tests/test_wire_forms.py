"""Whole articles in the house styles of many agencies, through parse_article().

Every article here is invented (no real story is copied); each follows the
layout of one agency or publisher: its byline, dateline, photo credits and
closing codes.  The test asserts the whole structure, so a parser change that
breaks one wire form shows up by name.
"""

from __future__ import annotations

import datetime

import attrs
import pytest

from newsstruct import Article, parse_article


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
            assert not (
                paragraph.span.start <= junk.span.start < paragraph.span.end
            ), junk  # boilerplate never inside a paragraph
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
    "EFE jrr/mla"
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
    "Online sales of physical goods grew faster, the bureau said.\n\n"
    "Enditem"
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

CASES: dict[str, tuple[str, Expected]] = {
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
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_wire_form(name: str) -> None:
    text, expected = CASES[name]
    check(text, expected)
