"""Languages newsstruct reads dates in (ISO 639-1 codes).

Source: the languages dateparser ships data for that appear in wire copy of
the agencies newsstruct knows (English, the main European languages, Russian,
Arabic, Chinese, Japanese, Korean, Turkish...).
"""

from __future__ import annotations

LANGUAGES: frozenset[str] = frozenset(
    {
        "ar", "bg", "ca", "cs", "da", "de", "el", "en", "es", "et", "fa", "fi", "fr",
        "he", "hi", "hr", "hu", "id", "it", "ja", "ko", "lt", "lv", "ms", "nb", "nl",
        "no", "pl", "pt", "ro", "ru", "sk", "sl", "sr", "sv", "th", "tl", "tr", "uk",
        "vi", "zh",
    }
)  # fmt: skip
