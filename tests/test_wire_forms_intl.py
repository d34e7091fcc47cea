"""Whole pages and wire stories in German, French, Spanish, Italian and Portuguese.

Every page here is invented (no real story is copied); each follows the
layout of a kind of site or agency in that language: kickers over the
headline, teasers, ``Von``/``Par``/``Por``/``Di`` bylines with roles, agency
datelines, update stamps and reading times, captions with credits, and the
page's promos and closing lines.  The check is the one of
:mod:`tests.test_wire_forms`.
"""

from __future__ import annotations

import datetime

import pytest

from newsstruct import parse_article
from tests.test_wire_forms import Expected, check

#: The day these pages were read: stamps and datelines without a year fall before it.
READ_ON = datetime.date(2025, 11, 5)

#: A German news magazine's page: kicker, teaser, two authors, stamp, reading time.
SPIEGEL_WEB = """EXKLUSIV
Regierung plant Milliardenhilfe für Kommunen

Die Bundesregierung will Städte und Gemeinden bei den Sozialausgaben entlasten. Das geht aus einem Entwurf hervor, der dem Magazin vorliegt.

Von Max Mustermann und Erika Musterfrau

Veröffentlicht am 4. November 2025, 18:12 Uhr

Lesezeit: 3 Min.

Die Bundesregierung will den Kommunen in den kommenden Jahren mehrere Milliarden Euro zusätzlich überweisen. Das Geld soll vor allem in die Kinderbetreuung fließen.

Von Berlin aus fuhr der Minister weiter nach Hamburg, wo er am Abend mit Bürgermeistern sprach.

Der Städtetag begrüßte die Pläne, forderte aber eine dauerhafte Lösung.

Mehr zum Thema
"""

#: A German weekly's page: the stamp over the byline, a correspondent's post after the name.
ZEIT_WEB = """ANALYSE
Warum die Inflation wieder steigt

Aktualisiert: 04.11.2025, 18:12

Von Anna Schmidt, Korrespondentin in Paris

Die Preise in der Eurozone sind im Oktober stärker gestiegen als erwartet. Ökonomen sehen vor allem Energie als Treiber.

Die Europäische Zentralbank dürfte die Zinsen dennoch nicht anheben.

Lesen Sie auch: Was die Zinswende für Sparer bedeutet

Viele Haushalte spüren die Teuerung vor allem beim Einkauf.
"""

#: dpa's copy on a client's page: the dpa-infocom copyright line with its story code.
DPA_INFOCOM = """Streik legt Flughäfen lahm

BERLIN (dpa) - Ein Warnstreik hat am Dienstag den Betrieb an mehreren deutschen Flughäfen weitgehend lahmgelegt. Tausende Passagiere saßen fest.

Die Gewerkschaft Verdi fordert mehr Lohn für das Bodenpersonal.

Die Arbeitgeber nannten den Streik unverhältnismäßig.

© dpa-infocom, dpa:251104-99-123456/2
"""

#: A German broadcaster's page: ``Stand:`` stamp, a picture credited ``Bild:``.
TAGESSCHAU_WEB = """Bundestag beschließt Rentenpaket

Stand: 04.11.2025 18:12 Uhr

Der Bundestag hat das umstrittene Rentenpaket verabschiedet. Die Opposition kritisierte die Kosten.

Ein Polizist vor dem Reichstag. Bild: Reuters

Für das Gesetz stimmten die Abgeordneten der Koalition. Die Union enthielt sich.

Der Bundesrat muss noch zustimmen.
"""

#: A French daily's live page: ``DIRECT`` over the headline, the author's desk on its own line.
LE_MONDE_WEB = """DIRECT
Le gouvernement présente son budget

Par Marie Dupont

Journaliste au service Politique

Publié le 4 novembre 2025 à 18h12, mis à jour à 19h05

Temps de lecture : 3 min

Le gouvernement a présenté mardi un projet de budget qui prévoit de fortes économies dans les dépenses publiques.

Par ailleurs, le ministre a dit qu'il n'excluait pas de nouvelles taxes.

À lire aussi : Les collectivités locales craignent des coupes

Les syndicats ont appelé à une journée de mobilisation.
"""

