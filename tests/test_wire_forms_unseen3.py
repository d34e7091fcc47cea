"""Kinds of text not met before, as users hold them in 2024-2026 (round 32).

Every text here is invented: a German police report from the press portal, a
gendarmerie's appeal, a listed company's ad-hoc release, a weather service's
warning, the Bundestag's news service, a court's press note, broadcasters'
pages with their video buttons, a sports ticker's minutes, a page of death
notices, a newsletter's digest, a story copied from a reader app, a correction
notice, a regional paper's e-paper text, agency stories on regional sites, a
price-sensitive release, a federal court's release and a Dutch police report,
in English, German, French, Spanish, Italian, Portuguese and Dutch.  Each asserts the whole structure through
:func:`tests.test_wire_forms.check`; the small tests at the end pin each rule
these forms needed on a short snippet of its own.
"""

from __future__ import annotations

import datetime

import pytest

from newsstruct import parse_article
from newsstruct._blocks import split_blocks
from tests.test_wire_forms import Expected, case_names, check

#: The day the texts are read on.
READ_ON = datetime.date(2026, 3, 10)

#: A German police report as the press portal gives it: the office's code over the headline, the contact block and the portal's line.
POLIZEIBERICHT_DE = """\
POL-HD: Heidelberg-Bergheim: Einbruch in Bäckerei - Zeugen gesucht

Heidelberg (ots) - Unbekannte sind in der Nacht zum Mittwoch in eine Bäckerei in der Bergheimer Straße eingebrochen. Nach bisherigen Erkenntnissen hebelten die Täter gegen 2.30 Uhr die Hintertür auf und durchsuchten die Verkaufsräume.

Sie erbeuteten eine Geldkassette mit rund 400 Euro Wechselgeld. Der Sachschaden an der Tür wird auf etwa 1.500 Euro geschätzt.

Eine Anwohnerin hatte gegen 2.45 Uhr zwei dunkel gekleidete Personen beobachtet, die in Richtung Hauptbahnhof davonliefen.

Zeugen, die verdächtige Beobachtungen gemacht haben, werden gebeten, sich beim Polizeirevier Heidelberg-Mitte unter der Telefonnummer 06221 99-1700 zu melden.

Rückfragen bitte an:

Polizeipräsidium Mannheim
Pressestelle
Telefon: 0621 174-1111
E-Mail: mannheim.pp.stab.oe@polizei.bwl.de

Original-Content von: Polizeipräsidium Mannheim, übermittelt durch news aktuell
"""

#: A gendarmerie's statement on a French prefecture's page: its label, the date, the call for witnesses.
GENDARMERIE_FR = """\
Communiqué de la gendarmerie

Disparition inquiétante d'un homme de 78 ans à Saint-Amand

Publié le 14/01/2026

La compagnie de gendarmerie de Saint-Amand-Montrond lance un appel à témoins après la disparition de Bernard Mercier, 78 ans, qui a quitté son domicile du lieu-dit Les Granges mardi vers 15 heures.

Il mesure 1,70 m, a les cheveux blancs et portait un blouson bleu marine et un pantalon beige. Il souffre de troubles de la mémoire et pourrait être désorienté.

Des recherches sont en cours avec l'appui d'une équipe cynophile et d'un hélicoptère.

Toute personne susceptible d'apporter des informations est priée de contacter la brigade de Saint-Amand-Montrond au 02 48 96 00 17 ou de composer le 17.
"""

#: A listed company's ad-hoc announcement as the disclosure service sends it.
EQS_ADHOC_DE = """\
EQS-Ad-hoc: Nordwerk Maschinenbau AG / Schlagwort(e): Prognoseänderung
Nordwerk Maschinenbau AG senkt Umsatz- und Ergebnisprognose für das Geschäftsjahr 2025

12.11.2025 / 17:42 CET/CEST
Veröffentlichung einer Insiderinformation nach Artikel 17 der Verordnung (EU) Nr. 596/2014, übermittelt durch EQS News - ein Service der EQS Group.
Für den Inhalt der Mitteilung ist der Emittent / Herausgeber verantwortlich.

Bremen, 12. November 2025 - Der Vorstand der Nordwerk Maschinenbau AG hat heute beschlossen, die Prognose für das laufende Geschäftsjahr zu senken. Das Unternehmen erwartet nun einen Umsatz von 410 bis 430 Millionen Euro, nach zuvor 470 bis 490 Millionen Euro.

Grund ist die anhaltende Zurückhaltung der Kunden in der Automobilindustrie, die mehrere Großaufträge in das kommende Jahr verschoben haben.

Die EBIT-Marge soll nun zwischen 3 und 4 Prozent liegen, nach bisher 6 bis 7 Prozent.

Kontakt:
Investor Relations
Telefon: +49 421 555 0190
E-Mail: ir@nordwerk.example

Ende der Insiderinformation
"""

