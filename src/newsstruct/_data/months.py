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
    # Central and Eastern Europe, the Baltic, the Nordic languages: the names in
    # the case a date writes them in (Polish ``4 listopada``, Czech ``4. listopadu``,
    # Hungarian ``november 4.``, Lithuanian ``lapkričio 4 d.``) and the nominative
    "pl": (
        ("stycznia", "styczeń"), ("lutego", "luty"), ("marca", "marzec"),
        ("kwietnia", "kwiecień"), ("maja", "maj"), ("czerwca", "czerwiec"),
        ("lipca", "lipiec"), ("sierpnia", "sierpień"), ("września", "wrzesień"),
        ("października", "październik"), ("listopada", "listopad"), ("grudnia", "grudzień"),
    ),
    "cs": (
        ("ledna", "leden"), ("února", "únor"), ("března", "březen"), ("dubna", "duben"),
        ("května", "květen"), ("června", "červen"), ("července", "červenec"),
        ("srpna", "srpen"), ("září",), ("října", "říjen"), ("listopadu", "listopad"),
        ("prosince", "prosinec"),
    ),
    "sk": (
        ("januára", "január"), ("februára", "február"), ("marca", "marec"),
        ("apríla", "apríl"), ("mája", "máj"), ("júna", "jún"), ("júla", "júl"),
        ("augusta", "august"), ("septembra", "september"), ("októbra", "október"),
        ("novembra", "november"), ("decembra", "december"),
    ),
    "sl": (
        ("januarja", "januar"), ("februarja", "februar"), ("marca", "marec"),
        ("aprila", "april"), ("maja", "maj"), ("junija", "junij"), ("julija", "julij"),
        ("avgusta", "avgust"), ("septembra", "september"), ("oktobra", "oktober"),
        ("novembra", "november"), ("decembra", "december"),
    ),
    "hr": (
        ("siječnja", "siječanj"), ("veljače", "veljača"), ("ožujka", "ožujak"),
        ("travnja", "travanj"), ("svibnja", "svibanj"), ("lipnja", "lipanj"),
        ("srpnja", "srpanj"), ("kolovoza", "kolovoz"), ("rujna", "rujan"),
        ("listopada", "listopad"), ("studenoga", "studenog", "studeni"),
        ("prosinca", "prosinac"),
    ),
    "sr": (
        ("januara", "januar", "јануара", "јануар"), ("februara", "februar", "фебруара", "фебруар"),
        ("marta", "mart", "марта", "март"), ("aprila", "april", "априла", "април"),
        ("maja", "maj", "маја", "мај"), ("juna", "jun", "јуна", "јун"),
        ("jula", "jul", "јула", "јул"), ("avgusta", "avgust", "августа", "август"),
        ("septembra", "septembar", "септембра", "септембар"),
        ("oktobra", "oktobar", "октобра", "октобар"),
        ("novembra", "novembar", "новембра", "новембар"),
        ("decembra", "decembar", "децембра", "децембар"),
    ),
    "bg": (
        ("януари",), ("февруари",), ("март",), ("април",), ("май",), ("юни",), ("юли",),
        ("август",), ("септември",), ("октомври",), ("ноември",), ("декември",),
    ),
    "uk": (
        ("січня", "січень"), ("лютого", "лютий"), ("березня", "березень"),
        ("квітня", "квітень"), ("травня", "травень"), ("червня", "червень"),
        ("липня", "липень"), ("серпня", "серпень"), ("вересня", "вересень"),
        ("жовтня", "жовтень"), ("листопада", "листопад"), ("грудня", "грудень"),
    ),
    "ro": (
        ("ianuarie",), ("februarie",), ("martie",), ("aprilie",), ("mai",), ("iunie",),
        ("iulie",), ("august",), ("septembrie",), ("octombrie",), ("noiembrie",),
        ("decembrie",),
    ),
    "hu": (
        ("január",), ("február",), ("március",), ("április",), ("május",), ("június",),
        ("július",), ("augusztus",), ("szeptember",), ("október",), ("november",),
        ("december",),
    ),
    "lt": (
        ("sausio",), ("vasario",), ("kovo",), ("balandžio",), ("gegužės",), ("birželio",),
        ("liepos",), ("rugpjūčio",), ("rugsėjo",), ("spalio",), ("lapkričio",),
        ("gruodžio",),
    ),
    "lv": (
        ("janvāris", "janvārī"), ("februāris", "februārī"), ("marts", "martā"),
        ("aprīlis", "aprīlī"), ("maijs", "maijā"), ("jūnijs", "jūnijā"),
        ("jūlijs", "jūlijā"), ("augusts", "augustā"), ("septembris", "septembrī"),
        ("oktobris", "oktobrī"), ("novembris", "novembrī"), ("decembris", "decembrī"),
    ),
    "et": (
        ("jaanuar",), ("veebruar",), ("märts",), ("aprill",), ("mai",), ("juuni",),
        ("juuli",), ("august",), ("september",), ("oktoober",), ("november",),
        ("detsember",),
    ),
    "sv": (
        ("januari",), ("februari",), ("mars",), ("april",), ("maj",), ("juni",), ("juli",),
        ("augusti",), ("september",), ("oktober",), ("november",), ("december",),
    ),
    "da": (
        ("januar",), ("februar",), ("marts",), ("april",), ("maj",), ("juni",), ("juli",),
        ("august",), ("september",), ("oktober",), ("november",), ("december",),
    ),
    "nb": (
        ("januar",), ("februar",), ("mars",), ("april",), ("mai",), ("juni",), ("juli",),
        ("august",), ("september",), ("oktober",), ("november",), ("desember",),
    ),
    "fi": (
        ("tammikuuta",), ("helmikuuta",), ("maaliskuuta",), ("huhtikuuta",),
        ("toukokuuta",), ("kesäkuuta",), ("heinäkuuta",), ("elokuuta",), ("syyskuuta",),
        ("lokakuuta",), ("marraskuuta",), ("joulukuuta",),
    ),
}  # fmt: skip

_NUMBERS: dict[str, set[int]] = {}
for _table in _BY_LANGUAGE.values():
    for _number, _names in enumerate(_table, start=1):
        for _name in _names:
            _NUMBERS.setdefault(_name, set()).add(_number)

MONTHS: dict[str, int] = {
    name: min(numbers) for name, numbers in _NUMBERS.items() if len(numbers) == 1
}
"""Every month name or abbreviation (lower case, no full stop) -> month number;
not the names that are different months in different languages (:data:`AMBIGUOUS_MONTHS`)."""

AMBIGUOUS_MONTHS: frozenset[str] = frozenset(
    name for name, numbers in _NUMBERS.items() if len(numbers) > 1
)
"""Names of one month in one language and of another in another (``listopad`` is
November in Czech and Polish, October in Croatian): a dateline may hold them,
and the text's language reads them (:mod:`dateparser`)."""

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