#: AFP's French wire: ``PARIS (AFP) -`` and a desk code at the end.
AFP_DESK_CODE = """Séisme en Turquie : au moins dix morts

PARIS (AFP) - Un séisme de magnitude 6 a frappé mardi l'est de la Turquie, faisant au moins dix morts, selon les autorités.

Les secours recherchent encore des survivants sous les décombres.

Le président a promis une aide rapide aux sinistrés.

jdm/ab
"""

#: A French daily's page: numeric stamps, ``Photo :`` credit, ``Publicité`` slot.
FIGARO_WEB = """Les prix de l'immobilier reculent à Paris

Par Paul Martin

Publié le 04/11/2025 à 18:12, mis à jour le 04/11/2025 à 19:05

Des immeubles haussmanniens à Paris. Photo : AFP

Les prix des logements anciens ont reculé de 3 % sur un an dans la capitale, selon les notaires.

La baisse touche surtout les petites surfaces.

Publicité

Les acheteurs restent prudents face aux taux d'intérêt.
"""

#: A Spanish daily's page: ``EN DIRECTO``, a place, date and time line, a CET stamp.
EL_PAIS_WEB = """EN DIRECTO
El Gobierno aprueba los presupuestos

Por Ana García

Madrid - 04 nov 2025 - 18:12 CET

Actualizado: 04/11/2025 18:12 CET

Tiempo de lectura: 3 min

El Consejo de Ministros ha aprobado este martes el proyecto de presupuestos para el próximo año.

Por la tarde, la policía desalojó a los manifestantes que se concentraban ante el Congreso.

Lee también: La oposición rechaza las cuentas

Los grupos parlamentarios tienen ahora dos meses para presentar enmiendas.
"""

#: EFE's web copy: a bracketed photo credit alone at the end.
EFE_PHOTO_CREDIT = """La inflación se modera en octubre

MADRID, 4 nov (EFE).- La inflación se moderó en octubre hasta el 2,5 %, según los datos publicados este martes por el Instituto Nacional de Estadística.

La bajada se debe sobre todo al abaratamiento de los carburantes.

Los precios de los alimentos siguen subiendo.

(Foto: EFE)
"""

#: A Spanish daily's page: the place alone under the byline, a weekday in the stamp.
EL_MUNDO_WEB = """Detenido un hombre por el incendio de Valencia

Por Luis Pérez

Valencia

Actualizado Martes, 4 noviembre 2025 - 18:12

La Guardia Civil ha detenido a un hombre como presunto autor del incendio que arrasó el lunes una nave industrial.

El detenido pasará mañana a disposición judicial.

Lee también

Los vecinos denunciaron el olor a humo durante toda la noche.
"""

#: An Italian daily's page: ``Di`` byline, ``Pubblicato il ... alle ...``, ``Leggi anche``.
CORRIERE_WEB = """Manovra, via libera del Consiglio dei ministri

Di Marco Rossi

Pubblicato il 4 novembre 2025 alle 18:12

Il Consiglio dei ministri ha approvato la manovra economica per il prossimo anno.

Il testo passa ora al Parlamento per l'esame.

Leggi anche: Pensioni, cosa cambia

Le opposizioni hanno annunciato battaglia in aula.
"""

#: ANSA's web copy: ``ROMA, 4 NOV - (ANSA)``, the agency after the dash.
ANSA_WEB = """Maltempo, scuole chiuse in Toscana

ROMA, 4 NOV - (ANSA) La Protezione civile ha diramato un'allerta arancione per la Toscana a causa delle forti piogge.

Le scuole resteranno chiuse in diversi comuni.

I sindaci invitano alla prudenza. (ANSA).
"""

#: A Portuguese daily's page: ``Atualizado em ... às 18h12``, ``Leia também``.
PUBLICO_WEB = """Governo aprova Orçamento do Estado

Por João Silva

Atualizado em 04/11/2025 às 18h12

O Conselho de Ministros aprovou esta terça-feira a proposta de Orçamento do Estado para o próximo ano.

O documento segue agora para o Parlamento.

Leia também: Oposição critica medidas

Os partidos têm um mês para apresentar propostas de alteração.
"""