#: A Dutch weather service's warning as a news site copies it.
KNMI_WAARSCHUWING_NL = """\
Code oranje voor zware windstoten in Zeeland en Zuid-Holland

Het KNMI heeft voor dinsdagmiddag code oranje afgegeven voor Zeeland en Zuid-Holland vanwege zware windstoten. Langs de kust zijn windstoten van 100 tot 110 kilometer per uur mogelijk.

De waarschuwing geldt van 13.00 tot 20.00 uur. In de rest van het land geldt code geel.

Rijkswaterstaat raadt weggebruikers aan om hun reis zo mogelijk uit te stellen. Ook kan het treinverkeer hinder ondervinden van omgewaaide bomen.

Code oranje betekent dat er grote kans is op gevaar, schade of overlast.
"""

#: The Bundestag's parliamentary news service: its number and date, its
#: section, the head and the ``Berlin: (hib/...)`` line.
HIB_BUNDESTAG_DE = """\
hib - heute im bundestag Nr. 512

Verkehr/Antwort

Bahn: 1.240 Brücken gelten als sanierungsbedürftig

Berlin: (hib/MIS) Von den rund 25.000 Eisenbahnbrücken in Deutschland gelten nach Angaben der Bundesregierung 1.240 als so stark geschädigt, dass sie ersetzt werden müssen. Das geht aus der Antwort der Bundesregierung auf eine Kleine Anfrage der Fraktion hervor.

Bis 2030 sollen nach den Plänen der Deutschen Bahn jährlich rund 250 Brücken erneuert werden. Die Kosten dafür beziffert die Regierung auf etwa zwei Milliarden Euro im Jahr.

Die Fraktion hatte unter anderem nach dem Zustand der Brücken in den einzelnen Bundesländern gefragt.
"""

#: A Spanish court's press note: the service's name over the headline and its end.
TRIBUNAL_SUPREMO_ES = """\
Comunicación Poder Judicial

El Tribunal Supremo confirma la condena a un exalcalde por prevaricación en la adjudicación de obras

Madrid, 9 de marzo de 2026. La Sala Segunda del Tribunal Supremo ha confirmado la condena de nueve años de inhabilitación impuesta a un exalcalde de un municipio de Toledo por adjudicar obras municipales a una empresa de su cuñado sin concurso público.

El tribunal desestima el recurso del condenado, que alegaba que los contratos eran menores y no requerían licitación.

La sentencia recuerda que el fraccionamiento de un contrato para eludir los procedimientos de adjudicación constituye un indicio de arbitrariedad.
"""

#: A Portuguese broadcaster's web text: the video's label and its caption between paragraphs.
RTP_VIDEO_PT = """\
Incêndio em Monchique obriga a evacuar três aldeias

Reproduzir vídeo

Vídeo: Bombeiros combatem as chamas na serra de Monchique

Um incêndio que deflagrou ao início da tarde na serra de Monchique, no distrito de Faro, obrigou à evacuação de três aldeias, segundo a Proteção Civil.

No combate às chamas estão mais de 300 operacionais, apoiados por oito meios aéreos.

O vento forte e as temperaturas acima dos 38 graus estão a dificultar os trabalhos, disse o comandante regional.

Não há registo de feridos.
"""

#: An English broadcaster's page: the play button's label and a video caption.
BROADCASTER_VIDEO_EN = """\
Ferry runs aground off Arran with 140 on board

Play video

Video: The ferry was towed back to harbour by two tugs

A passenger ferry with 140 people on board ran aground off the Isle of Arran on Sunday morning, the coastguard said.

No one was injured and passengers were taken ashore by lifeboat.

The operator said the vessel lost power shortly after leaving Brodick at 07:40.

An investigation has been opened by the Marine Accident Investigation Branch.
"""

