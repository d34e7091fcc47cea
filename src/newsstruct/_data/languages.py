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

#: The languages whose quotes have speakers read in their own words
#: (:mod:`newsstruct._speakers_intl`, loaded when a text in one of them is
#: read); every other language is read as English.
INTL_LANGUAGES: frozenset[str] = frozenset({"de", "fr", "es", "it", "pt"})
