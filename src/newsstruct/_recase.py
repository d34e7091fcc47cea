"""Names read in text written all in lower case (the datasets of uncased models).

Attribution finds names by their capitals, so a text without any (``"we will
not back down," antony blinken said``) would have no speaker.  Such a text is
given capitals where news copy would have them, at the same offsets, before its
quotes are read: the first letter of a sentence, a known first name and the
name words after it, the name words after a courtesy or abbreviated title
(``sen. jo lind``), a run of name words a cue verb sets off (``blinken said``,
``said jo lind,``), and the one word before such a surname where the text
introduces it (``confirmed that maribel delgado won``), with its initials;
a formal title right before a name (``judge samuel orr``, ``ceo martina
kroll``), a company's last word (``general motors``) and a body's name a cue
follows (``the met office said``).  The quotes keep the
text as written: their text and mentions are read back from the given text at
the same spans, their names and roles in lower case.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from newsstruct._data.cues import CUE_WORDS
from newsstruct._data.first_names import (
    FEMALE_FIRST_NAMES,
    MALE_FIRST_NAMES,
    UNISEX_FIRST_NAMES,
    WORD_FIRST_NAMES,
)
from newsstruct._data.pronouns import SUBJECT_PRONOUNS
from newsstruct._data.speaker_nouns import PERSON_NOUNS, SOURCE_NOUNS, TRADE_NOUNS
from newsstruct._data.stopwords import NOT_NAMES, STOPWORDS
from newsstruct._data.titles import (
    ABBREVIATIONS,
    COMPANY_WORDS,
    HONORIFICS,
    ORGANISATION_WORDS,
    ROLE_WORDS,
)

#: A capital letter: a text with fewer than one in this many characters is
#: read as written in lower case.
_CAPITAL = regex.compile(r"\p{Lu}")
_CAPITALS_PER = 2000
#: A word (with its inner apostrophes, hyphens and stops: ``o'neil``,
#: ``u.s.``), or any other character that is not white space.
_TOKEN = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:['\u2019.\-][\p{L}\p{M}]+)*\.?|\S")

_FIRST_NAMES = (MALE_FIRST_NAMES | FEMALE_FIRST_NAMES | UNISEX_FIRST_NAMES) - WORD_FIRST_NAMES

#: Titles written before a name in a short form or as a courtesy (``sen.``,
#: ``mr.``, ``dr.``): the words after them are a name.
_TITLES = HONORIFICS | (ABBREVIATIONS & ROLE_WORDS) - {"u.s"}

#: Titles that name a person written without their full stop too (``mr lind``).
_BARE_TITLES = (HONORIFICS & ABBREVIATIONS) | {"sir", "dame"}

#: The single-word cue verbs (``said``, ``told``, ``added``).
_CUES = frozenset(cue for cue in CUE_WORDS if " " not in cue)

#: Nouns that head a phrase naming people or bodies; in the plural too, they
#: are not names.
_NOUNS = PERSON_NOUNS | SOURCE_NOUNS | TRADE_NOUNS | ROLE_WORDS | ORGANISATION_WORDS | COMPANY_WORDS

#: Words that are never part of a name.
_COMMON = STOPWORDS["en"] | SUBJECT_PRONOUNS | _CUES | _NOUNS | _TITLES | NOT_NAMES

#: Irregular past forms of common verbs, which follow a first name without
#: being a surname (``kevin took questions``, ``maria brought tamales``); not
#: those that are names too (``won``, ``sang``, ``drew``, ``rose``, ``held``).
_PAST_VERBS = frozenset(
    {"took", "brought", "made", "gave", "went", "came", "got", "ran", "lost", "left",
     "kept", "felt", "thought", "knew", "saw", "found", "became", "began", "led", "paid",
     "sent", "spent", "stood", "wrote", "spoke", "drove", "flew", "grew", "heard",
     "caught", "chose", "ate", "fought", "forgot", "sought", "stole", "struck", "threw",
     "woke", "wore", "wept", "bought", "built", "taught", "meant", "slept", "sold"}
)  # fmt: skip

#: Words that may stand right before a name a cue sets off (``economist maury
#: obstfeld said``).
_LEADERS = (_TITLES | ROLE_WORDS | PERSON_NOUNS | TRADE_NOUNS) - STOPWORDS["en"] - {"the", "us"}

#: Words a name set off by a cue may be followed by (``said jo lind on monday``).
_AFTER_NAME = frozenset({"who", "in", "on", "at", "during", "after", "before", "of", "and"})
#: Particles inside names (``bill de blasio``, ``ursula von der leyen``).
_PARTICLES = frozenset(
    {"de", "da", "di", "del", "der", "du", "dos", "van", "von", "la", "le", "bin", "al"}
)
#: A possessive ending (``pettaway's``).
_POSSESSIVE = ("'s", "\u2019s")

#: Formal titles news copy capitalises right before a name (``Judge Samuel
#: Orr``, ``Pope Gregory``), unlike a job (``retired millwright Gene Sokol``).
_FORMAL_TITLES = frozenset(
    {"president", "governor", "senator", "mayor", "premier", "chancellor", "king", "queen",
     "prince", "princess", "sheriff", "ambassador", "councilman", "councilwoman",
     "councilmember", "congressman", "congresswoman", "assemblyman", "assemblywoman",
     "assemblymember"}
)  # fmt: skip
# (not the offices copy writes in lower case as often as not: ``opposition
# leader``, ``interior minister``, ``press secretary``, ``county chairman``)
#: ... with the honorifics, and the ranks written short (``det sgt lisa mould``).
_FORMAL_TITLES |= (HONORIFICS | (ABBREVIATIONS & ROLE_WORDS)) - {"h.e", "u.s"}
#: Titles written as initials, all in capitals (``CEO Martina Kroll``,
#: ``Green MSP Lorna Baptiste``).
_ACRONYM_TITLES = frozenset(
    {"ceo", "cfo", "coo", "cto", "mp", "mep", "msp", "mla", "mpp", "mca", "mec", "dci", "dsi"}
)
#: Words before a title that make it a description, not a title (``his father
#: jo lind``, ``the judge, samuel orr``).
_DESCRIBED_BY = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "my", "your"})
#: The most role words read before a title (``vice president``, ``house speaker``).
_MAX_TITLE = 3

#: The most name words read after a cue.
_MAX_RUN = 5
#: The most name words read in a run.
_MAX_NAME = 3


#: The quotation marks (and apostrophes) a text's quotes may open or close with.
_MARKS = ('"', "'", "`", "\u201c", "\u201d", "\u2018", "\u2019", "\u201e", "\u00ab", "\u00bb")
#: A text is recased only when it holds a mark and, when longer than
#: :data:`_SHORT`, at most one in this many characters: prose quotes every few
#: hundred characters, and a long text denser in marks (``'"x" said ' *
#: 100_000``) is no copy worth the cost (about a microsecond a word), so it is
#: read as written.  A sentence or two (``"yes," jo lind said.``) is recased
#: whatever its marks.
_MARKS_PER = 30
_SHORT = 2000


def lower_cased(text: str) -> bool:
    """Whether *text* is written (almost) all in lower case: a letter or more,
    and under one capital in :data:`_CAPITALS_PER` characters; and whether it
    holds quotation marks as prose does (:data:`_MARKS_PER`).

    >>> from newsstruct._recase import lower_cased
    >>> lower_cased('"we will," jo lind said on monday, and the talks went on.')
    True
    >>> lower_cased('"We will," Jo Lind said.'), lower_cased("no quote here, jo lind said.")
    (False, False)
    >>> lower_cased('"x" said ' * 1000)  # (long, a mark every four or five characters)
    False
    >>> lower_cased('"x" said ' * 10)  # (short: recased whatever its marks)
    True
    """
    # (the capitals first: a text in mixed case, most, fails at its first few
    # capitals, before the marks are counted in ten scans of the whole text)
    allowed = len(text) // _CAPITALS_PER
    for seen, _ in enumerate(_CAPITAL.finditer(text)):
        if seen >= allowed:
            return False
    marks = sum(map(text.count, _MARKS))
    if not marks or (marks * _MARKS_PER > len(text) > _SHORT):
        return False
    return regex.search(r"\p{Ll}", text) is not None


def _core(token: str) -> str:
    return token[:-1] if token.endswith(".") else token


@lru_cache(maxsize=4096)
def _name_word(token: str, *, named: bool = False) -> bool:
    """Whether *token* may be a word of a person's name (``blinken``, ``o'neil``);
    a word in *ly* only where a first name or a title shows a name (*named*:
    ``mrs. schlafly``, not ``publicly said``) (remembered, keyed on the word: a
    copy in lower case asks it of the same words many times over)."""
    core = _core(token)
    if len(core) < 2 or not core[0].isalpha() or "." in core:
        return False
    if (
        core in _COMMON
        or core in ABBREVIATIONS
        or core in _PAST_VERBS
        or core.endswith(("n't", "n\u2019t"))
    ):
        return False
    if core.endswith("ly") and not named:
        return False
    for end, stem in (("s", ""), ("es", ""), ("ies", "y")):  # ``officials``, ``witnesses``
        if core.endswith(end) and core[: -len(end)] + stem in _NOUNS:
            return False
    return not core.endswith(("'s", "\u2019s"))


def _boundary(token: str | None) -> bool:
    """Whether *token* (``None`` at the start) may stand before a name a cue
    sets off: a mark, a title or a role word."""
    if token is None or not token[0].isalnum():
        return True
    return _core(token) in _LEADERS


def _sentence_ends(token: str) -> bool:
    """Whether a sentence may end with *token*: a stop after a word that is not
    an abbreviation, or another end mark."""
    if token in (".", "!", "?", "...", "\u2026"):
        return True
    if len(token) > 1 and token.endswith("."):
        core = token[:-1]
        return len(core) > 1 and core not in ABBREVIATIONS and "." not in core
    return False


_CLOSING = frozenset("\"'\u201d\u2019)]")
_OPENING = frozenset("\"'`\u201c\u2018([")


def recased(text: str) -> str:
    """*text* with capitals where news copy has them (see the module), each
    character at its offset; a letter whose capital is longer stays as it is."""
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(text)]
    words = [token.lower() for _, token in tokens]
    up: set[int] = set()  # the indexes of the tokens to capitalise
    breaks = {index for index in range(len(tokens)) if _after_break(text, tokens, index)}
    _names(words, up, breaks)
    _again(words, up)
    _introduced(words, up)
    titles = _titled(words, up)
    _of_place(words, up)
    _sentence_starts(text, tokens, up)
    _companies(words, up)
    _bodies(words, up)
    out = list(text)
    for index in up:
        start, token = tokens[index]
        first = token[0].upper()
        if len(first) == 1:
            out[start] = first
        if (
            _INITIALISM.fullmatch(token)  # ``u.s.``
            or _PARTY.fullmatch(token)  # ``r-ariz``
            or (index in titles and _core(words[index]) in _ACRONYM_TITLES)  # ``ceo``
        ):
            for i, char in enumerate(token):
                if char.isalpha() and len(char.upper()) == 1:
                    out[start + i] = char.upper()
    return "".join(out)


#: Words that end a company's name (``marlow pharmaceuticals``, ``general
#: motors``, ``acme holdings inc.``), unlike a body's common nouns (``the agency``).
_CORPORATE = frozenset(
    {"inc", "corp", "co", "ltd", "plc", "llc", "holdings", "industries", "technologies",
     "airlines", "airways", "motors", "pharmaceuticals", "logistics", "electric",
     "petroleum", "telecom", "therapeutics", "biosciences"}
)  # fmt: skip


def _companies(words: Sequence[str], up: set[int]) -> None:
    """The word that ends a company's name (:data:`_CORPORATE`) after a word
    capitalised as a name or a sentence's first word, not an article or another
    common short word (``general motors said``; ``the airlines said`` stays)."""
    for index in range(1, len(words)):
        if (
            _core(words[index]) in _CORPORATE
            and index - 1 in up
            and words[index - 1][0].isalpha()
            and _core(words[index - 1]) not in STOPWORDS["en"]
        ):
            up.add(index)


#: The nouns that end a body's name (``the met office``, ``the interior
#: department``, ``the world food programme``), not those copy writes in lower
#: case after a common word (``the school board``, ``the local council``).
_BODY_HEADS = frozenset(
    {"association", "department", "office", "service", "programme", "program", "alliance",
     "institute", "foundation", "federation", "house"}
)  # fmt: skip
#: The most words of a body's name before its noun.
_MAX_BODY = 3


def _bodies(words: Sequence[str], up: set[int]) -> None:
    """A body's name after *the* where it says something (``the met office
    said``, ``the air line pilots association warned``): one to
    :data:`_MAX_BODY` words, no common short word, pronoun, cue or possessive
    among them, and a noun of :data:`_BODY_HEADS` right before the cue."""
    for index in range(2, len(words) - 1):
        if _core(words[index]) not in _BODY_HEADS or _core(words[index + 1]) not in _CUES:
            continue
        first = index
        while first > 0 and index - first < _MAX_BODY:
            word = words[first - 1]
            if (
                not word[0].isalpha()
                or word.endswith(_POSSESSIVE)
                or _core(word) in STOPWORDS["en"]
                or _core(word) in SUBJECT_PRONOUNS
                or _core(word) in _CUES
            ):
                break
            first -= 1
        if first < index and first > 0 and words[first - 1] == "the":
            up.update(range(first, index + 1))


def _sentence_starts(text: str, tokens: Sequence[tuple[int, str]], up: set[int]) -> None:
    """The first word of each paragraph and of each sentence after an end mark."""
    starts = True
    previous_end = 0
    for index, (start, token) in enumerate(tokens):
        if text.find("\n", previous_end, start) >= 0:
            starts = True
        previous_end = start + len(token)
        if token[0].isalpha():
            if starts:
                up.add(index)
            starts = _sentence_ends(token)
        elif token in _OPENING or token in _CLOSING:
            continue  # marks between the end of a sentence and the next
        else:
            starts = _sentence_ends(token)


def _after_break(text: str, tokens: Sequence[tuple[int, str]], index: int) -> bool:
    """Whether a line break stands between the token at *index* and the one before."""
    if not index:
        return True
    start, token = tokens[index - 1]
    return text.find("\n", start + len(token), tokens[index][0]) >= 0


def _names(words: Sequence[str], up: set[int], breaks: set[int]) -> None:
    """The name words: after a first name or a title, and set off by a cue
    (*breaks*: the indexes of the words a line break stands before)."""
    for index, word in enumerate(words):
        core = _core(word)
        if (core in _FIRST_NAMES and not word.endswith(".")) or (
            core in _TITLES and (word.endswith(".") or core in _BARE_TITLES)
        ):
            run = _run_after(words, index + 1)
            if run and core in _FIRST_NAMES and _verb_after_first_name(words, run, breaks):
                continue
            if run:
                up.add(index)
                up.update(run)
        elif core in _CUES:
            up.update(_run_before(words, index))
            if index and words[index - 1] == ",":  # ``her lawyer, jo lind, said``
                up.update(_run_before(words, index - 1))
            if _inverted(words, index):  # ``," said jo lind``
                up.update(_run_after(words, _past_role(words, index + 1), ended=True))
        elif word == "to" and index and words[index - 1] == "according":
            up.update(_run_after(words, _past_role(words, index + 1), ended=True))
        elif word == "," and _described(words, index):
            up.update(_run_before(words, index))  # ``jo lind, a nurse, said``
        elif (
            word[1:2] == "-"  # (the cheap test first: what the pattern needs)
            and _PARTY.fullmatch(word)
            and index
            and words[index - 1] in ("(", ",", "-")
        ):
            up.add(index)
        if word[1:2] == "." and _INITIALISM.fullmatch(word):
            up.add(index)  # ``u.s.``, ``u.n.``, ``d.c.``


#: Words that open an object right after a verb (``arthur learned the trade``).
_OBJECTS = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
     # object pronouns and the particles after a verb (``tyler earned it``,
     # ``lucy climbed onto``)
     "it", "him", "them", "me", "us", "himself", "herself", "themselves", "onto", "into"}
)  # fmt: skip


def _verb_after_first_name(words: Sequence[str], run: Sequence[int], breaks: set[int]) -> bool:
    """Whether the one word *run* holds after a first name is a verb, not a
    surname: an article or a possessive follows it in its sentence and line,
    with no comma between (``arthur learned the trade``; ``arthur pike, the
    owner`` has its comma, ``andy murray. a photo`` its stop)."""
    after = run[-1] + 1
    return (
        len(run) == 1
        and after < len(words)
        and words[after] in _OBJECTS
        and not words[run[-1]].endswith(".")
        and after not in breaks
    )


#: An initialism of one-letter parts (``u.s.``, ``d.c.``).
_INITIALISM = regex.compile(r"(?:\p{L}\.){2,3}")
#: An initial (``j.``).
_INITIAL = regex.compile(r"\p{L}\.")


#: A party and a state after a name (``d-n.m.``, ``r-ariz``).
_PARTY = regex.compile(r"[dri]-\p{L}[\p{L}.]{1,12}")
#: Words that open a description of a person (``, a nurse,``, ``, 61,``,
#: ``, who chairs the board,``).
_DESCRIBING = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "my", "of", "who"})
#: How many words after a description's opening its cue may be.
_DESCRIPTION_REACH = 12
#: The most role words read between a cue and a name (``said senior analyst jo lind``).
_MAX_ROLE = 3


#: Marks that close a quote.
_CLOSING_MARKS = frozenset({"'", '"', "\u201d", "\u2019"})
#: What a quote ends with before a cue and its speaker (``," said``, ``?" asked``).
_QUOTE_ENDS = frozenset({",", "?", "!", "-", "\u2014", "\u2013"})


def _inverted(words: Sequence[str], cue: int) -> bool:
    """Whether the cue at *cue* may come before its speaker: after a comma, or
    after a quote that ends in a comma, a question or a dash (``," said jo lind``)."""
    k = cue - 1
    if k >= 0 and words[k] == ",":
        return True
    while k >= 0 and words[k] in _CLOSING_MARKS:
        k -= 1
    return k < cue - 1 and k >= 0 and words[k] in _QUOTE_ENDS


def _described(words: Sequence[str], comma: int) -> bool:
    """Whether the comma at *comma* opens a description of a person (an
    article and a word, or an age), with a cue verb after it."""
    if comma + 1 >= len(words):
        return False
    opening = words[comma + 1]
    if opening not in _DESCRIBING and not opening.isdigit():
        return False
    for word in words[comma + 2 : comma + 2 + _DESCRIPTION_REACH]:
        if _core(word) in _CUES:
            return True
        if word in (".", "!", "?", ";") or word in ("''", "``", '"', "\u201c", "\u201d"):
            return False
    return False


def _past_role(words: Sequence[str], first: int) -> int:
    """The index after the role words that open the words from *first*
    (``coach``, ``tenant organiser``, ``chief economist``), or *first*."""
    last = -1
    for index in range(first, min(first + _MAX_ROLE, len(words))):
        word = words[index]
        if _core(word) in _LEADERS:
            last = index
        elif not word[0].isalpha() or word in _COMMON:
            break
    return last + 1 if last >= 0 else first


def _ends_name(words: Sequence[str], after: int) -> bool:
    """Whether a name may end before the word at *after*: at the end, after a
    word's own stop, before a mark, a cue, an adverb in *ly* or a word of
    :data:`_AFTER_NAME`."""
    if after >= len(words) or (words[after - 1].endswith((".", *_POSSESSIVE)) and after > 0):
        return True  # (``said jo lind.``: the stop is the word's; ``jo lind's``)
    word = words[after]
    if word.endswith(("ly", "ly.")) and word not in _FIRST_NAMES:  # ``said jo lind quietly``
        return True
    return not word[0].isalnum() or word in _AFTER_NAME or word in _CUES


#: Endings of verb forms and adverbs, which stand before a name without being
#: one (``confirmed delgado``, ``backing delgado``, ``confirms delgado``).
_VERB_ENDS = ("ed", "ing", "s", "ly")


#: Words after which a sentence may name someone in full (``confirmed that
#: maribel delgado won``), unlike an article or a verb (``the new pew study``,
#: ``to give trump``).
_INTRODUCING = frozenset({"that", "and", "but", "by", "with", "as", "when", "while"})


def _introduces(token: str) -> bool:
    """Whether a full name may follow *token*: a word of :data:`_INTRODUCING`,
    a title or a role word (``police chief``), the end of a sentence, or a mark that opens no quote (``wilayat twitter``
    in quotes is a coined name, not an introduction)."""
    if token in _INTRODUCING or _core(token) in _LEADERS or _sentence_ends(token):
        return True
    return not token[0].isalnum() and token not in _OPENING and token not in ("''", "``")


def _introduced(words: Sequence[str], up: set[int]) -> None:
    """The first name of a surname read as a name (``delgado said``) where the
    text introduces it: the first time one name word stands right before the
    surname after a word or mark that may introduce it (``confirmed that
    maribel delgado won``, ``police chief darnell ortiz``), a word that is no
    verb form (``confirms delgado``; a word in a vowel and *s* after a role
    word is one, ``captain lewis brand``) or a first name that is a word too
    (``spokeswoman kelly brennan``); the surname with its stop or possessive
    ending too (``kiara whitlock.``).  Initials before the name are its own
    (``minister k. r. rao``, ``p. srinivas reddy``); a word before a known
    first name is not (``chief elder joseph tsosie``)."""
    surnames = {
        _key(words[index])
        for index in up
        if _name_word(_key(words[index]), named=True) and _key(words[index]) not in _FIRST_NAMES
    }
    for index in range(2, len(words)):
        word = _key(words[index])
        if word not in surnames:
            continue
        start = index  # (the name's first word read so far)
        while start - 1 in up and index - start < _MAX_NAME:
            start -= 1
        if start < index:  # (introduced with a known first name or a title)
            surnames.discard(word)
        if start < 2:
            continue
        if _initials_before(words, start, up):
            surnames.discard(word)
            continue
        first, before = words[start - 1], words[start - 2]
        if start < index:
            continue
        if (
            (
                (_name_word(first) and not _core(first).endswith(_VERB_ENDS))
                or first in WORD_FIRST_NAMES  # ``spokeswoman kelly brennan``, ``sen. bill harker``
                or (
                    _core(before) in ROLE_WORDS
                    and _name_word(first)
                    and first[-2:] in _NAME_ENDS  # ``director jonas welling``
                )
            )
            and first not in surnames
            and start - 2 not in up
            and _introduces(before)
        ):
            up.add(start - 1)
            surnames.discard(word)  # (introduced once)


#: Endings of first names in *s* that no verb form has (``lewis``, ``jonas``,
#: ``carlos``, ``marcus``; not ``confirms``, ``urges``).
_NAME_ENDS = frozenset({"is", "as", "os", "us"})
#: The most initials read before a name (``k. r. rao``).
_MAX_INITIALS = 3


def _initials_before(words: Sequence[str], start: int, up: set[int]) -> bool:
    """Whether initials stand right before the name at *start* after a word or
    mark that may introduce it (``minister k. r. rao``); they are added to *up*."""
    first = start
    while first > 0 and start - first < _MAX_INITIALS and _INITIAL.fullmatch(words[first - 1]):
        first -= 1
    if first == start or words[start - 1][:-1] in STOPWORDS["en"]:  # (``a.``, ``i.``)
        return False
    if first > 0 and (first - 1 in up or not _introduces(words[first - 1])):
        return False
    up.update(range(first, start))
    return True


def _titled(words: Sequence[str], up: set[int]) -> set[int]:
    """The titles right before a name (``judge samuel orr``, ``ceo martina
    kroll``): a formal title or one in initials, and the role words before it
    (``vice president``, ``assistant district attorney``); not one or two
    words after an article or a possessive (``her father jo lind``, ``the
    party leader jo lind``).  The indexes of the words
    added to *up*, which are capitalised (those in initials in full)."""
    added: set[int] = set()
    for start in sorted(index for index in up if index - 1 not in up and index > 0):
        title = _core(words[start - 1])
        if title not in _FORMAL_TITLES and title not in _ACRONYM_TITLES:
            continue
        first = start - 1
        while (
            first > 0
            and start - first < _MAX_TITLE
            and (_core(words[first - 1]) in ROLE_WORDS or _core(words[first - 1]) in _TITLES)
            and words[first - 1] not in STOPWORDS["en"]
        ):
            first -= 1
        if any(word in _DESCRIBED_BY for word in words[max(0, first - 2) : first]):
            continue  # (``the party leader jo lind``, ``her father jo lind``)
        added.update(range(first, start))
    up.update(added)
    return added


#: The most words of a place or firm after a name and *of*.
_MAX_PLACE = 2


def _of_place(words: Sequence[str], up: set[int]) -> None:
    """The place or firm after a name and *of*, where the name ends after it
    (``sen. deb fischer of nebraska,``, ``priya raman of barclays said``): one
    or two name words (``of new mexico``), not a common word (``jo lind of the
    council``)."""
    for index in sorted(up):
        of = index + 1
        if of >= len(words) or words[of] != "of" or of + 1 >= len(words):
            continue
        end = of + 1
        while end < len(words) and end - of <= _MAX_PLACE and _name_word(words[end]):
            end += 1
            if words[end - 1].endswith("."):
                break
        if end > of + 1 and _ends_name(words, end):
            up.update(range(of + 1, end))


def _key(word: str) -> str:
    """*word* without its own full stop or its possessive ending: the name it
    writes (``whitlock.``, ``pettaway's`` are ``whitlock``, ``pettaway``)."""
    core = _core(word)
    return core[:-2] if core.endswith(_POSSESSIVE) else core


def _again(words: Sequence[str], up: set[int]) -> None:
    """Every other use of a word read as a name (``blinken`` after ``antony
    blinken said``), where it may be one: with its stop or its possessive
    ending too (``a spokeswoman, kiara whitlock.``, ``pettaway's roof``)."""
    named = {_key(words[index]) for index in up if _name_word(_key(words[index]), named=True)}
    for index, word in enumerate(words):
        if _key(word) in named:
            up.add(index)


def _run_after(words: Sequence[str], first: int, *, ended: bool = False) -> list[int]:
    """The name words from *first* on, past initials (``d. podesta``): one word,
    two where the name ends after them (``rep. jo lind,``), and the word after a
    particle (``de blasio``).  With *ended*, where the name ends after them:
    the last two of a run (``said inuk hunter jo lind.``), or up to
    :data:`_MAX_NAME` (``said kwame mensah of the``).  A first name among them
    reads on by itself (``sen. jo lind``).  A word with a possessive ending
    ends the run (``lorraine pettaway's roof``)."""
    run: list[int] = []
    index = first
    count = len(words)
    while index < count and len(run) < _MAX_RUN:
        word = words[index]
        if _INITIAL.fullmatch(word) and index + 1 < count and _name_word(words[index + 1]):
            run.append(index)
        elif _name_word(word, named=not ended):
            run.append(index)
            if word.endswith("."):
                break
        elif not ended and word.endswith(_POSSESSIVE) and _name_word(_key(word), named=True):
            run.append(index)  # ``lorraine pettaway's roof``: the name ends there
            break
        else:
            break
        index += 1
    named = [i for i in run if not _INITIAL.fullmatch(words[i])]
    if not named:
        return []
    if ended:
        if _ends_name(words, run[-1] + 1):
            return [i for i in run if i >= named[max(0, len(named) - 2)]]
        for end in range(min(len(run), _MAX_NAME), 0, -1):
            if _ends_name(words, run[end - 1] + 1):
                return run[:end]
        return []
    after_first = first > 0 and words[first - 1] in _FIRST_NAMES
    two = len(named) > 1 and not words[named[1]].endswith(".")
    if two and _ends_name(words, named[1] + 1) and not after_first:
        return [i for i in run if i <= named[1]]
    if words[named[0]] in _PARTICLES and len(named) > 1:
        return [i for i in run if i <= named[1]]
    return [i for i in run if i <= named[0]]


#: Adverbs that stand between a name and its cue (``ferdie pacheco once said``,
#: ``ellen harwood twice warned``).
_CUE_ADVERBS = frozenset(
    {"once", "twice", "also", "later", "again", "then", "still", "never", "often",
     "already", "repeatedly", "recently", "previously", "earlier"}
)  # fmt: skip


def _run_before(words: Sequence[str], cue: int) -> list[int]:
    """The name words right before the cue at *cue*, when a boundary, a title
    or a first name stands before them (``, '' blinken said``)."""
    index = cue - 1
    while index > 0 and words[index] in _CUE_ADVERBS:  # ``pacheco once said``
        index -= 1
    run: list[int] = []
    while index >= 0 and len(run) < _MAX_NAME:
        if _name_word(words[index]):
            run.append(index)
        elif not (run and index and _INITIAL.fullmatch(words[index])):
            break  # (an initial inside the name: ``vann r. newkirk``)
        index -= 1
    if not run:
        return run
    before = words[index] if index >= 0 else None
    if before is not None and _INITIALISM.fullmatch(before):
        return [*run, index]  # ``j.k. rowling said``
    if _boundary(before):
        return run
    return []
