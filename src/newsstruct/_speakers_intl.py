"""Speakers of quotes in German, French, Spanish, Italian, Portuguese, Dutch and Nordic copy.

The English reader (:mod:`newsstruct._speakers`) leans on English word order
and capitals; this one reads the languages whose copy newsstruct sees most
after English, with their vocabularies kept as data
(:mod:`newsstruct._data.cues_intl`).  Quotes are found as in English
(:mod:`newsstruct._quotes`); each paragraph is read as tokens with its
quotes masked, and a quote is attributed, in this order, by

1. its own attribution set inside its marks (``« Nous ne céderons pas,
   a-t-il dit, jamais. »``, ``«No cederemos —dijo el presidente—, nunca.»``);
2. a cue right after it with its subject inverted (``„...“, sagte Olaf
   Scholz``, ``„...“, so Scholz``, ``« ... », a déclaré le ministre``,
   ``« ... », estime-t-il``, ``« ... », selon lui``, ``«...», dijo el
   presidente``, ``«...», ha detto il ministro``, ``“...”, disse ele``;
   Spanish, Italian and Portuguese drop the pronoun: ``«...», dijo.`` is
   the subject's of the last cue before it, else the person named in full
   just before (:func:`_last_named`), else the last speaker's);
3. the last cue before it in its sentence, whose subject comes before it
   (``Scholz sagte: „...“``, ``Le ministre a déclaré : « ... »``) or after it
   (``Am Montag sagte Scholz: „...“``), or ``laut X``, ``selon X``,
   ``según X``, ``secondo X``, ``segundo X``, or a sentence that opens with
   whose view it is (``Pour Marine Le Pen, c'est « ... »``), or an impersonal
   cue with its source (``Aus Regierungskreisen hieß es: „...“``, :func:`_impersonal`;
   with none, ``„...“, hieß es.``, no one); a quote that does not follow the cue's clause at once is
   ``partial`` (``Scholz sagte, die Lage sei „sehr ernst“``);
4. a cue later in its sentence (``„Ernst“ sei die Lage, sagte Scholz``), or
   in the next after a word standing for the quote (``"...". Lo ha detto
   Meloni``, ``„...“ Das sagte Scholz``);
5. the subject of a sentence that a colon ends right before it
   (:func:`_colon_subject`), the quote before it in its paragraph, or for a
   paragraph that is only quotes, the speaker of the paragraph before (its
   last quote's, or a ``Scholz sagte:`` that ends it; across a paragraph of
   prose that goes on with them, :func:`_goes_on`), or of the paragraph
   after when its quote runs on unclosed into it, or for a quote that
   is a sentence of its own, a cue's subject in the sentence before
   (:func:`_previous_sentence`).

Dutch is read with the German order of cue and subject (``„...”, zei De
Wit``, ``„...”, aldus Hendriks``, ``„...”, heeft De Wit gezegd``,
``Volgens De Wit ...``) and, like the Romance languages, lower-case role
nouns, matched whole, by the end of a compound
(:func:`_compound_role_nl`: ``fractievoorzitter``, ``ABVV-voorzitter``) or
as a plural (:func:`_plural_role_nl`: ``de boeren``).

Swedish, Norwegian and Danish are read with the same order (``”...”, säger
hon``, ``«...», sier statsministeren``, ``»...,« siger Mette Frederiksen``),
their roles whole, by the end of a compound or without a definite ending
(:func:`_compound_role_nordic`), after a genitive and adjectives
(:func:`_nordic_modifiers`: ``Høyres finanspolitiske talsperson``); a pronoun
that opens a paragraph's speech stands for the one person the paragraph
before introduced.  Their dash-led paragraphs of speech (``– Vi er glade,
sier hun.``) are made quoted segments first (:func:`_dash_segments`).

Spanish lines of dialogue (``—No cederemos —dijo Sánchez—, nunca.``) are
made quoted segments first (:func:`dialogue_segments`); their asides are
read as cues right after a quote.  Italian ones (``— Impossibile — risponde.``)
are read as the Nordic dash-led paragraphs are, their cue after a dash.

The scare-quote rule is the English one: quoted text that no cue attributes
is not a quote, and a short fragment right after a term marker
(``sogenannte``, ``dit``, ``llamado``) or a work's noun (``der Film``) is a
term even next to a cue; only a sentence or five words or more is carried
over from another quote.

**Speakers.**  A speaker phrase is ``[article] [role words [of what]]
[honorific] [name]`` (``Bundeskanzler Olaf Scholz``, ``le ministre de
l'Intérieur Jean Dupont``, ``el presidente del Gobierno, Pedro Sánchez``) or
a name with its role set off after it (``Jean Dupont, le ministre, ...``);
the role as written goes to ``Speaker.role`` and the name to
``Speaker.name``.  German roles are read as the ends of compounds
(``Regierungssprecherin``).  A surname resolves to the full name introduced
earlier in the text (``Scholz`` after ``Olaf Scholz``); a pronoun to the
one person named in its paragraph before anyone spoke there
(:meth:`_Resolver.local`), else to the last speaker of its gender (known from an honorific, a role's form or
article, a first name or an earlier pronoun), else the last person named of
its gender, else the last speaker (a plural one, ``sagten sie``, to the
last group that spoke, else to no one); a role alone (``der Minister``) to the
one person named before with that role, and a definite one to the person
it describes (:meth:`_Resolver.epithet_of`, also across paragraphs); a body (``das Ministerium``, ``le
gouvernement``) speaks under its own name.

>>> from newsstruct import find_quotes
>>> [(q.text, q.speaker.name, q.speaker.role) for q in find_quotes(
...     "„Wir werden das nicht hinnehmen“, sagte Bundeskanzler Olaf Scholz.\\n\\n"
...     "„Das ist ein guter Tag“, so Scholz.", language="de")]
[('Wir werden das nicht hinnehmen', 'Olaf Scholz', 'Bundeskanzler'), ('Das ist ein guter Tag', 'Olaf Scholz', 'Bundeskanzler')]
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence, Set
from functools import lru_cache
from itertools import accumulate, chain, islice
from typing import TYPE_CHECKING, NamedTuple

import attrs
import regex

from newsstruct._data import cues_intl as data
from newsstruct._data.agencies import is_agency
from newsstruct._data.cues import OTHER_LANGUAGE_CUES
from newsstruct._data.first_names import FEMALE_FIRST_NAMES, MALE_FIRST_NAMES
from newsstruct._model import Paragraph, Span, Speaker
from newsstruct._patterns import LazyPattern
from newsstruct._speakers import (
    _MAX_QUOTES,
    _TERM_MAX_WORDS,
    _WINDOW,
    Attribution,
    paragraph_above,
)

if TYPE_CHECKING:
    from newsstruct._quotes import Segment

#: The languages read here.
INTL_LANGUAGES = data.INTL_LANGUAGES

_WORD = 1
_PUNCT = 2
_QUOTE = 3

#: A word: letters, marks, digits, joined by hyphens and apostrophes
#: (``a-t-il``, ``porte-parole``, ``l'Élysée``, ``d'après``).
_WORD_PIECE = r"[\p{L}\p{M}\p{N}_]++"
_WORD_JOIN = r"[-\u2010'\u2019]"
#: Splits text into its tokens (kept) and the white space between them.
_TOKEN_SPLIT = regex.compile(
    rf"""
    ( {_WORD_PIECE}(?:{_WORD_JOIN}{_WORD_PIECE})*+  # a word
    | \S                                            # any other mark, alone
    )
    """,
    regex.VERBOSE,
)
#: A French verb with its pronoun after it: ``a-t-il``, ``estime-t-elle``, ``dit-il``.
_INVERTED_PRONOUN = regex.compile(
    r"(?P<verb>\p{L}++)-(?:t-)?+(?P<pronoun>il|elle|ils|elles|on)", regex.IGNORECASE
)
#: Punctuation that opens a clause, and that sets off an attribution inside a quote.
_CLAUSE_PUNCT = frozenset(",;:(\u2014\u2013-")
_INCISE_PUNCT = frozenset(",\u2014\u2013")
#: What may end the sentence of a quote's own attribution inside its marks.
_INCISE_END = frozenset(",.!?;\u2014\u2013\u2026")
_SENTENCE_END = frozenset(".!?\u2026")
_OPENING_DASHES = frozenset("-\u2013\u2014:")
_BARE_RESUMPTIVES = data.BARE_RESUMPTIVES
# (as in English: a quote of more words than _TERM_MAX_WORDS reads as speech,
# attribution looks _WINDOW tokens around a quote, a paragraph of more than
# _MAX_QUOTES quotes is a list)
#: Tokens a speaker phrase may span.
_LONGEST_PHRASE = 16
#: At most this many adverbs stand between a subject and its cue.
_MAX_SKIPPED = 6
#: At most this many people are read from one text.
_MAX_PEOPLE = 2000


@attrs.frozen(eq=False)
class _Lexicon:
    """One language's attribution vocabulary, read from :mod:`newsstruct._data.cues_intl`."""

    code: str
    cues: frozenset[str]
    auxiliaries: frozenset[str]
    participles: frozenset[str]
    sources: frozenset[str]
    opinions: frozenset[str]
    resumptives: frozenset[str]
    pronouns: dict[str, str]
    honorifics: dict[str, str]
    abbreviations: frozenset[str]
    determiners: dict[str, str]
    connectors: frozenset[str]
    coordinators: frozenset[str]
    roles: frozenset[str]
    role_adjectives: frozenset[str]
    organisations: frozenset[str]
    listener_prepositions: frozenset[str]
    circumstances: frozenset[str]
    skippable: frozenset[str]
    openers: frozenset[str]
    function_words: frozenset[str]
    terms: frozenset[str]
    elisions: dict[str, str]
    pro_drop: bool
    after_dropped: frozenset[str]
    relatives: frozenset[str]
    asides: dict[str, tuple[tuple[str, ...], ...]]
    impersonal: dict[str, str]
    after_roles: dict[str, tuple[tuple[str, ...], ...]]
    impersonal_sources: frozenset[str]
    oblique: frozenset[str]
    chains: frozenset[str]
    chain_links: frozenset[str]
    infinitives: frozenset[str]
    clitics: frozenset[str]
    reflexives: dict[str, tuple[tuple[str, ...], ...]]
    reflexive_chains: frozenset[str]
    reflexive_links: frozenset[str]


def cue_words_intl(code: str) -> frozenset[str]:
    """The reporting verbs and participles of language *code* (lower case).

    >>> from newsstruct._speakers_intl import cue_words_intl
    >>> "sagte" in cue_words_intl("de"), "said" in cue_words_intl("de")
    (True, False)
    """
    return _CUE_WORDS[code]


def _lexicon(code: str) -> _Lexicon:
    return _Lexicon(
        code=code,
        cues=data.CUE_VERBS[code],
        auxiliaries=data.AUXILIARIES[code],
        participles=data.PARTICIPLES[code],
        sources=data.SOURCE_PREPOSITIONS[code],
        opinions=data.OPINION_PREPOSITIONS[code],
        resumptives=data.RESUMPTIVES[code],
        pronouns=data.PRONOUNS[code],
        honorifics=data.HONORIFICS[code],
        abbreviations=data.ABBREVIATIONS[code],
        determiners=data.DETERMINERS[code],
        connectors=data.CONNECTORS[code],
        coordinators=data.ROLE_COORDINATORS[code],
        roles=data.ROLE_WORDS[code],
        role_adjectives=data.ROLE_ADJECTIVES[code],
        organisations=data.ORGANISATION_NOUNS[code],
        listener_prepositions=data.LISTENER_PREPOSITIONS[code],
        circumstances=data.CIRCUMSTANCE_PREPOSITIONS[code],
        skippable=data.SKIPPABLE[code],
        openers=data.CLAUSE_OPENERS[code],
        function_words=data.FUNCTION_WORDS[code] | frozenset(data.DETERMINERS[code]),
        terms=data.TERM_MARKERS[code],
        elisions=data.ELISIONS[code],
        pro_drop=code in data.PRO_DROP,
        after_dropped=data.AFTER_DROPPED_SUBJECT[code],
        relatives=data.RELATIVES[code],
        asides=_asides(data.ASIDES[code]),
        impersonal=data.IMPERSONAL_CUES[code],
        after_roles=_asides(data.ROLE_ADJECTIVES_AFTER[code]),
        impersonal_sources=data.IMPERSONAL_SOURCES[code],
        oblique=data.OBLIQUE_ARTICLES[code],
        chains=data.CHAIN_PARTICIPLES[code],
        chain_links=data.CHAIN_LINKS[code],
        infinitives=data.SPEECH_INFINITIVES[code],
        clitics=data.CUE_CLITICS.get(code, frozenset()),
        reflexives=_openers(data.REFLEXIVE_OPENERS[code]),
        reflexive_chains=data.REFLEXIVE_CHAINS[code],
        reflexive_links=data.REFLEXIVE_LINKS[code],
    )


