"""Writing systems that tell a language on their own.

Sources: the Unicode Standard's script property (``\\p{Script=...}``) and the
languages of the wire services that write in these scripts (Xinhua and China
News Service in Chinese, Kyodo and Jiji in Japanese, Yonhap in Korean, the
Arabic services of Reuters, AFP and the Gulf agencies, ANA-MPA in Greek, the
Israeli press in Hebrew, Thai News Agency).  Cyrillic is left out: Russian,
Ukrainian, Bulgarian and Serbian share it, and the stop-word lists tell them
apart.
"""

from __future__ import annotations

#: Unicode script name -> ISO 639-1 code, in the order they are tried.
#: Japanese mixes kana with Chinese characters, so kana are tried first.
SCRIPT_LANGUAGES: tuple[tuple[str, str], ...] = (
    ("Hiragana", "ja"),
    ("Katakana", "ja"),
    ("Hangul", "ko"),
    ("Han", "zh"),
    ("Arabic", "ar"),
    ("Greek", "el"),
    ("Hebrew", "he"),
    ("Thai", "th"),
)