#: Lusa's wire: full date in the dateline, initials of the desk, ``Lusa/Fim``.
LUSA_DESK = """Incêndio consome mil hectares no Algarve

LISBOA, 04 nov 2025 (Lusa) - Um incêndio que deflagrou na segunda-feira no Algarve já consumiu mais de mil hectares, disse hoje fonte da Proteção Civil.

No terreno estão mais de 300 bombeiros.

As chamas obrigaram à evacuação de duas aldeias.

JS // ABC

Lusa/Fim
"""

#: A Brazilian portal's page: standfirst, byline with the desk, a stamp with an age, a lone credit.
G1_WEB = """Chuva forte deixa desalojados em São Paulo

Temporal atingiu a capital na tarde desta terça-feira.

Por João Silva, g1 SP

04/11/2025 18h12 Atualizado há 2 horas

A chuva forte que atingiu São Paulo nesta terça-feira deixou dezenas de famílias desalojadas, segundo a Defesa Civil.

Várias ruas ficaram alagadas na zona leste.

© Getty Images

A prefeitura abriu abrigos provisórios.
"""

#: A German daily's page: the place after the byline, a dash-glued stamp, newsletter promo.
FAZ_WEB = """Koalition einigt sich auf Bürgergeld-Reform

Von Max Mustermann, Berlin

-Aktualisiert am 04.11.2025-18:12

Die Koalition hat sich nach langen Verhandlungen auf eine Reform des Bürgergelds geeinigt.

Anzeige

Künftig sollen Leistungen schneller gekürzt werden können.

Newsletter abonnieren: Jeden Morgen die wichtigsten Nachrichten

Die Sozialverbände kritisierten die Einigung scharf.

Copyright: Frankfurter Allgemeine Zeitung GmbH
"""

