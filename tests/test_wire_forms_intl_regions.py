"""Whole stories of the regional press: their structure.

The stories are those of :mod:`tests.test_quotes_intl_regions` (invented, in
the house styles of Notimex, a Guadalajara daily, La Presse canadienne, APS,
MAP, APA and Folha): headlines, bylines, agency datelines (``Ciudad de
México, 14 de marzo (Notimex).-``, ``Dakar, 12 mars (APS) –``, ``Innsbruck
(APA) -``), a place with its state's abbreviation (``GUADALAJARA, Jal.-``), a
city in capitals before a dash (``QUÉBEC —``), a caption credited ``Foto:``,
and the marks under the stories: the agency's name alone (``La Presse
canadienne``, ``(MAP)``), a desk's initials (``MD/ASG``, ``(Schluss) tir/kh``).
The check is the one of :mod:`tests.test_wire_forms`.
"""

from __future__ import annotations

import datetime

import pytest

from newsstruct import parse_article
from tests.test_quotes_intl_regions import (
    DE_AT_APA_HOCHWASSER,
    ES_MX_DIARIO_JALISCO,
    ES_MX_NOTIMEX_AGUA,
    FR_MA_MAP_EAU,
    FR_QC_PC_LOGEMENT,
    FR_SN_APS_PECHE,
    PT_BR_FOLHA_SECA,
)
from tests.test_wire_forms import Expected, case_names, check

#: The day the stories are read on (their datelines give no year).
READ_ON = datetime.date(2025, 11, 5)

CASES: dict[str, tuple[str, Expected]] = {
    "ES_MX_NOTIMEX_AGUA": (
        ES_MX_NOTIMEX_AGUA,
        Expected(
            headline="Conagua prevé recortes de agua en 12 alcaldías por la sequía",
            names=None,
            dateline=("Ciudad de México", "Notimex", datetime.date(2025, 3, 14)),
            paragraphs=11,
            first="La Comisión Nacional del Agua (Conagua) anunció",
            last="La Conagua informó que el programa",
            language="es",
            reference_date=READ_ON,
        ),
    ),
    "ES_MX_DIARIO_JALISCO": (
        ES_MX_DIARIO_JALISCO,
        Expected(
            headline="Jalisco refuerza búsqueda de desaparecidos con nuevo centro forense",
            names=("Mariana López Ibarra",),
            dateline=("GUADALAJARA, Jal.", None, None),
            paragraphs=13,
            first="El Gobierno de Jalisco inauguró",
            last="El centro comenzará a operar",
            language="es",
            captions=(
                ("Familias de personas desaparecidas protestan frente a Casa Jalisco.", "Especial"),
            ),
            reference_date=READ_ON,
        ),
    ),
    "FR_QC_PC_LOGEMENT": (
        FR_QC_PC_LOGEMENT,
        Expected(
            headline="Logement : Québec promet 8000 unités abordables d'ici 2028",
            names=None,
            dateline=("QUÉBEC", None, None),
            paragraphs=9,
            first="Le gouvernement du Québec s'engage",
            last="Le budget du programme sera précisé",
            language="fr",
            boilerplate=("signoff",),
            reference_date=READ_ON,
        ),
    ),
    "FR_SN_APS_PECHE": (
        FR_SN_APS_PECHE,
        Expected(
            headline="Pêche : le chef de l'État annonce un plan de modernisation des quais",
            names=None,
            dateline=("Dakar", "APS", datetime.date(2025, 3, 12)),
            paragraphs=9,
            first="Le président de la République, Amadou Lamine Ndiaye",
            last="La pêche représente environ 3 %",
            language="fr",
            boilerplate=("desk",),
            reference_date=READ_ON,
        ),
    ),
    "FR_MA_MAP_EAU": (
        FR_MA_MAP_EAU,
        Expected(
            headline="Dessalement : lancement des travaux de la station de Tiznit",
            names=None,
            dateline=("Rabat", None, None),
            paragraphs=9,
            first="La ministre de la Transition énergétique",
            last="Pour l'universitaire Hassan Ait Brahim",
            language="fr",
            boilerplate=("signoff",),
            reference_date=READ_ON,
        ),
    ),
    "DE_AT_APA_HOCHWASSER": (
        DE_AT_APA_HOCHWASSER,
        Expected(
            headline="Tirol: Landeshauptmann kündigt Hilfsfonds nach Hochwasser an",
            names=None,
            dateline=("Innsbruck", "APA", None),
            paragraphs=10,
            first="Nach den schweren Unwettern im Tiroler Unterland",
            last="Auch der Nationalrat wird sich",
            language="de",
            boilerplate=("desk",),
            reference_date=READ_ON,
        ),
    ),
    "PT_BR_FOLHA_SECA": (
        PT_BR_FOLHA_SECA,
        Expected(
            headline="Governo libera R$ 1,2 bilhão para municípios atingidos pela seca no Nordeste",
            names=("Renata Albuquerque",),
            dateline=("Brasília", None, None),
            paragraphs=10,
            first="O governo federal anunciou",
            last="Para o pesquisador Francisco Brito",
            language="pt",
            boilerplate=("timestamp",),
            standfirst="Verba será usada em carros-pipa e cisternas",
            reference_date=READ_ON,
        ),
    ),
}