#: An Italian sports ticker: the minute before each update.
DIRETTA_IT = """\
Diretta Inter-Napoli 1-1: gol di Lautaro e Di Lorenzo

90'+4'

Finisce qui: a San Siro è pareggio, il Napoli resta in testa alla classifica con due punti di vantaggio.

78'

Gol del Napoli! Di Lorenzo di testa su calcio d'angolo, palla sotto la traversa.

34'

Gol dell'Inter! Lautaro Martinez raccoglie un cross di Dimarco e batte il portiere da pochi passi.

1'

Si parte, primo pallone per l'Inter.
"""

#: A newspaper's page of death notices, one notice a paragraph.
DEATH_NOTICES_PAGE = """\
Death notices

HARGREAVES, Margaret Anne (née Pollard). Died peacefully at Ashgrove Care Home on 3 February 2026, aged 91. Beloved wife of the late Dennis, much loved mother of Susan and Paul. Funeral service at St Mary's Church, Thornbury, on Friday 13 February at 11am.

O'CONNELL, Patrick. Passed away suddenly at home on 5 February 2026, aged 67. Dearly loved husband of Bernadette. Donations in lieu of flowers to the British Heart Foundation.

WHITTAKER, John Edward. Died on 4 February 2026 at Derriford Hospital, aged 84, after a short illness. Private cremation.
"""

#: A Spanish newsletter's digest: several short items under their heads.
NEWSLETTER_DIGEST_ES = """\
Las claves del día

Buenos días. Estas son las noticias que debes conocer este martes.

El Gobierno aprueba el techo de gasto
El Consejo de Ministros aprobará hoy el límite de gasto para 2027, que crecerá un 3,2 %.

Huelga de controladores
Los controladores aéreos de las torres privatizadas mantienen la huelga convocada para el jueves.

La Liga, en vilo
El Real Madrid visita esta noche al Girona, a dos puntos del líder.

Si te han reenviado este correo, puedes suscribirte aquí.
"""

#: A French story copied from a reader app, its share and bookmark buttons left in.
READER_APP_FR = """\
Les députés adoptent la réforme de l'assurance chômage

Partager
Enregistrer
Écouter cet article (4 min)

Par Camille Rousseau

Les députés ont adopté mardi, par 289 voix contre 251, le projet de loi qui réduit la durée d'indemnisation des demandeurs d'emploi de plus de 55 ans.

Le texte doit maintenant être examiné par le Sénat, où la majorité sénatoriale a déjà annoncé son intention de l'amender.

Les syndicats appellent à une journée de mobilisation le 12 février.
"""

#: A Spanish paper's correction notice under its label.
FE_DE_ERRORES_ES = """\
Fe de errores

En la información publicada el pasado domingo bajo el título «El puerto de Vigo bate su récord de tráfico de contenedores» se indicaba por error que el puerto movió 620.000 contenedores en 2025. La cifra correcta es de 520.000.

Asimismo, el presidente de la Autoridad Portuaria es José Antonio Rial, y no José Manuel Rial, como se publicó.
"""

#: A regional German paper's e-paper text: no blank line between its paragraphs, words hyphenated at the column's edge.
EPAPER_DE = """\
Stadtrat stimmt für
neues Hallenbad
VON JULIA BRANDT
Lüneburg. Der Stadtrat hat am
Donnerstagabend mit großer
Mehrheit den Bau eines neuen
Hallenbads beschlossen. Es soll
2028 eröffnet werden.
Die Baukosten werden auf 24
Millionen Euro geschätzt, das
Land übernimmt rund ein Drit-
tel der Summe.
Die Grünen stimmten dagegen.
Sie hätten sich eine Sanierung
des alten Bades gewünscht.
"""

#: An ANP story on a Dutch regional site, with the site's share line and photo credit.
ANP_REGIONAL_NL = """\
Vrachtwagen kantelt op A12, weg urenlang dicht

Foto: ANP

Deel dit artikel

UTRECHT (ANP) - Op de A12 bij Utrecht is dinsdagochtend een vrachtwagen gekanteld. De snelweg richting Arnhem was daardoor urenlang afgesloten.

De chauffeur raakte lichtgewond en is naar het ziekenhuis gebracht. De vrachtwagen was geladen met bouwmateriaal.

Volgens Rijkswaterstaat was de weg rond 11.00 uur weer vrij.
"""

