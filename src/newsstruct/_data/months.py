"""Month names and abbreviations as written in datelines, by language.

Sources: the CLDR month names (wide and abbreviated forms) for each language,
the AP and Reuters style abbreviations (``Jan.``, ``Feb``, ``Sept.``), and the
agencies' own forms seen on the wire (``juil``, ``LUG``, ``мар``).  Keys are
lower-case without the abbreviation's full stop; values are month numbers.
"""

from __future__ import annotations

_BY_LANGUAGE: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
        ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
        ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
        ("december", "dec"),
    ),
    "fr": (
        ("janvier", "janv"), ("février", "fevrier", "févr", "fevr", "fév", "fev"),
        ("mars",), ("avril", "avr"), ("mai",), ("juin",), ("juillet", "juil"),
        ("août", "aout"), ("septembre", "sept"), ("octobre", "oct"), ("novembre", "nov"),
        ("décembre", "decembre", "déc", "dec"),
    ),
    "de": (
        ("januar", "jän", "jänner"), ("februar", "feb"), ("märz", "maerz", "mär"),
        ("april", "apr"), ("mai",), ("juni", "jun"), ("juli", "jul"), ("august", "aug"),
        ("september", "sep", "sept"), ("oktober", "okt"), ("november", "nov"),
        ("dezember", "dez"),
    ),
    "es": (
        ("enero", "ene"), ("febrero", "feb"), ("marzo", "mar"), ("abril", "abr"),
        ("mayo", "may"), ("junio", "jun"), ("julio", "jul"), ("agosto", "ago"),
        ("septiembre", "setiembre", "sep", "sept", "set"), ("octubre", "oct"),
        ("noviembre", "nov"), ("diciembre", "dic"),
    ),
    "it": (
        ("gennaio", "gen"), ("febbraio", "feb"), ("marzo", "mar"), ("aprile", "apr"),
        ("maggio", "mag"), ("giugno", "giu"), ("luglio", "lug"), ("agosto", "ago"),
        ("settembre", "set"), ("ottobre", "ott"), ("novembre", "nov"), ("dicembre", "dic"),
    ),
    "pt": (
        ("janeiro", "jan"), ("fevereiro", "fev"), ("março", "marco", "mar"), ("abril", "abr"),
        ("maio", "mai"), ("junho", "jun"), ("julho", "jul"), ("agosto", "ago"),
        ("setembro", "set"), ("outubro", "out"), ("novembro", "nov"), ("dezembro", "dez"),
    ),
    "nl": (
        ("januari", "jan"), ("februari", "feb"), ("maart", "mrt"), ("april", "apr"),
        ("mei",), ("juni", "jun"), ("juli", "jul"), ("augustus", "aug"),
        ("september", "sep", "sept"), ("oktober", "okt"), ("november", "nov"),
        ("december", "dec"),
    ),
    "ru": (
        ("января", "январь", "янв"), ("февраля", "февраль", "фев"), ("марта", "март", "мар"),
        ("апреля", "апрель", "апр"), ("мая", "май"), ("июня", "июнь", "июн"),
        ("июля", "июль", "июл"), ("августа", "август", "авг"),
        ("сентября", "сентябрь", "сен", "сент"), ("октября", "октябрь", "окт"),
        ("ноября", "ноябрь", "ноя"), ("декабря", "декабрь", "дек"),
    ),
}  # fmt: skip

MONTHS: dict[str, int] = {
    name: number
    for table in _BY_LANGUAGE.values()
    for number, names in enumerate(table, start=1)
    for name in names
}
"""Every month name or abbreviation (lower case, no full stop) -> month number."""

MONTH_LANGUAGES: dict[str, frozenset[str]] = {
    name: frozenset(
        lang for lang, table in _BY_LANGUAGE.items() for names in table if name in names
    )
    for name in MONTHS
}
"""Month name -> the languages that write it so."""

WEEKDAYS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("monday", "mon", "lundi", "montag", "lunes", "lunedì", "segunda-feira", "maandag"),
            ("tuesday", "tue", "tues", "mardi", "dienstag", "martes", "martedì", "terça-feira",
             "dinsdag"),
            ("wednesday", "wed", "mercredi", "mittwoch", "miércoles", "mercoledì",
             "quarta-feira", "woensdag"),
            ("thursday", "thu", "thur", "thurs", "jeudi", "donnerstag", "jueves", "giovedì",
             "quinta-feira", "donderdag"),
            ("friday", "fri", "vendredi", "freitag", "viernes", "venerdì", "sexta-feira",
             "vrijdag"),
            ("saturday", "sat", "samedi", "samstag", "sonnabend", "sábado", "sabato",
             "zaterdag"),
            ("sunday", "sun", "dimanche", "sonntag", "domingo", "domenica", "zondag"),
        )
    )
    for name in names
}  # fmt: skip
"""Weekday names (lower case) -> ``date.weekday()`` number (Monday is 0)."""
