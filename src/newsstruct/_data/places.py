"""Place-name vocabulary used to read datelines.

Sources: the AP Stylebook and Reuters Handbook abbreviations of US states
(``N.J.``, ``Va.``, ``Ill.``, ``Mich.``) and Canadian provinces (``B.C.``,
``Ont.``, ``Que.``) as they appear after a city in a dateline, and words that
open a wire block in capitals without being a place (story flags and labels
such as ``UPDATE``, ``EXCLUSIVE``, ``FACTBOX``, from Reuters and AP slugs).
"""

from __future__ import annotations

US_STATES: frozenset[str] = frozenset(
    {
        "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "D.C.", "Fla.", "Ga.",
        "Ill.", "Ind.", "Kan.", "Kans.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.",
        "Miss.", "Mo.", "Mont.", "Neb.", "Nebr.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.",
        "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Tex.",
        "Vt.", "Va.", "Wash.", "W.Va.", "W. Va.", "Wis.", "Wyo.", "Alaska", "Hawaii", "Idaho",
        "Iowa", "Maine", "Ohio", "Utah", "Texas",
    }
)  # fmt: skip
"""US state abbreviations in AP/Reuters style (and the states never abbreviated)."""

US_STATE_NAMES: frozenset[str] = frozenset(
    {
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
        "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
        "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
        "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
        "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina",
        "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
        "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
        "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
    }
)  # fmt: skip
"""The fifty US states, written out."""

CANADIAN_PROVINCES: frozenset[str] = frozenset(
    {
        "Alta.", "B.C.", "Man.", "N.B.", "Nfld.", "N.L.", "N.S.", "N.W.T.", "Ont.",
        "P.E.I.", "Que.", "Sask.", "Y.T.", "Nunavut", "Yukon",
    }
)  # fmt: skip
"""Canadian province abbreviations as written after a city."""

CANADIAN_PROVINCE_NAMES: frozenset[str] = frozenset(
    {
        "Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland",
        "Newfoundland and Labrador", "Nova Scotia", "Ontario", "Prince Edward Island",
        "Quebec", "Saskatchewan", "Northwest Territories", "Nunavut", "Yukon",
    }
)  # fmt: skip
"""Canada's provinces and territories, written out (no person is named ``Nova Scotia``)."""

NOT_PLACES: frozenset[str] = frozenset(
    {
        "ADVISORY", "ALERT", "ANALYSIS", "BREAKING", "BULLETIN", "CLARIFICATION", "COLUMN",
        "COMMENT", "CORRECTED", "CORRECTION", "EDITORIAL", "EDITORS", "EDITOR'S", "ELECTION",
        "EXCLUSIVE", "EXPLAINER", "FACTBOX", "FEATURE", "FLASH", "FOCUS", "GRAPHIC",
        "INSIGHT", "INTERVIEW", "LIVE", "NEWSALERT", "NOTE", "OPINION", "PHOTO", "PHOTOS",
        "PREVIEW", "PROFILE", "Q&A", "QUOTE", "QUOTES", "REFILE", "REPEAT", "REVIEW", "RPT",
        "SPECIAL", "SUMMARY", "TIMELINE", "TOP", "UPDATE", "UPDATED", "URGENT", "VIDEO",
        "WATCH", "WARNING", "WRAPUP", "ATTENTION", "CORRECTS", "FIXES", "ADDS", "NEW",
    }
)  # fmt: skip
"""Capitalised words that open a block as a label, never as a dateline place.

``NEW`` is listed for the flag ``NEW -``; ``NEW YORK`` and other names with
``NEW`` are places because the check applies to one-word locations only.
"""

STATE_WORDS: frozenset[str] = US_STATES | CANADIAN_PROVINCES

PLACE_PREFIXES: frozenset[str] = frozenset(
    {
        "NEW", "SAN", "SANTA", "SANTO", "SAO", "ST.", "STE.", "SAINT", "FORT", "FT.", "PORT",
        "MOUNT", "MT.", "LAKE", "CAPE", "NORTH", "SOUTH", "EAST", "WEST", "UPPER", "LOWER",
        "GREAT", "LITTLE", "EL", "LA", "LAS", "LOS", "LE", "LES", "DES", "AL", "BAD",
        "CIUDAD", "PUERTO", "PORTO", "BANDAR", "KOTA", "KUALA", "BEN", "TEL", "ABU", "BAN",
    }
)  # fmt: skip
"""First words that mark a name in capitals as a place (``FORT PIERCE``, ``SAN JUAN``).

Compiled by hand from the common generic elements of place names (as in the
GeoNames feature classes and the AP Stylebook dateline list): saints, forts,
ports, cardinal points, articles of Romance and Arabic names, Malay
``Kota``/``Kuala``/``Bandar``.
"""

PLACE_SUFFIXES: frozenset[str] = frozenset(
    {
        "CITY", "TOWN", "VILLAGE", "BEACH", "PARK", "SPRINGS", "FALLS", "HEIGHTS", "HILLS",
        "ISLAND", "ISLANDS", "ISLE", "BAY", "HARBOR", "HARBOUR", "VALLEY", "ATOLL", "CREEK",
        "RIVER", "POINT", "JUNCTION", "CROSSING", "BLUFFS", "GROVE", "RAPIDS", "HAVEN",
        "LAKES", "CAMP", "BASE", "AIRPORT", "MOUNTAINS", "REEF", "COAST", "STRIP", "BANK",
        "COUNTY", "PROVINCE", "STATE", "REGION", "DISTRICT", "TERRITORY",
    }
)  # fmt: skip
"""Last words that mark a name in capitals as a place (``ATLANTIC CITY``, ``MIDWAY ATOLL``)."""


#: The words that open a German story's first sentence after its place mark,
#: an unlisted town closed by a full stop (regional papers' ``Ortsmarke``:
#: ``Lüneburg. Der Stadtrat hat ...``): articles and the prepositions of a
#: lead's time or place.
PLACE_MARK_OPENERS_DE: frozenset[str] = frozenset(
    {
        "Der", "Die", "Das", "Ein", "Eine", "Am", "Im", "Beim", "Bei", "Nach", "Mit", "Seit",
        "Vor", "Für", "Auf", "In", "Unter", "Zum", "Zur", "Wegen", "Trotz", "Rund", "Gegen",
        "Unbekannte", "Zwei", "Drei", "Mehrere",
    }
)  # fmt: skip

#: German words that stand as a sentence of one word before the first
#: sentence of a feature (``Endlich. Die ...``, ``Schluss. Aus.``), and the
#: endings of such words (adverbs, adjectives, abstract nouns): no place mark.
ONE_WORD_SENTENCES_DE: frozenset[str] = frozenset(
    {
        "Aus", "Vorbei", "Schluss", "Endlich", "Achtung", "Stopp", "Halt", "Danke", "Nein",
        "Ja", "Doch", "Gut", "Klar", "Also", "Tja", "Heute", "Gestern", "Morgen", "Jetzt",
        "Nun", "Damals", "Immer", "Nie", "Niemals", "Wahnsinn", "Geschafft", "Skandal",
        "Unglaublich", "Schade", "Bitte", "Vorsicht", "Alarm", "Stille", "Ruhe", "Applaus",
        "Erstens", "Zweitens", "Drittens", "Zuerst", "Dann", "Später", "Plötzlich", "Sonntag",
        "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonnabend",
    }
)  # fmt: skip
ONE_WORD_SENTENCE_ENDINGS_DE: tuple[str, ...] = (
    "lich", "ung", "heit", "keit", "schaft", "ismus", "isch", "weise", "ig", "bar", "los",
)  # fmt: skip