#: An Italian listed company's price-sensitive release.
COMUNICATO_PRICE_SENSITIVE_IT = """\
COMUNICATO STAMPA

Price sensitive

Ferrovie Alpine S.p.A.: il CdA approva i risultati dei primi nove mesi 2025

Ricavi a 812 milioni di euro (+6,4%), utile netto a 74 milioni

Milano, 6 novembre 2025 - Il Consiglio di Amministrazione di Ferrovie Alpine S.p.A. ha approvato oggi i risultati consolidati al 30 settembre 2025.

I ricavi sono saliti a 812 milioni di euro, trainati dal traffico merci, mentre l'utile netto si è attestato a 74 milioni.

La società conferma le previsioni per l'intero esercizio.

Per informazioni:
Ufficio Stampa Ferrovie Alpine
ufficio.stampa@ferrovie-alpine.example
"""


#: A German federal court's press release: the court's name, the office's number, the decision's reference.
BGH_PRESSE_DE = """\
Bundesgerichtshof

Mitteilung der Pressestelle

Nr. 041/2026 vom 04.03.2026

Bundesgerichtshof stärkt Rechte von Mietern bei Eigenbedarfskündigungen

Urteil vom 4. März 2026 - VIII ZR 112/25

Der VIII. Zivilsenat des Bundesgerichtshofs hat entschieden, dass ein Vermieter den Eigenbedarf für einen Angehörigen konkret begründen muss.

Im Streitfall hatte die Klägerin einer Mieterin in Freiburg gekündigt, weil ihre Nichte in die Wohnung ziehen sollte. Die Vorinstanzen hatten der Räumungsklage stattgegeben.

Der Senat hat das Berufungsurteil aufgehoben und die Sache an das Landgericht zurückverwiesen.

Karlsruhe, den 4. März 2026

Pressestelle des Bundesgerichtshof
76125 Karlsruhe
Telefon (0721) 159-5013
"""

#: A Dutch police report from the police's site: the label, the date, the appeal.
POLITIEBERICHT_NL = """\
Politiebericht

Getuigen gezocht van overval op tankstation in Almere

Datum: 12-02-2026

In de nacht van dinsdag op woensdag is een tankstation aan de Hogering in Almere overvallen. Een man bedreigde de medewerker rond 02.15 uur met een mes en eiste geld.

De verdachte vluchtte met een onbekend geldbedrag te voet richting het Weerwater. De medewerker raakte niet gewond.

Heeft u iets gezien of heeft u camerabeelden? Neem dan contact op met de politie via 0900-8844.
"""

#: A Lusa story on a Portuguese news site, with the site's read-also link and the agency's credit.
LUSA_SITE_PT = """\
Governo aprova aumento do salário mínimo para 920 euros

Leia Também: Sindicatos convocam greve na função pública para março

O Conselho de Ministros aprovou hoje o aumento do salário mínimo nacional para 920 euros a partir de janeiro, anunciou a ministra do Trabalho.

O aumento abrange cerca de 850 mil trabalhadores, segundo o Governo.

As confederações patronais consideram o aumento excessivo para as pequenas empresas.

Lusa
"""

#: Belga's French service on a Belgian site: the dateline with the agency and a photo credit.
BELGA_SITE_FR = """\
La SNCB supprime une trentaine de trains pendant les vacances de Pâques

© Belga

BRUXELLES (Belga) - La SNCB supprimera une trentaine de trains par jour pendant les vacances de Pâques en raison de travaux sur la ligne Bruxelles-Namur, a annoncé lundi la société ferroviaire.

Des bus de remplacement seront mis en place entre Ottignies et Gembloux.

Les voyageurs sont invités à consulter l'horaire en ligne avant leur départ.
"""