#: Forms not read right yet, and why (strict: a fix must remove the entry).
KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize("name", case_names(CASES, KNOWN_FAILURES))
def test_regional_story_structure(name: str) -> None:
    text, expected = CASES[name]
    check(text, expected)


@pytest.mark.parametrize(
    ("last", "kind"),
    [
        # the agency's name alone under the story (MAP, Télam, the Swiss agency's French
        # service, the Canadian Press under a French story)
        ("(MAP)", "signoff"),
        ("Télam", "signoff"),
        ("Keystone-ATS", "signoff"),
        ("La Presse canadienne", "signoff"),
        # the writer's and the editor's initials (APS)
        ("MD/ASG", "desk"),
        ("ADL/OID", "desk"),
    ],
)
def test_a_regional_agency_s_mark_under_the_story(last: str, kind: str) -> None:
    text = (
        "Le gouvernement annonce un plan\n\n"
        "Le gouvernement a annoncé mardi un plan d'investissement dans les ports.\n\n"
        "Les travaux commenceront au printemps.\n\n" + last
    )
    article = parse_article(text)
    assert [(b.kind, b.text) for b in article.boilerplate] == [(kind, last)]
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize("last", ["US/UK", "EU/NATO", "MAPS", "Map"])
def test_words_in_capitals_under_a_story_are_no_agency_s_mark(last: str) -> None:
    text = (
        "Talks resume\n\n"
        "Officials met on Tuesday to resume the talks.\n\n"
        "A second round is planned for May.\n\n" + last
    )
    assert parse_article(text).boilerplate == ()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a writer's name whatever its first name, over the place alone and the stamp
        (
            "Governo libera verba para a seca\n\nRenata Albuquerque\n\nBrasília\n\n"
            "12.set.2025 às 19h40\n\nO governo federal anunciou nesta sexta-feira a "
            "liberação de verba.\n\nA medida deve beneficiar 740 cidades.",
            ("Renata Albuquerque",),
        ),
        # but words in capitals over a place and a paragraph are no name
        (
            "Governo libera verba para a seca\n\nSeca Histórica\n\nBrasília\n\n"
            "O governo federal anunciou nesta sexta-feira a liberação de verba.\n\n"
            "A medida deve beneficiar 740 cidades.",
            None,
        ),
    ],
)
def test_a_name_over_the_place_and_the_stamp(text: str, names: tuple[str, ...] | None) -> None:
    article = parse_article(text, reference_date=READ_ON)
    assert (article.byline.names if article.byline else None) == names
