"""Tell the language of a story from its most frequent function words."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import chain

import regex

from newsstruct._data.scripts import LETTER_LANGUAGES, SCRIPT_LANGUAGES
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
#: Letter -> the languages it votes for (:data:`LETTER_LANGUAGES`).
_LETTER_CODES: dict[str, tuple[str, ...]] = {
    letter: codes for letters, codes in LETTER_LANGUAGES for letter in letters
}
#: Share of the letters a script needs to tell the language (kana: a tenth).
_SCRIPT_SHARE = 0.5
_KANA_SHARE = 0.1
#: Characters outside ASCII that are never letters: typographic quotes, dashes,
#: spaces, symbols.  A sample made of ASCII and these is split into words by
#: :func:`_ascii_words` without a pattern.
_NOT_LETTERS = frozenset(
    "\u00a0\u00a2\u00a3\u00a5\u00a6\u00a7\u00a9\u00ab\u00ad\u00ae\u00b0\u00b1\u00b6\u00b7"
    "\u00bb\u00bc\u00bd\u00be\u00d7\u00f7\u2002\u2003\u2009\u200a\u200b\u2010\u2011"
    "\u2012\u2013\u2014\u2015\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2020"
    "\u2021\u2022\u2026\u2028\u2029\u202f\u2032\u2033\u2039\u203a\u20ac\u2122\u2212"
)
_ASCII_OR_NOT_LETTERS = frozenset(map(chr, range(128))) | _NOT_LETTERS
#: The marks of :data:`_NOT_LETTERS` most common in news copy.
_USUAL_MARKS = ("\u2019", "\u201c", "\u201d", "\u2018", "\u2014", "\u2013", "\u00a0", "\u2026")
#: Byte table: ASCII letters kept, every other byte a space.
_ASCII_LETTERS = bytes(
    byte if chr(byte).isascii() and chr(byte).isalpha() else 0x20 for byte in range(256)
)


def ascii_letters(sample: str) -> str | None:
    """*sample* in lower case with every character but a letter made a space.

    Only when its letters are all ASCII (else ``None``): then the words of the
    result are the runs of letters (``\\p{L}++``) of *sample*, case folded,
    at the same offsets, found without a pattern.

    >>> from newsstruct._language import ascii_letters
    >>> ascii_letters("Clinton\u2019s team, 2016")
    'clinton s team      '
    >>> ascii_letters("Gr\u00fc\u00dfe") is None
    True
    """
    if not sample.isascii():
        # the usual marks first (one fast pass each), then any other one by one
        for mark in _USUAL_MARKS:
            if mark in sample:
                sample = sample.replace(mark, " ")
        if not sample.isascii() and not _ASCII_OR_NOT_LETTERS.issuperset(sample):
            return None
    # the other characters become "?", then spaces
    ascii_bytes = sample.encode("ascii", "replace").translate(_ASCII_LETTERS)
    return ascii_bytes.decode("ascii").lower()


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
    letters = ascii_letters(text[:_SAMPLE])
    votes: list[tuple[str, ...]] = []
    if letters is not None:
        folded = letters.split()
    else:
        words = _WORD.findall(text, 0, min(len(text), _SAMPLE))
        script = _script_language("".join(words), allowed)
        if script is not None:
            return script  # Chinese, Japanese, Korean, Arabic ... by their script
        # one casefold for all the words (casefold maps characters one by one)
        joined = " ".join(words).casefold()
        folded = joined.split(" ")
        # each letter only some languages write: one vote for them
        votes = [codes for letter, codes in _LETTER_CODES.items() if letter in joined]
    hits = chain(filter(None, map(_CODES.get, folded)), votes)
    if allowed is None:
        # (counted in C, in the order the codes are met: the same dictionary)
        counts = Counter(chain.from_iterable(hits))
    else:
        for codes in hits:
            for code in codes:
                if code in allowed:
                    counts[code] = counts.get(code, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda code: (counts[code], code == "en"))
    if counts[best] < _MIN_HITS:
        return None
    return best
