"""Languages newsstruct reads dates in (ISO 639-1 codes).

Source: the languages dateparser ships data for that appear in wire copy of
the agencies newsstruct knows (English, the main European languages, Russian,
Arabic, Chinese, Japanese, Korean, Turkish...).  Every code is checked against
dateparser's locale map in ``tests/test_dates.py``; Norwegian is ``nb``
(Bokmål): dateparser has no ``no`` locale.
"""

from __future__ import annotations

LANGUAGES: frozenset[str] = frozenset(
    {
        "ar", "bg", "ca", "cs", "da", "de", "el", "en", "es", "et", "fa", "fi", "fr",
        "he", "hi", "hr", "hu", "id", "it", "ja", "ko", "lt", "lv", "ms", "nb", "nl",
        "pl", "pt", "ro", "ru", "sk", "sl", "sr", "sv", "th", "tl", "tr", "uk",
        "vi", "zh",
    }
)  # fmt: skip

#: Other names callers give a language by, and the code newsstruct reads it as:
#: Norwegian's macrolanguage code is the Bokmål that Norwegian news is written in.
LANGUAGE_ALIASES: dict[str, str] = {"no": "nb"}

#: The languages whose quotes have speakers read in their own words
#: (:mod:`newsstruct._speakers_intl`, loaded when a text in one of them is
#: read); every other language is read as English.
INTL_LANGUAGES: frozenset[str] = frozenset({"de", "fr", "es", "it", "pt", "nl", "sv", "nb", "da"})

#: The languages whose numeric dates put the day first (``04/11/2025`` is
#: 4 November), as the CLDR short date formats of their main countries do.
#: English is not here (the US writes the month first); nor are Chinese,
#: Japanese, Korean, Hungarian and Lithuanian (year first), nor Persian,
#: Arabic and Hebrew (their pages mix calendars and orders).
DAY_FIRST_LANGUAGES: frozenset[str] = frozenset(
    {
        "bg", "ca", "cs", "da", "de", "el", "es", "et", "fi", "fr", "hr", "id", "it",
        "lv", "ms", "nb", "nl", "pl", "pt", "ro", "ru", "sk", "sl", "sr", "tr", "uk",
        "vi",
    }
)  # fmt: skip
