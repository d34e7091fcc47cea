"""Tell the language of a story from its most frequent function words."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from newsstruct._data.scripts import SCRIPT_LANGUAGES
from newsstruct._data.stopwords import STOPWORDS

#: How much of the text is read to tell its language.
_SAMPLE = 1000
#: The fewest stop-word hits that decide a language.
_MIN_HITS = 2
_WORD = regex.compile(r"\p{L}++")
#: Stop word -> the languages whose lists hold it, in the order of :data:`STOPWORDS`.
_CODES: dict[str, tuple[str, ...]] = {}
for _code, _words in STOPWORDS.items():
    for _word in _words:
        _CODES[_word] = (*_CODES.get(_word, ()), _code)
del _code, _words, _word
#: (script pattern, language) for the scripts that tell a language on their own.
_SCRIPTS = tuple((regex.compile(rf"\p{{Script={name}}}"), code) for name, code in SCRIPT_LANGUAGES)
#: Share of the letters a script needs to tell the language (kana: a tenth).
_SCRIPT_SHARE = 0.5
_KANA_SHARE = 0.1


def _script_language(letters: str, allowed: tuple[str, ...] | None) -> str | None:
    """The language told by the writing system of *letters*, or ``None``."""
    if letters.isascii():
        return None
    for pattern, code in _SCRIPTS:
        if allowed is not None and code not in allowed:
            continue
        share = _KANA_SHARE if code == "ja" else _SCRIPT_SHARE
        if len(pattern.findall(letters)) > share * len(letters):
            return code
    return None


def detect_language(text: str, candidates: Iterable[str] | None = None) -> str | None:
    """The ISO 639-1 code of the language *text* is written in, or ``None``.

    Counts the function words of each language (:mod:`newsstruct._data.stopwords`)
    in the first thousand characters.  *candidates* restricts the choice;
    a candidate with no word list is returned when it is the only one.

    >>> from newsstruct._language import detect_language
    >>> detect_language("The talks were held in Reykjavik, and they said it went well.")
    'en'
    >>> detect_language("Die Gespräche sind in Berlin, und sie werden nicht verlängert.")
    'de'
    >>> detect_language("Le ministre a dit que les discussions sont dans une impasse.")
    'fr'
    >>> detect_language("12345") is None
    True
    >>> detect_language("国家统计局发布数据。"), detect_language("북한이 미사일을 발사했다.")
    ('zh', 'ko')
    >>> detect_language("The talks were held in Reykjavik and it went well.", ["de", "en"])
    'en'
    """
    allowed = None if candidates is None else tuple(candidates)
    if allowed is not None and len(allowed) == 1:
        return allowed[0]
    counts: dict[str, int] = {}
    words = _WORD.findall(text, 0, min(len(text), _SAMPLE))
    script = _script_language("".join(words), allowed)
    if script is not None:
        return script  # Chinese, Japanese, Korean, Arabic ... by their script
    # one casefold for all the words (casefold maps characters one by one)
    for codes in filter(None, map(_CODES.get, " ".join(words).casefold().split(" "))):
        for code in codes:
            if allowed is None or code in allowed:
                counts[code] = counts.get(code, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda code: (counts[code], code == "en"))
    if counts[best] < _MIN_HITS:
        return None
    return best