CASES: dict[str, tuple[str, Expected]] = {
    "polizeibericht_de": (
        POLIZEIBERICHT_DE,
        Expected(
            headline="POL-HD: Heidelberg-Bergheim: Einbruch in Bäckerei - Zeugen gesucht",
            names=None,
            dateline=("Heidelberg", "ots", None),
            paragraphs=4,
            first="Unbekannte sind in der",
            last="Zeugen, die verdächtige Beobachtungen",
            language="de",
            boilerplate=("release", "release", "release", "release", "release", "release"),
            reference_date=READ_ON,
        ),
    ),
    "gendarmerie_fr": (
        GENDARMERIE_FR,
        Expected(
            headline="Disparition inquiétante d'un homme de 78 ans à Saint-Amand",
            names=None,
            dateline=None,
            paragraphs=4,
            first="La compagnie de gendarmerie",
            last="Toute personne susceptible d'apporter",
            language="fr",
            boilerplate=("timestamp",),
            kicker="Communiqué de la gendarmerie",
            reference_date=READ_ON,
        ),
    ),
    "eqs_adhoc_de": (
        EQS_ADHOC_DE,
        Expected(
            headline="Nordwerk Maschinenbau AG senkt Umsatz- und Ergebnisprognose für das Geschäftsjahr 2025",
            names=None,
            dateline=("Bremen", None, datetime.date(2025, 11, 12)),
            paragraphs=3,
            first="Der Vorstand der Nordwerk",
            last="Die EBIT-Marge soll nun",
            language="de",
            boilerplate=(
                "page",
                "timestamp",
                "release",
                "release",
                "release",
                "release",
                "release",
                "release",
                "separator",
            ),
            reference_date=READ_ON,
        ),
    ),
    "knmi_waarschuwing_nl": (
        KNMI_WAARSCHUWING_NL,
        Expected(
            headline="Code oranje voor zware windstoten in Zeeland en Zuid-Holland",
            names=None,
            dateline=None,
            paragraphs=4,
            first="Het KNMI heeft voor",
            last="Code oranje betekent dat",
            language="nl",
            reference_date=READ_ON,
        ),
    ),
    "hib_bundestag_de": (
        HIB_BUNDESTAG_DE,
        Expected(
            headline="Bahn: 1.240 Brücken gelten als sanierungsbedürftig",
            names=None,
            dateline=("Berlin", "hib/MIS", None),
            paragraphs=3,
            first="Von den rund 25.000",
            last="Die Fraktion hatte unter",
            language="de",
            # the service's masthead line; its section and kind over the head
            boilerplate=("page",),
            kicker="Verkehr/Antwort",
            reference_date=READ_ON,
        ),
    ),
    "tribunal_supremo_es": (
        TRIBUNAL_SUPREMO_ES,
        Expected(
            headline="El Tribunal Supremo confirma la condena a un exalcalde por prevaricación en la adjudicación de obras",
            names=None,
            dateline=("Madrid", None, datetime.date(2026, 3, 9)),
            paragraphs=3,
            first="La Sala Segunda del",
            last="La sentencia recuerda que",
            language="es",
            kicker="Comunicación Poder Judicial",
            reference_date=READ_ON,
        ),
    ),
    "rtp_video_pt": (
        RTP_VIDEO_PT,
        Expected(
            headline="Incêndio em Monchique obriga a evacuar três aldeias",
            names=None,
            dateline=None,
            paragraphs=4,
            first="Um incêndio que deflagrou",
            last="Não há registo de",
            language="pt",
            boilerplate=("page", "promo"),
            reference_date=READ_ON,
        ),
    ),
    "broadcaster_video_en": (
        BROADCASTER_VIDEO_EN,
        Expected(
            headline="Ferry runs aground off Arran with 140 on board",
            names=None,
            dateline=None,
            paragraphs=4,
            first="A passenger ferry with",
            last="An investigation has been",
            language="en",
            boilerplate=("page", "promo"),
            reference_date=READ_ON,
        ),
    ),
    "diretta_it": (
        DIRETTA_IT,
        Expected(
            headline="Diretta Inter-Napoli 1-1: gol di Lautaro e Di Lorenzo",
            names=None,
            dateline=None,
            paragraphs=4,
            first="Finisce qui: a San",
            last="Si parte, primo pallone",
            language="it",
            boilerplate=("timestamp", "timestamp", "timestamp", "timestamp"),
            reference_date=READ_ON,
        ),
    ),
    "death_notices_page": (
        DEATH_NOTICES_PAGE,
        Expected(
            headline="Death notices",
            names=None,
            dateline=None,
            paragraphs=3,
            first="HARGREAVES, Margaret Anne (née",
            last="WHITTAKER, John Edward. Died",
            language="en",
            reference_date=READ_ON,
        ),
    ),
    "newsletter_digest_es": (
        NEWSLETTER_DIGEST_ES,
        Expected(
            headline="Las claves del día",
            names=None,
            dateline=None,
            paragraphs=4,
            first="Buenos días. Estas son",
            last="El Real Madrid visita",
            language="es",
            boilerplate=("promo",),
            reference_date=READ_ON,
        ),
    ),
    "reader_app_fr": (
        READER_APP_FR,
        Expected(
            headline="Les députés adoptent la réforme de l'assurance chômage",
            names=("Camille Rousseau",),
            dateline=None,
            paragraphs=3,
            first="Les députés ont adopté",
            last="Les syndicats appellent à",
            language="fr",
            boilerplate=("share", "share", "promo"),
            reference_date=READ_ON,
        ),
    ),
    "fe_de_errores_es": (
        FE_DE_ERRORES_ES,
        Expected(
            headline="Fe de errores",
            names=None,
            dateline=None,
            paragraphs=2,
            first="En la información publicada",
            last="Asimismo, el presidente de",
            language="es",
            reference_date=READ_ON,
        ),
    ),
    "epaper_de": (
        EPAPER_DE,
        Expected(
            headline="Stadtrat stimmt für\nneues Hallenbad",
            names=("JULIA BRANDT",),
            dateline=("Lüneburg", None, None),
            paragraphs=3,
            first="Der Stadtrat hat am",
            last="Die Grünen stimmten dagegen.\nSie",
            language="de",
            reference_date=READ_ON,
        ),
    ),
    "anp_regional_nl": (
        ANP_REGIONAL_NL,
        Expected(
            headline="Vrachtwagen kantelt op A12, weg urenlang dicht",
            names=None,
            dateline=("UTRECHT", "ANP", None),
            paragraphs=3,
            first="Op de A12 bij",
            last="Volgens Rijkswaterstaat was de",
            language="nl",
            boilerplate=("credits", "share"),
            reference_date=READ_ON,
        ),
    ),
    "comunicato_price_sensitive_it": (
        COMUNICATO_PRICE_SENSITIVE_IT,
        Expected(
            headline="Ferrovie Alpine S.p.A.: il CdA approva i risultati dei primi nove mesi 2025",
            names=None,
            dateline=("Milano", None, datetime.date(2025, 11, 6)),
            paragraphs=3,
            first="Il Consiglio di Amministrazione",
            last="La società conferma le",
            language="it",
            boilerplate=("flag", "release", "release", "release"),
            kicker="COMUNICATO STAMPA",
            standfirst="Ricavi a 812 milioni di euro (+6,4%), utile netto a 74 milioni",
            reference_date=READ_ON,
        ),
    ),
    "bgh_presse_de": (
        BGH_PRESSE_DE,
        Expected(
            headline="Bundesgerichtshof stärkt Rechte von Mietern bei Eigenbedarfskündigungen",
            names=None,
            dateline=None,
            paragraphs=3,
            first="Der VIII. Zivilsenat",
            last="Der Senat hat",
            language="de",
            # the court's name, the office's label and number over the headline,
            # the decision's day under it; the place and day, the office's
            # address under the story
            boilerplate=(
                "release",
                "release",
                "release",
                "timestamp",
                "timestamp",
                "release",
                "release",
                "release",
            ),
            reference_date=READ_ON,
        ),
    ),
    "politiebericht_nl": (
        POLITIEBERICHT_NL,
        Expected(
            headline="Getuigen gezocht van overval op tankstation in Almere",
            names=None,
            dateline=None,
            paragraphs=3,
            first="In de nacht van",
            last="Heeft u iets gezien",
            language="nl",
            boilerplate=("timestamp",),
            kicker="Politiebericht",
            reference_date=READ_ON,
        ),
    ),
    "lusa_site_pt": (
        LUSA_SITE_PT,
        Expected(
            headline="Governo aprova aumento do salário mínimo para 920 euros",
            names=None,
            dateline=None,
            paragraphs=3,
            first="O Conselho de Ministros",
            last="As confederações patronais consideram",
            language="pt",
            boilerplate=("promo", "signoff"),
            reference_date=READ_ON,
        ),
    ),
    "belga_site_fr": (
        BELGA_SITE_FR,
        Expected(
            headline="La SNCB supprime une trentaine de trains pendant les vacances de Pâques",
            names=None,
            dateline=("BRUXELLES", "Belga", None),
            paragraphs=3,
            first="La SNCB supprimera une",
            last="Les voyageurs sont invités",
            language="fr",
            boilerplate=("copyright",),
            reference_date=READ_ON,
        ),
    ),
}