CASES: dict[str, tuple[str, Expected, datetime.date | None]] = {
    "SPIEGEL_WEB": (
        SPIEGEL_WEB,
        Expected(
            headline="Regierung plant Milliardenhilfe für Kommunen",
            names=("Max Mustermann", "Erika Musterfrau"),
            dateline=None,
            paragraphs=3,
            first="Die Bundesregierung will den Kommunen",
            last="Der Städtetag",
            language="de",
            boilerplate=("timestamp", "timestamp", "promo"),
            kicker="EXKLUSIV",
            standfirst="Die Bundesregierung will Städte und Gemeinden bei den Sozialausgaben entlasten. Das geht aus einem Entwurf hervor, der dem Magazin vorliegt.",
            reference_date=READ_ON,
        ),
        datetime.date(2025, 11, 4),
    ),
    "ZEIT_WEB": (
        ZEIT_WEB,
        Expected(
            headline="Warum die Inflation wieder steigt",
            names=("Anna Schmidt",),
            dateline=None,
            paragraphs=3,
            first="Die Preise",
            last="Viele Haushalte",
            language="de",
            boilerplate=("timestamp", "promo"),
            kicker="ANALYSE",
            reference_date=READ_ON,
        ),
        datetime.date(2025, 11, 4),
    ),
    "DPA_INFOCOM": (
        DPA_INFOCOM,
        Expected(
            headline="Streik legt Flughäfen lahm",
            names=None,
            dateline=("BERLIN", "dpa", None),
            paragraphs=3,
            first="Ein Warnstreik",
            last="Die Arbeitgeber",
            language="de",
            boilerplate=("copyright",),
            reference_date=READ_ON,
        ),
        None,
    ),
    "TAGESSCHAU_WEB": (
        TAGESSCHAU_WEB,
        Expected(
            headline="Bundestag beschließt Rentenpaket",
            names=None,
            dateline=None,
            paragraphs=3,
            first="Der Bundestag hat",
            last="Der Bundesrat",
            language="de",
            boilerplate=("timestamp",),
            captions=(("Ein Polizist vor dem Reichstag.", "Reuters"),),
            reference_date=READ_ON,
        ),
        datetime.date(2025, 11, 4),
    ),
    "LE_MONDE_WEB": (
        LE_MONDE_WEB,
        Expected(
            headline="Le gouvernement présente son budget",
            names=("Marie Dupont",),
            dateline=None,
            paragraphs=3,
            first="Le gouvernement a présenté",
            last="Les syndicats",
            language="fr",
            boilerplate=("timestamp", "timestamp", "promo"),
            kicker="DIRECT",
            reference_date=READ_ON,
        ),
        datetime.date(2025, 11, 4),
    ),
    "AFP_DESK_CODE": (
        AFP_DESK_CODE,
        Expected(
            headline="Séisme en Turquie : au moins dix morts",
            names=None,
            dateline=("PARIS", "AFP", None),
            paragraphs=3,
            first="Un séisme",
            last="Le président",
            language="fr",
            boilerplate=("desk",),
            reference_date=READ_ON,
        ),
        None,
    ),
    "FIGARO_WEB": (
        FIGARO_WEB,
        Expected(
            headline="Les prix de l'immobilier reculent à Paris",
            names=("Paul Martin",),
            dateline=None,
            paragraphs=3,
            first="Les prix des logements",
            last="Les acheteurs",
            language="fr",
            boilerplate=("timestamp", "promo"),
            captions=(("Des immeubles haussmanniens à Paris.", "AFP"),),
            reference_date=READ_ON,
        ),
        datetime.date(2025, 11, 4),
    ),
    "EL_PAIS_WEB": (
        EL_PAIS_WEB,
        Expected(
            headline="El Gobierno aprueba los presupuestos",
            names=("Ana García",),
            dateline=("Madrid", None, datetime.date(2025, 11, 4)),
            paragraphs=3,
            first="El Consejo de Ministros",
            last="Los grupos",
            language="es",
            boilerplate=("timestamp", "timestamp", "promo"),
            kicker="EN DIRECTO",
            reference_date=READ_ON,
        ),
        datetime.date(2025, 11, 4),
    ),
    "EFE_PHOTO_CREDIT": (
        EFE_PHOTO_CREDIT,
        Expected(
            headline="La inflación se modera en octubre",
            names=None,
            dateline=("MADRID", "EFE", datetime.date(2025, 11, 4)),
            paragraphs=3,
            first="La inflación se moderó",
            last="Los precios",
            language="es",
            boilerplate=("credits",),
            reference_date=READ_ON,
        ),
        datetime.date(2025, 11, 4),
    ),
    "EL_MUNDO_WEB": (
        EL_MUNDO_WEB,
        Expected(
            headline="Detenido un hombre por el incendio de Valencia",
            names=("Luis Pérez",),
            dateline=("Valencia", None, None),
            paragraphs=3,
            first="La Guardia Civil",
            last="Los vecinos",
            language="es",
            boilerplate=("timestamp", "promo"),
            reference_date=READ_ON,
        ),
        datetime.date(2025, 11, 4),
    ),
    "CORRIERE_WEB": (
        CORRIERE_WEB,
        Expected(
            headline="Manovra, via libera del Consiglio dei ministri",
            names=("Marco Rossi",),
            dateline=None,
            paragraphs=3,
            first="Il Consiglio dei ministri",
            last="Le opposizioni",
            language="it",
            boilerplate=("timestamp", "promo"),
            reference_date=READ_ON,
        ),
        datetime.date(2025, 11, 4),
    ),
    "ANSA_WEB": (
        ANSA_WEB,
        Expected(
            headline="Maltempo, scuole chiuse in Toscana",
            names=None,
            dateline=("ROMA", "ANSA", datetime.date(2025, 11, 4)),
            paragraphs=3,
            first="La Protezione civile",
            last="I sindaci",
            language="it",
            boilerplate=("signoff",),
            reference_date=READ_ON,
        ),
        datetime.date(2025, 11, 4),
    ),
    "PUBLICO_WEB": (
        PUBLICO_WEB,
        Expected(
            headline="Governo aprova Orçamento do Estado",
            names=("João Silva",),
            dateline=None,
            paragraphs=3,
            first="O Conselho de Ministros",
            last="Os partidos",
            language="pt",
            boilerplate=("timestamp", "promo"),
            reference_date=READ_ON,
        ),
        datetime.date(2025, 11, 4),
    ),
    "LUSA_DESK": (
        LUSA_DESK,
        Expected(
            headline="Incêndio consome mil hectares no Algarve",
            names=None,
            dateline=("LISBOA", "Lusa", datetime.date(2025, 11, 4)),
            paragraphs=3,
            first="Um incêndio",
            last="As chamas",
            language="pt",
            boilerplate=("desk", "signoff"),
            reference_date=READ_ON,
        ),
        datetime.date(2025, 11, 4),
    ),
    "G1_WEB": (
        G1_WEB,
        Expected(
            headline="Chuva forte deixa desalojados em São Paulo",
            names=("João Silva",),
            dateline=None,
            paragraphs=3,
            first="A chuva forte",
            last="A prefeitura",
            language="pt",
            boilerplate=("timestamp", "copyright"),
            standfirst="Temporal atingiu a capital na tarde desta terça-feira.",
            reference_date=READ_ON,
        ),
        datetime.date(2025, 11, 4),
    ),
    "FAZ_WEB": (
        FAZ_WEB,
        Expected(
            headline="Koalition einigt sich auf Bürgergeld-Reform",
            names=("Max Mustermann",),
            dateline=None,
            paragraphs=3,
            first="Die Koalition",
            last="Die Sozialverbände",
            language="de",
            boilerplate=("timestamp", "promo", "promo", "copyright"),
            reference_date=READ_ON,
        ),
        datetime.date(2025, 11, 4),
    ),
}