def _openers(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """*phrases* by their first word, longest first."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(phrases, key=len, reverse=True):
        found.setdefault(words[0], []).append(words)
    return {head: tuple(words) for head, words in found.items()}


def _asides(phrases: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """*phrases* as word tuples by their first word, longest first."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        words = tuple(phrase.split())
        found.setdefault(words[0], []).append(words)
    return {head: tuple(words) for head, words in found.items()}


_LEXICA = {code: _lexicon(code) for code in sorted(INTL_LANGUAGES)}
#: :func:`cue_words_intl`, by language.
_CUE_WORDS = {code: lex.cues | lex.participles for code, lex in _LEXICA.items()}
_MALE_NAMES = MALE_FIRST_NAMES | data.MALE_FIRST_NAMES
_FEMALE_NAMES = FEMALE_FIRST_NAMES | data.FEMALE_FIRST_NAMES
#: The longest German role word, for matching the ends of compounds.
_LONGEST_ROLE = max(map(len, data.ROLE_WORDS["de"]))


class _Read:
    """A paragraph (or a quote's inside) read as tokens, in parallel lists.

    Token *i* is ``texts[i]`` (``lowers[i]``: lower case, apostrophes
    straight) of kind ``kinds[i]`` at ``[starts[i], ends[i])``; a quoted
    segment is one :data:`_QUOTE` token (``owners[i]`` its index among the
    paragraph's segments, ``texts[i]`` its inside).  ``sentence[i]`` is the
    index of the first token of *i*'s sentence.
    """

    __slots__ = (
        "caps", "elided", "ends", "introduced", "kinds", "lex", "lowers", "owners", "sentence",
        "starts", "surnames", "texts",
    )  # fmt: skip

    def __init__(
        self, text: str, lo: int, hi: int, segments: Sequence[Segment], lex: _Lexicon
    ) -> None:
        self.lex = lex
        #: the lower-case one-word roles people of the text were introduced with so
        #: far (``il critico Andrea Bonfanti``): nouns for people (:func:`_described_noun`)
        self.introduced: Set[str] = frozenset()
        #: the surnames (lower case, with their particles: ``van leeuwen``) of the
        #: people named in full so far
        self.surnames: Set[str] = frozenset()
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.texts: list[str] = []
        self.kinds: list[int] = []
        self.owners: list[int] = []
        pos = lo
        for index, segment in enumerate(segments):
            self._words(text, pos, segment.open_start)
            self.starts.append(segment.open_start)
            self.ends.append(segment.close_end)
            self.texts.append(text[segment.start : segment.end])
            self.kinds.append(_QUOTE)
            self.owners.append(index)
            pos = segment.close_end
        self._words(text, pos, hi)
        self.lowers = [t.lower().replace("\u2019", "'") for t in self.texts]
        #: the length of each word's elided article or preposition (``l'``, ``dell'``)
        self.elided = (
            [_elision(low, lex.elisions) for low in self.lowers]
            if lex.elisions
            else [0] * len(self.lowers)
        )
        #: whether each word (after its elided article) opens with a capital
        self.caps = [
            kind == _WORD and word[cut : cut + 1].isupper()
            for word, cut, kind in zip(self.texts, self.elided, self.kinds, strict=True)
        ]
        self.sentence = self._sentences()

    def _words(self, text: str, lo: int, hi: int) -> None:
        """Append the tokens of ``text[lo:hi]``, from one ``split``.

        A word followed by a full stop that makes it an abbreviation or an
        initial (``M.``, ``Sr.``, ``A.``) takes the stop.
        """
        if lo >= hi:
            return
        piece = text[lo:hi]
        parts = _TOKEN_SPLIT.split(piece)
        if len(parts) < 3:
            return  # white space only
        offsets = list(accumulate(map(len, parts), initial=lo))
        found = parts[1::2]
        starts = offsets[1:-1:2]
        ends = offsets[2::2]
        kinds = [_WORD if token[0].isalnum() or token[0] == "_" else _PUNCT for token in found]
        if "." in piece:
            abbreviations = self.lex.abbreviations
            for at in range(len(found) - 1, 0, -1):
                if found[at] != "." or kinds[at - 1] != _WORD or ends[at - 1] != starts[at]:
                    continue
                word = found[at - 1]
                if (len(word) == 1 and word.isupper()) or word.lower() in abbreviations:
                    found[at - 1] += "."
                    ends[at - 1] = ends[at]
                    del found[at], starts[at], ends[at], kinds[at]
        self.starts += starts
        self.ends += ends
        self.texts += found
        self.kinds += kinds
        self.owners += [-1] * len(found)

    def _sentences(self) -> list[int]:
        result: list[int] = []
        current = 0
        count = len(self.texts)
        for index in range(count):
            result.append(current)
            if index + 1 >= count:
                break
            kind, following = self.kinds[index], self.texts[index + 1]
            if kind == _PUNCT and self.texts[index] in _SENTENCE_END:
                ends = following[:1].isupper() or self.kinds[index + 1] == _QUOTE
            elif kind == _QUOTE and self.texts[index][-1:] in _SENTENCE_END:
                ends = self.kinds[index + 1] == _WORD and following[:1].isupper()
            else:
                ends = False
            if ends:
                current = index + 1
        return result

    def __len__(self) -> int:
        return len(self.texts)

    def sentence_end(self, index: int) -> int:
        """The index after the last token of *index*'s sentence."""
        sentence = self.sentence
        end = index + 1
        # (a sentence is read at most _WINDOW tokens on)
        stop = min(len(sentence), index + _WINDOW)
        while end < stop and sentence[end] == sentence[index]:
            end += 1
        return end

    def word(self, index: int) -> str:
        """Token *index* in lower case, without an elided article before it."""
        cut = self.elided[index]
        return self.lowers[index][cut:] if cut else self.lowers[index]

    def elided_as(self, index: int) -> str:
        """What the elided word before token *index* is (``article``, ``connector``...), or ``""``."""
        cut = self.elided[index]
        return self.lex.elisions[self.lowers[index][: cut - 1]] if cut else ""

    def after_article(self, index: int) -> bool:
        """Whether an article stands right before word *index* (``der``, ``l'``)."""
        if self.elided[index]:
            return self.elided_as(index) == "article"
        articles = data.DEFINITE_ARTICLES_NL if self.lex.code == "nl" else data.DEFINITE_ARTICLES
        return index > 0 and self.lowers[index - 1] in articles  # (de Belg: Dutch de)

    def capitalised(self, index: int) -> bool:
        """Whether word *index* (after an elided article) opens with a capital."""
        return self.caps[index]

    def role(self, index: int) -> str | None:
        """The gender of the role word *index* (``""``: either), or ``None``: no role."""
        if self.kinds[index] != _WORD:
            return None
        low = self.word(index)
        if low in _NATIONALITY_STEMS and self.after_article(index):
            return ""  # der Engländer, el polaco, l'italiano: a nationality noun
        if self.lex.code != "de":
            if low in self.lex.honorifics and (
                index + 1 >= len(self.lowers) or self.lowers[index + 1] not in self.lex.connectors
            ):
                return None  # dona Maria Silva: an honorific; a dona da padaria: a role
            if low in self.lex.roles:
                return "female" if low in data.FEMALE_ROLES else ""
            if self.lex.code in _PLURAL_S and _plural_role(low, self.lex.roles):
                return "plural"  # les chercheurs, los investigadores
            if self.lex.code == "it" and _plural_role_it(low, self.lex.roles):
                return "plural"  # i vescovi, i sindaci
            head, dash, _rest = low.partition("-")
            if dash and head in self.lex.roles:
                return "female" if head in data.FEMALE_ROLES else ""  # economista-chefe
            if self.lex.code == "it" and low.endswith("enne") and low[:-4].isdigit():
                return ""  # ha raccontato la 58enne: an age as a noun
            if self.lex.code == "nl":
                if (
                    low.endswith("jarige")
                    and index + 1 < len(self.lowers)
                    and self.kinds[index + 1] == _WORD
                    and self.texts[index + 1].islower()
                ):
                    return None  # de 38-jarige man: an adjective (zegt de 46-jarige: a role)
                if _plural_role_nl(low, self.lex.roles):
                    return "plural"  # de boeren, de deskundigen, woordvoerders
                return _compound_role_nl(low)
            if self.lex.code in _NORDIC:
                if _plural_role_nordic(low, self.lex.code):
                    return "plural"  # forskarna, forskerne, beboerne
                return _compound_role_nordic(low, self.lex.code)
            return _prefixed_role(low, self.lex.roles)
        if not self.capitalised(index) and not self.texts[index].rpartition("-")[2][:1].isupper():
            return None  # (die 70-Jährige: capitalised after its hyphen)
        said = _compound_role(low)
        if (
            said is None
            and low.endswith("s")
            and index > 0
            and self.lowers[index - 1] in _GENITIVE_ARTICLES
        ):
            # der Auftritt des Kulturstaatsministers Bernd Kessler: a role in the genitive
            said = _compound_role(low[:-2] if low.endswith("es") else low[:-1])
            if said is None and low.endswith("es"):
                said = _compound_role(low[:-1])
        return said

    def name_word(self, index: int) -> bool:
        """Whether token *index* may be part of a name (``Scholz``, ``Le Maire``)."""
        if not self.capitalised(index) or self.lowers[index] in self.lex.function_words:
            return False
        low = self.lowers[index]
        lex = self.lex
        return (
            low not in lex.cues
            and low not in lex.skippable
            and low not in data.LISTENER_NOUNS
            and low not in lex.honorifics
        )

    def skip(self, index: int, limit: int) -> int:
        """The first token from *index* that is no adverb, time word or aside
        (``pour sa part``, ``por su parte``)."""
        limit = min(limit, index + _MAX_SKIPPED)
        lowers = self.lowers
        while index < limit and self.kinds[index] == _WORD:
            if lowers[index] in self.lex.skippable:
                index += 1
                continue
            for aside in self.lex.asides.get(lowers[index], ()):
                if tuple(lowers[index : index + len(aside)]) == aside:
                    index += len(aside)
                    break
            else:
                break
        return index


#: Languages that put the finite verb second: after a quote, an auxiliary comes
#: before the subject and its participle after it (``„...“, hat Scholz gesagt``).
_VERB_SECOND = frozenset({"de", "nl", "sv", "nb", "da"})
#: Swedish, Norwegian and Danish: roles in compounds and with a definite ending,
#: set off by a genitive and adjectives (``Høyres finanspolitiske talsperson``),
#: speech in dash-led paragraphs.
_NORDIC = frozenset({"sv", "nb", "da"})
#: Endings of a German adjective inflected after an article (``langjähriger``,
#: ``neue``, ``früheren``).
_GERMAN_ADJECTIVE_ENDS = ("er", "e", "en", "es", "em")
#: Languages whose adjectives follow the noun they qualify, in lower case.
_ROMANCE = frozenset({"fr", "es", "it", "pt"})

#: Languages whose role nouns take ``-s`` or ``-es`` in the plural.
_PLURAL_S = frozenset({"fr", "es", "pt"})


def _plural_role(low: str, roles: frozenset[str]) -> bool:
    """Whether *low* is the plural of a role (``chercheurs``, ``investigadores``).

    >>> from newsstruct._speakers_intl import _plural_role
    >>> _plural_role("chercheurs", frozenset({"chercheur"})), _plural_role("chers", frozenset())
    (True, False)
    """
    return low[-1:] in "sx" and (low[:-1] in roles or (low[-2:] == "es" and low[:-2] in roles))


def _plural_role_it(low: str, roles: frozenset[str]) -> bool:
    """Whether *low* is the Italian plural of a role (``vescovi``, ``presidenti``,
    ``sindaci``, ``esperte``).

    >>> from newsstruct._speakers_intl import _plural_role_it
    >>> roles = frozenset({"vescovo", "presidente", "sindaco", "esperta"})
    >>> [_plural_role_it(w, roles) for w in ("vescovi", "presidenti", "sindaci", "esperte", "vesco")]
    [True, True, True, True, False]
    """
    if len(low) < 4:
        return False
    stem, end = low[:-1], low[-1]
    if end == "i":
        if stem.endswith(("c", "g")) and stem + "o" not in roles:
            stem = stem[:-1] + {"c": "co", "g": "go"}[stem[-1]]  # sindaci: sindaco
            return stem in roles
        return stem + "o" in roles or stem + "e" in roles
    return end == "e" and stem + "a" in roles


def _prefixed_role(low: str, roles: frozenset[str]) -> str | None:
    """The gender of a role word after a prefix (``ex-presidente``, ``expresidente``,
    ``vice-prefeito``), or ``None``.

    >>> from newsstruct._speakers_intl import _prefixed_role
    >>> roles = frozenset({"presidente", "ministra"})
    >>> _prefixed_role("ex-presidente", roles), _prefixed_role("exministra", roles)
    ('', 'female')
    >>> _prefixed_role("experto", roles) is None
    True
    """
    for prefix in data.ROLE_PREFIXES:
        if low.startswith(prefix):
            rest = low[len(prefix) :].lstrip("-\u2010")
            if rest in roles:
                return "female" if rest in data.FEMALE_ROLES else ""
    return None


def _elision(low: str, elisions: dict[str, str]) -> int:
    """The length of the elided word (and apostrophe) that opens *low*, or 0.

    >>> from newsstruct._speakers_intl import _elision
    >>> _elision("l'élysée", {"l": "article"}), _elision("aujourd'hui", {"l": "article"})
    (2, 0)
    """
    at = low.find("'", 1, 6)
    if at < 0 or at + 1 >= len(low) or not low[at + 1].isalpha() or low[:at] not in elisions:
        return 0
    return at + 1


#: The fewest letters of a German place's genitive before a role (``Kölns``).
_GENITIVE_MIN = 3
#: The German articles of a masculine noun in the genitive (``des Ministers``).
_GENITIVE_ARTICLES = frozenset({"des", "eines"})


@lru_cache(maxsize=8192)
def _compound_role(low: str) -> str | None:
    """The gender of a German role noun, read as the end of a compound, or ``None``.

    >>> from newsstruct._speakers_intl import _compound_role
    >>> _compound_role("regierungssprecherin"), _compound_role("bundeskanzler")
    ('female', 'male')
    >>> _compound_role("regierung") is None
    True
    >>> _compound_role("70-jährige")  # an adjective as a noun: its article tells
    ''

    """
    roles = data.ROLE_WORDS["de"]
    for size in range(3, min(len(low), _LONGEST_ROLE + 2) + 1):
        tail = low[-size:]
        if tail in data.FEMALE_ROLES or (tail.endswith("in") and tail[:-2] in roles):
            return "female"
        if tail in roles:
            # die Vorsitzende, der Abgeordnete, die 70-Jährige: the article tells
            return "" if tail.endswith("e") else "male"
    return None


def _plural_role_nl(low: str, roles: frozenset[str]) -> bool:
    """Whether *low* is the Dutch plural of a role (``boeren``, ``deskundigen``,
    ``woordvoerders``, ``experts``).

    >>> from newsstruct._speakers_intl import _plural_role_nl
    >>> roles = frozenset({"boer", "deskundige", "woordvoerder"})
    >>> [_plural_role_nl(w, roles) for w in ("boeren", "deskundigen", "woordvoerders", "boer")]
    [True, True, True, False]
    """
    if len(low) < 4:
        return False
    if low[-1] == "s" or (low[-1] == "n" and low[-2] == "e"):
        return low[:-1] in roles or (low[-2:] == "en" and low[:-2] in roles)
    return False


#: The shortest Dutch role word read as the end of a compound, and the shortest
#: head before it (``fractievoorzitter``, ``ABVV-voorzitter``; not ``burger`` in
#: ``hamburger``).
_NL_COMPOUND_TAIL = 7
_NL_COMPOUND_HEAD = 3


@lru_cache(maxsize=8192)
def _compound_role_nl(low: str) -> str | None:
    """The gender of a Dutch role noun after a hyphen or at the end of a compound, or ``None``.

    >>> from newsstruct._speakers_intl import _compound_role_nl
    >>> _compound_role_nl("abvv-voorzitter"), _compound_role_nl("politiewoordvoerster")
    ('', 'female')
    >>> _compound_role_nl("hamburger") is None, _compound_role_nl("voorzitterschap") is None
    (True, True)
    """
    roles = data.ROLE_WORDS["nl"]
    head, dash, rest = low.rpartition("-")
    if dash and head and rest in roles:
        return "female" if rest in data.FEMALE_ROLES else ""
    if dash:
        return _prefixed_role(low, roles)
    for at in range(_NL_COMPOUND_HEAD, len(low) - _NL_COMPOUND_TAIL + 1):
        if low[at:] in roles:
            return "female" if low[at:] in data.FEMALE_ROLES else ""
    return None


#: The shortest Swedish, Norwegian or Danish role word read as the end of a
#: compound, and the shortest head before it (``finansminister``,
#: ``presstalesperson``; not ``mor`` in ``humor``).
_NORDIC_COMPOUND_TAIL = 5
#: The one short role word read as the end of a compound too (``teaterchef``,
#: ``sportssjef``): the chief of whatever the head names.
_NORDIC_SHORT_TAIL = ("chef", "sjef")
#: The definite endings of Swedish, Norwegian and Danish nouns.
_NORDIC_DEFINITE = ("en", "n", "et")
_NORDIC_COMPOUND_HEAD = 3


@lru_cache(maxsize=8192)
def _compound_role_nordic(low: str, code: str) -> str | None:
    """The gender of a Swedish, Norwegian or Danish role noun, or ``None``: the
    word itself, the end of a compound or what follows its last hyphen, each
    also without a definite ending (``statsministern``, ``ordføreren``,
    ``formanden``, ``borgarrådet``, ``vittnet``).

    >>> from newsstruct._speakers_intl import _compound_role_nordic
    >>> [_compound_role_nordic(w, c) for w, c in (("finansministern", "sv"),
    ...     ("vålerenga-trener", "nb"), ("gruppeformanden", "da"), ("taleskvinna", "sv"))]
    ['', '', '', 'female']
    >>> _compound_role_nordic("kommunen", "sv") is None, _compound_role_nordic("humor", "da") is None
    (True, True)
    >>> _compound_role_nordic("teaterchefen", "da"), _compound_role_nordic("sportssjef", "nb")
    ('', '')
    """
    roles = data.ROLE_WORDS[code]
    stems = [low]
    if low.endswith("en"):
        stems += [low[:-2], low[:-1]]  # ordföranden, ordføreren
    elif low.endswith("et"):
        stems += [low[:-2], low[:-1]]  # borgarrådet, vittnet
    elif low.endswith("n"):
        stems.append(low[:-1])  # statsministern
    for word in stems:
        head, dash, rest = word.rpartition("-")
        found = rest if dash and head and rest in roles else None
        if found is None and not dash:
            if word in roles:
                found = word
            else:
                for at in range(_NORDIC_COMPOUND_HEAD, len(word) - _NORDIC_COMPOUND_TAIL + 1):
                    if word[at:] in roles:
                        found = word[at:]
                        break
                tail = word[-len(_NORDIC_SHORT_TAIL[0]) :]
                if found is None and tail in _NORDIC_SHORT_TAIL and len(word) > len(tail):
                    found = tail  # teaterchef, sportssjef: a head chief too short to read alone
        if found is not None:
            return "female" if found in data.FEMALE_ROLES else ""
    return None


#: The definite plural endings of Swedish (``forskarna``) and of Norwegian and
#: Danish (``forskerne``, ``legene``) nouns.
_NORDIC_DEFINITE_PLURAL = {"sv": "na", "nb": "ne", "da": "ne"}


@lru_cache(maxsize=8192)
def _plural_role_nordic(low: str, code: str) -> bool:
    """Whether *low* is the definite plural of a Swedish, Norwegian or Danish
    role noun (``forskarna`` of ``forskare``, ``lärarna``, ``forskerne``,
    ``legene``, ``beboerne``): the group an inverted cue's subject names.

    >>> from newsstruct._speakers_intl import _plural_role_nordic
    >>> [_plural_role_nordic(w, c) for w, c in (("forskarna", "sv"), ("forskerne", "nb"),
    ...     ("legene", "nb"), ("beboerne", "da"), ("kommunerna", "sv"), ("forskare", "sv"))]
    [True, True, True, True, False, False]
    """
    ending = _NORDIC_DEFINITE_PLURAL.get(code)
    if ending is None or not low.endswith(ending) or len(low) < 6:
        return False
    stem = low[: -len(ending)]  # forskar-, forsker-, lege-
    roles = data.ROLE_WORDS[code]
    return any(
        word in roles
        for word in (stem, stem + "e", stem[:-2], stem[:-1])
        if len(word) >= _NORDIC_COMPOUND_HEAD
    )


def _nordic_modifiers(read: _Read, at: int, limit: int) -> int:
    """The end of a run of up to three :func:`_nordic_modifier` words from *at*
    that a role follows (``Lantbrukarnas riksförbunds ordförande``,
    ``MFF:s tränare``), or *at*: none."""
    ahead = at
    while ahead < limit and ahead - at < 3 and read.role(ahead) is None:
        if (
            ahead + 2 < limit
            and read.texts[ahead + 1] == ":"
            and read.lowers[ahead + 2] == "s"
            and read.ends[ahead] == read.starts[ahead + 1]
            and read.caps[ahead]
        ):
            ahead += 3  # MFF:s, SVT:s: an abbreviation's genitive
        elif _nordic_modifier(read, ahead):
            ahead += 1
        else:
            break
    return ahead if ahead < limit and ahead > at and read.role(ahead) is not None else at


def _nordic_modifier(read: _Read, index: int) -> bool:
    """Whether word *index* may stand before a Swedish, Norwegian or Danish role:
    a genitive (``Høyres``, ``polisens``) or an adjective in its definite or
    plural form (``finanspolitiske``, ``ekonomiskpolitiska``)."""
    if read.kinds[index] != _WORD:
        return False
    low, lex = read.lowers[index], read.lex
    if (
        not low.isalpha()
        or len(low) < 3
        or low in lex.function_words
        or low in lex.cues
        or low in lex.skippable
        or low in lex.pronouns
    ):
        return False
    return low.endswith("s") or (read.texts[index].islower() and low.endswith(("a", "e")))


class _Phrase(NamedTuple):
    """A speaker phrase: its tokens ``[first, end)`` and what it says."""

    first: int
    end: int
    start: int  # character offsets of the mention
    stop: int
    name: str | None
    role: str | None
    gender: str | None
    pronoun: bool
    body: bool  # an organisation: it speaks under its own name
    given: bool = False  # a first name after its honorific: dona Maria, don Pedro


def _phrase(read: _Read, first: int, limit: int) -> _Phrase | None:
    """The speaker phrase that opens at token *first* (before *limit*), or ``None``."""
    limit = min(limit, len(read), first + _LONGEST_PHRASE)
    if first >= limit or read.kinds[first] != _WORD:
        return None
    lex = read.lex
    low = read.lowers[first]
    if low in lex.pronouns:
        return _Phrase(
            first, first + 1, read.starts[first], read.ends[first], None, None,
            lex.pronouns[low], True, False,
        )  # fmt: skip
    if (
        low in data.NAME_PARTICLES
        and low not in lex.determiners
        and (
            read.texts[first] == low
            # a prévenu De Zerbi: a capitalised particle of a surname named before
            or " ".join(read.lowers[first : first + 2]) in read.surnames
            # De la Fuente no quiere: three words of a surname named before
            or " ".join(read.lowers[first : first + 3]) in read.surnames
            # De la Fuente disse, Van der Berg afirmou: particles the language has no use for
            or _foreign_particles(read, first, limit)
        )
    ):
        surname = _particle_surname(read, first, limit)
        if surname is not None:
            return surname
    at = first
    gender: str | None = None
    determined = False
    if low in lex.determiners:
        gender = lex.determiners[low] or None
        determined = True
        at += 1
        if at < limit and read.texts[at] in data.POSSESSIVES:
            at += 1  # il suo avvocato, o seu advogado
    elided = read.elided_as(first) == "article"
    if elided:
        determined = True  # l'avocat, l'Élysée: the word is read after its article
    role_first, role_end = -1, -1
    while at < limit:
        said = read.role(at)
        if said is not None:
            if role_first < 0:
                role_first = at
            role_end = at + 1
            gender = said or gender
            at += 1
        elif at + 1 < limit and read.role(at + 1) is not None and _modifier(read, at):
            if role_first < 0:
                role_first = at
            at += 1
        elif (
            lex.code in _NORDIC
            and at + 3 < limit
            and read.texts[at + 1] == "-"
            and read.lowers[at + 2] in lex.coordinators
            and read.role(at + 3) is not None
        ):
            # barne- og familieminister: the first office's end left out
            role_first = at if role_first < 0 else role_first
            at += 3
        elif (
            lex.code in _NORDIC
            and role_first < 0
            and at == first
            and at == read.sentence[at]
            and at + 1 < limit
            and read.caps[at]
            and read.lowers[at].endswith(_NORDIC_DEFINITE)
            and _first_name_gender(read.texts[at]) is None
            and _first_name_gender(read.texts[at + 1]) is not None
        ):
            # Matchvinnaren Oscar Lind: a noun with its definite ending opens the sentence
            role_first = at
            role_end = at = at + 1
        elif (
            lex.code in _NORDIC
            and role_first < 0
            and (ahead := _nordic_modifiers(read, at, limit)) > at
        ):
            # Lantbrukarnas riksförbunds ordförande: up to three words before the role
            role_first, at = at, ahead
        elif (
            lex.code == "de"
            and role_first < 0
            and at == first
            and at + 2 < limit
            and read.caps[at]
            and len(read.lowers[at]) > _GENITIVE_MIN
            and read.lowers[at].endswith("s")
            and read.lowers[at] not in lex.function_words
            and read.role(at + 1) is not None
        ):
            # Sachsens Ministerpräsident Karsten Reiche: a place's genitive before the role
            role_first = at
            at += 1
        else:
            break
    if (
        role_first < 0
        and determined
        and not elided
        and at == first + 1
        and at < limit
        and not (first > 0 and read.lowers[first - 1] in lex.circumstances)  # à la barre
        and _adjective(read, at)
        and _full_name(read, at + 1, limit)
    ):
        role_first, role_end = at, at + 1  # la climatologue Valérie Masson-Delmotte
        at += 1
    body = False
    if (
        role_first < 0
        and at < limit
        and _organisation(lex, read.word(at))
        # zegt Raad, aldus Bond: the surname of someone named in full before (Jan Raad)
        and not (at == first and read.caps[at] and read.lowers[at] in read.surnames)
    ):
        role_first, role_end, body = at, at + 1, True
        at += 1
    if role_first >= 0:
        if not body:
            role_end = _after_role(read, role_end, limit)  # la directrice générale
        at = role_end = _complement(read, role_end, limit)
        while (
            not body
            and at + 1 < limit
            and read.lowers[at] in lex.coordinators
            and read.role(at + 1) is not None
        ):
            # la vicepresidenta primera y ministra de Hacienda: two offices, one role
            at += 1
            while at < limit and read.role(at) is not None:
                at += 1
            at = role_end = _complement(read, _after_role(read, at, limit), limit)
        if not body and _adjective_before_name(read, at, limit):
            # le député socialiste Boris Vallaud, il commissario europeo all'Economia Paolo Gentiloni
            at = role_end = _complement(read, at + 1, limit)
    name_first, at = _name(read, at, limit, role_first >= 0)
    name_end = at
    if (
        lex.code == "de"
        and role_first < 0
        and name_first >= 0
        and at - name_first == 2
        and read.lowers[name_first + 1] in read.surnames
        and read.lowers[name_first] not in read.surnames
        and _first_name_gender(read.texts[name_first]) is None
    ):
        # Matchwinner Reinholz, Torjäger Brandl: a noun before the surname of
        # someone named in full before is what they are, not a first name
        role_first, role_end = name_first, name_first + 1
        name_first += 1
    elif (
        lex.code == "de"
        and role_first < 0
        and name_first >= 0
        and at - name_first >= _NOUN_FIRST_NAME_SURNAME
        and len(read.lowers[name_first]) > _GENITIVE_MIN
        and read.texts[name_first][1:].islower()
        and _first_name_gender(read.texts[name_first]) is None
        and _first_name_gender(read.texts[name_first + 1]) is not None
        and read.lowers[name_first] not in read.surnames
    ):
        # Gemeinderat Thomas Brandl, Vereinschef Max Huber: a noun before a known
        # first name and a surname is what they are, not part of the name
        role_first, role_end = name_first, name_first + 1
        name_first += 1
    if (
        body
        and (role_first == first or (role_first == first + 1 and determined))
        and name_first == role_end
        and read.caps[role_first]
    ):
        # Club Brugge, Gemeente Utrecht: a body's noun in capitals opens its name
        name_first, role_first = role_first, -1
    if (
        role_first >= 0
        and not body
        and name_first >= 0
        and at - name_first == 1
        and at + 1 < limit
        and read.texts[at] == ","
    ):
        # "a economista-chefe da consultoria Tendências, Alessandra Ribeiro,": one
        # capitalised word ends the complement, the name is set off after it
        set_off = _name_set_off(read, at + 1, limit)
        if set_off is not None:
            role_end = at
            name_first, name_end = set_off
            at = name_end
    if (
        role_first >= 0
        and not body
        and name_first >= 0
        and at - name_first == 1
        and _first_name_gender(read.texts[name_first]) is None
        and read.texts[name_first].isupper()
    ):
        # le chef de groupe MR au Parlement bruxellois, Thomas Lambert: an
        # acronym (a party's) and what follows it end the role before the name
        comma = at
        while comma < min(limit, at + _AFFILIATION_REACH) and read.kinds[comma] == _WORD:
            comma += 1
        if comma + 2 < limit and read.texts[comma] == ",":
            set_off = _name_set_off(read, comma + 1, limit)
            if set_off is not None and set_off[0] == comma + 1:
                role_end = comma
                name_first, name_end = set_off
                at = name_end
    if (
        role_first >= 0
        and not body
        and name_first >= 0
        and name_end - name_first == 1
        and read.lowers[first] in data.INDEFINITE_ARTICLES
        and _first_name_gender(read.texts[name_first]) is None
        and (name_end >= limit or read.texts[name_end] not in (",", "("))
    ):
        # un élu Renaissance, un esponente Pd: someone unnamed of a party, not a person
        # named so
        role_end = name_end
        name_first = -1
    if name_first >= 0 and role_first >= 0 and name_first < role_end:
        name_first, name_end = role_end, at  # the complement gave back a name
    if (
        name_first < 0
        and role_first >= 0
        and not body
        and at + 2 < limit
        and read.texts[at + 1] == ","
        and _adjective(read, at)
    ):
        at = role_end = at + 1  # el presidente argentino, Javier Milei
    if (
        name_first < 0
        and role_first >= 0
        and not body
        and at + 2 < limit
        and read.texts[at] != ","
        and _adjective(read, at)
    ):
        # une conseillère municipale d'opposition, Nadia Ferhat: an adjective, then
        # a complement, before the name set off
        end = _complement(read, at + 1, limit)
        if end < limit and read.texts[end] == ",":
            at = role_end = end
    if name_first < 0 and role_first >= 0 and not body and at + 3 < limit:
        # la portavoz de la agencia en la Comunitat Valenciana, Beatriz Romero: where
        # the role is held, before the name set off
        at = _where_held(read, at, limit)
    if name_first < 0 and role_first >= 0 and not body and at + 1 < limit and read.texts[at] == ",":
        # ``el presidente del Gobierno, Pedro Sánchez``: a name set off after the role
        titled = at + 1
        if (
            titled + 3 < limit
            and read.lowers[titled] in lex.determiners
            and read.role(titled + 1) is not None
            and read.name_word(titled + 2)
        ):
            titled += 1  # la coordinatrice dello studio, la professoressa Chiara Benedetti
        elif (
            titled + 3 < limit
            and read.lowers[titled] in lex.determiners
            and read.lowers[titled] in data.DEFINITE_ARTICLES
            and _party_epithet(read.texts[titled + 1])
            and read.name_word(titled + 2)
        ):
            titled += 2  # O presidente cessante, o social-democrata Jorge Vieira
        if titled + 2 < limit and read.role(titled) is not None and read.name_word(titled + 1):
            titled += 1  # o relator do caso, ministro Antônio Barros: a title before it
        after, stop = _name(read, titled, limit, True)
        if (
            after >= 0
            and (
                stop >= limit
                or read.texts[stop] in _CLAUSE_PUNCT | _SENTENCE_END
                or _affiliation_set_off(read, after, stop, limit)
            )
            and read.elided_as(after) != "article"  # (selon une porte-parole, l'État ...)
        ):
            name_first, name_end = after, at = after, stop
    honorific = None
    given = False
    if name_first > first and read.lowers[name_first - 1] in lex.honorifics:
        honorific = lex.honorifics[read.lowers[name_first - 1]] or None
        given = (
            name_end - name_first == 1 and read.lowers[name_first - 1] in data.FIRST_NAME_HONORIFICS
        )
    elif (
        name_first >= 0
        and role_first < 0
        and (name_first > first or elided)
        # (disse a Maria Silva: a Portuguese article before a person's full name)
        and not _article_first_name(read, first, name_first, name_end)
    ):
        name_first = -1  # an article before a name: a body (die Regierung, l'Élysée)
    if name_first < 0 and role_first < 0:
        if determined and at > (first if elided else first + 1):
            return _body(read, first, _body_end(read, first, at, limit))
        if lex.code == "de" and determined and at == first + 1 and at < limit and read.caps[at]:
            # eine Frau, die Polizei; das Bundesamt für Gesundheit (BAG)
            return _body(read, first, _body_end(read, first, at + 1, limit))
        if (
            lex.code == "de"
            and determined
            and at == first + 1
            and at + 1 < limit
            and read.kinds[at] == _WORD
            and read.texts[at].islower()
            and read.lowers[at].endswith(_GERMAN_ADJECTIVE_ENDS)
            and read.lowers[at] not in lex.function_words
            and read.lowers[at] not in lex.cues
            and read.caps[at + 1]
            and read.lowers[at + 1] not in lex.function_words
        ):
            return _body(read, first, at + 2)  # ein langjähriger Dauerkarteninhaber
        return None
    stop = at
    if name_first >= 0 and role_first < 0 and not honorific:
        described = _described(read, at, limit)
        if described is not None:
            # Jean Dupont, le ministre, ...: the mention is the name
            role_first, role_end, role_gender, at = described
            gender = role_gender or gender
    name = role = None
    if name_first >= 0:
        name = " ".join(read.texts[name_first:name_end])
        gender = honorific or _first_name_gender(read.texts[name_first]) or gender
    if role_first >= 0:
        role = _role_text(read, role_first, role_end)
    if name is None and role is not None and body:
        return _body(read, first, _body_end(read, first, at, limit))
    return _Phrase(
        first, at, read.starts[first], read.ends[stop - 1], name, role, gender, False, body,
        given,
    )  # fmt: skip


def _article_first_name(read: _Read, first: int, name_first: int, name_end: int) -> bool:
    """Whether the Portuguese article at *first* stands before the full name of
    a person (``disse a Maria Silva``, ``o João Pereira afirmou``): a first name
    of the article's gender and a surname after it (``a Vale``, ``o Porto``, ``a
    Maria`` alone stay what they were)."""
    if read.lex.code != "pt" or name_first != first + 1 or name_end - name_first < 2:
        return False
    gender = read.lex.determiners.get(read.lowers[first])
    return bool(gender) and _first_name_gender(read.texts[name_first]) == gender


#: A noun, a first name and a surname: the fewest words of a German name read
#: with a noun before it.
_NOUN_FIRST_NAME_SURNAME = 3

#: At most this many tokens of a body's full name follow its first noun.
_BODY_NAME_WORDS = 8


def _acronymed_body_end(read: _Read, first: int, end: int, limit: int) -> int:
    """The end of the full name of the body whose phrase opens at *first* and
    reads to *end*, when the name runs on to its short name in brackets, which
    opens with the letter of the name's first capitalised word (``das Bundesamt
    für Gesundheit (BAG)``, ``l'Office fédéral de la santé publique (OFSP)``,
    ``l'Istituto superiore di sanità (Iss)``, ``het Centraal Bureau voor de
    Statistiek (CBS)``); else *end*."""
    lex = read.lex
    stop = min(limit, end + _BODY_NAME_WORDS + 1)
    at = end
    while at < stop and read.kinds[at] == _WORD:
        low = read.lowers[at]
        if low in lex.cues or low in lex.auxiliaries or low in lex.skippable:
            return end
        at += 1
    if not (
        at > end
        and at + 2 < limit
        and read.texts[at] == "("
        and read.texts[at + 2] == ")"
        and read.kinds[at + 1] == _WORD
        and read.caps[at + 1]
        and len(read.texts[at + 1]) <= _MAX_ACRONYM
        and read.kinds[at - 1] == _WORD
    ):
        return end
    head = next((k for k in range(first, end) if read.caps[k]), -1)
    if head < 0:
        return end
    letter = read.texts[head][read.elided[head] :][:1]
    return at if letter and letter == read.texts[at + 1][:1] else end


def _body_end(read: _Read, first: int, end: int, limit: int) -> int:
    """The end of the full name of the body whose phrase opens at *first* and
    reads to *end*: up to its short name in brackets (:func:`_acronymed_body_end`)
    or else through its field (:func:`_fielded_body_end`)."""
    named = _acronymed_body_end(read, first, end, limit)
    if named > end:
        return named
    named = _fielded_body_end(read, first, end, limit)
    return named if named > end else _adjectived_body_end(read, first, end)


#: The endings of Romance adjectives that go on a body's capitalised name
#: (``costiera``, ``civile``, ``municipal``, ``nacional``, ``rodoviária``).
_BODY_ADJECTIVE_ENDS = (
    "ale", "ali", "ile", "ili", "iera", "iero", "iere", "ica", "ico", "ana", "ano", "ese",
    "ista", "aire", "al", "el", "il", "ar", "ária", "ário", "aria", "ario", "ique",
)  # fmt: skip


def _adjectived_body_end(read: _Read, first: int, end: int) -> int:
    """The end of the lower-case adjectives (one or two) that go on the name of
    the body whose phrase opens at *first* with its article and reads to *end*,
    in a Romance language, when the clause goes on after them with a cue, a
    verb's auxiliary or a word of time or place (``La Guardia costiera ha
    soccorso``, ``la Polizia municipale ha detto``); else *end*."""
    if read.lex.code not in _ROMANCE or end - first > 2 or not read.caps[end - 1]:
        return end
    at = end
    while (
        at < len(read)
        and at - end < _BODY_ADJECTIVES
        and _adjective(read, at)
        and read.lowers[at].endswith(_BODY_ADJECTIVE_ENDS)
    ):
        at += 1
    return at if at > end and _after_field(read, at) else end


#: At most this many words name a body's field (``für Arbeit und Soziales``).
_FIELD_WORDS = 4
#: At most this many lower-case adjectives stand between a body's noun and its
#: field (``l'Office fédéral de``).
_BODY_ADJECTIVES = 2


def _fielded_body_end(read: _Read, first: int, end: int, limit: int) -> int:
    """The end of the name of the body whose noun ends the phrase at *first*
    to *end*, when the noun's field follows it after *for* or *of* (``das
    Bundesamt für Gesundheit``, ``das Amt für Umwelt``, ``l'Office fédéral de
    la santé publique``, ``l'Istituto superiore di sanità``, ``het
    Rijksinstituut voor volksgezondheid``): one to four words of the field,
    then the cue, a comma, the end of the clause or a word of time, place or
    listener (``teilte das Amt für Umwelt am Montag mit``); else *end*."""
    lex = read.lex
    head = end - 1
    links = data.FIELD_LINKS[lex.code]
    if (
        not links
        or head < first
        or head >= len(read)
        or read.kinds[head] != _WORD
        or not read.caps[head]
        or not _fielded_body_noun(lex.code, read.word(head))
    ):
        return end
    stop = min(len(read), limit + _FIELD_WORDS + 1, end + 3 * _FIELD_WORDS)
    at = end
    while (
        lex.code != "de"
        and at < stop
        and at - end < _BODY_ADJECTIVES
        and _field_word(read, at)
        and read.texts[at].islower()
        and read.lowers[at] not in links
    ):
        at += 1  # l'Office fédéral, l'Istituto superiore
    if at >= stop or read.kinds[at] != _WORD:
        return end
    if read.elided_as(at) == "connector":
        field = at  # l'Institut d'études politiques
    elif read.lowers[at] in links:
        field = at + 1
    else:
        return end
    words = 0
    named = -1
    at = field
    while at < stop and read.kinds[at] == _WORD and words <= _FIELD_WORDS:
        low = read.lowers[at]
        if at > field and (
            low in lex.coordinators or low in links or read.elided_as(at) == "connector"
        ):
            if read.elided_as(at) != "connector":
                at += 1
                continue
        elif low in _FIELD_ARTICLES and lex.code != "de":
            at += 1  # de la santé
            continue
        if not _field_word(read, at):
            break
        if (
            at == field
            and at + 1 < stop
            and lex.code != "de"
            and read.lowers[at].endswith(_INFINITIVE_ENDS)
            and (read.lowers[at + 1] in lex.determiners or read.lowers[at + 1] in _FIELD_ARTICLES)
        ):
            return end  # a promis l'Office de revoir la copie: a verb and its object
        words += 1
        at += 1
        named = at
    if named < 0 or words > _FIELD_WORDS or not _after_field(read, named):
        return end
    return named


#: The articles inside a body's field (``de la santé``, ``des réfugiés``,
#: ``de los trabajadores``): definite ones only.
_FIELD_ARTICLES = frozenset(
    {"le", "la", "les", "l'", "el", "los", "las", "il", "lo", "gli", "i", "o", "a", "os",
     "as", "het"}
)  # fmt: skip
#: The endings of a Romance infinitive (``revoir``, ``mejorar``, ``rivedere``).
_INFINITIVE_ENDS = ("er", "ir", "re", "ar", "are", "ere", "ire")


def _fielded_body_noun(code: str, word: str) -> bool:
    """Whether *word* is the noun of a body named by its field (``Bundesamt``, ``office``)."""
    if code == "de":
        return word.endswith(data.FIELDED_BODY_ENDS_DE)
    return word in data.FIELDED_BODY_NOUNS[code]


def _field_word(read: _Read, at: int) -> bool:
    """Whether word *at* may name a body's field (``Gesundheit``, ``öffentliche``,
    ``santé``, ``Sanidad``): no function word, cue or word of time or place, and
    no first name."""
    lex = read.lex
    if read.kinds[at] != _WORD:
        return False
    low = read.lowers[at]
    if (
        low in lex.function_words
        or low in lex.cues
        or low in lex.auxiliaries
        or low in lex.participles
        or low in lex.skippable
        or low in lex.circumstances
        or low in lex.listener_prepositions
        or low in lex.relatives
        or _first_name_gender(read.texts[at]) is not None
    ):
        return False
    if lex.code == "de" and not read.caps[at]:
        return low.endswith(_GERMAN_ADJECTIVE_ENDS)  # für öffentliche Gesundheit
    return True


def _after_field(read: _Read, at: int) -> bool:
    """Whether token *at* may follow a body's field: the end, a mark, a cue or
    a word of time, place, listener or particle (``teilte das Amt für Umwelt am
    Montag mit``, ``a indiqué l'Office ... dans un communiqué``)."""
    if at >= len(read) or read.kinds[at] != _WORD:
        return True
    lex = read.lex
    low = read.lowers[at]
    return (
        low in lex.cues
        or low in lex.auxiliaries
        or low in lex.skippable
        or low in lex.circumstances
        or low in lex.listener_prepositions
        or low in lex.relatives
        or low in lex.sources
        or (lex.code == "de" and read.texts[at].islower() and low in lex.function_words)
    )


def _foreign_particles(read: _Read, first: int, limit: int) -> bool:
    """Whether a capitalised particle at token *first* opens a surname, not a
    preposition: in Portuguese copy, it or the particle after it is no word of
    the language (``De la Fuente``, ``Van der Berg``, ``Del Valle``; not ``De
    Lisboa``, ``Da Costa``); in Spanish copy, the particles and one name word
    stand right before a cue (``De la Fuente aseguró``, not ``De la reunión``)."""
    if not read.caps[first]:
        return False
    if read.lex.code == "es":
        at = first
        while at < limit and at - first < 2 and read.lowers[at] in data.NAME_PARTICLES:
            at += 1
        return (
            at > first + 1
            and at + 1 < len(read)
            and read.name_word(at)
            and read.role(at) is None
            and read.lowers[at + 1] in read.lex.cues
        )
    if read.lex.code != "pt":
        return False
    if read.lowers[first] not in data.OWN_PARTICLES["pt"]:
        return True
    nxt = first + 1
    return (
        nxt < limit
        and read.texts[nxt] in data.NAME_PARTICLES
        and read.texts[nxt] not in data.OWN_PARTICLES["pt"]
    )


def _particle_surname(read: _Read, first: int, limit: int) -> _Phrase | None:
    """``von der Leyen``, ``de Gaulle``: a surname that opens with its particles.

    Its name opens in lower case; it names a speaker only if it ends the
    name of someone named before in full (see :meth:`_Resolver.speaker`).
    """
    at = first
    while at < limit and at - first < 2 and read.lowers[at] in data.NAME_PARTICLES:
        at += 1
    if at >= limit or not read.name_word(at) or read.role(at) is not None:
        return None
    end = at + 1
    if end < limit and read.name_word(end):
        return None  # von der Universität Wien: a place, not a surname
    name = " ".join(read.texts[first:end])
    return _Phrase(
        first, end, read.starts[first], read.ends[end - 1], name, None, None, False, False
    )


def _full_name(read: _Read, at: int, limit: int) -> bool:
    """Whether a name of two words or more, the first a known first name, opens at *at*."""
    first, end = _name(read, at, limit, True)
    return first == at and end - first >= 2 and _first_name_gender(read.texts[at]) is not None


def _adjective(read: _Read, at: int) -> bool:
    """Whether token *at* may be an adjective after a role (``argentino``, ``socialista``)."""
    if read.kinds[at] != _WORD:
        return False
    word, low, lex = read.texts[at], read.lowers[at], read.lex
    return (
        word == low
        and word.isalpha()
        and len(word) > 3
        and low not in lex.cues
        and low not in lex.auxiliaries
        and low not in lex.participles
        and low not in lex.function_words
        and low not in lex.sources
        and low not in lex.listener_prepositions
        and low not in lex.skippable
        and low not in lex.honorifics  # (a dona Maria Silva: no role)
    )


def _adjective_before_name(read: _Read, at: int, limit: int) -> bool:
    """Whether token *at* is an adjective after a role, before a name.

    ``le député socialiste Boris Vallaud``, ``el portavoz socialista Juan
    Pérez``: an :func:`_adjective` followed by a capitalised name word.
    """
    return at + 1 < limit and _adjective(read, at) and read.name_word(at + 1)


def _body(read: _Read, first: int, end: int) -> _Phrase:
    return _Phrase(
        first, end, read.starts[first], read.ends[end - 1], None, None, None, False, True
    )


def _organisation(lex: _Lexicon, word: str) -> bool:
    """Whether *word* names a body that speaks (``gouvernement``, ``sindicatos``,
    Italian plurals: ``sindacati``, ``aziende``)."""
    organisations = lex.organisations
    if word in organisations or (word[-1:] == "s" and word[:-1] in organisations):
        return True
    if (word.endswith("ções") and word[:-4] + "ção" in organisations) or (
        word.endswith("ciones") and word[:-6] + "ción" in organisations
    ):
        return True  # associações, asociaciones: the plural of a noun in -ção, -ción
    if lex.code != "it" or len(word) < 4:
        return False
    stem, end = word[:-1], word[-1:]
    return (end == "i" and (stem + "o" in organisations or stem + "e" in organisations)) or (
        end == "e" and stem + "a" in organisations
    )


def _modifier(read: _Read, index: int) -> bool:
    """Whether word *index* qualifies a role after it (``premier``, ``stellvertretende``)."""
    low = read.lowers[index]
    if read.kinds[index] != _WORD:
        return False
    if low in read.lex.role_adjectives:
        return True
    if read.lex.code == "nl" and _age_adjective(low):
        return True  # de 48-jarige schrijfster
    if read.lex.code != "de" or low in read.lex.function_words or low in read.lex.skippable:
        return False
    if read.texts[index].islower():
        return low.endswith(("e", "en", "er"))
    # der Wiener Bürgermeister, die Berliner Senatorin: a place's adjective
    return (
        read.texts[index][:1].isupper()
        and low.endswith("er")
        and low.isalpha()
        and _first_name_gender(low) is None
    )


def _after_role(read: _Read, at: int, limit: int) -> int:
    """The end of the adjectives that follow a role noun from token *at*
    (``générale par intérim``, ``delegato``, ``en funciones``)."""
    lowers = read.lowers
    while at < limit and read.kinds[at] == _WORD:
        for words in read.lex.after_roles.get(lowers[at], ()):
            if tuple(lowers[at : at + len(words)]) == words and at + len(words) <= limit:
                at += len(words)
                break
        else:
            break
    return at


def _complement(read: _Read, at: int, limit: int) -> int:
    """The end of what a role is the role of (``des Ministeriums``, ``de l'Intérieur``).

    One that opens with a word that may also name a listener (``le
    commissaire au Marché intérieur, Thierry Breton``, but ``a déclaré le
    ministre au Parisien``) must be followed by a name.
    """
    lex = read.lex
    start = at
    end = _complement_words(read, at, limit)
    if (
        lex.code == "de"
        and end > start
        and (
            read.lowers[end - 1].rpartition("-")[2] in data.LISTENER_NOUNS
            # sagte der ÖVP-Politiker der APA (not: der Chef der APA, Clemens Berger)
            or (is_agency(read.texts[end - 1]) and (end >= limit or read.texts[end] != ","))
        )
    ):
        return start  # sagte der Liberale der Deutschen Presse-Agentur: whom he told
    if (
        end > start
        and (
            read.lowers[start] in lex.listener_prepositions
            # ha raccontato la regista all'ANSA: a listener's elided preposition
            or (read.elided[start] and read.lowers[start][: read.elided[start] - 1] == "all")
        )
    ):
        named = end
        if named < limit and read.lowers[named] in _CHARGED:
            # l'adjoint au maire chargé du logement, Samir Haddad
            named = _complement_words(read, named + 1, limit)
        named = named + 1 if named + 1 < limit and read.texts[named] == "," else named
        if named >= limit or not read.name_word(named):
            return start
    return _bracketed_acronym(read, end, limit) if end > start else end


#: The most letters of a body's short name in brackets after its full name.
_MAX_ACRONYM = 12


def _bracketed_acronym(read: _Read, at: int, limit: int) -> int:
    """The end of a body's short name in brackets at token *at*, right after
    its full name closes a role's complement before a name set off by a comma
    (``el presidente de la Unión Industrial Argentina (UIA), Daniel Ferrari``,
    ``le président de la Confédération générale du travail (CGT), Jean
    Martin``), or *at* when none.
    """
    if (
        at + 2 < limit
        and read.texts[at] == "("
        and read.texts[at + 2] == ")"
        and read.kinds[at + 1] == _WORD
        and read.capitalised(at + 1)
        and len(read.texts[at + 1]) <= _MAX_ACRONYM
        and read.kinds[at - 1] == _WORD
        # the name set off after it (not a body speaking: la Federação ... (Farsul))
        and at + 4 < limit
        and read.texts[at + 3] == ","
        and read.name_word(at + 4)
    ):
        return at + 3
    return at


#: The endings of lower-case words that name someone by party or creed
#: (``social-democrata``, ``socialista``, ``démocrate``, ``conservatore``).
_PARTY_EPITHET_ENDS = (
    "ista", "istas", "iste", "istes", "crata", "cratas", "crate", "crates", "democraat",
    "conservador", "conservadora", "conservatore", "conservateur",
    "conservatrice", "liberale", "libéral", "libérale", "centrista",
)  # fmt: skip


def _party_epithet(word: str) -> bool:
    """Whether *word* names someone by party or creed (``social-democrata``,
    ``ecologista``, ``gaulliste``)."""
    return word.islower() and word.endswith(_PARTY_EPITHET_ENDS)


#: The endings of a declined German adjective (``der deutschen Wirtschaft``).
_GERMAN_ADJECTIVE_ENDS = ("en", "er", "es", "em", "e")


#: French participles that give a role its portfolio (``chargé du logement``).
_CHARGED = frozenset({"chargé", "chargée", "chargés", "chargées"})


#: *In matters of* before a role's portfolio (``la porte-parole en matière de santé``,
#: ``el portavoz en materia de Interior``): the two words, by their first.
_IN_MATTERS = {"en": ("matière", "materia"), "em": ("matéria",), "in": ("materia",)}


def _complement_words(read: _Read, at: int, limit: int) -> int:
    lex = read.lex
    start = at
    while at < limit and read.kinds[at] == _WORD:
        low = read.lowers[at]
        if (
            lex.code != "de"
            and at + 2 < limit
            and read.lowers[at + 1] in _IN_MATTERS.get(low, ())
            and (read.lowers[at + 2] in lex.connectors or read.elided_as(at + 2) == "connector")
        ):
            at += 2  # la porte-parole en matière de santé: the matter is the portfolio
            continue
        if low in lex.coordinators and at > start and at + 1 < limit:
            # a second portfolio: de Trabajo y Economía Social, dell'Economia e delle Finanze
            nxt = at + 1
            if read.lowers[nxt] in lex.connectors or read.elided_as(nxt) == "connector":
                at = nxt
                continue
            if read.capitalised(nxt) and not _organisation(lex, read.word(nxt)):
                stop = nxt + 1
                while stop < limit and read.name_word(stop):
                    stop += 1
                end = _complement_end(read, nxt, stop)
                if end > nxt and _first_name_gender(read.texts[nxt]) is None:
                    at = end
                    continue
            break
        elided = read.elided_as(at) == "connector"
        portfolio = low in data.PORTFOLIO_LINKS.get(lex.code, ())
        if low not in lex.connectors and not elided and not portfolio:
            break
        nxt = at if elided else at + 1
        if nxt < limit and read.lowers[nxt] in lex.determiners and nxt != at:
            nxt += 1
        if nxt >= limit or read.kinds[nxt] != _WORD:
            break
        if portfolio and not read.capitalised(nxt):
            break  # il ministro per la Protezione civile; not il sindaco per telefono
        if read.capitalised(nxt):
            stop = nxt + 1
            while stop < limit and read.name_word(stop):
                stop += 1
            at = _complement_end(read, nxt, stop)
        elif read.lowers[nxt] not in lex.function_words and read.lowers[nxt] not in lex.cues:
            at = nxt + 1
            if read.lowers[nxt] in data.STREET_NOUNS and read.texts[nxt].islower():
                while at < limit and read.name_word(at):
                    at += 1  # i commercianti di via Garibaldi: the street's name
            elif (
                lex.code == "de"
                and read.lowers[nxt].endswith(_GERMAN_ADJECTIVE_ENDS)
                and at < limit
                and read.capitalised(at)
                and _first_name_gender(read.texts[at]) is None
            ):
                at += 1  # vom Institut der deutschen Wirtschaft: an adjective and its noun
            elif (
                read.lowers[nxt] in data.BODY_NOUNS
                and at < limit
                and read.capitalised(at)
                and _first_name_gender(read.texts[at]) is None
            ):
                stop = at + 1
                while stop < limit and read.name_word(stop):
                    stop += 1
                at = _complement_end(read, at, stop)  # del opositor Comunidad Ciudadana
        else:
            break
        while (
            lex.code != "de"
            and at < limit
            and read.kinds[at] == _WORD
            and read.texts[at].islower()
            and read.lowers[at] not in lex.function_words
            and read.lowers[at] not in lex.auxiliaries
            and read.lowers[at] not in lex.cues
            and read.lowers[at] not in lex.connectors
            and read.lowers[at] not in lex.skippable
            and read.lowers[at] not in lex.listener_prepositions
            # (O Ministério da Saúde divulgou os dados: a verb before its object's article)
            and not (at + 1 < limit and read.lowers[at + 1] in lex.determiners)
            # (As associações de produtores reuniram-se: a verb with its pronoun joined on)
            and not (lex.code == "pt" and read.lowers[at].rpartition("-")[2] in _PT_ENCLITICS)
        ):
            at += 1  # des Affaires étrangères
    return at


def _complement_end(read: _Read, first: int, stop: int) -> int:
    """Where a run of capitalised words after a role's *of* stops being its complement.

    ``del Gobierno Pedro Sánchez``: at a known first name, else, in a run of
    three words or more, before the last two.
    """
    for at in range(first + 1, stop):
        if _first_name_gender(read.texts[at]) is not None:
            return at
    if _bracketed_acronym(read, stop, len(read)) > stop:
        return stop  # de la Unión Industrial Argentina (UIA): the body's name, whole
    if stop - first >= 3:
        return stop - 2  # della Flc Cgil Gianna Fracassi: a first name and a surname
    return stop


def _name(read: _Read, at: int, limit: int, after_role: bool) -> tuple[int, int]:
    """``(first, end)`` of the name (after an honorific) at token *at*; ``first`` -1: none."""
    if (
        at + 1 < limit
        and read.kinds[at] == _WORD
        and read.lowers[at] in read.lex.honorifics
        and (
            read.name_word(at + 1)
            or (
                read.lowers[at + 1] in data.NAME_PARTICLES
                and at + 2 < limit
                and (read.name_word(at + 2) or read.lowers[at + 2] in data.NAME_PARTICLES)
            )
        )
    ):
        at += 1
    if (
        at + 2 < limit
        and read.kinds[at] == _WORD
        and is_agency(read.texts[at])
        and _first_name_gender(read.texts[at + 1]) is not None
        and read.name_word(at + 2)
    ):
        at += 1  # contou à Lusa Manuel Teixeira: the agency told, then the name
    first = at
    honorific = at > 0 and read.lowers[at - 1] in read.lex.honorifics
    if (
        after_role
        and at < limit
        and read.elided[at]
        and read.texts[at][:1].islower()
        and read.lowers[at][: read.elided[at] - 1] == "all"
    ):
        return -1, at  # ha raccontato la regista all'ANSA: whom it was told, no name
    while at < limit:
        if read.name_word(at):
            # a role word is no name word, but for a lone name (``Chef``)
            # (or the surname after a first name: Doris König)
            if (
                read.role(at) is not None
                and (at > first or after_role)
                and not _role_as_surname(read, first, at, limit)
            ):
                break
        elif at > first or honorific:
            # particles inside a name: Ursula von der Leyen, Mme Le Pen
            particles = at
            while particles < limit and read.lowers[particles] in data.NAME_PARTICLES:
                particles += 1
            if (
                particles == at
                or particles - at > 2
                or particles >= limit
                or not read.name_word(particles)
                or (
                    _organisation(read.lex, read.word(particles))
                    # (but after a known first name alone, a surname: Jesús de la Fuente)
                    and not (at - first == 1 and _first_name_gender(read.texts[first]))
                )
                or (len(read.texts[particles]) > 1 and read.texts[particles].isupper())
                or (
                    # two capitalised words after the particles: a place or a body
                    # (von der Universität Wien), but for a first name alone before
                    # them, two surnames (Ana da Silva Pereira, Maria do Céu Antunes)
                    particles + 1 < limit
                    and read.name_word(particles + 1)
                    and (read.lex.code == "de" or at - first != 1)
                )
                or (read.lex.code == "de" and _german_affiliation(read, first, at))
                or (read.lex.code == "nl" and _dutch_affiliation(read, first, at))
            ):
                break  # (Maria Gruber von der Universität Wien: a name, then a place)
            at = particles
        else:
            break
        at += 1
    if at == first:
        return -1, first
    return first, at


#: The Romance prepositions (with their articles) that open what a person named in
#: full is of (``Giacomo Sarti di Forza Italia``, ``Jaime Olano del PP``).
_ROMANCE_OF = frozenset(
    {"di", "del", "della", "dello", "dei", "degli", "de", "da", "do", "dos", "das", "du", "des"}
)


def _affiliation_set_off(read: _Read, first: int, at: int, limit: int) -> bool:
    """Whether what the person named from token *first* is of opens at token *at*
    and a comma closes it within :data:`_AFFILIATION_REACH` words (``Haar
    uitgever, Marieke Schouten van uitgeverij De Arbeiderspers, sprak``, ``Sein
    Verleger, Jonas Weber vom Hanser Verlag, sagte``, ``Il relatore, Giacomo Sarti
    di Forza Italia, ha respinto``): German, Dutch and the Romance languages."""
    code = read.lex.code
    if at >= limit or not (
        (code == "nl" and _dutch_affiliation(read, first, at))
        or (code == "de" and read.lowers[at] in {"von", "vom"} and at - first >= 2)
        or (
            # Il relatore, Giacomo Sarti di Forza Italia, ha respinto: a party or a
            # body in capitals after a first name and a surname
            code in _ROMANCE
            and read.lowers[at] in _ROMANCE_OF
            and at - first >= 2
            and at + 1 < limit
            and read.name_word(at + 1)
        )
    ):
        return False
    end = min(limit, at + 1 + _AFFILIATION_REACH)
    for k in range(at + 1, end):
        if read.texts[k] == ",":
            return k > at + 1
        if read.kinds[k] != _WORD:
            return False
    return False


def _german_affiliation(read: _Read, first: int, at: int) -> bool:
    """Whether the particles at token *at* after the name words from *first* open
    what the person is of, or whom they speak to, not their surname: ``von`` after
    a first name and a surname (``Jörg Stadler von der Rheinbank``, not ``Ursula
    von der Leyen``), or an article alone (``rief Engel den Delegierten zu``, not
    ``Alexander Van der Bellen``)."""
    low = read.lowers[at]
    if low in {"von", "vom"}:
        return at - first >= 2
    return low in {"der", "den", "dem"} and read.lowers[at - 1] not in data.NAME_PARTICLES


def _dutch_affiliation(read: _Read, first: int, at: int) -> bool:
    """Whether ``van`` at token *at* after the name words from *first* opens what
    the person is of, not their surname: after a surname (``Pieter de Wit van
    Financiën``, ``Femke Jansen van de FNV``), not after a first name (``Jan
    Willem van der Berg``)."""
    return (
        read.lowers[at] == "van"
        and at - first >= 2
        and _first_name_gender(read.texts[at - 1]) is None
    )


def _role_as_surname(read: _Read, first: int, at: int, limit: int) -> bool:
    """Whether the German role word *at* is the surname after a first name at
    *first* (``Doris König``, ``Hans Richter``): a known first name before it,
    no name word after it."""
    return (
        read.lex.code == "de"
        and at == first + 1
        and _first_name_gender(read.texts[first]) is not None
        and (at + 1 >= limit or not read.name_word(at + 1))
    )


def _described(read: _Read, at: int, limit: int) -> tuple[int, int, str | None, int] | None:
    """``Jean Dupont, le ministre, ...``: the role set off after a name.

    ``(role first, role end, gender, phrase end)``, or ``None``.
    """
    if at + 2 >= limit or read.texts[at] != ",":
        return None
    first = at + 1
    gender = read.lex.determiners.get(read.lowers[first])
    start = first + 1 if gender is not None else first
    if start >= limit or (read.role(start) is None and not _modifier(read, start)):
        return None
    end = start
    while end < limit and (read.role(end) is not None or _modifier(read, end)):
        end += 1
    end = _complement(read, _after_role(read, end, limit), limit)
    if (
        read.lex.code in _NORDIC
        and end + 2 < limit
        and read.lowers[end] in _NORDIC_IN
        and read.capitalised(end + 1)
    ):
        end += 2  # presstalesperson vid polisen i Göteborg
    if end >= limit or read.texts[end] not in {",", "."}:
        return None  # (a sentence's end closes it too: säger Jenny Ström, presstalesperson.)
    said = read.role(end - 1) if end > start else None
    return start, end, (said or gender or None), end


#: The Swedish, Norwegian and Danish *in* before a place that ends a role's
#: complement (``vid polisen i Göteborg``).
_NORDIC_IN = frozenset({"i"})


def _role_text(read: _Read, first: int, end: int) -> str:
    if read.lex.code in _NORDIC or "(" in read.texts[first:end]:
        # MFF:s tränare, barne- og familieminister, presidente de la Unión
        # Industrial Argentina (UIA): the words as written
        return "".join(
            read.texts[at] if at == first or read.starts[at] == read.ends[at - 1]
            else " " + read.texts[at]
            for at in range(first, end)
        )  # fmt: skip
    text = " ".join(read.texts[first:end])
    if read.elided_as(first) == "article":
        text = text[read.elided[first] :]  # l'avocat: the role without its article
    return text


def _first_name_gender(word: str) -> str | None:
    low = word.lower()
    if low in _MALE_NAMES:
        return "male"
    if low in _FEMALE_NAMES:
        return "female"
    return None


class _Cue(NamedTuple):
    """A cue at tokens ``[first, end)``; *pronoun* its own pronoun (``a-t-il``)."""

    first: int
    end: int
    text: str
    pronoun: _Phrase | None


#: Indefinite articles that make a cue's form after them a noun (``une annonce``,
#: ``una pregunta``, ``uma conta``; not ``uno``, which is also *one*: ``uno dice``).
_NOUN_ARTICLES = frozenset({"un", "une", "una", "um", "uma"})

#: French *see* after ``y`` (``y voit``): a cue of one's view.
_SEES = frozenset({"voit", "voient", "voyait", "voyaient"})


def _cue(read: _Read, at: int, limit: int) -> _Cue | None:
    """The cue that opens at token *at*, or ``None``."""
    if at >= limit or read.kinds[at] != _WORD:
        return None
    lex = read.lex
    low = read.lowers[at]
    if low in lex.cues:
        if at > 0 and read.lowers[at - 1] in _NOUN_ARTICLES:
            return None  # a salué une annonce « ... », una cuenta: a noun, no verb
        return _Cue(at, at + 1, read.texts[at], None)
    if lex.code == "fr" and low in _SEES and at > 0 and read.lowers[at - 1] == "y":
        # L'éditorialiste y voit « un pari risqué »: what one sees in it, one's view
        return _Cue(at - 1, at + 1, f"{read.texts[at - 1]} {read.texts[at]}", None)
    verb, hyphen, clitic = low.rpartition("-")
    if hyphen and lex.code == "pt" and clitic in _PT_ENCLITICS and verb in lex.cues:
        if clitic == "se" and at + 1 < limit and read.lowers[at + 1] in _PT_AGENTS:
            return None  # o resultado explica-se pelo desgaste: a passive, no one speaks
        return _Cue(at, at + 1, read.texts[at], None)  # queixou-se, disse-lhe
    if hyphen and clitic == "se" and verb in lex.reflexive_chains:
        end = _reflexive_end(read, at + 1, limit)  # limitou-se a dizer
        return _Cue(at, end, " ".join(read.texts[at:end]), None) if end else None
    for opener in lex.reflexives.get(low, ()):
        chain = at + len(opener)
        if (
            chain < limit
            and tuple(read.lowers[at:chain]) == opener
            and read.lowers[chain] in lex.reflexive_chains
        ):
            end = _reflexive_end(read, chain + 1, limit)  # si è limitato a dire
            if end:
                return _Cue(at, end, " ".join(read.texts[at:end]), None)
        if (
            chain < limit
            and tuple(read.lowers[at:chain]) == opener
            and read.lowers[chain] in data.REFLEXIVE_SPEECH[lex.code]
        ):
            return _Cue(at, chain + 1, " ".join(read.texts[at : chain + 1]), None)  # s'est dite
    inverted = _INVERTED_PRONOUN.fullmatch(low) if lex.code == "fr" else None
    if inverted is not None:
        verb = inverted.group("verb")
        pronoun = inverted.group("pronoun")
        gender = lex.pronouns.get(pronoun)
        if gender is None:
            return None  # dit-on: no one to name
        start = read.starts[at] + inverted.start("pronoun")
        phrase = _Phrase(at, at + 1, start, read.ends[at], None, None, gender, True, False)
        if verb in lex.cues:
            return _Cue(at, at + 1, read.texts[at], phrase)
        if verb in lex.auxiliaries:
            participle = read.skip(at + 1, limit)
            if participle < limit and read.lowers[participle] in lex.participles:
                text = f"{read.texts[at]} {read.texts[participle]}"
                return _Cue(at, participle + 1, text, phrase)
            end = _chain_end(read, participle, limit)
            if end:  # a-t-elle tenu à préciser
                return _Cue(at, end, " ".join(read.texts[at:end]), phrase)
        return None
    if low in lex.auxiliaries:
        participle = read.skip(at + 1, limit)
        if participle < limit and read.lowers[participle] in lex.participles:
            return _Cue(at, participle + 1, f"{read.texts[at]} {read.texts[participle]}", None)
        end = _chain_end(read, participle, limit)
        if end and participle == at + 1:  # a tenu à préciser, ha voluto sottolineare
            return _Cue(at, end, " ".join(read.texts[at:end]), None)
    return None


#: Portuguese pronouns joined to a verb after it by a hyphen (``queixou-se``).
_PT_ENCLITICS = frozenset({"se", "lhe", "lhes", "me", "nos", "te"})

#: The prepositions of a Portuguese passive's agent (``explica-se pelo``).
_PT_AGENTS = frozenset({"por", "pelo", "pela", "pelos", "pelas"})


def _chain_end(read: _Read, participle: int, limit: int) -> int:
    """The end of a participle at token *participle* that takes a speech verb's
    infinitive (``tenu à préciser``, ``fait savoir``, ``voluto sottolineare``), or 0."""
    lex = read.lex
    if participle >= limit or read.lowers[participle] not in lex.chains:
        return 0
    verb = participle + 1
    if verb < limit and read.lowers[verb] in lex.chain_links:
        verb += 1
    if verb < limit and read.lowers[verb] in lex.infinitives:
        return verb + 1
    return 0


def _reflexive_end(read: _Read, link: int, limit: int) -> int:
    """The end of a reflexive cue's link and infinitive from token *link*
    (``a dire``, ``de dire``), or 0."""
    lex = read.lex
    if (
        link + 1 < limit
        and read.lowers[link] in lex.reflexive_links
        and read.lowers[link + 1] in lex.infinitives
    ):
        return link + 2
    return 0


class _Said(NamedTuple):
    """A quote's attribution before its speaker is resolved.

    *phrase* is ``None`` for a Spanish cue without a subject (``dijo``): the
    last speaker's.
    """

    phrase: _Phrase | None
    cue: str
    kind: str


#: The fewest tokens of a body named after a Portuguese article that is also *to*
#: (``a Polícia Federal``: the article and two capitalised words).
_NAMED_BODY_TOKENS = 3


def _inverted(read: _Read, cue: _Cue, limit: int) -> _Phrase | None:
    """The subject after *cue* (``sagte Scholz``, ``a déclaré à l'AFP le ministre``)."""
    if cue.pronoun is not None:
        return cue.pronoun
    lex = read.lex
    at = read.skip(cue.end, limit)
    if (
        at < limit
        and read.lowers[at] in lex.listener_prepositions
        and read.lowers[at] in lex.determiners
    ):
        # disse a presidente: an article, unless no one follows it (disse a jornalistas)
        phrase = _phrase(read, at, limit)
        if phrase is not None and _person(phrase) and phrase.gender != "plural":
            return phrase  # (a singular article: disse a jornalistas is a listener)
        if (
            phrase is not None
            and phrase.body
            and phrase.end - at >= _NAMED_BODY_TOKENS
            and all(read.caps[k] for k in range(at + 1, phrase.end))
            and (phrase.end >= limit or not read.caps[phrase.end])
            # (disse a Europa Press o ministro: the subject's article after the name)
            and not (phrase.end < limit and read.lowers[phrase.end] in lex.determiners)
            and not is_agency(read.texts[at + 1])
            and _first_name_gender(read.texts[at + 1]) is None
        ):
            return phrase  # afirmou a Polícia Federal: a body's name, not whom it was said to
    if at < limit and read.lowers[at] in lex.listener_prepositions:
        after = _after_circumstance(read, at, limit)
        if after > at and _full_name(read, after, limit):
            # resumía a la salida del estadio Manuel Ortega: a place, then the subject
            found = _phrase(read, after, limit)
            if found is not None and found.name:
                return found
        at += 1
        if at < limit and (
            read.lowers[at] in lex.determiners or read.lowers[at] in _LISTENER_DEMONSTRATIVES
        ):
            at += 1  # dijo a la agencia, dijo a este diario
        at = read.skip(_listener_end(read, at, limit), limit)
    elif at + 1 < limit and lex.code == "it" and read.lowers[at].startswith("all'"):
        # ha detto all'ANSA il segretario, all'agenzia Dire: whom it was said to
        at = read.skip(_listener_end(read, at, limit), limit)
    if (
        lex.code == "de"
        and at + 2 < limit
        and read.lowers[at] in _GERMAN_DATIVES
        and read.kinds[at + 1] == _QUOTE
    ):
        # sagte der „Bild“-Zeitung der Minister, sagte dem „Spiegel“ Ministerin
        # Petra Hansen: a listener named by its quoted title, then the subject
        end = at + 2
        if end + 1 < limit and read.texts[end] in _TITLE_JOINS and read.caps[end + 1]:
            end += 2  # („Bild“-Zeitung: the title joined to its noun)
        return _after_german_listener(read, end, limit, named=True)
    if lex.code == "de" and at + 1 < limit and read.lowers[at] == "dem":
        # sagte dem Sender RTL der Minister: a listener in the dative, its words
        # capitalised, then the subject
        end = at + 1
        while end < limit and read.caps[end] and end - at <= _DATIVE_WORDS:
            end += 1
        if end - at > _DATIVE_WORDS:
            return None
        return _after_german_listener(read, end, limit, named=True)
    moved = _moved_surname(read, at, limit)
    if moved is not None:
        return moved
    phrase = _phrase(read, at, limit)
    if (phrase is None or not (phrase.name or phrase.role)) and at < limit:
        after = _after_circumstance(read, at, limit)
        if after > at:
            found = _phrase(read, after, limit)
            if (
                found is not None
                and (found.name or found.role)
                # dijo en los pasillos de la Cámara: what the place is of, not a name
                and not (found.name and found.name[:1].islower())
            ):
                # declaró ante el juez el exconsejero, Ramón Iglesias
                return _joined_acronyms(read, found, limit)
    if phrase is None and (lex.code in _NORDIC or lex.code == "nl") and at + 2 < limit:
        phrase = _nordic_described(read, at, limit)
    if phrase is None and lex.code in _DESCRIBED_LANGUAGES and at + 1 < limit:
        phrase = _described_noun(read, at, limit)
    if phrase is not None and lex.code == "de" and not phrase.pronoun:
        # sagte der Zeitung: a listener, not the subject
        head = read.lowers[phrase.end - 1]
        if head in data.LISTENER_NOUNS:
            return _after_german_listener(read, phrase.end, limit)
        if read.lowers[phrase.first] == "dem" or any(
            read.lowers[k] in data.LISTENER_NOUNS
            # (der Präsident des Deutschen Gewerkschaftsbundes: a genitive, the role's)
            and not (k > 0 and read.lowers[k - 1] in _GENITIVE_ARTICLES)
            for k in range(phrase.first, phrase.end)
        ):
            # sagte dem Sender RTL, dem Bayerischen Rundfunk: a dative, never the subject
            return _after_german_listener(read, phrase.end, limit, named=True)
    return phrase


def _joined_acronyms(read: _Read, phrase: _Phrase, limit: int) -> _Phrase:
    """*phrase*, an acronym (``CCOO``), with a second acronym joined to it by
    *and* (``han denunciado en un comunicado CCOO y UGT``): two bodies that speak
    together, in the plural."""
    at = phrase.end
    name = phrase.name
    if (
        name is None
        or not name.isupper()
        or phrase.role is not None
        or at + 1 >= limit
        or read.lowers[at] not in _AND_WORDS
    ):
        return phrase
    other = _phrase(read, at + 1, limit)
    if other is None or other.name is None or not other.name.isupper() or other.role is not None:
        return phrase
    joined = f"{name} {read.texts[at]} {other.name}"
    return phrase._replace(end=other.end, stop=other.stop, name=joined, gender="plural")


#: How many words of manner may stand between an indefinite article and a surname
#: (``ein sichtlich erleichterter Müller``).
_MANNER_WORDS = 2
#: How many words a surname named before may have (``van der Heijden``).
_SURNAME_WORDS = 3


def _moved_surname(read: _Read, at: int, limit: int) -> _Phrase | None:
    """The surname of someone named before in full after an indefinite article and
    a word or two of how they felt, at token *at* (``zei een geëmotioneerde Van
    der Heijden``, ``sagte ein sichtlich erleichterter Müller``, ``dijo un
    emocionado Llorente``; the Romance adjective may follow: ``a déclaré un
    Girard soulagé``), read as that surname; else ``None``."""
    if at + 2 >= limit or read.lowers[at] not in data.INDEFINITE_ARTICLES:
        return None
    k = at + 1
    while (
        k < limit
        and k - at <= _MANNER_WORDS
        and read.kinds[k] == _WORD
        and read.texts[k].isalpha()
        and read.texts[k].islower()
        and read.lowers[k] not in read.lex.function_words
        and read.role(k) is None
    ):
        k += 1
    if (k == at + 1 and read.lex.code not in _ROMANCE) or k >= limit or not read.caps[k]:
        return None  # (un Girard soulagé: the Romance adjective may follow)
    for size in range(min(_SURNAME_WORDS, limit - k), 0, -1):
        end = k + size
        if (
            all(read.kinds[j] == _WORD for j in range(k, end))
            and " ".join(read.lowers[k:end]) in read.surnames
            and (end >= limit or not read.name_word(end))
        ):
            name = " ".join(read.texts[k:end])
            return _Phrase(
                at, end, read.starts[at], read.ends[end - 1], name, None, None, False, False
            )
    return None


#: The German articles of a listener in the dative (``der Zeitung``, ``dem Sender``).
_GERMAN_DATIVES = frozenset({"der", "dem"})
#: The hyphens that join a quoted title to its noun (``„Bild“-Zeitung``).
_TITLE_JOINS = frozenset({"-", "\u2010", "\u2011"})


#: The most capitalised words of a German listener after ``dem`` (``dem
#: Bayerischen Rundfunk``).
_DATIVE_WORDS = 4


def _after_german_listener(read: _Read, at: int, limit: int, named: bool = False) -> _Phrase | None:
    """The inverted subject after a German listener in the dative that ends
    before token *at* (``sagte der Nachrichtenagentur dpa der Fraktionschef``,
    ``sagte der Deutschen Presse-Agentur Ministerin Petra Hansen``): the
    listener's one-word name skipped (an agency, or a capitalised word that is
    no role), the person or role after it, else ``None`` (the listener is
    never the speaker); *named*, the listener's phrase ends with its name."""
    if (
        not named
        and at < limit
        and (is_agency(read.texts[at]) or (read.caps[at] and read.role(at) is None))
    ):
        at += 1  # dpa, Reuters, Presse-Agentur
    at = read.skip(at, limit)
    phrase = _phrase(read, at, limit)
    if (
        phrase is None
        or not _person(phrase)
        or phrase.pronoun
        or read.lowers[phrase.end - 1] in data.LISTENER_NOUNS
    ):
        return None
    return phrase


def _nordic_described(read: _Read, at: int, limit: int) -> _Phrase | None:
    """``säger initiativtagaren Sara Ali``, ``sier pensjonist Kari Dahl``, ``zei
    dichter Joost Mulder``, ``zegt weerman David Dehenauw``: a lower-case noun the
    vocabulary does not know (or two joined by ``en``: ``dichter en romancier``),
    then a full name, after a Swedish, Norwegian, Danish or Dutch cue; the nouns
    read as the name's role, or ``None``."""
    dutch = read.lex.code == "nl"
    ends, not_nouns = (
        (_DUTCH_NOUN_ENDS, _DUTCH_NOT_NOUNS) if dutch else (_NORDIC_NOUN_ENDS, _NORDIC_NOT_NOUNS)
    )
    if not _unknown_noun(read, at, ends, not_nouns):
        return None
    last = at
    if (
        dutch
        and at + 3 < limit
        and read.lowers[at + 1] == "en"
        and _unknown_noun(read, at + 2, ends, not_nouns)
    ):
        last = at + 2  # dichter en romancier Joost Mulder
    if not _full_name(read, last + 1, limit):
        return None
    phrase = _phrase(read, last + 1, limit)
    if phrase is None or phrase.name is None or phrase.role is not None:
        return None
    role = " ".join(read.texts[at : last + 1])
    return phrase._replace(first=at, start=read.starts[at], role=role)


def _unknown_noun(read: _Read, at: int, ends: tuple[str, ...], not_nouns: Set[str]) -> bool:
    """Whether token *at* may be a lower-case noun for a person that the vocabulary
    does not know (``pensjonist``, ``weerman``), by its ending."""
    word = read.texts[at]
    return (
        read.kinds[at] == _WORD
        and len(word) >= _NORDIC_DESCRIBED_MIN
        and word.isalpha()
        and word.islower()
        and word not in read.lex.function_words
        and word not in read.lex.cues
        and word not in not_nouns
        and word.endswith(ends)
    )


#: Demonstratives before a listener's noun (``dijo a este diario``, ``expresó a
#: este medio``, ``disse a este jornal``): the paper that prints the words.
_LISTENER_DEMONSTRATIVES = frozenset({"este", "esta", "ce", "cet", "cette", "questo", "questa"})


def _listener_end(read: _Read, at: int, limit: int) -> int:
    """The token after the listener at *at*, after a cue and its preposition: a
    run of capitalised words when an article follows it (``ha explicado a Europa
    Press un portavoz``), else the one word (``disse à Lusa``); a noun that opens
    a listener with the capitalised words of its name (``dijo a la agencia EFE``,
    ``disse à agência Lusa``, ``à l'agence Reuters``); *at* itself when the
    text ends before it (``ha detto a``)."""
    if at >= limit:
        return at
    head = read.lowers[at].rpartition("'")[2]  # (l'agence, all'agenzia: elided)
    if head in data.LISTENER_HEADS and read.texts[at].islower():
        if at + 1 < limit and is_agency(read.texts[at + 1]):
            return at + 2  # zei tegen persbureau ANP Kees de Vries: the agency alone
        end = at + 1
        while end < limit and read.caps[end]:
            end += 1
        return end
    end = at
    while end < limit and read.caps[end]:
        end += 1
    if end - at > 1 and end < limit and read.lowers[end] in read.lex.determiners:
        return end
    if end - at > 1 and is_agency(" ".join(read.texts[at:end])):
        return end  # ha relatado a Europa Press mientras esperaba: an agency's two words
    return at + 1


def _described_noun(read: _Read, at: int, limit: int) -> _Phrase | None:
    """``souffle le viticulteur``, ``zei een supporter``, ``señaló la entidad``: an
    article and a lower-case noun the vocabulary does not know, right after a cue
    that follows a quote; the phrase of the two, its noun read as the role, or
    ``None`` (``dit le lendemain``: a time; ``a dit la vérité``: no article of a
    person's)."""
    lex = read.lex
    article = read.lowers[at]
    noun = at + 1
    word = read.texts[noun]
    if (
        read.kinds[noun] != _WORD
        or (
            article not in data.INDEFINITE_ARTICLES
            and article
            not in (data.DEFINITE_ARTICLES_NL if lex.code == "nl" else data.DEFINITE_ARTICLES)
        )
        or article not in lex.determiners
        or len(word) < _DESCRIBED_MIN
        or not word.isalpha()
        or not word.islower()
        or word in lex.function_words
        or word in lex.cues
        or word in lex.participles
        or word in data.IMPERSONAL_TIMES
        or word in _DESCRIBED_NOT_PEOPLE
        # (ha osservato il critico: the role a person was introduced with)
        or not (word.endswith(_DOER_ENDS) or word in read.introduced)
    ):
        return None
    gender = lex.determiners[article] or None
    return _Phrase(at, noun + 1, read.starts[at], read.ends[noun], None, word, gender, False, False)


#: Languages whose unknown noun after an article may be a cue's inverted subject.
_DESCRIBED_LANGUAGES = frozenset({"fr", "es", "it", "pt", "nl"})
#: The shortest such noun (``la fin`` is no one).
_DESCRIBED_MIN = 4
#: Endings of nouns for people by what they do (``viticulteur``, ``syndicaliste``,
#: ``agricultor``, ``tassista``, ``vendedora``, ``supporter``); things (``disse uma
#: mensagem``) end otherwise.
_DOER_ENDS = (
    "eur", "euse", "trice", "iste", "ien", "ienne", "ier", "ière", "ant", "ante", "aire",
    "or", "ora", "ore", "ista", "ero", "era", "eiro", "eira", "ario", "aria", "ário",
    "ária", "ente", "er", "aar", "ster", "ist",
)  # fmt: skip
#: Nouns after a cue that are what was said or when, never who said it.
_DESCRIBED_NOT_PEOPLE = frozenset(
    {"veille", "lendemain", "matin", "soir", "semaine", "journée", "vérité", "phrase",
     "mañana", "tarde", "noche", "víspera", "verdad", "frase", "mattina", "sera",
     "mattinata", "serata", "verità", "manhã", "noite", "véspera", "verdade",
     "ochtend", "middag", "avond", "waarheid", "zin", "week", "dag"}
)  # fmt: skip


def _name_set_off(read: _Read, at: int, limit: int) -> tuple[int, int] | None:
    """The first and end tokens of a name of two words or more at token *at* (after
    a comma; perhaps after an honorific) set off, ending its clause or sentence
    (``..., Alessandra Ribeiro,``), else ``None``."""
    first, stop = _name(read, at, limit, True)
    if (
        first >= 0
        and stop - first >= 2
        and (stop >= limit or read.texts[stop] in _CLAUSE_PUNCT | _SENTENCE_END)
    ):
        return first, stop
    return None


#: How many words an affiliation after a role may run before the name set off.
_AFFILIATION_REACH = 6
#: Marks that open a paragraph of speech.
_SPEECH_OPENERS = frozenset("\u00ab\u201e\u201c\"'\u2018\u00bb\u2014\u2013")
#: The shortest unknown noun read so before a name (``nu``, ``och`` are too short).
_NORDIC_DESCRIBED_MIN = 4
#: Its endings: definite (``kunden``, ``vittnet``), of doers (``initiativtagare``,
#: ``arrangør``, ``innbygger``, ``pensjonist``, ``student``); adverbs (``derfor``,
#: ``likevel``) end otherwise.
_NORDIC_NOUN_ENDS = ("n", "et", "are", "er", "ör", "ør", "ist", "ent", "ant", "ar", "og")
#: The endings of Dutch nouns for people by what they do (``dichter``, ``weerman``,
#: ``columnist``, ``docent``, ``muzikant``, ``leraar``, ``zangeres``).
_DUTCH_NOUN_ENDS = ("er", "man", "ist", "ent", "ant", "aar", "ster", "es", "eur", "ier", "oog")
#: Dutch adverbs and words of time with such an ending (``zei later Jan de Vries``).
_DUTCH_NOT_NOUNS = frozenset(
    {"later", "eerder", "verder", "echter", "daarover", "daarnaast", "vroeger", "nader",
     "zeker", "steeds", "minder", "meer", "wanneer", "gister", "toen", "destijds",
     "tijdens", "volgens", "namens", "vaker", "liever", "nogmaals", "opnieuw"}
)  # fmt: skip
#: Adverbs with such an ending (``sier deretter Kari Dahl``).
_NORDIC_NOT_NOUNS = frozenset(
    {"därefter", "deretter", "derefter", "heller", "sedan", "siden", "igen", "igjen",
     "hittills", "sen", "dessutom", "dessuten", "desuden", "alltid", "aldrig", "aldri"}
)  # fmt: skip


#: Words that tie an office to what it is of (``ministre de l'Agriculture``,
#: ``ministro dell'Interno``, ``Minister der Finanzen``): such a role names an office,
#: not a description that fits whoever was named before with no role.
_OFFICE_LINKS = frozenset(
    {"de", "del", "della", "dello", "dei", "degli", "delle", "di", "des", "du", "der", "do",
     "da", "dos", "das", "für", "for"}
)  # fmt: skip
_ELIDED_LINKS = ("d'", "dell'", "l'", "d\u2019", "dell\u2019", "l\u2019")
#: Possessives (Italian, Spanish, French, Portuguese, German) that open an object
#: after a cue, never its inverted subject (``ha raccontato la sua emozione``).
_POSSESSIVES = frozenset(
    {"suo", "sua", "suoi", "sue", "mio", "mia", "miei", "mie", "su", "sus", "mi", "mis",
     "son", "sa", "ses", "mon", "ma", "mes", "seu", "seus", "suas", "meu", "meus",
     "minha", "minhas", "sein", "seine", "seinen", "seinem", "seiner", "ihre", "ihren",
     "ihrem", "ihrer"}
)  # fmt: skip


#: *With* before a medium's name in a phrase of occasion (``en entrevue avec La
#: Presse``, ``en entrevista con Milenio``, ``em entrevista com a Folha``).
_WITH_MEDIUM = frozenset({"avec", "con", "com"})


def _after_circumstance(read: _Read, at: int, limit: int) -> int:
    """The token after a short phrase of place or occasion at token *at* (``ante el
    juez``, ``à la barre``: a preposition, an article, at most two lower-case
    words and a lower-case complement: ``en rueda de prensa``), or *at* when none
    opens there."""
    lex = read.lex
    if read.lowers[at] not in lex.circumstances:
        return at
    k = at + 1
    if k < limit and read.lowers[k] in lex.determiners:
        k += 1
    start = k
    while (
        k < limit
        and k - start < 2
        and read.kinds[k] == _WORD
        and read.texts[k].islower()
        and read.lowers[k] not in lex.function_words
        and read.lowers[k] not in lex.connectors  # (del estadio: a complement)
    ):
        k += 1
    if (
        start < k < limit - 2
        and read.lowers[k] in lex.connectors
        and read.kinds[k + 1] == _WORD
        and read.texts[k + 1].islower()
        and read.lowers[k + 1] not in lex.function_words
        and read.role(k + 1) is None
        and (
            read.lowers[k + 2] in lex.determiners
            or read.texts[k + 2] == ","
            # a la salida del estadio Manuel Ortega: a full name right after
            or _full_name(read, k + 2, limit)
        )
    ):
        # en rueda de prensa la paleoantropóloga: a noun's complement, then the
        # subject's article (not alla domanda del pm Anna Ruocco)
        k += 2
    if start < k < limit - 3 and read.lowers[k] in _WITH_MEDIUM:
        # en entrevue avec La Presse le ministre, en entrevista con Milenio el
        # alcalde, em entrevista com a Folha o ministro: the medium's name, then
        # the subject's article
        end = k + 2 if read.lowers[k + 1] in lex.determiners else k + 1
        named = end
        while end < limit and read.caps[end]:
            end += 1
        if (
            named < end < limit
            and read.lowers[end] in lex.determiners
            and _first_name_gender(read.texts[named]) is None  # (avec Jean Lavoie: a person)
        ):
            k = end
    if k == start or k >= limit:
        return at
    if read.texts[k] == ",":
        k += 1
    return k


#: The words that make *que* a *while* of contrast, which opens a clause of its
#: own (``tandis que``, ``alors que``, ``mientras que``), not one reported.
_WHILE = frozenset({"tandis", "alors", "mientras"})


def _subject_before(read: _Read, cue: int, floor: int) -> _Phrase | None:
    """The subject that ends right before the cue at *cue*, opening a clause after *floor*."""
    lex = read.lex
    floor = max(floor, cue - _WINDOW)
    for first in range(floor, cue):
        if first > floor:
            previous = read.lowers[first - 1]
            kind = read.kinds[first - 1]
            if not (
                kind == _QUOTE
                or (kind == _PUNCT and previous in _CLAUSE_PUNCT)
                or previous in lex.openers
                # tandis que Libération salue, mientras que el PP critica: *while*
                or (previous == "que" and first > floor + 1 and read.lowers[first - 2] in _WHILE)
            ):
                continue
        phrase = _phrase(read, first, cue)
        if phrase is None:
            continue
        if (
            first > 0
            and read.lowers[first - 1] in _AS.get(lex.code, ())
            and phrase.role
            and not phrase.name
            and read.lowers[first] not in lex.determiners
        ):
            continue  # In seiner ersten Predigt als Bischof sprach Wendel: what he is, no subject
        at = phrase.end
        if phrase.name and not phrase.pronoun and at < cue:
            at = _complement(read, at, cue)  # Maria Gruber von der Universität Wien sagte
            if phrase.role and _affiliation_set_off(read, phrase.end - 2, phrase.end, cue):
                # Haar uitgever, Marieke Schouten van uitgeverij De Arbeiderspers, sprak
                # (not the comma after the cue: Der Experte Frank Hellwig vom Institut
                # der deutschen Wirtschaft sagte, ...)
                close = _next_comma(read, phrase.end, cue)
                at = close if close >= 0 else at
            if at + 1 < cue and read.texts[at] == ",":
                close = _complement(read, at + 1, cue)
                if at + 1 < close < cue and read.texts[close] == ",":
                    at = close + 1  # Jean Dupont, de la CGT, a déclaré
        if (
            lex.code in _NORDIC
            and phrase.name
            and not phrase.pronoun
            and at + 1 < cue
            and read.lowers[at] in _NORDIC_IN
            and read.capitalised(at + 1)
        ):
            # Analytiker Petter Moen i Pareto Securities kaller: the firm the name
            # works in, its capitalised words right before the cue
            held = at + 2
            while held < cue and read.name_word(held):
                held += 1
            at = held if read.skip(held, cue) == cue else at
        if (
            phrase.role
            and not phrase.pronoun
            and at + 2 <= cue
            and read.lowers[at] in _TITLE_OF
            and read.kinds[at + 1] == _QUOTE
        ):
            at += 2  # Der Kritiker der »Frankfurter Allgemeinen« hatte: the paper's title
        if phrase.body and not phrase.role and at < cue and lex.code in _ROMANCE:
            named = _body_adjectives(read, at, cue)
            if named > at:  # Le Rassemblement national a dénoncé
                at = named
                phrase = phrase._replace(end=at, stop=read.ends[at - 1])
        if phrase.name and _party_tag(read, at, cue):
            at += 3  # Lars Eide (Ap) kaller, Eva Lindner (ÖVP) sprach von
        elif phrase.body and _acronym_tag(read, at, cue):
            at += 3  # a Federação da Agricultura do Estado do Paraná (Faep) afirmou
        if at + 1 < cue and read.texts[at] == "," and read.lowers[at + 1] in lex.relatives:
            # Sánchez, que habló en el Congreso, dijo; Professor Jan Kok, der ..., sagte
            close = _next_comma(read, at + 1, cue)
            at = close + 1 if close >= 0 else at
        elif (
            lex.code == "nl"
            and at < cue
            and read.lowers[at] in lex.relatives
            and read.lowers[first] in data.INDEFINITE_ARTICLES
        ):
            # Een ambtenaar die bij de onderhandelingen betrokken was, zegt: a
            # relative clause that only its closing comma sets off
            close = _next_comma(read, at, cue)
            at = close + 1 if close >= 0 else at
        elif at < cue and read.texts[at] == "," and phrase.name and phrase.role:
            at += 1  # Le ministre, Jean Dupont, a déclaré
        elif at + 1 < cue and read.texts[at] == "," and not phrase.pronoun:
            # Une patiente, venue de Grenoble, a témoigné: a short phrase set off
            # by commas, words only, between the subject and the cue
            close = _next_comma(read, at + 1, cue)
            reach = _SET_OFF_WORDS
            if (
                at + 3 < cue
                and read.lowers[at + 1] in lex.determiners
                and read.lowers[at + 3] in lex.relatives
            ):
                reach = 2 * _SET_OFF_WORDS  # Amine, un voisin qui a assisté à la scène, raconte
            if 0 < close - at <= reach and all(
                kind == _WORD for kind in read.kinds[at + 1 : close]
            ):
                at = close + 1
        if (
            lex.code in _VERB_LAST
            and first > 0
            and read.lowers[first - 1] in _VERB_LAST[lex.code]
            and at + 1 < cue
            and read.lowers[at] in lex.circumstances
            and cue - at <= _CIRCUMSTANCE_WORDS
            and all(kind == _WORD for kind in read.kinds[at:cue])
        ):
            at = cue  # wie Direktor Jan Kühn in einer Mitteilung schrieb: the verb last
        if read.skip(at, cue) == cue:
            return phrase
    return None


#: *As* before a bare role (``als Bischof sprach Wendel``, ``als minister zei
#: ze``): what someone is, no subject, though *als* may also open a clause.
_AS: dict[str, frozenset[str]] = {"de": frozenset({"als"}), "nl": frozenset({"als"})}


#: The words that open a clause with its verb last in German and Dutch, where a
#: short phrase of place or occasion may stand between the subject and the cue
#: (``wie Direktor Jan Kühn in einer Mitteilung schrieb``, ``zoals woordvoerder
#: Eva Smit op de persconferentie zei``).
_VERB_LAST: dict[str, frozenset[str]] = {
    "de": frozenset({"wie"}),
    "nl": frozenset({"zoals"}),
}
#: The most words of that phrase (``in einer kurzen Mitteilung``).
_CIRCUMSTANCE_WORDS = 4


#: The words of *of* before a paper's quoted title after a role (``der Kritiker der
#: »Frankfurter Allgemeinen«``, ``le critique du « Monde »``).
_TITLE_OF = frozenset(
    {"der", "des", "du", "de", "del", "della", "dello", "di", "do", "da", "van", "von", "vom"}
)


def _party_tag(read: _Read, at: int, limit: int) -> bool:
    """Whether a party's letters in brackets open at token *at* (``(Ap)``,
    ``(S)``, ``(KrF)``), as Swedish, Norwegian and Danish copy sets them after
    a politician's name."""
    if at + 2 >= limit or read.texts[at] != "(" or read.texts[at + 2] != ")":
        return False
    word = read.texts[at + 1]
    return word.isalpha() and len(word) <= _PARTY_LETTERS and word[0].isupper()


def _body_adjectives(read: _Read, at: int, cue: int) -> int:
    """The end of the lower-case adjectives (at most two) and their complement
    that go on a body's capitalised name from token *at* when the cue at *cue*
    follows them (``Le Rassemblement national``, ``il Partito democratico``,
    ``la Fédération nationale des travaux publics``), or *at*."""
    end = at
    while end < min(cue, at + 2) and _adjective(read, end):
        end += 1
    if end == at:
        return at
    end = _complement(read, end, cue)
    if end < cue and _acronym_tag(read, end, cue):
        return end
    return end if read.skip(end, cue) == cue else at


def _acronym_tag(read: _Read, at: int, limit: int) -> bool:
    """Whether a body's short name in brackets opens at token *at* (``(Farsul)``,
    ``(CGT)``, ``(FNV)``), as copy sets it after the body's full name."""
    if at + 2 >= limit or read.texts[at] != "(" or read.texts[at + 2] != ")":
        return False
    word = read.texts[at + 1]
    return word.isalpha() and len(word) <= _ACRONYM_LETTERS and word[0].isupper()


#: The most letters a body's short name in brackets has (``Confagricoltura``).
_ACRONYM_LETTERS = 16

#: The most letters a party's short name in brackets has (``Rødt``, ``KrF``).
_PARTY_LETTERS = 5

#: At most this many tokens (less one) are set off between a subject and its cue.
_SET_OFF_WORDS = 8


def _next_comma(read: _Read, at: int, limit: int) -> int:
    """The index of the first comma from *at* before *limit*, or -1."""
    texts = read.texts
    for index in range(at, limit):
        if texts[index] == ",":
            return index
    return -1


def _after(read: _Read, quote: int, limit: int) -> _Said | None:
    """A cue right after the quote token *quote*, with its subject."""
    at = quote + 1
    if at >= limit:
        return None
    inside = read.texts[quote]
    if read.kinds[at] == _PUNCT and read.texts[at] in _INCISE_PUNCT | {"-"}:
        at += 1
    elif inside[-1:] not in ",!?\u2026":
        return None
    said = _cue_after(read, at, limit)
    if (
        said is not None
        and inside[:1].islower()
        and quote > read.sentence[quote]
        and read.kinds[quote - 1] == _WORD
    ):
        # "Die Lage sei „äußerst angespannt“, hieß es": a fragment in lower case
        # that its sentence's words lead into is partial, whatever cue follows
        return said._replace(kind="partial")
    return said


#: Endings of an adjective or a participle that says how a dropped subject
#: spoke (``dijo emocionado``, ``ha detto commossa``, ``disse emocionada``).
_MANNER_ENDS = ("ado", "ada", "ido", "ida", "ato", "ata", "uto", "uta", "oso", "osa",
                "osso", "ossa", "ando", "endo", "indo")  # fmt: skip  # (and gerunds: dice sorridendo; ha ricordato commosso)


def _manner(read: _Read, at: int, limit: int) -> bool:
    """Whether token *at* is a lone word of manner that ends the clause after a
    cue with a dropped subject (``«...», dijo emocionado.``), or a gerund that
    opens a clause there (``"...", cuenta encogiéndose de hombros``)."""
    word = read.texts[at]
    if word.islower() and _GERUND.fullmatch(word) is not None:
        return True
    return (
        word.islower()
        and read.lowers[at].endswith(_MANNER_ENDS)
        and (at + 1 >= limit or read.kinds[at + 1] != _WORD)
    )


#: A Spanish, Italian or Portuguese gerund, perhaps with its pronouns joined on
#: (``encogiéndose``, ``sorridendo``, ``sorrindo``, ``mirándole``).
_GERUND = LazyPattern(r"\p{Ll}{2,}(?:ando|ándo|endo|éndo|indo)(?:se|le|les|lo|la|los|las|si|ne)?")


def _source(read: _Read, at: int) -> tuple[int, str] | None:
    """A source preposition at token *at* (``selon``, ``de acuerdo con``):
    the index after it and its text, or ``None``."""
    low = read.lowers[at]
    if low in read.lex.sources:
        return at + 1, read.texts[at]
    for words in data.SOURCE_PHRASES[read.lex.code].get(low, ()):
        end = at + len(words)
        if tuple(read.lowers[at:end]) == words:
            return end, " ".join(read.texts[at:end])
    return None


def _source_pronoun(read: _Read, at: int, limit: int) -> _Phrase | None:
    """The object pronoun a source preposition takes at token *at* (``volgens
    haar``, ``laut ihm``), read as a pronoun phrase, or ``None``."""
    if at >= limit:
        return None
    gender = data.SOURCE_PRONOUNS[read.lex.code].get(read.lowers[at])
    if gender is None:
        return None
    return _Phrase(at, at + 1, read.starts[at], read.ends[at], None, None, gender, True, False)


def _cue_after(read: _Read, at: int, limit: int) -> _Said | None:
    """An attribution that opens at token *at*: a cue and its subject, or a source."""
    if at >= limit or read.kinds[at] != _WORD:
        return None
    lex = read.lex
    low = read.lowers[at]
    if low in lex.clitics and _cue(read, at + 1, limit) is not None:
        at += 1  # «...», le dijo; « ... », nous a-t-il confié: whom it was said to
        low = read.lowers[at]
    if low in lex.impersonal:
        return _impersonal(read, at, limit)
    source = _source(read, at)
    if source is not None:
        phrase = _phrase(read, source[0], limit) or _source_pronoun(read, source[0], limit)
        return None if phrase is None else _Said(phrase, source[1], "direct")
    passive = _passive_cue(read, at, limit)
    if passive is not None:
        return passive
    cue = _cue(read, at, limit) or _quote_cue(read, at, limit)
    if cue is not None:
        phrase = _inverted(read, cue, limit)
        if phrase is not None:
            return _Said(phrase, cue.text, "direct")
        nxt = read.skip(cue.end, limit)
        if lex.pro_drop and (
            nxt >= limit
            or read.kinds[nxt] != _WORD
            or read.lowers[nxt] in lex.listener_prepositions
            or read.lowers[nxt] in lex.after_dropped
            or _manner(read, nxt, limit)
        ):
            return _Said(None, cue.text, "direct")  # dijo: the subject dropped
        return None
    if low in lex.auxiliaries and lex.code in _VERB_SECOND:
        # hat Scholz gesagt, heeft De Wit gezegd
        phrase = _phrase(read, at + 1, limit)
        if phrase is not None:
            participle = read.skip(phrase.end, limit)
            if participle < limit and read.lowers[participle] in lex.participles:
                return _Said(phrase, f"{read.texts[at]} {read.texts[participle]}", "direct")
        return None
    if lex.code not in _VERB_SECOND:
        # « ... », le ministre a déclaré
        phrase = _phrase(read, at, limit)
        if phrase is not None:
            cue = _cue(read, read.skip(phrase.end, limit), limit)
            if cue is not None:
                return _Said(phrase, cue.text, "direct")
    return None


#: How many words may stand between a German or Dutch passive's agent and its
#: participle (``wurde vom Minister am Dienstag bestätigt``).
_PASSIVE_REACH = 4


def _passive_cue(read: _Read, at: int, limit: int) -> _Said | None:
    """A passive cue opening at token *at* with its agent, who speaks (``foi dito
    pelo ministro``, ``a été annoncé par le ministre``, ``werd gezegd door de
    minister``; the agent before the participle: ``wurde vom Minister bestätigt``,
    ``werd door de minister gezegd``), or ``None``."""
    lex = read.lex
    agents = data.PASSIVE_CUE_AGENTS[lex.code]
    for words in data.PASSIVE_CUE_AUXILIARIES[lex.code]:
        end = at + len(words)
        if end + 2 >= limit or tuple(read.lowers[at:end]) != words:
            continue
        if read.lowers[end] in lex.participles and read.lowers[end + 1] in agents:
            phrase = _phrase(read, end + 2, limit)
            cue = " ".join(read.texts[at : end + 1])
        elif read.lowers[end] in agents and lex.code in _VERB_SECOND:
            phrase = _phrase(read, end + 1, limit)
            if phrase is None:
                return None
            stop = min(limit, phrase.end + _PASSIVE_REACH)
            participle = next(
                (
                    k
                    for k in range(phrase.end, stop)
                    if read.kinds[k] != _WORD or read.lowers[k] in lex.participles
                ),
                stop,
            )
            if participle >= stop or read.kinds[participle] != _WORD:
                return None
            cue = f"{' '.join(read.texts[at:end])} {read.texts[participle]}"
        else:
            continue
        if phrase is None or phrase.pronoun or not (phrase.name or phrase.role):
            return None
        return _Said(phrase, cue, "direct")
    return None


def _quote_cue(read: _Read, at: int, limit: int) -> _Cue | None:
    """A cue that is one only right after a quote, opening at token *at*
    (:data:`~newsstruct._data.cues_intl.QUOTE_CUES`: ``accusa``, ``taglia
    corto``), or ``None``."""
    for words in data.QUOTE_CUES.get(read.lex.code, ()):
        end = at + len(words)
        if end <= limit and tuple(read.lowers[at:end]) == words:
            return _Cue(at, end, " ".join(read.texts[at:end]), None)
    return None


#: The subject of an impersonal cue with no source (``„...“, hieß es.``): no one.
_NOBODY = _Phrase(0, 0, 0, 0, None, None, None, False, True)
#: The speaker of an interview's answer after a paragraph that is the
#: interviewer's question (:func:`_question`): the last speaker, under the
#: mention that named them in full.
_ANSWERER = _Phrase(0, 0, 0, 0, None, None, None, False, False)
#: The most words an interviewer's question paragraph has.
_QUESTION_WORDS = 40


#: The nouns for questions put to someone (``stelde het ANP Bakker een paar
#: vragen``, ``nous lui avons posé trois questions``, ``le hicimos unas preguntas``).
_QUESTION_NOUNS = frozenset(
    {"vragen", "questions", "preguntas", "domande", "perguntas", "fragen", "frågor",
     "spørsmål", "spørgsmål"}
)  # fmt: skip


def _interviewee(read: _Read) -> _Phrase | None:
    """The person a short paragraph of prose says questions were put to: a word
    for questions, and one person named in it by the surname of someone named
    in full before (``Na de uitreiking stelde het ANP Bakker een paar vragen.``),
    or ``None``."""
    if len(read) > _INTERVIEW_WORDS or not any(low in _QUESTION_NOUNS for low in read.lowers):
        return None
    found: _Phrase | None = None
    for at, low in enumerate(read.lowers):
        if read.caps[at] and low in read.surnames and at > read.sentence[at]:
            phrase = _phrase(read, at, len(read))
            if phrase is None or phrase.name is None:
                continue
            if found is not None:
                return None  # two people: which one answers is not said
            found = phrase
    return found


#: The longest paragraph that may say to whom the questions after it were put.
_INTERVIEW_WORDS = 30


def _question(read: _Read) -> bool:
    """Whether a paragraph of prose is one short question alone (``Hoe kijkt ze
    terug op de bezuinigingen?``, ``Wat heeft u het orkest meegegeven?``)."""
    size = len(read)
    return 2 < size <= _QUESTION_WORDS and read.texts[-1] == "?" and read.sentence[-1] == 0


def _impersonal(read: _Read, at: int, limit: int) -> _Said | None:
    """An impersonal cue at token *at* (``hieß es``) and its source.

    The source is what a preposition of :data:`~newsstruct._data.cues_intl.IMPERSONAL_SOURCES`
    introduces, after the cue (``„...“, hieß es aus dem Ministerium``) or
    opening its clause (``Aus Regierungskreisen hieß es: „...“``), spoken by
    under its own words (``dem Ministerium``, ``Regierungskreisen``); with none
    the speaker is :data:`_NOBODY`.
    """
    lex = read.lex
    second = lex.impersonal.get(read.lowers[at])
    end = at + 1 if second else at  # (lê-se: one word)
    if second is None or end >= limit or (second and read.lowers[end] != second):
        return None
    cue = f"{read.texts[at]} {read.texts[end]}" if second else read.texts[at]
    source = _impersonal_source(read, read.skip(end + 1, limit), limit)
    if source is None:
        # Aus dem Ministerium hieß es: the source opens the clause
        clause = read.sentence[at]
        for first in range(at - 1, max(clause, at - _LONGEST_PHRASE) - 1, -1):
            if read.kinds[first] == _PUNCT and read.texts[first] in _CLAUSE_PUNCT:
                clause = first + 1
                break
        fronted = _impersonal_source(read, read.skip(clause, at), at)
        if fronted is not None and read.skip(fronted.end, at) == at:
            source = fronted
    if source is not None and _a_document(read, source):
        source = _body_before(read, at) or source
    return _Said(source or _NOBODY, cue, "direct")


#: Nouns for a statement a body issues (``si legge in una nota``, ``se lee en un
#: comunicado``, ``hieß es in einer Mitteilung``).
_DOCUMENTS = frozenset(
    {"nota", "comunicato", "comunicado", "communiqué", "mitteilung", "erklärung",
     "verklaring", "persbericht", "dichiarazione", "declaración", "déclaration", "note",
     "declaração", "texte", "testo", "texto"}
)  # fmt: skip


def _a_document(read: _Read, source: _Phrase) -> bool:
    """Whether *source* is a statement named by its noun alone, after an
    article or none (``una nota``, ``la nota``, ``nella nota``, ``le
    communiqué``): whose it is, the sentence before says."""
    return read.lowers[source.end - 1] in _DOCUMENTS and (
        source.end - source.first == 1
        or (
            source.end - source.first == 2
            and (
                read.lowers[source.first] in data.INDEFINITE_ARTICLES
                or read.lowers[source.first] in data.DEFINITE_ARTICLES
                or read.lowers[source.first] in read.lex.oblique
            )
        )
    )


def _body_before(read: _Read, at: int) -> _Phrase | None:
    """The body that opens the sentence before the one of token *at* (``La
    Protezione civile regionale ha prorogato l'allerta. "...", si legge in una
    nota``), or ``None``."""
    start = read.sentence[at]
    if start == 0:
        return None
    before = read.sentence[start - 1]
    phrase = _phrase(read, read.skip(before, start), start)
    if phrase is None or not phrase.body:
        return None
    if read.lex.code in _ROMANCE and phrase.role is None:
        # La Protezione civile regionale ha prorogato: the lower-case adjectives
        # (at most two) after its capitalised noun, before its verb, are its name's
        end = phrase.end
        while end < min(start, phrase.end + 2) and _adjective(read, end):
            end += 1
        if (
            end > phrase.end
            and end < start
            and (read.lowers[end] in read.lex.auxiliaries or read.lowers[end] in read.lex.cues)
        ):
            phrase = phrase._replace(end=end, stop=read.ends[end - 1])
    return phrase


def _impersonal_source(read: _Read, at: int, limit: int) -> _Phrase | None:
    """The source after an impersonal cue's preposition at token *at*, or ``None``.

    An article may open it, and lower-case words before its noun (``aus gut
    informierten Kreisen``); what it is the source of follows (``aus dem Umfeld
    des Kanzlers``).
    """
    lex = read.lex
    if at >= limit or read.lowers[at] not in lex.impersonal_sources:
        return None
    first = at + 1
    noun = first
    if noun < limit and read.lowers[noun] in lex.oblique:
        noun += 1
    nouns_capitalised = lex.code == "de"
    while (
        nouns_capitalised
        and noun < min(limit, first + 4)
        and read.kinds[noun] == _WORD
        and read.texts[noun].islower()
        and read.lowers[noun] not in lex.function_words
    ):
        noun += 1
    if (
        noun >= limit
        or read.kinds[noun] != _WORD
        or (nouns_capitalised and not read.capitalised(noun))
        or read.lowers[noun] in lex.function_words
        or read.lowers[noun] in lex.skippable
        or read.lowers[noun] in data.IMPERSONAL_TIMES
    ):
        return None  # (hieß es in der Nacht: a time, no source)
    named = _phrase(read, first, limit)
    if named is not None and _person(named) and named.name is not None and " " in named.name:
        return named  # klinkt het bij burgemeester Bart Peeters: someone named in full
    end = noun + 1
    while end < limit and read.name_word(end):
        end += 1
    return _body(read, first, _complement(read, end, limit))


def _subject(read: _Read, cue: _Cue, floor: int, limit: int) -> _Phrase | None:
    """The subject of *cue*: its own pronoun, before it, or inverted after it."""
    if cue.pronoun is not None:
        return cue.pronoun
    before = (
        _titled_subject(read, cue.first, floor)
        or _subject_before(read, cue.first, floor)
        or _coordinated_subject(read, cue.first, floor)
    )
    if before is not None:
        return before
    inverted = _inverted(read, cue, limit)
    if (
        inverted is not None
        and inverted.end < len(read)
        and read.kinds[inverted.end] == _QUOTE
        and cue.text.rsplit(None, 1)[-1].lower() in data.NAMING_CUES[read.lex.code]
    ):
        # ha definito Ceruti «...»: whom a naming cue names, not its subject; a
        # relative's antecedent may be (il critico Andrea Bonfanti, che ... ha definito)
        return _relative_antecedent(read, cue.first, floor)
    return inverted


def _titled_subject(read: _Read, cue: int, floor: int) -> _Phrase | None:
    """A paper named by its quoted title after its article, right before the cue
    at token *cue* (``Die »taz« schrieb``, ``il «Fatto» ha scritto``): a body, its
    mention the article and the title in its marks; else ``None``."""
    quote = cue - 1
    if read.lowers[quote] in read.lex.auxiliaries and quote > 0:
        quote -= 1  # il «Fatto» ha scritto
    article = quote - 1
    if (
        article < floor
        or read.kinds[quote] != _QUOTE
        or read.lowers[article] not in read.lex.determiners
        or not _medium(read, quote)
    ):
        return None
    if article > read.sentence[article] and not (
        read.texts[article - 1] in _CLAUSE_PUNCT or read.lowers[article - 1] in read.lex.openers
    ):
        return None  # (In der »Zeit« schrieb die Kritikerin: a place, the subject after)
    return _Phrase(
        article, quote + 1, read.starts[article], read.ends[quote], None, None, None,
        False, True,
    )  # fmt: skip


def _relative_antecedent(read: _Read, cue: int, floor: int) -> _Phrase | None:
    """The person a relative pronoun set off by a comma before the cue at token
    *cue* stands for (``il critico Andrea Bonfanti, che ... ha definito``), or
    ``None``."""
    lo = max(floor, cue - _WINDOW)
    for rel in range(cue - 1, lo, -1):
        if read.lowers[rel] in read.lex.relatives and read.texts[rel - 1] == ",":
            comma = rel - 1
            for first in range(max(lo, comma - _LONGEST_PHRASE), comma):
                if not read.caps[first] and read.lowers[first] not in read.lex.determiners:
                    continue  # (a phrase opens with an article or a capital)
                phrase = _phrase(read, first, comma)
                if phrase is not None and phrase.end == comma and _person(phrase):
                    return phrase
            return None
    return None


def _coordinated_subject(read: _Read, cue: int, floor: int) -> _Phrase | None:
    """The subject that opens the sentence of a cue after *and*, sharing it
    with the verb before (``A oposição votou contra e falou em "..."``,
    ``Le maire a quitté la salle et a dénoncé « ... »``), or after a comma and
    *but* (``De bond is blij, maar noemt het "..."``), or ``None``."""
    if cue - 1 <= floor:
        return None
    joint = cue - 1
    if read.lowers[joint] in _BUT_WORDS and joint - 1 > floor and read.texts[joint - 1] == ",":
        joint -= 1
    elif read.texts[joint] == "," and read.lex.code == "de":
        # Der Verband begrüßte die Einigung, nannte sie aber „überfällig“ (but
        # ..., sagte sie.: a pronoun that ends the clause is the cue's subject)
        after = cue + 2
        if cue + 1 >= len(read):
            return None  # (the cue ends the text)
        if read.lowers[cue + 1] in _GERMAN_SUBJECTS or (
            read.lowers[cue + 1] in read.lex.pronouns
            and (after >= len(read) or read.kinds[after] != _WORD)
        ):
            return None
        named = _phrase(read, cue + 1, len(read))
        if named is not None and not named.pronoun:
            return None  # Die Lage ist ernst, warnte der Minister: „...“
    elif read.lowers[joint] not in _AND_WORDS:
        return None
    phrase = _phrase(read, floor, joint)
    if (
        phrase is None
        or phrase.pronoun
        or phrase.end >= joint - 1
        or read.kinds[phrase.end] != _WORD
        or not read.texts[phrase.end].islower()
        or any(kind != _WORD for kind in read.kinds[phrase.end : joint])
    ):
        return None
    return phrase


#: Negations before a verb (``no ocultó``, ``non ha nascosto``).
_NEGATIONS = frozenset({"no", "non", "não", "nicht", "ne", "n'"})
#: Words for *and* between two verbs that share a subject.
_AND_WORDS = frozenset({"e", "y", "et", "und", "ed", "en", "och", "og"})
#: German pronouns that are only ever a subject (``warnte er heute``).
_GERMAN_SUBJECTS = frozenset({"er", "ich", "wir", "du", "ihr"})
#: Words for *but* after a comma between two such verbs.
_BUT_WORDS = frozenset({"mais", "pero", "ma", "mas", "maar", "men", "aber"})


def _before(read: _Read, quote: int) -> _Said | None:
    """The last cue before the quote token *quote* in its sentence, with its subject."""
    floor = max(read.sentence[quote], quote - _WINDOW)
    lex = read.lex
    if quote > floor and read.lowers[quote - 1] in data.SIGN_VERBS[lex.code]:
        return None  # pancartas en las que se leía «...»: a sign's words
    for at in range(quote - 1, floor - 1, -1):
        if read.kinds[at] != _WORD:
            continue
        low = read.lowers[at]
        if low in lex.impersonal:
            said = _impersonal(read, at, quote)
            if said is not None:
                end = max(at + 2, said.phrase.end if said.phrase is not None else 0)
                return said._replace(kind=_kind(read, end, quote))
        if at == read.sentence[at] and at > 0:
            view = _own_view(read, at, quote)
            if view is not None:
                return view
        if low in lex.opinions and at == read.sentence[at]:
            said = _opinion(read, at, quote)
            if said is not None:
                return said
            continue
        source = _source(read, at) if low != "so" else None
        if source is not None:
            phrase = _phrase(read, source[0], quote) or _source_pronoun(read, source[0], quote)
            if phrase is None:
                continue
            kind = "direct" if _opens_after(read, phrase.end, quote) else "partial"
            return _Said(phrase, source[1], kind)
        cue = _cue(read, at, quote)
        if cue is None or _after_auxiliary(read, at, floor):
            continue  # (a participle: its auxiliary opens the cue)
        phrase = _subject(read, cue, floor, quote)
        if phrase is None:
            if not lex.pro_drop or _unread_subject(read, cue.first, floor):
                return None
            head = _what_it_calls(read, cue.first)
            return _Said(head, cue.text, _kind(read, cue.end, quote))
        return _Said(phrase, cue.text, _kind(read, max(cue.end, phrase.end), quote))
    return None


#: ``o que``, ``lo que``, ``ciò che``: *what*, before a dropped subject's cue.
_WHAT = frozenset({("o", "que"), ("lo", "que"), ("ciò", "che"), ("quello", "che")})


def _what_it_calls(read: _Read, cue: int) -> _Phrase | None:
    """The subject that opens the sentence of a cue after *what* with its subject
    dropped (``A entidade promete ir à Justiça contra o que chama de "..."``,
    ``La patronal rechaza lo que llama «...»``), when it is a body or a person and a
    verb in lower case follows it; else ``None`` (the last speaker, as before)."""
    if cue < 2 or (read.lowers[cue - 2], read.lowers[cue - 1]) not in _WHAT:
        return None
    opening = read.skip(read.sentence[cue], cue)
    head = _phrase(read, opening, cue)
    if (
        head is None
        or head.pronoun
        or not (head.body or _person(head))
        or head.end >= cue - 2
        or read.kinds[head.end] != _WORD
        or not read.texts[head.end].islower()
    ):
        return None
    return head


def _own_view(read: _Read, at: int, quote: int) -> _Said | None:
    """``Jordi Puigvert ha defendido el acuerdo. A su juicio, el PP "sobreactúa"``:
    a sentence that opens at token *at* with the view of whoever spoke last
    (:data:`~newsstruct._data.cues_intl.OWN_VIEW_PHRASES`); the subject of the
    last cue before it in its paragraph, or ``None``."""
    for words in data.OWN_VIEW_PHRASES.get(read.lex.code, ()):
        end = at + len(words)
        if end < quote and tuple(read.lowers[at:end]) == words:
            subject = _last_subject(read, at)
            if subject is None and _dropped_just_before(read, at):
                # "...", explicó. A su juicio, "...": the dropped subject's speaker
                return _Said(None, " ".join(read.texts[at:end]), _kind(read, end, quote))
            if subject is None:
                # Más cauto se ha mostrado Javier Montoya. A su juicio, ... "...": the
                # one person the sentence before names in full
                subject = _named_in_sentence_before(read, at)
            if subject is None or subject.gender == "plural":
                return None
            return _Said(subject, " ".join(read.texts[at:end]), _kind(read, end, quote))
    return None


def _named_in_sentence_before(read: _Read, at: int) -> _Phrase | None:
    """The one person named in full (by a known first name or after a role) in the
    sentence before the one that opens at token *at* (read over :data:`_WINDOW`
    tokens at most), when that sentence has no cue, or ``None``."""
    if at == 0:
        return None
    found: _Phrase | None = None
    k = max(read.sentence[at - 1], at - _WINDOW)
    cues = read.lex.cues | read.lex.participles
    if any(read.lowers[j] in cues for j in range(k, at)):
        return None  # ("...", explicó tras hablar con Pedro Gil: the speaker is another)
    while k < at:
        phrase = _phrase(read, k, at) if read.caps[k] else None
        if phrase is None or phrase.end <= k:
            k += 1
            continue
        if (
            _person(phrase)
            and " " in (phrase.name or "")
            # (de la gestora Bestinver Patrimonio: a firm's name, no one's)
            and (
                phrase.role is not None
                or _first_name_gender((phrase.name or " ").split()[0]) is not None
            )
        ):
            if found is not None and found.name != phrase.name:
                return None
            found = phrase
        k = phrase.end
    return found


def _dropped_just_before(read: _Read, at: int) -> bool:
    """Whether the sentence before token *at* ends with a cue whose subject is
    dropped (``«...», ha spiegato.``, ``Explicó que "..."``), no one named
    after the cue, in a language that drops its subjects."""
    if not read.lex.pro_drop or at < 2:
        return False
    floor = max(read.sentence[at - 1], at - _WINDOW)
    for back in range(at - 2, floor - 1, -1):
        if read.kinds[back] == _WORD and read.caps[back] and back != read.sentence[back]:
            return False  # someone (or something) named after the cue
        if read.kinds[back] != _WORD:
            continue
        cue = _cue(read, back, at)
        if cue is None or _after_auxiliary(read, back, floor):
            continue
        if _subject(read, cue, floor, at) is not None or _unread_subject(read, cue.first, floor):
            return False
        return not _plural(read.lex, cue.text)
    return False


def _unread_subject(read: _Read, cue: int, floor: int) -> bool:
    """Whether the cue at token *cue* has a subject before it that names no
    speaker (``el acusado filtró «...»``): an article and a lower-case noun,
    so that its subject was not dropped."""
    lex = read.lex
    at = cue - 1
    while at > floor and read.lowers[at] in lex.skippable:
        at -= 1
    if at < floor or read.kinds[at] != _WORD:
        return False
    if read.lowers[at] in _INDEFINITE_PRONOUNS:
        return True  # qualcuno ha scritto: «...»: someone unknown, not the last speaker
    if at == floor or not read.texts[at].islower():
        return False
    low = read.lowers[at]
    if low in lex.function_words or low in lex.auxiliaries or low in lex.cues:
        return False
    if at - 2 >= floor and read.lowers[at - 2] in lex.circumstances:
        return False  # In una nota ha precisato: where it was said, the subject dropped
    return read.lowers[at - 1] in lex.determiners


#: Pronouns for someone unknown or no one, in the languages that drop a subject.
_INDEFINITE_PRONOUNS = frozenset(
    {"qualcuno", "nessuno", "chiunque", "alguien", "nadie", "cualquiera", "alguém",
     "ninguém", "qualquer"}
)  # fmt: skip


def _after_auxiliary(read: _Read, at: int, floor: int) -> bool:
    """Whether word *at* is a participle after its auxiliary (``a dit``, ``a aussi écrit``)."""
    lex = read.lex
    if read.lowers[at] not in lex.participles:
        return False
    before = at - 1
    while before > floor and before > at - _MAX_SKIPPED and read.lowers[before] in lex.skippable:
        before -= 1
    return before >= floor and read.lowers[before] in lex.auxiliaries


def _colon_subject(read: _Read, quote: int) -> _Said | None:
    """``Le ministre a rejeté ces critiques : « ... »``: the subject of the
    sentence that a colon ends right before the quote, whatever its verb.

    The sentence must open with a person, a role, a pronoun or a body,
    followed by its verb (a lower-case word).
    """
    if quote < 2 or read.texts[quote - 1] != ":":
        return None
    first = read.skip(read.sentence[quote], quote - 1)
    if first + 2 < quote - 1 and read.lowers[first] in _BUT_WORDS and read.caps[first]:
        first += 1  # Mais il refuse d'en faire un argument : « ... »
    first = _opening_phrase_end(read, first, quote - 1)
    first = _opening_clause(read, _after_circumstance(read, first, quote - 1), quote - 1)
    compared = _compared_subject(read, first, quote - 1)
    if compared is not None:
        return _Said(compared, read.texts[first + 1], "direct")
    phrase = _phrase(read, first, quote - 1) or _someone_german(read, first, quote - 1)
    if (
        phrase is not None
        and phrase.end == quote - 1
        and _person(phrase)
        and not phrase.pronoun
        and " " in (phrase.name or "")
    ):
        return _Said(phrase, "", "direct")  # Voorzitter Marloes van Dijk: "...": a label
    if phrase is None or phrase.end >= quote - 1:
        return _set_off_name(read, first, quote - 1)
    if (
        phrase.pronoun
        and phrase.gender == "female"
        and read.lex.code in ("de", "nl")
        and _plural_verb(read.lex.code, read.lowers[phrase.end])
    ):
        # Sie sind verzweifelt: ..., Ze gaan niet akkoord: ...: they, not she
        phrase = phrase._replace(gender="plural")
    end = phrase.end
    if read.texts[end] == "," and phrase.name and phrase.role:
        end += 1  # La directrice générale, Marie Dupont, a justifié ... :
    elif read.texts[end] == ",":
        # El técnico rival, Iñaki Etxeberria, no ocultó ...: words set off
        close = _next_comma(read, end + 1, quote - 1)
        if 0 < close - end <= _SET_OFF_WORDS and all(
            kind == _WORD for kind in read.kinds[end + 1 : close]
        ):
            end = close + 1
    verb = read.skip(end, quote - 1)
    if verb + 1 < quote - 1 and read.lowers[verb] in _NEGATIONS:
        verb += 1  # no ocultó, non ha nascosto
    if verb >= quote - 1 or read.kinds[verb] != _WORD or not read.texts[verb].islower():
        return None
    if verb == quote - 2 and read.lowers[verb] in data.SIGN_VERBS[read.lex.code]:
        return None  # Auf einem Transparent stand: a sign's words
    cue = read.texts[verb]
    if read.lowers[verb] in read.lex.auxiliaries and read.texts[verb + 1].islower():
        cue = f"{cue} {read.texts[verb + 1]}"  # a rejeté
    return _Said(phrase, cue, "direct")


#: The most tokens of a phrase of circumstance that opens a sentence before a comma
#: (``Alla domanda del pm Anna Ruocco se qualcuno avesse risposto,``).
_OPENING_PHRASE_WORDS = 16


def _opening_phrase_end(read: _Read, first: int, limit: int) -> int:
    """The token after a phrase of circumstance that opens a sentence at token
    *first* with a preposition and ends at a comma, a person or role phrase after
    the comma (``Alla domanda del pm Anna Ruocco se ..., il vigile ha allargato
    le braccia``); else *first*."""
    lex = read.lex
    low = read.word(first) if read.elided[first] else read.lowers[first]
    if (
        first >= limit
        or read.kinds[first] != _WORD
        or not (low in lex.circumstances or read.lowers[first] in lex.circumstances)
        or read.lowers[first] in lex.pronouns
    ):
        return first
    comma = _next_comma(read, first + 1, min(limit, first + _OPENING_PHRASE_WORDS))
    if comma < 0:
        return first
    phrase = _phrase(read, comma + 1, limit)
    if phrase is None or phrase.body or not (phrase.role or phrase.pronoun or phrase.name):
        return first
    if phrase.end >= limit or not read.texts[phrase.end].islower():
        return first
    return comma + 1


def _someone_german(read: _Read, first: int, limit: int) -> _Phrase | None:
    """``Ein älterer Herr``, ``eine junge Frau``: someone new whom a German
    indefinite article, adjectives in lower case and a noun for a man or a
    woman (an honorific elsewhere: ``Herr Müller``) introduce; the phrase, or
    ``None``."""
    if read.lex.code != "de" or read.lowers[first] not in data.INDEFINITE_ARTICLES:
        return None
    at = first + 1
    while at < limit and read.kinds[at] == _WORD and read.texts[at].islower():
        at += 1
    if at == first + 1 or at >= limit:
        return None
    gender = _SOMEONE_DE.get(read.texts[at])
    if gender is None:
        return None
    role = read.texts[at]
    return _Phrase(
        first, at + 1, read.starts[first], read.ends[at], None, role, gender, False, False
    )


#: The German nouns for a man or a woman that are honorifics before a name.
_SOMEONE_DE = {"Herr": "male", "Frau": "female", "Dame": "female"}


def _compared_subject(read: _Read, first: int, colon: int) -> _Phrase | None:
    """``Più cauto Marco De Santis di Equita Research: "..."``: a sentence with no
    verb that opens with a comparative adverb and an adjective in lower case, then
    a person's name (and what they are of) up to the colon; the name's phrase, or
    ``None``."""
    if (
        first + 3 > colon
        or read.lowers[first] not in _COMPARATIVES
        or read.kinds[first + 1] != _WORD
        or not read.texts[first + 1].islower()
    ):
        return None
    phrase = _phrase(read, first + 2, colon)
    if phrase is None or phrase.name is None or phrase.pronoun or phrase.body:
        return None
    end = _complement(read, phrase.end, colon)
    if end + 1 < colon and read.texts[end] == ",":
        end = _complement(read, end + 1, colon)  # Más prudente Marta Gil, de BBVA Research:
    return phrase if end == colon else None


#: Comparative adverbs that open a verbless sentence before a colon (``Più cauto
#: X:``, ``Más prudente X:``).
_COMPARATIVES = frozenset({"più", "meno", "más", "menos", "plus", "moins", "mais"})


#: Negations before the verb of a colon's sentence (``no ocultó su enfado:``).
_NEGATIONS = frozenset({"no", "non", "não"})

#: Endings of a participle that opens a sentence before its subject
#: (``Preguntado por ..., el entrenador``, ``Interrogée ..., la ministre``).
_OPENING_PARTICIPLE_ENDS = (*_MANNER_ENDS, "é", "ée", "és", "ées")


def _opening_clause(read: _Read, at: int, limit: int) -> int:
    """The token after a participle's clause set off at token *at* (``Preguntado
    por la lesión, el entrenador ...``, ``Interrogée à la sortie, la ministre
    ...``), or *at* when none opens there."""
    if (
        at + 1 >= limit
        or read.kinds[at] != _WORD
        or not read.lowers[at].endswith(_OPENING_PARTICIPLE_ENDS)
        or read.lowers[at + 1] not in read.lex.function_words  # (por, à, sur: a preposition)
        or read.lowers[at + 1] in read.lex.determiners  # (Amareggiato il tecnico, ...)
        or not read.texts[at + 1].islower()
    ):
        return at
    close = _next_comma(read, at + 1, min(limit, at + 1 + _SET_OFF_WORDS))
    return at if close < 0 else close + 1


def _ends_sentence(read: _Read, quote: int) -> bool:
    """Whether the quote token *quote* ends its sentence (a full stop, or
    nothing, after it)."""
    after = quote + 1
    return after >= len(read.texts) or read.texts[after] in (".", "!", "?")


def _set_off_name(read: _Read, first: int, colon: int) -> _Said | None:
    """A person named in full, set off by a comma, that ends a sentence with no
    verb right before the colon of a quote (``Di parere opposto il capogruppo,
    Giorgio Sala: «...»``, ``Amareggiato il tecnico sardo, Fabio Marras:``):
    the speaker, with no cue; ``None`` elsewhere."""
    for start in range(max(first + 1, colon - _LONGEST_PHRASE), colon):
        if read.texts[start - 1] != ",":
            continue
        phrase = _phrase(read, start, colon)
        if (
            phrase is not None
            and phrase.end == colon
            and _person(phrase)
            and " " in (phrase.name or "")
            and not any(read.lowers[at] in read.lex.cues for at in range(first, start))
        ):
            return _Said(phrase, "", "direct")
    return None


def _set_off_subject(read: _Read, first: int, colon: int) -> _Said | None:
    """A person named in full and set off by commas, then the verb of a clause
    that a colon ends before a quote (``El técnico rival, Iñaki Etxeberria, no
    ocultó su enfado: «...»``): the speaker, the verb its cue; ``None`` elsewhere."""
    for start in range(first + 1, min(colon, first + _WINDOW)):
        if read.texts[start - 1] != ",":
            continue
        phrase = _phrase(read, start, colon)
        if phrase is None or not _person(phrase) or " " not in (phrase.name or ""):
            continue
        verb = read.skip(phrase.end + 1, colon)
        while verb + 1 < colon and read.lowers[verb] in _NEGATIONS:
            verb += 1  # no ocultó: the verb after the negation
        if (
            read.texts[phrase.end] == ","
            and verb < colon
            and read.kinds[verb] == _WORD
            and read.texts[verb].islower()
        ):
            return _Said(phrase, read.texts[verb], "direct")
        return None
    return None


def _previous_sentence(read: _Read, quote: int) -> _Said | None:
    """A quote that is a sentence of its own after a sentence with a cue: that
    cue's subject (``Die Förderung werde aufgestockt, kündigte Habeck an.
    „Niemand wird allein gelassen.“``)."""
    if quote == 0 or read.sentence[quote] != quote:
        return None
    floor = read.sentence[quote - 1]
    for at in range(quote - 1, max(floor, quote - _WINDOW) - 1, -1):
        if read.kinds[at] != _WORD:
            continue
        cue = _cue(read, at, quote)
        if cue is None or _after_auxiliary(read, at, floor):
            continue
        phrase = _subject(read, cue, floor, quote)
        if phrase is None and any(
            read.lowers[before] in data.REPORTED_THAT
            for before in range(max(floor, quote - _WINDOW), at)
        ):
            continue  # zegt dat het ziekenhuis te laat was: a verb of the clause reported
        return None if phrase is None else _Said(phrase, cue.text, "direct")
    return None


def _topic_before(read: _Read, quote: int) -> _Said | None:
    """A quote that is a sentence of its own after a sentence that opens with a
    person named in full and a stressed pronoun set off (``Thibault Aubry, lui,
    balaie les critiques. « ... »``,
    :data:`~newsstruct._data.cues_intl.TOPIC_PRONOUNS`): that person, or ``None``."""
    if quote == 0 or read.sentence[quote] != quote:
        return None
    first = read.skip(read.sentence[quote - 1], quote)
    phrase = _phrase(read, first, quote)
    end = phrase.end if phrase is not None else first
    if (
        phrase is None
        or not _person(phrase)
        or phrase.pronoun
        or " " not in (phrase.name or "")
        or end + 2 >= quote
        or read.texts[end] != ","
        or read.lowers[end + 1] not in data.TOPIC_PRONOUNS.get(read.lex.code, ())
        or read.texts[end + 2] != ","
    ):
        return None
    return _Said(phrase, read.texts[end + 1], "direct")


def _introduced(read: _Read, quote: int, inverted: bool) -> _Said | None:
    """:func:`_introduced_by_opening`; else, when *inverted* (no one spoke
    before in the paragraph), in German or Dutch, the singular subject pronoun
    after the verb of the sentence before the quote (``Pas op haar veertigste
    kreeg ze een vaste aanstelling. '...'``)."""
    said = _introduced_by_opening(read, quote)
    if said is not None or not inverted or quote < 2 or read.sentence[quote] != quote:
        return said
    start = read.sentence[quote - 1]
    if any(kind == _QUOTE for kind in read.kinds[start:quote]):
        return None
    pronoun = _inverted_pronoun(read, read.skip(start, quote), quote)
    return None if pronoun is None else _Said(pronoun, "", "direct")


def _introduced_by_opening(read: _Read, quote: int) -> _Said | None:
    """A quote that is a sentence of its own after a sentence of prose that a
    person opens, named in full or unnamed (``Ein Assistenzarzt, der ..., wird
    deutlicher. „...“``, ``Ao lado, o taxista Edson Ribeiro discordava. “...”``):
    that person, with no cue; else ``None``."""
    if quote < 2 or read.sentence[quote] != quote:
        return None
    start = read.sentence[quote - 1]
    if any(kind == _QUOTE for kind in read.kinds[start:quote]):
        return None
    first = read.skip(start, quote)
    phrase = _opening_phrase(read, first, quote)
    if phrase is None and read.lowers[first] in data.NAME_PARTICLES and read.caps[first]:
        phrase = _particle_surname(read, first, quote)  # Van Leeuwen wil ...
    if phrase is None or not (_person(phrase) or phrase.pronoun):
        comma = _next_comma(read, first, min(quote, first + _OPENING_REACH))
        if comma < 0:
            return None
        phrase = _opening_phrase(read, comma + 1, quote)  # Ao lado, o taxista ...
    if phrase is None or not (
        (
            _person(phrase)
            and (
                # a name in full, a first name or a role before it (not Neue Schulden)
                (
                    " " in (phrase.name or "")
                    and (
                        phrase.role is not None
                        or _first_name_gender((phrase.name or "").split()[0]) is not None
                    )
                )
                or (phrase.name is None and read.lowers[phrase.first] in data.INDEFINITE_ARTICLES)
                # Van Leeuwen wil ...: the surname alone of someone named in full before
                or (phrase.role is None and (phrase.name or "").lower() in read.surnames)
            )
        )
        # Ze wijst naar ...: a singular pronoun that opens its sentence (not Ze
        # wijzen, Sie zeigen: the same pronoun for a plural, by its verb)
        or (
            phrase.pronoun
            and phrase.gender in ("male", "female")
            and phrase.first == first
            and not (
                read.lex.code in _VERB_SECOND
                and phrase.end < quote
                and _plural_verb(read.lex.code, read.lowers[phrase.end])
            )
        )
    ):
        return None
    at = phrase.end
    if at + 2 < quote and read.texts[at] == "(" and read.texts[at + 2] == ")":
        at += 3 if read.texts[at + 1].isdigit() else 0  # Saskia van Leeuwen (58) schenkt
    if at + 1 < quote and read.texts[at] == "," and read.lowers[at + 1] in read.lex.relatives:
        close = _next_comma(read, at + 1, quote)
        at = close + 1 if close >= 0 else at
    if (
        at >= quote
        or read.kinds[at] != _WORD
        or not read.texts[at].islower()
        or read.lowers[at] in read.lex.cues
        or read.lowers[at] in read.lex.auxiliaries
    ):
        return None
    return _Said(phrase, "", "direct")


#: How far into its sentence a German or Dutch subject pronoun after the verb
#: may stand (``Pas op haar veertigste kreeg ze ...``).
_INVERTED_REACH = 8


def _inverted_pronoun(read: _Read, first: int, quote: int) -> _Phrase | None:
    """The singular subject pronoun right after the verb of a German or Dutch
    sentence that opens at token *first* with other words (``Pas op haar
    veertigste kreeg ze een vaste aanstelling.``, ``Im Jahr 2015 übernahm er
    ...``), no comma before it (not a clause's ``dat ze``), or ``None``."""
    lex = read.lex
    if lex.code not in _VERB_SECOND:
        return None
    for at in range(first + 1, min(quote - 1, first + _INVERTED_REACH)):
        if read.kinds[at] != _WORD:
            return None
        if read.lowers[at] not in lex.pronouns:
            continue
        verb = read.lowers[at - 1]
        if (
            read.kinds[at - 1] != _WORD
            or not read.texts[at - 1].islower()
            or verb in lex.function_words
            or _plural_verb(lex.code, verb)  # (kregen ze, bekamen sie: a plural)
        ):
            return None
        phrase = _phrase(read, at, quote)
        if phrase is None or not phrase.pronoun or phrase.gender not in ("male", "female"):
            return None
        return phrase
    return None


def _new_office(code: str, role: str) -> bool:
    """Whether *role* is an office just won (``nouvelle maire``, ``neue
    Bürgermeister``, ``neosindaco``): its first word one of
    :data:`~newsstruct._data.cues_intl.NEW_OFFICE_WORDS` or, in Italian, a role
    after ``neo``.

    >>> from newsstruct._speakers_intl import _new_office
    >>> [_new_office(c, r) for c, r in (("fr", "nouvelle maire"), ("it", "neosindaco"),
    ...  ("fr", "maire"), ("de", "neue Oberbürgermeister"), ("fr", "nouveau ministre"))]
    [True, True, False, True, False]
    """
    words = role.lower().split()
    if code == "it" and words[0].startswith("neo") and len(words[0]) > 6:
        office = words[0][3:].lstrip("-")
    elif words[0] in data.NEW_OFFICE_WORDS[code] and len(words) > 1:
        office = words[1]
    else:
        return False
    if code == "de":
        return office.endswith(_ELECTED_OFFICE_ENDS)  # Oberbürgermeister, Landrätin
    return office in data.ELECTED_OFFICES


#: :data:`~newsstruct._data.cues_intl.ELECTED_OFFICES` as the ends of German compounds.
_ELECTED_OFFICE_ENDS = tuple(sorted(data.ELECTED_OFFICES))


#: How far after a person's name their sentence may say they were elected.
_ELECTED_REACH = 300

#: The end of a sentence or paragraph in a stretch of text.
_SENTENCE_STOP = LazyPattern(r"[.!?](?=\s)|\n")


def _plural_verb(code: str, verb: str) -> bool:
    """Whether the German or Dutch *verb* in lower case is a plural form
    (``sagten``, ``sammeln``, ``sind``, ``gaan``), as the verb of ``sie`` or ``ze``.

    >>> from newsstruct._speakers_intl import _plural_verb
    >>> [_plural_verb(c, v) for c, v in (("de", "sind"), ("de", "ändern"), ("de", "ist"),
    ...  ("nl", "gaan"), ("nl", "gaat"), ("nl", "zeiden"))]
    [True, True, False, True, False, True]
    """
    return verb.endswith(data.PLURAL_VERB_ENDS[code]) or verb in data.PLURAL_VERBS[code]


def _opening_phrase(read: _Read, at: int, limit: int) -> _Phrase | None:
    """The speaker phrase that opens a sentence at token *at*; if it names no
    person, an article, a noun for a doer the vocabulary does not know and a
    name of two words or more (``o taxista Edson Ribeiro``, ``le brocanteur
    Gilles Aubry``), the noun read as the role; else ``None``."""
    phrase = _phrase(read, at, limit)
    if (phrase is not None and _person(phrase)) or read.lex.code not in _DESCRIBED_LANGUAGES:
        return phrase
    if at + 3 >= limit or read.kinds[at] != _WORD:
        return phrase
    described = _described_noun(read, at, limit)
    if described is None:
        return phrase
    name_first, name_end = _name(read, at + 2, limit, True)
    if name_first != at + 2 or name_end - name_first < 2:
        return phrase
    name = " ".join(read.texts[name_first:name_end])
    return _Phrase(
        at, name_end, read.starts[at], read.ends[name_end - 1], name, described.role,
        described.gender, False, False,
    )  # fmt: skip


#: How many tokens a sentence's opening words before a comma may span (``Ao lado,``).
_OPENING_REACH = 4


def _last_named(read: _Read, quote: int, people: Sequence[_Person] = ()) -> _Phrase | None:
    """The person a dropped subject stands for when no cue before names one.

    The person named right before a colon that introduces the quote (``Dura
    la replica della segretaria del Pd Elly Schlein: "...", ha detto``), else
    the subject, named or by role, of the sentence before (``La
    vicepresidenta Yolanda Díaz ha apoyado al presidente. «...», ha dicho``).
    """
    floor = max(0, quote - _WINDOW)
    if quote > 0 and read.texts[quote - 1] == ":":
        for first in range(max(floor, quote - 1 - _LONGEST_PHRASE), quote - 1):
            phrase = _phrase(read, first, quote - 1)
            if phrase is not None and phrase.end == quote - 1 and _person(phrase):
                return phrase
    start = read.sentence[quote]
    if start == 0 or start < floor:
        return None
    before = read.sentence[start - 1]
    opening = read.skip(before, start)
    phrase = _phrase(read, opening, start)
    occasion = _after_circumstance(read, opening, start) if phrase is None else opening
    if occasion > opening:
        # Durante o julgamento, o antigo autarca tinha negado ... "...", garantiu:
        # the subject after a phrase of occasion, an epithet of someone named before
        phrase = _phrase(read, occasion, start)
        if (
            phrase is not None
            and _person(phrase)
            and phrase.name is None
            and phrase.role is not None
            and read.lowers[phrase.first] in _DEFINITE_ARTICLES
            and phrase.end < start
            and read.kinds[phrase.end] == _WORD
            and read.texts[phrase.end].islower()
        ):
            return phrase
    if (
        phrase is None
        and opening + 1 < start
        and read.lowers[opening] in read.lex.opinions
        and read.texts[opening][:1].isupper()
    ):
        # Per il Dott. Luca Moretti, ... lo studio apre una strada. «...», osserva:
        # whose view the sentence before gave
        held = _opinion(read, opening, start)
        phrase = held.phrase if held is not None else None
    if phrase is not None and _person(phrase) and " " in (phrase.name or ""):
        return phrase  # (named in full: not a dateline's MADRID)
    if (
        phrase is not None
        and phrase.name is not None
        and phrase.end == opening + 1
        and _aged_first_name(read, opening)
    ):
        return phrase  # Javier, de 17 años, estudia ... "...", cuenta: named by first name and age
    if (
        phrase is not None
        and _person(phrase)
        and phrase.name is not None
        and phrase.end < start
        and read.kinds[phrase.end] == _WORD
        and any(person.name.endswith(" " + phrase.name) for person in people[-_REACH:])
    ):
        # Bellandi ha elogiato il portiere. "...", ha riconosciuto: the surname of
        # one named in full before, the subject of a verb
        return phrase
    return None


#: The most words of an opening before the comma after which a body is the
#: subject (``Esta mañana, la Guardia Civil ha detenido``).
_BODY_OPENING = 5


def _body_subject_before(read: _Read, quote: int, plural: bool = False) -> _Phrase | None:
    """The body that is the subject of the sentence before the one of token
    *quote* (``La Guardia Civil ha detenido a dos hombres. "...", ha
    explicado``, ``Esta mañana, la Policía Nacional ha ...``), or ``None``: a
    dropped subject with no one named or heard before it stands for the body,
    whose spokesman speaks (:func:`attribute_intl`).  With *plural* (a plural
    verb: ``han advertido``), a group named in the plural is one too (``Los
    sindicatos han convocado una huelga``)."""
    start = read.sentence[quote]
    if start == 0 or start < quote - _WINDOW:
        return None
    before = read.sentence[start - 1]
    phrase = _phrase(read, read.skip(before, start), start)
    if phrase is None or not (phrase.body or _person(phrase)):
        # Esta mañana, la Guardia Civil ha detenido ...: the subject after a
        # short opening set off by a comma
        comma = next(
            (k for k in range(before, min(start, before + _BODY_OPENING)) if read.texts[k] == ","),
            -1,
        )
        if comma > before:
            phrase = _phrase(read, comma + 1, start)
    if (
        phrase is not None
        and (phrase.body or (plural and phrase.gender == "plural"))
        and not phrase.pronoun
        and phrase.end < start
        and read.kinds[phrase.end] == _WORD
        and read.texts[phrase.end].islower()
    ):
        return phrase
    # Dos hombres fueron detenidos por la Guardia Civil: the agent of a passive
    agents = _PASSIVE_AGENTS.get(read.lex.code, frozenset())
    for k in range(max(before + 1, start - _WINDOW), start - 1):
        if read.lowers[k] in agents and read.lowers[k - 1].endswith(_PASSIVE_ENDS):
            agent = _phrase(read, k + 1, start)
            if (
                agent is not None
                and (agent.body or (plural and agent.gender == "plural"))
                and not agent.pronoun
            ):
                return agent
    return None


def _in_statement(read: _Read, quote: int) -> bool:
    """Whether the sentence of the quote token *quote* says its words were in a
    written statement (``In una nota ha precisato``, ``ha indicado en un
    comunicado``, ``Em comunicado, sublinhou``): a preposition of place, perhaps
    an article, and a noun of :data:`~newsstruct._data.cues_intl.STATEMENT_NOUNS`."""
    start = read.sentence[quote]
    end = min(read.sentence_end(quote), quote + _WINDOW)
    nouns = data.STATEMENT_NOUNS[read.lex.code]
    return any(
        read.lowers[k] in read.lex.circumstances
        and (
            read.lowers[k + 1] in nouns  # Em comunicado, sublinhou
            or (read.lowers[k + 1] in read.lex.determiners and read.lowers[k + 2] in nouns)
        )
        for k in range(max(start, quote - _WINDOW), end - 2)
    )


def _prose_subject(read: _Read) -> _Phrase | None:
    """The subject of the first cue in the last sentence of a paragraph, quoting no
    one, in a language that drops subjects (``La concejala Ana Gómez explicó que la obra
    durará dos años.``), when it is one person: whom a dropped subject opening the
    next paragraph stands for; else ``None``."""
    size = len(read)
    if read.lex.code not in _DROPPED_ROLE_LANGUAGES or not size:
        return None
    floor = read.sentence[size - 1]
    if _QUOTE in read.kinds[floor:]:
        return None  # (a quote's own cue: its speaker is the last one)
    phrase = None
    for at in range(floor, min(size, floor + _WINDOW)):
        # (the first cue of the sentence: the main clause's, not a reported one's)
        cue = _cue(read, at, size) if read.kinds[at] == _WORD else None
        if cue is not None:
            phrase = _subject(read, cue, floor, size)
            break
    if (
        phrase is None
        or phrase.pronoun
        or phrase.body
        or phrase.gender == "plural"
        or phrase.first < read.sentence[size - 1]
    ):
        return None
    return phrase


def _role_subject(read: _Read, first: int, stop: int) -> _Phrase | None:
    """The role alone, after its definite article, that is the subject of the
    sentence opening at token *first* (``La ministra de Trabajo visitó la
    planta.``, ``Il ministro del Lavoro ha visitato``), in a language that drops
    subjects; else ``None``."""
    if read.lex.code not in _DROPPED_ROLE_LANGUAGES or first >= stop:
        return None
    if read.lowers[first] not in data.DEFINITE_ARTICLES and read.elided_as(first) != "article":
        return None
    phrase = _phrase(read, first, stop)
    if (
        phrase is None
        or phrase.role is None
        or phrase.name is not None
        or phrase.pronoun
        or phrase.body
        or phrase.gender == "plural"
        or phrase.end >= stop
        or read.kinds[phrase.end] != _WORD
        or not read.texts[phrase.end].islower()
    ):
        return None
    return phrase


#: The languages whose dropped subject may stand for a role named alone before.
_DROPPED_ROLE_LANGUAGES = frozenset({"es", "it", "pt"})


def _role_subject_before(read: _Read, quote: int, opening: _Phrase | None) -> _Phrase | None:
    """The role alone that opens the sentence before the one of token *quote*
    (``La ministra de Trabajo visitó la planta. «...», dijo.``), or, when the
    quote opens its paragraph, *opening*, the role the paragraph of prose before
    opens with: whom a dropped subject stands for when no one was named or heard
    before it (:func:`attribute_intl`)."""
    start = read.sentence[quote]
    if start == 0:
        return opening if quote == 0 else None
    if start < quote - _WINDOW:
        return None
    before = read.sentence[start - 1]
    return _role_subject(read, read.skip(before, start), start)


#: The words that introduce the agent of a passive (``detenidos por la Guardia
#: Civil``, ``arrestati dai carabinieri``, ``detidos pela PSP``).
_PASSIVE_AGENTS = {
    "es": frozenset({"por"}),
    "pt": frozenset({"por", "pelo", "pela", "pelos", "pelas"}),
    "it": frozenset({"da", "dal", "dalla", "dallo", "dai", "dalle", "dagli", "dall'"}),
}
#: The ends of the participles of a passive (``detenidos``, ``arrestati``, ``detidas``).
_PASSIVE_ENDS = (
    "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ato", "ata", "ati", "ate",
    "uto", "uta", "uti", "ute", "ito", "ita", "iti", "ite", "to", "ta", "tos", "tas",
)  # fmt: skip


def _but_subject(read: _Read, quote: int) -> _Phrase | None:
    """The person named as the subject of the last clause that a word for "but"
    opens in the sentence before the quote at token *quote* (or in its own
    sentence before it), a verb in lower case after the name (``Secondo il
    tecnico, la squadra ha pagato "...", ma Vanoli ha escluso ... "...", ha
    detto``): someone named in full there or before, by surname; else ``None``."""
    start = read.sentence[quote]
    floor = max(0, quote - _WINDOW, read.sentence[start - 1] if start > 0 else 0)
    for at in range(quote - 2, floor - 1, -1):
        if read.kinds[at] == _QUOTE and at >= start:
            return None  # (a quote of the sentence before its own: its cue's)
        if read.lowers[at] not in _BUT_WORDS or not read.texts[at].islower():
            continue
        first = at + 2 if read.texts[at + 1] == "," else at + 1
        phrase = _phrase(read, first, quote)
        if (
            phrase is None
            or not _person(phrase)
            or phrase.name is None
            or phrase.role is not None
            or phrase.end >= quote
            or read.kinds[phrase.end] != _WORD
            or not read.texts[phrase.end].islower()
            or not (" " in phrase.name or phrase.name.lower() in read.surnames)
        ):
            return None
        return phrase
    return None


def _person(phrase: _Phrase) -> bool:
    return not phrase.body and not phrase.pronoun and (phrase.name or phrase.role) is not None


def _quoted_person(found: list[_Said | None], si: int, body: _Phrase) -> _Phrase | None:
    """The person the last quote before quote *si* of the paragraph is given to,
    when the *body* a dropped subject's last cue has (before it) said no quote of
    its own since, else ``None``."""
    for one in reversed(found[:si]):
        if one is None or one.phrase is None:
            continue
        if one.phrase.start > body.start or not _person(one.phrase):
            return None
        return one.phrase
    return None


def _asked(read: _Read, found: list[_Said | None], quote_at: list[int]) -> _Phrase | None:
    """Whom the last question of a paragraph was put to, named after its cue
    (``—¿Habrá cambios? —le preguntaron a Manzano``, ``— Et si ... ? a demandé
    un journaliste à Patrick Delorme``), or ``None``."""
    lex = read.lex
    questions = data.QUESTION_CUES[lex.code]
    for si in range(len(found) - 1, -1, -1):
        one = found[si]
        if one is None or not one.cue or one.cue.rsplit(None, 1)[-1].lower() not in questions:
            continue
        limit = min(len(read), quote_at[si] + _LISTENER_REACH)
        for at in range(quote_at[si] + 1, limit):
            if read.kinds[at] != _WORD and read.texts[at] not in _DASHES:
                break  # (—le preguntaron a Manzano: up to the end of its clause)
            if read.lowers[at] in lex.listener_prepositions:
                phrase = _phrase(read, at + 1, len(read))
                if phrase is not None and phrase.name and not phrase.body:
                    return phrase
        return None
    return None


#: The dashes that set off a question's cue in dialogue.
_DASHES = frozenset({"\u2014", "\u2013"})
#: How many words after a question's quote whom it was put to is looked for.
_LISTENER_REACH = 12


def _answers(lex: _Lexicon, one: _Said, addressed: _Phrase | None) -> bool:
    """Whether *one* answers a question put to *addressed* in the paragraph
    before: an answering cue whose subject is dropped, a pronoun of no other
    gender, or a role no one is named with (``respondió``, ``a répondu le
    syndicaliste``)."""
    if addressed is None or not one.cue:
        return False
    if one.cue.rsplit(None, 1)[-1].lower() not in data.ANSWER_CUES[lex.code]:
        return False
    phrase = one.phrase
    if phrase is None:
        return True
    if phrase is _NOBODY or phrase.name or phrase.body or phrase.gender == "plural":
        return False
    if phrase.gender and addressed.gender and phrase.gender != addressed.gender:
        return False
    return phrase.pronoun or phrase.role is not None


def _plural(lex: _Lexicon, cue: str) -> bool:
    """Whether *cue* (``sagten``, ``ont déclaré``, ``dijeron``) has a plural subject."""
    return bool(cue) and cue.split(None, 1)[0].lower() in data.PLURAL_CUES[lex.code]


def _last_subject(read: _Read, before: int) -> _Phrase | None:
    """The subject of the last cue before token *before* that has one."""
    for at in range(before - 1, max(-1, before - _WINDOW - 1), -1):
        if read.kinds[at] != _WORD:
            continue
        cue = _cue(read, at, len(read))
        if cue is None:
            continue
        floor = max(read.sentence[at], at - _WINDOW)
        phrase = _subject(read, cue, floor, read.sentence_end(at))
        if phrase is not None and _owned_object(read, phrase):
            return None  # ha raccontato la sua emozione: an object, not who spoke
        if phrase is not None:
            return phrase
    return None


def _owned_object(read: _Read, phrase: _Phrase) -> bool:
    """Whether *phrase* opens with a possessive and names no one (``la sua``
    of ``ha raccontato la sua emozione``): a cue's object, read as its subject."""
    return (
        not phrase.pronoun
        and not _POSSESSIVES.isdisjoint(read.lowers[phrase.first : phrase.first + 2])
        and not any(read.capitalised(k) for k in range(phrase.first, phrase.end))
    )


def _kind(read: _Read, end: int, quote: int) -> str:
    """``direct`` when the quote follows its attribution's clause at once, else ``partial``."""
    return "direct" if _opens_after(read, end, quote) else "partial"


def _opens_after(read: _Read, end: int, quote: int) -> bool:
    """Whether the quote at token *quote* follows its attribution's clause (ending at
    token *end*) at once, and is no fragment in lower case that its sentence goes on
    after (``a dénoncé « un mépris total » de la direction`` is ``partial``)."""
    nxt = quote + 1
    if (
        read.texts[quote][:1].islower()
        and nxt < len(read.texts)
        and read.kinds[nxt] == _WORD
        and read.sentence[nxt] == read.sentence[quote]
    ):
        return False
    if quote == end:
        # "a salué « un homme de valeurs »": a fragment in lower case right after
        # the verb, with no colon, is its object
        return not (
            read.texts[quote][:1].islower() and quote > 0 and read.kinds[quote - 1] == _WORD
        )
    last = read.texts[quote - 1]
    if last == ":":
        return True
    return quote == end + 1 and last == ","


def _later(read: _Read, quote: int) -> _Said | None:
    """A cue later in the quote's sentence (``„Ernst“ sei die Lage, sagte Scholz``)."""
    floor = max(read.sentence[quote], quote - _WINDOW)
    end = read.sentence_end(quote)
    for at in range(quote + 1, end):
        kind = read.kinds[at]
        if kind == _QUOTE:
            return None
        if kind != _WORD:
            continue
        low = read.lowers[at]
        if low in read.lex.impersonal:
            said = _impersonal(read, at, end)
            if said is not None:
                return said._replace(kind="direct" if quote == floor else "partial")
        source = _source(read, at) if low != "so" else None
        if source is not None:
            phrase = _phrase(read, source[0], end)
            if phrase is not None:
                return _Said(phrase, source[1], "partial")
            continue
        cue = _cue(read, at, end)
        if cue is None:
            continue
        phrase = _subject(read, cue, max(floor, quote + 1), end)
        if phrase is None:
            return None
        return _Said(phrase, cue.text, "direct" if quote == floor else "partial")
    return None


def _resumed(read: _Read, quote: int) -> _Said | None:
    """``"...". Lo ha detto Giorgia Meloni``: the next sentence opens with a word
    that stands for the quote, then its cue and subject.

    The quote must end its own sentence and open its paragraph's text or
    follow the end of another sentence.
    """
    at = quote + 1
    size = len(read)
    if at < size and read.texts[at] in _SENTENCE_END:
        at += 1
    elif read.texts[quote].rstrip()[-1:] not in _SENTENCE_END:
        return None
    if at >= size or read.sentence[at] != at:
        return None
    if (
        quote > 0
        and read.texts[quote - 1] not in _SENTENCE_END | _OPENING_DASHES
        and read.kinds[quote - 1] != _QUOTE
    ):
        return None  # (after a dash: a dateline's, ROMA (ANSA) - "...")
    if read.lowers[at] not in read.lex.resumptives:
        return _resumed_by_subject(read, at)
    if read.lowers[at] in _BARE_RESUMPTIVES:
        # Così il ministro Matteo Piantedosi a margine di un convegno: no verb
        # (also after a place: Così in aula il caposquadra Salvatore Esposito)
        end = read.sentence_end(at)
        phrase = _phrase(read, _after_circumstance(read, at + 1, end) if at + 1 < end else at, end)
        if phrase is not None and _person(phrase) and phrase.name is not None:
            return _Said(phrase, read.texts[at], "direct")
    at += 1
    if at < size and read.lowers[at] in read.lex.resumptives:
        at += 1  # así lo
    if at >= size:
        return None  # (the paragraph ends with the resumptive)
    said = _cue_after(read, at, read.sentence_end(at))
    if said is None or said.phrase is None:
        return None
    return said


def _resumed_by_subject(read: _Read, at: int) -> _Said | None:
    """``"...". Elena Ferraresi, 41 anni, racconta così ...``: the sentence after
    the quote, at token *at*, opens with a person named in full (perhaps with
    words set off by commas), then a cue and a word that stands for the quote
    (``racconta così``; ``lo ha detto``); that person, else ``None``."""
    end = read.sentence_end(at)
    phrase = _phrase(read, at, end)
    if phrase is None or not _person(phrase) or " " not in (phrase.name or ""):
        return None
    k = phrase.end
    if k < end and read.texts[k] == ",":
        close = _next_comma(read, k + 1, end)
        if not 0 < close - k <= _SET_OFF_WORDS:
            return None
        k = close + 1
    resumptives = read.lex.resumptives
    if k < end and read.lowers[k] in resumptives:
        cue = _cue(read, k + 1, end)  # lo ha detto
    else:
        cue = _cue(read, k, end)  # racconta così
        if cue is not None and (cue.end >= end or read.lowers[cue.end] not in resumptives):
            cue = None
    return None if cue is None else _Said(phrase, cue.text, "direct")


def _resumed_after(
    text: str, paragraph: Paragraph, segments: Sequence[Segment], lex: _Lexicon
) -> _Said | None:
    """``– Det er dybt bekymrende.`` / ``Det siger formand Henrik Dam til DR.``:
    the attribution of a paragraph of speech that the next paragraph opens
    with, a word for the speech first (Swedish, Norwegian and Danish copy)."""
    read = _Read(text, paragraph.span.start, paragraph.span.end, segments, lex)
    if len(read) < 3 or read.lowers[0] not in lex.resumptives:
        return None
    said = _cue_after(read, 1, read.sentence_end(1))
    if said is None or said.phrase is None or said.phrase is _NOBODY:
        return None
    return said


def _opinion(read: _Read, at: int, quote: int) -> _Said | None:
    """``Pour Marine Le Pen, c'est « ... »``: a sentence that opens with whose view it is.

    The phrase after the preposition must be a person (a name, a pronoun, a
    role), not a body or a place (``Pour la France, c'est « ... »``), and a
    comma must close it.
    """
    phrase = _phrase(read, at + 1, quote)
    if phrase is None or phrase.end >= quote:
        return None
    comma = phrase.end
    if read.texts[comma] == "(":
        # Para o deputado Marcos Vilela (PL-RS), ...: a party's letters in brackets
        close = comma + 1
        while close < min(quote, comma + _BRACKET_REACH) and read.texts[close] != ")":
            close += 1
        if close < quote and read.texts[close] == ")":
            comma = close + 1
    if (
        comma < quote
        and read.texts[comma] != ","
        and read.sentence[quote] == read.sentence[at]  # (the quote in its sentence)
        and _unset_opinion(read, phrase, comma)
    ):
        return _Said(phrase, read.texts[at], _kind(read, comma, quote))
    titled = phrase.body and (_titled(read, phrase) or _speaking_body(read, phrase))
    if (
        (phrase.body and not titled)
        or comma >= quote
        or read.texts[comma] != ","
        or (phrase.name is None and phrase.role is None and not phrase.pronoun and not titled)
    ):
        return None
    return _Said(phrase, read.texts[at], _kind(read, comma + 1, quote))


def _speaking_body(read: _Read, phrase: _Phrase) -> bool:
    """Whether the body *phrase* opens with its article and a noun of a body
    that speaks (``Para a Associação de Moradores``, ``Pour le syndicat``), not
    a place's name (``Pour la France``)."""
    head = phrase.first
    if read.lowers[head] in read.lex.determiners and head + 1 < phrase.end:
        head += 1
    elif read.elided_as(head) != "article":
        return False
    word = read.word(head)
    return _organisation(read.lex, word) or word in data.FIELDED_BODY_NOUNS[read.lex.code]


def _titled(read: _Read, phrase: _Phrase) -> bool:
    """Whether the body *phrase* opens with an article in capitals inside its
    sentence: a paper's or a work's title (``Pour Le Figaro, « ... »``, ``Para El
    País, «...»``), whose view it gives like a person's."""
    first = phrase.first
    return (
        first > read.sentence[first]
        and read.lowers[first] in data.DEFINITE_ARTICLES_NL | _TITLE_ARTICLES
        and read.texts[first][:1].isupper()
        and first + 1 < phrase.end
        and read.caps[first + 1]
    )


#: Plural articles that open a paper's title (``Les Echos``).
_TITLE_ARTICLES = frozenset({"les", "los", "las", "os", "as", "i", "gli"})


def _unset_opinion(read: _Read, phrase: _Phrase, after: int) -> bool:
    """Whether *phrase*, a name alone after an opinion's preposition, ends with no
    comma where the subject of the sentence opens with its article, a word in
    lower case after it (``Per Morselli la regista "..."``)."""
    return (
        phrase.name is not None
        and phrase.role is None
        and not phrase.body
        and after + 1 < len(read)
        and read.lowers[after] in read.lex.determiners
        and read.kinds[after + 1] == _WORD
        and read.texts[after + 1].islower()
    )


#: The most tokens a bracketed aside after an opinion's holder spans.
_BRACKET_REACH = 6


def _incise(text: str, segment: Segment, lex: _Lexicon) -> _Said | None:
    """An attribution set inside the quote's marks: ``« Non, a-t-il dit, jamais. »``."""
    inner = text[segment.start : segment.end]
    if not any(mark in inner for mark in _INCISE_PUNCT):
        return None
    read = _Read(text, segment.start, segment.end, (), lex)
    size = len(read)
    for at in range(1, size - 1):
        if read.kinds[at] != _PUNCT or read.texts[at] not in _INCISE_PUNCT:
            continue
        said = _cue_after(read, at + 1, size)
        if said is None or said.phrase is None or said.phrase is _NOBODY:
            continue
        end = said.phrase.end
        if said.phrase.pronoun:
            end = max(end, at + 2)
        while end < size and read.kinds[end] == _WORD and read.lowers[end] in lex.participles:
            end += 1
        if end >= size or read.texts[end] in _INCISE_END:
            return said
    return None


#: The words that may stand in a parenthesis that defines a term beside the
#: quoted terms: articles and *or* (``(la "Sociedad Adquirida")``, ``("Redes" ou
#: a "Sociedade Visada")``, ``(die „Gesellschaft“)``, ``(de "Vennootschap")``).
_DEFINING_WORDS = frozenset(
    {"der", "die", "das", "le", "la", "les", "l'", "el", "los", "las", "il", "lo", "gli",
     "i", "o", "a", "os", "as", "de", "het", "ou", "oder", "of", "y", "e", "et", "ed", "u"}
)  # fmt: skip
#: At most this many tokens stand between a defined term and its parenthesis.
_DEFINING_REACH = 6


def _defined_term(read: _Read, quote: int) -> bool:
    """A capitalised term a parenthesis defines, alone there but for articles,
    *or* and other such terms: ``Solarmar (la "Sociedad Adquirida")``, ``Hessler
    (la "Società Target")``; ``(la "rebaja")`` in lower case is said."""
    inside = read.texts[quote]
    words = inside.split()
    if not words or len(words) > _TERM_MAX_WORDS or not all(w[:1].isupper() for w in words):
        return False
    at = quote - 1
    while at >= 0 and quote - at <= _DEFINING_REACH and read.texts[at] != "(":
        if not (read.kinds[at] == _QUOTE or read.lowers[at] in _DEFINING_WORDS):
            return False
        at -= 1
    if at < 0 or read.texts[at] != "(":
        return False
    end = quote + 1
    while end < len(read.texts) and end - quote <= _DEFINING_REACH and read.texts[end] != ")":
        if not (read.kinds[end] == _QUOTE or read.lowers[end] in _DEFINING_WORDS):
            return False
        end += 1
    return end < len(read.texts) and read.texts[end] == ")"


def _term(read: _Read, quote: int) -> bool:
    """A short quoted fragment right after a term marker (``sogenannte``, ``le film``).

    So is a title in capitals after the article of a listener (``dem „Spiegel“``),
    and a name joined to a word by a hyphen (``der „Bild“-Zeitung``).
    """
    inside = read.texts[quote]
    if _named(read, quote) or _defined_term(read, quote):
        return True
    if len(inside.split()) > _TERM_MAX_WORDS or inside[-1:] in _SENTENCE_END:
        return False
    nxt = quote + 1
    if (
        nxt + 1 < len(read.texts)
        and read.texts[nxt] == "-"
        and read.starts[nxt] == read.ends[quote]
        and read.starts[nxt + 1] == read.ends[nxt]
        and read.kinds[nxt + 1] == _WORD
    ):
        return True  # a name in a compound: die „Bild“-Zeitung, das „Spiegel“-Interview
    before = quote - 1
    if (
        before > 0
        and read.texts[before] == "-"
        and read.ends[before] == read.starts[quote]
        and read.ends[before - 1] == read.starts[before]
        and read.kinds[before - 1] == _WORD
        and inside[:1].isupper()
    ):
        return True  # a title after its broadcaster: im ZDF-„Morgenmagazin“
    if inside[:1].isupper() and _work_after(read, quote):
        return True  # la genesi di 'Acqua bassa', il suo secondo lungometraggio
    if inside[:1].isupper() and _maker_after(read, quote):
        return True  # „Das Haus am Kanal“ der Regisseurin Miriam Thalberg erzählt
    at = quote - 1
    if at < 0 or read.kinds[at] != _WORD:
        return False
    if _named_so(read, at):
        return True
    word = read.word(at)
    if word in _CALL_PLURALS:
        # a quem os adeptos chamam “o Mágico”: a nickname, not speech
        return True
    if word in read.lex.terms:
        # ha definito il film "un capolavoro": what a cue calls the work, not its title;
        # ha detto che il piano "toglie parcheggi": the subject of what was said
        return not (
            inside[:1].islower() and (_naming_cue_before(read, at) or _subject_after_that(read, at))
        )
    if not inside[:1].isupper():
        return False
    if word in data.TITLE_PREPOSITIONS.get(read.lex.code, ()):
        return True  # die met 'Zoutwater' op de shortlist stond: a work's title
    # sagte dem „Spiegel“, a déclaré au « Monde »: the listener's title
    if word in data.LISTENER_ARTICLES[read.lex.code]:
        return True
    # sagte sie der „Süddeutschen Zeitung“: a feminine listener, after a cue and its subject
    return (
        read.lex.code == "de"
        and word == "der"
        and at >= 2
        and read.kinds[at - 1] == _WORD
        and any(read.lowers[k] in read.lex.cues for k in range(max(0, at - 3), at - 1))
    )


#: The words that may stand between a noun of :data:`~newsstruct._data.cues_intl.NAME_HEADS`
#: and the name after it (``sous le nom de « ... »``, ``con il nome di "..."``).
_NAME_LINKS = frozenset({"de", "d'", "di", "van", "von"})
#: The most words of a name after such a noun (a law's full title runs long).
_NAME_MAX_WORDS = 12


def _named(read: _Read, quote: int) -> bool:
    """Whether the quote token *quote* is the name a noun for a body, a law, a
    campaign or a name puts right before it (``le collectif « Mayotte solidaire »``,
    ``den Namen „Gesetz zur Errichtung ...“``): it opens with a capital, runs up to
    twelve words and ends no sentence."""
    inside = read.texts[quote]
    if (
        not inside[:1].isupper()
        or inside[-1:] in _SENTENCE_END
        or len(inside.split()) > _NAME_MAX_WORDS
    ):
        return False
    heads = data.NAME_HEADS[read.lex.code]
    at = quote - 1
    if at < 0 or read.kinds[at] != _WORD:
        return False
    if read.lowers[at] in data.HEADLINE_VERBS:
        return True  # il «Fatto» ha titolato «...»: a paper's headline
    if read.lowers[at] in _NAME_LINKS and at > 0 and read.kinds[at - 1] == _WORD:
        at -= 1
    return read.lowers[at] in heads or _product_head(read, quote - 1)


def _product_head(read: _Read, at: int) -> bool:
    """Whether word *at* is a noun for a product, a range or an offer
    (:data:`~newsstruct._data.cues_intl.PRODUCT_HEADS`; in German also as the end
    of a compound: ``Wärmepumpenserie``), in lower case but in German."""
    low = read.lowers[at]
    heads = data.PRODUCT_HEADS[read.lex.code]
    if read.lex.code == "de":
        return any(low.endswith(head) for head in heads)
    return low in heads and read.texts[at].islower()


#: The words that open a German or Dutch clause with its verb last (``terwijl
#: NRC het boek „...” noemde``, ``während die FAZ den Film als „...“ lobte``).
_SUBORDINATORS: dict[str, frozenset[str]] = {
    "de": frozenset({"während", "nachdem", "weil", "obwohl", "wobei"}),
    "nl": frozenset({"terwijl", "nadat", "omdat", "hoewel", "waarbij"}),
}


def _verb_last(read: _Read, quote: int) -> _Said | None:
    """The subject of a German or Dutch clause with its verb last, when the quote
    token *quote* stands right before that verb, a cue that ends the clause
    (``terwijl NRC het boek „het beste debuut” noemde``): the phrase right after
    the word that opens the clause, an object between; else ``None``."""
    words = _SUBORDINATORS.get(read.lex.code)
    after = quote + 1
    if (
        words is None
        or after >= len(read)
        or (after + 1 < len(read) and read.kinds[after + 1] == _WORD)
    ):
        return None
    first = read.sentence[quote]
    if read.lowers[after] in read.lex.participles:
        return _perfect_last(read, quote, first)
    if read.lowers[after] not in read.lex.cues:
        return None
    for at in range(quote - 1, max(first, quote - _SET_OFF_WORDS * 2) - 1, -1):
        if read.kinds[at] != _WORD:
            return None
        if read.lowers[at] in words:
            phrase = _phrase(read, at + 1, quote)
            if phrase is None or phrase.pronoun or phrase.end >= quote:
                return None
            return _Said(phrase, read.texts[after], "partial")
    return None


def _with_words(read: _Read, quote: int) -> _Said | None:
    """The subject of the clause whose words *with the words* brings in, right
    before the quote token *quote* (``Blom, die eerder de prijs won, feliciteerde
    haar op Instagram met de woorden „...”``): the subject right before the last
    verb before those words, read as a cue's; else ``None``."""
    end = quote - 1 if quote > 0 and read.texts[quote - 1] == ":" else quote
    for words in data.WITH_THE_WORDS[read.lex.code]:
        lead = end - len(words)
        if lead < 0 or tuple(read.lowers[lead:end]) != words:
            continue
        first = read.sentence[quote]
        for verb in range(lead - 1, max(first, lead - _SET_OFF_WORDS * 2) - 1, -1):
            if read.kinds[verb] != _WORD or not read.texts[verb].islower():
                continue
            phrase = _subject_before(read, verb, first)
            if phrase is not None and (phrase.pronoun or phrase.body or _person(phrase)):
                return _Said(phrase, " ".join(read.texts[lead:end]), "direct")
        return None
    return None


def _perfect_last(read: _Read, quote: int, first: int) -> _Said | None:
    """``Scholz hat die Lage als „ernst“ bezeichnet``, ``Hij heeft het boek „een
    meesterwerk” genoemd``: the quote token *quote* right before the participle
    that ends its clause, whose auxiliary stands before it in its sentence (the
    sentence opening at token *first*); the subject right before the auxiliary,
    or ``None``."""
    for at in range(quote - 1, max(first, quote - _SET_OFF_WORDS * 2) - 1, -1):
        if read.kinds[at] == _PUNCT:
            return None
        if read.kinds[at] == _WORD and read.lowers[at] in read.lex.auxiliaries:
            phrase = _titled_subject(read, at, first) or _subject_before(read, at, first)
            if phrase is None:
                return None
            return _Said(phrase, read.texts[quote + 1], "partial")
    return None


def _medium(read: _Read, quote: int) -> bool:
    """Whether the quote token *quote* is the title of a paper or a programme
    that fronts its clause, its cue right after it with no comma (``In „de
    Volkskrant” schreef recensent ...``, ``Die »taz« schrieb``, ``il «Fatto» ha
    titolato``): a short segment with a capital, after a preposition or an article
    of :data:`~newsstruct._data.cues_intl.MEDIUM_WORDS`; not words said."""
    inside = read.texts[quote]
    words = inside.split()
    if not words or len(words) > _TERM_MAX_WORDS or inside[-1:] in _SENTENCE_END:
        return False
    before, after = quote - 1, quote + 1
    if (
        before < 0
        or after >= len(read)
        or read.kinds[before] != _WORD
        or read.kinds[after] != _WORD
        or read.lowers[before] not in data.MEDIUM_WORDS[read.lex.code]
        # (a title in lower case after its article only: die »taz«)
        or not (
            any(word[:1].isupper() for word in words) or read.lowers[before] in read.lex.determiners
        )
    ):
        return False
    low = read.lowers[after]
    if low in _CUE_WORDS[read.lex.code] or low in data.HEADLINE_VERBS:
        return True
    return (
        low in read.lex.auxiliaries
        and after + 1 < len(read)
        and (
            read.lowers[after + 1] in read.lex.participles
            or read.lowers[after + 1] in data.HEADLINE_VERBS
        )
    )


#: How many words may stand between the article and the noun of a work set off
#: after its title (``il suo secondo lungometraggio``).
_WORK_WORDS = 3


def _work_after(read: _Read, quote: int) -> bool:
    """Whether the quote token *quote* is set off by a comma before an article and
    a noun for a work (:data:`~newsstruct._data.cues_intl.WORK_NOUNS`: ``'Acqua
    bassa', il suo secondo lungometraggio``): a work's title, not speech."""
    at = quote + 2
    if (
        at >= len(read)
        or read.texts[quote + 1] != ","
        or read.lowers[at] not in read.lex.determiners
    ):
        return False
    works = data.WORK_NOUNS[read.lex.code]
    for k in range(at + 1, min(len(read), at + 1 + _WORK_WORDS)):
        if read.kinds[k] != _WORD:
            return False
        if read.lowers[k] in works:
            return True
    return False


#: The German genitive articles of a work's maker after its title.
_MAKER_ARTICLES = frozenset({"der", "des"})


def _maker_after(read: _Read, quote: int) -> bool:
    """Whether the German quote token *quote* opens its sentence right before the
    genitive of a role and a name, its maker's (``„Das Haus am Kanal“ der
    Regisseurin Miriam Thalberg erzählt ...``, ``„Nachtzug“ des Autors Jan Kemp
    ist ...``): a work's title as the subject, not speech."""
    at = quote + 1
    return (
        read.lex.code == "de"
        and quote == read.sentence[quote]
        and at + 2 < len(read)
        and read.lowers[at] in _MAKER_ARTICLES
        and read.role(at + 1) is not None
        and read.name_word(at + 2)
    )


def _subject_after_that(read: _Read, noun: int) -> bool:
    """Whether the noun at token *noun* follows its article, a word that opens
    what was said and, a word or two before that, a cue (``dijeron que el
    plan``, ``ha detto ieri che il piano``)."""
    at = noun - 1
    if at < 2 or read.lowers[at] not in read.lex.determiners:
        return False
    if read.lowers[at - 1] not in data.REPORTED_THAT:
        return False
    cues = _CUE_WORDS[read.lex.code]
    return any(
        read.kinds[k] == _WORD and read.lowers[k] in cues for k in range(max(0, at - 4), at - 1)
    )


#: The words between a naming participle and what it names (``qualifié de``,
#: ``calificado de``, ``definito come``, ``chamado de``, ``bezeichnet als``).
_NAMED_AS = frozenset({"de", "d'", "di", "como", "come", "als"})
#: The participles of naming verbs (passive: no one speaks).
_NAMING_PARTICIPLES = frozenset(
    {"qualifié", "qualifiée", "qualifiés", "qualifiées", "calificado", "calificada",
     "definido", "definida", "definito", "definita", "chamado", "chamada", "classificado",
     "classificada", "genoemd", "bezeichnet", "genannt"}
)  # fmt: skip


#: The present plurals of naming verbs (``a quem os adeptos chamam``, ``al que los
#: aficionados llaman``, ``che i tifosi chiamano``, ``que les supporters
#: appellent``, ``den die Fans nennen``, ``die de fans noemen``): what follows is a
#: nickname.
_CALL_PLURALS = frozenset(
    {"chamam", "apelidam", "llaman", "apodan", "chiamano", "soprannominano", "appellent",
     "surnomment", "nennen", "noemen"}
)  # fmt: skip


def _named_so(read: _Read, at: int) -> bool:
    """Whether the quote after token *at* is what a passive naming participle
    calls something (``souvent qualifié de « tueur silencieux »``, ``calificada
    como "histórica"``, ``spesso definito "il male oscuro"``): a term, unless an
    auxiliary of the active voice stands right before the participle (``a
    qualifié de « ... »``: the subject's words)."""
    part = at - 1 if read.lowers[at] in _NAMED_AS else at
    if part < 1 or read.lowers[part] not in _NAMING_PARTICIPLES:
        return False
    auxiliaries = read.lex.auxiliaries
    # (a souvent qualifié, ha sempre definito: an adverb between the two)
    return not any(read.lowers[k] in auxiliaries for k in range(max(0, part - 2), part))


def _naming_cue_before(read: _Read, noun: int) -> bool:
    """Whether a cue stands right before the article of the noun at token *noun*
    (``ha definito il film``, ``calificó el libro``)."""
    at = noun - 1
    if at >= 0 and read.lowers[at] in read.lex.determiners:
        at -= 1
    if at > 0 and read.lowers[at] in _SPOKEN_OF:
        at -= 1  # parle d'un roman « ... », parla di una valutazione "...": what it is called
    return at >= 0 and read.kinds[at] == _WORD and read.lowers[at] in _CUE_WORDS[read.lex.code]


#: *Of* (with the French article joined on) between a verb of speaking and the
#: noun it speaks of (``parle d'un roman``, ``habla de una novela``).
_SPOKEN_OF = frozenset({"d'un", "d'une", "de", "di", "von", "van"})


def _reported_fragment(read: _Read, quote: int) -> _Said | None:
    """A German fragment quoted in a sentence of reported speech, with no cue of its
    own (``Richter kündigte an, ... Er wolle „geordnete Verhältnisse“
    hinterlassen.``): a verb in the subjunctive of reported speech outside the
    marks (:data:`~newsstruct._data.cues_intl.REPORTED_SPEECH_DE`) makes it
    ``partial``, said by the subject of the last cue before it in its paragraph;
    with none there, by the person named in full who opens the sentence before
    (:func:`_last_named`), unless the verb may be a conditional (``wäre``); else
    by no one."""
    first, end = read.sentence[quote], read.sentence_end(quote)
    utterance = _utterance(read.texts[quote])
    if utterance and first == quote:
        return None
    if not utterance and _definite_name(read, quote):
        return None  # Das geplante „Sondervermögen Infrastruktur“ solle ...: a name
    verb = next(
        (
            at
            for at in range(first, end)
            if read.kinds[at] == _WORD and read.lowers[at] in data.REPORTED_SPEECH_DE
        ),
        -1,
    )
    if verb < 0:
        return None
    subject = _last_subject(read, first)
    if utterance and subject is not None:
        return None  # (a sentence quoted within a sentence: read as before)
    if subject is None and read.lowers[verb] not in data.CONDITIONALS_DE and verb < quote:
        # Verteidiger Markus Holzer plädierte auf ... Sein Mandant habe „...“: with no
        # cue before, the person named in full who opens the sentence before
        subject = _last_named(read, quote)
    return None if subject is None else _Said(subject, read.texts[verb], "partial")


#: German definite articles and the prepositions that hold one (``zum``, ``im``).
_DEFINITE_DE = frozenset(
    {"der", "die", "das", "dem", "den", "des", "zum", "zur", "vom", "beim", "im", "am", "ins"}
)
#: How many lower-case words (adjectives) may stand between the article and the name.
_DEFINITE_REACH = 2


def _definite_name(read: _Read, quote: int) -> bool:
    """Whether the German quote token *quote* opens with a capital right after a
    definite article, or one and a lower-case adjective or two (``Das geplante
    „Sondervermögen Infrastruktur“``, ``mit dem Urteil zum „Klima- und
    Transformationsfonds“``): the name of a thing the story knows, not words said
    (``keinen „Kahlschlag im Sozialstaat“`` is)."""
    if not read.texts[quote][:1].isupper():
        return False
    at = quote - 1
    floor = max(0, quote - 1 - _DEFINITE_REACH)
    while at > floor and read.kinds[at] == _WORD and read.texts[at].islower():
        if read.lowers[at] in _DEFINITE_DE:
            break
        at -= 1
    return (
        at >= 0
        and read.kinds[at] == _WORD
        and read.lowers[at] in _DEFINITE_DE
        # (sei der „Anfang vom Ende“, habe die „Kontrolle verloren“: what the
        # reported verb says, not a name)
        and not (at > 0 and read.lowers[at - 1] in data.REPORTED_SPEECH_DE)
    )


def _utterance(inside: str) -> bool:
    """A quoted segment that reads as speech: a sentence, or five words or more."""
    size = len(inside.split())
    return size > _TERM_MAX_WORDS or (
        size >= 2 and inside.rstrip("\u201c\u201d\"'\u00bb")[-1:] in _SENTENCE_END
    )


def _whole_sentence(read: _Read, quote: int) -> bool:
    """Whether the quote token *quote* is a sentence of its own whose full stop
    the copy sets after the closing mark (``"Non ci fermeremo qui".``,
    ``«No vamos a parar».``): it opens its sentence with a capital, runs two
    words or more, and the stop follows it at once."""
    inside = read.texts[quote]
    return (
        read.sentence[quote] == quote
        and inside[:1].isupper()
        and len(inside.split()) >= 2
        and quote + 1 < len(read)
        and read.texts[quote + 1] in _SENTENCE_END
    )


def _quotes_only(read: _Read) -> bool:
    return bool(read.owners) and all(kind != _WORD for kind in read.kinds)


def _goes_on(read: _Read, carried: _Said) -> bool:
    """Whether a paragraph of prose goes on with the speaker of *carried*.

    It opens with a singular pronoun of no other gender (``Er verwies auf
    ...``, ``Elle a rappelé ...``) or with the speaker's surname.
    """
    phrase = _phrase(read, read.skip(0, len(read)), len(read))
    spoke = carried.phrase
    if phrase is None or spoke is None:
        return False
    if phrase.pronoun:
        return phrase.gender not in (None, "plural") and spoke.gender in (None, phrase.gender)
    return (
        phrase.name is not None
        and spoke.name is not None
        and (spoke.name == phrase.name or spoke.name.endswith(" " + phrase.name))
    )


def _introduction(read: _Read) -> _Said | None:
    """``Der Minister erklärte:`` ending a paragraph: who speaks in the next one."""
    size = len(read)
    if not size or read.texts[-1] != ":":
        return None
    floor = read.sentence[size - 1]
    for at in range(size - 2, floor - 1, -1):
        if read.lowers[at] in read.lex.impersonal:
            said = _impersonal(read, at, size - 1)
            if said is not None:
                return said
        cue = _cue(read, at, size - 1)
        if cue is None:
            continue
        phrase = _subject(read, cue, floor, size - 1)
        return None if phrase is None else _Said(phrase, cue.text, "direct")
    return None


class _Person(NamedTuple):
    """Someone named in full, from the mention ``[position, stop)``."""

    name: str
    role: str | None
    gender: str | None
    position: int
    stop: int


#: A person's gender as known so far.
_GenderOf = Callable[[_Person], "str | None"]


#: Nouns that end the names of schools, churches, hospitals, stations, police
#: districts and stages (``Tved Skole``, ``Santa Maria Kirke``, ``Østjyllands
#: Politi``): such a name is no person's.
_PLACE_HEADS = frozenset(
    {"skole", "skola", "skule", "school", "schule", "kirke", "kirka", "kyrka", "kerk",
     "kirche", "sygehus", "sjukhus", "sykehus", "hospital", "station", "stasjon",
     "gymnasium", "gymnasiet", "universitet", "hallen", "stadion",
     # Københavns Politi, Gamle Scene, Malmö Opera: a police district, a stage, a house
     "politi", "polis", "scene", "scenen", "opera", "operaen", "teater", "teatret",
     "museum", "museet"}
)  # fmt: skip


def _people(read: _Read, people: list[_Person]) -> None:
    """Add the people *read* names in full (two name words or more) to *people*.

    A phrase is read where an article, a role or an honorific opens one, or
    where two name words follow each other.
    """
    at = 0
    size = len(read)
    lex = read.lex
    caps = read.caps
    start = len(people)
    while at < size and len(people) < _MAX_PEOPLE:
        low = read.lowers[at]
        if not (
            (caps[at] and at + 1 < size and (caps[at + 1] or read.role(at) is not None))
            # Saskia van Leeuwen: a surname's particle after the first name
            or (
                caps[at]
                and at + 2 < size
                and read.lowers[at + 1] in data.NAME_PARTICLES
                and (caps[at + 2] or read.lowers[at + 2] in data.NAME_PARTICLES)
            )
            or low in lex.honorifics
            or (low in lex.determiners and at + 2 < size and (caps[at + 1] or caps[at + 2]))
            or (low in lex.determiners and at + 1 < size and read.role(at + 1) is not None)
            or (lex.code != "de" and low in lex.roles)
            # Fiskeri- og havminister Kari Dahl: a compound role in lower case
            or (lex.code in _NORDIC and not caps[at] and read.role(at) is not None)
        ):
            at += 1
            continue
        phrase = _phrase(read, at, size)
        if phrase is None:
            at += 1
            continue
        if (
            phrase.name is not None
            and (
                " " in phrase.name
                # Papa Francesco, el rey Felipe: a pope or monarch by one name
                or (phrase.role is not None and phrase.role.lower() in data.REGNAL_ROLES)
                # Torschütze Lindqvist: someone by role and surname, named no fuller
                or _role_and_surname(read, phrase)
            )
            and phrase.name.split(None, 1)[0].lower() not in data.NAME_PARTICLES
            and not phrase.name.startswith("The ")  # (la revue The Lancet: a title)
            and not any(p.name.endswith(" " + phrase.name) for p in people[-_NAMED_REACH:])
            and not phrase.name.isupper()
            # la station SNSM de Boulogne: an acronym opens a body's name, no one's
            and not (phrase.role is None and _acronym_opens(phrase.name))
            and not (phrase.first > 0 and read.texts[phrase.first - 1] == "(")
            and not (
                phrase.role is None
                and phrase.name.rsplit(None, 1)[-1].lower() in _PLACE_HEADS
                and _first_name_gender(phrase.name.split(None, 1)[0]) is None
            )  # Tved Skole, Nørre Kirke: a place named like a person
            and not (
                lex.code == "de"
                and phrase.role is None
                and phrase.first > 0
                and (
                    read.lowers[phrase.first - 1] in _GERMAN_NOUN_OPENERS
                    # Der Heizungs- und Klimatechnikhersteller Wernholt: the second
                    # noun of a compound whose first is cut short, no first name
                    or (
                        phrase.first > 1
                        and read.lowers[phrase.first - 1] in _GERMAN_OR_AND
                        and read.texts[phrase.first - 2] == "-"
                    )
                )
            )
            and not (phrase.role is None and _after_place_words(read, phrase.first))
            # São Paulo, San Sebastián, Saint-Étienne: a saint's town, no one
            and phrase.name.split(None, 1)[0].lower() not in _SAINTS
            # Hospital das Clínicas, Museo Reina Sofía: an institution, no one
            and not (phrase.role is None and phrase.name.split(None, 1)[0].lower() in _INSTITUTIONS)
            # FC Midtjylland, IF Elfsborg, AC Milan: a club, no one
            and not (phrase.role is None and _club(phrase.name))
            # Werkgeversorganisatie Voka, Vakbond ACV: a body's noun and its name
            and not (phrase.role is None and _dutch_body_noun(lex, phrase.name))
            # Hunderte Freiwillige, Tausende Menschen: a count, no one
            and phrase.name.split(None, 1)[0].lower() not in _COUNT_WORDS
        ):
            # (M. Le Maire, von der Leyen, Miranda Sarmento: a surname, not a full
            # name; BUENOS AIRES, (Agência Brasil): a dateline's place, a credit)
            people.append(
                _Person(phrase.name, phrase.role, phrase.gender, phrase.start, phrase.stop)
            )
        at = phrase.end
    _lone_first_names(read, people, start)


def _acronym_opens(name: str) -> bool:
    """Whether the first word of *name* is an acronym (``SNSM de Boulogne``)."""
    head = name.split(None, 1)[0]
    return len(head) > 1 and head.isalpha() and head.isupper()


#: *And* and *or* between two German compounds, the first cut short (``Heizungs- und
#: Klimatechnikhersteller``).
_GERMAN_OR_AND = frozenset({"und", "oder", "sowie"})


#: Nouns of a count that open a capitalised run in German (``Hunderte Freiwillige``,
#: ``Tausende Menschen``) and Dutch copy: the run is a crowd, not a person's name.
_COUNT_WORDS = frozenset(
    {"hunderte", "tausende", "dutzende", "zehntausende", "hunderttausende", "abertausende",
     "honderden", "duizenden", "tientallen", "tienduizenden"}
)  # fmt: skip

#: The fewest letters of a Dutch body's noun read as the end of a compound
#: (``vakbond``, ``werkgeversorganisatie``; not ``om`` in ``Tom``).
_NL_BODY_TAIL = 4


def _dutch_body_noun(lex: _Lexicon, name: str) -> bool:
    """Whether the first word of Dutch *name* is a body's noun, alone or as the end
    of a compound (``Werkgeversorganisatie Voka``, ``Vakbond ACV``), not a first name.

    >>> from newsstruct._speakers_intl import _LEXICA, _dutch_body_noun
    >>> [_dutch_body_noun(_LEXICA["nl"], n) for n in ("Vakbond ACV", "Tom Bond", "Jan Raad")]
    [True, False, False]
    """
    if lex.code != "nl":
        return False
    first = name.split(None, 1)[0].lower()
    if _first_name_gender(first) is not None:
        return False
    nouns = data.ORGANISATION_NOUNS["nl"]
    return any(
        first.endswith(noun) and len(noun) >= _NL_BODY_TAIL and len(first) > len(noun)
        for noun in nouns
    ) or (first in nouns and len(first) >= _NL_BODY_TAIL and first != "raad")


def _role_and_surname(read: _Read, phrase: _Phrase) -> bool:
    """Whether *phrase* is a role right before one capitalised word that is no
    known first name (``Torschütze Lindqvist``, ``Trainer Sailer``): a player or
    an official named by surname, whom an epithet or a pronoun after may stand for."""
    name = phrase.name
    return (
        name is not None
        and phrase.role is not None
        and not phrase.given
        and not phrase.body
        and name.isalpha()
        and name[:1].isupper()
        and not name.isupper()
        and _first_name_gender(name) is None
        and name.lower() not in read.surnames  # (Matchwinner Reinholz: named before)
        and read.lowers[phrase.first] not in read.lex.honorifics
        # (a dona de casa Francisca: Romance copy names so by first name)
        and not (read.lex.code in _ROMANCE and read.lowers[phrase.first] in read.lex.determiners)
    )


def _roles_met(read: _Read, people: list[_Person], start: int, roles: set[str]) -> None:
    """Add to *roles* the lower-case one-word roles that the people of *people*
    from index *start* (this paragraph's) were introduced with: their role, or
    the lower-case noun between an article and their name (``o crítico André
    Bastos``, ``de criticus Joost Bakker``)."""
    for person in people[start:]:
        role = person.role
        if role is None:
            at = bisect_left(read.starts, person.position)
            if (
                2 <= at < len(read)
                and read.starts[at] == person.position
                and read.kinds[at - 1] == _WORD
                and read.lowers[at - 2] in read.lex.determiners
            ):
                role = read.texts[at - 1]
        if role is not None and role.isalpha() and role.islower():
            roles.add(role)


def _club(name: str) -> bool:
    """Whether *name* opens with a club's letters and names no one by a known
    first name (``FC Midtjylland``, ``IF Elfsborg``, ``SK Brann``, ``AC Milan``).

    >>> from newsstruct._speakers_intl import _club
    >>> _club("FC Midtjylland"), _club("IF Elfsborg"), _club("Jonas Lykke"), _club("JJ Anna Berg")
    (True, True, False, False)
    """
    words = name.split()
    return (
        len(words) > 1
        and _CLUB_LETTERS[0] <= len(words[0]) <= _CLUB_LETTERS[1]
        and words[0].isupper()
        and words[0].isalpha()
        and not any(_first_name_gender(word) for word in words[1:])
    )


#: How many capitals a club's letters have (``FC``, ``AIK``).
_CLUB_LETTERS = (2, 3)


def _lone_first_names(read: _Read, people: list[_Person], start: int) -> None:
    """Add to *people* (from index *start*, this paragraph's) the known first names
    that stand alone as a subject (``À Orly, Claire et son mari attendaient``:
    after a comma or opening a sentence, before a word in lower case), in text
    order: human-interest copy names some people so, and a pronoun in their
    paragraph stands for them (:meth:`_Resolver.local`).  A first name of
    someone named in full before is theirs, not someone new."""
    texts, lowers, kinds = read.texts, read.lowers, read.kinds
    found: list[_Person] = []
    for at in range(len(texts) - 1):
        low = lowers[at]
        if (
            (low in _MALE_NAMES or low in _FEMALE_NAMES)
            and read.caps[at]
            and (at == read.sentence[at] or texts[at - 1] == ",")
            and kinds[at + 1] == _WORD
            and texts[at + 1].islower()
            and not any(p.name.split(None, 1)[0] == texts[at] for p in people[-_NAMED_REACH:])
        ) or (
            # Giuseppina, 82 anni; Ihr Nachbar Beat, 45; de 76-jarige Jozef
            _aged_first_name(read, at)
            and not any(texts[at] in p.name.split() for p in people[-_NAMED_REACH:])
        ):
            gender = "male" if low in _MALE_NAMES and low not in _FEMALE_NAMES else None
            gender = "female" if low in _FEMALE_NAMES and low not in _MALE_NAMES else gender
            found.append(_Person(texts[at], None, gender, read.starts[at], read.ends[at]))
        else:
            end = _initials(read, at)
            if end > at:
                # De verdachte, die alleen bij zijn initialen R.K. wordt genoemd
                name = "".join(texts[at:end])  # (the initials stand with no space apart)
                found.append(_Person(name, None, None, read.starts[at], read.ends[end - 1]))
    if found:
        people[start:] = sorted([*people[start:], *found], key=lambda person: person.position)


#: How many initials (``R.``, ``K.``) may name someone.
_MOST_INITIALS = 3


def _initials(read: _Read, at: int) -> int:
    """The end of the initials that name someone from token *at* (``initialen R.K.``,
    ``le prévenu J.D.``): two or three capital letters, each with its full stop and
    none apart, after a word for initials or a noun after an article (court copy
    names the accused so); else *at*."""
    texts = read.texts
    if at < 2 or not _initial(texts[at]) or read.kinds[at - 1] != _WORD:
        return at
    end = at + 1
    while (
        end < len(texts)
        and end - at < _MOST_INITIALS
        and _initial(texts[end])
        and read.starts[end] == read.ends[end - 1]
    ):
        end += 1
    if end - at < 2 or (
        end < len(texts) and read.starts[end] == read.ends[end - 1] and read.kinds[end] == _WORD
    ):
        return at
    before = read.lowers[at - 1]
    if before in data.INITIALS_NOUNS or (
        texts[at - 1].islower() and read.lowers[at - 2] in read.lex.determiners
    ):
        return end
    return at


def _initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


#: The words for years after an age (``Giuseppina, 82 anni``, ``Francisca, 52 anos``).
_AGE_UNITS = frozenset({"anni", "anos", "años", "ans", "jaar", "jahre", "år"})


def _age_adjective(low: str) -> bool:
    """Whether lower-case word *low* is an age written as an adjective
    (``76-jarige``, ``76-jährige``, ``76-jähriger``)."""
    number, dash, rest = low.partition("-")
    return bool(dash) and number.isdigit() and rest in _AGE_ENDINGS


#: What follows the number and its hyphen in an age adjective.
_AGE_ENDINGS = frozenset({"jarige", "jährige", "jähriger", "jährigen"})


#: The ends of German nouns of people and things (``Rentner``, ``Patientin``,
#: ``Angeklagte``, ``Familienvater``): a capitalised German word after an age
#: adjective that ends so is a noun, not a first name.
_GERMAN_NOUN_ENDS = (
    "er", "in", "e", "te", "ling", "ung", "mann", "frau", "kind", "sohn", "ter", "ner",
    "ist", "ent", "ant", "ör", "eur", "chef", "opa", "oma",
)  # fmt: skip


def _unlisted_first_name(read: _Read, at: int) -> bool:
    """Whether the capitalised German word *at*, after an age adjective (``der
    76-jährige Marcel``), is a first name though no list holds it: one that is
    no role or body and ends as no noun does.  (Dutch nouns are in lower case:
    a capitalised word after ``de 68-jarige`` is read as a name already.)"""
    lex, low = read.lex, read.lowers[at]
    if lex.code != "de" or low in lex.roles or low in lex.organisations or len(low) < 3:
        return False
    return not low.endswith(_GERMAN_NOUN_ENDS) and _compound_role(low) is None


def _aged_first_name(read: _Read, at: int) -> bool:
    """Whether the word *at* is a first name set off by the age of the one it
    names (``Giuseppina, 82 anni, portata via``, ``Ihr Nachbar Beat, 45,``,
    ``Zijn buurvrouw Els, 41, had``): one capitalised word, no name word before
    it, then a comma, a number of one to three digits and a comma or a word
    for years.  Human-interest copy names residents, witnesses and victims so,
    by first name and age."""
    texts = read.texts
    if (
        at > 0
        and at + 1 < len(texts)
        and _age_adjective(read.lowers[at - 1])
        and read.caps[at]
        and texts[at].isalpha()
        and (
            read.lowers[at] in _MALE_NAMES
            or read.lowers[at] in _FEMALE_NAMES
            or _unlisted_first_name(read, at)
        )
        and not read.caps[at + 1]
    ):
        return True  # de 76-jarige Jozef, die 71-jährige Anna: a first name and an age
    # (Javier, de 17 años: the age after ``de``, ``di``, ``da``, with its unit;
    # Ahmed, un Soudanais de 22 ans: after an indefinite article and a noun too)
    of = 1 if at + 2 < len(texts) and read.lowers[at + 2] in _AGE_OF else 0
    if (
        not of
        and at + 7 < len(texts)
        and read.lowers[at + 2] in data.INDEFINITE_ARTICLES
        and read.kinds[at + 3] == _WORD
        and read.lowers[at + 4] in _AGE_OF
        and texts[at + 5].isdigit()
        and read.lowers[at + 6] in _AGE_UNITS
    ):
        of = 3
    if not (
        at + 3 + of < len(texts)
        and read.caps[at]
        and texts[at].isalpha()
        and len(texts[at]) > 1
        and not texts[at].isupper()
        and texts[at + 1] == ","
        and texts[at + 2 + of].isdigit()
        and len(texts[at + 2 + of]) <= 3
        and ((texts[at + 3 + of] == "," and not of) or read.lowers[at + 3 + of] in _AGE_UNITS)
    ):
        return False
    if at == 0 or at == read.sentence[at]:
        return True
    before = texts[at - 1]
    # (Anna Zenhäusern, 71: a surname after a first name is no one new)
    return (
        before == ","
        or (read.kinds[at - 1] == _WORD and not read.name_word(at - 1))
        # Ihr Nachbar Beat, 45: a German noun after its article or possessive
        or (
            read.lex.code == "de"
            and at >= 2
            and read.lowers[at - 2] in read.lex.determiners
            and read.lowers[at - 1] not in _MALE_NAMES
            and read.lowers[at - 1] not in _FEMALE_NAMES
        )
    )


#: The word for ``of`` before an age (``Javier, de 17 años``, ``Lucia, di 82 anni``).
_AGE_OF = frozenset({"de", "di", "da"})

#: Prepositions of place: a name right after one is a place's (``en Santiago de
#: Compostela``, ``in San Marino``, ``em São José dos Campos``).
_PLACE_PREPOSITIONS = {
    "es": frozenset({"en", "desde", "hasta", "hacia"}),
    "fr": frozenset({"à", "en", "depuis", "vers"}),
    "it": frozenset({"a", "in", "da", "verso"}),
    "pt": frozenset({"em", "até", "desde", "para"}),
    "de": frozenset({"in", "nach", "aus"}),
    "nl": frozenset({"in", "naar", "uit"}),
}
#: Nouns for places, and the word for ``of`` after them: a name after both is the
#: place's (``en su casa de Santiago de Compostela``, ``il comune di San Lazzaro``,
#: ``la ville de Saint-Denis``, ``a cidade de São Paulo``).
_PLACE_NOUNS = frozenset(
    {"casa", "ciudad", "pueblo", "localidad", "municipio", "barrio", "provincia",
     "città", "paese", "comune", "quartiere", "cidade", "vila", "bairro",
     "concelho", "município", "ville", "village", "commune", "quartier", "région"}
)  # fmt: skip
_PLACE_OF = frozenset({"de", "di", "da", "do", "d'"})
#: The words for a saint that open the names of towns (``São Paulo``, ``San
#: Sebastián``, ``Santa Cruz``, ``Sankt Gallen``, ``Sint Niklaas``).
_SAINTS = frozenset({"são", "san", "santa", "saint", "sainte", "sankt", "sint"})
#: Nouns that open the names of institutions and buildings (``Hospital das
#: Clínicas``, ``Universidad Carlos III``, ``Teatro Massimo``, ``Museu Nacional``).
_INSTITUTIONS = frozenset(
    {"hospital", "hôpital", "ospedale", "clínica", "clinica", "clinique", "universidade",
     "universidad", "université", "università", "universität", "universiteit", "instituto",
     "institut", "istituto", "museu", "museo", "musée", "museum", "teatro", "théâtre",
     "theater", "estádio", "estadio", "stade", "stadio", "stadion", "colégio", "colegio",
     "collège", "liceo", "liceu", "lycée", "escola", "escuela", "école", "scuola", "palácio",
     "palacio", "palais", "palazzo", "igreja", "iglesia", "église", "chiesa", "hotel",
     "hôtel", "albergo", "banco", "banque", "fundação", "fundación", "fondation",
     "fondazione", "stichting", "centre", "centro", "zentrum", "centrum",
     # festivals and shows (la Mostra di Venezia, el Festival de San Sebastián)
     "mostra", "festival", "biennale", "bienal", "salone", "salón", "salon"}
)  # fmt: skip


#: The preposition of where a role is held (``en la Comunitat Valenciana``).
_HELD_IN = {"es": "en", "fr": "en", "it": "in", "pt": "em", "de": "in", "nl": "in"}


def _where_held(read: _Read, at: int, limit: int) -> int:
    """The comma after a place where a role is held, at token *at* after the role
    (``en la Comunitat Valenciana, Beatriz Romero``), when a name is set off after
    it; else *at*."""
    held = _HELD_IN.get(read.lex.code)
    if held is None or read.lowers[at] != held:
        return at
    k = at + 1
    if read.lowers[k] in read.lex.determiners:
        k += 1
    start = k
    while k < limit and k - start < _PLACE_WORDS and read.caps[k]:
        k += 1
        if k + 1 < limit and read.lowers[k] in _PLACE_AND and read.caps[k + 1]:
            k += 1  # en Castilla y León: a place of two names
    if (
        k == start
        and start > at + 1
        and k < limit
        and read.kinds[k] == _WORD
        and read.texts[k].islower()
        and read.lowers[k] not in read.lex.function_words
    ):
        k += 1  # la secretaria general de CCOO en la empresa, Marta Vidal: one noun
    if k == start or k + 1 >= limit or read.texts[k] != ",":
        return at
    return k if _name_set_off(read, k + 1, limit) is not None else at


#: The most capitalised words of a place where a role is held.
_PLACE_WORDS = 3
#: *And* between the two names of one place (``Castilla y León``, ``Friuli e Venezia Giulia``).
_PLACE_AND = frozenset({"y", "e", "et"})


def _after_place_words(read: _Read, first: int) -> bool:
    """Whether the name from token *first* follows a preposition of place (``en
    Santiago de Compostela``) or a noun for a place and its ``of`` (``en su casa
    de Santiago de Compostela``): a place named like a person, no one."""
    if first == 0:
        return False
    before = read.lowers[first - 1]
    if before in _PLACE_PREPOSITIONS.get(read.lex.code, ()):
        return True
    return before in _PLACE_OF and first >= 2 and read.lowers[first - 2] in _PLACE_NOUNS


#: German words after which capitalised words are nouns, not a name (``im Herbst
#: Opfer eines Einbruchs``): articles, and prepositions with the article in them.
_GERMAN_NOUN_OPENERS = frozenset(
    {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einen", "einem", "einer",
     "eines", "im", "am", "vom", "zum", "zur", "beim", "ins", "ans", "aufs", "kein",
     "keine", "keinen", "keinem", "keiner"}
)  # fmt: skip
#: A dialogue line's aside: white space, a dash, a lower-case word (``—dijo``,
#: or with a space after the dash: ``— dijo``).
_DIALOGUE_ASIDE = regex.compile(r"\s\u2014[ \u00a0]?+(?=\p{Ll})")
#: A new turn of dialogue inside a paragraph: a dash before a capital (``—Sí``,
#: ``— Sí``).
_DIALOGUE_TURN = regex.compile(r"\s\u2014[ \u00a0]?+(?=[\p{Lu}¿¡])")
#: What may follow an aside's closing dash before the speech goes on (``—, pero``).
_DIALOGUE_RESUME = regex.compile(r"\u2014[,.;:]?+\s++(?=[\p{L}¿¡])")
#: Languages whose news copy sets speech off with a dialogue dash.
_DIALOGUE_LANGUAGES = frozenset({"es"})


def dialogue_segments(
    text: str,
    paragraphs: Sequence[Paragraph],
    segments: Sequence[Sequence[Segment]],
    language: str,
) -> list[list[Segment]]:
    """*segments* with the lines of dialogue of a Spanish text added.

    ``—No hay nada que negociar —dijo Feijóo—, y no lo habrá.``: a paragraph
    that opens with a dash and holds no quotation marks is speech up to a
    dash before a reporting verb (the aside, read as the quote's cue), and
    from the dash that closes the aside on.  A paragraph whose first aside
    opens with no cue (``—Primero, los datos —una lista—``) is not read.
    """
    from newsstruct._quotes import Segment  # (the record lives with the quotes)

    result = [list(part) for part in segments]
    if language in _NORDIC or language == "fr":
        return _dash_segments(text, paragraphs, result, language)
    if language == "it":
        return _dash_segments(text, paragraphs, result, language, pattern=_DASH_CUE_IT)
    if language in _INTERVIEW_DASH_LANGUAGES:
        _interview_answers(text, paragraphs, result)
    if language == "pt":
        return _dash_segments(text, paragraphs, result, language, pattern=_DASH_CUE_PT.compiled())
    if language not in _DIALOGUE_LANGUAGES:
        return result
    cues = _CUE_WORDS[language] | data.AUXILIARIES[language]
    for index, paragraph in enumerate(paragraphs):
        lo, hi = paragraph.span.start, paragraph.span.end
        # (— No vamos a rendirnos — dijo: the dashes may have a space after them)
        opens = lo + 2 if text[lo + 1 : lo + 2] in (" ", "\u00a0") else lo + 1
        if result[index] or hi - lo < 4 or text[lo] != "\u2014" or not _speech_opens(text[opens]):
            continue
        aside = _DIALOGUE_ASIDE.search(text, lo + 1, hi)
        if aside is None or (aside.end() - aside.start() > 2) != (opens > lo + 1):
            continue  # (— Medidas ... —dijo: a dialogue writes all its dashes alike)
        word = _TOKEN_SPLIT.search(text, aside.end(), hi)
        if word is not None and word.group().lower() in data.CUE_CLITICS[language]:
            word = _TOKEN_SPLIT.search(text, word.end(), hi)  # —le preguntaron
        if word is None or word.group().lower() not in cues:
            continue
        start, dash = opens, lo
        for turn in _DIALOGUE_TURN.finditer(text, lo + 1, aside.start()):
            start, dash = turn.end(), turn.start() + 1  # —¿Habrá más? —Sí, ... —responde
        end = aside.start()
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            continue
        found = [Segment(start, end, dash, end, index, True)]
        resume = _DIALOGUE_RESUME.search(text, aside.end(), hi)
        if resume is not None:
            start, stop = resume.end(), hi
            while stop > start and text[stop - 1].isspace():
                stop -= 1
            if stop > start:
                found.append(Segment(start, stop, resume.start(), stop, index, True))
        result[index] = found
    return result


#: Languages whose interviews set the questions and answers off with a dash.
_INTERVIEW_DASH_LANGUAGES = frozenset({"es", "pt"})
#: A dash that opens a paragraph of an interview, and the space after it.
_INTERVIEW_DASH = LazyPattern(r"[\u2014\u2013][ \t\u00a0]*+(?=[\p{L}\p{N}¿¡])")


def _interview_answers(
    text: str, paragraphs: Sequence[Paragraph], result: list[list[Segment]]
) -> None:
    """Add to *result* the answers of a Spanish or Portuguese interview set off
    with dashes: a dash-led paragraph with no marks right after a dash-led
    paragraph of prose that ends with a question mark (``—¿Qué piensa del
    acuerdo?`` / ``—Es un buen primer paso.``, ``— O que pensa do acordo?`` /
    ``— É um bom primeiro passo.``) is speech in full, and the question, left as
    prose, makes it the answer of the one asked (:func:`_question`).  A paragraph
    that is itself a question, or holds an aside with a cue, is left to the rest."""
    from newsstruct._quotes import Segment  # (the record lives with the quotes)

    asked = False  # whether the paragraph before was a dash-led question
    for index, paragraph in enumerate(paragraphs):
        lo, hi = paragraph.span.start, paragraph.span.end
        stop = _trimmed_end(text, lo, hi)
        dash = None if result[index] else _INTERVIEW_DASH.match(text, lo, stop)
        if dash is None:
            asked = False
            continue
        question = text[stop - 1 : stop] == "?"
        if asked and not question and _DIALOGUE_ASIDE.search(text, dash.end(), stop) is None:
            result[index] = [Segment(dash.end(), stop, lo, stop, index, True)]
        asked = question


#: A Swedish, Norwegian or Danish paragraph of speech: a dash and a space open it.
_DASH_OPENING = regex.compile(r"[\u2013\u2014-][ \t\u00a0]++(?=[\p{L}\p{N}\u2026])")
#: Where the speech of a dash-led paragraph may stop before its cue: a comma (left
#: out), a question or exclamation mark (kept), or a full stop before ``Det`` (kept).
_DASH_CUE = regex.compile(
    r"(?:,|(?<=[!?\u2026])|(?<=\.)[ \t]++[Dd]et)[ \t]++"
    r"(?:(?P<aux>a|ont|avait)[ \t]++)?+(?P<cue>\p{Ll}++)\b"
    r"(?:[ \t]++(?P<who>\p{L}++))?+"
)
#: Words after a cue that name no one it reports (``Det mener vi``, ``tror jeg``).
_DASH_NO_SUBJECT = frozenset(
    {"vi", "jeg", "jag", "du", "ni", "dere", "i", "man", "det", "den", "der", "at", "att"}
)
#: The end of the sentence of a dash-led paragraph's cue: speech goes on after it.
#: The cue of an Italian dash-led paragraph, set off by a dash of its own after
#: a comma, a question or exclamation mark or a word (``— Impossibile — risponde.``,
#: ``— E il trasferimento? — gli chiediamo.``), whom it was said to before it.
_DASH_CUE_IT = regex.compile(
    r"(?:,|(?<=[!?\u2026])|(?<=\p{L}))[ \t]++[\u2013\u2014][ \t]++"
    r"(?:(?:gli|le|mi|ci|ti|vi)[ \t]++)?+(?:(?P<aux>ha|hanno|aveva)[ \t]++)?+"
    r"(?P<cue>\p{Ll}++)\b"
    r"(?:[ \t]++(?P<who>\p{L}++))?+"
)
#: The cue of a Portuguese dash-led paragraph, after a comma or set off by a dash
#: of its own (``— Não vamos desistir — disse o ministro.``, ``— Não, disse ela.``).
_DASH_CUE_PT = LazyPattern(
    r"(?:,[ \t]++|(?<=[!?\u2026\p{L}])[ \t]++[\u2013\u2014][ \t]++)"
    r"(?:(?:lhe|lhes|me|nos|te)[ \t]++)?+(?:(?P<aux>tem|tinha)[ \t]++)?+"
    r"(?P<cue>\p{Ll}++)\b"
    r"(?:[ \t]++(?P<who>\p{L}++))?+"
)
_DASH_RESUME = regex.compile(r"[.!?\u2026][ \t]++(?:[\u2013\u2014-][ \t]++)?+(?=[\p{Lu}\p{N}])")


def _dash_segments(
    text: str,
    paragraphs: Sequence[Paragraph],
    result: list[list[Segment]],
    language: str,
    cues: frozenset[str] | None = None,
    pattern: regex.Pattern[str] = _DASH_CUE,
) -> list[list[Segment]]:
    """*result* with the dash-led paragraphs of speech of a Swedish, Norwegian or
    Danish text added (:func:`dialogue_segments`).

    ``– Vi er glade, sier hun. Nå venter vi.``: a paragraph that opens with a
    dash and a space and holds no quotation marks is speech up to a comma, a
    question or exclamation mark before a reporting verb (or a full stop before
    ``Det`` and one: ``– ... Det siger Jesper Holm.``), and again after the end
    of that cue's sentence, up to the next such cue (``– Ja, sier han. – Nei,
    sier hun.``).  With no cue, it is speech in full after such a
    paragraph (the speaker goes on), after one that ends with a colon, or
    before one that opens with ``Det`` and a cue (``Det siger formanden til
    DR.``); else it is not read (a list).  *cues* and the *pattern* that finds
    them are those of a language read as English (:func:`dash_segments_other`).
    """
    from newsstruct._quotes import Segment  # (the record lives with the quotes)

    if cues is None:
        cues = _CUE_WORDS[language]
    spoken = False  # whether the paragraph before was speech
    for index, paragraph in enumerate(paragraphs):
        lo, hi = paragraph.span.start, paragraph.span.end
        # (– ..., säger Karl Berg till ”Aftonbladet”: marks round a listener's title only)
        titles = bool(result[index]) and _listener_titles(text, result[index], lo, language)
        opening = None if result[index] and not titles else _DASH_OPENING.match(text, lo, hi)
        if opening is not None and language in ("fr", "it") and text[lo] == "-":
            opening = None  # (a French list's hyphen; its speech opens with a long dash)
        if opening is None:
            spoken = False
            continue
        start = opening.end()
        found: list[Segment] = []
        pos, open_at = start, lo  # where the speech goes on, and its dash
        for cue in pattern.finditer(text, start, hi):
            said = cue.group("cue")
            if (
                cue.start() < pos
                or (
                    said not in cues
                    # — ..., a répondu le syndicaliste; — ... — ha urlato Luca
                    and not (
                        cue.groupdict().get("aux")
                        and said in data.PARTICIPLES.get(language, frozenset())
                    )
                )
                or (cue.group("who") or "") in _DASH_NO_SUBJECT
            ):
                continue
            end = _trimmed_end(text, pos, cue.start())
            if end <= pos:
                break
            found.append(Segment(pos, end, open_at, end, index, True))
            resume = _DASH_RESUME.search(text, cue.end("cue"), hi)
            if resume is None:
                pos = hi
                break
            pos, open_at = resume.end(), resume.start() + 1
        if found:
            stop = _trimmed_end(text, pos, hi)
            if stop > pos:  # – ..., sier hun. Nå venter vi.: the speech goes on
                found.append(Segment(pos, stop, open_at, stop, index, True))
        else:
            before = text[paragraphs[index - 1].span.start : lo].rstrip() if index else ""
            if (
                spoken
                or before.endswith(":")
                or _opens_with_resumed_cue(text, paragraphs, index + 1, cues)
            ):
                stop = _trimmed_end(text, start, hi)
                if stop > start:
                    found.append(Segment(start, stop, lo, stop, index, True))
        if found or not titles:
            result[index] = found
        spoken = bool(found)
    return result


#: The most words of a title in quotation marks (``”Dagens Nyheter”``).
_TITLE_WORDS = 4


def _listener_titles(text: str, segments: Sequence[Segment], lo: int, language: str) -> bool:
    """Whether every quoted segment of the paragraph at *lo* is a title a
    listener's preposition introduces, itself or before one noun (``till
    ”Aftonbladet”``, ``til avisen «Dagbladet»``, ``au « Monde »``): a few words,
    the first capitalised, no sentence's punctuation; such marks hold no speech."""
    lex = _LEXICA.get(language)
    if lex is None:
        return False
    for segment in segments:
        inside = text[segment.start : segment.end]
        words = inside.split()
        if (
            not words
            or len(words) > _TITLE_WORDS
            or not inside[:1].isupper()
            or any(mark in inside for mark in ".,;:!?\u2026")
        ):
            return False
        before = text[max(lo, segment.open_start - 40) : segment.open_start].lower().split()[-2:]
        if not any(word in lex.listener_prepositions for word in before):
            return False
    return True


#: The cue of a Finnish or Estonian dash-led paragraph, after the speaker's name
#: (and a role word before it) or before it (``– ..., sanoo Liisa Korhonen.``,
#: ``– ..., Korhonen sanoo.``, ``– ..., kansanedustaja Mikko Lehtonen sanoi.``).
_DASH_CUE_OTHER = regex.compile(
    r"(?:,|(?<=[!?\u2026]))[ \t]++"
    r"(?:(?:\p{Ll}++[ \t]++)?+(?:\p{Lu}[\p{L}-]*+[ \t]++){1,3})?(?P<cue>\p{Ll}++)\b"
    r"(?:[ \t]++(?P<who>\p{L}++))?+"
)
#: The languages read as English whose speech opens a paragraph with a dash.
_DASH_OTHER = frozenset({"fi", "et"})


def dash_segments_other(
    text: str, paragraphs: Sequence[Paragraph], segments: Sequence[Sequence[Segment]], language: str
) -> Sequence[Sequence[Segment]]:
    """*segments* with the dash-led paragraphs of speech of a Finnish or Estonian
    text added, read as those of Swedish (:func:`_dash_segments`) with their
    own reporting verbs (``– Tämä on hyvä päivä, sanoo Liisa Korhonen.``)."""
    if language not in _DASH_OTHER:
        return segments
    cues = OTHER_LANGUAGE_CUES[language]
    return _dash_segments(
        text, paragraphs, [list(part) for part in segments], language, cues, _DASH_CUE_OTHER
    )


def _trimmed_end(text: str, start: int, end: int) -> int:
    """*end* moved back over white space, not before *start*."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _opens_with_resumed_cue(
    text: str, paragraphs: Sequence[Paragraph], index: int, cues: frozenset[str]
) -> bool:
    """Whether paragraph *index* opens with ``Det`` and a cue (``Det siger ...``)."""
    if index >= len(paragraphs):
        return False
    words = paragraphs[index].text[:40].split(None, 2)
    return len(words) > 2 and words[0] == "Det" and words[1] in cues


def _speech_opens(char: str) -> bool:
    return char.isalpha() or char in "¿¡"


def attribute_intl(
    text: str,
    paragraphs: Sequence[Paragraph],
    segments: Sequence[Sequence[Segment]],
    language: str,
) -> dict[int, Attribution]:
    """The attribution of every quoted segment of a *language* text (keyed by its start).

    Speakers are resolved (:func:`_resolve`).
    """
    lex = _LEXICA[language]
    last = next((i for i in range(len(segments) - 1, -1, -1) if segments[i]), -1)
    said: dict[int, _Said] = {}
    #: a pronoun's start -> the unnamed speaker it goes on with (:func:`_unnamed_before`)
    stands_for: dict[int, _Phrase] = {}
    #: an epithet's start -> the epithet that opens the sentence before (:func:`_epithet_before`)
    epithets: dict[int, _Phrase] = {}
    #: a quote's start -> the body a dropped subject stands for when no one was
    #: named or heard before it (:func:`_body_subject_before`)
    bodies: dict[int, _Phrase] = {}
    #: a quote's start -> the subject of the last cue of the paragraph right
    #: before, when its dropped subject opens the paragraph (:func:`_resolve`)
    prose_subjects: dict[int, _Phrase] = {}
    people: list[_Person] = []
    roles_met: set[str] = set()  # (:attr:`_Read.introduced`)
    surnames: set[str] = set()  # (:attr:`_Read.surnames`)
    carried: _Said | None = None
    bridged = False  # whether *carried* was kept across a paragraph of prose
    asked = False  # whether the paragraph before was an interviewer's question alone
    #: whom the question in the paragraph before was put to (``—le preguntaron a Manzano``)
    addressed: _Phrase | None = None
    run_on: list[int] = []  # quotes of the paragraph before that run on into this one
    #: the capitalised titles of works quoted so far (:func:`_term`): quoted again
    #: with no cue right after them, they are no speech either
    titles: set[str] = set()
    #: whom a paragraph of prose said questions were put to (``stelde het ANP Bakker
    #: een paar vragen``): the one who answers the questions after it
    interviewee: _Phrase | None = None
    #: the unnamed person the paragraph of prose before opens with (:func:`_unnamed_opening`)
    unnamed_opening: _Phrase | None = None
    #: the paragraph read last, in a language that drops subjects, and whether it
    #: was one of prose naming no one: the role alone it opens with
    #: (:func:`_role_subject`) and the subject of its last sentence's cue
    #: (:func:`_prose_subject`) are whom a dropped subject opening the next
    #: paragraph stands for (read only when one does)
    last_read: _Read | None = None
    last_unnamed = False
    for index in range(last + 1):
        paragraph = paragraphs[index]
        segs = segments[index]
        if len(segs) > _MAX_QUOTES:
            carried, run_on, last_read = None, [], None
            continue  # a list of quotes: not prose, not read
        read = _Read(text, paragraph.span.start, paragraph.span.end, segs, lex)
        named_before = len(people)
        read.surnames = surnames  # (those named before: Matchwinner Reinholz)
        _people(read, people)
        _roles_met(read, people, named_before, roles_met)
        read.introduced = roles_met
        for person in people[named_before:]:
            words = person.name.lower().split()
            surnames.update(" ".join(words[cut:]) for cut in range(1, len(words)))
        read.surnames = surnames
        if not segs:
            run_on, addressed = [], None
            unnamed_opening = _unnamed_opening(read) if len(people) == named_before else None
            if unnamed_opening is not None and _role_held(read, unnamed_opening, people):
                unnamed_opening = None  # (Partiets ledare: the leader named before)
            asked = _question(read)
            interviewee = _interviewee(read) or interviewee
            if lex.code in _DROPPED_ROLE_LANGUAGES:
                last_read, last_unnamed = read, len(people) == named_before
            introduction = _introduction(read)
            if introduction is not None or bridged or len(people) > named_before:
                carried, bridged = introduction, False
            elif carried is not None and _goes_on(read, carried):
                bridged = True  # Er verwies auf ...: the speaker goes on
            else:
                carried = None
            continue
        bridged = False
        answer, asked = asked, False
        prose_opening, unnamed_opening = unnamed_opening, None  # (the paragraph right before)
        read_before, unnamed_before = last_read, last_unnamed  # (the paragraph right before)
        last_read = None
        found: list[_Said | None] = []
        names: set[int] = set()
        quote_at = [i for i, kind in enumerate(read.kinds) if kind == _QUOTE]
        for si, segment in enumerate(segs):
            at = quote_at[si]
            medium = _medium(read, at)  # In „de Volkskrant” schreef ...: no words said
            # (la gamme « Moreau Flex », a dit son directeur: a name after its noun,
            # even with a cue after it)
            product = not medium and _named(read, at)
            one = _incise(text, segment, lex) or (
                None if medium or product else _after(read, at, len(read))
            )
            if one is None and (medium or read.texts[at] in titles or _term(read, at)):
                if read.texts[at][:1].isupper():
                    titles.add(read.texts[at])  # (a title read once is one again later)
                if medium or _named(read, at):
                    names.add(si)  # (a long name too: no speaker is looked for later)
            elif one is None:
                one = (
                    _with_words(read, at)
                    or _verb_last(read, at)
                    or _before(read, at)
                    or _later(read, at)
                    or _resumed(read, at)
                )
                if one is None and lex.code == "de":
                    one = _reported_fragment(read, at)
            if one is not None and si and text[segment.open_start] == "\u2014":
                # —No cederé —afirmó Aguirre ante la prensa—, pero ...: a line of
                # dialogue goes on after the dash that closes its aside
                one = one._replace(kind="direct")
            found.append(one)
        if run_on and quote_at[0] == 0 and found[0] is not None and found[0].phrase is not _NOBODY:
            # „...\n\n„...“, sagte X: the quote that ran on is X's too
            for key in run_on:
                said[key] = _Said(found[0].phrase, found[0].cue, "direct")
        own = [one is not None for one in found]
        only = _quotes_only(read)
        if only and lex.code in _NORDIC and None in found and index + 1 < len(paragraphs):
            # – ...\n\nDet siger formand Henrik Dam til DR.: the next paragraph names them
            following = _resumed_after(
                text,
                paragraphs[index + 1],
                segments[index + 1] if index + 1 < len(segments) else (),
                lex,
            )
            if following is not None:
                found = [following if one is None else one for one in found]
        for si in range(len(segs)):
            if found[si] is not None or si in names:
                continue
            aside = _aside_subject(read, quote_at[si])
            if aside is not None:
                found[si] = aside  # Adif, por su parte, ha suspendido ... "..."
                continue
            if not _utterance(read.texts[quote_at[si]]) and not _whole_sentence(read, quote_at[si]):
                at = quote_at[si]
                if at > 1 and read.texts[at - 1] == ":" and _ends_sentence(read, at):
                    # a few words all the same after a colon that ends a name set
                    # off or a person's clause, the quote ending the sentence
                    # (``El técnico rival, Iñaki Etxeberria, no ocultó su enfado:
                    # «Hemos regalado el partido».``)
                    first = read.skip(read.sentence[at], at - 1)
                    colon = (
                        _set_off_name(read, first, at - 1)
                        or _colon_subject(read, at)
                        or _set_off_subject(read, first, at - 1)
                    )
                    if (
                        colon is not None
                        and colon.phrase is not None
                        and (colon.phrase.pronoun or _person(colon.phrase))
                    ):
                        found[si] = colon
                continue
            before = next((f for f in reversed(found[:si]) if f is not None), None)
            colon = _colon_subject(read, quote_at[si])
            introduced = _introduced(read, quote_at[si], before is None)
            topic = _topic_before(read, quote_at[si])
            if colon is not None:
                found[si] = colon
            elif topic is not None:
                found[si] = topic  # Thibault Aubry, lui, balaie les critiques. « ... »
            elif introduced is not None and (
                before is None
                or before.phrase is None
                or before.phrase.start != introduced.phrase.start  # type: ignore[union-attr]
            ):
                found[si] = introduced
            elif before is not None:
                found[si] = _Said(before.phrase, before.cue, "direct")
            elif answer and only and quote_at[0] == 0:
                # Hoe kijkt ze terug op ...?\n\n'...': an interview's answer
                found[si] = _Said(interviewee or _ANSWERER, "", "direct")
            elif only and carried is not None:
                found[si] = _Said(carried.phrase, carried.cue, "direct")
            elif si == 0 and quote_at[0] == 0:
                after = next((f for f in found if f is not None), None)
                if after is not None:
                    found[si] = _Said(after.phrase, after.cue, "direct")
            if found[si] is None:
                found[si] = _previous_sentence(read, quote_at[si])
        for si, segment in enumerate(segs):
            one = found[si]
            if one is not None and one.phrase is _NOBODY:
                # „...“, hieß es: no one named; but a fragment of indirect speech goes
                # on with the source that spoke before it in its paragraph ("Die Bahn
                # nannte ... Die Lage sei „äußerst angespannt“, hieß es.")
                before = next(
                    (f for f in reversed(found[:si]) if f is not None and f.phrase is not None),
                    None,
                )
                if one.kind != "partial" or before is None or before.phrase is _NOBODY:
                    continue
                one = _Said(before.phrase, one.cue, one.kind)
            answerer = addressed if one is not None and _answers(lex, one, addressed) else None
            if one is not None and answerer is not None and one.phrase is None:
                one = _Said(answerer, one.cue, one.kind)  # —... —respondió—: the one asked
            if one is not None and one.phrase is None and _plural(lex, one.cue):
                # Los sindicatos han convocado una huelga. «...», han advertido: the
                # group or body the sentence before is about; else no one
                group = _body_subject_before(read, quote_at[si], plural=True)
                if group is None:
                    continue  # dijeron: a dropped plural subject names no one
                one = _Said(group, one.cue, one.kind)
            if one is not None and one.phrase is None:
                # a dropped subject: the subject of the last cue before, if any
                subject = _last_subject(read, quote_at[si])
                if subject is not None and subject.gender == "plural":
                    # I sindaci ... hanno scritto. Il primo cittadino, Luca Benassi, è tra
                    # i firmatari. "...", accusa: a singular verb, not the group's
                    subject = None
                subject = subject or _last_named(read, quote_at[si], people)
                opens = si == 0 and read.sentence[quote_at[0]] == 0
                subject_before = (
                    _prose_subject(read_before)
                    if subject is None and opens and read_before is not None
                    else None
                )
                if subject_before is not None:
                    # La concejala Ana Gómez explicó que ... / «...», añadió: the
                    # subject of the cue that ends the paragraph before
                    prose_subjects[segment.start] = subject_before
                but = _but_subject(read, quote_at[si])
                if but is not None and (subject is None or subject.start < but.start):
                    subject = but  # ..., ma Vanoli ha escluso ... "...", ha detto
                if subject is not None and subject.body:
                    # «...», queixa-se Fernanda Matos. A associação defende que ...
                    # «...», argumenta: the person quoted last, not the body
                    subject = _quoted_person(found, si, subject) or subject
                if subject is not None:
                    one = _Said(subject, one.cue, one.kind)
                else:
                    role_opening = (
                        _role_subject(read_before, 0, len(read_before))
                        if opens and unnamed_before and read_before is not None
                        else None
                    )
                    body = _body_subject_before(read, quote_at[si]) or _role_subject_before(
                        read, quote_at[si], role_opening
                    )
                    if body is not None and body.body and _in_statement(read, quote_at[si]):
                        # La Guardia costiera ha soccorso ... In una nota ha precisato:
                        # "...": the body's statement, not whom paragraphs before quoted
                        one = _Said(body, one.cue, one.kind)
                    elif body is not None:
                        bodies[segment.start] = body
            if one is not None and _plural(lex, one.cue):
                # sagten sie, dijeron: a plural subject; a dropped one names no one
                if one.phrase is None:
                    continue
                one = _Said(one.phrase._replace(gender="plural"), one.cue, one.kind)
            if one is not None:
                said[segment.start] = one
                unnamed = _unnamed_before(read, one.phrase, quote_at[si])
                if (
                    unnamed is None
                    and prose_opening is not None
                    and si == 0
                    and quote_at[0] == 0
                    and len(people) == named_before
                    and one.phrase is not None
                    and one.phrase.pronoun
                    and one.phrase.gender in ("male", "female")
                    and prose_opening.gender in (None, one.phrase.gender)
                ):
                    # Offerets far har været i retten alle dage. / »...«, siger han:
                    # the unnamed person the paragraph before was about
                    unnamed = prose_opening
                if unnamed is not None:
                    stands_for[one.phrase.start] = unnamed  # type: ignore[union-attr]
                if answerer is not None and one.phrase is not answerer:
                    # — ..., a répondu le syndicaliste: the one the question was put to
                    stands_for[one.phrase.start] = answerer  # type: ignore[union-attr]
                epithet = _epithet_before(read, one.phrase, quote_at[si])
                if epithet is not None:
                    epithets[one.phrase.start] = epithet  # type: ignore[union-attr]
        addressed = _asked(read, found, quote_at)
        named = [f for f in found if f is not None]
        carried = _introduction(read) or (named[-1] if named else None)
        if lex.code in _DROPPED_ROLE_LANGUAGES:
            last_read, last_unnamed = read, False  # (... A fadista explicou que ...)
        run_on = (
            [seg.start for seg, mine in zip(segs, own, strict=True) if not mine]
            if only and not segs[-1].closed
            else []
        )
    if not said:
        return {}
    return _resolve(text, said, people, language, stands_for, epithets, bodies, prose_subjects)


def _aside_subject(read: _Read, quote: int) -> _Said | None:
    """The subject of a fragment's sentence with no cue, when an aside of its
    turn sets it off (``Iberdrola ha informado de que ... Adif, por su parte, ha
    suspendido la circulación "hasta que ..."``, ``La SNCF, de son côté, a
    suspendu ...``) after a sentence with a cue: it goes on with what the one
    before reported, its own words quoted; else ``None``."""
    lex = read.lex
    start = read.sentence[quote]
    if start == 0 or quote - start > _WINDOW:
        return None
    phrase = _phrase(read, start, quote)
    if phrase is None or phrase.pronoun or not (phrase.body or _person(phrase)):
        return None
    at = phrase.end
    if at + 1 >= quote or read.texts[at] != ",":
        return None
    k = at + 1
    aside = next(
        (
            one
            for one in lex.asides.get(read.lowers[k], ())
            if tuple(read.lowers[k : k + len(one)]) == one
        ),
        None,
    )
    if aside is None:
        return None
    k += len(aside)
    if k + 1 >= quote or read.texts[k] != "," or not read.texts[k + 1].islower():
        return None
    before = read.sentence[start - 1]
    if not any(
        read.kinds[j] == _WORD
        and (
            read.lowers[j] in lex.participles
            or _cue(read, j, start) is not None
            or _reported_clause(read, j, before)
        )
        for j in range(max(before, start - _WINDOW), start)
    ):
        return None
    return _Said(phrase, "", "partial")


def _reported_clause(read: _Read, at: int, floor: int) -> bool:
    """Whether a word for "that" at token *at* opens a clause a participle reports
    (``ha informado de que``, ``ha comunicato che``), the participle after *floor*."""
    if read.lowers[at] not in data.REPORTED_THAT or at - 1 <= floor:
        return False
    verb = at - 2 if read.lowers[at - 1] == "de" else at - 1
    return verb >= floor and read.lowers[verb].endswith(_MANNER_ENDS)


def _definite(read: _Read, phrase: _Phrase) -> bool:
    """Whether *phrase* opens with a definite article, elided or not (``le joueur``,
    ``l'attaquant``)."""
    low = read.lowers[phrase.first]
    return low in _DEFINITE_ARTICLES or (low.startswith("l'") and len(low) > 2)


#: A quoted title and the word for *by* right before a name: its author
#: (``»Das Lied der Krähen« von``, ``« Les Misérables » de``, ``"Il nome della
#: rosa" di``, ``„Zondagskinderen” van``).
_AUTHOR_AFTER_TITLE = LazyPattern(
    r"[\p{Pf}\p{Pi}\u00bb\u00ab\"'] [ \u00a0]*+ (?: von | de | di | van | av | af | by ) [ \u00a0]++ \Z",
    regex.VERBOSE,
)
#: How far before a name :data:`_AUTHOR_AFTER_TITLE` is looked for.
_AUTHOR_REACH = 10


def _epithet_before(read: _Read, phrase: _Phrase | None, quote: int) -> _Phrase | None:
    """The epithet that opens the sentence before the one of the epithet *phrase*
    (``L'attaquant malien, surnommé ..., a été ovationné. « ... », a confié le
    joueur de 23 ans``): another definite role that names no one, of no other
    gender, which the second one goes on describing; else ``None``."""
    if (
        phrase is None
        or phrase.name is not None
        or phrase.role is None
        or phrase.body
        or phrase.pronoun
        or phrase.gender == "plural"
        or phrase.first >= len(read)
        or not _definite(read, phrase)
    ):
        return None
    opening = read.sentence[min(phrase.first, quote)]
    if opening == 0:
        return None
    first = read.skip(read.sentence[opening - 1], opening)
    before = _phrase(read, first, opening)
    if (
        before is None
        or before.name is not None
        or before.role is None
        or before.body
        or before.pronoun
        or before.gender == "plural"
        or not _definite(read, before)
        or before.role.split()[0].lower() == phrase.role.split()[0].lower()
        or (phrase.gender and before.gender and phrase.gender != before.gender)
    ):
        return None
    return before


def _unnamed_before(read: _Read, pronoun: _Phrase | None, quote: int) -> _Phrase | None:
    """The unnamed speaker a singular *pronoun* of this paragraph goes on with, or ``None``.

    ``Ein Unternehmenssprecher sagte, betroffen seien vor allem zwei Werke. Er
    fügte hinzu: „...“``: the subject of the last cue of the sentence right
    before the pronoun's is a role that names no one (not a name, a body or a
    pronoun), of the pronoun's gender or of none known, and no quote stands
    between them; the pronoun is that speaker, not the last person named.
    """
    if (
        pronoun is None
        or not pronoun.pronoun
        or pronoun.gender not in ("male", "female")
        or pronoun.first >= len(read)
        or not read.starts[pronoun.first] <= pronoun.start < read.ends[pronoun.first]
    ):
        return None
    opening = read.sentence[min(pronoun.first, quote)]
    if opening == 0:
        return None
    subject = _indefinite_opening(read, opening) or _last_subject(read, opening)
    if (
        subject is None
        or subject.pronoun
        or subject.body
        or subject.name is not None
        or subject.role is None
        or subject.gender not in (None, pronoun.gender)
        or subject.first < read.sentence[opening - 1]
        or _QUOTE in read.kinds[subject.end : opening]
    ):
        return None
    return subject


def _unnamed_opening(read: _Read) -> _Phrase | None:
    """The unnamed person a Swedish, Norwegian or Danish paragraph of prose opens
    with, as its subject, or ``None``: a role after an indefinite article or a
    genitive (``En kvinna som bor i huset vaknade``, ``Offerets far har været``,
    ``Den dödade mannens mor, som ...``), naming no one; whom a pronoun opening
    the next paragraph's cue stands for.

    >>> from newsstruct._speakers_intl import _LEXICA, _Read, _unnamed_opening
    >>> def opening(text, code):
    ...     found = _unnamed_opening(_Read(text, 0, len(text), [], _LEXICA[code]))
    ...     return None if found is None else text[found.start : found.stop]
    >>> opening("Offerets far har været i retten alle dage.", "da")
    'Offerets far'
    >>> opening("En kvinna som bor i huset vaknade av smällarna.", "sv")
    'En kvinna'
    >>> opening("Ministeren er kritisk.", "da") is None  # (someone named before, maybe)
    True
    """
    if read.lex.code not in _NORDIC or len(read) < _UNNAMED_OPENING_MIN:
        return None
    phrase = _phrase(read, 0, len(read))
    if (
        phrase is None
        or phrase.name is not None
        or phrase.role is None
        or phrase.pronoun
        or phrase.body
        or phrase.gender == "plural"
        or phrase.end >= len(read)
        or not (read.lowers[0] in data.INDEFINITE_ARTICLES or phrase.end - phrase.first > 1)
        # (a verb in lower case or a comma after it: Den dödade mannens mor, som ...)
        or not (
            (read.kinds[phrase.end] == _WORD and not read.caps[phrase.end])
            or read.texts[phrase.end] == ","
        )
    ):
        return None
    return phrase


def _role_held(read: _Read, phrase: _Phrase, people: list[_Person]) -> bool:
    """Whether one of the latest people named before was introduced with the role
    that *phrase* ends with, or a compound ending so (``Partiets ledare`` after
    ``partiledare Anna Ek``, ``Partiets formand`` after ``formand Jens Holm``):
    *phrase* may name them again."""
    head = read.lowers[phrase.end - 1]
    for person in people[-_NAMED_REACH:]:
        role = person.role.rpartition(" ")[2].lower() if person.role else ""
        if role and (role.endswith(head) or head.endswith(role)):
            return True
    return False


#: The fewest words of a paragraph :func:`_unnamed_opening` reads a subject in.
_UNNAMED_OPENING_MIN = 3


def _indefinite_opening(read: _Read, opening: int) -> _Phrase | None:
    """The unnamed person an indefinite article and a role open the sentence
    before token *opening* with (``Eine Studentin am Central nahm es gelassen.
    „...“, sagte sie.``), or ``None``."""
    first = read.sentence[opening - 1]
    if read.lowers[first] not in data.INDEFINITE_ARTICLES:
        return None
    phrase = _phrase(read, first, opening)
    if phrase is None or phrase.name is not None or phrase.role is None:
        return None
    return phrase


#: A definite plural noun opening a paragraph before a verb in lower case
#: (Swedish ``Föräldrarna``, ``Kvinnorna``; Norwegian and Danish ``Foreldrene``,
#: ``Forskerne``): a group that a later ``de`` may stand for.
_GROUP_OPENING = regex.compile(r"(\p{Lu}\p{Ll}{2,}(?:arna|erna|orna|ene|rne))\s+\p{Ll}")
#: How many of the latest speakers, and of the people named before, a
#: pronoun, a surname or a role looks back over.
_REACH = 8
_NAMED_REACH = 64


class _Resolver:
    """Resolves speaker phrases in text order to people.

    *people* are those named in full in the text, in order; a speaker
    resolved is remembered (one entry a name, the latest last) and so is a
    gender a pronoun gives someone.
    """

    def __init__(
        self, text: str, people: list[_Person], lead_in: bool = False, language: str = "de"
    ) -> None:
        self.text = text
        self.language = language
        #: whether a pronoun that opens a paragraph's speech stands for the one person
        #: the paragraph before introduced (Swedish, Norwegian and Danish copy)
        self.lead_in = lead_in
        #: each definite role phrase (``la premier``) and whom it stood for
        self.epithets: dict[str, _Person] = {}
        self.people = people
        self.positions = [person.position for person in people]
        self.recents: dict[str, tuple[_Person, Speaker]] = {}
        self.learned: dict[str, str] = {}
        #: where the text's blank lines start (:func:`_blank_lines`), read when first needed
        self.blank_lines: list[int] | None = None
        #: whether a person's introduction states a nationality, read once (:meth:`of_nationality`)
        self.nationals: dict[tuple[_Person, tuple[str, ...]], bool] = {}
        #: where each person's sentence says they were elected, read once (:meth:`elected`)
        self.elections: dict[_Person, int] = {}
        self.by_last: dict[str, list[_Person]] = {}
        for person in people:
            self.index(person)

    def index(self, person: _Person) -> None:
        """File *person* under their last name word, and under each name word
        between their first and last of a name of three words or more
        (``Lula`` of ``Luiz Inácio Lula da Silva``, ``Sánchez`` of ``Pedro
        Sánchez Pérez-Castejón``): the surname a later mention may use."""
        words = person.name.split()
        keys = {words[-1]}
        if len(words) >= 3:
            keys.update(
                word
                for word in words[1:-1]
                if word[:1].isupper()
                and word.lower() not in _PARTICLES
                and _first_name_gender(word) is None  # (Jean Marc Dupont: Marc is no surname)
            )
        for key in keys:
            self.by_last.setdefault(key, []).append(person)

    def blank_line(self, end: int) -> int:
        """:func:`_last_blank_line` of the text before *end*, its blank lines
        read once."""
        if self.blank_lines is None and end > _BLANK_LINE_WINDOW:
            self.blank_lines = _blank_lines(self.text)
        return _last_blank_line(self.text, end, self.blank_lines)

    def gender_of(self, person: _Person) -> str | None:
        return person.gender or self.learned.get(person.name)

    def named(self, spot: int) -> list[_Person]:
        """The last people named in full before *spot*, the latest last."""
        stop = bisect_right(self.positions, spot)
        return self.people[max(0, stop - _NAMED_REACH) : stop]

    def latest(self) -> list[_Person]:
        """The latest speakers, the latest last."""
        # (read from the end: a text with thousands of speakers stays linear)
        return [person for person, _ in islice(reversed(self.recents.values()), _REACH)][::-1]

    def remember(self, person: _Person, speaker: Speaker) -> None:
        self.recents.pop(person.name, None)
        self.recents[person.name] = (person, speaker)

    def speaker(self, phrase: _Phrase | None, spot: int) -> tuple[_Person | None, Speaker]:
        """The person (if any) and the :class:`Speaker` that *phrase* names."""
        if phrase is None:
            local = self.local(None, spot)
            if local is not None:
                mention = self.text[local.position : local.stop]
                span = Span(local.position, local.stop)
                return local, Speaker(local.name, mention, span, local.role)
            # a dropped subject: the last speaker, as last mentioned
            if self.recents:
                return next(reversed(self.recents.values()))
            named = self.named(spot)
            if not named:
                return None, Speaker(name="", mention="", span=Span(0, 0))
            last = named[-1]
            mention = self.text[last.position : last.stop]
            span = Span(last.position, last.stop)
            return last, Speaker(name=last.name, mention=mention, span=span, role=last.role)
        raw = self.text[phrase.start : phrase.stop]
        span = Span(phrase.start, phrase.stop)
        found: _Person | None = None
        if phrase.pronoun:
            found = self.local(phrase.gender, spot) or self.antecedent(phrase.gender, spot)
            if found is None and phrase.gender == "plural" and self.lead_in:
                found = self.group(spot)  # Föräldrarna är upprörda. / – ..., säger de.
            if found is None and phrase.gender == "plural":
                # sagten sie, ont-ils dit: no group spoke before
                return None, Speaker(name="", mention="", span=Span(0, 0))
        elif phrase.name is not None:
            if phrase.given:
                found = self.by_first(phrase.name, spot)  # dona Maria: Maria Silva
            elif " " not in phrase.name or phrase.role is None:
                found = self.by_name(phrase.name, phrase.gender, spot)
            if found is None and phrase.name[:1].islower():
                # von der Leyen: a surname with its particles, of no one named
                return None, Speaker(name="", mention="", span=Span(0, 0))
            if found is None:
                found = _Person(phrase.name, phrase.role, phrase.gender, phrase.start, phrase.stop)
                self.index(found)
        elif phrase.body and raw[:1].isupper() and raw.split(None, 1)[0].lower() in _PARTICLES:
            # Le Pen a estimé: an article that is the particle of a surname named before
            found = self.by_name(raw, None, spot) if " " in raw else None
            if found is None:
                return None, Speaker(name=raw, mention=raw, span=span, role=phrase.role)
        elif phrase.role is not None and not phrase.body:
            holders = self.latest() + self.named(spot)
            if raw.split(None, 1)[0].lower() in data.INDEFINITE_ARTICLES:
                holders = [p for p in holders if not _unnamed(p)]  # (une porte-parole: someone new)
            # la nouvelle maire: the one the story says won, else whoever holds the role
            found = self.elected(phrase) if _new_office(self.language, phrase.role) else None
            found = found or _role_holder(phrase.role, holders, self.lead_in)
            if found is None and _generic_epithet(phrase.role.lower().split(None, 1)[0]):
                # Claessens baalde na afloop. ... "...", zei de renner: the one named
                # before whose surname alone the paragraph gives, when no one spoke there
                found = self.surname_here(phrase)
            stems = _NATIONALITY_STEMS.get(phrase.role.lower())
            if stems is not None:
                # der Engländer: the one person introduced as English, or no one
                found = found or self.of_nationality(stems, phrase.start)
                if found is not None:
                    span = Span(phrase.start, phrase.stop)
                    return found, Speaker(found.name, raw, span, found.role or phrase.role)
            elif found is None:
                found = self.epithet_of(phrase, raw)
            key = raw.lower()
            if found is None and key.split(None, 1)[0] in data.DEFINITE_ARTICLES_NL:
                # la premier ... la premier: the one it stood for before
                found = self.epithets.get(key)
            elif found is not None:
                self.epithets[key] = found
            if found is None:
                # a role no one named holds: a person all the same, whom a
                # pronoun after it may stand for (``Le Premier ministre a
                # assuré ... a-t-il ajouté``)
                unnamed = _Person(raw, phrase.role, phrase.gender, phrase.start, phrase.stop)
                return unnamed, Speaker(name=raw, mention=raw, span=span, role=phrase.role)
        if found is None:
            return None, Speaker(name=raw, mention=raw, span=span, role=phrase.role)
        if phrase.pronoun and phrase.gender:
            self.learned.setdefault(found.name, phrase.gender)
        role = phrase.role or found.role
        return found, Speaker(name=found.name, mention=raw, span=span, role=role)

    def elected(self, phrase: _Phrase) -> _Person | None:
        """The one person named in full before *phrase* (an office just won,
        :func:`_new_office`) whose own sentence says they were elected or won an
        election, or ``None``.

        ``La candidate Claire Vasseur a remporté le second tour des municipales
        ... « ... », a lancé la nouvelle maire``: her words after her name, up to
        the end of her sentence or the next person named, say so.  Two people so
        described, or none, or one of the other gender, leave it as written.
        """
        found: dict[str, _Person] = {}
        for person in self.named(phrase.start):
            told = self.elections.get(person)
            if told is None:  # (each person's sentence read once: a long text stays linear)
                told = self.elections[person] = self.election_told(person)
            if 0 <= told <= phrase.start:
                found[person.name] = person
        if len(found) != 1:
            return None  # two elected, or none: neither is meant
        (person,) = found.values()
        if phrase.gender and self.gender_of(person) not in (None, phrase.gender):
            return None
        return person

    def election_told(self, person: _Person) -> int:
        """Where the words after *person*'s name, up to the end of their sentence
        or the next person named, say they were elected or won an election
        (:meth:`elected`): the end of those words, else -1."""
        if " " not in person.name or _unnamed(person):
            return -1
        code = self.language
        stop = min(len(self.text), person.stop + _ELECTED_REACH)
        after = bisect_right(self.positions, person.position)
        if after < len(self.positions):
            stop = min(stop, max(person.stop, self.positions[after]))
        end = _SENTENCE_STOP.search(self.text, person.stop, stop)
        stop = stop if end is None else end.start()
        words = self.text[person.stop : stop].lower().replace("\u2019", "'").split()
        words = [word.strip(",;:()") for word in words]
        if any(word in data.ELECTED_WORDS[code] for word in words) or (
            any(word in data.WON_WORDS[code] for word in words)
            and any(
                word.startswith(data.ELECTION_WORDS[code])
                or word.endswith(data.ELECTION_WORDS[code])
                for word in words
            )
        ):
            return stop
        return -1

    def of_nationality(self, stems: tuple[str, ...], spot: int) -> _Person | None:
        """The one person named in full before *spot* whose introduction states the
        nationality of *stems*, or ``None``.

        ``Der englische Trainer Tom Kent`` ... ``sagte der Engländer``: a word that
        opens with one of the stems (``englische``) stands in the words right
        before the name, in its sentence, or right after it (``Tom Kent, ein
        Engländer,``).  Two people so introduced, or none, leave it unresolved.
        """
        found: dict[str, _Person] = {}
        for person in self.named(spot):
            if (" " not in person.name and person.role is None) or person.position >= spot:
                continue
            national = self.nationals.get((person, stems))
            if national is None:  # (each person's words read once, not for each epithet)
                reach = person.position - _NATIONALITY_REACH  # (a stop further back counts not)
                lo = max(
                    self.blank_line(person.position),
                    self.text.rfind(". ", max(reach, 0), person.position),
                    reach,
                )
                before = self.text[lo + 1 : person.position].lower().split()
                after = self.text[person.stop : person.stop + _NATIONALITY_REACH].lower()
                words = before + after.split(".", 1)[0].split(",", 2)[:2][-1].split()
                words += (person.role or "").lower().split()  # der englische Trainer
                national = any(word.startswith(stems) for word in words)
                self.nationals[(person, stems)] = national
            if national:
                found[person.name] = person
        if not found:
            # introduced with no nationality: the one person named in full
            # earlier in the paragraph (``Lindaus Trainer Ole Hansen lobte ...
            # „...“, sagte der Däne``), introduced with no other nationality
            opening = self.blank_line(spot)
            for person in self.named(spot):
                if opening < person.position < spot and (
                    " " in person.name or person.role is not None  # (Torschütze Lindqvist)
                ):
                    found[person.name] = person
            if len(found) == 1:
                (person,) = found.values()
                lo = max(opening, person.position - _NATIONALITY_REACH)
                words = self.text[lo : person.stop + _NATIONALITY_REACH].lower().split()
                words += (person.role or "").lower().split()
                others = _OTHER_STEMS[stems]  # (one test a word: a text of many stays fast)
                if any(word.startswith(others) for word in words):
                    found.clear()  # der Schwede Jan Lind ... sagte der Däne: not him
        return next(iter(found.values())) if len(found) == 1 else None

    def epithet_of(self, phrase: _Phrase, raw: str) -> _Person | None:
        """The speaker just named whom a definite role phrase describes, or ``None``.

        ``„...“, sagte Finanzminister Lars Klingbeil. Der SPD-Politiker fügte
        hinzu: „...“``: a role with a definite (or elided, ``l'élue``) article
        in the paragraph of the last speaker, named in full
        and of no other gender, is that speaker; so is it of the one person
        named in full in the stretch before it, when named later (``Olaf Scholz hat ... verteidigt.
        „...“, sagte der SPD-Politiker``).
        """
        head = raw.split(None, 1)[0].lower().replace("\u2019", "'")
        if head not in data.DEFINITE_ARTICLES_NL and not head.startswith("l'"):
            return None
        candidates: list[tuple[_Person, int]] = []
        last: _Person | None = None
        if self.recents:
            person, speaker = next(reversed(self.recents.values()))
            candidates.append((person, speaker.span.end))
            last = person
        # a generic epithet (o candidato, le syndicaliste) reaches the last speaker
        # across one paragraph break, unless it stood for someone before (la premier)
        generic = (
            phrase.role is not None
            and raw.lower() not in self.epithets
            and any(_generic_epithet(word) for word in phrase.role.lower().split())
        )
        named = self.named(phrase.start)
        floor = max(self.blank_line(phrase.start), phrase.start - _EPITHET_REACH)
        if (
            named
            and not any(
                other.name != named[-1].name and other.stop > floor for other in named[-4:-1]
            )
            and not self.author(named[-1])
        ):
            # the one person named in the stretch before it (not the author of a work
            # just named: des Romans »Das Lied der Krähen« von Hanna Osterkamp)
            candidates.append((named[-1], named[-1].stop))
        surnamed = self.surnamed_before(floor, phrase.start)
        if surnamed is not None:
            candidates.append(surnamed)  # "Weber wies ... zurück. „...“, sagte der 58-Jährige"
        # the later of the last speaker and the last person named in full
        for person, end in sorted(candidates, key=lambda one: -one[1]):
            between = self.text[end : phrase.start]
            if (
                generic
                and person is last
                and end <= phrase.start
                and len(between) <= 2 * _EPITHET_REACH
                and not any(end <= other.position < phrase.start for other in named[-4:])
                and " " in person.name
                and not _unnamed(person)
                and not (phrase.gender and self.gender_of(person) not in (None, phrase.gender))
            ):
                # « ... », a souligné la chercheuse: the last speaker, across
                # paragraphs that name no one else
                return person
            if (
                end > phrase.start
                or len(between) > _EPITHET_REACH
                or (
                    ("\n\n" in between or "\n\r\n" in between)
                    and not (
                        generic
                        and person is last
                        and between.count("\n\n") + between.count("\n\r\n") == 1
                    )
                )
                or (
                    " " not in person.name
                    # Ihr Nachbar Beat, 45, ... sagte der Landwirt: someone named by
                    # first name alone, the one person named in the stretch before
                    and not (
                        named
                        and person is named[-1]
                        and "\n\n" not in between
                        and "\n\r\n" not in between
                    )
                )
                or _unnamed(person)  # (un journaliste ... le syndicaliste: someone else)
                or _other_office(phrase.role, person.role)
                or person.name == raw
                or (phrase.gender and self.gender_of(person) not in (None, phrase.gender))
            ):
                continue
            return person
        return self.named_earlier(phrase)

    def author(self, person: _Person) -> bool:
        """Whether *person* is named as the author of a work right after its quoted
        title (``des Romans »Das Lied der Krähen« von Hanna Osterkamp``): no one an
        epithet later in the story stands for."""
        start = max(0, person.position - _AUTHOR_REACH)
        return _AUTHOR_AFTER_TITLE.search(self.text, start, person.position) is not None

    def surname_here(self, phrase: _Phrase) -> _Person | None:
        """The one person named in full earlier whose surname alone the paragraph
        of *phrase* gives before it (within :data:`_EPITHET_REACH` characters), of
        its gender or of none known, when no one has spoken in that paragraph yet
        (``Claessens baalde na afloop. "...", zei de renner``), or ``None``."""
        floor = self.text.rfind("\n", 0, phrase.start) + 1
        if self.recents and next(reversed(self.recents.values()))[1].span.start >= floor:
            return None
        floor = max(floor, phrase.start - _EPITHET_REACH)  # (a long paragraph stays linear)
        surnamed = self.surnamed_before(floor - 1, phrase.start)
        if surnamed is None:
            return None
        person = surnamed[0]
        if phrase.gender and self.gender_of(person) not in (None, phrase.gender):
            return None
        return person

    def surnamed_before(self, floor: int, start: int) -> tuple[_Person, int] | None:
        """The one person named in full earlier whose surname alone the text gives in
        its paragraph before *start* (after *floor*), with where it ends, or ``None``."""
        found: dict[str, tuple[_Person, int]] = {}
        for match in _SURNAME_WORD.finditer(self.text, floor + 1, start):
            for person in self.by_last.get(match.group(), ())[-_REACH:]:
                if person.position < match.start() and " " in person.name:
                    if self.author(person):
                        continue  # (a work's author: »...« von Hanna Osterkamp)
                    found[person.name] = (person, match.end())
                    if len(found) > 1:
                        return None
        return next(iter(found.values())) if found else None

    def named_earlier(self, phrase: _Phrase) -> _Person | None:
        """The one person named in full before *phrase* whom it may describe, or ``None``.

        ``Giorgia Meloni ha incontrato ...`` and, paragraphs later, ``"...", ha
        detto la premier``: a definite role phrase (checked by :meth:`epithet_of`)
        is the person named before when no one else named before, nor any
        speaker, may be: of its gender, or of none known.  A person named with
        a role of their own fits only a generic epithet (``el mandatario``,
        ``la premier``, ``der SPD-Politiker``, ``die 70-Jährige``), not another
        office (``der Minister`` after ``Bundeskanzler Olaf Scholz``).  A role
        that speaks for or about someone else (``der Anwalt``, ``le
        porte-parole``) is no epithet.
        """
        if phrase.gender == "plural" or phrase.role is None:
            return None
        words = phrase.role.lower().split()
        if any(word in data.COUNTERPART_ROLES for word in words) or (
            words and _compound_counterpart(words[-1])
        ):
            return None
        # the one person named in full earlier in its paragraph, whom a generic
        # noun describes (Anwohner Klaus Berger steht ... „...“, sagt der Rentner)
        opening = self.blank_line(phrase.start)
        here = [
            person
            for person in self.named(phrase.start)
            if person.position > opening and " " in person.name and not self.author(person)
        ]
        if (
            len(here) == 1
            and (not phrase.gender or self.gender_of(here[0]) in (None, phrase.gender))
            and not _other_office(phrase.role, here[0].role)  # (il governatore ... il ministro)
        ):
            return here[0]
        candidates: dict[str, _Person] = {}
        for person in chain(self.named(phrase.start), self.latest()):
            if phrase.gender and self.gender_of(person) not in (None, phrase.gender):
                continue
            if person.position >= phrase.start or self.author(person):
                continue
            candidates[person.name] = person
            if len(candidates) > 1:
                return None
        if len(candidates) != 1:
            return None
        person = next(iter(candidates.values()))
        if " " not in person.name or _unnamed(person):
            return None  # (un journaliste ... le syndicaliste: no one named)
        if person.role is not None and not any(_generic_epithet(word) for word in words):
            return None  # (Bundeskanzler Olaf Scholz ... der Minister: someone else)
        if person.role is None and any(
            (words[at] in _OFFICE_LINKS and at + 1 < len(words) and not words[at + 1][:1].isdigit())
            or words[at].startswith(_ELIDED_LINKS)
            for at in range(1, len(words))
        ):
            return None  # (Thierry Garnier, a baker; le ministre de l'Agriculture: an office)
        return person

    def by_name(self, name: str, gender: str | None, spot: int) -> _Person | None:
        """The person named before in full whose name ends with *name* (``Scholz``), or whose
        surname it is (:meth:`index`)."""
        for person in reversed(self.by_last.get(name.rsplit(None, 1)[-1], ())[-_REACH:]):
            if (
                person.position <= spot
                and (
                    person.name == name
                    or person.name.endswith(" " + name)
                    or (" " not in name and f" {name} " in person.name)
                    # De Wit of Pieter de Wit: a particle capitalised when the surname stands alone
                    or (
                        " " in name
                        and name.split(None, 1)[0].lower() in _PARTICLES
                        and person.name.endswith(" " + name[:1].lower() + name[1:])
                    )
                )
                and (
                    gender is None
                    or self.gender_of(person) in (None, gender)
                    # (Miranda Sarmento of Joaquim Miranda Sarmento: no first name to tell)
                    or (" " in name and person.name != name)
                )
            ):
                return person
        return None

    def local(self, gender: str | None, spot: int) -> _Person | None:
        """The one person named in full in the paragraph of *spot* before it,
        of *gender* or of none known, when no one has spoken in that paragraph
        yet: whom a pronoun or a dropped subject there stands for (``Nach
        Angaben von Finanzvorstand James von Moltke sollen die Kosten sinken.
        Er sagte ...``), before the speakers of earlier paragraphs; with no one
        named in full there, the one person named before whose surname it gives
        (``Kessler selbst will ...``) or whose first name opens it (``Abel, no
        entanto, ...``)."""
        if gender == "plural":
            return None
        floor = self.text.rfind("\n", 0, spot) + 1
        if self.lead_in and floor > 1:
            # Djurgårdens lagkapten Johan Sjöberg var besviken. / – ..., sa han.
            floor = paragraph_above(self.text, floor)[0]
        if self.recents:
            person, last = next(reversed(self.recents.values()))
            if last.span.start >= floor:
                if gender is not None and self.gender_of(person) is None:
                    # GroenLinks-leider Jesse van Dam vindt het "boterzacht". BBB-leider
                    # Ineke Bos is juist positief. "...", zei ze: one of no known gender
                    # spoke, and the one of the pronoun's gender named after them is meant
                    after = self.named_between(last.span.end, spot, gender, strict=False)
                    if after is not None:
                        return after
                if gender is None or self.gender_of(person) in (None, gender):
                    return None  # (someone spoke in this paragraph: the usual reading)
                # Les élus ont déclaré que « ... ». Le maire, Michel Aubert, a été
                # plus mesuré. « ... », a-t-il dit: a group or someone of the other
                # gender spoke, and the one named after them is meant
                floor = last.span.end
        found: dict[str, _Person] = {}
        for person in reversed(self.named(spot)):
            if person.position < floor:
                break
            if person.stop <= spot and (gender is None or self.gender_of(person) in (None, gender)):
                found[person.name] = person
        if not found and floor > 0:
            # Kessler selbst will ... „...“, sagte er: the one surname given there
            surnamed = self.surnamed_before(floor - 1, spot)
            if surnamed is not None and (
                gender is None or self.gender_of(surnamed[0]) in (None, gender)
            ):
                return surnamed[0]
            # Abel, no entanto, preferiu ...: a first name that opens the paragraph
            opening = (
                _SURNAME_WORD.match(self.text, floor) if self.text[floor - 1] == "\n" else None
            )
            first = self.by_first(opening.group(), spot) if opening is not None else None
            if first is not None and (gender is None or self.gender_of(first) in (None, gender)):
                return first
        if not found and gender is not None and floor > 1 and self.text[floor] in _SPEECH_OPENERS:
            # Élodie Ferrand a remplacé ses vignes. Elle produit un vin blanc. /
            # « ..., explique-t-elle. »: a paragraph of speech after one of prose
            # that named one person of the pronoun's gender, and no one spoke there
            above = paragraph_above(self.text, floor)[0]
            if not self.recents or next(reversed(self.recents.values()))[1].span.start < above:
                # (Ook de 76-jarige Jozef kwam kijken. / '...', zegt hij: someone
                # named by a first name there is named enough)
                return self.named_between(above, floor, gender, strict=False, lone=True)
            return None
        if len(found) == 1 and floor > 0 and self.text[floor - 1] == "\n":
            # Dumas, qui ..., affrontera vendredi la Polonaise Anna Kowalczyk. « ... »,
            # a-t-elle souri: the subject the paragraph opens with by the surname of
            # someone named in full before, not whom it names in full after
            opening = _SURNAME_WORD.match(self.text, floor)
            subject = self.surnamed_at(opening.group(), floor) if opening is not None else None
            if (
                subject is not None
                and subject.name not in found
                and (gender is None or self.gender_of(subject) in (None, gender))
            ):
                return subject
        return next(iter(found.values())) if len(found) == 1 else None

    def surnamed_at(self, word: str, start: int) -> _Person | None:
        """The last person named in full before *start* whose surname is *word*."""
        for person in reversed(self.by_last.get(word, ())[-_REACH:]):
            if person.position < start and " " in person.name and not self.author(person):
                return person
        return None

    def named_between(
        self, start: int, end: int, gender: str, strict: bool = True, lone: bool = False
    ) -> _Person | None:
        """The one person named in full between *start* and *end* known to be
        of *gender* (not *strict*: or of none known), or ``None``; with *lone*,
        someone named by a first name and an age (:func:`_aged_mention`) too."""
        found: dict[str, _Person] = {}
        for person in reversed(self.named(end)):
            if person.position < start:
                break
            known = self.gender_of(person)
            if (
                person.stop <= end
                and (" " in person.name or (lone and _aged_mention(self.text, person)))
                and (known == gender or (known is None and not strict))
            ):
                found[person.name] = person
        return next(iter(found.values())) if len(found) == 1 else None

    def group(self, spot: int) -> _Person | None:
        """The group whose definite plural noun opens the paragraph of *spot*
        or, with none there, the paragraph before (``Föräldrarna är upprörda.``,
        ``Forskerne mener ...``): whom a Nordic ``de`` stands for when no group
        has spoken yet."""
        opening = self.text.rfind("\n", 0, spot) + 1
        before = paragraph_above(self.text, opening)[0]
        for start in (opening, before) if opening > 1 else (opening,):
            found = _GROUP_OPENING.match(self.text, start, spot)
            if found is not None and found.group(1) not in _MALE_NAMES | _FEMALE_NAMES:
                word = found.group(1)
                return _Person(word, None, "plural", start, start + len(word))
        return None

    def by_first(self, name: str, spot: int) -> _Person | None:
        """The last person named before in full whose first name is *name*
        (``dona Maria`` after ``Dona Maria Silva``), when only one is."""
        found = {p.name: p for p in self.named(spot) if p.name.split(None, 1)[0] == name}
        return next(iter(found.values())) if len(found) == 1 else None

    def antecedent(self, gender: str | None, spot: int) -> _Person | None:
        """Who a pronoun of *gender* stands for.

        The last speaker known to be of that gender, else the last person
        named known to be, else the last speaker not known to be of the other.
        """
        latest = self.latest()
        if gender == "plural":
            # they: the last group that spoke (die Forscher sagten ...), if any
            return next((p for p in reversed(latest) if p.gender == "plural"), None)
        for person in chain(reversed(latest), reversed(self.named(spot))):
            if self.gender_of(person) == gender and (" " in person.name or person in latest):
                return person  # (a first name alone is read in its own paragraph only)
        return next((p for p in reversed(latest) if self.gender_of(p) is None), None)


def _resolve(
    text: str,
    said: dict[int, _Said],
    people: list[_Person],
    language: str,
    stands_for: dict[int, _Phrase] | None = None,
    epithets: dict[int, _Phrase] | None = None,
    bodies: dict[int, _Phrase] | None = None,
    prose_subjects: dict[int, _Phrase] | None = None,
) -> dict[int, Attribution]:
    """Give each attribution its speaker: canonical name, mention and role.

    A pronoun in *stands_for* (its start -> a speaker phrase) is the speaker
    of that phrase, under its own mention (:func:`_unnamed_before`); so is an
    epithet in *epithets* of the epithet before it, when that one names someone
    (:func:`_epithet_before`).  A dropped subject with no one to stand for
    is the body in *bodies* (a quote's start -> the body), if any; one that opens
    its paragraph is the subject in *prose_subjects* (a quote's start -> the
    subject of the last cue of the paragraph of prose before), if any.
    """
    resolver = _Resolver(text, people, language in _NORDIC, language)
    result: dict[int, Attribution] = {}
    done: dict[tuple[int, int], tuple[_Person | None, Speaker]] = {}
    for key in sorted(said, key=lambda key: (_position(said[key], key), key)):
        one = said[key]
        phrase = one.phrase
        person: _Person | None
        if phrase is _ANSWERER:
            latest = resolver.latest()
            if not latest:
                continue
            person = latest[-1]
            span = Span(person.position, person.stop)
            speaker = Speaker(person.name, text[span.start : span.end], span, person.role)
        elif phrase is not None and (phrase.start, phrase.stop) in done:
            person, speaker = done[phrase.start, phrase.stop]
        elif phrase is not None and epithets and phrase.start in epithets:
            # L'attaquant malien ... « ... », a confié le joueur de 23 ans: whom the
            # epithet before stood for, when it names someone
            before = epithets[phrase.start]
            person = resolver.speaker(before, before.start)[0]
            if person is not None and " " in person.name and not _unnamed(person):
                mention, span = text[phrase.start : phrase.stop], Span(phrase.start, phrase.stop)
                speaker = Speaker(person.name, mention, span, phrase.role or person.role)
            else:
                person, speaker = resolver.speaker(phrase, _position(one, key))
            done[phrase.start, phrase.stop] = (person, speaker)
        elif phrase is not None and stands_for and phrase.start in stands_for:
            # "Ein Sprecher sagte, ... Er fügte hinzu": the spokesman (a definite
            # role, "der Sprecher", may be someone named before)
            unnamed = stands_for[phrase.start]
            raw = text[unnamed.start : unnamed.stop]
            person = _Person(raw, unnamed.role, unnamed.gender, unnamed.start, unnamed.stop)
            if raw.split(None, 1)[0].lower() in _DEFINITE_ARTICLES or unnamed.name:
                person = resolver.speaker(unnamed, phrase.start)[0] or person
            mention, span = text[phrase.start : phrase.stop], Span(phrase.start, phrase.stop)
            speaker = Speaker(person.name, mention, span, unnamed.role or person.role)
            done[phrase.start, phrase.stop] = (person, speaker)
        elif phrase is None and prose_subjects and key in prose_subjects:
            # La concejala Ana Gómez explicó que ... / «...», añadió: whom the cue of
            # the paragraph of prose before named
            before = prose_subjects[key]
            person, speaker = resolver.speaker(before, before.start)
            if not speaker.mention:
                person, speaker = resolver.speaker(phrase, _position(one, key))
        else:
            person, speaker = resolver.speaker(phrase, _position(one, key))
            if phrase is not None:
                done[phrase.start, phrase.stop] = (person, speaker)
        if not speaker.mention and bodies and key in bodies:
            # La Guardia Civil ha detenido ... "...", ha explicado: no one named or
            # heard before, the body the sentence before was about
            person, speaker = resolver.speaker(bodies[key], bodies[key].start)
        if not speaker.mention:
            continue  # a dropped subject with no one to stand for
        if person is not None:
            resolver.remember(person, speaker)
        result[key] = Attribution(speaker, one.cue or None, one.kind)
    return result


#: How many characters before a first name its age is read (``de 76-jarige``).
_AGE_REACH = 14
#: An age right before a first name (``de 76-jarige``, ``der 76-jährige``).
_AGE_BEFORE = LazyPattern(r"\d{1,3}-j(?:arige|ährige[nr]?)\s")
#: An age set off right after a first name (``Jozef, 76,``; ``Giuseppina, 82 anni``).
_AGE_AFTER = LazyPattern(r",\s*\d{1,3}\b")


def _aged_mention(text: str, person: _Person) -> bool:
    """Whether *person*, named by one word, was named with their age (``Ook de
    76-jarige Jozef``, ``Jozef, 76,``): someone a story introduces so is the one a
    pronoun in the next paragraph of speech stands for."""
    if " " in person.name:
        return False
    # (the mention may hold the age: de 71-jarige Harrie)
    before = text[max(0, person.position - _AGE_REACH) : person.stop]
    return (
        _AGE_BEFORE.search(before) is not None
        or _AGE_AFTER.match(text, person.stop, person.stop + 6) is not None
    )


def _position(one: _Said, key: int) -> int:
    return key if one.phrase is None or one.phrase is _ANSWERER else one.phrase.start


#: Particles of surnames that are also articles (``Le Pen``, ``La Russa``, ``Da Silva``).
_PARTICLES = data.NAME_PARTICLES

#: Definite articles (singular) that make a role phrase an epithet of the last speaker.
_DEFINITE_ARTICLES = data.DEFINITE_ARTICLES
#: Each nationality noun (:data:`~newsstruct._data.cues_intl.NATIONALITIES`) and
#: the stems of the words that state its nationality.
_NATIONALITY_STEMS: dict[str, tuple[str, ...]] = {
    noun: stems for nouns, stems in data.NATIONALITIES for noun in nouns
}
#: The stems of each nationality's words (a value of :data:`_NATIONALITY_STEMS`)
#: and the stems of every other nationality's.
_OTHER_STEMS: dict[tuple[str, ...], tuple[str, ...]] = {
    stems: tuple(
        sorted(
            {other for others in _NATIONALITY_STEMS.values() if others != stems for other in others}
        )
    )
    for stems in set(_NATIONALITY_STEMS.values())
}
#: How far before and after a name its nationality is read (``der englische Trainer``).
_NATIONALITY_REACH = 40
#: At most this many characters between the last speaker and such an epithet.
_EPITHET_REACH = 300
#: A capitalised word that may be a surname given alone (``Weber``).
_SURNAME_WORD = regex.compile(r"\b\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\b")


def _generic_epithet(word: str) -> bool:
    """Whether role word *word* is a generic epithet (``mandatario``, ``premier``,
    ``SPD-Politiker``, ``70-Jährige``) that may describe someone named with
    another role."""
    return word in data.EPITHET_NOUNS or word.endswith(data.EPITHET_ENDINGS_DE)


def _other_office(role: str | None, held: str | None) -> bool:
    """Whether the office *role* names is another than the one *held* (``il
    governatore, Paolo Ferraresi`` ... ``il ministro``): both public offices
    (:data:`~newsstruct._data.cues_intl.OFFICE_NOUNS`, German ones by the end of
    a compound: ``Bundeskanzler``), and neither's noun the other's."""
    if role is None or held is None:
        return False
    head = role.lower().split()[0]
    if not _office(head):
        return False
    words = held.lower().split()
    offices = [word for word in words if _office(word)]
    return bool(offices) and not any(word.endswith(head) or head.endswith(word) for word in offices)


def _office(word: str) -> bool:
    return word in data.OFFICE_NOUNS or word.endswith(data.OFFICE_ENDINGS_DE)


def _compound_counterpart(word: str) -> bool:
    """Whether German *word* ends with a role of :data:`~newsstruct._data.cues_intl.COUNTERPART_ROLES`
    (``Regierungssprecher``, ``Staatsanwältin``)."""
    return any(word.endswith(role) for role in data.COUNTERPART_ROLES_DE)


def _unnamed(person: _Person) -> bool:
    """Whether *person* is a speaker known by role only (``Un porte-parole de la
    région``): a word of their "name" is in lower case and no particle."""
    return any(word[:1].islower() and word not in _PARTICLES for word in person.name.split())


def _role_holder(role: str, people: list[_Person], definite: bool = False) -> _Person | None:
    """The one person named before whose role ends with the same word as *role*
    (with *definite*, also without a Nordic definite ending: ``ordføreren``,
    ``Ordfører Anne Lise Bakken``)."""
    head = role.split()[0].lower()
    heads = [head]
    if definite:
        heads += [head[: -len(end)] for end in (*_NORDIC_DEFINITE, "t") if head.endswith(end)]
    found: _Person | None = None
    for person in people:
        if person.role and (
            _same_role(person.role, head)
            or (len(heads) > 1 and any(_same_role(person.role, one) for one in heads[1:]))
        ):
            if found is not None and found.name != person.name:
                return None  # (two people hold it: no one in particular)
            found = person
    return found


@lru_cache(maxsize=4096)
def _same_role(role: str, head: str) -> bool:
    """Whether a person's *role* is the office of the role noun *head*
    (remembered, keyed on the strings: a text naming thousands of holders reads
    each of the latest ones again for each role said).

    >>> _same_role("Der englische Trainer", "trainer"), _same_role("Papa", "pontefice")
    (True, True)
    """
    words = role.lower().split()
    if head in words or (bool(words) and words[0].endswith(head)):
        return True
    # the same office by another noun (Trainer ... der Coach, Papa ... il Pontefice)
    others = _ROLE_SYNONYMS.get(head)
    return (
        others is not None
        and bool(words)
        and (words[0].endswith(others) or any(word in others for word in words[1:]))
    )


#: Each role noun of :data:`~newsstruct._data.cues_intl.ROLE_SYNONYMS` and the
#: other nouns of its office.
_ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    word: tuple(
        sorted({one for group in data.ROLE_SYNONYMS if word in group for one in group} - {word})
    )
    for word in set().union(*data.ROLE_SYNONYMS)
}


def _last_blank_line(text: str, end: int, starts: Sequence[int] | None = None) -> int:
    """Where the last blank line before *end* starts (``-1``: none); with LF or
    CRLF line ends (``\\n\\n``, ``\\r\\n\\r\\n``).  With *starts*, where the text's
    blank lines start (:func:`_blank_lines`), the text is read back
    :data:`_BLANK_LINE_WINDOW` characters at most, the rest looked up in them
    (a text with few blank lines and many quotes, read from each, stays linear).

    >>> _last_blank_line("One.\\r\\n\\r\\nTwo.", 10), _last_blank_line("One.\\n\\nTwo.", 8)
    (5, 4)
    """
    start = 0 if starts is None else max(0, end - _BLANK_LINE_WINDOW)
    found = max(text.rfind("\n\n", start, end), text.rfind("\n\r\n", start, end))
    if found >= 0 or start == 0 or starts is None:
        return found
    # none in the window: the last one before it (any one there ends before *end*)
    before = bisect_left(starts, start)
    return starts[before - 1] if before else -1


#: How far back :func:`_last_blank_line` reads the text when the text's blank
#: lines are known.
_BLANK_LINE_WINDOW = 4096
#: Where a blank line starts, LF or CRLF (overlapping: ``\\n\\n\\n`` has two).
_BLANK_LINE = regex.compile(r"\n(?=\r?\n)")


def _blank_lines(text: str) -> list[int]:
    """Where each blank line of *text* starts, in order.

    >>> _blank_lines("One.\\r\\n\\r\\nTwo.\\n\\n\\nThree.")
    [5, 12, 13]
    """
    return [match.start() for match in _BLANK_LINE.finditer(text)]