#: Forms the parsers cannot read yet, with the reason (the test fails if they start passing).
KNOWN_FAILURES: dict[str, str] = {
    "hib_bundestag_de": (
        "the news service's masthead line (hib - heute im bundestag Nr. 512) reads as the "
        "headline and its section and kind (Verkehr/Antwort) as a paragraph; its dateline "
        "puts the colon before the bracket (Berlin: (hib/MIS)), a form no other service uses; "
        "a masthead read from its issue number alone (... Nr. 512) would take headlines "
        "that end with a number too (Beethovens Sinfonie Nr. 5)"
    ),
}


@pytest.mark.parametrize("name", case_names(CASES, KNOWN_FAILURES))
def test_unseen_form(name: str) -> None:
    text, expected = CASES[name]
    check(text, expected)


def test_pdf_column_paragraph_ends_on_a_nearly_full_line() -> None:
    # no blank line nor indent: the word opening the next line would have fitted
    # on the line over it, so that line ends its paragraph
    text = (
        "Council shuts pool\n"
        "The council voted on Monday to\n"
        "shut the town's old swimming\n"
        "pool at the end of summer.\n"
        "It said repairs would cost too\n"
        "much, and a new pool would be\n"
        "built near the school by 2028.\n"
    )
    blocks = [b.text(text) for b in split_blocks(text)]
    assert blocks[1].startswith("The council")
    assert blocks[1].endswith("of summer.")
    assert blocks[2].startswith("It said")
    assert blocks[2].endswith("2028.")


