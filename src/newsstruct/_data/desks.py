"""Desks and sections of a newsroom, as web pages print them under a byline.

Sources: the desk lines under bylines on the sites of North American, British,
Irish, Australian and Indian newspapers (``City Hall Bureau``, ``Queen's Park
Bureau``, ``Politics Reporter``, ``Business Editor``, ``Staff Writer``), and
the section names of their menus.  When a page is copied as text, the desk
line is often glued to the name (``Jane DoeCity Hall Bureau``); only a word
listed here (or a role word) after a lower-case letter is read as such a desk.
Matched ignoring case.
"""

from __future__ import annotations

#: The first word of a desk or section line glued to a byline's name.
DESK_WORDS: frozenset[str] = frozenset(
    {
        # sections
        "arts", "business", "city", "climate", "courts", "crime", "culture", "education",
        "entertainment", "environment", "features", "health", "investigations",
        "investigative", "legal", "local", "metro", "money", "national", "opinion",
        "parliament", "parliamentary", "politics", "political", "queen's", "queen’s",
        "science", "sports", "sport", "tech", "technology", "travel", "world", "foreign",
        "economics", "economy", "markets", "weather", "transportation", "transport",
        "housing", "immigration", "justice", "diplomatic", "defence", "defense",
        "security", "lifestyle", "food", "books", "music", "film", "television", "media",
        "obituaries", "region", "regional", "state", "statehouse", "legislature",
        # a university's or an agency's press office: University Communications
        "communications",
        # roles that open a desk line
        "staff", "senior", "chief", "special", "contributing", "freelance", "associate",
        "deputy", "reporter", "correspondent", "columnist", "writer", "editor",
    }
)  # fmt: skip

#: What a name glued to a desk may end with before the desk's capital: these
#: open surnames (``McDonald``, ``DeSantis``, ``MacKenzie``), never a split.
NAME_PREFIXES: frozenset[str] = frozenset(
    {"mc", "mac", "de", "di", "da", "du", "le", "la", "van", "von", "fitz", "ten", "ter",
     "del", "della", "dos", "st", "o", "d", "al", "el", "ben", "bin", "abu"}
)  # fmt: skip

#: Credit lines for a newsroom's staff rather than a person, as printed under
#: a headline (``Staff reports``, ``From wire reports``); also ``<outlet> Staff``
#: (``KXYZ Staff``), read by the headline rules.  Matched ignoring case.
STAFF_CREDITS: frozenset[str] = frozenset(
    {
        "staff", "staff report", "staff reports", "from staff reports", "staff and wire reports",
        "from staff and wire reports", "wire reports", "from wire reports", "news services",
        "wire services", "from news services", "staff writer", "staff writers", "web staff",
        "digital staff", "news staff", "newsroom", "the newsroom",
        # the newsroom in other languages (Da Redação, Van de redactie)
        "redação", "redacción", "redazione", "rédaction", "redaktion", "redactie",
        # Indian and South Asian papers credit a desk, not a name
        "special correspondent", "our special correspondent", "staff correspondent",
        "our staff correspondent", "our correspondent", "staff reporter",
        "our staff reporter", "our bureau", "our special representative",
        "express news service", "legal correspondent", "our legal correspondent",
        "news desk", "web desk", "online desk", "digital desk", "news service",
        # Indian papers' news services by their initials (The Times of India,
        # Deccan Herald, The Indian Express, Hindustan Times)
        "tnn", "dhns", "ens", "htc", "ht correspondent",
    }
)  # fmt: skip

#: The first words of a writer's desk, paper or post after the name in the
#: bylines of pages in other languages (``Por Maria Souza, da Folha``, ``Por Ana
#: García, corresponsal en Bruselas``, ``Di Marco Rossi, inviato a Kiev``).
#: Lower case, as written.
DESK_LEADS: frozenset[str] = frozenset(
    {
        "da", "do", "de", "del", "della", "dalla", "di", "du", "des", "von", "aus", "em", "en",
        "corresponsal", "correspondant", "correspondante", "envoyé", "envoyée",
        "corrispondente", "inviato", "inviata", "korrespondent", "korrespondentin",
        "correspondente", "enviado", "enviada", "redactor", "redactora", "repórter",
        "journaliste", "giornalista", "periodista", "jornalista",
    }
)  # fmt: skip