#: Forms not read right yet, and why (strict: a fix must remove the entry).
KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=pytest.mark.xfail(reason=KNOWN_FAILURES[name], strict=True))
        if name in KNOWN_FAILURES
        else name
        for name in sorted(CASES)
    ],
)
def test_wire_form_intl(name: str) -> None:
    text, expected, date = CASES[name]
    article = check(text, expected)
    assert article.date == date


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Veröffentlicht am 4. November 2025, 18:12 Uhr", "timestamp"),
        ("Aktualisiert am 04.11.2025, 18:12", "timestamp"),
        ("Pubblicato il 4 novembre 2025 alle 18:12", "timestamp"),
        ("Aggiornato il 04/11/2025 alle 18:12", "timestamp"),
        ("Atualizado em 04/11/2025 às 18h12", "timestamp"),
        ("Publicado el 4 de noviembre de 2025 a las 18:12", "timestamp"),
        ("Lesezeit: 3 Min.", "timestamp"),
        ("Temps de lecture : 3 min", "timestamp"),
        ("Tiempo de lectura: 3 min", "timestamp"),
        ("Tempo di lettura: 4 minuti", "timestamp"),
        ("Leggi anche: Pensioni, cosa cambia", "promo"),
        ("Newsletter abonnieren: Jeden Morgen die wichtigsten Nachrichten", "promo"),
        ("Veja também: Chuva deixa desalojados", "promo"),
    ],
)
def test_page_furniture_in_five_languages(line: str, kind: str) -> None:
    text = f"Governo aprova plano\n\n{line}\n\nO Governo aprovou hoje o plano de obras.\n\nA oposição criticou."
    article = parse_article(text, reference_date=READ_ON)
    assert [(b.kind, b.text) for b in article.boilerplate] == [(kind, line)]
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Von Berlin aus fuhr er weiter nach Hamburg, wo er am Abend sprach.",
        "Par ailleurs, le ministre a dit qu'il n'excluait pas de nouvelles taxes.",
        "Por la tarde, la policía desalojó a los manifestantes.",
        "Pubblicato il rapporto annuale, il ministro ha parlato di crescita.",
        "Leggi e decreti sono stati approvati in serata dal governo.",
        "Assinei o contrato ontem, disse o ministro aos jornalistas.",
        "Stand der Dinge ist, dass die Koalition weiter verhandelt.",
    ],
)
def test_body_sentences_stay_body(sentence: str) -> None:
    text = f"Governo aprova plano\n\nO Governo aprovou hoje o plano de obras.\n\n{sentence}\n\nA oposição criticou."
    article = parse_article(text, reference_date=READ_ON)
    assert article.boilerplate == ()
    assert article.byline is None
    assert [p.text for p in article.paragraphs][1] == sentence