def test_pdf_column_sentence_ending_inside_a_paragraph_goes_on() -> None:
    # the word opening the next line would not have fitted: the paragraph goes on
    text = (
        "Council shuts pool\n"
        "The council voted on Monday to\n"
        "shut the town's old swimming\n"
        "pool at the end of the summer.\n"
        "Councillors said repairs would\n"
        "cost too much, and a new pool\n"
        "would be built by 2028.\n"
    )
    blocks = [b.text(text) for b in split_blocks(text)]
    assert len(blocks) == 2


def test_a_paragraph_end_is_not_read_from_widths_between_blank_lines() -> None:
    # blank lines set the paragraphs apart: a full stop at a line's end inside one stays
    text = (
        "Ferry plan approved\n\n"
        "By Jo Lind\n\n"
        "The council last night voted to reopen the ferry route, which\n"
        "closed ten years ago after the operator went out of business,\n"
        "in a move campaigners said would cut journey times for many.\n\n"
        "Work on the landing stages is expected to start in autumn.\n"
        "A public consultation on the timetables will open next month.\n"
    )
    assert len(split_blocks(text)) == 4


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Play video", "page"),
        ("Reproduzir vídeo", "page"),
        ("Video abspielen", "page"),
        ("Vídeo: Bombeiros combatem as chamas", "promo"),
        ("Deel dit artikel", "share"),
        ("Compartir esta noticia", "share"),
        ("Enregistrer", "share"),
        ("Price sensitive", "flag"),
        ("12.11.2025 / 17:42 CET/CEST", "timestamp"),
        ("Datum: 12-02-2026", "timestamp"),
        ("Si te han reenviado este correo, puedes suscribirte aquí.", "promo"),
        (
            "Original-Content von: Polizeipräsidium Mannheim, übermittelt durch news aktuell",
            "release",
        ),
    ],
)
def test_furniture_lines(line: str, kind: str) -> None:
    text = f"Storm hits coast\n\nA storm hit the coast on Monday.\n\n{line}\n\nRoads were closed."
    article = parse_article(text)
    assert [(b.text, b.kind) for b in article.boilerplate] == [(line, kind)]


def test_issuer_label_over_headline_is_the_kicker() -> None:
    # a statement's noun and its issuer: Communiqué de la gendarmerie
    for label in ("Communiqué de la gendarmerie", "Pressemitteilung der Polizei"):
        text = (
            f"{label}\n\nUn randonneur retrouvé sain et sauf\n\nLe randonneur a été retrouvé mardi."
        )
        article = parse_article(text)
        assert article.kicker is not None
        assert article.kicker.text == label
        assert article.headline is not None
        assert article.headline.text == "Un randonneur retrouvé sain et sauf"


