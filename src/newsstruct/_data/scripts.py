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

#: Letters of a language's alphabet that the other languages of
#: :mod:`newsstruct._data.stopwords` (nearly) never write: Czech ř ě ů, Slovak
#: ľ ĺ ŕ ô, Polish ł ś ź ż ń, Croatian and Serbian đ, Hungarian ő ű, Lithuanian
#: ė į ų, Latvian ā ē ī ģ ķ ļ ņ, Estonian õ, Russian ы э ё, Ukrainian і ї є ґ,
#: Serbian Cyrillic ђ ћ џ љ њ ј (lower case).  Sources: the alphabets of these
#: languages.  Such a letter in a story is one more vote for its languages,
#: which tells near languages apart in a story of a few lines.
LETTER_LANGUAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("řěů", ("cs",)),
    ("ľĺŕô", ("sk",)),
    ("łśźżń", ("pl",)),
    ("đ", ("hr", "sr")),
    ("őű", ("hu",)),
    ("ėįų", ("lt",)),
    ("āēīģķļņ", ("lv",)),
    ("õ", ("et",)),
    ("ыэё", ("ru",)),
    ("іїєґ", ("uk",)),
    ("ђћџљњј", ("sr",)),
)