def test_police_report_label_over_headline_is_the_kicker() -> None:
    text = "Politiebericht\n\nGetuigen gezocht na inbraak\n\nIn Almere is dinsdag ingebroken."
    article = parse_article(text)
    assert article.kicker is not None
    assert article.kicker.text == "Politiebericht"


def test_an_english_statements_title_stays_the_headline() -> None:
    # Statement from the White House over the statement itself: its title
    text = (
        "Statement from the White House\n\n"
        "The President today signed the bill into law after weeks of talks with lawmakers.\n\n"
        "He said it would help families."
    )
    article = parse_article(text)
    assert article.kicker is None
    assert article.headline is not None
    assert article.headline.text == "Statement from the White House"


def test_statement_over_its_subject_stays_the_headline() -> None:
    # a preposition of the subject after the issuer: a headline, no label
    text = (
        "Comunicado del Gobierno sobre la sequía\n\n"
        "El Gobierno aprobó el martes un plan de ayudas.\n\n"
        "Las ayudas llegarán en mayo."
    )
    article = parse_article(text)
    assert article.kicker is None
    assert article.headline is not None
    assert article.headline.text == "Comunicado del Gobierno sobre la sequía"


def test_place_and_full_date_closed_by_a_full_stop() -> None:
    text = (
        "El Supremo confirma la condena\n\n"
        "Madrid, 9 de marzo de 2026. La Sala Segunda ha confirmado la condena.\n\n"
        "El recurso fue desestimado."
    )
    article = parse_article(text)
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.date) == (
        "Madrid",
        datetime.date(2026, 3, 9),
    )
    assert article.paragraphs[0].text == "La Sala Segunda ha confirmado la condena."


def test_a_sports_tickers_minutes_are_its_times() -> None:
    text = (
        "Diretta Roma-Lazio 0-1\n\n"
        "90'+3'\n\nFinisce qui: la Lazio vince il derby.\n\n"
        "61'\n\nGol della Lazio! Tiro dal limite, palla nell'angolo.\n\n"
        "1'\n\nSi parte all'Olimpico."
    )
    article = parse_article(text)
    assert [b.text for b in article.boilerplate] == ["90'+3'", "61'", "1'"]
    assert {b.kind for b in article.boilerplate} == {"timestamp"}
    assert len(article.paragraphs) == 3


def test_one_minute_alone_is_a_paragraph() -> None:
    # one such line alone may be a figure of the story
    text = "Late goal\n\nThe goal came in the last minute.\n\n90'\n\nThe fans went home happy."
    assert parse_article(text).boilerplate == ()


def test_a_digests_heading_with_a_comma() -> None:
    # in a run of headings each over one paragraph, a comma is the heading's
    text = (
        "Morning briefing\n\n"
        "Good morning. Here is what you need to know today.\n\n"
        "Budget vote delayed\n\nThe council put off the budget vote to next week.\n\n"
        "Rail strike called off\n\nThe union called off Friday's strike.\n\n"
        "Cup final, at last\n\nThe city hosts the cup final tonight."
    )
    article = parse_article(text)
    assert [head.text for head in article.subheads] == [
        "Budget vote delayed",
        "Rail strike called off",
        "Cup final, at last",
    ]
    assert len(article.paragraphs) == 4


def test_an_issuers_legal_notice_makes_the_text_a_release() -> None:
    # under the notice, the contact block closing the text is the release's furniture
    text = (
        "Acme AG senkt Prognose\n\n"
        "Veröffentlichung einer Insiderinformation nach Artikel 17 MAR\n\n"
        "Hamburg, 3. März 2026 - Der Vorstand der Acme AG hat die Prognose gesenkt.\n\n"
        "Grund ist die schwache Nachfrage.\n\n"
        "Kontakt:\nInvestor Relations\nTelefon: +49 40 555 0100\n\n"
        "Ende der Insiderinformation"
    )
    article = parse_article(text)
    assert [b.kind for b in article.boilerplate] == [
        "release",
        "release",
        "release",
        "release",
        "separator",
    ]
    assert len(article.paragraphs) == 2
