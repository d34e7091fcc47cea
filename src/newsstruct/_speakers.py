"""Speakers: who said each quote, and the canonical name behind each mention.

Attribution reads each paragraph as tokens with its quotes masked (one token
per quoted segment), kept as parallel lists of texts, lower-case texts, kinds
and offsets (no object per token).  A paragraph without quotes is read only
if it may hold a cue that names a speaker, and only when a quote takes the
speaker it hands on or a pronoun after it may need its cues' subjects.  For
every quote it looks, in this order, for

1. a cue right after the quote with the speaker next to it
   (``"...," he said``, ``"...," said Mr Blinken``,
   ``"...," Ned Price, a State Department spokesman, said``);
2. the last cue before the quote in its sentence, whose subject is the
   speaker (``X said: "..."``, ``X said that "..."``; a quote that does not
   follow its cue directly is ``partial``); ``according to X`` counts too;
3. a cue later in the sentence (``"..." is how he put it, Trump said``), unless
   its subject is no noun phrase (``"..." without reporters asking``); after a
   comma, the name right after the cue that ends the sentence or opens an
   appositive (``"..." that Lind can win, said Jo Kent, a pollster.``);
4. the quote before it in the same paragraph (``"A," he said. "B."``);
5. for a paragraph that opens with a quote and has no cue, the speaker of
   the paragraph before (its last quote, or a ``X said:`` that ends it), or
   the name on a credit line right after it (``- Sanders.``).

A quote that ends its sentence is attributed by a cue in the next sentence
only when no cue comes before it in its own (``X called it "a..." She
also said``).  The subject of a cue is the pronoun, name or noun phrase
before it; an appositive between commas and a parenthesis are skipped
(``Ned Price, a spokesman, said``, ``Sen. Chuck Schumer (D-N.Y.) said``, also
with a comma after it: ``Gov. Jo Lind (R-OH), said``), a
state after a town ends the phrase the town places (``Jo Kent of Dayton, Ohio
says``, ``A woman in Fresno, Calif., told``); a
relative ``who`` is kept as the mention and named after the noun before it;
with nothing before the cue the phrase after it is taken (``said the
ministry``, ``said the designer``, ``mused Blaze co-host Stu Burguiere``),
unless a quote that goes on in lower case follows it at once (``said Acme
"wants out"``: Acme is the quote's subject); a partitive is a subject
(``One of them said``).
An opening adverbial is not a subject (``Immediately after the attacks,
Trump issued``), nor is a lone word capitalised only because it opens a
sentence (``Once a small fringe, ...``: the text writes ``once`` in lower
case elsewhere and never inside a sentence with a capital; nor ``Specifically, "..."``,
a word set off by a comma and never capitalised inside a sentence), nor an
opening time phrase (``Soon after,``, ``Ever since she won,``, ``A few weeks
later,``, ``Late last month,``), nor a subordinator (``Unless``); the author of a document speaks through it (``she released
a statement saying``, ``The town released a statement saying``, ``X ... and in a
statement praised``, ``sent a text message to supporters saying``); a plural
form of a weak cue after a participle or after a name that follows a number or
a determiner is a noun (``leaked emails showed``, ``22 Berg emails``); a participle after an article is no cue (``a written
statement``), nor ``go on`` before a word other than *to*, *saying*, *about*
(``the Senate goes on recess``); the owner of a speech noun before a quote
speaks when no cue comes before the noun in its sentence (``her claim that she
"..."``, ``Trump's pledge to be "..."``; ``his`` and ``her`` are named after the
last speaker with a full name of that gender); a quote inside a relative
clause on the subject is the relative's (``Tom Lind, who has called it "a
dead end," voted``: *who*, named Tom Lind); a cue in a clause without a subject
defers to the cue before it (``X, who told the panel when asked: "..."``); a
quoted title is no boundary for the subject of a later cue in its sentence
(``Lind appeared on "Morning Show" and said``); an
infinitive cue with no subject of its own is the name's or pronoun's before the
verb that governs it (``Tom Lind was prompted to say, "..."``), and the phrase
after it is its object (``refusing to say the words "..."``); a
``, saying`` after a verb that follows the subject's appositive is the
subject's (``Ann Berg, a founder of Acme, endorsed Tom Kent, saying``); a
capitalised word between an article and a noun is no subject of a coordinated
cue (``booed during a Republican debate and declared``), nor is a name of several
words there (``watched a New York Yankees game and said``; not before an adverb:
``the Acme League strongly denounced ... and said``), also with adjectives
after the article (``adopted a fake Southern accent and joked``; not before a
noun and its cue, ``the nationalist Acme Times tabloid noted``) or a compound
of names (``visited the U.S.-Mexico border ... and explained``); a
name word, a speaker noun and a name are one phrase (``Democratic front-runner
Ann Berg``), and the subject of a coordinated cue runs to its speaker noun
(``The Florida senator sought ... and took a question, saying``, not ``The
Florida``); the agent of a passive cue speaks (``was asked by host Jo Kent``,
also before the quote: ``Lind was asked by host Jo Kent whether "..."``;
``has been called "..." by Jo Kent``, ``as described by X``); a cue after the
quote that is coordinated with no subject of its own takes the sentence's
(``Kent has used the phrase "..." often, and criticized``); a cue inside a *with* clause is that clause's
(``..., with Sen. Jo Lind calling it a "..."``); a pronoun reported by another cue is that cue's
subject's (``critics say he had proposed to "dismantle"``, ``what he calls``
after a named subject, ``what it calls`` after an organisation); a pronoun
further inside a report keeps its mention but takes the reporter's name
(``X said that last week he warned of "..."``); so is a noun phrase's cue
inside the complement of an earlier cue, after a clause word (``Lind said he
is certain Berg will continue to be "..."``, ``told reporters who asked ...
that "..."``; not ``tweeted after Berg argued that "..."``), and so is an
attribution set off by commas (``Acme, Tom Lind said, called it "..."``).
A cue in a relative clause right after a quote is about the quoted words
(``a "trade prosecutor" who reports to``), as are the words that go on
after a quote inside a noun phrase (``the "kind of problems" Lind had
answering``), and a cue in a relative clause set
off by commas speaks for no quote after the clause (``the plan, which some
have argued was rushed, was "..."``).  A quote in a sentence without a cue whose subject
is a person (``She wants a "fair shot"``; not ``Strong sales can``, a
capitalised word before a noun and a verb) is a partial quote of that person
(of the pronoun that opens the quote's own clause, ``..., and he has long
used "..."``),
and ``"..." -- Jane Doe`` is Jane Doe's.

**Canonical names.**  Every run of capitalised words in the article is read
as ``[role words] name`` (``US Secretary of State Antony Blinken`` gives the
role ``US Secretary of State`` and the name ``Antony Blinken``; a run never
crosses a sentence end: ``in Texas. Tom Lind`` gives ``Tom Lind``; a name
before ``of`` and a place is the name: ``Sen. Tom Lind of Ohio`` gives
``Tom Lind``; a run that opens with the surname of someone named before,
not a common first name, names no one: ``Lind Tower`` after ``Tom Lind``;
nor does a word that opens a sentence but no name: ``Despite Lind``; a
compound adjective before a name is no part of it: ``Texas-born Tom Lind``).  A mention
resolves to the full name introduced earlier with the same surname
(``Mr Blinken``, ``Blinken``), of the honorific's gender when two people share
it (``Mrs. Lind`` after ``Tom Lind`` is ``Ann Lind``; a surname's honorific
gives no gender to a first name that says otherwise); a role noun phrase (``the secretary``, ``the
Ohio Democrat``, ``former Ohio Sen.``) to the one person named before whose
title, appositive (``Tom Lind, a Democrat from Ohio,``) or party and state
(``Tom Lind (D-Ohio)``) holds its head noun and capitalised words, of the same
rank, and to no one when two fit; a description right after a full name
that opens its clause to that name (``But Tom Lind, the president of X, ...,
said``); a full name to that person, not to someone of the same
surname with another common first name (``Bill Lind`` after ``Mary Lind``);
``he``/``she`` to the last person
named as a speaker (the subject of any cue, quoted or not) of a matching
gender when it is known from an honorific, an earlier pronoun or a common
first name borne almost only by one sex (``Tom``, ``Ann``; not ``Jo``).
Honorifics are dropped from names.  A first name before *and* and a full name
shares its surname (``Arthur and Margaret Pike``: ``Arthur`` is Arthur Pike); a
common first name said short is the one it cuts (``Gav`` after ``Gavin Sully``);
``the judge`` is one titled ``Mr Justice`` or ``Judge`` (known by one name); a
document read by another is no one's antecedent (``In a statement read by his
lawyer, he said``), and ``the statement said`` after it is its author's.
A name ends before *of* and the place or firm after it (``Sen. Jo Kent of
Ohio``, ``Tom Lind of Acme Securities``; not ``Secretary of State``); a
company's name (``Acme Tool Corp``, :data:`COMPANY_WORDS`) is no person's,
but a name right after it is (``Acme Capital Markets Jo Kent``); a listed
city glued before a name is dropped (``in Tokyo Tom Lind said``); a mention
broken over lines is named on one line.  A described mention that ends in a
name after a speaker noun or a possessive is that name (``his campaign
manager Jo Kent``, ``the Herald's Jo Kent``; not ``a spokesman for Jo
Kent``); after a possessive inside a name the name is what follows it
(``Acme's Jo Kent``, ``Acme News' Jo Kent``), and an office or document
speaks for its owner (``Kent's office``; not ``Kent's son``); a capitalised
word for what a person does is a role (``Comedian Jo Kent``).  With no title
before the name, the appositive after it is the role as written, less its
article (``Jo Lind, the port director,``, ``Jo Lind, 45, a farmer,``, ``Jo
Lind, chief executive of Acme,``; see :func:`_described_after`), and so is
a description set off before the name, which then names the speaker (``the
port director, Jo Lind, said`` is Jo Lind's; :func:`_described_before`).  An
office with *of* or *and* keeps its capitalised words (``Secretary of Homeland
Security Jo Lind``), and two people joined by *and* are named together
(``Jo Lind and Tom Kent``).  Failing all these, lower-case role words right
before the first mention are the role (``police spokeswoman Jo Lind``).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Reversible, Sequence
from functools import lru_cache, partial
from itertools import accumulate, chain, compress, count, filterfalse, islice, pairwise, repeat
from operator import itemgetter, ne
from sys import intern
from typing import TYPE_CHECKING, NamedTuple

import attrs
import regex

from newsstruct._data.cues import (
    CLAUSE_VERBS,
    CUE_WORDS,
    FINDERS,
    FINDING_FORMS,
    LISTENER_FORMS,
    LOOKING_BACK_NOUNS,
    OBJECT_CUES,
    OTHER_LANGUAGE_CUES,
    OTHER_LANGUAGE_POSTPOSITIONS,
    OTHER_LANGUAGE_PREPOSITIONS,
    PRODUCT_NOUNS,
    REBUTTING_CUES,
    RESPONSE_NOUNS,
    SOURCE_FIRST_PHRASES,
    SPEECH_NOUNS,
    TERM_MARKERS,
    WEAK_FORMS,
)
from newsstruct._data.first_names import (
    FEMALE_FIRST_NAMES,
    MALE_FIRST_NAMES,
    MONTH_FIRST_NAMES,
    UNISEX_FIRST_NAMES,
)
from newsstruct._data.gazetteer import COUNTRIES, PLACES, REGIONS, is_known_place
from newsstruct._data.kickers import KICKERS, SECTION_NAMES
from newsstruct._data.places import CANADIAN_PROVINCE_NAMES, US_STATE_NAMES, US_STATES
from newsstruct._data.pronouns import PERSON_PRONOUNS, PRO_DROP_VERBS, SUBJECT_PRONOUNS
from newsstruct._data.speaker_nouns import (
    FAMILY_NOUNS,
    NATIONALITY_NOUNS,
    NOT_SPEAKER_LABELS,
    PERSON_NOUNS,
    POSITION_NOUNS,
    ROLE_ING_WORDS,
    SCHOOL_YEARS,
    SIGN_CARRIERS,
    SIGN_NOUNS,
    SIGN_PLACES,
    SOURCE_NOUNS,
)
from newsstruct._data.titles import (
    ABBREVIATIONS,
    CASED_ABBREVIATIONS,
    CHAMBER_MEMBERS,
    COMPANY_WORDS,
    HONORIFIC_PAIRS,
    HONORIFIC_SURNAMES,
    HONORIFICS,
    NON_MEMBER_WORDS,
    OFFICE_HONORIFICS,
    ORGANISATION_SURNAMES,
    ORGANISATION_WORDS,
    PLURAL_TITLES,
    PORTFOLIO_WORDS,
    ROLE_SYNONYMS,
    ROLE_WORDS,
)
from newsstruct._model import Paragraph, Span, Speaker
from newsstruct._patterns import (
    SCAN_TIMEOUT,
    SPEAKER_AFTER_LEAD,
    SPEAKER_DASH_LINE,
    SPEAKER_NAME_NOT_PLAIN,
    SPEAKER_NAME_RUN,
    SPEAKER_NAME_RUN_PLAIN,
    SPEAKER_NICKNAME_CAPS,
    SPEAKER_NICKNAME_GATE,
    SPEAKER_NICKNAMED,
    SPEAKER_NOT_PLAIN,
    SPEAKER_TOKEN_SPLIT,
    SPEAKER_TOKEN_SPLIT_PLAIN,
    SPEAKER_WORD,
    SPEAKER_WORD_ANY,
    SPEAKER_WORD_START,
    LazyPattern,
)

if TYPE_CHECKING:
    import regex

    from newsstruct._quotes import Segment

_WORD = 1
_PUNCT = 2
_QUOTE = 3

_SOURCE_FIRST = frozenset(SOURCE_FIRST_PHRASES)
#: First words of every cue, to test tokens cheaply.
_CUE_HEADS = frozenset(c.split()[0] for c in CUE_WORDS | _SOURCE_FIRST)
#: First words of the cues that name a speaker without a quote next to them
#: (not ``according to``, read only before or after a quote).
_SPEAKER_CUE_HEADS = frozenset(c.split()[0] for c in CUE_WORDS)
#: Those of them not all ASCII (the other languages' verbs: ``заявил``,
#: ``powiedział``), which :data:`SPEAKER_WORD` does not find.
_SPEAKER_CUE_HEADS_NOT_ASCII = frozenset(h for h in _SPEAKER_CUE_HEADS if not h.isascii())
#: Those in ASCII, as bytes (for :func:`_may_cue`).
_SPEAKER_CUE_HEADS_BYTES = frozenset(h.encode() for h in _SPEAKER_CUE_HEADS if h.isascii())
#: A table for ``bytes.translate`` that keeps the ASCII letters, in lower case,
#: and turns every other byte into a space: the split of a text in ASCII so
#: translated gives the words :data:`SPEAKER_WORD` finds in it in lower case.
_ASCII_WORD_BYTES = bytes(
    code + 32 if 65 <= code <= 90 else code if 97 <= code <= 122 else 32 for code in range(256)
)


def _cue_sizes(cues: frozenset[str]) -> dict[str, tuple[int, ...]]:
    """The lengths in words (up to four) of the *cues* each first word starts, longest first."""
    sizes: dict[str, set[int]] = {}
    for cue in cues:
        words = cue.split()
        sizes.setdefault(words[0], set())
        if len(words) <= 4:
            sizes[words[0]].add(len(words))
    return {head: tuple(sorted(found, reverse=True)) for head, found in sizes.items()}


#: The lengths in words of the cues each head starts, longest first.
_CUE_SIZES = _cue_sizes(CUE_WORDS | _SOURCE_FIRST)
#: Second words of the cues of several words (``went on``, ``according to``).
_CUE_SECOND_WORDS = frozenset(c.split()[1] for c in CUE_WORDS | _SOURCE_FIRST if " " in c)

_TERM_MARKERS = tuple(sorted(TERM_MARKERS, key=len, reverse=True))
#: Words skipped between a subject and its cue: auxiliaries and adverbs.
_AUX = frozenset(
    {"has", "have", "had", "also", "later", "then", "would", "will", "once", "previously",
     "recently", "again", "just", "simply", "further", "quickly", "finally", "is", "was",
     "were", "are", "been", "not", "even", "first", "often", "still", "already", "did",
     "does", "do", "could", "can", "might", "may", "should", "must", "never", "always",
     "herself", "himself", "themselves", "itself", "only", "being", "twice"}
)  # fmt: skip
#: Reflexives that stress a noun before them (``the candidate himself``).
_REFLEXIVES = frozenset({"himself", "herself", "themselves"})
#: Adverb particles of phrasal verbs (``singles out``).
_VERB_PARTICLES = frozenset({"out", "up", "off", "down"})
#: Auxiliaries of the perfect: no noun phrase walks back over one
#: (``has run advertisements calling``).
_PERFECT_AUX = frozenset({"has", "have", "had"})
#: Verbs after which a cue form in *-ing* is a gerund subject (``writing was``).
_GERUND_VERBS = frozenset({"is", "was", "has", "had", "were", "are", "remains", "became"})
#: Words that end a noun phrase when walking back from a cue.
_STOP = frozenset(
    {"that", "and", "but", "or", "because", "which", "when", "as", "if", "while", "so",
     "where", "after", "before", "since", "though", "although", "than", "to", "of",
     "in", "on", "at", "by", "for", "with", "from", "about", "into", "what", "how",
     "why", "whom", "whose", "not", "is", "was", "were", "are", "be", "there", "here",
     "this", "these", "those", "it's", "said", "says", "told", "then", "until", "unless",
     "whether", "once", "during", "against", "like", "over", "under", "through", "who"}
)  # fmt: skip
_DETERMINERS = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "one", "two",
     "three", "four", "several", "some", "many", "other", "another", "both", "each",
     "most", "few", "all", "no", "any", "these", "those"}
)  # fmt: skip
#: Words that open a count (``About 200 nurses``, ``Nearly 300 people``): before a
#: figure, no subject of their own.
_APPROXIMATORS = frozenset(
    {"about", "nearly", "almost", "roughly", "around", "approximately", "over", "under",
     "some", "up", "more", "fewer", "less", "at", "only", "just", "perhaps", "maybe"}
)  # fmt: skip
#: Capitalised words that start sentences without being names.
_FUNCTION_CAPS = frozenset(
    {"the", "a", "an", "but", "and", "or", "in", "on", "at", "as", "if", "when", "while",
     "after", "before", "this", "that", "these", "those", "it", "its", "he", "she", "they",
     "we", "i", "you", "his", "her", "their", "our", "my", "so", "yet", "then", "now",
     "still", "also", "asked", "speaking", "according", "there", "here", "what", "why",
     "how", "for", "with", "by", "from", "to", "of", "meanwhile", "however", "earlier",
     "later", "last", "next", "during", "since", "though", "although", "because",
     "instead", "indeed", "yes", "no", "well", "even", "just", "only", "one", "some",
     "perhaps", "maybe", "within", "beyond", "despite", "amid", "without", "outside",
     "whatever", "given", "having",
     "many", "most", "all", "both", "each", "every", "other", "another", "such", "who",
     "which", "where", "monday", "tuesday", "wednesday", "thursday", "friday",
     "saturday", "sunday", "today", "yesterday", "tomorrow", "not", "like", "unlike",
     "january", "february", "march", "april", "june", "july", "august", "september",
     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
     "sep", "sept", "oct", "nov", "dec", "unless", "until", "whenever", "whereas",
     "whether", "more", "fewer", "less",
     # prepositions that open a sentence before a name ("Under Wieczorek, now 58, the
     # orchestra has doubled")
     "under", "among", "through", "throughout", "against", "behind", "across", "inside",
     "toward", "towards", "around", "between", "alongside", "upon", "beneath",
     # participles that open a sentence before its subject ("Reacting, the party's
     # spokesman, Jo Obi, said"), Nigerian and South Asian wire style
     "reacting", "responding", "commenting", "continuing", "addressing", "explaining",
     "elaborating", "recalling"}
)  # fmt: skip
#: Prepositions of a place between a role and a name (``expert in Tokyo Jo Lind``).
_ROLE_PLACE_LINKS = frozenset({"in", "at", "from"})
#: Function words written with a capital inside a name (``Doctors Without Borders``).
_TITLE_LINKS = frozenset({"without", "for", "against", "in", "on", "at", "and", "the", "to"})
#: Endings of adverbs that open a sentence (``Separately``, ``Afterwards``).
_ADVERB_ENDS = ("ly", "wards", "ward")
#: Capitalised sentence openers that are adverbs and no name's first word.
_SENTENCE_ADVERBS = frozenset(
    {"tonight", "overnight", "elsewhere", "again", "once", "twice", "thereafter", "soon",
     "often", "sometimes", "already", "otherwise", "nevertheless", "nonetheless", "thus",
     "hence", "besides", "anyway", "together", "first", "second", "third", "finally"}
)  # fmt: skip
#: First words of the cue ``go on`` (a cue only before punctuation or a quote).
_GO_FORMS = frozenset({"go", "goes", "went", "going"})
#: Forms of *continue*, a cue only before punctuation, a quote or *saying*.
_CONTINUE_FORMS = frozenset({"continue", "continues", "continued", "continuing"})
#: Verbs of addressing someone: the phrase after them and *to* is whom they wrote
#: to, not the subject of a participle after it (``wrote to the mayor demanding``).
_ADDRESS_VERBS = frozenset(
    {"wrote", "written", "writing", "write", "writes", "spoke", "spoken", "speaking",
     "talked", "appealed", "complained", "sent", "turned", "reached", "replied"}
)  # fmt: skip
#: Forms of *add*, which report unless a thing is added (``added a new meaning``).
_ADD_FORMS = frozenset({"added", "adding"})
#: Verbs after which *talking about* reports (``is talking about "..."``).
_TALKING_AFTER = frozenset(
    {"is", "was", "are", "were", "be", "been", "keeps", "kept", "started", "began", "went"}
)
#: Adverbs between a verb and *talking about* (``is still talking about``).
_TALKING_ADVERBS = frozenset({"already", "still", "now", "also", "just", "often", "always"})
#: Words before ``a ... note`` that make the note a tone (``on a high note``,
#: ``struck a sombre note``), not a cue.
_NOTE_FRAMES = frozenset(
    {"on", "struck", "strike", "strikes", "striking", "sounded", "sound", "sounds",
     "sounding", "hit", "hits", "hitting", "ended", "end", "ends", "closed", "finished"}
)  # fmt: skip
#: Words before *states* that make it the noun (``member states``, ``Gulf states``).
_STATE_KINDS = frozenset(
    {"member", "island", "client", "gulf", "arab", "baltic", "coastal", "border", "swing",
     "battleground", "frontline", "front-line", "producer", "producing", "oil-producing",
     "consumer", "transit", "neighbouring", "neighboring", "other", "several", "many",
     "both", "all", "individual", "nation", "city", "sovereign", "successor", "german"}
)  # fmt: skip
#: Words after *reading* that make it a noun after a determiner (``a strong
#: reading in the survey``, ``the first reading of the bill``).
_READING_LINKS = frozenset({"in", "of", "on", "for", "at", "was", "is"})
#: Words after *continue* that keep it a cue (``continued his remarks``).
_CONTINUE_OBJECTS = frozenset({"saying", "that", "his", "her", "their"})
#: One-word cues whose only noun reading :meth:`_Paragraph._real_cue` rules out is
#: a capitalised word inside a sentence (``Says``, a name): no participle, gerund,
#: *go* or *find* form, no weak form (``said``, ``told``, ``asked``).
_PLAIN_CUE_FORMS = frozenset(
    head
    for head, sizes in _CUE_SIZES.items()
    if sizes == (1,)
    and head in CUE_WORDS
    and head not in _SOURCE_FIRST
    and not head.endswith(("ed", "en", "ing"))
    and head not in _GO_FORMS
    and head not in _CONTINUE_FORMS
    and head not in FINDING_FORMS
    and head not in WEAK_FORMS
    and head.removesuffix("s") not in WEAK_FORMS
)
#: Words between a finder and *found* (``a study by the University of Oslo found``).
_FINDER_LINKS = frozenset({"by", "of", "at", "from", "for", "in", ","})
#: A finder is at most this many tokens before *found*.
_FINDER_REACH = 12
#: Time words between a subject and its cue (``Trump on Monday said``).
_WHEN = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
     "yesterday", "tonight", "now", "on", "earlier", "last", "week", "month", "year", "this",
     "morning", "afternoon", "evening", "night",
     # where the dateline is, as wire copy writes it ("dealers here said")
     "here"}
)  # fmt: skip
#: Words that link or time a role (``Secretary of State``, ``then-Gov.``) and
#: never head a speaker phrase themselves (``Maybe the``, ``a member of the``).
_ROLE_LINKS = frozenset({"of", "the", "and", "for", "then"})
_HEADS = PERSON_NOUNS | SOURCE_NOUNS | (ROLE_WORDS - _ROLE_LINKS)
#: Documents a person issues (``released a statement saying``): the author speaks.
_DOCUMENTS = frozenset(
    {"statement", "letter", "tweet", "post", "email", "e-mail", "memo", "release", "note",
     "message", "video", "op-ed", "editorial", "essay", "report", "ad", "advertisement", "filing",
     "complaint", "lawsuit", "petition"}
)  # fmt: skip
#: Nouns for several documents at once (``a series of tweets``).
_COLLECTIVES = frozenset({"series", "string", "flurry", "barrage", "stream", "volley", "pair"})


def _document(word: str) -> bool:
    """Whether *word* names a document, one or several (``statement``, ``tweets``)."""
    low = _bare(word)
    return low in _DOCUMENTS or (low.endswith("s") and low[:-1] in _DOCUMENTS)


#: Articles that open a study's noun phrase (``A long-awaited report``).
_ARTICLES = frozenset({"a", "an", "the"})
#: Prepositions that link a study to its topic (``a report into the collapse``).
_TOPIC_LINKS = frozenset({"of", "into", "on"})
#: Studies and reports that speak for themselves (``the review of X said``).
_STUDIES = frozenset(
    {"study", "report", "survey", "poll", "analysis", "review", "audit", "investigation",
     "inquiry", "probe", "assessment", "evaluation", "inspection"}
)  # fmt: skip
#: Prepositions before a document its author speaks through (``in a statement``).
_DOCUMENT_PREPOSITIONS = frozenset({"in", "via", "through"})


def _speaker_head(word: str) -> bool:
    """Whether a lower-case word can head a speaker phrase (``officials``)."""
    low = word.lower().rstrip(".")
    if low in _HEADS:
        return True
    if low.endswith("ies"):
        return low[:-3] + "y" in _HEADS
    if low.endswith(("men", "women")):
        return low[:-3] + "man" in _HEADS
    return low.endswith("s") and (low[:-1] in _HEADS or low[:-2] in _HEADS)


#: Conjunctions that open a sentence before its subject (``But Jo Lind, who ...``).
_LEADING_CONJUNCTIONS = frozenset({"but", "and", "yet", "so"})
#: Words that link a person to their home town (``a nurse from Scranton``).
_HOME_LINKS = frozenset({"from", "in", "of"})
#: A home town and its state set off before a relative have at most this many tokens.
_MAX_HOME_TOKENS = 6


#: Forms of *introduce*: the words right after it are what someone is introduced
#: as, a fragment (``introduced Marsh as "the reason we are here."``).
_INTRODUCING = frozenset({"introduce", "introduces", "introduced", "introducing"})
#: Cue verbs whose next noun phrase is their object, never an inverted subject.
_TRANSITIVE = frozenset(
    {"told", "tell", "tells", "urged", "urge", "urges", "called", "call", "calls", "accused",
     "accuse", "accuses", "praised", "praise", "praises", "blamed", "blame", "blames",
     "criticized", "criticised", "criticize", "criticizes", "labeled", "labelled",
     "branded", "dubbed", "described", "describe", "describes", "credited", "slammed",
     "blasted", "mocked", "thanked", "reminded", "assured", "informed",
     "advised", "begged", "implored", "instructed", "challenged", "pressed", "hailed", "dismissed", "denounced", "condemned", "quoted",
     "cited", "characterized", "termed", "derided", "reassured", "teased", "chided",
     "scolded", "taunted", "ridiculed", "quote", "cite", "introduced", "introduce",
     "introduces", "introducing"}
)  # fmt: skip
_PREPOSITIONS = frozenset(
    {"in", "of", "from", "at", "to", "for", "with", "by", "on", "into", "near", "about",
     "against", "across", "toward", "towards", "outside", "inside", "throughout", "than",
     "like", "over", "under", "between", "among", "via", "visiting", "versus"}
)  # fmt: skip
_PARTICLES = frozenset(
    {"de", "da", "di", "del", "der", "den", "du", "dos", "van", "von", "la", "le", "bin", "al"}
)
_CONNECT = frozenset({"of", "for", "the", "and", "on"})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_DASHES = frozenset("-\u2010\u2012\u2013\u2014\u2015\u2212")
_APPOSITIVE = frozenset(",\u2014\u2013-")
_LEFT_PUNCT = frozenset(",:\u2014\u2013-")
_TERM_MAX_WORDS = 4
#: Attribution passes over at most this many cues that follow quotes of their
#: own when it looks back for a quote's cue.
_MAX_CUES_BACK = 4
#: Attribution looks at most this many tokens before and after a quote.
_WINDOW = 80
#: A block without quotes longer than this is not read for speakers.
_LONGEST_PLAIN = 5000
#: A block with more quoted segments than this is a list or data, not prose
#: (news paragraphs hold a few dozen at most): it is not read for speakers.
_MAX_QUOTES = 100
#: At most this many people are read from one text for canonical names.
_MAX_PEOPLE = 2000
_TITLE_MAX_WORDS = 12
#: Words left in lower case inside a title.
_SMALL_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "but", "nor", "of", "for", "to", "in", "on", "at", "by",
     "with", "from", "as", "into", "vs", "vs.", "v.", "de", "la", "del", "los", "las", "no",
     "not", "is", "be"}
)  # fmt: skip


class _Token(NamedTuple):
    start: int
    end: int
    text: str
    kind: int
    segment: int = -1  # index into the paragraph's segments for quote tokens


@attrs.frozen
class Attribution:
    """Who said a segment: speaker (mention, not yet resolved), cue, kind."""

    speaker: Speaker
    cue: str | None
    kind: str


class _Event(NamedTuple):
    """A speaker mention (quoted or not), for pronoun resolution: offsets only.

    ``text[start:end]`` is the mention, ``text[name_start:name_end]`` its
    provisional name; the :class:`Speaker` is built when it is resolved, which
    keeps memory low on long texts with many cues.
    """

    start: int
    end: int
    name_start: int
    name_end: int

    def speaker(self, text: str) -> Speaker:
        mention = intern(text[self.start : self.end])  # one copy of each mention
        name = mention
        if (self.name_start, self.name_end) != (self.start, self.end):
            name = intern(text[self.name_start : self.name_end])
        return Speaker(name=name, mention=mention, span=Span(self.start, self.end))


class _Read(NamedTuple):
    """A paragraph read as tokens, in parallel lists: offsets, texts, kinds; the quote tokens."""

    starts: list[int]
    ends: list[int]
    texts: list[str]
    kinds: list[int]
    quote_index: list[int]  # segment index -> index of its quote token

    @property
    def tokens(self) -> list[_Token]:
        """The tokens as records, built from the lists in one C-level pass."""
        owners = [-1] * len(self.texts)
        for index, at in enumerate(self.quote_index):
            owners[at] = index
        return list(
            map(
                _make_token,
                zip(self.starts, self.ends, self.texts, self.kinds, owners, strict=True),
            )
        )


#: Token kind by ``str.isalnum()`` of the token's first character.
_KIND_BY_ALNUM = (_PUNCT, _WORD)
_first = itemgetter(0)
#: The first characters of plain-text tokens (ASCII and the typographic marks
#: :data:`SPEAKER_NOT_PLAIN` lets through) translated to their token kind as a
#: code point: a word's is alphanumeric or ``_``, any other a punctuation mark's.
#: Encoded, the translated firsts are the kinds as bytes (one C-level pass).
_PLAIN_KIND_CODES = {
    code: _WORD if chr(code).isalnum() or chr(code) == "_" else _PUNCT for code in range(128)
} | dict.fromkeys(map(ord, "\u201c\u201d\u2018\u2019\u2014\u2013\u2026"), _PUNCT)
#: :data:`_PLAIN_KIND_CODES` as a table for ``bytes.translate`` (ASCII firsts:
#: most pieces), which reads it faster than ``str.translate`` its dict.
_PLAIN_KIND_BYTES = bytes(_PLAIN_KIND_CODES.get(code, 0) for code in range(256))
_make_token = partial(tuple.__new__, _Token)


def _tokens(text: str, lo: int, hi: int, segments: Sequence[Segment]) -> _Read:
    """Read ``text[lo:hi]`` as tokens, each quoted segment one :data:`_QUOTE` token.

    The text between quotes is read by :func:`_words`.  The tokens come as
    parallel lists (no object per token); ``_Read.tokens`` builds records.
    """
    starts: list[int] = []
    ends: list[int] = []
    texts: list[str] = []
    kinds: list[int] = []
    quote_index: list[int] = []
    pos = lo
    for segment in segments:
        if pos < segment.open_start:
            _words(text, pos, segment.open_start, starts, ends, texts, kinds)
        quote_index.append(len(texts))
        starts.append(segment.open_start)
        ends.append(segment.close_end)
        texts.append(text[segment.end - 1] if segment.end > segment.start else "")
        kinds.append(_QUOTE)
        pos = segment.close_end
    _words(text, pos, hi, starts, ends, texts, kinds)
    return _Read(starts, ends, texts, kinds, quote_index)


def _words(
    text: str,
    lo: int,
    hi: int,
    starts: list[int],
    ends: list[int],
    texts: list[str],
    kinds: list[int],
) -> None:
    """Append the tokens :data:`SPEAKER_TOKEN` finds in ``text[lo:hi]`` (parallel lists).

    One ``split`` with :data:`SPEAKER_TOKEN_SPLIT` (or its plain-text twin
    :data:`SPEAKER_TOKEN_SPLIT_PLAIN`) gives the tokens between
    runs of white space, and the running sum of the pieces' lengths their
    offsets.  A word (its first character alphanumeric or ``_``) followed by
    a full stop that makes it an abbreviation (``Mr.``, ``A.``) takes the stop.
    """
    if lo >= hi:
        return
    piece = text[lo:hi]
    # (ASCII is plain: the piece knows whether it is, with no scan)
    plain = piece.isascii() or SPEAKER_NOT_PLAIN.search(piece) is None
    parts = (SPEAKER_TOKEN_SPLIT_PLAIN if plain else SPEAKER_TOKEN_SPLIT).split(piece)
    if len(parts) < 3:
        return  # white space only
    offsets = list(accumulate(map(len, parts), initial=lo))
    found = parts[1::2]
    if plain:  # (every first character is in the table: the kinds as bytes)
        joined = "".join(map(_first, found))
        if joined.isascii():
            found_kinds = list(joined.encode().translate(_PLAIN_KIND_BYTES))
        else:
            found_kinds = list(joined.translate(_PLAIN_KIND_CODES).encode())
    else:
        firsts = list(map(_first, found))
        found_kinds = list(map(_KIND_BY_ALNUM.__getitem__, map(str.isalnum, firsts)))
        if "_" in piece:
            for at in compress(count(), map("_".__eq__, firsts)):
                found_kinds[at] = _WORD
    found_starts = offsets[1:-1:2]
    found_ends = offsets[2::2]
    if "." in piece:
        # (a token opening with a full stop is one: the stops are found in the
        # first characters, one C-level search each)
        if not plain:
            joined = "".join(firsts)
        stops: list[int] = []
        at = joined.find(".")
        while at >= 0:
            stops.append(at)
            at = joined.find(".", at + 1)
        _abbreviations(found_starts, found_ends, found, found_kinds, stops)
    starts += found_starts
    ends += found_ends
    texts += found
    kinds += found_kinds


#: The length of the longest of :data:`ABBREVIATIONS`.
_LONGEST_ABBREVIATION = max(map(len, ABBREVIATIONS))


def _abbreviations(
    starts: list[int], ends: list[int], texts: list[str], kinds: list[int], stops: list[int]
) -> None:
    """Give a full stop to the word before it that it abbreviates (``Mr.``, ``A.``).

    *stops* are the indices of the full-stop tokens, in order.
    """
    taken: list[int] = []
    for at in stops:
        if at == 0 or kinds[at - 1] != _WORD or ends[at - 1] != starts[at]:
            continue
        word = texts[at - 1]
        if (
            (len(word) == 1 and word.isupper())
            or (
                # (lower case is never shorter: a longer word is no abbreviation)
                len(word) <= _LONGEST_ABBREVIATION and word.lower() in ABBREVIATIONS
            )
            or word in CASED_ABBREVIATIONS
        ):
            texts[at - 1] = word + "."
            ends[at - 1] = ends[at]
            taken.append(at)
    if len(taken) <= _FEW_STOPS_TAKEN:
        for at in reversed(taken):  # (the few stops taken, last first)
            del starts[at], ends[at], texts[at], kinds[at]
        return
    # many ("Sen. Ann Berg and Sen. ..." in one long paragraph): each list
    # rebuilt once, not shifted once for every stop taken
    keep = [True] * len(starts)
    for at in taken:
        keep[at] = False
    starts[:] = compress(starts, keep)
    ends[:] = compress(ends, keep)
    texts[:] = compress(texts, keep)
    kinds[:] = compress(kinds, keep)


#: Up to this many full stops taken into abbreviations are deleted one by one
#: from a paragraph's tokens (:func:`_abbreviations`); more, in one pass.
_FEW_STOPS_TAKEN = 8


#: Token texts that may end a sentence: the original test is ``text in ".!?"``.
_SENTENCE_ENDS = frozenset({"", ".", "!", "?", ".!", "!?", ".!?"})


#: The emphasis marks of Markdown left in a text that is not read as Markdown
#: (single marks, or a pair that no closing pair on its line ends): each mark
#: is one token, ``**`` two.
_EMPHASIS_MARKS = frozenset({"_", "*"})


def _emphasised_quote(texts: Sequence[str], kinds: Sequence[int], first: int) -> bool:
    """Whether the emphasis mark at token *first* (one, or two alike) opens a quote."""
    after = first + 1
    if after < len(texts) and texts[after] == texts[first]:
        after += 1
    return after < len(texts) and kinds[after] == _QUOTE


def _sentence_starts(texts: Sequence[str], kinds: Sequence[int]) -> list[int]:
    """Index of the first token of the sentence each token belongs to."""
    count_ = len(texts)
    starts: list[int] = []
    current = 0
    # only a full stop, ! or ? (a mark, or a quote ending with one) ends a sentence
    for index in compress(range(count_ - 1), map(_SENTENCE_ENDS.__contains__, texts)):
        if kinds[index] == _WORD:
            continue
        following = texts[index + 1]
        kind = kinds[index + 1]
        if kind == _PUNCT and following in ")]\u201d\u2019\"'":
            continue
        if len(following) == 2 and following[1] == "." and following[0].isupper():
            continue  # an initial inside an abbreviation: ``(D-N.Y.)``, ``U.S.``
        if following.isdigit() and index and texts[index - 1].isdigit() and texts[index] == ".":
            continue  # a decimal point: ``1.40 dlrs`` (no sentence opens with a figure)
        if (
            kind == _QUOTE
            or following[:1].isupper()
            or following[:1].isdigit()
            # paragraphs run together (``... flats." | Okafor said``); emphasis
            # marks before a quote (``... flats. _"We will,"_ she said``, ``**"We``)
            or following == "|"
            or (following in _EMPHASIS_MARKS and _emphasised_quote(texts, kinds, index + 1))
        ):
            starts += repeat(current, index + 1 - current)
            current = index + 1
    starts += repeat(current, count_ - current)
    return starts


def _sentence_ends(starts: Sequence[int]) -> list[int]:
    """For each token, the index after the last token of its sentence."""
    ends: list[int] = []
    size = len(starts)
    first = 0
    for first_next in compress(range(1, size), map(ne, starts[1:], starts[:-1])):
        ends += repeat(first_next, first_next - first)
        first = first_next
    ends += repeat(size, size - first)
    return ends


#: Acronyms in capitals that read as function words in lower case: ``A WHO
#: report``, ``the WHO said``, ``the US said``, ``the IT department`` name a body.
_ACRONYM_WORDS = frozenset({"WHO", "US", "IT"})


def _keep_acronyms(texts: Sequence[str], lowers: list[str]) -> None:
    """Keep :data:`_ACRONYM_WORDS` in capitals in *lowers* where the text is not in capitals.

    ``WHO`` is the World Health Organization, not the relative *who*, unless the
    words around it are in capitals too (a headline or a label: ``WHO SAID IT``).

    >>> lowers = ["a", "who", "report", "found"]
    >>> _keep_acronyms(["A", "WHO", "report", "found"], lowers)
    >>> lowers
    ['a', 'WHO', 'report', 'found']
    >>> lowers = ["who", "said", "it"]
    >>> _keep_acronyms(["WHO", "SAID", "IT"], lowers)
    >>> lowers
    ['who', 'said', 'it']
    """
    last = len(texts) - 1
    for i, word in enumerate(texts):
        if word not in _ACRONYM_WORDS:
            continue
        before = texts[i - 1] if i else ""
        after = texts[i + 1] if i < last else ""
        if (len(before) > 1 and before.isupper()) or (len(after) > 1 and after.isupper()):
            continue  # words in capitals around it: a headline or a label
        lowers[i] = word


#: How much white space :func:`paragraph_above` walks back over.
_PARAGRAPH_GAP = 200


def paragraph_above(text: str, start: int) -> tuple[int, int]:
    """Where the paragraph above the one that opens at *start* opens and ends
    (the white space between them walked back, :data:`_PARAGRAPH_GAP`
    characters at most, so that asking costs no copy of the text before it).

    >>> paragraph_above("One.\\n\\nTwo.\\n\\nThree.", 11)
    (6, 10)
    """
    end = start
    while end > max(0, start - _PARAGRAPH_GAP) and text[end - 1].isspace():
        end -= 1
    return text.rfind("\n", 0, end) + 1, end


def _bare(word: str) -> str:
    return word.lower().rstrip(".")


#: Forms of *note* that are a noun after a determiner (``a note reading "..."``).
_NOTE_NOUNS = frozenset({"note", "notes"})
_NOTE_DETERMINERS = frozenset(
    {"a", "an", "the", "this", "that", "one", "another", "his", "her", "their", "its",
     "handwritten", "typed", "scrawled", "suicide", "ransom", "sticky"}
)  # fmt: skip


class _Paragraph:
    """One paragraph read as tokens, with its cues found.

    Token *i* is ``texts[i]`` (``lowers[i]`` in lower case) of kind
    ``kinds[i]`` at ``text[token_start[i]:token_end[i]]``; ``starts[i]`` is
    the first token of its sentence.
    """

    def __init__(self, text: str, paragraph: Paragraph, segments: Sequence[Segment]) -> None:
        self.text = text
        self.segments = segments
        lo, hi = paragraph.span.start, paragraph.span.end
        read = _tokens(text, lo, hi, segments)
        #: the tokens' texts, kinds and offsets in the text (parallel lists)
        self.texts = texts = read.texts
        self.kinds = kinds = read.kinds
        self.token_start = read.starts
        self.token_end = read.ends
        #: the tokens' texts in lower case
        self.lowers = lowers = list(map(str.lower, texts))
        if not _ACRONYM_WORDS.isdisjoint(texts):
            _keep_acronyms(texts, lowers)
        #: relative "who" token -> the noun phrase it stands for
        self.antecedents: dict[int, tuple[int, int]] = {}
        self.starts = _sentence_starts(texts, kinds)
        #: for each token, the index after its sentence (found when first needed)
        self.ends: list[int] | None = None
        #: segment index -> index of its quote token
        self.quote_index = read.quote_index
        #: quote tokens read as terms or titles (set by :func:`attribute`)
        self.terms: frozenset[int] = frozenset()
        #: token index -> (cue text, index of the cue's last token)
        self.cues: dict[int, tuple[str, int]] = {}
        self.source_first: dict[int, tuple[str, int]] = {}
        #: index of the last token of every cue (filled below)
        self.cue_ends: set[int] = set()
        count_ = len(texts)
        starts = self.starts
        for i in compress(count(), map(_CUE_HEADS.__contains__, lowers)):
            if kinds[i] != _WORD:
                continue
            if lowers[i] in _PLAIN_CUE_FORMS:  # (what _real_cue tests of such a form)
                if not (i and texts[i][:1].isupper() and starts[i] != i and kinds[i - 1] == _WORD):
                    self.cues[i] = (intern(text[read.starts[i] : read.ends[i]]), i)
                continue
            for size in _CUE_SIZES[lowers[i]]:
                if i + size > count_:
                    continue
                if size > 1 and (
                    lowers[i + 1] not in _CUE_SECOND_WORDS
                    or kinds[i : i + size].count(_WORD) != size
                ):
                    continue
                phrase = " ".join(lowers[i : i + size])
                # one copy of each cue text however many quotes use it
                if phrase in _SOURCE_FIRST:
                    cue = intern(text[read.starts[i] : read.ends[i + size - 1]])
                    self.source_first[i] = (cue, i + size - 1)
                    break
                if phrase in CUE_WORDS:
                    if self._real_cue(i, texts[i]):
                        cue = intern(text[read.starts[i] : read.ends[i + size - 1]])
                        self.cues[i] = (cue, i + size - 1)
                    break
        if self.cues:  # (without cues, the empty set above stays)
            self.cue_ends = {last for _, last in self.cues.values()}
        #: the cue indices in order (the dict is filled in token order)
        self.cue_order = list(self.cues)
        self._common: dict[str, bool] = {}
        #: (cue, floor) -> the subject :meth:`np_before` found
        self._subjects: dict[tuple[int, int], tuple[int, int] | None] = {}

    def reset(self) -> None:
        """Forget what earlier questions read (as a paragraph read anew would).

        Its tokens and cues are kept: a caller that asks of many quotes in one
        paragraph reads them once.
        """
        self.antecedents = {}
        self._common = {}
        self._subjects = {}

    def _cap(self, index: int) -> bool:
        """Whether token *index* is a capitalised word (or a surname with its
        Arabic article: ``al-Tayeb``)."""
        if self.kinds[index] != _WORD:
            return False
        word = self.texts[index]
        return word[:1].isupper() or (
            word[2:3] == "-" and word[:2] in _ARTICLES_OF_NAMES and word[3:4].isupper()
        )

    def _name_word(self, index: int) -> bool:
        """Whether token *index* is a capitalised word that can be part of a name."""
        if not self._cap(index):
            return False
        bare = self.texts[index].lower().rstrip(".")  # (_bare)
        if bare.endswith(("'s", "\u2019s")):
            bare = bare[:-2]  # "That's", "There's": a function word and its verb
        if bare in _FUNCTION_CAPS:
            # "Jan Novak": a first name, not the month, before a capitalised word
            return (
                self.texts[index] in MONTH_FIRST_NAMES
                and index + 1 < len(self.texts)
                and self._cap(index + 1)
            )
        return True

    def has_cue(self, first: int, end: int) -> bool:
        """Whether a cue starts at a token in ``[first, end)``."""
        at = bisect_left(self.cue_order, first)
        return at < len(self.cue_order) and self.cue_order[at] < end

    def _adds_a_thing(self, index: int) -> bool:
        """Whether the form of *add* at *index* takes a thing as its object: after
        its subject, an indefinite noun phrase that no colon ends (``it added a
        second meaning of``; ``she added a caveat: "..."`` still reports, and so
        does a cue after its quote, ``"...," added a Nevada Democrat``)."""
        after = index + 1
        if (
            index == 0
            or self.kinds[index - 1] != _WORD  # '"...," added a New Hampshire Democrat'
            or after + 1 >= len(self.texts)
        ):
            return False
        if self.kinds[after] == _QUOTE:
            # 'when it added "irregardless" in 2019', 'added "rizz" to its list': one
            # word in lower case added to something, or in a year, is a word added
            # ('she added "absolutely" when asked' still reports)
            then = self.lowers[after + 1]
            return (
                then in {"to", "into"}
                or (
                    then == "in"
                    and after + 2 < len(self.texts)
                    and len(self.texts[after + 2]) == 4
                    and self.texts[after + 2].isdigit()
                )
            ) and self._quoted_word(after)
        if self.lowers[after] not in {"a", "an"}:
            return False
        return all(
            self.kinds[k] == _WORD for k in range(after + 1, min(after + 4, len(self.texts)))
        )

    def _quoted_word(self, token: int) -> bool:
        """Whether the quote token *token* holds one word in lower case (``"rizz"``)."""
        segment = self.segment_at(token)
        if segment is None:
            return False
        inner = self.text[segment.start : segment.end]
        return inner.isalpha() and inner.islower()

    def segment_at(self, token: int) -> Segment | None:
        """The segment whose quote token is *token* (the tokens rise with the
        segments: one binary search), or ``None``."""
        at = bisect_left(self.quote_index, token)
        if at < len(self.segments) and self.quote_index[at] == token:
            return self.segments[at]
        return None

    def _real_cue(self, index: int, cue: str) -> bool:
        """Rule out noun readings of weak cue forms (``the report``).

        A participle right after an article is an adjective (``a written
        statement``, ``the reported bomber``); a noun there still reports
        (``a lament for the "..."``); a form in *-ing* before *was* or *is* is a
        gerund subject (``said that writing was "..."``).
        """
        if (
            index > 0
            and cue.lower().endswith(("ed", "en"))
            and self.lowers[index - 1] in {"a", "an", "the"}
        ):
            return False
        if cue[:1].isupper() and index > 0 and self.starts[index] != index:
            prev_at = index - 1
            if self.kinds[prev_at] == _WORD:
                return False  # a capitalised word inside a sentence: a name
        low = cue.lower()
        if (
            low == "called"
            and 0 < index < len(self.texts) - 2
            and self.lowers[index - 1] in _PASSIVE_BE
            and self.lowers[index + 1] == "to"
            and self.texts[index + 2].islower()
            and self.lowers[index + 2] not in CUE_WORDS
        ):
            return False  # "the meeting was called to discuss": convened, no one calls it "..."
        if low in _ANONYMITY_ASKS and _asks_anonymity(self.lowers, index):
            return False  # "a person close to X, who asked not to be named, said"
        if (
            low.endswith("ing")
            and index + 1 < len(self.texts)
            and self.lowers[index + 1] in _GERUND_VERBS
        ):
            return False  # "said that writing was ...": a gerund is the verb's subject
        if low in _GO_FORMS:
            # "he went on: ...", "went on about" report; "the Senate goes on recess" does not
            after = index + 2
            return (
                after >= len(self.texts)
                or self.kinds[after] != _WORD
                or self.lowers[after] in {"to", "saying", "about"}
            )
        if low == "talking":
            # "he is talking about": a report; "saw Mr. Lind talking about Acme": no
            before = index - 1
            if before > 0 and self.lowers[before] in _TALKING_ADVERBS:
                before -= 1  # "is already talking about"
            return before >= 0 and self.lowers[before] in _TALKING_AFTER
        if low in _CONTINUE_FORMS:
            # "he continued: ...", "continued his remarks" report; "the strike
            # would continue until Saturday" does not
            after = index + 1
            return (
                after >= len(self.texts)
                or self.kinds[after] != _WORD
                or self.lowers[after] in _CONTINUE_OBJECTS  # "continued his remarks"
                or (
                    self.lowers[after] == "to"
                    and after + 1 < len(self.texts)
                    and self.lowers[after + 1] in CUE_WORDS
                )
            )
        if low in _INTRODUCING:
            # "introduced Marsh as "..."", "introduced the "War On Drugs"": what
            # someone or something is introduced as; not "a bill he was introducing"
            size = len(self.texts)
            return any(
                self.lowers[at] == "as" for at in range(index + 1, min(size, index + 5))
            ) or any(self.kinds[at] == _QUOTE for at in range(index + 1, min(size, index + 3)))
        if low in _ADD_FORMS and self._adds_a_thing(index):
            return False  # "added a second meaning of "literally"": a thing added
        if low in FINDING_FORMS:
            return self._found_by(index)
        if low not in WEAK_FORMS and low.removesuffix("s") not in WEAK_FORMS:
            return True
        if index == 0:
            return False
        if (
            low == "note"
            and index >= 3
            and self.lowers[index - 2] in {"a", "an"}
            and self.lowers[index - 3] in _NOTE_FRAMES
        ):
            return False  # "ended on a confident note", "struck a sombre note": a tone
        if low in _NOTE_NOUNS and self.lowers[index - 1] in _NOTE_DETERMINERS:
            return False  # "a note reading", "The note read": a thing that bears words
        if low == "states" and self.lowers[index - 1] in _STATE_KINDS:
            return False  # "made clear to member states that": a noun, no cue
        if (
            low == "reading"
            and index + 1 < len(self.texts)
            and self.lowers[index + 1] in _READING_LINKS
            and {self.lowers[index - 1], self.lowers[max(0, index - 2)]} & _DETERMINERS
        ):
            return False  # "a strong reading in the survey": a figure, no cue
        after_at = index + 1
        if (
            low in WEAK_FORMS
            and after_at < len(self.texts)
            and self.texts[after_at].islower()
            and self.lowers[after_at] in _HEADS
        ):
            return False  # "press secretary", "post office": a noun before a noun
        before_at = index - 1
        if (
            self.texts[before_at] == ","
            and after_at + 1 < len(self.texts)
            and self.texts[after_at] == ":"
            and self.kinds[after_at + 1] == _QUOTE
        ):
            return True  # 'The response, included as an appendix, reads: "..."'
        if self.texts[before_at] == "," and self._after_participle_appositive(index):
            return True  # 'The resolution, drafted by France, demands "..."'
        if self.texts[before_at].endswith(("'s", "\u2019s")):
            return False  # "the agency's report"
        if (
            before_at > 0
            and "-" in self.texts[before_at]
            and not self.texts[before_at][:1].isupper()
            and self.lowers[before_at - 1] in {"a", "an", "the"}
            and not low.endswith(("ing", "ed"))  # "a T-shirt reading:", "a one-line post reading"
        ):
            return False  # "a 10-year note", "a two-page letter": a noun after its compound
        if (low.endswith("s") and self._noun_modifier(before_at)) or (
            self._cap(before_at)
            and before_at > 0
            and self.lowers[before_at - 1] in _DETERMINERS
            and not low.endswith(("ing", "ed"))  # "a T-shirt reading:" still reads
        ):
            return False  # "leaked emails showed", "22 Clinton emails", "a WHO report"
        return (
            self.kinds[before_at] in (_WORD, _QUOTE)
            and self.lowers[before_at] not in _NOUN_MARKERS
            and self.lowers[before_at] not in QUOTE_STOP_CUES  # "said demand had": a noun
            and self.lowers[before_at] not in _SPEECH_NOUN_MARKERS  # "made similar claims"
        )

    def _after_participle_appositive(self, index: int) -> bool:
        """Whether the weak cue in the present at token *index* follows a subject of
        *the* and a noun or two that opens its sentence, set off by a participle
        phrase (``The resolution, drafted by France, demands "..."``, ``The
        bill, backed by both parties, calls for "..."``), with a quote right after."""
        low, texts = self.lowers[index], self.texts
        if not low.endswith("s") or low.endswith("ss"):
            return False
        if not any(self.kinds[at] == _QUOTE for at in range(index + 1, min(len(texts), index + 4))):
            return False
        start = self.starts[index - 1]
        if self.lowers[start] not in {"the", "a", "an", "its", "their"}:
            return False
        opening = next(
            (k for k in range(start + 2, min(index - 1, start + 5)) if texts[k] == ","), -1
        )
        if opening < 0 or any(texts[k] == "," for k in range(opening + 1, index - 1)):
            return False
        participle = self.lowers[opening + 1]
        return (
            participle.endswith(("ed", "en"))
            and participle.isalpha()
            and texts[opening + 1].islower()
            and index - opening <= _WINDOW
            and all(
                self.kinds[k] == _WORD and texts[k].islower() and texts[k].isalpha()
                for k in range(start + 1, opening)
            )
            and (_speaker_head(texts[opening - 1]) or _document(texts[opening - 1]))
        )

    def _found_by(self, index: int) -> bool:
        """Whether the *find* at token *index* follows a study, a document or
        those who inquire (:data:`FINDERS`): ``The study found``, ``A study by
        the University of Oslo found``, ``The audit, released Monday, found``;
        not ``police found``.  The finder is the word right before it (or
        before an appositive between commas), or one a few words back that
        a preposition or a comma follows (``the audit by the inspector
        general found``), with no cue between."""
        lowers, kinds = self.lowers, self.kinds
        if (
            index >= 3
            and lowers[index - 1] in _BODY_PRONOUNS
            and self.starts[index - 1] == index - 1
        ):
            # "The report states ... . It found": the finder of the sentence before
            before = self.starts[index - 2]
            return any(
                k + 1 in self.cues and self._finder_noun(k)
                for k in range(max(before, index - 1 - _WINDOW), index - 2)
            )
        floor = max(self.starts[index], index - _FINDER_REACH)
        for k in range(index - 1, floor - 1, -1):
            if k == index - 1 and self._finder_noun(k):
                return True  # "The report found": a finder that is also a weak cue's form
            if kinds[k] == _QUOTE or lowers[k] in CUE_WORDS:
                return False
            low = _bare(lowers[k])
            if kinds[k] == _WORD and (
                low in FINDERS or (low.endswith("s") and low[:-1] in FINDERS)
            ):
                return k == index - 1 or lowers[k + 1] in _FINDER_LINKS
        return False

    def _finder_noun(self, k: int) -> bool:
        """Whether token *k* is a finder noun (``report``, ``review``) after a
        determiner or a word that modifies it (``The report``, ``A WHO report``)."""
        low = self.lowers[k]
        if k == 0 or self.kinds[k] != _WORD or low not in FINDERS:
            return False
        before = self.lowers[k - 1]
        return before in _DETERMINERS or (
            k >= 2 and self._cap(k - 1) and self.lowers[k - 2] in _DETERMINERS
        )

    def _noun_modifier(self, k: int) -> bool:
        """Whether token *k* modifies a plural noun after it: a participle in *-ed*
        (``leaked``), or a name after a number or a determiner (``22 Clinton``,
        ``the Trump``)."""
        low = self.lowers[k]
        if self.kinds[k] != _WORD:
            return False
        if low.endswith("ed") and low.isalpha() and k > 0 and self.lowers[k - 1] not in _AUX:
            return True  # "leaked emails"; not "has asked questions"
        if not self._name_word(k) or k == 0 or self.kinds[k - 1] != _WORD:
            return False
        before = self.lowers[k - 1]
        return before in _DETERMINERS or before[:1].isdigit()

    def common_word(self, index: int) -> bool:
        """Whether the capitalised token *index* is a common word, not a name.

        A word capitalised only because it opens a sentence (``Perhaps``,
        ``Wait``, ``It's``) is written in lower case elsewhere in the text
        near it; a name never is.
        """
        word = self.texts[index]
        if not word[:1].isupper() or word.isupper():
            return False
        low = word.lower()
        if low.replace("\u2019", "'").split("'")[0] in _PERSONAL:
            return False  # "He", "She's": a pronoun, read as one elsewhere
        if low not in self._common:
            text = self.text
            start = self.token_start[index]
            lo, hi = max(0, start - _COMMON_REACH), min(len(text), start + _COMMON_REACH)
            self._common[low] = _written(text, low, lo, hi, inside=False) and not _written(
                text, word, lo, hi, inside=True
            )
        return self._common[low]

    def opening_only(self, index: int) -> bool:
        """Whether the capitalised token *index* opens its sentence with a comma only.

        ``Specifically, "..."``, ``Wait, ...``: a word set off by a comma at a
        sentence start, never written with a capital inside a sentence near it,
        is an adverb, not a subject (a name stands inside sentences too).
        """
        word = self.texts[index]
        if not word[:1].isupper() or word.isupper():
            return False
        if index + 1 >= len(self.texts) or self.texts[index + 1] != ",":
            return False
        start = self.token_start[index]
        text = self.text
        lo, hi = max(0, start - _COMMON_REACH), min(len(text), start + _COMMON_REACH)
        return not _written(text, word, lo, hi, inside=True)

    def sentence_start(self, index: int) -> int:
        """The first token of the sentence of token *index*, at most a window back."""
        return max(self.starts[index], index - _WINDOW)

    def sentence(self, index: int) -> tuple[int, int]:
        """The sentence of token *index* as ``[start, end)``, at most a window wide."""
        if self.ends is None:
            self.ends = _sentence_ends(self.starts)
        return self.sentence_start(index), min(self.ends[index], index + _WINDOW)

    # ---- noun phrases -----------------------------------------------------

    def speaker(self, first: int, last: int) -> Speaker:
        """The speaker mention of tokens ``[first, last]``.

        A relative ``who`` keeps its antecedent's words as its provisional name.
        """
        return self.event(first, last).speaker(self.text)

    def event(self, first: int, last: int) -> _Event:
        """The offsets of :meth:`speaker`."""
        start, end = self.token_start[first], self.token_end[last]
        if first == last and self.lowers[first].endswith(_MODAL_CONTRACTIONS):
            bare = _bare_pronoun(self.lowers[first])
            if bare in _PERSONAL:
                end = start + len(bare)  # "he'd": the pronoun without its modal
        if first == last and first in self.antecedents:
            a, b = self.antecedents[first]
            return _Event(start, end, self.token_start[a], self.token_end[b])
        return _Event(start, end, start, end)

    def np_before(self, cue: int, floor: int) -> tuple[int, int] | None:
        """The subject noun phrase that ends right before token *cue*.

        Read once for each ``(cue, floor)``: the subjects of a paragraph's
        cues are asked for its events and again by its quotes.
        """
        key = (cue, floor)
        if key in self._subjects:
            return self._subjects[key]
        found = self._np_before(cue, floor)
        if found is not None and self._a_count_word(found):
            found = None  # "Nearly 300 people marched, chanting": no one named "Nearly"
        if found is not None and found[0] - 2 >= floor and self.texts[found[0] - 1] == "-":
            found = self._hyphened_opening(found, floor)
        self._subjects[key] = found
        return found

    def _hyphened_opening(self, found: tuple[int, int], floor: int) -> tuple[int, int]:
        """*found* with the word its first word is hyphened to (``U.S.-backed
        government``, read as ``backed government``) and a capitalised owner
        before that (``Iraq's U.S.-backed government``)."""
        at = found[0]
        text, start = self.text, self.token_start[at]
        if (
            self.kinds[at - 2] != _WORD
            or text[start - 1 : start] != "-"
            or text[start - 2 : start - 1].isspace()
        ):
            return found  # ("the rebels - backed by ...": a dash set off)
        first = at - 2
        if (
            first - 1 >= floor
            and self.texts[first - 1].endswith(_POSSESSIVE_ENDS)
            and self._cap(first - 1)
        ):
            first -= 1
        return (first, found[1])

    def _a_count_word(self, found: tuple[int, int]) -> bool:
        """Whether *found* is one word that opens a count before its figure
        (``About 200 nurses``, :data:`_APPROXIMATORS`), no noun phrase."""
        at = found[0]
        return (
            at == found[1]
            and self.lowers[at] in _APPROXIMATORS
            and at + 1 < len(self.texts)
            and self.texts[at + 1][:1].isdigit()
        )

    def _np_before(self, cue: int, floor: int) -> tuple[int, int] | None:
        found: tuple[int, int] | None = self._with_clause_subject(cue, floor)
        if found is not None:
            return found
        found = self._passive_subject(cue, floor)
        if found is not None:
            return found
        if (
            cue - 3 >= floor
            and self.lowers[cue - 1] == "heard"
            and self.lowers[cue].endswith("ing")
        ):
            found = self._heard_subject(cue, floor)
            if found is not None:
                return found
        if (
            cue - 2 >= floor
            and self.lowers[cue - 1] in _HEARD_PRONOUNS
            and self.lowers[cue - 2] in _PERCEPTION_VERBS
            and self.lowers[cue].endswith("ing")
        ):
            return (cue - 1, cue - 1)  # "they heard him yelling": the one heard
        if self.lowers[floor] in _INDEFINITE_OPENERS or (  # (the cheap test first)
            self.lowers[floor] == "the" and floor + 1 < cue and self.lowers[floor + 1] in _ORDINALS
        ):
            found = self._relative_subject(cue, floor)
            if found is not None:
                return found
        j = cue - 1
        while j >= floor and self.kinds[j] == _WORD and self._skippable(j):
            j -= 1
        if j >= floor and self.texts[j] == ")":
            depth = 0
            while j >= floor:
                depth += {")": 1, "(": -1}.get(self.texts[j], 0)
                j -= 1
                if depth == 0:
                    break
        if j == cue - 1 and j - 3 >= floor and self.texts[j] in _DASHES:
            j = self._dash_aside(j, floor)
        if j < floor:
            return None
        if (
            self.texts[j] == ","
            and j == cue - 1
            and self.lowers[cue].endswith("ing")
            and j - 1 >= floor
        ):
            # ", saying ...": the subject of the clause before the comma
            start = j
            while start - 1 >= floor and self.texts[start - 1] not in ",;:(":
                start -= 1
                if self.texts[start] == ")":
                    start = _bracket_open(self.texts, start, floor)  # "Sen. Jo Lind (R-Ohio)"
            if self.kinds[start] == _WORD:
                found = self.subject(start, j)
                if found is not None and _a_place(self, found):
                    found = None  # "in Tulsa, Oklahoma, arguing": not who argues
                if start - 2 > floor:
                    at = start
                    if found is None and self.texts[start - 1] == ",":
                        # "sued his sister, Ann Kent, last month, accusing": the name before
                        at = start - 1
                        while at - 1 > floor and self.texts[at - 1] not in ",;:()":
                            at -= 1
                    main = self._object_appositive_subject(at, floor)
                    if main is not None:
                        return main
                if found is not None and (
                    _person_like(self, found) or _speaker_head(self.texts[found[1]])
                ):
                    return found
                if found is None and start - 1 > floor and self.texts[start - 1] == ",":
                    # "X, founder of Y, endorsed Lind, saying": the predicate's subject
                    found = self._predicate_subject(start, floor)
                    if found is not None:
                        return found
            # "even as he defended the campaign, saying": the nearest subject
            found = self.nearest_subject(j, floor)
            if found is not None:
                return found
        if self.kinds[j] == _PUNCT and self.texts[j] in _APPOSITIVE and j - 1 >= floor:
            if self.texts[j - 1] == ")" and j == cue - 1:
                # "Gov. Jo Lind (R-OH), said": the name before the brackets
                open_at = _bracket_open(self.texts, j - 1, floor)
                named = self._np_core(open_at - 1, floor) if open_at - 1 >= floor else None
                if (
                    named is not None
                    and self._cap(named[0])
                    and self._cap(named[1])
                    and (
                        named[0] == floor
                        or self.texts[named[0] - 1] in ",;:"
                        or _party_in(self.texts, open_at)  # 'Jo "JJ" Lind (D-Ohio),'
                    )
                ):
                    return named  # a name that opens its clause, not "of Acme Bank (AB),"
            found = self._before_appositive(j, floor)
            if found is not None and found[1] == j - 1:
                return self._place_phrase(found, floor) or found  # "A man in Dayton, Ohio, told"
            return found
        if self.kinds[j] == _WORD and self.lowers[j] == "and":
            return self.nearest_subject(j, floor) or self._set_off_subject(j, floor)
        if self.kinds[j] == _WORD and self.lowers[j] == "but":
            # "Dr S. Lakshmi, an expert, welcomed the move but said": the subject set off
            found = self._set_off_subject(j, floor)
            if found is not None:
                return found
        if self.kinds[j] == _WORD and self.texts[j].islower():
            conj = self._adverbial_after_and(j, floor)
            if conj >= 0:
                # "called for order and at one point warned": the first verb's subject
                found = self.nearest_subject(conj, floor) or self._set_off_subject(conj, floor)
                if found is not None:
                    return found
        found = self._np_core(j, floor, any_noun=True)
        if (
            found is not None
            and found[0] - 1 >= floor
            and self.lowers[cue].endswith("ed")
            and self.lowers[found[0]] in {"a", "an"}
            and self.lowers[found[0] - 1] in {"in", "on"}
        ):
            # "Lind, in a YouTube video posted Sunday:": the participle's noun follows
            # a preposition, no subject; the name set off before it is
            if found[0] - 3 >= floor and self.texts[found[0] - 2] == ",":
                named = self._np_core(found[0] - 3, floor)
                if named is not None and (named[0] == floor or self.texts[named[0] - 1] in ",;:"):
                    return named
            return None
        if (found is None or found[0] > j - 3) and self._cap(j):
            placed = self._placed_complement(j, floor)
            if placed is not None:
                return placed
        if found is not None and self.lowers[cue].endswith("ing"):
            # a participle cue ("... stating", "... demanding", "... saying"): whose
            # document or letter its subject is
            before = found[0] - 2  # the word before a preposition before the subject
            if (
                before > floor
                and self.lowers[before + 1] in {"to", "for"}
                and self.kinds[before] == _WORD
                and _bare(self.texts[before]) in _DOCUMENTS
            ):
                # "blasted out an email to supporters stating": the email's author
                doc = self._np_core(before, floor)
                if doc is not None:
                    author = self.nearest_subject(doc[0], floor) or self._author(doc[0], floor)
                    if author is not None:
                        return author
            if (
                before > floor
                and self.lowers[before + 1] == "to"
                and self.lowers[before] in _ADDRESS_VERBS
            ):
                # "had written to the council's chief executive demanding": the writer
                writer = self.nearest_subject(before, floor)
                if writer is not None:
                    return writer
            if (
                before > floor
                and self.lowers[before + 1] == "of"
                and _document(self.texts[before])
                and not _document(self.texts[found[1]])
            ):
                # "issued a statement of administration policy saying": the statement
                found = self._np_core(before, floor) or found
            if _document(self.texts[found[1]]):
                first = found[0]
                if (
                    first - 3 >= floor
                    and self.lowers[first - 1] == "of"
                    and self.lowers[first - 2] in _COLLECTIVES
                ):
                    first -= 2  # "a series of tweets saying": the series is the document
                if (
                    first - 1 >= floor
                    and self.texts[first - 1].islower()
                    and self.texts[first - 1] not in _STOP
                ):
                    # "she released a statement saying": the statement's author
                    author = self.nearest_subject(first, floor) or self._author(first, floor)
                    if author is not None:
                        return author
        if (
            found is not None
            and _bare(self.texts[found[1]]) in _DOCUMENTS
            and found[0] - 1 > floor
            and self.lowers[found[0] - 1] in _DOCUMENT_PREPOSITIONS
        ):
            # "X is backing Y and in a statement credited him": the statement's author
            author = self.nearest_subject(found[0] - 1, floor) or self._author(found[0] - 1, floor)
            if author is not None:
                return author
        if found is not None:
            return (
                self._source_link(found, floor)
                or self._study_link(found, floor)
                or self._place_phrase(found, floor)
                or self._unclosed_appositive(found, floor)
                or found
            )
        return found

    def _source_link(self, found: tuple[int, int], floor: int) -> tuple[int, int] | None:
        """``A source close to the prime minister said``: the phrase of a noun for a
        person or a group and the one it is linked to, whom it does not stand for
        (``an aide to the senator``, ``people familiar with the talks``, ``Friends
        of the singer``, ``one official with knowledge of the plan``).

        The noun is in lower case, or opens the sentence.
        """
        lowers, kinds = self.lowers, self.kinds
        k = found[0] - 1
        if k < floor or lowers[k] not in _SOURCE_LINK_ENDS:
            return None  # (most subjects: no link word before them)
        for link in _SOURCE_LINKS:
            head = k - len(link)
            if head < floor or tuple(lowers[head + 1 : k + 1]) != link:
                continue
            if kinds[head] != _WORD or not _speaker_head(self.texts[head]):
                return None
            if not self.texts[head].islower() and self.starts[head] != head:
                return None  # "Acme Capital of New York": a name
            owner = self._np_core(head, floor)
            if owner is None or owner[1] != head:
                return None
            return (owner[0], found[1])
        return None

    def _study_link(self, found: tuple[int, int], floor: int) -> tuple[int, int] | None:
        """``A report into the collapse of the firm said``: the study or document
        whose topic *found* is (a chain of up to three ``of``/``into``/``on``
        phrases after a lower-case :data:`_STUDIES` noun), not the topic.

        A study ``by`` someone is left to its author (``a study by the university``).
        """
        lowers = self.lowers
        k = found[0] - 1
        for _ in range(3):
            if k - 1 < floor or lowers[k] not in _TOPIC_LINKS:
                return None
            head = self.texts[k - 1]
            if self.kinds[k - 1] != _WORD or not head.islower():
                return None
            first = k - 1  # back to the article: "A long-awaited report"
            while first > floor and first >= k - 4 and lowers[first] not in _ARTICLES:
                first -= 1
                if self.kinds[first] != _WORD or lowers[first] in _PREPOSITIONS:
                    return None
            if lowers[first] not in _ARTICLES:
                return None
            if _bare(head) in _STUDIES:
                return (first, k - 1)
            k = first - 1
        return None

    def _placed_complement(self, j: int, floor: int) -> tuple[int, int] | None:
        """``a trader for a Dutch bank in London said``: a speaker noun, its
        complement and the place *in* which the phrase ends at token *j* (one to
        three capitalised words), when the phrase before *in* ends in a
        complement of the speaker noun.
        """
        k = j
        while k > floor and j - k < 3 and self._cap(k) and self.kinds[k] == _WORD:
            k -= 1
        if k == j or self.lowers[k] != "in" or k - 1 < floor or self.kinds[k - 1] != _WORD:
            return None
        owner = self._np_core(k - 1, floor, any_noun=True)
        if owner is None or owner[1] != k - 1 or owner[1] - owner[0] < 3:
            return None  # only a noun with its complement ("a trader for a bank")
        if not any(
            self.lowers[m] in _COMPLEMENT_PREPOSITIONS or self.lowers[m] == "with"
            for m in range(owner[0] + 1, owner[1])
        ):
            return None
        return (owner[0], j)

    def _place_phrase(self, found: tuple[int, int], floor: int) -> tuple[int, int] | None:
        """``Jo Kent of Dayton, Ohio says``: the phrase whose place *found* ends it.

        Only for a state or listed city after a comma and a capitalised town
        that follows *of*, *in* or *from* after a noun phrase.
        """
        comma = found[0] - 1
        if comma - 2 < floor or self.texts[comma] != "," or not _a_state(self, found):
            return None
        k = comma - 1
        while k > floor and comma - k <= 3 and self._cap(k) and self.kinds[k] == _WORD:
            k -= 1
        if k == comma - 1 or self.lowers[k] not in {"of", "in", "from"} or k - 1 < floor:
            return None
        owner = self._np_core(k - 1, floor)
        if owner is None or _a_place(self, owner) or self.lowers[owner[0]] in SUBJECT_PRONOUNS:
            return None
        return (owner[0], found[1])

    def _object_appositive_subject(self, name: int, floor: int) -> tuple[int, int] | None:
        """``Jo Kent sued his sister, Ann Kent, accusing her``: the sentence's subject.

        The name at token *name* follows a comma after a lower-case person
        noun (``his sister``, ``her longtime rival``) that is the object of a
        verb in *-ed* or *-s* right before it: the name only says who that
        object is, and the participle after it goes on with the subject of
        that verb (a name or a speaker noun that opens the sentence).
        """
        if (
            name - 2 <= floor
            or self.texts[name - 1] != ","
            or self.kinds[name - 2] != _WORD
            or not self._cap(name)
        ):
            return None
        noun = self.texts[name - 2]
        if not noun.islower() or (
            _bare(noun) not in PERSON_NOUNS and _bare(noun) not in FAMILY_NOUNS
        ):
            return None
        held = self._np_core(name - 2, floor)
        if held is None or held[0] - 1 <= floor:
            return None
        verb = held[0] - 1
        word = self.texts[verb]
        if (
            self.kinds[verb] != _WORD
            or not word.islower()
            or not word.endswith(("ed", "s"))
            or word in _STOP
            or verb in self.cues
        ):
            return None
        found = self._predicate_subject(verb, floor)
        if found is None:
            found = self.subject(floor, verb)
            if found is None or found[1] != verb - 1:
                return None
        if found[0] == found[1] and self.lowers[found[0]] in PERSON_PRONOUNS:
            return found  # "He sued his sister, Ann Kent, accusing"
        if self.lowers[found[0]] in SUBJECT_PRONOUNS or not (
            _person_like(self, found) or _speaker_head(self.texts[found[1]])
        ):
            return None
        return found

    def _predicate_subject(self, verb: int, floor: int) -> tuple[int, int] | None:
        """``Jo Kent, a founder of Acme, endorsed Lind, saying``: the subject before the
        appositives whose verb opens at token *verb* (after a comma).

        Only when *verb* is a lower-case word in *-ed* or *-s*, *floor* opens
        the sentence, and the sentence opens with a name or a speaker noun that
        ends at its first comma.
        """
        word = self.texts[verb]
        if (
            self.starts[floor] != floor
            or (floor > 0 and self.kinds[floor - 1] == _QUOTE)  # not a quote's next sentence
            or not word.islower()
            or not word.endswith(("ed", "s"))
            or word in _STOP
        ):
            return None
        comma = next((c for c in range(floor, verb) if self.texts[c] == ","), verb)
        found = self.subject(floor, comma)
        if found is None or found[1] != comma - 1:
            return None
        return found if self._cap(found[1]) or _speaker_head(self.texts[found[1]]) else None

    def _author(self, before: int, floor: int) -> tuple[int, int] | None:
        """The subject of the sentence that issues a document (``The town released a statement``).

        Only a subject that ends before token *before* and heads a noun phrase
        (a name, or a speaker noun such as ``town`` or ``office``).
        """
        found = self.subject(floor, before)
        if found is None or found[1] >= before:
            return None
        return found if self._cap(found[1]) or _speaker_head(self.texts[found[1]]) else None

    def _with_clause_subject(self, cue: int, floor: int) -> tuple[int, int] | None:
        """``..., with Sen. Jo Lind calling it a "..."``: the subject of a *with* clause.

        A cue inside an absolute clause (``with`` + noun phrase + a verb in
        ``-ing``, the cue itself or a few words before it) is that noun
        phrase's, not the main clause subject's; a name set off by commas
        beside the noun phrase is the speaker (``with its chairman, Jo Lind,
        taking questions``).
        """
        texts, kinds, lowers = self.texts, self.kinds, self.lowers
        reach = max(floor, cue - _WITH_REACH)
        if "with" not in lowers[reach:cue]:
            return None
        commas = 0  # (two set off a name: "with its chairman, Jo Lind, taking")
        for w in range(cue - 1, reach - 1, -1):
            if kinds[w] != _WORD:
                if texts[w] == "," and commas < 2:
                    commas += 1
                    continue
                if texts[w] in ",;:" or kinds[w] == _QUOTE:
                    return None
                continue
            if lowers[w] != "with":
                continue
            found = self._np_forward(w + 1, cue)
            if found is None:
                return None
            g = found[1] + 1
            if commas:
                named = self._with_appositive(found, cue) if commas == 2 else None
                if named is None:
                    return None
                found, g = (named[0], named[1]), named[2]
            while g < cue and kinds[g] == _WORD and self._skippable(g):
                g += 1  # "with Trump reportedly yelling"
            verb = lowers[g]
            if (
                g <= cue
                and kinds[g] == _WORD
                and verb.endswith("ing")
                and verb not in _ING_PREPOSITIONS
            ):
                return found
            return None
        return None

    def _with_appositive(self, found: tuple[int, int], cue: int) -> tuple[int, int, int] | None:
        """The name that *found* (a *with* clause's noun phrase) and a noun
        phrase set off by commas after it give (``its chairman, Jo Lind,``;
        ``Jo Lind, its chairman,``), and the token after the second comma."""
        texts = self.texts
        comma = found[1] + 1
        if comma >= cue or texts[comma] != ",":
            return None
        other = self._np_forward(comma + 1, cue)
        if other is None or other[1] + 1 >= cue or texts[other[1] + 1] != ",":
            return None
        if self._name_word(other[0]) and self._name_word(other[1]):
            return other[0], other[1], other[1] + 2  # "its chairman, Jo Lind,"
        if self._name_word(found[0]) and self._name_word(found[1]):
            return found[0], found[1], other[1] + 2  # "Jo Lind, its chairman,"
        return None

    def _unclosed_appositive(self, found: tuple[int, int], floor: int) -> tuple[int, int] | None:
        """``Sam Lau, the director of the party said``: the name before the description."""
        texts, kinds, lowers = self.texts, self.kinds, self.lowers
        reach = max(floor, found[0] - 15)
        if "," not in texts[reach : found[0]]:
            return None
        for c in range(found[0] - 1, reach - 1, -1):
            if kinds[c] == _QUOTE or texts[c] in ";:.()":
                return None
            if texts[c] != ",":
                continue
            if c - 1 < floor or not self._name_word(c - 1) or c + 1 >= len(texts):
                return None
            low = lowers[c + 1]
            words = set(lowers[c + 1 : found[1] + 1])
            if lowers[found[0]] in SUBJECT_PRONOUNS:
                return None  # "Kelly, who he claims": the pronoun speaks
            if low == "who":
                return self._np_core(c - 1, floor)  # "X, who is chairman of Y said"
            if (low in {"the", "a", "an"} or low in ROLE_WORDS) and words & {"of", "for"}:
                named = self._np_core(c - 1, floor)  # "X, the director of Y said"
                if (
                    named is not None
                    and named[0] == named[1] == c - 1
                    and _PARTY_TAG.fullmatch(texts[c - 1])
                    and c - 3 >= floor
                    and texts[c - 2] == ","
                ):
                    named = self._np_core(
                        c - 3, floor
                    )  # "Rep. Jo Lind, D-Mass, the chair of Y said"
                if named is not None and self._object_of_preposition(named[0], floor):
                    return None  # "In a statement read by solicitor Jo Lind, the family of Y said"
                return named
            return None
        return None

    def _body_of_office(self, first: int) -> bool:
        """Whether the name opening at token *first* closes an office's *of the*
        or *for the* (``Director of Publicity of the All Progressives Congress``):
        the body, not the one who holds the office."""
        k = first - 1
        if k >= 0 and self.lowers[k] in _FUNCTION_CAPS and self._cap(k):
            k -= 1  # "All" of "the All Progressives Congress"
        return k >= 1 and self.lowers[k] == "the" and self.lowers[k - 1] in _OFFICE_RUN_LINKS

    def _object_of_preposition(self, first: int, floor: int) -> bool:
        """Whether the name opening at token *first*, after any role words in lower
        case (``solicitor``), is the object of a preposition (``by solicitor Jo
        Lind``): a name in an opening phrase, not a subject."""
        k = first - 1
        while k >= floor and self.kinds[k] == _WORD and self.lowers[k] in PERSON_NOUNS:
            k -= 1
        return k >= floor and self.lowers[k] in _OBJECT_PREPOSITIONS

    def _set_off_subject(self, conj: int, floor: int) -> tuple[int, int] | None:
        """The name that opens the sentence at *floor* with a description set off
        by commas after it (``The Speaker, Sir Jo Lind,``, ``Dr S. Lakshmi, an
        expert,``), as the subject of a verb coordinated at token *conj*."""
        if floor != self.starts[floor] or conj - floor < 3:
            return None
        found = self.subject(floor, conj)
        if (
            found is None
            or found[1] + 1 >= conj
            or self.texts[found[1] + 1] != ","
            or not self._cap(found[1])
            or not (_person_like(self, found) or _speaker_head(self.texts[found[1]]))
        ):
            return None
        return found

    def _adverbial_after_and(self, j: int, floor: int) -> int:
        """The token of *and* before a cue whose last word before it is token *j*,
        when only an adverb (``and later warned``) or a short phrase of time opening
        with a preposition (``and at one point warned``) stands between them, else -1."""
        lowers, texts = self.lowers, self.texts
        for a in range(j, max(floor, j - _AND_ADVERBIAL) - 1, -1):
            if self.kinds[a] != _WORD or not texts[a].islower() or a in self.cues:
                return -1
            if lowers[a] != "and":
                if a == j and _speaker_head(texts[a]):
                    return -1  # "and the mayor warned": a subject of its own
                continue
            if a == j:
                return -1
            first = lowers[a + 1]
            if a + 1 == j:
                return a if _ADVERB.fullmatch(first) or first in _AND_ADVERBS else -1
            return a if first in _TIME_PREPOSITIONS else -1
        return -1

    def nearest_subject(self, j: int, floor: int) -> tuple[int, int] | None:
        """The nearest pronoun or name before token *j* (a coordinated verb's subject)."""
        for k in range(j - 1, max(floor, j - 25) - 1, -1):
            if self.kinds[k] == _QUOTE:
                return None
            low = self.lowers[k]
            if low in PERSON_PRONOUNS or low in {"they", "i", "we"}:
                return (k, k)
            if (
                k + 1 < j
                and self._people_noun(k)
                and self.lowers[k + 1].endswith("ed")
                and self.texts[k + 1].isalpha()
                and self.texts[k + 1].islower()
            ):  # "about 200 protesters gathered ... and chanted"
                found = self._np_core(k, floor)
                if found is not None:
                    return found
            if (
                self._name_word(k)
                and k + 1 < j
                and not self.texts[k].endswith(("'s", "\u2019s"))
                and not (k - 1 >= floor and self.lowers[k - 1] in _MODIFIER_OWNERS)
                and not (k - 1 >= floor and _article_modifier(self, k))
            ):  # "her Republican opponent" is no "Republican" and its verb
                found = self._np_core(k, floor)
                nxt_at = k + 1
                verb = (
                    self.kinds[nxt_at] == _WORD
                    and self.texts[nxt_at].islower()
                    and self.texts[nxt_at] not in _PREPOSITIONS
                    and self.texts[nxt_at] not in _STOP
                    and self.texts[nxt_at] not in _ARTICLES_AND_OWNERS  # "Given the"
                ) or (k + 1) in self.cues
                if found is not None and verb:
                    if _speaker_head(self.texts[nxt_at]) and nxt_at not in self.cues:
                        # "The Florida senator sought": the phrase runs to its noun
                        found = self._to_head(found, j)
                    whole = self._participle_subject(found[0], floor)
                    if whole >= 0:
                        return (whole, found[1])
                    return self._role_then_full_name(found, k, j)  # "Carson told"
        return None

    def _dash_aside(self, dash: int, floor: int) -> int:
        """The token before an aside set off by dashes that closes at *dash*
        (``Ted Marr — no relation, he joked — said``: ``Marr``), else *dash*.

        The aside holds at most eight words and commas and follows a name.
        """
        k = dash - 1
        while k > floor and dash - k <= 9:
            word = self.texts[k]
            if word in _DASHES:
                if k < dash - 1 and self._name_word(k - 1):
                    return k - 1
                return dash
            if self.kinds[k] != _WORD and word != ",":
                return dash
            k -= 1
        return dash

    def _present_verb(self, noun: int, verb: int, end: int) -> bool:
        """Whether token *verb* after the lower-case noun *noun* (``The document``)
        is its verb in the present (``singles out Florida``, ``cites the``): a
        lower-case word in *-s* followed by a particle, an article or a name."""
        word = self.texts[verb]
        if not (
            self.texts[noun].isalpha()
            and self.texts[noun].islower()
            and (_document(self.texts[noun]) or _speaker_head(self.texts[noun]))
            and word.isalpha()
            and word.islower()
            and word.endswith("s")
            and not word.endswith(("ss", "us", "is"))
            and verb + 1 < end
            and self.kinds[verb + 1] == _WORD
        ):
            return False
        after = self.lowers[verb + 1]
        return after in _VERB_PARTICLES or after in _ARTICLES or self._cap(verb + 1)

    def _participle_subject(self, first: int, floor: int) -> int:
        """The first token of the subject whose participle takes the name at *first*
        as its object, else -1.

        ``A super PAC supporting Mr. Vorhees has run ads``: the name is the object
        of ``supporting``; the subject is the phrase from the article that opens
        the sentence (at most four words before the participle).
        """
        ing = first - 1
        if ing - 1 < floor or self.kinds[ing] != _WORD:
            return -1
        word = self.texts[ing]
        if not (word.islower() and word.isalpha() and word.endswith("ing")):
            return -1
        if word in _STOP or ing in self.cues:
            return -1
        a = ing - 1
        while a >= floor and ing - a <= 4 and self.kinds[a] == _WORD:
            low = self.lowers[a]
            if low in _ARTICLES:
                return a if self.starts[a] == a else -1
            if low in _STOP or low in _AUX or self.texts[a].endswith(("'s", "\u2019s")):
                return -1
            a -= 1
        return -1

    def _people_noun(self, k: int) -> bool:
        """Whether token *k* is a lower-case plural noun for people (``protesters``)."""
        word = self.texts[k]
        return (
            word.islower()
            and word.endswith("s")
            and (word[:-1] in PERSON_NOUNS or word[:-2] in PERSON_NOUNS)
            and word not in _DETERMINERS
        )

    def _to_head(self, found: tuple[int, int], j: int) -> tuple[int, int]:
        """Extend *found* (``The Florida``) over the lower-case words after it up to
        its last speaker noun (``senator``), and a name right after that noun
        (``presidential nominee Ann Berg``); no verb, function word or cue is
        crossed, nor token *j*."""
        texts, lowers = self.texts, self.lowers
        last = found[1]
        m = found[1] + 1
        while (
            m < j
            and m - found[1] <= 3
            and self.kinds[m] == _WORD
            and texts[m].islower()
            and m not in self.cues
            and lowers[m] not in _STOP
            and lowers[m] not in _AUX
        ):
            if _speaker_head(texts[m]):
                last = m
            m += 1
        if last + 1 < j and self._name_word(last + 1) and last > found[1]:
            name = self._np_forward(last + 1, j)
            if name is not None and self._cap(name[1]):
                last = name[1]  # "Democratic presidential nominee Ann Berg"
        return (found[0], last)

    def _role_then_full_name(self, found: tuple[int, int], k: int, j: int) -> tuple[int, int]:
        """Extend ``Democratic`` over ``front-runner Hillary Clinton``: a name word, the
        lower-case words of a speaker noun (``presidential candidate``), then a name.

        The lower-case words are the noun the name modifies, not its verb.
        """
        texts = self.texts
        m = k + 1
        while (
            m < j
            and m - k <= 2
            and m not in self.cues
            and self.kinds[m] == _WORD
            and texts[m].islower()
            and texts[m] not in _STOP | _DETERMINERS
        ):
            if _speaker_head(texts[m]):
                if m + 1 < j and self._name_word(m + 1):
                    name = self._np_forward(m + 1, j)
                    if name is not None and self._cap(name[1]):
                        return (found[0], name[1])
                return found
            m += 1
        return found

    def _skippable(self, j: int) -> bool:
        word = self.texts[j]
        low = word.lower()
        return (  # case kept for auxiliaries: "Will wrote" is a name
            word in _AUX
            or low in _WHEN
            or (
                low.endswith("ly")
                and word.islower()
                and len(low) > 4
                and not (
                    j > 0
                    and (
                        self.lowers[j - 1] in _ARTICLES_AND_OWNERS
                        or self.lowers[j - 1].endswith(_POSSESSIVE_ENDS)
                    )
                )
            )  # an adverb, but "the rally", "a family", "his ally", "Lind's family" are nouns
        )

    def _before_appositive(self, comma: int, floor: int) -> tuple[int, int] | None:
        relative = self._object_relative(comma, floor)
        if relative is not None:
            return relative  # "warned against what its minister, Jo Lind, described as"
        commas = [
            i
            for i in range(comma - 1, max(floor, comma - 60) - 1, -1)
            if self.kinds[i] != _WORD and self.texts[i] in _APPOSITIVE
        ]
        if len(commas) >= 3:
            named = self._closing_appositive(comma, commas)
            if named is not None:
                return named
        if commas:
            head = self._np_forward(floor, commas[-1])
            if (
                head is None
                and self.lowers[floor] in _LEADING_CONJUNCTIONS
                and floor + 1 < commas[-1]
                and self.texts[floor + 1] != ","
                and self.lowers[commas[-1] + 1] in {"who", "whose"}
            ):
                head = self._np_forward(floor + 1, commas[-1])  # "But Rep. Jo Lind (R-TX), who"
            if head is None and self.lowers[floor] in {"a", "an", "the"}:
                head = self._article_head(floor, commas[-1])  # "A senior doctor at ..."
                if head is None and self.kinds[commas[-1] - 1] == _WORD:
                    core = self._np_core(commas[-1] - 1, floor)
                    if (
                        core is not None
                        and core[0] == floor
                        and self.texts[core[1]].islower()
                        and _speaker_head(self.texts[core[1]])
                    ):
                        head = core  # "A senior Senate GOP aide, granted anonymity, said"
                if head is None and self.lowers[floor] in {"a", "an"}:
                    # "A Ukrainian military spokesman in the east, who"
                    head = self._placed_head(floor, commas[-1])
            if (
                head is None
                and commas[-1] == floor + 1
                and self.lowers[floor] in _ONE_OF_A_GROUP
                and self.texts[floor + 2].islower()
                and self.lowers[floor + 2] not in _DETERMINERS
            ):
                head = (floor, floor)  # "One, posting as @rosie, wrote": not "an" appositive
            before = commas[-1] - 1
            if self.texts[before] == ")":
                # "Rep. Jo Lind (R-Ohio), a panel member, said": the name before the bracket
                while before > floor and self.texts[before] != "(":
                    before -= 1
                before -= 1
            if head is not None and head[1] == before:
                return head
            if (
                head is not None
                and self.texts[head[1]].islower()
                and _speaker_head(self.texts[head[1]])
                and (
                    self.lowers[head[1] + 1] in _COMPLEMENT_PREPOSITIONS
                    or self.lowers[head[1] + 1] in _CLOSE_LINKS  # "A person close to X, who"
                    # "A military spokesman in the east, who ..., said"
                    # (not "A man in Dayton, Ohio, told": a state after the comma)
                    or (
                        self.lowers[head[1] + 1] in _PLACE_LINKS
                        and self.lowers[head[0]] in {"a", "an"}
                        and self.texts[commas[-1] + 1].islower()
                    )
                    # "The opposition leader on the council, Cllr Jo Lind, said"
                    or (
                        self.lowers[head[1] + 1] == "on"
                        and _bare(self.texts[head[1]]) in ROLE_WORDS
                    )
                )
                and 0 < before - head[1] <= _COMPLEMENT_WORDS
                and all(
                    self.kinds[k] == _WORD and k not in self.cues
                    for k in range(head[1] + 1, before + 1)
                )
            ):
                return (head[0], before)  # "A doctor at a hospital in the north, who ..."
        for other in commas[:3]:
            found = self._np_core(other - 1, floor)
            if found is not None and any(
                self.texts[k][:2] in _PARTY_MARKS and self.texts[k][2:3].isupper()
                for k in range(max(floor, found[0] - 2), found[1] + 1)
            ):
                continue  # "Rep. Jo Lind, R-N.Y., whose district flooded, said": no name
            if found is not None and self._named(found) and not self._body_of_office(found[0]):
                return found
        # no comma before: the phrase runs from the sentence or quote boundary
        first = comma - 1
        while first - 1 >= floor and (
            self.kinds[first - 1] == _WORD
            or (self.texts[first - 1] == "&" and first - 2 >= floor and self._cap(first - 2))
        ):
            first -= 1
        if first <= comma - 1 and comma - first <= 60:
            head = self._np_forward(first, comma)
            if head is not None:
                return head
        return self._np_core(comma - 1, floor)

    def _opening_particles(self, first: int, floor: int) -> int:
        """The first of the lower-case particles of a surname that open its clause
        before token *first* (``"...," van Leeuwen said``, ``von der Leyen told``),
        or *first* when none does (``the van driver``, ``Ruud van Nistelrooy``)."""
        at = first
        while at - 1 >= floor and self.texts[at - 1] in _OPENING_PARTICLES:
            at -= 1
        if at == first or not (at == floor or self.kinds[at - 1] != _WORD):
            return first
        return at

    def _closing_appositive(self, comma: int, commas: Sequence[int]) -> tuple[int, int] | None:
        """``Chile, helped by prices, may get aid, Jo Lind, head of the desk, said``:
        the person's name set off by the two commas before the lower-case
        description that *comma* closes, not the phrase that opens the sentence
        (*commas* runs back from *comma*), else None."""
        inner, outer = commas[0], commas[1]
        if inner + 1 >= comma or not self.texts[inner + 1].islower() or inner - outer < 3:
            return None
        if any(self.kinds[k] != _WORD for k in range(outer + 1, inner)):
            return None
        first = outer + 1
        if not (
            self._cap(first)
            and self._cap(inner - 1)
            and inner - first <= 4
            and (self.lowers[first] in MALE_FIRST_NAMES or self.lowers[first] in FEMALE_FIRST_NAMES)
        ):
            return None
        return (first, inner - 1)

    def _before_home(self, k: int, floor: int) -> int:
        """The lower-case speaker noun before the place that ends at token *k*, a
        person's home set off before a relative (``a retired nurse from Scranton,
        Pa., who``: ``nurse``), or *k* when no such place ends there."""
        at = k
        while (
            at >= floor
            and k - at < _MAX_HOME_TOKENS
            and (
                self._name_word(at)
                or self.texts[at] == ","
                or self.texts[at] in US_STATES
                or (self.texts[at] == "." and at > floor and f"{self.texts[at - 1]}." in US_STATES)
            )
        ):  # ("Scranton, Pa.", "Albany, N.Y.")
            at -= 1
        if (
            at == k
            or at - 1 < floor
            or self.texts[k + 1] != ","  # (set off: "a tweet from Jo Lind who" is Lind's)
            or self.lowers[at] not in _HOME_LINKS
            or not self._name_word(at + 1)
            or not self.texts[at - 1].islower()
            or _bare(self.texts[at - 1]) not in PERSON_NOUNS
        ):
            return k
        return at - 1

    def _name_ending(self, last: int, floor: int) -> tuple[int, int]:
        """The run of name words that ends at token *last* (``Dr Jo Shah``)."""
        first = last
        while first - 1 >= floor and self._name_word(first - 1):
            first -= 1
        return (first, last)

    def _object_relative(self, comma: int, floor: int) -> tuple[int, int] | None:
        """The subject of an object relative clause whose cue follows the appositive
        closed at *comma*: ``what its environment minister, Jo Lind, described as``
        gives ``its environment minister`` (named after the appositive), not the
        subject of the sentence around the clause."""
        lowers = self.lowers
        for k in range(comma - 1, max(floor, comma - _OBJECT_RELATIVE_REACH) - 1, -1):
            if self.kinds[k] == _QUOTE or self.texts[k] in _SET_OFF_ENDS:
                return None
            if lowers[k] in _OBJECT_RELATIVES and k + 1 < comma:
                found = self._np_forward(k + 1, comma)
                if found is None or self.texts[found[1] + 1] != ",":
                    return None
                return found
        return None

    def _article_head(self, article: int, end: int) -> tuple[int, int] | None:
        """``A senior doctor``: an article, lower-case adjectives and a lower-case
        speaker noun before *end*, or ``None``."""
        k = article + 1
        while k < end and k - article <= 3:
            word = self.texts[k]
            if self.kinds[k] != _WORD or not word.isalpha() or not word.islower():
                return None
            if _speaker_head(word):
                return (article, k)
            if self.lowers[k] in _NOT_ADJECTIVES:
                return None
            k += 1
        return None

    def _heard_subject(self, cue: int, floor: int) -> tuple[int, int] | None:
        """``a clerk can be heard telling``, ``Lind was heard saying``: the subject
        of a participle cue after *heard* and its auxiliaries (a recording's speaker)."""
        k = cue - 2
        while k > floor and self.lowers[k] in _HEARD_AUXILIARIES:
            k -= 1
        if k == cue - 2 or self.lowers[cue - 2] not in _PASSIVE_AUX or self.kinds[k] != _WORD:
            return None  # (no "be", "is", "was" before "heard": "she heard him saying")
        return self._np_core(k, floor)

    def _placed_head(self, article: int, end: int) -> tuple[int, int] | None:
        """``A Ukrainian military spokesman in the east``: an indefinite article,
        up to three adjectives (capitalised ones too) and a lower-case speaker
        noun before *in* or *near* and the place, all before *end*; or ``None``."""
        k = article + 1
        while k + 1 < end and k - article <= 4:
            word = self.texts[k]
            if self.kinds[k] != _WORD or not word.isalpha() or self.lowers[k] in _NOT_ADJECTIVES:
                return None
            if word.islower() and _speaker_head(word):
                return (article, k) if self.lowers[k + 1] in _PLACE_LINKS else None
            k += 1
        return None

    def _named(self, found: tuple[int, int]) -> bool:
        first, last = found
        return (
            self._cap(last)
            or self.lowers[last] in SUBJECT_PRONOUNS
            or last - first <= 3
            or (  # "the Trump campaign's policy director": an owner's office
                last - first <= 5
                and _speaker_head(self.texts[last])
                and any(self.texts[m].endswith(_POSSESSIVE_ENDS) for m in range(first + 1, last))
            )
            or all(  # "One Club for Growth ad": a name of several words and its noun
                self._name_word(m) or self.lowers[m] in {"for", "of"}
                for m in range(first + 1, last)
            )
        )

    def _np_core(self, j: int, floor: int, *, any_noun: bool = False) -> tuple[int, int] | None:
        """The noun phrase that ends at token *j* (a name, a pronoun or a speaker noun).

        With *any_noun* (the word right before a cue), any lower-case noun
        after an article or a possessive heads it too (``the family said``),
        unless a preposition other than a speaker noun's complement stands
        before the article (``in the interview said``).
        """
        if j < floor:
            return None
        if self.kinds[j] != _WORD:
            return None
        low = self.lowers[j]
        if (
            low in _OF_PRONOUNS
            and j - 2 >= floor
            and self.lowers[j - 1] == "of"
            and self.lowers[j - 2] in _QUANTIFIERS
        ):
            return (j - 2, j)  # "One of them said", "some of those"
        if low in _LONE_PARTITIVES and self.starts[j] == j and j + 1 in self.cues:
            return (j, j)  # "Fans were dismayed. One wrote on X:", "Another posted:"
        if low in SUBJECT_PRONOUNS and low not in {"this", "that"}:
            if low == "who":
                # (the antecedent may stand before the clause's floor, in its sentence)
                base = min(floor, self.starts[j])
                k = j - 1
                if k >= base and self.texts[k] == ",":
                    k -= 1
                if (
                    k - 1 >= base
                    and self.lowers[k] in _REFLEXIVES
                    and _speaker_head(self.texts[k - 1])
                ):
                    k -= 1  # "the candidate himself, who": the candidate
                k = self._before_home(k, base)
                antecedent = self._np_core(k, base) if k >= base else None
                if antecedent is None and k >= base and self._name_word(k):
                    antecedent = self._name_ending(k, base)  # "heard from Jo Shah, who"
                elif antecedent is None and k >= base and _speaker_head(self.texts[k]):
                    a = k - 1  # "a consultant pathologist, who": the description's start
                    while a > base and k - a < 4 and self.texts[a].islower():
                        if self.lowers[a] in _ARTICLES_AND_OWNERS:
                            antecedent = (a, k)
                            break
                        a -= 1
                if (
                    antecedent is not None
                    and not self._cap(antecedent[1])
                    and antecedent[0] - 4 >= base
                    and self.texts[antecedent[0] - 1] == ","
                    and self.texts[antecedent[0] - 2].isdigit()
                    and self.texts[antecedent[0] - 3] == ","
                    and self._name_word(antecedent[0] - 4)
                ):
                    # "Jo Shah, 71, a retired nurse, who said": the name before the age
                    antecedent = self._name_ending(antecedent[0] - 4, base)
                elif (
                    antecedent is not None
                    and (
                        not self._cap(antecedent[1])
                        # (or a description that opens with an article and ends with a
                        # name: "a sleep researcher at the University of Minnesota")
                        or self.texts[antecedent[0]] in {"a", "an"}
                    )
                    and antecedent[0] - 2 >= base
                    and self.texts[antecedent[0] - 1] == ","
                    and self._name_word(antecedent[0] - 2)
                ):
                    # "Dr Jo Shah, a consultant pathologist, who said": the name
                    antecedent = self._name_ending(antecedent[0] - 2, base)
                if antecedent is not None:
                    self.antecedents[j] = antecedent
            return (j, j)
        if (
            low.endswith(_MODAL_CONTRACTIONS)
            and j > 0
            and self.kinds[j - 1] == _QUOTE
            and j + 1 in self.cues
            and _bare_pronoun(low) in _PERSONAL
        ):
            return (j, j)  # '"...," he'd say': a pronoun with its modal, after the quote
        if self._name_word(j) or (
            self.texts[j][:1].isupper()
            and j == floor
            and (low not in _FUNCTION_CAPS or self._named_after_quote(j))
        ):
            first = j
            while first - 1 >= floor:
                prev_at = first - 1
                if self._name_word(prev_at) or (
                    (
                        (self.kinds[prev_at] == _WORD and self.lowers[prev_at] in _NAME_LINKS)
                        or self.texts[prev_at] == "&"  # "Procter & Gamble"
                    )
                    and first - 2 >= floor
                    and self._name_word(first - 2)
                    and self.lowers[prev_at] != "the"
                ):
                    first -= 1
                elif (
                    self.lowers[prev_at] in _TITLE_LINKS
                    and self._cap(prev_at)
                    and first - 2 >= floor
                    and self.starts[prev_at] != prev_at
                    and self._name_word(first - 2)
                ):
                    first -= 1  # "Doctors Without Borders": a link in title case
                elif self.texts[prev_at] == "Under" and self.lowers[first].startswith("secretary"):
                    first -= 1  # "Under Secretary Jo Kent": a title, no preposition
                elif self.kinds[prev_at] == _WORD and self.lowers[prev_at] == "the":
                    first -= 1
                    if (
                        first - 2 >= floor
                        and self.lowers[first - 1] == "of"
                        and self._name_word(first - 2)
                    ):
                        first -= 1  # "Speaker of the House Paul Ryan"
                        continue
                    if (
                        first - 2 >= floor
                        and self.lowers[first - 1] == "and"
                        and self._cap(first - 2)
                        and self.lowers[first - 2] in PORTFOLIO_WORDS
                        and self.lowers[first + 1] in PORTFOLIO_WORDS
                    ):
                        # "Minister for Sustainability and the Environment Tan Wei Ming"
                        first -= 1
                        continue
                    if first - 1 >= floor and self._verb_the_name(first - 1, j):
                        first -= 1  # "Save the Children said": a name with "the" in it
                    break
                else:
                    break
            if self.lowers[first] in _CONNECT_NOT_THE:
                first += 1
            elif (
                first - 1 >= floor
                and self.texts[first - 1] in _OPENING_PARTICLES  # (the cheap test first)
                and (first == j or self._name_word(first))
            ):
                first = self._opening_particles(first, floor)  # '"...," van Dijk said'
            if self.lowers[first] in _CONNECT_NOT_THE:
                first += 1
            elif first > floor and self.lowers[first].rstrip(".") in _PERSON_ROLES:
                first = self._adjectives_before(first, floor)  # "The local MP"
            if first - 1 >= floor and self.lowers[first - 1] in _PREPOSITIONS:
                prep = self.lowers[first - 1]
                if prep in {"for", "of", "at"} and first - 2 >= floor:
                    head_at = first - 2
                    if (
                        self.kinds[head_at] == _WORD
                        and self.texts[head_at].islower()
                        and _speaker_head(self.texts[head_at])
                    ):
                        owner = self._np_core(first - 2, floor)
                        if owner is not None:
                            return (owner[0], j)  # "a spokesman for Bernie Sanders"
                if prep in _AUTHOR_PREPOSITIONS and first - 2 >= floor:
                    head = self.texts[first - 2]
                    if head.islower() and (_document(head) or _finder(head)):
                        owner = self._np_core(first - 2, floor, any_noun=True)
                        if owner is not None:
                            return (owner[0], j)  # "a new study by the University of Oslo"
                if (
                    prep in _ROLE_PLACE_LINKS
                    and j - first >= 2
                    and first - 2 >= floor
                    and self.texts[first - 2].islower()
                    and _speaker_head(self.texts[first - 2])
                    and (size := _place_before(self.texts[first : j + 1]))
                ):
                    return (first + size, j)  # "expert in Tokyo Tomas de Hora": the name
                return None  # the object of a preposition: "in Baltimore"
            return (first, j)
        if low in _STOP or low in _FUNCTION_NOT_DETERMINERS:
            return None
        if not self.texts[j].isalpha() and not self.texts[j].replace("-", "").isalpha():
            return None
        if not _speaker_head(self.texts[j]) and not (
            any_noun and self._noun_after_article(j, floor) and self._finite_cue(j + 1)
        ):
            if (
                any_noun
                and self._finite_cue(j + 1)
                and (owned_by := self._owned_by_speaker(j, floor))
            ):
                return owned_by  # "a spokesman for one of the big roasters said"
            return None
        if low in _WORD_QUANTIFIERS and j - 1 >= floor and self.kinds[j - 1] == _WORD:
            # a quantifier heads its phrase alone ("many called it"); after a
            # name it floats ("Lind and Kent both said"), and after a possessive
            # it is an adverb ("Kent's most damning claim"): the owner speaks
            prev_low = self.lowers[j - 1]
            if prev_low in _MODIFIER_OWNERS:
                return None
            if prev_low in SUBJECT_PRONOUNS:
                return (j - 1, j - 1)  # "they both said"
            if self._name_word(j - 1):
                named = self._np_core(j - 1, floor)
                if (
                    named is not None
                    and named[0] - 1 >= floor
                    and self.lowers[named[0] - 1] == "and"
                ):
                    return named  # "Lind and Kent both said"
                return None  # "gave Kent some credit": a determiner, no subject
            if prev_low not in _STOP and prev_low not in _DETERMINERS:
                return (j, j)  # "a title game many called"
        first = j
        steps = 0
        owned = False  # the phrase opens with a possessive: "Sanders' campaign manager"
        linked = -1  # where the phrase started before it crossed "and" in a name
        office = False  # the phrase is an office with "of": "former secretary of state"
        while first - 1 >= floor and steps < 8:
            prev_at = first - 1
            plow = self.lowers[prev_at]
            if (
                plow == "and"
                and prev_at - 1 >= floor
                and self._cap(first)
                and self._cap(prev_at - 1)
            ):
                # a name with "and" in it: "A Department for Work and Pensions
                # spokesperson" (undone below unless an article opens the phrase)
                if linked < 0:
                    linked = first
                first -= 1
                steps += 1
                continue
            if (
                plow in _COMPLEMENT_PREPOSITIONS
                and plow != "at"
                and prev_at - 1 >= floor
                and self._name_word(first)
                and self._name_word(prev_at - 1)
            ):
                first -= 2  # "A Department for Environment spokesperson"
                steps += 2
                continue
            if (
                plow == "of"
                and first == j
                and prev_at - 1 >= floor
                and self.texts[prev_at - 1].islower()
                and self.lowers[prev_at - 1] in ROLE_WORDS
                and self.lowers[prev_at - 1] not in _ROLE_LINKS
            ):
                first -= 2  # "chief of staff", "secretary of state": one office
                steps += 2
                office = True
                continue
            if plow in _PERFECT_AUX and first < j and self.texts[first].islower():
                # "A super PAC ... has run advertisements calling": the word after
                # the auxiliary is its participle, the phrase is the object after it
                first += 1
                break
            if (
                self.kinds[prev_at] != _WORD
                or plow in _STOP
                or plow in QUOTE_STOP_CUES
                or plow in CLAUSE_VERBS  # "Court papers say inspectors warned"
            ):
                owned = self._plural_possessive(first - 1, floor)
                first -= 2 if owned else 0
                if owned and self._name_word(first):
                    first = self._owner_start(first, floor)  # "Goldman Sachs' chief"
                break
            first -= 1
            steps += 1
            if plow in _DETERMINERS:
                break
            if self.texts[prev_at].endswith(("'s", "\u2019s")):
                if self.texts[prev_at].islower():
                    first = self._owner_phrase(prev_at, floor)  # "the prime minister's"
                elif self._cap(prev_at):
                    at = self._owner_start(first, floor)  # "New York City's mayor"
                    owned = owned or at < first
                    first = at
                break
        if (
            self.lowers[first] in _DETERMINERS
            and (owner_at := self._speaker_before(first, floor)) >= 0
        ):
            owner = self._np_core(owner_at, floor)
            if owner is not None:
                return (owner[0], j)  # "a spokeswoman for (one of) the harbour boards"
        opener = self.texts[first]
        if linked >= 0 and opener.lower() not in _DETERMINERS:
            first = linked  # ("U.S. and South Korean officials": a list, not one name)
            opener = self.texts[first]
        if (
            opener.lower() not in _DETERMINERS
            and not opener.endswith(("'s", "\u2019s"))
            and not owned
            and not office
            and j - first > 2
        ):
            first = j - 1  # but "Obama's former campaign strategist" is whole
        return (first, j)

    def _speaker_before(self, det: int, floor: int) -> int:
        """The token of the lower-case speaker noun whose complement opens with the
        determiner *det* (``spokesman`` in ``a spokesman for the board``, ``a
        spokesman for one of the boards``), else -1."""
        before = det - 1
        if (
            before - 1 >= floor
            and self.lowers[before] == "of"
            and self.lowers[before - 1] in _QUANTIFIERS
            and self.lowers[det] in _ARTICLES_AND_OWNERS
        ):
            before -= 2  # "for one of the boards": the partitive
        if (
            before - 1 >= floor
            and self.texts[before - 1].islower()
            and _speaker_head(self.texts[before - 1])
            and (
                self.texts[before] in _COMPLEMENT_PREPOSITIONS
                # "an aide on the committee", "an official with the campaign"
                or (self.texts[before] in _BODY_LINKS and _serving(self.lowers[before - 1]))
            )
        ):
            return before - 1
        return -1

    def _owned_by_speaker(self, j: int, floor: int) -> tuple[int, int] | None:
        """The phrase ending in the lower-case noun *j* that no speaker noun heads
        but that completes one (``a spokesman for one of the big British roasters``),
        else None: up to three adjectives stand between the determiner and *j*."""
        if not self.texts[j].isalpha() or not self.texts[j].islower():
            return None
        det = j - 1
        while (
            det >= floor
            and det > j - 4
            and self.kinds[det] == _WORD
            and self.lowers[det] not in _DETERMINERS
            and self.lowers[det] not in _STOP
            and self.texts[det].replace("-", "").isalpha()
        ):
            det -= 1
        if det < floor or self.lowers[det] not in _ARTICLES_AND_OWNERS:
            return None
        head = self._speaker_before(det, floor)
        owner = self._np_core(head, floor) if head >= 0 else None
        return (owner[0], j) if owner is not None else None

    def _verb_the_name(self, opener: int, last: int) -> bool:
        """Whether the capitalised word *opener*, the first of its sentence, opens a
        name with the *the* after it and the capitalised words up to *last* before a cue
        (``Save the Children said``): a word that opens a sentence and no name
        (``Afterwards the Kremlin``, ``Today the Senate``) or a role after *the*
        (``Overnight the President``) makes none.
        """
        if self.starts[opener] != opener or not self._name_word(opener):
            return False
        low = self.lowers[opener]
        return not (
            not self.texts[opener].isalpha()
            or low.endswith(_ADVERB_ENDS)
            or low in _SENTENCE_ADVERBS
            or low in CUE_WORDS
            or low in _NAME_RUN_OPENERS
            or low in MALE_FIRST_NAMES
            or low in FEMALE_FIRST_NAMES
            or any(self.lowers[k].rstrip(".") in _PERSON_ROLES for k in range(opener + 2, last + 1))
        )

    def _adjectives_before(self, first: int, floor: int) -> int:
        """Where a capitalised role at *first* starts with the article or possessive
        and the one or two lower-case adjectives before it (``The local MP``, ``the
        former Mayor``), else *first*."""
        k = first - 1
        while (
            k >= floor
            and first - k <= 2
            and self.kinds[k] == _WORD
            and self.texts[k].isalpha()
            and self.texts[k].islower()
            and self.lowers[k] not in _NOT_ADJECTIVES
        ):
            k -= 1
        if k < first - 1 and k >= floor and self.lowers[k] in _ARTICLES_AND_OWNERS:
            return k
        return first

    def _adjectives_then_role(self, article: int) -> bool:
        """Whether one or two lower-case adjectives and a capitalised word for a person
        follow the article at *article* (``The local MP``, ``the former Mayor``)."""
        if self.lowers[article] not in _ARTICLES_AND_OWNERS:
            return False
        for k in range(article + 1, min(len(self.texts), article + 4)):
            if self._cap(k):
                return k > article + 1 and self.lowers[k].rstrip(".") in _PERSON_ROLES
            if not (
                self.kinds[k] == _WORD
                and self.texts[k].isalpha()
                and self.lowers[k] not in _NOT_ADJECTIVES
            ):
                return False
        return False

    def _owner_start(self, owner: int, floor: int) -> int:
        """Where the capitalised owner whose last word is token *owner* opens
        (``New York City's``, ``Goldman Sachs'``): up to three name words
        before it, unless one is a first name or an honorific, or a title opens
        two or more (a person's name stays as written: ``Trump's eldest
        daughter``, ``Mayor Jo Lind's tweet``)."""
        at = owner
        while at - 1 >= max(floor, owner - 3) and self._name_word(at - 1):
            at -= 1
        words = self.lowers[at:owner]
        if any(
            low in MALE_FIRST_NAMES or low in FEMALE_FIRST_NAMES or low.rstrip(".") in HONORIFICS
            for low in words
        ) or (len(words) >= 2 and any(low.rstrip(".") in ROLE_WORDS for low in words)):
            return owner  # (not "General Motors'": one word, no title before a name)
        return at

    def _owner_phrase(self, owner: int, floor: int) -> int:
        """Where the phrase of the lower-case possessive at *owner* opens: at the
        article before it and its lower-case words (``the prime minister's office``,
        ``the attorney general's office``, ``the Trump campaign's``: a name as a
        modifier), or at *owner* when none stands there."""
        k = owner - 1
        while k >= floor and owner - k <= 3 and self.kinds[k] == _WORD:
            low = self.lowers[k]
            if low in {"the", "a", "an"}:
                return k
            if not self.texts[k].islower():
                if self._name_word(k) and low not in _DETERMINERS:
                    k -= 1  # "the Trump campaign's": a name modifying the owner
                    continue
                break
            if low in _STOP or low in _AUX or k in self.cues or low in _DETERMINERS:
                break
            k -= 1
        return owner

    def _named_after_quote(self, j: int) -> bool:
        """Whether the capitalised token *j*, a function word elsewhere, names the
        speaker between a quote and its cue (``"..." From said``, ``"..." Young
        told``): nothing else stands there."""
        return (
            j > 0
            and self.kinds[j - 1] == _QUOTE
            and j + 1 in self.cues
            and not self.texts[j].isupper()
            and self.lowers[j] not in _DETERMINERS
            and self.lowers[j] not in SUBJECT_PRONOUNS
            and self.lowers[j] not in _MODIFIER_OWNERS
        )

    def _noun_after_article(self, j: int, floor: int) -> bool:
        """Whether the lower-case word *j* is a noun that an article or a possessive
        opens as a subject (``the rally``, ``a member of the family``), not the
        object of a preposition (``in the interview``)."""
        det = j - 1
        if (
            det - 1 >= floor
            and self.texts[det].islower()
            and self.texts[det].endswith(_POSSESSIVE_ENDS)
            and self.texts[det][:-2].isalpha()
            and self.lowers[det - 1] in _ARTICLES_AND_OWNERS
        ):
            det -= 1  # "the boy's family": a lower-case owner after its article
        if (
            det < floor
            or not self.texts[j].isalpha()
            or not self.texts[j].islower()
            or self.lowers[det] not in _ARTICLES_AND_OWNERS
        ):
            return False
        before = det - 1
        if before < floor or self.kinds[before] == _PUNCT or self.lowers[before] in _CLAUSE_OPENERS:
            return True  # the phrase opens a clause: "..., the rally denounced"
        if self.lowers[before] in _SOURCE_LINK_ENDS and self.lowers[before] not in {"to", "of"}:
            # "a person familiar with the matter said": what a source is linked to
            link = next(
                (
                    words
                    for words in _SOURCE_LINKS
                    if len(words) > 1
                    and before - len(words) + 1 >= floor  # (no slice from the list's end)
                    and tuple(self.lowers[before - len(words) + 1 : before + 1]) == words
                ),
                None,
            )
            if link is not None:
                head = before - len(link)
                return (
                    head >= floor
                    # (in lower case, or opening the sentence: "Sources close to")
                    and (self.texts[head].islower() or self.starts[head] == head)
                    and _speaker_head(self.texts[head])
                )
        return (
            self.lowers[before] in _COMPLEMENT_PREPOSITIONS
            and before - 1 >= floor
            and self.texts[before - 1].islower()
            and self.lowers[before - 1] not in _DETERMINERS
            and _speaker_head(self.texts[before - 1])
        )  # "a member of the family"

    def _finite_cue(self, cue: int) -> bool:
        """Whether the cue at token *cue* is a verb in the past or ``says``/``tells``
        (``reported``, ``said``), not a noun (``retort``, ``emails``, ``say``)."""
        if cue >= len(self.lowers) or cue not in self.cues:
            return False
        low = self.lowers[cue]
        return low in QUOTE_STOP_CUES or low.endswith("ed")

    def _plural_possessive(self, mark: int, floor: int) -> bool:
        """Whether token *mark* is the apostrophe of ``Sanders'`` (a name in -s) or
        of a plural noun (``the farmers' union``)."""
        if mark - 1 < floor or self.texts[mark] not in ("'", "\u2019"):
            return False
        owner_at = mark - 1
        owner = self.texts[owner_at]
        return (
            (self._name_word(owner_at) or (owner.isalpha() and owner.islower()))
            and owner.endswith("s")
            and self.token_end[owner_at] == self.token_start[mark]
        )

    def _np_forward(self, first: int, end: int) -> tuple[int, int] | None:
        """A noun phrase starting at token *first* and ending before *end*."""
        if first >= end:
            return None
        if self.kinds[first] != _WORD:
            return None
        low = self.lowers[first]
        if low in SUBJECT_PRONOUNS and low not in {"that", "this", "who"}:
            return (first, first)
        last = first
        longest = 7  # (an office in capitals may run longer: _MAX_OFFICE_TOKENS)
        if (
            self._name_word(first)
            or low in _DETERMINERS
            or low in _ROLE_OPENERS
            # "Under Secretary Jo Kent": a title, no preposition
            or (
                self.texts[first] == "Under" and self.lowers[first + 1 : first + 2] == ["secretary"]
            )
        ):
            while last + 1 < end:
                nxt_at = last + 1
                nlow = self.lowers[nxt_at]
                link = self._office_link(first, last, end)
                if link:
                    last += link  # "Minister for Foreign Affairs", "Speaker of the House"
                    longest = _MAX_OFFICE_TOKENS
                    continue
                if self.kinds[nxt_at] != _WORD or nlow in _STOP_NOT_OF or nlow in QUOTE_STOP_CUES:
                    if nlow == "and" and (
                        self._portfolios_joined(last, end) or self._roles_joined(last, end)
                    ):
                        # "Industry and Foreign Trade Secretary Jo Kent": two
                        # portfolios of one office, not two people; "chairman and
                        # chief executive Jo Kent": two roles of one person
                        last += 1
                        longest = _MAX_OFFICE_TOKENS
                        continue
                    if (
                        self.texts[nxt_at] == "&"
                        and last + 2 < end
                        and self._name_word(last)
                        and self._name_word(last + 2)
                    ):
                        last += 2  # "Procter & Gamble"
                        continue
                    break
                if nlow in _AUX and nlow not in ROLE_WORDS and self.texts[nxt_at].islower():
                    break  # "The lawmaker did give": no phrase runs over its verb
                if (
                    nlow.endswith("ed")
                    and self.texts[nxt_at].isalpha()
                    and self.texts[nxt_at].islower()
                    and self.texts[last].islower()
                    and _speaker_head(self.texts[last])
                ):
                    break  # "Lind's campaign shrugged off": a noun, then its verb
                if last == first + 1 and low in _ARTICLES and self._present_verb(last, nxt_at, end):
                    break  # "The document singles out Florida": a noun, then its verb
                if nlow == "of" and not (last + 2 < end and self._cap(last + 2)):
                    break
                if (
                    self._cap(last)
                    # "A prominent climate scientist": adjectives up to a noun for a person
                    and not (
                        last == first and low in _DETERMINERS and self._head_ahead(nxt_at, end)
                    )
                    # "The Senate's top Republican": an owner, then its noun
                    and not (
                        last == first + 1
                        and low in _DETERMINERS
                        and self.texts[last].endswith(_OWNER_ENDS)
                        and self._head_ahead(nxt_at, end)
                    )
                    and not (last == first and self._adjectives_then_role(first))  # "The local MP"
                    # "Senegal's newly elected President": an owner opening the phrase
                    and not (
                        last == first
                        and self.texts[last].endswith(_OWNER_ENDS)
                        and self._head_ahead(nxt_at, end)
                    )
                    and not self._cap(nxt_at)
                    and nlow not in _PARTICLES_OF
                    and not _speaker_head(self.texts[nxt_at])
                    # "Sports radio host Jo Kent": a topic's word, a role, then a name
                    and not (last == first and self._role_run_to_name(nxt_at, end))
                ):
                    if last == first and nlow in _ARTICLES_AND_OWNERS:
                        return None  # "Maybe the", "Beyond his": no name, a word before a phrase
                    break  # "Perez hammered": a name, then its verb
                last += 1
                if last - first >= longest:
                    return None
            while last > first and not (self._cap(last) or _speaker_head(self.texts[last])):
                last -= 1  # back off to the head: "one Democrat familiar with"
            if (
                last > first
                and self.lowers[last] in _WORD_QUANTIFIERS
                and self.texts[last - 1].endswith(_POSSESSIVE_ENDS)
            ):
                last -= 1  # "Kent's most damning claim": the owner, "most" is an adverb
            if not self._cap(last) and not _speaker_head(self.texts[last]):
                return None  # "one Democrat familiar with", a lone "then"
            if first == last and low in _DETERMINERS:
                return None
            return (first, last)
        return None

    def _portfolios_joined(self, last: int, end: int) -> bool:
        """Whether the portfolio word at *last* and the *and* after it open an
        office that goes on to its head (``Industry and Foreign Trade Secretary``,
        ``Securities and Exchange Commission Chairman``, ``energy and mines
        ministry source``): one to four words after *and*, written in the
        portfolio's case, the last a role word or a noun for a person."""
        if self.lowers[last] not in _JOINED_PORTFOLIOS or not self.texts[last].isalpha():
            return False
        capital = self.texts[last][:1].isupper()
        for k in range(last + 2, min(end, last + 6)):
            word = self.texts[k]
            if self.kinds[k] != _WORD or not word.isalpha() or word[:1].isupper() != capital:
                return False
            if self.lowers[k] in ROLE_WORDS or _speaker_head(word):
                return k > last + 2 or capital  # (not "energy and officials")
        return False

    def _roles_joined(self, last: int, end: int) -> bool:
        """Whether the role word at *last* and the *and* after it open a second
        role of the name that follows (``chairman and chief executive Jo
        Kent``, ``former Nevada Sen. and party leader Jo Kent``): one to four
        words after *and*, no article, owner nor name among them, the last a
        role word or a noun for a person right before a name."""
        if self.lowers[last].rstrip(".") not in _JOINED_ROLE_WORDS:
            return False
        for k in range(last + 2, min(end - 1, last + 6)):
            low = self.lowers[k]
            if self.kinds[k] != _WORD or low in _DETERMINERS or low in _STOP or low in CUE_WORDS:
                return False
            if (
                (low.rstrip(".") in _JOINED_ROLE_WORDS or low in PERSON_NOUNS)
                and self.kinds[k + 1] == _WORD
                and self._name_word(k + 1)
            ):
                return True
            if self.texts[k][:1].isupper() and k > last + 2:
                return False  # ("chairman and Jo Kent": a name, no second role)
        return False

    def _role_run_to_name(self, first: int, end: int) -> bool:
        """Whether one to three lower-case words from *first*, the last a noun for a
        person, come before a name (``radio host Jo Kent`` after ``Sports``)."""
        for k in range(first, min(end - 1, first + 3)):
            word, low = self.texts[k], self.lowers[k]
            if not (word.isalpha() and word.islower()) or low in _STOP or low in CUE_WORDS:
                return False
            if low.endswith("ed") or low in _AUX:
                return False  # "Lind praised volunteer Jo Kent": a verb, no role
            if low in PERSON_NOUNS or low in _ROLE_HEADS:
                return self._name_word(k + 1)
        return False

    def _head_ahead(self, first: int, end: int) -> bool:
        """Whether lower-case words from *first* reach a noun for a person within
        four words (``prominent climate scientist``)."""
        for k in range(first, min(end, first + 4)):
            word, low = self.texts[k], self.lowers[k]
            if low in PERSON_NOUNS or low in _ROLE_HEADS or _document(word):
                return True  # (not "The dispute centers": a verb) "An internal memo"
            if low in _SET_OFF_BODY_HEADS and k > first:
                return True  # "The armed group", "The online retailer": a body
            if k == first and word.endswith(_OWNER_ENDS) and word[:1].isupper():
                continue  # "The Senate's top Republican"
            if not word.islower() or not word.isalpha() or low in _STOP:
                return False
        return False

    def _relative_subject(self, cue: int, floor: int) -> tuple[int, int] | None:
        """The person described with an indefinite article who opens the sentence,
        before a relative clause that no comma opens and the cue: ``A farmer who
        lost most of his herd said``, ``A lawyer who represents Lind said`` (not
        Lind), ``One nurse who worked that night, who asked not to be named,
        said``; ``None`` elsewhere (``A lawyer for Lind said``, or a cue inside
        the clause: ``A man who saw Lind says she told him``)."""
        if cue - floor < 4:
            return None
        if self.lowers[floor] not in _INDEFINITE_OPENERS and not (
            self.lowers[floor] == "the" and self.lowers[floor + 1] in _ORDINALS
        ):
            return None  # (but "The third agent who spoke with X said": one more)
        head = floor + 1
        while head + 1 < cue and self.lowers[head + 1] != "who":
            if (
                self.lowers[head + 1] in {"to", "for"}
                and _bare(self.texts[head]) in PERSON_NOUNS
                and (linked := self._linked_before_who(head + 2, cue)) > 0
            ):
                # "An aide to Secretary Tom Reed who asked not to be named said":
                # the aide, with the one it is linked to
                if self.has_cue(linked + 1, cue):
                    return None
                return floor, linked
            if head - floor >= 3 or self.kinds[head] != _WORD or not self.texts[head].islower():
                return None  # "A Lind aide", "A lawyer for Lind": not a bare noun phrase
            head += 1
        if (
            head + 2 >= cue
            or cue - head > _RELATIVE_REACH
            or not self.texts[head].islower()
            or _bare(self.texts[head]) not in PERSON_NOUNS
            or self.has_cue(head + 1, cue)
            or any(kind == _QUOTE for kind in self.kinds[head + 1 : cue])
        ):
            return None
        return floor, head

    def _linked_before_who(self, first: int, cue: int) -> int:
        """The last token of a capitalised run from *first* that *who* follows
        before *cue* (``Agriculture Secretary Tom Reed who``), or -1."""
        k = first
        while k < cue and k - first < _MAX_OWNER_WORDS + 3 and self._cap(k):
            k += 1
        if k == first or k >= cue or self.lowers[k] != "who":
            return -1
        return k - 1

    def _document_quoted(self, first: int, as_at: int) -> tuple[int, int] | None:
        """The document an active *quoted* names from token *first* to *as*
        (``quoted a joint statement by the army and the guards as saying``): an
        article, a document noun within two words and *by*, *of* or *from* after
        it; ``None`` for anything else (``quoted Kanani's aide Jo Lind as``)."""
        if self.lowers[first] not in _ARTICLES:
            return None
        for head in range(first + 1, min(first + 4, as_at - 1)):
            if _document(self.texts[head]) and self.lowers[head + 1] in {"by", "of", "from"}:
                return (first, as_at - 1)
        return None

    def _passive_subject(self, cue: int, floor: int) -> tuple[int, int] | None:
        """The subject of a passive report before *as* and the cue: ``Lind was
        quoted as saying``, ``Lind was quoted by Interfax as saying``, ``Lind
        has been cited as saying``; the object of an active one (``State TV quoted
        Lind as saying``); ``None`` elsewhere."""
        k = cue - 1
        if k - 4 >= floor and self.lowers[k] == "having" and self.lowers[cue] in _HAVING_CUES:
            k -= 1  # "quoted Acme officials as having told them"
        elif self.lowers[cue] not in _AS_CUES:
            return None
        if k - 3 < floor or self.lowers[k] != "as":
            return None
        j = k - 1
        while j > floor and k - j <= _PASSIVE_AGENT_REACH and self.lowers[j] not in _AS_PARTICIPLES:
            j -= 1  # "quoted by the Interfax news agency as saying"
        if self.lowers[j] not in _AS_PARTICIPLES:
            return None
        if j + 1 < k and self.lowers[j + 1] != "by":
            # active: "State TV quoted Kanani as saying": the one quoted speaks
            named = self._np_core(k - 1, j + 1)
            if named is None or named[0] != j + 1:
                return self._document_quoted(j + 1, k)
            return named if named is not None and named[0] == j + 1 else None
        m = j - 1
        while m > floor and self.lowers[m] not in _PASSIVE_BE and self._skippable(m):
            m -= 1  # "was widely quoted"
        if self.lowers[m] not in _PASSIVE_BE:
            return None
        m -= 1
        if m > floor and self.lowers[m] in {"has", "have", "had"}:
            m -= 1  # "has been quoted"
        return self._np_core(m, floor, any_noun=True)

    def _office_link(self, first: int, last: int, end: int) -> int:
        """How many link words (``of``, ``for``, ``of the``, ``for the``) after token
        *last* join a capitalised office to the capitalised words after them
        (``Minister for Foreign Affairs``, ``Speaker of the House``,
        ``Secretary of State for Health``), or 0.

        Only while the phrase from *first* is an office in capitals: every word so
        far capitalised or such a link, and one of them a role word (not
        ``Jo Lind of the Democratic Party``, a name and its body).
        """
        link = last + 1
        if link + 1 >= end or self.lowers[link] not in _OFFICE_RUN_LINKS or not self._cap(last):
            return 0
        after = link + 1
        if self.lowers[after] == "the":
            after += 1
        if after >= end or not self._cap(after):
            return 0
        role = -1
        for k in range(first, last + 1):
            if self._cap(k):
                if self.lowers[k] in _OFFICE_HEADS:  # (also "Member of the Senedd")
                    role = k
            elif k == first and self.lowers[k] in {"the", "a"}:
                continue  # "the Minister for Health"
            elif (
                k <= first + 2
                and self.lowers[first] in {"the", "a"}
                and self.texts[k].isalpha()
                and self.lowers[k] not in _NOT_ADJECTIVES
                and not any(self._cap(i) for i in range(first + 1, k))
            ):
                continue  # "The local Member of the Senedd": adjectives after the article
            elif k == first or self.lowers[k] not in _OFFICE_INNER:
                return 0
        if role < 0:
            return 0
        k = role + 1
        while k <= last:  # after the role word only links and what they join
            if self.lowers[k] not in _OFFICE_RUN_LINKS:
                return 0  # "President Joe Biden of the": a name after the role
            k += 2 if k + 1 <= last and self.lowers[k + 1] == "the" else 1
            if k > last or not self._cap(k):
                return 0
            while k <= last and self._cap(k):
                k += 1
        return after - last

    def subject(self, first: int, end: int) -> tuple[int, int] | None:
        """The noun phrase that opens a sentence (the subject of its verbs)."""
        while (
            first < end
            and self.kinds[first] == _WORD
            and _bare(self.texts[first]) in _BEFORE_SUBJECT
        ):
            first += 1
        first = self._after_introduction(first, end)
        found = self._np_forward(first, end)
        if found is None:
            return None
        if self.lowers[found[0]] in {"it", "this", "that", "there"}:
            return None
        if (
            found[0] == found[1]
            and self.lowers[found[0]] in _APPROXIMATORS
            and found[0] + 1 < end
            and self.texts[found[0] + 1][:1].isdigit()
        ):
            return None  # "About 200 nurses marched": a count, no one named "About"
        if (
            found[0] == found[1]
            and self.starts[first] == first
            and (self.common_word(first) or self.opening_only(first))
            # (a plural speaker noun is no opening word: "Analysts at Acme wrote")
            and not (self.lowers[first].endswith("s") and _speaker_head(self.texts[first]))
        ):
            return None  # "Likewise, ...", "Ever since ...", "Wait, ...": not a name
        if (
            found[0] == found[1]
            and self.texts[found[1]].endswith(_POSSESSIVE_ENDS)
            and found[1] + 1 < end
            and _place_owner(self.texts[found[1]])
        ):
            return self._owned_head(found, end)
        return self.with_complement(found, end)

    def _owned_head(self, found: tuple[int, int], end: int) -> tuple[int, int] | None:
        """The subject a place's possessive *found* opens (``Peru's 12-bank
        advisory committee``): the owner through the speaker noun a few lower-case
        words after it, or ``None`` (the place is no subject: ``Peru's`` does not
        speak; a person's claim is theirs: ``Kent's most explosive claim``)."""
        texts = self.texts
        for k in range(found[1] + 1, min(end, found[1] + 5)):
            if self.kinds[k] != _WORD or not (texts[k][:1].islower() or texts[k][:1].isdigit()):
                return None
            if _speaker_head(texts[k]) and not (
                k + 1 < end and self.kinds[k + 1] == _WORD and _speaker_head(texts[k + 1])
            ):
                return self.with_complement((found[0], k), end)
        return None

    def with_complement(self, found: tuple[int, int], limit: int) -> tuple[int, int]:
        """Extend ``a spokesman`` over ``for the buyer``: a speaker noun's complement.

        A lower-case speaker noun followed by *for*, *from*, *of* or *at*, or
        by the words that link a source to someone (``close to``, ``familiar
        with``), takes the short noun phrase after it, when a cue, punctuation
        or the end of the sentence follows that phrase (``the senator from
        Vermont said``, ``a person familiar with the matter said``).
        """
        texts, kinds = self.texts, self.kinds
        head_at = found[1]
        after = found[1] + 1
        head = self.texts[head_at]
        if head_at == self.starts[head_at] and head[:1].isupper():
            head = head.lower()  # "Analysts at Acme Bank said": capitalised to open a sentence
        if after + 1 >= limit or not head.islower() or not _speaker_head(head):
            return found
        if texts[after] not in _COMPLEMENT_PREPOSITIONS:
            link = next(
                (
                    len(words)
                    for words in _SOURCE_LINKS
                    if len(words) > 1 and tuple(self.lowers[after : after + len(words)]) == words
                ),
                0,
            )
            if not link:
                return found
            after += link - 1  # "a person familiar with the matter", "close to"
        last = after
        verb_next = False  # the phrase's own verb follows it ("... the ministry declined to")
        while last + 1 < limit and last - after < 6:
            if (
                texts[last + 1] == "&"
                and last + 2 < limit
                and self._cap(last)
                and self._cap(last + 2)
            ):
                last += 2  # "Analysts at Kessler & Co": a firm's name goes on over "&"
                continue
            if kinds[last + 1] != _WORD:
                break
            low = self.lowers[last + 1]
            if (last + 1 in self.cues or low in _STOP_NOT_THE or low in _PREPOSITIONS) and not (
                low == "of" and last > after and self.lowers[after] == "of"
            ):
                break  # (but "the director of publicity of the party": one more "of")
            if (
                last > after
                and self.lowers[after] != "of"  # ("Hundreds of protesters marched")
                and low.endswith("ed")
                and len(low) > 4
                and self.texts[last + 1].islower()  # (not "Acme Limited")
                and self.lowers[last] not in _ARTICLES_AND_OWNERS
                and not self.lowers[last].endswith("ly")
            ):
                verb_next = True
                break
            last += 1
        end = last + 1
        if (
            last == after
            or self.lowers[last] in _ARTICLES_AND_OWNERS
            # an occasion is no affiliation: "said the skipper at the presentation"
            or (texts[after] == "at" and self.lowers[last] in _OCCASION_NOUNS)
            or (
                not verb_next
                and end < limit
                and kinds[end] == _WORD
                and end not in self.cues
                and self.lowers[end] not in _INVERTED_END
            )
        ):
            return found
        return (found[0], last)

    def _after_introduction(self, first: int, end: int) -> int:
        """Skip an opening adverbial up to its comma: ``Immediately after the attacks, X``."""
        texts, kinds = self.texts, self.kinds
        if first >= end or first + 1 >= end or kinds[first] != _WORD:
            return first
        low = self.lowers[first]
        opener = (
            (low.endswith("ly") and len(low) >= 7)
            or (low.endswith(("ing", "ed")) and len(low) >= 6 and first + 1 not in self.cues)
            or low in _PREPOSITIONS
            or low in {"after", "before", "during", "since", "while", "when", "given", "despite"}
            or low in {"late", "early"}  # "Late last month, the company wrote"
        )
        if not opener and self.lowers[first + 1] not in _TIME_LINKS:
            return _after_time_phrase(texts, kinds, first, end)  # "A few weeks later, X"
        if self._cap(first + 1):
            return first
        for k in range(first + 1, min(end, first + 16)):
            if kinds[k] == _QUOTE:
                break
            if texts[k] == ",":
                return k + 1 if k + 1 < end else first
        return first

    def _modified_np(self, first: int, end: int) -> tuple[int, int] | None:
        """``undecided Republican voter Jane Doe``: modifiers, then a name or head."""
        j = first
        while j < end and j - first < 5 and (self.kinds[j] == _WORD or self._number_slash(j, end)):
            if self._name_word(j):
                found = self._np_forward(j, end)
                return None if found is None else (first, found[1])
            if self.lowers[j] in _STOP:
                break
            j += 1
        if j > first and _speaker_head(self.texts[j - 1]):
            return (first, j - 1)
        return None

    def _number_slash(self, j: int, end: int) -> bool:
        """Whether token *j* is the slash of a number like ``9/11`` or ``24/7``
        (``said 9/11 widow Jo Lind``)."""
        return (
            self.texts[j] == "/"
            and j + 1 < end
            and self.texts[j - 1].isdigit()
            and self.texts[j + 1].isdigit()
            and self.token_end[j - 1] == self.token_start[j]
            and self.token_end[j] == self.token_start[j + 1]
        )

    def np_after(self, cue_last: int, limit: int) -> tuple[int, int] | None:
        """The inverted subject right after a cue (``said Mr Blinken``)."""
        first = cue_last + 1
        if first >= limit:
            return None
        verb = self.lowers[cue_last]
        if self.lowers[first] == "by":
            if not _passive(self, cue_last) and self.has_cue(self.starts[cue_last], cue_last):
                return None  # "He said the arguments cited by Hughes "...": He reports
            return self.by_agent(cue_last, first, limit)  # "as described by Jo Kent"
        if verb.endswith("ing") or verb in _TRANSITIVE or verb == "to":
            return None  # "telling one agent", "urged voters", "referred to X": an object
        if self.lowers[first] in _TIME_OPENERS and not any(
            self.texts[k].endswith(_POSSESSIVE_ENDS) for k in range(first, min(first + 2, limit))
        ):
            # "said yesterday Jo Lind": the name after the time; "agreed last
            # night proposals to pay": a time, then the object
            first += 1 if self.lowers[first] in _TIME_DAYS else 2
            if first >= limit or not self._cap(first):
                return None
        if (
            self.texts[first] in SCHOOL_YEARS
            and first + 3 < limit
            and self.texts[first + 1].isdigit()
            and len(self.texts[first + 1]) <= 2
            and _bare(self.texts[first + 2]) in PERSON_NOUNS
        ):
            first += 2  # "said Year 11 pupil Aisha Bello": the school year first
        found = self._np_forward(first, limit)
        if found is None:
            found = self._modified_np(first, limit)
        if found is None:
            found = self._described(first, limit)
        if found is None:
            return self._name_closing_clause(first, limit)
        found = self._role_then_name(found, limit)
        found = self._before_listener(found, limit)
        after = found[1] + 1
        described = self.lowers[first] in _DETERMINERS and _speaker_head(self.texts[found[1]])
        if after < limit and described and self.texts[after] in _AUX:
            return None  # "said the candidate could be": the subject of a clause
        if (
            after < limit
            and not described
            and self.kinds[after] == _WORD
            and self.lowers[after] not in _AFTER_INVERTED_SPEAKER
        ):
            if self._listener_after_name(found, after, limit):
                return found  # "powiedział Jan Nowak dziennikarzom.": the name
            # "said one Trump confidant": a described speaker after all
            return self._described(first, limit)
        low = self.lowers[first]
        if low in {"it", "they", "we", "you", "i"} and after < limit and self.kinds[after] == _WORD:
            return None
        if after < limit and self.lowers[after] in _ROLE_PLACE_LINKS:
            named = self._name_after_place(after, limit)
            if named is not None and _speaker_head(self.texts[found[1]]):
                return named  # "said senior expert in Tokyo Tomas de Hora": the name
        named = self._name_after_office(found, limit)
        if named is not None:
            return named  # "a declarat ministrul Muncii, Elena Popescu.": the name
        firm = self._firm_and_co(found, limit)
        if firm is not None:
            return firm  # "said Harwood Fenton and Co analyst Keiko Tanaka": the analyst
        return self.with_complement(found, limit)

    def _firm_and_co(self, found: tuple[int, int], limit: int) -> tuple[int, int] | None:
        """The person a firm named *and Co* (``& Co``) introduces after a cue
        (``said Harwood Fenton and Co assistant manager Keiko Tanaka``): a name
        after the firm's role words; the whole firm when no name follows
        (``said Harwood Fenton and Co.``); ``None`` when *found* ends no such firm."""
        co = found[1] + 2
        if (
            co >= limit
            or self.lowers[found[1] + 1] not in {"and", "&"}
            or self.lowers[co].rstrip(".") not in {"co", "company"}
            or not self._cap(found[1])
        ):
            return None
        k = co + 1
        while k < limit and k - co <= _MAX_ROLE_WORDS_BEFORE and self.texts[k].islower():
            k += 1  # the role words: "assistant manager"
        if k == co + 1 or k >= limit or not self._cap(k):
            return (found[0], co)
        named = self._np_forward(k, limit)
        if named is None or not _person_like(self, named):
            return (found[0], co)
        return named

    def name_of_long_affiliation(self, first: int, limit: int) -> tuple[int, int] | None:
        """The name right after a cue when the affiliation after its *of* runs too long
        for one phrase (``said Piet Vermeer of Dutch salvage experts Nordhaven Marine
        of Delfzijl``, as 1980s wire copy writes it): two to four capitalised words
        that open with no determiner, then *of* and a capitalised word."""
        k = first
        while k < limit and k - first < 4 and self._name_word(k):
            k += 1
        if (
            k - first < 2
            or k + 1 >= limit
            or self.lowers[k] != "of"
            or not self._cap(k + 1)
            or self.lowers[first] in _DETERMINERS
            or any(self.texts[n].endswith(_POSSESSIVE_ENDS) for n in range(first, k))
        ):
            return None
        return (first, k - 1)

    def _name_closing_clause(self, first: int, limit: int) -> tuple[int, int] | None:
        """The name that closes the sentence after a few lower-case words and a
        comma after a cue (``mondta az átadáson a belügyi miniszter, Nagy
        Péter.``): two or three capitalised words, then the sentence's end."""
        texts = self.texts
        comma = first
        while comma < limit and comma - first < 8 and self.kinds[comma] == _WORD:
            if not texts[comma].isalpha() or not texts[comma].islower():
                return None
            comma += 1
        if comma == first or comma >= limit or texts[comma] != ",":
            return None
        return self._name_ending_sentence(comma, limit)

    def _name_after_office(self, found: tuple[int, int], limit: int) -> tuple[int, int] | None:
        """The name set off after an office in another language, when it ends the
        sentence (``a declarat ministrul Muncii, Elena Popescu.``): *found* opens
        with a lower-case word that is no English speaker noun or determiner and
        ends in capitals; two or three capitalised words follow its comma."""
        texts = self.texts
        head = texts[found[0]]
        if (
            found[0] == found[1]
            or not head.isalpha()
            or not head.islower()
            or head in _DETERMINERS
            or _speaker_head(head)
            or not self._cap(found[1])
        ):
            return None
        comma = found[1] + 1
        if comma >= limit or texts[comma] != ",":
            return None
        return self._name_ending_sentence(comma, limit)

    def _name_ending_sentence(self, comma: int, limit: int) -> tuple[int, int] | None:
        """The two or three capitalised words after the comma at *comma* when the
        sentence ends with them (``, Elena Popescu.``), or ``None``."""
        last = comma
        while last + 1 < limit and last - comma < 3 and self._name_word(last + 1):
            last += 1
        if last - comma < 2 or (last + 1 < limit and self.texts[last + 1] not in {".", "!", "?"}):
            return None
        return (comma + 1, last)

    def _before_listener(self, found: tuple[int, int], limit: int) -> tuple[int, int]:
        """*found* cut before a listener it runs on over (``Ткаченко журналістам
        Укрінформу``): at the first lower-case word after its capitalised ones
        that :meth:`_listener_after_name` reads as one."""
        k = found[0]
        while k <= found[1] and self._cap(k):
            k += 1
        if k == found[0] or k > found[1] or self.lowers[k] in _NAME_LINKS:
            return found
        if self._listener_after_name((found[0], k - 1), k, limit):
            return (found[0], k - 1)
        return found

    def _listener_after_name(self, found: tuple[int, int], after: int, limit: int) -> bool:
        """Whether the lower-case word at *after*, after the capitalised name *found*,
        is a listener or an adverb that ends the clause (``сказал Иван Петров
        журналистам.``, ``řekl Jan Novák novinářům v Praze``): one word that is no
        speaker noun or cue, then punctuation, the end or a short preposition; or
        another language's preposition (``stwierdziła Lis na konferencji``)."""
        texts = self.texts
        first, last = found
        if not all(self._cap(k) for k in range(first, last + 1)) and (
            last - first < 2
            or not self._cap(last - 1)
            or self.lowers[first] in _DETERMINERS
            or self.lowers[first] in _QUANTIFIERS
        ):
            return False  # ("said one Trump confidant."); "minister Jan Nowak" may be
        if not self._cap(last) or texts[last].endswith(_POSSESSIVE_ENDS):
            return False
        word, low = texts[after], self.lowers[after]
        if (
            low in OTHER_LANGUAGE_PREPOSITIONS
            and after + 1 < limit
            and self.kinds[after + 1] == _WORD
        ):
            return True  # "stwierdziła Lis na konferencji": a place or time after the name
        if not word.isalpha() or not word.islower() or after in self.cues:
            return False
        if _speaker_head(low) or low in _STOP or low in _AUX:
            return False
        nxt = after + 1
        if nxt + 1 < limit and self._cap(nxt) and texts[nxt + 1] in {".", ",", ";"}:
            nxt += 1  # "журналістам Укрінформу.": the listener's outlet
        return (
            nxt >= limit
            or texts[nxt] in {".", ",", ";", "!", "?"}
            or (texts[nxt].isalpha() and texts[nxt].islower() and len(texts[nxt]) <= 2)
        )

    def _name_after_place(self, link: int, limit: int) -> tuple[int, int] | None:
        """The name after the place after the preposition *link*, when a clause ends
        after it (``in Tokyo Tomas de Hora.``)."""
        k = link + 1
        while (
            k < limit
            and k - link <= 6
            and (self._cap(k) or (self.lowers[k] in _PARTICLES and k > link + 1))
        ):
            k += 1
        if k - link < 4 or (k < limit and self.kinds[k] == _WORD):
            return None
        size = _place_before(self.texts[link + 1 : k])
        return (link + 1 + size, k - 1) if size else None

    def by_agent(self, verb: int, by: int, limit: int) -> tuple[int, int] | None:
        """The agent of a passive cue *verb*: the noun phrase after the *by* at token *by*.

        ``was asked by host Jo Kent``, ``called "..." by the citizens``: only after a
        participle (``asked``, ``called``, ``known``), and a name or speaker noun
        that is no document (``a report by``).
        """
        if not self.lowers[verb].endswith(("ed", "own", "en")) or by + 1 >= limit:
            return None
        found = self._np_forward(by + 1, limit) or self._modified_np(by + 1, limit)
        if found is None or _bare(self.texts[found[1]]) in _DOCUMENTS:
            return None
        return self.with_complement(found, limit)

    def inverted_phrase(self, cue_last: int, limit: int) -> tuple[int, int] | None:
        """The words after a cue that follows its quote, up to a clause boundary.

        ``"...," said one of those advisers, who``, ``said Clinton's top aide
        Jake Sullivan.``, ``said Air Force 1st Lt. Jo Smith``, ``tweeted
        another.``: in this inverted position the speaker is everything up to
        punctuation or a word that opens a clause; it must end in a name or a
        speaker noun, and a pronoun, an auxiliary or a preposition at its
        start is a clause (``said the candidate could be``, ``said in an``).
        """
        verb = self.lowers[cue_last]
        if verb.endswith("ing") or verb in _TRANSITIVE or verb == "to":
            return None
        kinds = self.kinds
        first = cue_last + 1
        last = first - 1
        while last + 1 < min(limit, first + 8) and kinds[last + 1] == _WORD:
            low = self.lowers[last + 1]
            if low in _INVERTED_END:
                break
            if low in _AUX or low in QUOTE_STOP_CUES:
                return None  # "said the candidate could be": a clause
            last += 1
        if last < first:
            return None
        low = self.lowers[first]
        if low in SUBJECT_PRONOUNS or low in _PREPOSITIONS or low in _WHEN:
            return None
        after = last + 1
        if (
            after < limit
            and self.lowers[after] in _ROLE_PLACE_LINKS
            and _speaker_head(self.texts[last])
        ):
            named = self._name_after_place(after, limit)
            if named is not None:
                return named  # "said senior expert in Tokyo Tomas de Hora": the name
        if (
            after < limit
            and kinds[after] != _PUNCT
            and (kinds[after] == _QUOTE or self.lowers[after] not in _INVERTED_END)
        ):
            return None
        if (
            self._cap(last)
            or _speaker_head(self.texts[last])
            or (first == last and low in _LONE_PARTITIVES)
        ):
            return (first, last)
        return None

    def _described(self, first: int, limit: int) -> tuple[int, int] | None:
        """``the designer``, ``one commenter``: a determiner and a few words up to punctuation."""
        kinds = self.kinds
        if self.lowers[first] not in {"the", "a", "an", "one", "another"}:
            return None
        last = first
        while last + 1 < limit and last - first < 4:
            nxt_at = last + 1
            nlow = self.lowers[nxt_at]
            if self.kinds[nxt_at] != _WORD or nlow in _STOP or nlow in QUOTE_STOP_CUES:
                break
            last += 1
        if last == first:
            return None
        end = last + 1
        if end < limit and kinds[end] == _WORD and self.lowers[end] != "who":
            return None
        return (first, last)

    def _role_then_name(self, found: tuple[int, int], limit: int) -> tuple[int, int]:
        """Extend ``Blaze`` over ``co-host Stu Burguiere``: lower-case role words, then a name."""
        texts, kinds = self.texts, self.kinds
        j = found[1] + 1
        while (
            j < limit
            and j - found[1] <= 2
            and kinds[j] == _WORD
            and texts[j][:1].islower()
            and self.lowers[j] not in _ROLE_BREAKS
        ):
            j += 1
        if j == found[1] + 1 or j >= limit or not self._name_word(j):
            return found
        name = self._np_forward(j, limit)
        if name is None or not self._cap(name[1]):
            return found
        after = name[1] + 1
        if after < len(texts) and kinds[after] != _PUNCT:
            return found  # "said Democratic front-runner Clinton "caused...": a clause
        return (found[0], name[1])


#: Words after an opening adverb that make it a time clause (``Soon after,``, ``Ever since``).
_TIME_LINKS = frozenset({"after", "since", "before", "afterward", "afterwards"})
#: Words that end an opening time phrase (``Two days later,``, ``A year ago,``).
_TIME_ENDS = frozenset({"later", "earlier", "ago", "afterward", "afterwards"})


def _after_time_phrase(texts: Sequence[str], kinds: Sequence[int], first: int, end: int) -> int:
    """The token after an opening time phrase and its comma (``A few weeks later, X``), or *first*.

    >>> words = "Days later , Jo".split()
    >>> _after_time_phrase(words, [_PUNCT if t == "," else _WORD for t in words], 0, 4)
    3
    """
    for k in range(first + 1, min(end - 1, first + 7)):
        if kinds[k] != _WORD:
            if texts[k] == "," and texts[k - 1].lower() in _TIME_ENDS:
                return k + 1
            return first
    return first


def _bracket_open(texts: Sequence[str], close: int, floor: int) -> int:
    """The index of the ``(`` that the ``)`` at *close* closes (*close* if none after *floor*).

    >>> _bracket_open("A ( B ) C".split(), 3, 0)
    1
    """
    for k in range(close - 1, max(floor, close - 10) - 1, -1):
        if texts[k] == "(":
            return k
    return close


def _written(text: str, word: str, lo: int, hi: int, *, inside: bool) -> bool:
    """Whether *word* stands as a whole word in ``text[lo:hi]``.

    With *inside*, only where a lower-case word or a comma comes right before it
    (inside a sentence: ``columnist George Will``, ``as Will said``).  One
    search in C (:func:`_whole_word`): a word written hundreds of times near
    each paragraph that asks is not read again in Python each time.

    >>> _written("as Will said", "Will", 0, 12, inside=True)
    True
    >>> _written("Will said. Willa", "Will", 0, 16, inside=True)
    False
    >>> _written("the will", "will", 0, 8, inside=False), _written("the will", "will", 0, 7, inside=False)
    (True, False)

    What a search found is kept for the text (:data:`_WRITTEN_FOUND`): the
    paragraphs of a long text ask of windows that slide on, and each search
    reads only what the last one of its word did not, so all of them together
    read the text about once (not 40,000 characters a paragraph).
    """
    last = hi - len(word)  # (the last start of the word within the window)
    if last < lo:
        return False
    memo = _WRITTEN_FOUND[0] if _WRITTEN_FOUND else None
    if memo is None or memo[0] is not text:
        memo = (text, {})
        _WRITTEN_FOUND[:] = [memo]  # (each caller keeps its own entry: safe in threads)
    key = (word, inside)
    known = memo[1].get(key)
    first = lo
    if known is not None and known[0] <= lo:
        if known[2] >= lo:  # the first start from known[0] on, so from lo on too
            return known[2] <= last
        if known[2] < 0 and lo <= known[1] + 1:  # none in [known[0], known[1]]
            if last <= known[1]:
                return False
            first = known[1] + 1
    # the first whole word starting in [first, last] (a match ending within
    # the bounds: its lookahead reads the character after it, not their end);
    # none where the word (after a space, inside) is not written at all, with
    # no pattern made for it (thousands of names asked once each)
    needle = " " + word if inside else word
    at = -1
    begin = max(0, first - len(needle) + len(word))
    listed = _run_starts(text, last + len(word) - begin)
    if listed is not None and _LETTER_RUN.fullmatch(word):
        # (a long text read again and again for words not written near: each
        # whole word's starts, found once; a match starts a run of them, one
        # after a space when *inside*)
        where = listed[inside].get(word, [])
        at = bisect_left(where, first)
        may = at < len(where) and where[at] <= last
        at = -1
    else:
        may = text.find(needle, begin, last + len(word)) >= 0
    if may:
        found = _whole_word(word, inside).search(text, first, min(len(text), last + len(word) + 1))
        at = found.start() if found is not None and found.start() <= last else -1
    memo[1][key] = (lo, last, at)  # (none in [lo, first) either)
    return at >= 0


#: The last text :func:`_written` searched, and per (word, inside) the window
#: ``(lo, last, at)`` it searched there: no start of the word in ``[lo, at)``,
#: one at *at*; or (*at* -1) none in ``[lo, last]``.
_WRITTEN_FOUND: list[tuple[str, dict[tuple[str, bool], tuple[int, int, int]]]] = []

#: A run of letters and figures: a whole word of :func:`_whole_word` is one.
_LETTER_RUN = LazyPattern(r"[\p{L}\p{N}]++")
#: The searches of :func:`_written` in a text of at least :data:`_INDEXED_TEXT`
#: characters read it this many times over before its runs are listed.
_INDEX_AFTER = 8
_INDEXED_TEXT = 20_000
#: For the last text :func:`_written` searched: the characters its searches read
#: (``-1`` once listed) and the starts of each run of letters and figures, in
#: order: of all of them, and of those after a space.
_RUN_STARTS: list[tuple[str, list[int], tuple[dict[str, list[int]], dict[str, list[int]]]]] = []


def _run_starts(
    text: str, searched: int
) -> tuple[dict[str, list[int]], dict[str, list[int]]] | None:
    """The starts of each run of letters and figures in *text*, by the run (all
    of them, and those after a space), once the searches of :func:`_written`
    (this one reads *searched* characters) add up to :data:`_INDEX_AFTER` times
    a long text, else ``None``.

    A text whose paragraphs open with words written nowhere near (a place set
    off at each one's start, a different one each time) has each word looked
    for over 40,000 characters: past a few times the text, one pass lists every
    word's starts, and each search is one bisection.  A short text is never listed.

    >>> _run_starts("Will", 4) is None
    True
    """
    entry = _RUN_STARTS[0] if _RUN_STARTS else None
    if entry is None or entry[0] is not text:
        entry = (text, [0], ({}, {}))
        _RUN_STARTS[:] = [entry]  # (each caller keeps its own entry: safe in threads)
    read, listed = entry[1], entry[2]
    if read[0] < 0:
        return listed
    read[0] += searched
    if len(text) < _INDEXED_TEXT or read[0] < _INDEX_AFTER * len(text):
        return None
    every, spaced = listed
    for run in _LETTER_RUN.finditer(text):
        word, at = run.group(), run.start()
        every.setdefault(word, []).append(at)
        if text[at - 1 : at] == " ":
            spaced.setdefault(word, []).append(at)
    read[0] = -1
    return listed


@lru_cache(maxsize=4096)
def _whole_word(word: str, inside: bool) -> regex.Pattern[str]:
    """The pattern of *word* as a whole word (no letter or figure on either
    side); with *inside*, after a lower-case letter or a comma and a space."""
    before = r"(?<=[\p{Lowercase},] )" if inside else r"(?<![\p{L}\p{N}])"
    return regex.compile(before + regex.escape(word) + r"(?![\p{L}\p{N}])")


#: The words that link a source to someone it does not stand for (``a source
#: close to X``, ``an aide to X``, ``people familiar with X``), longest first.
_SOURCE_LINKS = (
    ("with", "close", "connections", "to"), ("with", "close", "ties", "to"),
    ("with", "close", "links", "to"), ("with", "connections", "to"), ("with", "ties", "to"),
    ("with", "links", "to"), ("with", "knowledge", "of"), ("close", "to"), ("familiar", "with"), ("briefed", "on"),
    ("involved", "in"), ("loyal", "to"), ("to",), ("of",), ("for",),
)  # fmt: skip
#: The last words of :data:`_SOURCE_LINKS`, to test a token cheaply.
_SOURCE_LINK_ENDS = frozenset(link[-1] for link in _SOURCE_LINKS)
#: Words after a group that opens a mention and names whom it is linked to
#: (``Allies of Mr Johnson``, ``Sources close to Johnson``).
_GROUP_LINKS = frozenset(link[0] for link in _SOURCE_LINKS)
#: Prepositions that open a speaker noun's complement (``a spokesman for X``).
_COMPLEMENT_PREPOSITIONS = frozenset({"for", "from", "of", "at"})
#: Object pronouns of one person: the speaker one heard (``heard him yelling
#: "..."``), as PolNeAR gives the words to the one yelling.
_HEARD_PRONOUNS = frozenset({"him", "her"})
#: What follows *her* as a speaker one heard or whose last words are quoted
#: (``heard her shouting``, ``Her last words were:``): not ``her own admission``.
_HER_HEARD = LazyPattern(r" (?:\p{Ll}+ing\b|(?:last|final) )")


def _heard_gender(low: str, text: str, end: int) -> str | None:
    """The gender of the object pronoun *low* as a speaker's mention ending at
    *end*: *him* (``heard him yelling``), and *her* before a participle or
    ``last words`` (:data:`_HER_HEARD`), or ``None``."""
    if low == "him":
        return "male"
    if low == "her" and _HER_HEARD.match(text, end) is not None:
        return "female"
    return None


#: Verbs of perception before the one heard and a participle cue.
_PERCEPTION_VERBS = frozenset(
    {"heard", "hear", "hears", "hearing", "overheard", "saw", "see", "watched", "recorded",
     "filmed", "caught"}
)  # fmt: skip
#: Words between a speaker and *heard* before a participle cue (``can be heard telling``).
_HEARD_AUXILIARIES = frozenset(
    {"be", "been", "being", "is", "was", "were", "are", "can", "could", "may", "might",
     "also", "clearly", "later", "then", "reportedly"}
)  # fmt: skip
#: Prepositions between an unnamed speaker and where they are (``A spokesman in the east``).
_PLACE_LINKS = frozenset({"in", "near"})
#: Prepositions that link a speaker noun to the body it serves on or with
#: (``an aide on the committee``, ``an official with the campaign``).
_BODY_LINKS = frozenset({"on", "with"})
#: Words for people who serve on or with a body, besides the roles of
#: :data:`ROLE_WORDS` (``an official with the campaign``; not ``a man on the line``).
_SERVING_NOUNS = frozenset({"official", "member", "staffer", "operative", "volunteer"})


def _serving(low: str) -> bool:
    """Whether the lower-case noun *low* (or its singular) names someone who
    serves on or with a body (``aide``, ``officials``)."""
    one = low.removesuffix("s")
    return low in ROLE_WORDS or one in ROLE_WORDS or one in _SERVING_NOUNS


#: Cues that ask for a source's anonymity, not report speech (``who asked not to
#: be named``, ``requested anonymity``, ``asked for anonymity``).
_ANONYMITY_ASKS = frozenset({"asked", "asking", "asks", "requested", "requesting"})


def _asks_anonymity(lowers: Sequence[str], index: int) -> bool:
    """Whether the cue at *index* of *lowers* asks for anonymity (``asked not to be
    named``, ``requested anonymity``, ``asked for anonymity``): no speech reported."""
    after = tuple(lowers[index + 1 : index + 4])
    return (
        after == ("not", "to", "be") or after[:1] == ("anonymity",) or after[:2] == _FOR_ANONYMITY
    )


_FOR_ANONYMITY = ("for", "anonymity")


#: Words that tie an unnamed source to whom it is close (``A person close to
#: the mayor``, ``a source familiar with the talks``).
_CLOSE_LINKS = frozenset({"close", "familiar", "briefed", "knowledgeable", "involved"})
#: A complement before an appositive has at most this many words.
_COMPLEMENT_WORDS = 8

#: Possessives before a capitalised modifier: it is part of a noun phrase.
_MODIFIER_OWNERS = frozenset({"her", "his", "their", "its", "our", "my", "your"})

#: Words that make the one capitalised word after them a modifier of a noun.
_MODIFIER_ARTICLES = frozenset({"a", "an", "the", "so-called"})


def _article_modifier(para: _Paragraph, k: int) -> bool:
    """Whether the name word *k* modifies a noun after an article (``a Republican debate``,
    ``the Oklahoma City bombing``).

    The word after it is in lower case and reads as no verb: no cue, no
    ``-ed`` or ``-s`` form, no adverb in ``-ly`` (``the Pentagon said``, ``the Pentagon warns`` stay);
    no speaker noun is among the next three words (``the Florida senator``,
    ``a Clinton campaign official`` stay).
    """
    nxt = k + 1
    texts = para.texts
    first = k
    while first - 1 > 0 and k - first < 3 and para._name_word(first - 1):
        first -= 1  # "the Oklahoma City bombing": the article before the whole name
    if first - 2 > 0 and texts[first - 1] in _DASHES and para._name_word(first - 2):
        first -= 2  # "the U.S.-Mexico border": a compound of names
    start = first
    for _ in range(2):  # "a fake Southern accent": adjectives after the article
        before = texts[first - 1] if first - 1 > 0 else ""
        if not (
            before.isalpha()
            and before.islower()
            and before not in _STOP
            and before not in _MODIFIER_ARTICLES
            and first - 1 not in para.cues
            and not _speaker_head(before)
        ):
            break
        first -= 1
    if nxt >= len(texts) or not (
        para.lowers[first - 1] in _MODIFIER_ARTICLES
        or texts[first - 1].endswith(_POSSESSIVE_ENDS)  # "Saturday's GOP debate"
    ):
        return False
    word = texts[nxt]
    if not (
        para.kinds[nxt] == _WORD
        and word.isalpha()
        and word.islower()
        and nxt not in para.cues
        and not word.endswith(("ed", "s", "ly"))  # "the Acme League strongly denounced"
    ):
        return False
    for m in range(nxt, min(nxt + 3, len(texts))):
        if not texts[m].islower() or texts[m] in _FUNCTION_CAPS:
            break
        if _speaker_head(texts[m]) or (m > nxt and m in para.cues and first < start):
            return False  # "the Florida senator", "the nationalist Acme tabloid noted"
    return True


#: Words in -ing that are prepositions, not verbs (``with Jo during the hearing``).
_ING_PREPOSITIONS = frozenset(
    {"during", "including", "according", "regarding", "concerning", "following", "excluding"}
)

#: How many tokens before a cue :meth:`_Paragraph._with_clause_subject` looks for *with*.
_WITH_REACH = 14

#: How far around a capitalised word :meth:`_Paragraph.common_word` looks for it
#: in lower case (characters).
_COMMON_REACH = 20_000

#: Words that end an inverted speaker phrase (``said X when asked``).
_INVERTED_END = frozenset(
    {"who", "when", "as", "after", "while", "in", "at", "on", "during", "before", "because",
     "according", "referring", "adding", "speaking", "that", "which", "whose", "via",
     "and", "but", "to", "from", "last", "this", "earlier", "recently", "told", "said",
     "says", "wrote", "noting", "added", "through", "over", "outside", "inside",
     "amid", "ahead", "following", "upon", "near", "beside", "alongside", "standing",
     "sitting", "today", "yesterday", "tonight"}
)  # fmt: skip

#: Words that may follow the speaker right after a cue (``said Jo Lind in``).
_AFTER_INVERTED_SPEAKER = frozenset(
    {"in", "on", "at", "who", "after", "during", "when", "told", "to",
     "last", "this", "earlier", "recently", "before", "as", "while", "via",
     "from", "of", "about", "referring", "speaking", "adding", "according",
     "for", "with", "and", "said", "says", "wrote", "noting", "added", "through", "by",
     "over", "outside", "inside", "amid", "ahead", "following", "upon", "near", "beside",
     "alongside", "standing", "sitting", "today", "yesterday", "tonight"}
)  # fmt: skip

#: Relative pronouns that, right after a quote, open a clause on the quoted
#: words (``a "trade prosecutor" who reports to the president``), not its cue.
_AFTER_QUOTE_RELATIVES = frozenset({"who", "which", "that"})

#: Cue words never part of a subject noun phrase.
QUOTE_STOP_CUES = frozenset({"said", "says", "told", "tells", "added", "asked", "wrote"})


def _term_like(text: str, segment: Segment, para: _Paragraph, qi: int) -> bool:
    """A quoted term, title, nickname or markup value rather than something said."""
    if segment.open_start > 0 and text[segment.open_start - 1] == "=":
        return True  # an attribute value in markup: author="..."
    if (
        text[segment.close_end : segment.close_end + 1] == "-"
        and text[segment.close_end + 1 : segment.close_end + 2].isalpha()
    ):
        return True  # a name in a compound: the „Bild"-Zeitung, a "Today"-style show
    inner = text[segment.start : segment.end]
    if len(inner) == 1:
        return True  # one letter or digit is a label: the "d" connectors, a grade "B"
    words = inner.split()
    if len(words) == 1 and inner[:1] == "." and inner[1:2].isalpha():
        return True  # a domain or a file extension: ".travel", ".pdf"
    if (
        len(words) <= 2
        and inner[:1].isupper()
        and 0 < qi < len(para.texts) - 1
        and para._cap(qi - 1)
        and para._name_word(qi + 1)
    ):
        return True  # a nickname inside a name: Robert C. "Bobby" Scott
    nxt = qi + 1
    if nxt < len(para.texts) and para.texts[nxt] == ",":
        nxt += 1
    if (
        nxt + 1 < len(para.texts)
        and para.texts[nxt] == "by"
        and para._name_word(nxt + 1)
        and (inner[-1:] == "," or _title_case(words))
        and not _cue_adjacent(para, qi)
    ):
        return True  # a title credited to its author: "...," by Jane Doe
    owner = para.texts[qi - 1] if qi > 0 else ""
    if (
        len(words) == 1
        and "-" in inner.strip("-")
        and inner.replace("-", "").isalpha()
        and inner.islower()
        and owner.endswith(("'s", "\u2019s"))
        and qi + 1 < len(para.texts)
        and para.kinds[qi + 1] == _WORD
        and para.texts[qi + 1].isalpha()
        and para.texts[qi + 1].islower()
        and para.texts[qi + 1] not in _STOP
        and qi + 1 not in para.cues
    ):
        return True  # a coined compound owned, before its noun: Acme's "viewer-first" plan
    if (
        len(words) == 1
        and (words[0][:1].isupper() or words[0][:1].isdigit())
        and owner.endswith(("'s", "\u2019s"))
        and inner[-1:] not in "!?"
    ):
        return True  # one capitalised word owned: NBC's "Today", DuVernay's "13th"
    if _defined_term(para, qi, words):
        return True  # a defined term: (the "Company"), ("Acme" or the "Company")
    if _named_with_appositive(para, qi, words, inner):
        return True  # a name its appositive describes: the maker of "Roadrunner," a drone
    if _made_work(para, qi, words, inner):
        return True  # a work its maker made: she wrote "Harbour Wall" in a single night
    if _named_subject(para, qi, words, inner):
        return True  # a title as its clause's subject: "Undertow" drifts, and "Cormorant" ...
    if _product_named(para, qi, words, inner):
        return True  # a product's name before its noun: its "QX-Cell" modules
    if _thing_added(para, qi):
        # a word added is no speech, whoever adds it and whatever cue is near:
        # 'Acme added "irregardless" in 2019', 'added "rizz" to its list and said'
        return True
    if qi > 1 and _found_writing(para, qi - 1 - (para.texts[qi - 1] in {",", ":"})):
        return True  # the words of a note found or received: Police found a note reading "..."
    if _carried_sign(para, qi):
        return False  # the words on a sign someone carries: signs that read "Turn It Back On"
    if (
        len(words) <= _TITLE_MAX_WORDS
        and inner[-1:] != "?"
        and _title_case(words)
        and (
            owner.endswith(("'s", "\u2019s"))
            or not (_cue_adjacent(para, qi) or _named_by_cue(para, qi))
        )
    ):
        return True
    if (
        len(words) > _TERM_MAX_WORDS
        and _term_marked(para, qi)  # (the cheap test first: a nicknaming verb before it)
        and len(words) <= _TITLE_MAX_WORDS
        and words[0].lower() in {"the", "a", "an"}
        and _title_case(words[1:])
    ):
        return True  # a longer nickname: nicknamed "the Queen of Tuesday Nights"
    if len(words) > _TERM_MAX_WORDS or inner[-1:] in "!?;:":
        return False
    if all(w[:1].isupper() for w in words) and _found_before(para, qi):
        return True  # a study finds no names: found that "The Wire," ...
    low = max(0, qi - 4)
    before = " ".join(compress(para.texts[low:qi], map(_WORD.__eq__, para.kinds[low:qi])))
    if all(w[:1].isupper() for w in words) and _nicknamed(para.lowers[low:qi], para.texts[low:qi]):
        return True  # a nickname given to someone: nicknamed Park "The Wall"
    if all(w[:1].isupper() for w in words) and _called_by_relative(
        para.lowers[max(0, qi - 6) : qi]
    ):
        return True  # a name a relative clause gives: whom fans call "Big Game"
    if before.endswith(_TERM_MARKERS):  # case kept: "Dr. Paul Song" is no song
        return True
    if _word_mentioned(para, qi):
        return True  # a word mentioned as a word: counted the word "no" 23 times
    if (
        qi >= 2
        and para.lowers[qi - 1] in {"called", "named"}
        and para.texts[qi - 2] == ","
        and all(w[:1].isupper() or w[:1].isdigit() for w in words)
        and (inner[-1:] == "," or para.texts[qi + 1 : qi + 2] == [","])
    ):
        # a name a participle set off by commas gives: a late chapter, called "The
        # Mainland," feels (not 'a series, called "Quick Question" in which', said)
        return True
    # "the" between names a thing (known as the "Buffett rule"); "a" characterises,
    # as a naming verb does (labeled as a "witch hunt" by Democrats)
    head, _, article = before.rpartition(" ")
    if article in {"a", "an"} and head.endswith(" named") and _capitalised(words):
        return True  # a rank or an award's name: named a "Leader" in the report
    return article == "the" and head.endswith(_TERM_MARKERS)


#: Words between a parenthesis and a defined term in it (``(collectively, the
#: "Notes")``, ``("Acme" or the "Company")``).
_DEFINING_WORDS = frozenset({"the", "a", "an", "or", "and", "collectively", "together", ","})
#: The most words a defined term holds, and the most tokens around it in its parenthesis.
_DEFINED_MAX_WORDS = 4
_DEFINING_REACH = 6


def _defined_term(para: _Paragraph, qi: int, words: Sequence[str]) -> bool:
    """Whether the quote token *qi* of *words* is a term a document defines in a
    parenthesis (``Acme Inc. ("Acme" or the "Company")``, ``a merger (the
    "Merger")``, ``(collectively, the "Notes")``): a few words, the first
    capitalised, alone in the parenthesis but for articles, *or*, *and* and
    other such terms.  Press releases and filings define their terms so; no one
    says them.
    """
    if words[0] == "the":
        words = words[1:]  # ("Acme" or "the Company")
    if not words or len(words) > _DEFINED_MAX_WORDS or not _capitalised(words):
        return False
    texts, kinds = para.texts, para.kinds
    at, floor = qi - 1, max(-1, qi - 1 - _DEFINING_REACH)
    while at > floor and (kinds[at] == _QUOTE or texts[at].lower() in _DEFINING_WORDS):
        at -= 1
    if at <= floor or texts[at] != "(":
        return False
    if at == qi - 1 and not (at > 0 and (texts[at - 1] == ")" or texts[at - 1][:1].isupper())):
        return False  # alone in it, it names what a name or another parenthesis before says
    at, ceiling = qi + 1, min(len(texts), qi + 1 + _DEFINING_REACH)
    while at < ceiling and (kinds[at] == _QUOTE or texts[at].lower() in _DEFINING_WORDS):
        at += 1
    return at < ceiling and texts[at] == ")"


def _capitalised(words: Sequence[str]) -> bool:
    """Whether every word of *words* opens with a capital or a digit, but short
    words (``Merger Agreement``, ``Bank of Acme``, ``2026 Notes``)."""
    return all(
        w[:1].isupper() or w[:1].isdigit() or w.lower().strip(",.") in _SMALL_WORDS for w in words
    ) and (words[0][:1].isupper() or words[0][:1].isdigit())


#: Words that join two clauses before a title that opens the second one.
_CLAUSE_JOINS = frozenset({"and", "but", "while", "whereas"})


def _named_subject(para: _Paragraph, qi: int, words: Sequence[str], inner: str) -> bool:
    """Whether the quote token *qi* of *words* is one capitalised word that is the
    subject of its clause, the word after it in lower case and no cue
    (``"Undertow" drifts without going anywhere, and "Cormorant" borrows its
    melody``): a review names a song, a film, a chapter so.  Only at the opening of
    a sentence or of a clause after a comma and *and*, *but*: elsewhere a
    capitalised word is a scare quote (``the "Avatar" star``, PolNeAR's quotes).
    """
    if len(words) != 1 or not words[0][:1].isupper() or not inner[-1:].isalnum():
        return False
    texts, kinds = para.texts, para.kinds
    if not (
        qi + 1 < len(texts)
        and kinds[qi + 1] == _WORD
        and texts[qi + 1].islower()
        and qi + 1 not in para.cues
        and texts[qi + 1] not in _STOP
    ):
        return False
    opens = para.starts[qi] == qi or (
        qi >= 2 and para.lowers[qi - 1] in _CLAUSE_JOINS and texts[qi - 2] in {",", ";"}
    )
    return opens and not _cue_adjacent(para, qi)


#: The most tokens of an appositive after a quoted name (``"Roadrunner," the world's
#: fastest delivery drone``).
_APPOSITIVE_REACH = 12


def _named_with_appositive(para: _Paragraph, qi: int, words: Sequence[str], inner: str) -> bool:
    """Whether the quote token *qi* of *words* is a name that an appositive after it
    describes (``the maker of "Roadrunner," the world's fastest delivery drone``,
    ``"Wile," a robot``): capitalised, a few words closed by a comma, then *a*,
    *an* or *the* and the rest of a short sentence with no cue nor quote in it and
    no cue right before the quote (``"Disgraceful," the senator said`` is said)."""
    if (
        inner[-1:] != ","
        or len(words) > _DEFINED_MAX_WORDS
        or not _capitalised(words)
        or qi + 2 >= len(para.lowers)
        or para.lowers[qi + 1] not in {"a", "an", "the"}
    ):
        return False
    s1 = para.sentence(qi)[1]
    if s1 > qi + 1 + _APPOSITIVE_REACH or para.has_cue(qi + 1, s1):
        return False  # ('"No," the spokesman, Mr Lind, said': the cue's subject)
    return not any(para.kinds[at] == _QUOTE for at in range(qi + 1, s1)) and not (
        _cue_adjacent(para, qi) or _named_by_cue(para, qi)
    )


#: Verbs of making a work: a title in quotes right after one is the work's.
_MAKING_VERBS = frozenset(
    {"wrote", "write", "writes", "co-wrote", "penned", "composed", "recorded", "directed"}
)
#: Words that go on the sentence after a work made (``wrote "X" in a night``).
_AFTER_WORK = frozenset({"in", "for", "with", "about", "at", "on", "during", "after", "while"})


def _made_work(para: _Paragraph, qi: int, words: Sequence[str], inner: str) -> bool:
    """Whether the quote token *qi* of *words* is the title of a work right after a
    verb of making it (``she wrote "Harbour Wall" in a single night``, ``he directed
    "Cold Harbor" for a studio``): in Title Case, no closing punctuation inside, and a
    preposition after it goes on the sentence (``wrote "Crooked Hillary Lies."``, a
    post, stays said)."""
    return (
        qi > 0
        and para.lowers[qi - 1] in _MAKING_VERBS
        and inner[-1:].isalnum()
        and len(words) <= _TITLE_MAX_WORDS
        and _title_case(words)
        and qi + 1 < len(para.lowers)
        and para.lowers[qi + 1] in _AFTER_WORK
    )


def _product_named(para: _Paragraph, qi: int, words: Sequence[str], inner: str) -> bool:
    """Whether the quote token *qi* of *words* is a product's or a program's name
    right before a noun for what it names (``its "QX-Cell" modules``, ``the "Atlas"
    platform``, :data:`PRODUCT_NOUNS`): capitalised, a few words, no closing
    punctuation inside."""
    return (
        len(words) <= _DEFINED_MAX_WORDS
        and inner[-1:].isalnum()
        and _capitalised(words)
        and qi + 1 < len(para.lowers)
        and para.lowers[qi + 1] in PRODUCT_NOUNS
    )


#: Verbs that give a sign's wording in a relative clause (``a sign that read``;
#: ``signs reading "..."`` is a term marker, :data:`TERM_MARKERS`, unless carried).
_SIGN_WORDING_VERBS = frozenset({"read", "reads", "said", "says", "reading", "saying"})
#: Participles right after a sign that give its wording (``a sign reading``).
_SIGN_PARTICIPLES = frozenset({"reading", "saying"})
#: Words between a sign and its wording verb, or that verb and the quote.
_SIGN_WORDING = frozenset({"that", "which", ":", ","}) | _SIGN_WORDING_VERBS
#: Nouns for a sign's wording after *with the* (``a banner with the words``).
_SIGN_WORDS_NOUNS = frozenset({"words", "slogan", "message", "phrase"})
#: A sign's wording and its carrier's verb stand at most this many tokens before the quote.
_SIGN_WORDING_REACH = 4
_SIGN_CARRIER_REACH = 4


#: Written things whose words a clause after them gives (``a note reading "..."``).
_WRITTEN_NOUNS = frozenset(
    {"note", "notes", "letter", "letters", "message", "messages", "card", "cards", "sign",
     "signs"}
)  # fmt: skip
#: Verbs of finding or getting a written thing: its words are not the finder's.
_FINDER_VERBS = frozenset(
    {"found", "find", "finds", "finding", "discovered", "discover", "discovers",
     "discovering", "recovered", "recover", "received", "receive", "receives", "receiving",
     "spotted", "seized", "intercepted", "got", "saw", "sees", "see", "noticed"}
)  # fmt: skip
_WHICH = frozenset({"that", "which"})
#: The most words between the finder's verb and the written thing (``found a
#: handwritten note``).
_FOUND_WRITING_REACH = 4


def _found_writing(para: _Paragraph, j: int) -> bool:
    """Whether the cue token *j* gives the words of a note, letter, message, card or
    sign that a verb of finding or getting has for its object (``Police found a note
    reading "..."``, ``received a letter that read``): the words are the thing's, not
    the finder's (a sign someone carries is theirs: :func:`_carried_sign`)."""
    lowers, kinds = para.lowers, para.kinds
    noun = j - 1
    if lowers[j] in {"read", "reads", "said", "says"} and noun > 0 and lowers[noun] in _WHICH:
        noun -= 1  # (a note that read "...")
    elif lowers[j] not in _SIGN_PARTICIPLES:
        return False
    if noun < 1 or lowers[noun] not in _WRITTEN_NOUNS:
        return False
    for at in range(noun - 1, max(-1, noun - 1 - _FOUND_WRITING_REACH), -1):
        if kinds[at] != _WORD:
            return False
        if lowers[at] in _FINDER_VERBS:
            return True
        if lowers[at] in SIGN_CARRIERS:
            return False
    return False


def _carried_sign(para: _Paragraph, qi: int) -> bool:
    """Whether the quote token *qi* gives the words on a sign that a carrier's verb
    shortly before holds (``carrying signs that read "Turn It Back On"``): the
    carrier's words, even in Title Case (``A banner read "Tax Relief Now"`` is
    no one's; nor is a sign with no carrier's verb, ``signs reading "..."``), or
    after *with the words* (``carried a banner with the words "No Peace"``)."""
    return _carried_sign_at(para, qi) >= 0


def _carried_sign_at(para: _Paragraph, qi: int) -> int:
    """The sign token of :func:`_carried_sign` for the quote token *qi*, or -1."""
    lowers = para.lowers
    sign = qi - 4
    if (
        sign >= 0
        and lowers[qi - 1] in _SIGN_WORDS_NOUNS
        and lowers[qi - 2] == "the"
        and lowers[qi - 3] in {"with", "bearing"}
        and lowers[sign] in SIGN_NOUNS
        and all(kind == _WORD for kind in para.kinds[sign:qi])
        and not SIGN_CARRIERS.isdisjoint(lowers[max(0, sign - _SIGN_CARRIER_REACH) : sign])
    ):
        return sign  # 'carried a banner with the words "No Shutoffs"'
    worded = False
    for at in range(qi - 1, max(-1, qi - 1 - _SIGN_WORDING_REACH), -1):
        low = lowers[at]
        if low in SIGN_NOUNS:
            carried = (
                worded
                and (
                    lowers[at + 1] in {"that", "which"}
                    # (or a participle, "carried a sign reading")
                    or lowers[at + 1] in _SIGN_PARTICIPLES
                )
                and not SIGN_CARRIERS.isdisjoint(lowers[max(0, at - _SIGN_CARRIER_REACH) : at])
            )
            return at if carried else -1
        if low not in _SIGN_WORDING:
            return -1
        worded = worded or low in _SIGN_WORDING_VERBS
    return -1


def _sign_carrier(para: _Paragraph, sign: int) -> int:
    """The carrier's verb before the sign token *sign* (``held`` in ``she held up two
    handmade signs``), or -1: a verb of :data:`SIGN_CARRIERS` at most
    :data:`_SIGN_CARRIER_REACH` words before the sign, with no punctuation
    between (a particle after the verb, ``up``, is no verb of its own)."""
    lowers, kinds = para.lowers, para.kinds
    floor = max(0, sign - _SIGN_CARRIER_REACH)
    at = sign - 1
    while at >= floor and kinds[at] == _WORD and lowers[at] not in SIGN_CARRIERS:
        at -= 1
    if at < floor or kinds[at] != _WORD or lowers[at] not in SIGN_CARRIERS:
        return -1
    if lowers[at] == "up":  # "held up", "put up": the verb before the particle
        at -= 1
        if at < 0 or kinds[at] != _WORD or lowers[at] not in SIGN_CARRIERS or lowers[at] == "up":
            return -1
    return at  # ("showed up wearing a T-shirt": wearing)


#: How far back (tokens) a quote before a carrier's verb may bound its subject.
_CARRIER_FLOOR_REACH = 30


def _carrier_subject(para: _Paragraph, sign: int) -> tuple[int, int] | None:
    """The subject right before the carrier's verb of the sign token *sign*
    (``Ann Berg held up a sign``, ``she carried``, ``Nurses marched, carrying
    signs``), read as any cue's subject is, or ``None`` (no carrier's verb, or
    no subject before it)."""
    verb = _sign_carrier(para, sign)
    if verb == 0 or (verb > 0 and para.starts[verb] == verb):
        return _opening_carrier(para, verb)
    if verb < 0:
        return None
    s0 = para.starts[verb]
    floor = s0
    for b in range(verb - 1, max(s0, verb - _CARRIER_FLOOR_REACH) - 1, -1):
        if para.kinds[b] == _QUOTE and b not in para.terms:  # (as a cue's floor)
            floor = b + 1
            break
    if verb <= floor:
        return None
    found = para.np_before(verb, floor)
    if found is None and floor == s0:
        found = para.subject(s0, verb)  # "A man beside her held up"
        if found is not None and found[1] >= verb:
            found = None
    if found is None or para.lowers[found[1]] in SIGN_NOUNS:
        return None
    return found


def _opening_carrier(para: _Paragraph, verb: int) -> tuple[int, int] | None:
    """The subject of the main clause after a sentence that opens with the
    carrier's verb *verb* (``Carrying a sign saying "Jobs now.", Ann Berg
    marched``): the noun phrase after the quote and its comma, or ``None``."""
    end = min(len(para.texts), verb + _CARRIER_FLOOR_REACH)
    at = verb + 1
    while at < end and para.kinds[at] != _QUOTE:
        at += 1
    at += 1  # (past the quote; its comma may stand inside it: "Jobs now,")
    if at < end and para.texts[at] == ",":
        at += 1
    found = para._np_forward(at, min(end, at + 8))
    if found is None or not (_person_like(para, found) or para.lowers[found[1]] in PERSON_NOUNS):
        return None
    return found


def _term_marked(para: _Paragraph, qi: int) -> bool:
    """Whether a nicknaming verb stands right before the quote token *qi*
    (``nicknamed "the Queen of Tuesday Nights"``; not ``known as "the ..."``, which
    PolNeAR reads as said)."""
    return qi > 0 and para.lowers[qi - 1] in _NICKNAMING


def _found_before(para: _Paragraph, qi: int) -> bool:
    """Whether the last cue before the quote token *qi* in its sentence is *find*."""
    at = bisect_left(para.cue_order, qi) - 1
    if at < 0:
        return False
    cue = para.cue_order[at]
    return cue >= para.sentence_start(qi) and para.lowers[cue] in FINDING_FORMS


#: Verbs that give a nickname to the name or pronoun after them.
_NICKNAMING = frozenset({"nicknamed"})


def _nicknamed(lowers: Sequence[str], texts: Sequence[str]) -> bool:
    """Whether the words before a quote end in a nicknaming verb and its object:
    one or two capitalised words or a pronoun (``nicknamed Park``, ``nicknamed him``)."""
    for at in range(len(lowers) - 2, max(-1, len(lowers) - 4), -1):
        if lowers[at] in _NICKNAMING:
            return all(
                word[:1].isupper() or low in {"him", "her", "it", "them"}
                for word, low in zip(texts[at + 1 :], lowers[at + 1 :], strict=True)
            )
    return False


#: Relative words that open a clause naming someone or something (``whom fans call``).
_NAMING_RELATIVES = frozenset({"who", "whom", "what", "which", "that"})
#: Adverbs between *call* and the name it gives (``she called only "Annie"``).
_CALLED_ONLY = frozenset({"only", "simply", "just"})
#: Subjects of a clause with no relative word after a noun (``a girl she called``).
_CONTACT_SUBJECTS = frozenset({"he", "she", "they", "we", "i"})
#: Articles before that noun.
_CONTACT_ARTICLES = frozenset({"a", "an", "the", "one", "another", "this"})


def _called_by_relative(lowers: Sequence[str]) -> bool:
    """Whether the words before a quote are a relative clause of *call* and its
    subject of one or two words (``whom teammates call``, ``what locals call``):
    the quote is the name it gives, not words anyone said.  So is a clause with no
    relative word after a noun and its article (``a girl she called only``).

    >>> _called_by_relative("about a girl she called only".split())
    True
    >>> _called_by_relative("said she called".split())
    False
    """
    if lowers and lowers[-1] in _CALLED_ONLY:
        lowers = lowers[:-1]  # "she called only", "we simply call"
    if not lowers or lowers[-1] not in {"call", "calls", "called"}:
        return False
    if any(low in _NAMING_RELATIVES for low in lowers[-4:-2]):
        return True
    return (
        len(lowers) >= 4
        and lowers[-2] in _CONTACT_SUBJECTS
        and lowers[-3].isalpha()
        # (maybe an adjective between: "a 6-year-old girl she called")
        and not _CONTACT_ARTICLES.isdisjoint(lowers[-5:-3])
    )


def _title_case(words: Sequence[str]) -> bool:
    """Whether *words* read as a title: every significant word capitalised.

    At least two words are significant (not :data:`_SMALL_WORDS`); the words
    are read up to the first significant one in lower case, not all of them.

    >>> _title_case("The Art of the Deal".split()), _title_case("The art of it".split())
    (True, False)
    >>> _title_case(["The", "of"]), _title_case("We're America.".split())
    (False, False)
    """
    if not words or not words[0][:1].isupper():
        return False
    head = words[0].lower().replace("\u2019", "'").split("'")[0]
    if head in {"we", "you", "he", "she", "they"} and words[-1][-1:] in ".!":
        return False  # a short sentence: "We're America."
    significant = 0
    for w in words:
        if w.lower().strip(",.:;!?") in _SMALL_WORDS:
            continue
        if not (w[:1].isupper() or w[:1].isdigit() or not w[:1].isalpha()):
            return False
        significant += 1
    return significant >= 2


#: Words a naming cue may stand before its quote (``referring to the US as the``).
_NAMED_GAP = 4


def _named_by_cue(para: _Paragraph, qi: int) -> bool:
    """``called Rubio "Little Marco"``, ``referring to the US as the "Great Satan"``.

    A cue at most :data:`_NAMED_GAP` words before the quote, with no
    preposition and no punctuation between, governs it: the quote is what the
    cue's subject said.
    """
    for j in range(qi - 1, max(-1, qi - 2 - _NAMED_GAP), -1):
        if j in para.cue_ends:
            return para.lowers[j] not in FINDING_FORMS  # a survey finds no title
        if para.kinds[j] != _WORD or para.lowers[j] in _PREPOSITIONS:
            return False
    return False


def _cue_adjacent(para: _Paragraph, qi: int) -> bool:
    texts, kinds = para.texts, para.kinds
    j = qi - 1
    while j >= 0 and kinds[j] == _PUNCT and texts[j] in _LEFT_PUNCT:
        j -= 1
    if j >= 0 and (j in para.cues or j in para.cue_ends):
        return para.lowers[j] not in FINDING_FORMS  # a survey finds no title
    k = qi + 1
    while k < len(texts) and kinds[k] == _PUNCT and texts[k] in _LEFT_PUNCT:
        k += 1
    for n in range(k, min(len(texts), k + 5)):
        if n in para.cues:
            return _closes_attribution(para, para.cues[n][1])
        if kinds[n] != _WORD:
            return False
    return False


_Found = tuple["tuple[int, int] | None", "str | None", str]

#: The last characters inside a quote that end what it quotes (a sentence or a clause).
_CLOSING_STOPS = frozenset(".!?,;:\u2026")


def _led_in(para: _Paragraph, s0: int, qi: int) -> bool:
    """Whether the quote at token *qi* opens in lower case after a comma that ends
    words of its sentence (from *s0*, two or more, no cue and no quote among them):
    ``Like most campaigns, "the process is ..."`` goes on the sentence's words."""
    return (
        qi - 2 > s0
        and para.texts[qi - 1] == ","
        and para.kinds[qi - 2] == _WORD
        and _QUOTE not in para.kinds[s0:qi]
        and not para.has_cue(s0, qi)
        and _opens_lower(para, qi)
    )


#: Words that open a relative clause set off by commas (``, which some argued,``).
_SET_OFF_RELATIVES = frozenset({"which", "who"})
#: How many tokens back a set-off relative clause's opening comma is looked for.
_SET_OFF_RELATIVE_REACH = 10


def _in_closed_relative(para: _Paragraph, cue: int, last: int, qi: int, s0: int) -> bool:
    """Whether the cue at token *cue* (ending at *last*) speaks inside a relative
    clause set off by commas that closes before the quote at *qi*.

    ``He said the plan, which some have argued was rushed, was an "insult"``:
    *argued* is the clause's, about the plan; the quote after the clause's
    closing comma is not what *some* argued.  A quote inside the clause
    (``Lind, who called it "a disaster," left``) or right after it
    (``Lind, who said at the rally, "We won"``) is the clause's own.
    """
    texts = para.texts
    if "," not in texts[last + 1 : qi - 1]:  # (not the comma that leads in the quote)
        return False
    for b in range(cue - 1, max(s0, cue - _SET_OFF_RELATIVE_REACH) - 1, -1):
        if para.kinds[b] == _QUOTE:
            return False
        if texts[b] == ",":
            return b + 1 < cue and para.lowers[b + 1] in _SET_OFF_RELATIVES
    return False


#: Conjunctions that open a subordinate clause before the main one.
_SUBORDINATORS = frozenset({"when", "whenever", "as", "once", "after", "before", "while", "if"})


def _said_in_subordinate(para: _Paragraph, s0: int, qi: int) -> tuple[int, int] | None:
    """The subject of a cue right before the quote token *qi* in a subordinate clause
    that opens its sentence at *s0* (``When she says "My orchard," the audience
    laughed``): the quote is that subject's, not the main clause's, whatever cue
    follows it; or ``None``."""
    if qi - s0 < 3 or para.lowers[s0] not in _SUBORDINATORS or (qi - 1) not in para.cues:
        return None
    if para.cues[qi - 1][1] != qi - 1:
        return None
    found = para.np_before(qi - 1, s0 + 1)
    if found is None or found[0] != s0 + 1 or found[1] != qi - 2:
        return None
    return found


#: Verbs of saying whose clause after ``that`` holds the words one of them
#: said, even with a source's cue after the quote (``She told one colleague
#: that the bill "...," one of the people said``).
_RELAYED_VERBS = frozenset({"told", "tells", "said", "says", "wrote", "writes"})
#: At most this many words (a listener) between such a verb and its ``that``.
_RELAYED_LISTENER = 3


def _relayed_words(para: _Paragraph, qi: int, s0: int) -> bool:
    """Whether the quote token *qi* is in the clause a verb of saying opens with
    ``that`` earlier in its sentence (``She told one colleague that the bill
    "...,"``), after the verb's subject, which opens the sentence, with no other
    quote or cue between: the words are that subject's, and a cue after the
    quote names only the source who relays them (``one of the people said``)."""
    if qi - s0 > _RELAYED_REACH:
        return False
    texts, kinds, lowers = para.texts, para.kinds, para.lowers
    for j in range(s0 + 1, qi):
        if kinds[j] == _QUOTE:
            return False
        if j not in para.cues or lowers[j] not in _RELAYED_VERBS:
            continue
        last = para.cues[j][1]
        that = next(
            (
                t
                for t in range(last + 1, min(qi, last + 2 + _RELAYED_LISTENER))
                if lowers[t] == "that"
            ),
            -1,
        )
        if (
            that < 0
            or any(kinds[t] != _WORD for t in range(last + 1, that))
            or that + 1 >= qi
            or para.has_cue(that + 1, qi)
            or any(kinds[t] == _QUOTE for t in range(that + 1, qi))
        ):
            return False
        found = para.np_before(j, s0)
        return found is not None and found[0] == s0 and texts[qi - 1] != ","
    return False


#: How many tokens before a quote :func:`_relayed_words` reads its sentence.
_RELAYED_REACH = 40


#: Verbs of sending a message before its subject line (``an email Hale sent``).
_SENDING_VERBS = frozenset({"sent", "wrote", "emailed", "e-mailed", "forwarded", "texted"})
#: Messages whose subject line a quote gives (``an email ... with the subject line``).
_MESSAGE_NOUNS = frozenset({"email", "e-mail", "emails", "e-mails", "message", "messages", "memo"})
#: At most this many tokens between the sending verb and ``subject line``.
_SUBJECT_LINE_REACH = 12


def _subject_line_sender(para: _Paragraph, qi: int, s0: int) -> tuple[tuple[int, int], str] | None:
    """(sender tokens, verb) for a quote token *qi* right after ``subject line``
    (``an email Hale sent to his deputy with the subject line "..."``, ``Hale
    emailed his deputy with the subject line "..."``): the words are the
    sender's, the subject of the sending verb, not the one who shows them."""
    lowers, kinds = para.lowers, para.kinds
    if qi - 2 <= s0 or lowers[qi - 1] != "line" or lowers[qi - 2] != "subject":
        return None
    at = qi - 3
    if at >= s0 and lowers[at] == "the":
        at -= 1
    floor = max(s0, at - _SUBJECT_LINE_REACH)
    while at > floor and kinds[at] == _WORD and lowers[at] not in _SENDING_VERBS:
        at -= 1
    if at <= s0 or lowers[at] not in _SENDING_VERBS or kinds[at] != _WORD:
        return None
    if lowers[at] in {"sent", "wrote", "forwarded"} and not (
        # (a message's noun before the sender: "an email Hale sent"; or said of a message)
        any(lowers[k] in _MESSAGE_NOUNS for k in range(max(s0, at - 4), qi))
    ):
        return None
    found = para.np_before(at, s0)
    if found is None or not all(para._cap(k) for k in range(found[0], found[1] + 1)):
        return None  # (a name, or words of a name, right before the verb)
    return found, para.texts[at]


def _attribute_one(para: _Paragraph, qi: int) -> _Found | None:
    """(speaker tokens, cue, kind) for the quote token *qi*, or None.

    The speaker is None when a cue was found but not its subject.
    """
    pending: _Found | None = None
    texts, kinds = para.texts, para.kinds
    s0, s1 = para.sentence(qi)
    right = s1
    if qi == s1 - 1 and s1 < len(texts) and not para.has_cue(s0, qi):
        # the next sentence may attribute a quote that ends its own, unless a cue
        # before the quote does (``X called it "a..." She also said...``)
        right = para.sentence(s1)[1]
    # with the cue after it, a quote that opens lower case and goes on a word before
    # it is a fragment of its sentence ('may resume "any moment," the minister said')
    later = "partial" if qi > s0 and kinds[qi - 1] == _WORD and _opens_lower(para, qi) else "direct"
    if later == "direct" and _led_in(para, s0, qi):
        later = "partial"  # 'Like most campaigns, "the process is ..." Lind said'
    # 0. a dash and a name after the quote: ``"..." -- Jane Doe``
    d = qi + 1
    if d < len(texts) and texts[d] == ",":
        d += 1
    if (
        d + 1 < len(texts)
        and texts[d] in _DASHES
        and para._name_word(d + 1)
        and para.token_start[d] - para.token_end[qi] <= 2
    ):
        found = para._np_forward(d + 1, min(len(texts), d + 8))
        if found is not None and (found[1] + 1 >= len(texts) or kinds[found[1] + 1] != _WORD):
            return found, None, "direct"
    found = _interjected_name(para, qi, s0)
    if found is not None:
        return found, None, "direct"  # '"We stay" -- Jo Lind paused -- "until it is done."'
    found = _said_in_subordinate(para, s0, qi)
    if found is not None:
        return found, texts[qi - 1], "direct"  # 'When she says "...," the audience laughs'
    sender = _subject_line_sender(para, qi, s0)
    if sender is not None:
        return sender[0], sender[1], "direct"  # 'an email Hale sent with the subject line'
    # 1. a cue right after the quote
    k = qi + 1
    while k < right and kinds[k] == _PUNCT and texts[k] in _LEFT_PUNCT:
        k += 1
    if right > s1 and k == s1:
        found = _named_after(para, s1, right)
        if found is not None:  # '"We go." That was the message from Jo Lind.'
            return found, texts[found[0] - 1], later
    if k + 3 < right and para.lowers[k] in _CAME and para.lowers[k + 1] == "the":
        found = _came_from(para, k, right)
        if found is not None:  # '"No," came the reply from the Treasury.'
            return found, texts[k], later
    if k < right and k in para.cues:
        cue, last = para.cues[k]
        found = (
            para.np_after(last, right)
            or para.inverted_phrase(last, right)
            # "said Jo Kent of Dutch salvage experts Acme Marine of ...": the name
            or para.name_of_long_affiliation(last + 1, right)
        )
        if found is not None:
            return found, cue, later
    if k == qi + 1 and qi - 3 > s0 and texts[qi - 1] == ":" and not para.has_cue(s0, qi):
        found = _last_words_owner(para, s0, qi - 1)
        if found is not None:  # 'The last words, from the pilot, were: "..."'
            return found, None, "direct"
    scan = k
    if (
        k == qi + 1
        and qi > s0
        and para.lowers[qi - 1] in _ARTICLES_AND_OWNERS
        and texts[qi] not in _CLOSING_STOPS
    ):
        scan = right  # 'the "kind of problems" Lind had answering': a phrase goes on
    elif k < right and kinds[k] == _WORD and texts[qi] == "," and _relayed_words(para, qi, s0):
        # 'She told one colleague that the bill "...," one of the people said': the
        # cue before the quote, its subject's words; the one after only relays them
        scan = right
    while scan < right and scan - k <= 20 and kinds[scan] != _QUOTE:
        if scan in para.cues and scan > k:
            found = para.np_before(scan, k)
            if found == (k, k) and k == qi + 1 and para.lowers[k] in _AFTER_QUOTE_RELATIVES:
                break  # 'a "trade prosecutor" who reports to': a clause on the quoted words
            closes = (
                right == s1
                or _closes_attribution(para, para.cues[scan][1])
                or _also_reports(para, k, scan, right)
            )
            if found is not None and found[0] == k and closes and not _no_phrase(para, found):
                return found, para.cues[scan][0], later
            if (
                closes
                and texts[qi] in ",?!"
                and para.lowers[k] in _DETERMINERS
                and scan - k <= 6
                and kinds[k:scan].count(_WORD) == scan - k
            ):
                # '"...," the progressive heavyweights wrote': the words before the cue
                last = scan - 1
                while last > k and para._skippable(last):
                    last -= 1
                if not _contact_clause(para, (k, last)):
                    return (k, last), para.cues[scan][0], later
            break
        if kinds[scan] == _PUNCT and texts[scan] == "(":
            # a parenthesis inside the subject: ``Sen. Chuck Schumer (D-N.Y.) said``
            close = next((n for n in range(scan + 1, min(right, scan + 10)) if texts[n] == ")"), -1)
            if close < 0:
                break
            scan = close
        elif kinds[scan] == _PUNCT and texts[scan] == ";":
            break
        scan += 1
    # 2. the last cue before the quote in its sentence
    skipped = 0  # cues passed over because a quote stands before them
    for j in range(qi - 1, s0 - 1, -1):
        if j >= qi - 2 and para.lowers[j] in OTHER_LANGUAGE_POSTPOSITIONS:
            found = _source_before_postposition(para, j, s0)
            if found is not None and (j == qi - 1 or texts[qi - 1] in {",", ":"}):
                return found, texts[j], "direct"  # "Ahmet Yılmaz'a göre, "...""
        if j in para.source_first:
            if j >= 2 and texts[j - 1] == "," and (j - 2) in para.cue_ends:
                # 'he replied, according to the interpreter: "..."': the one who
                # replied speaks; the source after the cue only relays the words
                continue
            cue, last = para.source_first[j]
            found = para._np_forward(last + 1, qi if last + 1 < qi else s1)
            if found is None and last + 1 >= qi:
                found = para._np_forward(qi + 1, s1)
            if found is not None:
                if found[1] + 1 < qi and kinds[qi - 1] == _WORD and _opens_lower(para, qi):
                    # 'According to Jo Kent, the study showed "fewer than 300 ..."'
                    return found, cue, "partial"
                return found, cue, "direct"
        if para.lowers[j] in SPEECH_NOUNS and not para.has_cue(s0, j):
            owner = _speech_owner(para, j, qi)
            if owner is not None:
                return owner, None, "partial"
        if para.lowers[j] in SPEECH_NOUNS and (owner := _rebutted_owner(para, j, qi, s0)):
            return owner, None, "partial"  # 'dismissed her claim that she was "..."'
        if j in para.cues:
            cue, last = para.cues[j]
            if _in_closed_relative(para, j, last, qi, s0):
                continue  # 'the plan, which some have argued was rushed, was "..."'
            floor = s0
            for b in range(j - 1, s0 - 1, -1):
                if kinds[b] == _QUOTE and b not in para.terms:  # a title is no boundary
                    floor = b + 1
                    break
            if (
                qi + 1 < s1
                and para.lowers[qi + 1] == "by"
                and all(w in {"as", "a", "an", "the"} for w in para.lowers[last + 1 : qi])
                and _passive(para, j)
            ):
                agent = para.by_agent(last, qi + 1, s1)  # 'called "..." by the citizens'
                if agent is not None:
                    return agent, cue, "direct" if qi == last + 1 else "partial"
            if qi + 1 < s1 and para.lowers[qi + 1] == "by" and _passive_object_cue(para, j, floor):
                # 'Lind was accused of "lying to voters" by her rival': the one
                # spoken about is the subject, the agent speaks
                agent = para.by_agent(last, qi + 1, s1)
                if agent is not None:
                    return agent, cue, "partial"
            if (
                para.lowers[j] in _BLAME_CUES or para.lowers[j] in _NAMING_PARTICIPLES
            ) and _passive_object_cue(para, j, floor):
                # 'Ministers have been accused of "ducking the question"': the one
                # blamed is no speaker, and with no agent no one here is
                # ('accused by Labour of "..."': the agent before the quote)
                if last + 2 < qi and para.lowers[last + 1] == "by":
                    agent = para.by_agent(last, last + 1, qi)
                    if agent is not None:
                        return agent, cue, "partial"
                if pending is None:
                    pending = (None, cue, "partial")  # (not the sentence's subject's)
                continue
            if (
                last + 2 < qi
                and para.lowers[last + 1] == "by"
                and para.lowers[j] not in _REPORT_PARTICIPLES
                and para.lowers[j - 1] in _PASSIVE_BE
            ):
                agent = para.by_agent(last, last + 1, qi)
                if agent is not None and not para.lowers[agent[0]].endswith("ing"):
                    # 'Lind was asked by host Jo Kent whether "..."': the agent asks
                    return agent, cue, "direct" if qi == agent[1] + 2 else "partial"
            found = para.np_before(j, floor)
            if found is not None and found[0] > floor:
                found = _outer_subject(para, found, floor) or found
            if found is not None and found[1] + 4 < j and texts[j - 1] == ",":
                found = _interjected(para, found[1] + 1, j) or found  # "X, Lind said, called"
            if found is None and para.lowers[j - 1] != "to":  # "to say the words": an object
                found = para.np_after(last, qi)
                if found is not None and found[1] + 1 == qi and _opens_lower(para, qi):
                    found = None  # 'said Acme "wants ..."': the quote's own subject
            if (
                found is None
                and j - 1 > s0
                and para.lowers[j - 1] in _REDUCED_CLAUSE
                and para.has_cue(s0, j - 1)
            ):
                continue  # "X told Congress when asked: ...": the earlier cue's subject
            if found is None and floor == s0:
                found = para.subject(s0, j)
                if found is not None:
                    found = _relative_who(para, found, qi)
            if found is None:
                found = para.nearest_subject(j, floor)
            if found is None and j - 1 > floor and para.lowers[j - 1] == "to":
                found = _infinitive_subject(para, j - 1, floor)  # "Lind was asked to say"
            if found is None and j == s0:
                found = _fronted_participle_subject(para, j, qi, s1)
            if found is None and j > 0 and kinds[j - 1] == _QUOTE:
                skipped += 1
                if skipped >= _MAX_CUES_BACK:
                    break  # keeps a run of '"..." said "..." said' linear
                continue
            # one word between may be a listener ('told reporters "We ..."'), but a
            # quote going on the words before it is a fragment ('said he "died ..."')
            between = kinds[last + 1 : qi].count(_WORD)
            kind = (
                "direct"
                if between == 0
                or (between == 1 and not (kinds[qi - 1] == _WORD and _opens_lower(para, qi)))
                or _sentence_after_colon(para, qi)
                or _sentence_after_listener(para, j, last, qi, s1)
                or _resumed(para, s0, j, qi)
                else "partial"
            )
            if (
                kind == "direct"
                and qi + 1 < s1
                and kinds[qi + 1] == _WORD
                and (_opens_lower(para, qi) or texts[qi] not in _CLOSING_STOPS)
            ):
                kind = "partial"  # 'denounced "a total lack of respect" from management'
            if (
                kind == "direct"
                and j - 1 > s0
                and para.lowers[j - 1] in _MODALS
                and _opens_lower(para, qi)
                and para.has_cue(s0, j - 1)
            ):
                kind = "partial"  # 'said the mission could answer "one of the ..."'
            if (
                kind == "direct"
                and qi == last + 1  # (no colon, no comma between)
                and texts[qi] not in _CLOSING_STOPS
                and cue.lower() in OBJECT_CUES
                and _opens_lower(para, qi)
            ):
                kind = "partial"  # 'the developer promises "world-class public space".'
            if kind == "direct" and kinds[qi - 1] == _WORD and cue.lower() in _INTRODUCING:
                kind = "partial"  # 'introduced Marsh as "the reason we are here."'
            if (
                kind == "direct"
                and found is not None
                and found[0] - 2 >= s0
                and texts[found[0] - 1] == ","
                and para.lowers[found[0] - 2] in _LINKING_VERBS
                and texts[qi - 1] == ","
                and texts[qi] not in _CLOSING_STOPS
                and _opens_lower(para, qi)
            ):
                kind = "partial"  # 'The fund was, Pettit said, "a fiction for years".'
            if found is not None:
                return found, cue, kind
            if pending is None:
                pending = (None, cue, kind)
            if cue.lower() in WEAK_FORMS or cue.lower().removesuffix("s") in WEAK_FORMS:
                continue  # "protests demands that ...": look for the verb before
            break
    # 3. a cue later in the sentence; a quote without punctuation at its end that
    # the sentence goes on after is a fragment of it ('"It seems unlikely" that
    # Lind can win, said Jo Kent')
    if qi + 1 < s1 and kinds[qi + 1] == _WORD and texts[qi] not in _CLOSING_STOPS:
        later = "partial"
    for j in range(qi + 1, s1):
        if para.lowers[j] in OTHER_LANGUAGE_POSTPOSITIONS and (
            j + 1 >= s1 or texts[j + 1] in {".", "!", "?"}
        ):
            found = _source_before_postposition(para, j, qi + 1)
            if found is not None and all(
                texts[k] == "," or texts[k] in _DASHES for k in range(qi + 1, found[0])
            ):
                return found, texts[j], later  # '"...," Ahmet Yılmaz'a göre.'
        if j in para.source_first:
            cue, last = para.source_first[j]
            found = para._np_forward(last + 1, s1)
            if found is not None:
                return found, cue, later
        if (
            j in para.cues
            and j - 1 > qi
            and para.lowers[j - 1] == "to"
            and para.lowers[j] not in _INFINITIVE_REPORTS
            and any(k in para.cues or k in para.source_first for k in range(j + 1, s1))
        ):
            # '"waste" was behind the decision to dismiss 200 staff, according to':
            # the verb of an infinitive gives way to the attribution after it
            # ("went on to say" still reports)
            continue
        if j in para.cues:
            cue, last = para.cues[j]
            if texts[j - 1] == "," and not para.lowers[j].endswith("ing"):
                # '"..." that Lind can win, said Jo Kent, a pollster.': inverted
                found = para.np_after(last, s1)
                if found is not None and _inverted_end(para, found[1] + 1, s1):
                    return found, cue, later
            found = para.np_before(j, qi + 1)
            if found == (qi + 1, qi + 1) and para.lowers[qi + 1] in _AFTER_QUOTE_RELATIVES:
                continue  # 'a "fixer" who said little': a clause on the quoted words
            if found is not None and _words_noun_before(para, qi, found):
                continue  # '"enough," a word she said often, Berg recalled': a later cue
            if found is not None and _no_phrase(para, found):
                found = None
            if found is None and texts[j - 1] == ",":
                # 'Okoro, who ran on a promise to "fix City Hall", said he ...': the
                # quote is in what the subject's commas set off; the subject speaks
                subject = para.subject(s0, qi)
                if (
                    subject is not None
                    and subject[1] + 1 < qi
                    and texts[subject[1] + 1] == ","
                    and _person_like(para, subject)
                    and not para.has_cue(subject[1] + 1, qi)
                ):
                    return subject, cue, "partial"
            if found is None and para.lowers[j - 1] not in _COORDINATED_CUE:
                # ('..." and said some of the rules ...': no inverted subject)
                found = para.np_after(last, s1)
            if found is None and _cue_closes_quote_sentence(para, qi, j, last, s1):
                found = _subject_before_quote(para, s0, qi)
                if found is not None:  # 'Ahmet Yılmaz, "...", dedi.': the subject
                    return found, cue, "direct"
            if found is None and _pro_drop_cue(para, qi, j, last, s1):
                return (j, last), cue, "direct"  # '„...,“ uvedl.': the verb stands for them
            if found is None and para.lowers[j - 1] in _COORDINATED_CUE:
                # 'Trump has used the phrase "..." often, and criticized': the subject
                found = para.subject(s0, qi)
                if found is not None and _person_like(para, found) and not _it(para, found):
                    return found, cue, "partial"
                if found is None and para.lowers[s0] == "it" and para.lowers[s0 + 1] not in _AUX:
                    # 'It accepted that "..." and said': the body "It" stands for
                    return (s0, s0), cue, "partial"
                found = None
            if found is not None:
                return found, cue, later
            if pending is None:
                pending = (None, cue, later)
            if j == qi + 1 and para.lowers[j].endswith("ing") and kinds[qi - 1] != _WORD:
                # '"We expect to file papers tonight" asking the court to ..., spokesman
                # Rick Hale said': a participle on the quoted words, the cue after it
                continue
            break
    # colon introduction without a cue: ``Trump: "..."``, ``Mr Smith agreed: "..."``
    if (
        (pending is None or pending[0] is None)
        and qi - 3 >= s0
        and texts[qi - 1] == ":"
        and para.lowers[qi - 3] in _HE_SHE
        and texts[qi - 2].islower()
        and texts[qi - 2].isalpha()
        and qi - 2 not in para.cues
    ):
        return (qi - 3, qi - 3), None, "direct"  # 'Asked about it, he smiled: "..."'
    if pending is None and qi >= 1 and texts[qi - 1] == ":" and qi - 1 > s0:
        found = para._np_core(qi - 2, s0)

        if found is None or not para._cap(found[1]):
            found = para.subject(s0, qi - 1)
        if (
            found is not None
            and (para._cap(found[1]) or para.lowers[found[0]] in PERSON_PRONOUNS)
            and place_set_off(para, found) < 0
        ):
            return found, None, "direct"
    if pending is None and (sign := _carried_sign_at(para, qi)) >= 0:
        # no cue: the words on a sign a carrier holds are the carrier's, whatever
        # the subject ('Dozens of nurses marched, carrying signs that read "..."')
        carrier = _carrier_subject(para, sign)
        if carrier is not None:
            return carrier, None, "direct"  # (the whole sign: "15%!")
    if pending is None:
        # no cue at all: a fragment in a sentence whose subject is a person
        found = para.subject(s0, qi)
        if (
            found is not None
            and _person_like(para, found)
            and not _modifies_noun(para, found, qi)
            and not _initials_subject(para, found, qi)
        ):
            who = _relative_who(para, found, qi)
            if who != found:
                return who, None, "partial"
            return _clause_subject(para, found, qi), None, "partial"
    return pending


def _initials_subject(para: _Paragraph, found: tuple[int, int], qi: int) -> bool:
    """Whether the subject *found* of the fragment quoted at *qi* is one word of
    capitals before a lower-case noun (``U.S. stocks``, ``NYMEX crude oil``): it
    only says whose the noun is, and no one's words are the fragment's (``U.S.
    stocks rose as investors saw "measured" rate rises``); not before a verb
    (``CREW filed a request for "records ..."``)."""
    first, last = found
    letters = para.texts[first].replace(".", "")
    if first != last or len(letters) < 2 or not letters.isalpha() or not letters.isupper():
        return False
    after, before = last + 1, qi - 1
    if after >= qi or para.kinds[after] != _WORD or para.kinds[before] != _WORD:
        return False
    word, low = para.texts[after], para.lowers[after]
    return (
        word.isalpha()
        and word.islower()
        and not low.endswith("ed")
        and low not in CUE_WORDS
        and low not in _AUX
        and para.texts[before].islower()  # (a fragment inside its sentence)
    )


#: Cues that still report after *to* (``"...," she went on to say``).
_INFINITIVE_REPORTS = frozenset({"say", "tell", "add", "write", "ask", "reply", "explain"})


#: Words before a cue after the quote that join it to the subject's first verb
#: (``It accepted that "..." and said some of ...``): no inverted subject follows.
_COORDINATED_CUE = frozenset({"and", "but"})


#: Lower-case words between a subject and its verb that are no noun
#: (``Lind also can``, ``Lind herself will``).
_NOT_HEAD_NOUNS = _SENTENCE_ADVERBS | _TALKING_ADVERBS | {
    "too", "alone", "then", "never", "only", "even", "herself", "himself", "themselves",
    "itself", "myself", "ourselves", "yourself", "first", "later"
}  # fmt: skip


def _dash_run(texts: Sequence[str], at: int, step: int) -> int:
    """How many dash tokens (one, or two for ``--``) stand at token *at*, read
    forward (*step* 1) or back (*step* -1); 0 for none."""
    n = 0
    while n < 2 and 0 <= at + n * step < len(texts) and texts[at + n * step] in _DASHES:
        n += 1
    return n


def _interjected_name(para: _Paragraph, qi: int, s0: int) -> tuple[int, int] | None:
    """The name in a dash interjection of one verb between the two parts of a
    quote (``"We will stay" -- Jo Lind paused -- "until it is done."``), the
    second part opening in lower case: the speaker of both parts; ``None``
    for any other quote token *qi*."""
    texts, kinds = para.texts, para.kinds
    if kinds[qi] != _QUOTE:
        return None
    # the first part: a dash, a name, a word in lower case, a dash, the second part
    d = _dash_run(texts, qi + 1, 1)
    if d and qi + d + 1 < len(texts) and para._name_word(qi + d + 1):
        found = para._np_forward(qi + d + 1, min(len(texts), qi + d + 8))
        v = -1 if found is None else found[1] + 1
        e = _dash_run(texts, v + 1, 1) if 0 < v < len(texts) - 2 else 0
        if (
            found is not None
            and e
            and kinds[v] == _WORD
            and texts[v].islower()
            and v not in para.cues  # ("Jo Lind said": the cue's reading, as before)
            and v + 1 + e < len(texts)
            and kinds[v + 1 + e] == _QUOTE
            and _opens_lower(para, v + 1 + e)
        ):
            return found
    # the second part: the same, read back from it
    e = _dash_run(texts, qi - 1, -1)
    v = qi - 1 - e
    if not e or v - 3 < s0 or kinds[v] != _WORD or not texts[v].islower() or v in para.cues:
        return None
    if not _opens_lower(para, qi):
        return None
    found = para._np_core(v - 1, s0)
    if found is None or not para._name_word(found[1]):
        return None
    d = _dash_run(texts, found[0] - 1, -1)
    q = found[0] - 1 - d
    if d and q >= s0 and kinds[q] == _QUOTE:
        return found
    return None


def _modifies_noun(para: _Paragraph, found: tuple[int, int], end: int) -> bool:
    """Whether capitalised *found* only modifies a lower-case noun before a verb.

    ``Strong sales can still lift a brand, but only when "..."``: the subject
    is *sales*, not a person called Strong; a lower-case word right after the
    phrase followed by an auxiliary or a modal is the phrase's head noun.
    """
    k = found[1] + 1
    if k + 1 >= end or para.kinds[k] != _WORD or para.kinds[k + 1] != _WORD:
        return False
    word = para.texts[k]
    return (
        word.isalpha()
        and word.islower()
        and not word.endswith("ly")
        and word not in _NOT_HEAD_NOUNS
        and para.lowers[k + 1] in _LINKING_VERBS
    )


#: The reporting verbs of the other languages read as English.
_OTHER_LANGUAGE_CUES = frozenset().union(*OTHER_LANGUAGE_CUES.values())


def _cue_closes_quote_sentence(para: _Paragraph, qi: int, cue: int, last: int, end: int) -> bool:
    """Whether the cue at tokens *cue*..*last* comes right after the quote *qi* (a
    comma between at most) and ends its sentence, as a verb-final language puts
    it (``Ahmet Yılmaz, "...", dedi.``, ``"..." diye konuştu.``)."""
    texts = para.texts
    if not (cue == qi + 1 or (cue == qi + 2 and texts[qi + 1] == ",")):
        return False
    if " ".join(para.lowers[cue : last + 1]) not in _OTHER_LANGUAGE_CUES:
        return False  # ('"woman's card" remark.': an English noun)
    return last + 1 >= end or texts[last + 1] in {".", "!", "?"}


def _pro_drop_cue(para: _Paragraph, qi: int, cue: int, last: int, end: int) -> bool:
    """Whether the cue at tokens *cue*..*last* is a Slavic past-tense verb with no
    subject that closes the sentence of the quote *qi*, a comma or a dash between
    (``„...,“ uvedl.``, ``„...” – dodała.``, ``«...», — добавил.``): its
    subject left out, the verb stands for the person named last
    (:data:`newsstruct._data.pronouns.PRO_DROP_VERBS`)."""
    texts = para.texts
    if cue - qi > 3 or any(texts[k] != "," and texts[k] not in _DASHES for k in range(qi + 1, cue)):
        return False
    if " ".join(para.lowers[cue : last + 1]) not in PRO_DROP_VERBS:
        return False
    return last + 1 >= end or texts[last + 1] in {".", "!", "?"}


#: The apostrophes that set a Turkish name's case ending off (``Yılmaz'ın``).
_APOSTROPHES = frozenset("'\u2019")


def _source_before_postposition(para: _Paragraph, post: int, floor: int) -> tuple[int, int] | None:
    """The source named before the postposition at token *post* (``Ahmet
    Yılmaz'a göre``, ``Kovács János szerint``): capitalised words from *floor*
    on, one lower-case noun of saying between them and it at most
    (``Yılmaz'ın açıklamasına göre``)."""
    end = post - 1
    if (
        end > floor
        and para.lowers[end].endswith(("na", "ne"))
        and _APOSTROPHES.intersection(para.texts[end - 1])
    ):
        end -= 1  # (a noun of saying after a genitive: "Yılmaz'ın açıklamasına")
    if end < floor or not para._cap(end):
        return None
    start = end
    while start - 1 >= floor and para._cap(start - 1) and para.kinds[start - 1] == _WORD:
        start -= 1
    return start, end


def _subject_before_quote(para: _Paragraph, s0: int, qi: int) -> tuple[int, int] | None:
    """The speaker before the quote *qi* of a sentence its cue closes: the name
    right before the comma before the quote (``Törende konuşan Bakan Ahmet
    Yılmaz, "..."``), or a person subject of the sentence (``Yılmaz
    açıklamasında, "..."``)."""
    texts = para.texts
    if qi - 2 >= s0 and texts[qi - 1] == ",":
        found = para._np_core(qi - 2, s0)
        if found is not None and all(para._cap(k) for k in range(found[0], found[1] + 1)):
            return found
    found = para.subject(s0, qi)
    if found is not None and _person_like(para, found):
        return found
    return None


#: Openings of a sentence that names who said the quote before it (``That was
#: the message from``, ``Those were the words of``, ``So said``).
_LOOKING_BACK = frozenset({"that", "this", "those", "these", "such", "so", "that's"})
#: Verbs of ``That was how Jo Lind put it``.
_PUT_IT = frozenset({"put", "puts", "described", "describes", "summed", "sums", "phrased"})
#: A sentence naming the speaker of the quote before it has at most this many
#: words before the name (``That was the stark warning from``).
_MAX_LOOKING_BACK = 7


def _named_after(para: _Paragraph, first: int, end: int) -> tuple[int, int] | None:
    """The speaker a sentence at token *first* names for the whole-sentence quote
    before it, or ``None``.

    ``That was the message from Jo Lind``, ``Those were the words of the
    mayor``, ``Such was the verdict of ...``, ``So said Jo Lind``, ``That is how
    Jo Lind put it``, ``The warning came from Jo Lind``: the sentence looks back
    at the quote and names its source.
    """
    lowers, kinds = para.lowers, para.kinds
    low = lowers[first]
    if kinds[first] != _WORD or (low not in _LOOKING_BACK and low != "the"):
        return None
    if low == "so":  # "So said Jo Lind"
        if first + 1 < end and first + 1 in para.cues:
            return para.np_after(para.cues[first + 1][1], end)
        return None
    stop = min(end, first + _MAX_LOOKING_BACK + 1)
    for k in range(first + 1, stop):
        if kinds[k] != _WORD:
            return None
        word = lowers[k]
        if word == "how" and low != "the":  # "That was how Jo Lind put it"
            found = para._np_forward(k + 1, end)
            if found is not None and any(
                lowers[n] in _PUT_IT for n in range(found[1] + 1, min(end, found[1] + 8))
            ):
                return found
            return None
        if low != "the" and word in ("from", "of") and lowers[k - 1] in LOOKING_BACK_NOUNS:
            return para._np_forward(k + 1, end)  # "That was the message from"
        if low == "the" and word == "from" and lowers[k - 1] in _CAME:
            if lowers[k - 2] in LOOKING_BACK_NOUNS:  # "The warning came from Jo Lind"
                return para._np_forward(k + 1, end)
            return None
    return None


def _last_words_owner(para: _Paragraph, first: int, colon: int) -> tuple[int, int] | None:
    """The one whose last words a sentence from token *first* to the *colon* before
    a quote introduces: ``The last words on the recording, from the first
    officer, were:`` (the phrase after *from*), ``Her final message was:`` (the
    owner), or ``None``."""
    lowers, kinds, texts = para.lowers, para.kinds, para.texts
    if lowers[colon - 1] not in {"was", "were"} or colon - first > _MAX_LAST_WORDS:
        return None
    for k in range(first + 1, colon - 1):
        if kinds[k] != _WORD:
            if texts[k] != ",":
                return None
            continue
        if lowers[k] not in _LAST_WORDS_NOUNS or lowers[k - 1] not in {"last", "final"}:
            continue
        owner = k - 2
        if owner >= first and lowers[owner] in _POSSESSIVES and owner == first:
            return (owner, owner)  # "Her last words were:"
        if lowers[owner] not in {"the", "his", "her", "their"}:
            return None
        at = next((n for n in range(k + 1, colon - 1) if lowers[n] == "from"), -1)
        if at < 0:
            return None
        end = at + 1
        while end < colon - 1 and texts[end] != ",":
            end += 1
        found = para._np_forward(at + 1, end)
        if found is None or found[1] != end - 1:
            return None
        return found  # "The last words ..., from the first officer, were:"
    return None


#: The most tokens of a sentence that introduces someone's last words.
_MAX_LAST_WORDS = 16
#: Nouns for someone's last words before a quote (``The last words ... were:``).
_LAST_WORDS_NOUNS = frozenset({"words", "word", "message", "transmission", "call"})


#: ``came`` of ``"...," came the reply from X``.
_CAME = frozenset({"came", "comes"})


def _came_from(para: _Paragraph, came: int, end: int) -> tuple[int, int] | None:
    """``"...," came the reply from the Treasury``: the source after *from* or *of*
    when token *came* opens ``came the <noun for what was said>``, or ``None``."""
    lowers = para.lowers
    for k in range(came + 2, min(end - 1, came + 5)):
        if para.kinds[k] != _WORD:
            return None
        if lowers[k] in ("from", "of"):
            if lowers[k - 1] not in LOOKING_BACK_NOUNS:
                return None
            return para._np_forward(k + 1, end)
    return None


#: Words that open a time phrase, never an inverted subject (``agreed last night``).
_TIME_OPENERS = frozenset({"yesterday", "today", "tonight", "tomorrow", "last", "earlier"})
#: Those of :data:`_TIME_OPENERS` that are a time alone (``last`` takes a noun).
_TIME_DAYS = frozenset({"yesterday", "today", "tonight", "tomorrow"})


def _place_owner(word: str) -> bool:
    """Whether *word* is a known country's or city's possessive (``Peru's``)."""
    place = word.removesuffix("'s").removesuffix("\u2019s").rstrip("'\u2019")
    return place in COUNTRIES or is_known_place(place, names_too=False)


def _fronted_participle_subject(
    para: _Paragraph, j: int, qi: int, s1: int
) -> tuple[int, int] | None:
    """The person a cue in *-ing* that opens the sentence describes, named right
    after the quote its clause ends on (``Calling the school "a sleeping giant,"
    Tom Brennan took over``): the subject of the main clause, a name or *he* or
    *she* with a verb in lower case after it; ``None`` otherwise."""
    texts = para.texts
    if not (texts[j][:1].isupper() and para.lowers[j].endswith("ing")):
        return None
    if any(texts[k] in {",", ";", ":"} for k in range(j + 1, qi)):
        return None  # the quote is not in the opening clause
    if any(para.lowers[k] in _GERUND_VERBS for k in range(j + 1, qi)):
        return None  # 'Adding it to the index is a "plus," Jo Kent said': a gerund subject
    segment = para.segment_at(qi)
    if segment is None:
        return None
    after = qi + 1
    if after < s1 and texts[after] == ",":
        after += 1
    elif not para.text[segment.start : segment.end].rstrip().endswith(","):
        return None  # ('Calling it "a win" was easy')
    found = para._np_forward(after, s1)
    if found is None or found[0] != after or not _person_like(para, found):
        return None
    names = para.lowers[found[0] : found[1] + 1]
    if not (
        (found[0] == found[1] and names[0] in _HE_SHE)
        or any(word in _FIRST_NAMES or word in UNISEX_FIRST_NAMES for word in names)
    ):
        return None  # a person by a given name, or "he": no firm ("Acme shares fell")
    verb = found[1] + 1
    if verb >= s1 or para.kinds[verb] != _WORD or not texts[verb].isalpha():
        return None
    return found if texts[verb].islower() else None


def _infinitive_subject(para: _Paragraph, to: int, floor: int) -> tuple[int, int] | None:
    """``Tom Lind was prompted to say``: the name or pronoun before an auxiliary
    and the verb that governs *to* (token *to*), in the same clause."""
    for k in range(to - 1, max(floor, to - 8) - 1, -1):
        if para.kinds[k] != _WORD or para.lowers[k] in _STOP_CLAUSE:
            return None
        if k + 1 < to and para.lowers[k + 1] in _AUX:
            if para.lowers[k] in PERSON_PRONOUNS or para.lowers[k] in {"they", "i", "we"}:
                return (k, k)
            if para._name_word(k) and not para.texts[k].endswith(("'s", "\u2019s")):
                return para._np_core(k, floor)
    return None


#: Words that close the clause an infinitive's subject is looked for in.
_STOP_CLAUSE = frozenset({"that", "and", "but", "or", "because", "which", "who", "when", "if"})


def _inverted_end(para: _Paragraph, after: int, end: int) -> bool:
    """Whether an inverted subject ends at token *after*: the sentence ends, or an
    appositive or a relative opens (``said Jo Kent.``, ``said Jo Kent, a pollster``)."""
    return after >= end or para.lowers[after] in _INVERTED_CLOSERS


#: Tokens that may follow an inverted subject at the end of its sentence.
_INVERTED_CLOSERS = frozenset({",", ".", "(", ";", "who", "in", "on", "at"})


#: Possessive pronouns that own a speech noun (``his call for "..."``), by gender.
_POSSESSIVES: dict[str, str | None] = {"his": "male", "her": "female", "their": None}


def _full_name_of(person: _Person, gender: str | None) -> bool:
    """Whether *person* has a full name (two capitalised words or more) and may be *gender*."""
    words = person.name.split()
    return (
        gender is not None
        and person.gender in (None, gender)
        and len(words) >= 2
        and all(word[:1].isupper() for word in words)
    )


def _speech_owner(para: _Paragraph, noun: int, qi: int) -> tuple[int, int] | None:
    """The owner of a speech noun a few words before a quote: ``her claim that she "..."``.

    The owner is a possessive pronoun or a name in ``'s`` right before the
    noun or before one or two lower-case modifiers (``Trump's controversial
    pledge to be "..."``); at most :data:`_SPEECH_NOUN_REACH` words, and no
    other quote or punctuation but a comma, stand between the noun and the quote.
    A cue before the noun in its sentence speaks instead (``Ryan said Trump's
    comments were "..."``): the caller looks at it first.
    """
    texts, kinds = para.texts, para.kinds
    if qi - noun > _SPEECH_NOUN_REACH or any(
        kinds[m] == _QUOTE or (kinds[m] == _PUNCT and texts[m] != ",") for m in range(noun + 1, qi)
    ):
        return None
    k = noun - 1
    # a cue verb is a noun right after its owner only (not "his supporters claim")
    reach = noun - 1 if noun in para.cues else noun - 3
    while k > reach and k >= 0 and kinds[k] == _WORD and texts[k].islower():
        if texts[k] in _POSSESSIVES:
            return (k, k)
        k -= 1
    if k < 0 or kinds[k] != _WORD:
        return None
    if para.lowers[k] in _POSSESSIVES:
        return (k, k)
    if para._name_word(k) and texts[k].endswith(("'s", "\u2019s")):
        first = k  # the name run, even after a preposition ("about Tom Lind's claim")
        while first > para.starts[k] and para._name_word(first - 1):
            first -= 1
        return (first, k)
    return None


def _rebutted_owner(para: _Paragraph, noun: int, qi: int, s0: int) -> tuple[int, int] | None:
    """The owner of the speech noun *noun* right after a cue that takes someone's
    words as its object (:data:`REBUTTING_CUES`: ``A former aide dismissed her
    claim that ... was "bumped off."``, ``Acme denied Lind's assertion that
    ...``), the owner a possessive right after the cue; ``None`` otherwise."""
    owner = _speech_owner(para, noun, qi)
    if owner is None:
        return None
    cue = owner[0] - 1
    if cue < s0 or para.lowers[cue] not in REBUTTING_CUES or para.has_cue(noun + 1, qi):
        return None
    return owner


#: Words at most between a speech noun and its quote (``claim that President Obama "..."``).
_SPEECH_NOUN_REACH = 9


def _it(para: _Paragraph, found: tuple[int, int]) -> bool:
    """Whether *found* is a non-personal pronoun, contracted or not (``It's``)."""
    word = para.lowers[found[0]].replace("\u2019", "'").split("'")[0]
    return found[0] == found[1] and word in {"it", "this", "that", "there"}


def _passive(para: _Paragraph, cue: int) -> bool:
    """Whether the cue at *cue* is a passive participle: after a form of *be* or *as*
    (``has been called``, ``as labelled``) or opening a clause after a comma or dash
    (``..., called "..." by the citizens``), adverbs skipped."""
    k = cue - 1
    while (
        k >= 0
        and para.kinds[k] == _WORD
        and para._skippable(k)
        and para.lowers[k] not in _PASSIVE_MARKERS
    ):
        k -= 1
    if k < 0:
        return False
    low = para.lowers[k]
    return low in _PASSIVE_MARKERS or (para.kinds[k] == _PUNCT and low in _APPOSITIVE)


def _passive_object_cue(para: _Paragraph, cue: int, floor: int) -> bool:
    """Whether the cue at *cue* is the participle of a verb whose object is the
    one spoken about, after a form of *be* (``Lind was accused of``, ``has been
    told to``, ``were widely criticised for``): its subject is no speaker, its
    agent (``by her rival``) is.  A report's participles (``was quoted``, ``was
    cited``) are not such cues."""
    low = para.lowers[cue]
    if low not in _TRANSITIVE or low in _REPORT_PARTICIPLES:
        return False
    if not (low.endswith("ed") or low == "told"):
        return False
    k = cue - 1
    while k > floor and para.texts[k].islower() and para.lowers[k].endswith("ly"):
        k -= 1  # "was widely criticised"
    return k >= floor and para.lowers[k] in _PASSIVE_BE


#: Participles of :data:`_TRANSITIVE` whose passive subject is charged with what
#: is quoted (``was accused of "..."``): the accuser's words, never the subject's
#: (but ``was ridiculed for its prediction that ...`` quotes the subject).
_BLAME_CUES = frozenset({"accused"})
#: Participles of :data:`_TRANSITIVE` whose passive subject is named so by someone
#: else (``Guccifer was branded "in homage to" Lazar, Song wrote``): no speaker.
_NAMING_PARTICIPLES = frozenset({"branded", "dubbed", "labeled", "labelled", "termed"})
#: Participles of :data:`_TRANSITIVE` whose passive subject is the speaker (``Lind
#: was quoted as saying``, ``was cited by Interfax``).
_REPORT_PARTICIPLES = frozenset({"quoted", "cited", "credited"})
#: Words before a passive participle (``was called``, ``as described``).
_PASSIVE_MARKERS = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "as", "get", "got"}
)


def _clause_subject(para: _Paragraph, found: tuple[int, int], qi: int) -> tuple[int, int]:
    """The pronoun subject of the clause with the quote, after the sentence's subject.

    ``Cruz is the only contender to visit every county, and he has long used
    that to bludgeon rivals for not campaigning "the Iowa way"``: *he*.
    """
    for k in range(qi - 1, found[1], -1):
        if para.kinds[k] == _QUOTE:
            break
        if (
            para.kinds[k] == _WORD
            and para.lowers[k] in _PERSONAL
            and para.lowers[k - 1] in _CLAUSE_OPENERS
        ):
            return (k, k)
    return found


def _relative_who(para: _Paragraph, found: tuple[int, int], end: int) -> tuple[int, int]:
    """``Tom Lind, who thinks the plan is "dead," left``: *who*, named after Tom Lind.

    A quote inside a relative clause on the subject, before the clause's
    closing comma (or a quote that ends with it), is the relative's; otherwise
    *found*.
    """
    texts = para.texts
    w = found[1] + 2
    if (
        w < end
        and texts[found[1] + 1] == ","
        and para.lowers[w] == "who"
        and "," not in texts[w + 1 : end]  # a quote may end in its comma
    ):
        para.antecedents[w] = found
        return (w, w)
    return found


#: Words that stand alone for one of a group named before, as a cue's subject
#: opening a sentence (``One wrote on X:``).
_LONE_PARTITIVES = frozenset({"one", "another"})
#: Modal verbs: a cue after one inside another cue's report is no quote's own
#: attribution (``said the mission could answer "one of the ..."``).
_MODALS = frozenset({"could", "would", "will", "can", "may", "might", "should", "must"})
#: Verbs a clause goes on after (``The fund was, Pettit said, "a fiction"``): a
#: quote after an attribution set off right after one completes that clause.
_LINKING_VERBS = _MODALS | {"is", "was", "are", "were", "be", "been", "has", "had", "have"}
#: Words that open an object relative clause (``what X called``, ``which X welcomed as``).
_OBJECT_RELATIVES = frozenset({"what", "which", "whom"})
#: How many tokens back an object relative's opener is looked for.
_OBJECT_RELATIVE_REACH = 12


#: Words that open a clause without a subject (``when asked``, ``if pressed``).
_REDUCED_CLAUSE = frozenset({"when", "if", "after", "before", "while", "unless", "once", "until"})
#: Words after which a pronoun opens a clause of its own (``..., and he said``).
_CLAUSE_OPENERS = frozenset({",", "and", "but", "as", "while", "when", "because", "so"})


def _restrictive_antecedent(para: _Paragraph, tokens: tuple[int, int], qi: int) -> tuple[int, int]:
    """``A senior strategist who has advised campaigns said "..."``: the unnamed
    description a restrictive ``who`` (no comma before it) stands for, when the
    sentence's own cue follows the relative clause; else *tokens* unchanged."""
    w = tokens[0]
    if tokens[1] != w or para.lowers[w] != "who" or w not in para.antecedents:
        return tokens
    if w == 0 or para.kinds[w - 1] != _WORD:
        return tokens  # "Jo Shah, who said": the relative speaks
    antecedent = para.antecedents[w]
    if antecedent[1] != w - 1 or para._cap(antecedent[1]):
        return tokens
    if (
        para.starts[antecedent[0]] != antecedent[0]
        or para.lowers[antecedent[0]] not in _INDEFINITE_OPENERS
    ):
        return tokens  # "Obama rebuked critics who say": the description is no subject
    cues = [c for c in range(w + 1, min(qi, w + _WINDOW)) if c in para.cues]
    if len(cues) < 2 or cues[-1] - w <= 3:
        return tokens  # "an aide who said": the clause's own cue
    return antecedent


def _outer_subject(para: _Paragraph, found: tuple[int, int], floor: int) -> tuple[int, int] | None:
    """The speaker reporting another's speech: ``critics say he had proposed to``.

    Also ``Cruz has railed against what he calls``: the sentence's subject.
    """
    k = found[0]
    pronoun = found[0] == found[1] and para.lowers[k] in _REPORTED_PRONOUNS
    b = k - 1
    if b > floor and para.lowers[b] == "that":
        b -= 1
    if para.lowers[b] in {"what", "whom"}:
        if not pronoun:
            return None
        main = para.subject(floor, b)
        if (
            main is not None
            and main[1] < b
            and (_person_like(para, main) or _speaker_head(para.texts[main[1]]))
        ):
            return main
        return None
    outer = next((i for i, (_cue, last) in para.cues.items() if last == b), None)
    if outer is None:
        if pronoun and para.lowers[k] in _THIRD_PERSON:
            _note_antecedent(para, k, floor)
        if not pronoun:
            return _reporter(para, k, floor)
        return None
    main = para.np_before(outer, floor)
    if main is None and outer - 1 >= floor and para.lowers[outer - 1] == "and":
        main = _first_predicate_subject(para, outer - 1)
    return main


def _first_predicate_subject(para: _Paragraph, conj: int) -> tuple[int, int] | None:
    """``Jo Lind called the plan "..." and said Democrats would``: the subject of
    the cue before *and* (token *conj*) in its sentence, the subject of the
    second predicate too, when it is a name or a speaker noun."""
    start = para.sentence_start(conj)
    at = bisect_left(para.cue_order, conj) - 1
    if at < 0 or para.cue_order[at] < start:
        return None
    earlier = para.cue_order[at]
    if any(para.kinds[i] != _WORD and para.texts[i] != "," for i in range(start, earlier)):
        return None  # (no quote before the first cue)
    main = para.np_before(earlier, start)
    if main is None or not (_person_like(para, main) or _speaker_head(para.texts[main[1]])):
        return None
    return main


def _interjected(para: _Paragraph, comma: int, cue: int) -> tuple[int, int] | None:
    """``Acme, Tom Lind said, called it "..."``: the subject of an attribution set
    off by commas between a subject (ending before token *comma*) and its cue."""
    texts = para.texts
    if texts[comma] != "," or cue - comma > 8:
        return None
    said = cue - 2
    if said not in para.cue_ends:
        return None
    first = next((i for i, (_c, last) in para.cues.items() if last == said), -1)
    if first <= comma + 1 or texts[comma:cue].count(",") != 2:
        return None
    found = para._np_forward(comma + 1, first)
    if found is None or found[1] != first - 1 or not _person_like(para, found):
        return None
    return found


#: How many tokens back :func:`_reporter` looks for the cue that reports a clause.
_REPORT_REACH = 12


def _reporter(para: _Paragraph, k: int, floor: int) -> tuple[int, int] | None:
    """``Lind said he is certain Berg will continue to be "..."``: the reporter.

    A noun phrase at token *k* that is the subject of a clause inside the
    complement of an earlier cue, with no comma, quote, *and* or *but*
    between them, speaks through that cue's subject (a name or a speaker noun).
    """
    lowers = para.lowers
    ends = {last: first for first, (_cue, last) in para.cues.items() if last < k}
    clause = lowers[k] == "who"  # a clause word stands between the cue and the phrase
    for b in range(k - 1, max(floor, k - _REPORT_REACH) - 1, -1):
        low = lowers[b]
        if para.kinds[b] != _WORD or low in {"and", "but", "or"}:
            return None
        if low in _ADVERBIAL_OPENERS and lowers[b - 1] != "that":
            return None  # "Kent tweeted after Lind argued that": Lind's own clause
        if b not in ends:
            clause = clause or low in _STOP or _bare_pronoun(low) in PERSON_PRONOUNS
            continue
        found = para.np_before(ends[b], floor)
        if clause and found is not None and _person_like(para, found):
            return found
        return None
    return None


def _bare_pronoun(low: str) -> str:
    """``he's`` and ``he\u2019d`` without their contraction: ``he``."""
    return low.replace("\u2019", "'").split("'")[0]


#: Words that open an adverbial clause, not a reported one (``tweeted after X argued``).
_ADVERBIAL_OPENERS = _REDUCED_CLAUSE | {"as", "because", "since", "although", "though"}


#: Words that open an embedded question (``asked whether the mayor had called``):
#: a cue inside it reports nothing a pronoun after the question says.
_EMBEDDED_QUESTION_OPENERS = frozenset({"whether", "if", "why", "how"})


def _note_antecedent(para: _Paragraph, k: int, floor: int) -> None:
    """``Rubio said that over five days he has begun "..."``: *he* is Rubio.

    A pronoun that speaks inside what an earlier cue of its sentence reports
    stands for that cue's subject (a name or a speaker noun, not a pronoun):
    the pronoun stays the mention and the subject gives its name.
    """
    for j in range(k - 1, floor - 1, -1):
        if para.kinds[j] == _QUOTE:
            return
        if j not in para.cues:
            continue
        main = para.np_before(j, floor)
        if main is None:
            return
        head_at = main[1]
        if (
            main[0] > floor
            and para.lowers[main[0] - 1] in _EMBEDDED_QUESTION_OPENERS
            and "," in para.texts[j:k]
        ):
            return  # "Pressed on whether the president had called ..., she said": asked about
        gender = PERSON_PRONOUNS.get(para.lowers[k])
        if (
            gender is not None
            and (
                # "In a statement read by his lawyer, he said": a document is no "he"
                (para.texts[head_at].islower() and _bare(para.lowers[head_at]) in _DOCUMENT_WORDS)
                or _OBJECT_PRONOUNS[gender] in para.lowers[j:k]  # "pressed her on why she"
                or _first_name_gender(" ".join(para.texts[max(main[0], main[1] - 1) : main[1] + 1]))
                not in (None, gender)  # "Kevin Ortiz said she": no antecedent
            )
        ):
            return
        if para.lowers[head_at] not in SUBJECT_PRONOUNS and (
            _person_like(para, main) or _speaker_head(para.texts[main[1]])
        ):
            para.antecedents[k] = main
        return
    _interjected_antecedent(para, k, floor)


def _interjected_antecedent(para: _Paragraph, k: int, floor: int) -> None:
    """``Lind plans to retire, and, she said, to "..."``: *she* is Lind.

    A pronoun whose cue is set off by commas right after *and* or *but*, in a
    sentence with no cue before it, goes on with the subject's own predicate:
    it stands for the sentence's subject, a name (not a pronoun, not a place,
    not one whose first name is of the other gender).  Set off anywhere else
    (``Smith, she said, was "..."``), the subject is what it reports on.
    """
    texts = para.texts
    cue = para.cues.get(k + 1)
    if (
        k - 2 <= floor
        or texts[k - 1] != ","
        or para.lowers[k - 2] not in {"and", "but"}
        or cue is None
        or cue[1] + 1 >= len(texts)
        or texts[cue[1] + 1] != ","
    ):
        return
    main = para.subject(floor, k - 1)
    if main is None or main[1] >= k - 1 or para.lowers[main[0]] in SUBJECT_PRONOUNS:
        return
    last = main[0]
    while last < main[1] and para._cap(last + 1):
        last += 1
    main = (main[0], last)  # "Lind plans": the name, not a noun after it
    name = " ".join(texts[max(main[0], main[1] - 1) : main[1] + 1])
    if (
        _person_like(para, main)
        and para._name_word(main[1])
        and not is_known_place(" ".join(texts[main[0] : main[1] + 1]))
        and _first_name_gender(name) in (None, PERSON_PRONOUNS.get(para.lowers[k]))
    ):
        para.antecedents[k] = main


#: The object pronoun of each gender: one between a cue and a subject pronoun
#: of its gender is who the pronoun stands for, not the cue's subject.
_OBJECT_PRONOUNS = {"male": "him", "female": "her"}


#: Pronouns that can stand for the subject of an earlier cue.
_THIRD_PERSON = frozenset({"he", "she", "they", "it"})


def _also_reports(para: _Paragraph, first: int, cue: int, end: int) -> bool:
    """Whether the sentence from token *first* (the one after a quote that is a
    whole sentence, with no cue) opens with a subject of one to four words, then *also* and the
    cue at *cue*, and holds no quote of its own up to *end* (``"... will aid Acme."
    He also noted that energy earnings ...``): the same speaker goes on reporting,
    so the quote is theirs too."""
    return (
        first == para.starts[first]
        and 2 <= cue - first <= 5
        and para.lowers[cue - 1] == "also"
        and para.kinds[first - 1] == _QUOTE
        and para.starts[first - 1] == first - 1  # (a quote that is its sentence)
        and _QUOTE not in para.kinds[first:end]
    )


def _closes_attribution(para: _Paragraph, cue_last: int) -> bool:
    """Whether a cue ends its clause (``Mr Smith said.``), so it can look back.

    A cue followed by its own content (``said he would``) or by a quote of its
    own (``He added, "..."``) attributes what follows it, not the quote before;
    so does a request (``has asked the council to act``).
    """
    texts, kinds = para.texts, para.kinds
    nxt = cue_last + 1
    if para.lowers[cue_last] in LISTENER_FORMS:
        nxt = _after_listener(para, nxt)  # "asked reporters.", "told Britain's ITV in"
        if (
            cue_last + 1 < nxt < len(texts) - 1
            and para.lowers[nxt] == "to"
            and kinds[nxt + 1] == _WORD
            and texts[nxt + 1].islower()
            and texts[nxt + 1] not in _DETERMINERS
        ):
            return False  # "urged the council to act": a request, a clause of its own
    while nxt < len(texts) and kinds[nxt] == _WORD and para._skippable(nxt):
        if para.lowers[nxt] in _PREPOSITIONS and not (
            nxt + 1 < len(texts) and para.lowers[nxt + 1] in _WHEN
        ):
            break  # "said on Twitter" closes; "said on Monday that" goes on
        nxt += 1  # "said pleasantly", "said again"
    if nxt >= len(texts):
        return True
    if para.kinds[nxt] == _PUNCT and para.texts[nxt] in ",:" and nxt + 1 < len(texts):
        return kinds[nxt + 1] != _QUOTE
    if para.kinds[nxt] == _WORD:
        return para.lowers[nxt] in _AFTER_CLOSED_CUE
    return para.kinds[nxt] == _PUNCT


#: Words that open an adverbial clause after a closed cue (``X said as he left``).
_CLAUSE_AFTER_CUE = frozenset({"after", "during", "while", "when", "as", "before"})


def _after_listener(para: _Paragraph, first: int) -> int:
    """The token after the listener object of ``told``/``asked`` at *first*, or *first*.

    The object is a name and a few words (``Britain's ITV television
    station``), a determiner and a few words (``the real estate mogul``) or an
    object pronoun or plural noun (``reporters``); it stops at a preposition,
    a time word, a pronoun or a determiner (``told reporters the plan ...``).
    """
    texts, kinds = para.texts, para.kinds
    end = min(len(texts), first + 7)
    if first >= end or kinds[first] != _WORD:
        return first
    low = para.lowers[first]
    if low in {"him", "her", "them", "me", "us"} or (
        low.endswith("s") and texts[first].islower() and _speaker_head(low)
    ):
        return first + 1
    if not para._name_word(first) and low not in _DETERMINERS:
        return first
    j = first + 1
    while j < end and kinds[j] == _WORD:
        word = para.lowers[j]
        if word in _LISTENER_STOP or (para._skippable(j) and not para._cap(j)):
            break
        j += 1
    return j


#: Words that end a listener object (``told reporters the``, ``asked him when``).
_LISTENER_STOP = _PREPOSITIONS | _WHEN | _STOP | _DETERMINERS | SUBJECT_PRONOUNS | _CLAUSE_AFTER_CUE


#: Words before a weak cue form that make it a noun (``the report``, ``to report``).
_NOUN_MARKERS = _DETERMINERS | {"to", "of", "in", "on", "for", "a", "an", "this", "that", "no"}
#: Words before a weak form that make it a noun of speech (``made similar
#: claims``, ``such remarks``, ``repeated warnings``): no cue.
_SPEECH_NOUN_MARKERS = frozenset(
    {"made", "make", "makes", "making", "similar", "such", "same", "earlier", "previous",
     "repeated", "further", "false", "baseless", "unfounded", "recent"}
)  # fmt: skip
#: Lower-case words inside a name (``Bank of England``, ``Charles de Gaulle``).
_NAME_LINKS = _CONNECT | _PARTICLES
#: Occasions where words are said, after *at* (``the skipper at the post-match
#: presentation``): where the speaker spoke, not whom they speak for.
_OCCASION_NOUNS = frozenset(
    {"presentation", "conference", "briefing", "rally", "ceremony", "launch", "vigil",
     "funeral", "hearing", "gathering", "dinner", "reception", "interview", "event",
     "announcement", "meeting", "session", "summit", "forum", "memorial",
     "unveiling", "opening", "celebration", "parade"}
)  # fmt: skip
#: Particles of a surname that may open a clause in lower case (``van Leeuwen said``).
_OPENING_PARTICLES = frozenset({"van", "von", "de", "der", "den", "du", "del", "ter", "ten"})
#: Linking words that cannot open a name (it starts after them).
_CONNECT_NOT_THE = _CONNECT - {"the"}
#: Capitalised function words that are no determiner (a subject never ends on one).
_FUNCTION_NOT_DETERMINERS = _FUNCTION_CAPS - _DETERMINERS
#: Role words that open a noun phrase (``president``, not ``of``).
_ROLE_OPENERS = ROLE_WORDS - _CONNECT
#: Cues after *as* in a passive report (``was quoted as saying``).
_AS_CUES = frozenset({"saying", "telling", "writing", "stating", "describing", "calling"})
#: Their past participles after ``as having`` (``quoted Lind as having said``).
_HAVING_CUES = frozenset({"said", "told", "written", "stated", "described", "called"})
#: Participles of a passive report before *as* (``was quoted as saying``).
_AS_PARTICIPLES = frozenset(
    {"quoted", "cited", "reported", "heard", "overheard", "recorded", "filmed", "paraphrased"}
)
#: Forms of *be* before a passive participle.
_PASSIVE_BE = frozenset({"is", "are", "was", "were", "been", "being", "be"})
#: How many tokens a passive report's agent spans (``by the Interfax news agency``).
_PASSIVE_AGENT_REACH = 12
#: Words that join the parts of an office in capitals (``Speaker of the House``).
_OFFICE_JOINS = frozenset({"of", "for", "and"})
#: Words inside an office in capitals (``Speaker of the House``).
_OFFICE_INNER = _OFFICE_JOINS | {"the"}
#: :data:`_STOP` less *of* (``Secretary of State``) and less *the*.
_STOP_NOT_OF = _STOP - {"of"}
#: Portfolios that *and* joins to another one in an office's name
#: (``Securities and Exchange Commission``, ``Energy and Mines Minister``).
_JOINED_PORTFOLIOS = PORTFOLIO_WORDS | {"securities", "trade", "commerce", "ways"}
#: The chambers whose committees' offices open a run (``House Ways and Means``).
_CHAMBERS = frozenset({"House", "Senate", "Assembly"})
#: The sides of a chamber that own its leaders' roles (``Senate Republican leader``).
_CHAMBER_SIDES = frozenset({"Republican", "Democratic", "Majority", "Minority"})
#: Role words that *and* joins to a second role of one person (``chairman and
#: chief executive``); not the links of an office (``of``, ``the``, ``and``).
_JOINED_ROLE_WORDS = ROLE_WORDS - _ROLE_LINKS
_STOP_NOT_THE = _STOP - {"the"}
#: Particles and *of*, which a name may hold between capitalised words.
_PARTICLES_OF = _PARTICLES | {"of"}
#: Words that end the lower-case role words before a name (``co-host Stu Burguiere``).
_ROLE_BREAKS = _STOP | _PREPOSITIONS | QUOTE_STOP_CUES | _WHEN
#: Subject pronouns that can report what another says (not *who*, *this*, *that*).
_REPORTED_PRONOUNS = SUBJECT_PRONOUNS - {"who", "this", "that"}
#: Words after a cue that close its clause (``said on Twitter``, ``said as he left``).
_AFTER_CLOSED_CUE = _WHEN | _PREPOSITIONS | _CLAUSE_AFTER_CUE


#: Pronouns that stand for people.
_PERSONAL = frozenset({"he", "she", "i", "we", "they"})

#: Modal contractions after a pronoun (``he'd``, ``she\u2019ll``).
_MODAL_CONTRACTIONS = ("'d", "\u2019d", "'ll", "\u2019ll")


#: Pronouns after *of* in a partitive subject (``one of them``).
_OF_PRONOUNS = frozenset({"them", "us", "those", "these"})
#: Words that count people in a partitive subject (``one of them``).
_QUANTIFIERS = frozenset(
    {"one", "two", "three", "four", "some", "many", "most", "several", "each", "all",
     "none", "both", "few", "neither", "either", "another", "others"}
)  # fmt: skip

#: Conjunctions and adverbs before a sentence's subject (``But perhaps Kent ...``,
#: ``Here's Kent in 1992: "..."``).
_BEFORE_SUBJECT = frozenset(
    {"but", "and", "so", "yet", "then", "still", "also", "perhaps", "maybe", "indeed",
     "here's", "here\u2019s"}
)  # fmt: skip

#: Quantifiers that are no numbers (``many``, ``both``): they head a phrase alone.
_WORD_QUANTIFIERS = _QUANTIFIERS - {"one", "two", "three", "four"}


#: A party and state after a name, set off by commas: ``D-Mass``, ``R-Ohio.``.
_PARTY_TAG = regex.compile(r"[DRI]-[A-Z][A-Za-z.]{1,12}")


def _party_in(texts: Sequence[str], open_at: int) -> bool:
    """Whether the bracket opening at token *open_at* holds a party and state (``D-Ohio``)."""
    inside = texts[open_at + 1] if open_at + 1 < len(texts) else ""
    return inside[:2] in _PARTY_MARKS and inside[2:3].isupper()


#: How a party and state open in brackets after a name (``(D-Ohio)``, ``(R-OH)``).
_PARTY_MARKS = frozenset({"D-", "R-", "I-", "D\u2013", "R\u2013", "I\u2013"})


def _a_place(para: _Paragraph, found: tuple[int, int]) -> bool:
    """Whether the phrase *found* is a US state or a listed city (``Oklahoma``, ``Tulsa``)."""
    if found[1] - found[0] > 1:
        return False
    words = " ".join(para.texts[found[0] : found[1] + 1])
    return words in US_STATE_NAMES or is_known_place(words, names_too=False)


def place_set_off(para: _Paragraph, found: tuple[int, int]) -> int:
    """The token after the phrase *found* when it is a place set off by a comma,
    as a dateline or an address sets it off (a listed place, or a name before a
    state and a comma: ``Dayton, Ohio,``), else -1."""
    texts = para.texts
    comma = found[1] + 1
    if comma >= len(texts) or texts[comma] != ",":
        return -1
    after = comma + 1
    if after + 1 < len(texts) and texts[after + 1] == "," and _a_state(para, (after, after)):
        return after + 2  # "Dayton, Ohio,"
    return after if _a_place(para, found) else -1


def _a_state(para: _Paragraph, found: tuple[int, int]) -> bool:
    """:func:`_a_place`, or a state's abbreviation (``Calif.``)."""
    return (found[0] == found[1] and para.texts[found[0]] in US_STATES) or _a_place(para, found)


def _resumed(para: _Paragraph, s0: int, cue: int, qi: int) -> bool:
    """Whether the quote at token *qi* goes on the quote that opens its sentence
    (from *s0*) after the attribution between them, whose only cue is the one at
    token *cue*: ``"We tried," Ms Hale said, "and we will try again."`` (not
    ``"...," she said, adding that it "..."``)."""
    kinds = para.kinds
    return (
        kinds[s0] == _QUOTE
        and para.texts[s0] == ","
        and para.texts[qi - 1] == ","
        and s0 < cue < qi
        and _QUOTE not in kinds[s0 + 1 : qi]
        and not para.has_cue(s0 + 1, cue)
    )


def _sentence_after_listener(para: _Paragraph, cue: int, last: int, qi: int, end: int) -> bool:
    """Whether the quote at token *qi* is a whole sentence that ends its own (which
    ends at *end*) right after the listener of a form of *tell* at *cue*, with no
    colon (``he told the annual forum of the Trade Association "We are looking
    at acquisitions."``): words only between, none a cue nor an auxiliary, no
    noun phrase opening but after a preposition, at most :data:`_LISTENER_REACH`;
    the quote is direct, as after a colon."""
    return (
        para.lowers[cue] in _TELL_FORMS
        and 1 <= qi - last - 1 <= _LISTENER_REACH
        and qi + 1 == end
        and para.texts[qi] in ".!?"
        and not _opens_lower(para, qi)
        and all(para.kinds[k] == _WORD and para.lowers[k] not in _AUX for k in range(last + 1, qi))
        and not para.has_cue(last + 1, qi)
        # ("told reporters the plan "Will fail."": a clause's subject, no listener)
        and not any(
            para.lowers[k] in _LISTENER_CLAUSE_OPENERS and para.lowers[k - 1] not in _PREPOSITIONS
            for k in range(last + 2, qi)
        )
    )


#: Forms of *tell*, whose listener may stand between the cue and a quoted sentence.
_TELL_FORMS = frozenset({"told", "tells", "tell", "telling"})
#: Words that open a noun phrase: after a listener, not after a preposition, a clause.
_LISTENER_CLAUSE_OPENERS = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those"}
)
#: Words at most in the listener between a form of *tell* and its quoted sentence.
_LISTENER_REACH = 12


def _sentence_after_colon(para: _Paragraph, qi: int) -> bool:
    """Whether the quote at token *qi* is a whole sentence right after a colon or comma.

    ``told state television: "Half the town is gone."`` (or ``said in a
    statement, "Sales rose."``) quotes the words as they were said, however
    many words stand between the cue and the colon.
    """
    return (
        qi > 0
        and para.texts[qi - 1] in ":,"
        and para.texts[qi] in ".!?"
        # (three characters: an NYT-style opening ``''`` is two)
        and para.text[para.token_start[qi] : para.token_start[qi] + 3]
        .lstrip("\"'`\u201c\u2018\u00ab\u201e ")[:1]
        .isupper()
    )


def _opens_lower(para: _Paragraph, qi: int) -> bool:
    """Whether the quote at token *qi* opens with a lower-case word (it goes on a clause)."""
    start = para.token_start[qi]
    # (four characters: an NYT-style opening ``''`` is two)
    inner = para.text[start : start + 4].lstrip("\"'`\u201c\u2018\u00ab\u201e ")
    return inner[:1].islower()


def _person_like(para: _Paragraph, found: tuple[int, int]) -> bool:
    """A pronoun for a person or a name (not an organisation)."""
    first, last = found
    texts = para.texts
    low = para.lowers[first]
    if first == last and low.replace("\u2019", "'").split("'")[0] in _PERSONAL:
        return True  # "he", "He's"
    words = texts[first : last + 1]
    if first == last and para.starts[first] == first and para.common_word(first):
        return False  # "Perhaps", "It's": a word capitalised at a sentence start
    return para._cap(last) and low not in _DETERMINERS and not _is_org(words)


#: How far back (words) the form of *add* whose object holds a quote may stand.
_ADDED_REACH = 8
#: Words that open a clause of its own inside an object (the quote is the clause's).
_OWN_CLAUSE_WORDS = frozenset(
    {"that", "which", "who", "whom", "whose", "saying", "and", "but", "because", "when", "as"}
)


#: Nouns that mention a word as a word right before it (``the word "no"``).
_WORD_NOUNS = frozenset({"word", "phrase", "term", "expression", "letter", "letters"})
#: Words of using, saying or taking back a word: a word someone uses is quoted
#: from them (``used the phrase "open door"``, ``her use of the term``, ``prefer the
#: term``, ``removed the word "mob"``).
_WORD_USES = frozenset(
    {"use", "uses", "used", "using", "say", "says", "said", "saying", "utter", "utters",
     "uttered", "uttering", "repeat", "repeats", "repeated", "repeating", "prefer",
     "prefers", "preferred", "like", "likes", "liked", "dislike", "disliked", "coin",
     "coins", "coined", "coining", "invoke", "invokes", "invoked", "invoking", "employ",
     "employs", "employed", "employing", "shout", "shouted", "shouting", "chant", "chanted",
     "chanting", "yell", "yelled", "tweet", "tweeted", "write", "wrote", "written",
     "apply", "applied", "applies", "applying", "adopt", "adopted", "embrace", "embraced",
     "popularized", "popularised", "favor", "favors", "favored", "favour", "favoured",
     "mentioned", "spoken",
     # or took back (the word was theirs: 'edited her post to remove the word "mob"')
     "remove", "removed", "removing", "delete", "deleted", "deleting", "retract",
     "retracted", "withdraw", "withdrew", "withdrawn", "drop", "dropped", "regret",
     "regretted", "regrets"}
)  # fmt: skip


_BE_FORMS = frozenset({"was", "were", "is", "are", "has", "had", "have", "been", "be"})


def _word_mentioned(para: _Paragraph, qi: int) -> bool:
    """Whether the quote token *qi* is a word mentioned as a word, right after
    *the word*, *the phrase*, *the term*, *the expression* or *the letters*
    (``counted the word "no" 23 times``, ``a play on words with the phrase``): no
    one's speech, whoever is near, unless a verb of using or saying it stands in
    the two words before (``used the phrase "open door"``, ``her use of the term``,
    ``refused to say the word "sorry"``) or in a passive right after it (``the word
    "shutdown" was mentioned``), which quotes the one who uses it."""
    if qi < 2 or para.lowers[qi - 1] not in _WORD_NOUNS or para.lowers[qi - 2] != "the":
        return False
    if _in_that_clause(para, qi - 2):
        return False  # 'argued that the word "envelope" could mean anything': the cue's
    after = qi + 1  # (or a passive after it: 'the word "shutdown" was mentioned')
    passive = after < len(para.texts) and para.lowers[after] in _BE_FORMS
    return not any(
        para.kinds[at] == _WORD and para.lowers[at] in _WORD_USES
        for at in chain(
            range(max(0, qi - 4), qi - 2),
            range(after + 1, min(len(para.texts), after + 3)) if passive else (),
        )
    )


#: At most this many words between a cue and the ``that`` of its clause
#: (``argued in his cross-examination that``).
_THAT_REACH = 4


def _in_that_clause(para: _Paragraph, at: int) -> bool:
    """Whether token *at* opens the clause a cue opens with ``that`` right before
    it (``argued in his cross-examination that the word "envelope" could mean
    anything``), in its sentence: what the clause quotes is the cue's subject's."""
    that = at - 1
    if that < 1 or para.lowers[that] != "that":
        return False
    s0 = para.sentence(at)[0]
    for last in range(that - 1, max(s0, that - 2 - _THAT_REACH), -1):
        if para.kinds[last] != _WORD:
            return False
        if last in para.cue_ends:
            return True
    return False


def _thing_added(para: _Paragraph, qi: int) -> bool:
    """Whether the quote token *qi* is in the object of a form of *add* that takes
    a thing (:meth:`_Paragraph._adds_a_thing`: ``Acme added "irregardless" in
    2019``, ``added a second meaning of "literally"``), with only words between:
    a word added is no speech, whoever adds it (``she added a caveat: "..."``
    still reports)."""
    for at in range(qi - 1, max(-1, qi - 1 - _ADDED_REACH), -1):
        if para.kinds[at] != _WORD or para.lowers[at] in _OWN_CLAUSE_WORDS:
            return False  # 'added a clause that "puts residents first"': its own clause
        if para.lowers[at] in _ADD_FORMS:
            return para._adds_a_thing(at)
    return False


def _sign_to_carrier(para: _Paragraph, result: _Found) -> _Found | None:
    """A sign is no speaker: the words of a sign that a carrier's verb holds
    (``Ann Berg held up a sign saying "..."``, ``she carried signs saying``) are the
    carrier's, the subject right before that verb, and no one's when no subject
    stands there.  A sign with no carrier's verb before it (``The sign read``) is
    left to :func:`unspoken_signs`."""
    tokens, cue, kind = result
    if tokens is None or _sign_carrier(para, tokens[1]) < 0:
        return result
    carrier = _carrier_subject(para, tokens[1])
    return None if carrier is None else (carrier, cue, kind)


class _Attributed(NamedTuple):
    """What :func:`attribute` finds, for :func:`resolve_speakers`."""

    #: the speaker mention of every attributed segment, keyed by its start
    found: dict[int, Attribution]
    #: the offsets of each cue subject's :class:`_Event`, four by four
    events: array[int]
    #: the paragraphs without quotes whose cue subjects are not in *events*
    #: yet (indices, in order): read only if a pronoun after them may need them
    unread: list[int]


def attribute(
    text: str, paragraphs: Sequence[Paragraph], segments: Sequence[Sequence[Segment]]
) -> _Attributed:
    """Find the speaker mention of every quoted segment (keyed by its start).

    Also gives every cue subject in the article, quoted or not, as events
    for pronoun resolution.  Reading stops after the paragraph that follows
    the last quote (it may credit the quote): a cue subject after every
    speaker cannot resolve any of them.  A paragraph with more than
    :data:`_MAX_QUOTES` quoted segments (a list or data) is not read: a
    paragraph of thousands of quotes costs no more than finding its marks.
    A paragraph without quotes gives its cues' subjects as events and may
    hand its speaker on, nothing else: it is read only when a later quote
    takes the speaker handed on (:func:`_hand_on`); its events, only when a
    pronoun after it needs them (:func:`resolve_speakers`).
    """
    found: dict[int, Attribution] = {}
    events = array("q")  # the offsets of each event's _Event, four by four
    last_speaker: Attribution | None = None
    # paragraphs without quotes since last_speaker was set, not read yet: each
    # may hand on its speaker in its place
    pending: list[int] = []
    unread: list[int] = []  # paragraphs without quotes whose speaker no quote took
    #: the last two paragraphs' last attributed quotes, with their paragraph's number:
    #: an exchange of questions and answers
    turns: list[tuple[int, Attribution]] = []
    last_quoted = next((i for i in range(len(segments) - 1, -1, -1) if segments[i]), -1)
    labels = _Labels(text, paragraphs, segments)
    colons = ":" in text  # (a transcript label needs one)
    for index, paragraph in enumerate(paragraphs):
        if index > last_quoted + 1 or last_quoted < 0:
            break
        segs = segments[index]
        if (not segs and len(paragraph.text) > _LONGEST_PLAIN) or len(segs) > _MAX_QUOTES:
            last_speaker = None
            unread += pending
            pending.clear()
            continue  # no quotes and too long, or a list of quotes: not prose, not read
        if not segs:
            pending.append(index)  # read when a quote takes the speaker it hands on
            continue
        # "PENCE: ...": the label speaks (read only when _label_colon's own
        # first tests pass: a capital opens the quote, a colon is near)
        opening = segs[0].start
        label = (
            _transcript_label(labels, index)
            if colons
            and text[opening : opening + 1].isupper()
            and text.find(":", opening, min(segs[0].end, opening + _LABEL_REACH)) > opening
            else None
        )
        # 'A: "..."': the label of an interview's turn before the quote
        asked = (
            _asking_turn(labels, index)
            if text[paragraph.span.start : paragraph.span.start + 1] in _ASKING_LABELS
            and text[paragraph.span.start + 1 : paragraph.span.start + 2] in {":", "."}
            else None
        )
        if asked is not None:
            label = asked if isinstance(asked, Attribution) else None
        # 'ADEBAYO: "..."', '**Adebayo:** "..."': a name's label before the quote
        outer = (
            _outer_label(labels, index)
            if asked is None
            and colons
            and text[paragraph.span.start : paragraph.span.start + 1] in _OUTER_LABEL_FIRSTS
            and text.find(":", paragraph.span.start, segs[0].open_start) > 0
            # 'Q: "..."': the one who asks, or no one named (nobody's), not the colon's "Q"
            else asked
        )
        if (
            outer is None
            # (a dash one or two spaces before the mark: one test first)
            and (
                text[segs[0].open_start - 2 : segs[0].open_start - 1] in _LABEL_DASHES
                or text[segs[0].open_start - 3 : segs[0].open_start - 2] in _LABEL_DASHES
            )
            and text[paragraph.span.start : paragraph.span.start + 1] in _OUTER_LABEL_FIRSTS
            and _DASH_LABEL.fullmatch(text, paragraph.span.start, segs[0].open_start)
        ):
            outer = _dash_label(labels, index)  # 'ADEBAYO — "..."': a name's label too
        if (pending or last_speaker is None) and _quotes_only(text, paragraph, segs):
            if pending:  # (with none pending, _hand_on gives last_speaker back)
                last_speaker = _hand_on(text, paragraphs, pending, last_speaker, events)
            if last_speaker is None and label is None:
                next_paragraph = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
                if (
                    next_paragraph is None
                    # (the first character of every credit line: a cheap test first)
                    or text[next_paragraph.span.start : next_paragraph.span.start + 1]
                    not in _CREDIT_FIRSTS
                    or not (
                        _lead_credit(text, next_paragraph) or _dash_credit(text, next_paragraph)
                    )
                ):
                    # nothing but quotes, no speaker to carry on and no credit line
                    # after it: no cue, no subject, nothing to attribute or hand on
                    continue
        para = _Paragraph(text, paragraph, segs)
        _add_events(para, events)
        _add_opening_subject(para, events)
        _add_sentence_subject(para, events)
        _add_surname_subject(para, events)
        _add_kin_subject(para, events)
        _add_for_subject(para, events)
        direct: list[Attribution | None] = []
        cued: list[tuple[str | None, str] | None] = []
        terms = [_term_like(text, seg, para, para.quote_index[si]) for si, seg in enumerate(segs)]
        para.terms = frozenset(compress(para.quote_index, terms))
        for si in range(len(segs)):
            attribution: Attribution | None = None
            cue_only: tuple[str | None, str] | None = None
            if not terms[si]:
                result = _attribute_one(para, para.quote_index[si])
                if (
                    result is not None
                    and result[0] is not None
                    and para.lowers[result[0][1]] in SIGN_NOUNS
                ):
                    result = _sign_to_carrier(para, result)  # "held up a sign saying"
                    # (a sign held by no one named is no one's: not the quote's before)
                    terms[si] = result is None
                if result is not None:
                    tokens, cue, kind = result
                    if tokens is None:
                        cue_only = (cue, kind)
                    elif (
                        si == 0
                        and outer is not None
                        and (cue is None or para.token_start[tokens[1]] < segs[0].open_start)
                    ):
                        # the label, not the colon before the quote nor a word of the
                        # label read as a cue ("Key points:"), names its speaker
                        attribution = outer if isinstance(outer, Attribution) else None
                    else:
                        tokens = _restrictive_antecedent(para, tokens, para.quote_index[si])
                        attribution = Attribution(para.speaker(*tokens), cue, kind)
                elif si == 0 and isinstance(outer, Attribution):
                    attribution = outer
            if si == 0 and label is not None and attribution is None and cue_only is None:
                attribution = label  # no cue of its own: its label names the speaker
            direct.append(attribution)
            cued.append(cue_only)
        credit = _credit_line(text, paragraphs, index, para)
        # (a quote of the paragraph with a cue of its own: the dash line after it
        # signs a live page's post, "— Ana Delgado", and credits none of its quotes)
        if credit is not None and not any(direct):
            direct = [d if d is not None or terms[si] else credit for si, d in enumerate(direct)]
        # quotes without a cue of their own: the paragraph's other quotes,
        # then the speaker carried over from the paragraph before
        previous: list[Attribution | None] = [None] * len(segs)
        following: list[Attribution | None] = [None] * len(segs)
        for si in range(1, len(segs)):
            previous[si] = direct[si - 1] or previous[si - 1]
        for si in range(len(segs) - 2, -1, -1):
            following[si] = direct[si + 1] or following[si + 1]
        for si, segment in enumerate(segs):
            if direct[si] is not None or terms[si]:
                continue
            if (cued[si] is None and not _utterance(text, segment)) or _cited_text(
                para, para.quote_index[si]
            ):
                continue  # (a line cited, "The line "..." is", is no one's carried over)
            if si == 0 and (asked is False or outer is False):
                # an interview's turn of no one named, or a note's label
                # ("Update:"): nobody carried over
                continue
            before = previous[si]
            after = following[si]
            own = cued[si]
            if before is not None and own is not None:
                # "said that it '...' but warned that X '...'": its own cue and kind,
                # the speaker of the quote before it
                direct[si] = Attribution(before.speaker, own[0], own[1])
            elif before is not None:
                direct[si] = _as_direct(before, para, para.quote_index[si])
            elif after is not None and si == 0 and para.quote_index[si] == 0:
                direct[si] = _as_direct(after)
            elif (earlier := _previous_sentence_subject(para, para.quote_index[si])) is not None:
                direct[si] = earlier
            elif (named_before := _previous_sentence_name(para, para.quote_index[si])) is not None:
                direct[si] = named_before
            else:
                last_speaker = _hand_on(text, paragraphs, pending, last_speaker, events)
                carried = last_speaker if last_speaker is not None else after
                if (
                    own is not None
                    and (led := _OWN_SUBJECT.match(text, paragraph.span.start, segment.start))
                    is not None
                ):
                    # "A bench headed by Justice Amna Baloch said that the mafia
                    # '...'": its own cue's subject, unread, is no one before it;
                    # the one who leads it speaks for it
                    carried = None
                    leader = _leader_tokens(para, led.end() - 1)
                    if leader is not None:
                        direct[si] = Attribution(para.speaker(*leader), own[0], own[1])
                if (
                    carried is not None
                    and carried is last_speaker
                    and len(segs) == 1
                    and len(turns) == 2
                    and turns[0][0] == index - 2
                    and turns[1][0] == index - 1
                    and _turn_back(text, segment, turns[0][1], turns[1][1])
                    and _quotes_only(text, paragraph, segs)
                ):
                    # '"...?" Lindgren asked. / "Some of it," Echeverria said. / "Why
                    # did you do it?"': the one who asks asks again
                    carried = turns[0][1]
                if carried is not None:
                    direct[si] = _as_direct(carried, para, para.quote_index[si])
            if si + 1 < len(segs) and previous[si + 1] is None:
                previous[si + 1] = direct[si]
        for si, segment in enumerate(segs):
            attribution = direct[si]
            if attribution is not None:
                found[segment.start] = attribution
        named = [a for a in direct if a is not None]
        intro = _introduces(para)
        if intro is not None or named or para.cues:
            # the paragraphs before hand on no speaker any more
            unread += pending
            pending.clear()
        if named:
            turns = [*turns[-1:], (index, named[-1])]
        if intro is not None:
            last_speaker = intro
        elif named:
            last_speaker = named[-1]
        elif para.cues:
            last_speaker = _last_subject(para)
    unread += pending
    return _Attributed(found, events, unread)


#: The cues of a question in an exchange (``Lindgren asked``).
_ASKING_CUES = frozenset({"asked", "asks", "pressed", "questioned"})
#: A quote that ends by addressing someone by title and name (``..., Ms. Echeverria.``).
_ADDRESSED = LazyPattern(
    r",[ ](?:Mr|Mrs|Ms|Miss|Dr|Sen|Senator|Judge|Detective|Officer)\.?+[ ]"
    r"(?P<name>\p{Lu}[\p{L}'\u2019\-]++)[.?!]$"
)


#: A question quoted at a paragraph's start that addresses someone by title and
#: name, first or last (``"Mr. Kettleson, do you understand ...?"``, ``"... today,
#: Ms. Fry?"``; in NYT doubles or single marks too), its cue after it.
_ADDRESSED_QUESTION = LazyPattern(
    r"(?:''|``|[\"\u201c\u2018'])(?:(?P<title>Mr|Mrs|Ms|Miss|Dr|Judge|Senator|Sen)\.?+[ ]"
    r"(?P<name>\p{Lu}[\p{L}'\u2019\-]++),[ ][^\"\u201c\u201d\n]{1,300}?\?"
    r"|[^\"\u201c\u201d\n]{1,300}?,[ ](?P<title>Mr|Mrs|Ms|Miss|Dr|Judge|Senator|Sen)\.?+[ ]"
    r"(?P<name>\p{Lu}[\p{L}'\u2019\-]++)\?)(?:''|[\"\u201d\u2019'])[ ,]"
)


def _addressed_before(
    text: str, start: int, starts: Sequence[int], index: dict[str, list[_Person]]
) -> tuple[_Person, str | None] | None:
    """The person (and the gender their title gives) that a question opening the
    paragraph before addresses by title and name, when the paragraph of the
    mention at *start* opens with a quote: the one who answers it (``"Mr.
    Kettleson, do you understand?" the judge asked.`` then ``"I understand," he
    said``); else ``None``."""
    here = bisect_right(starts, start) - 1
    if here < 1 or text[starts[here] : starts[here] + 1] not in ('"', "\u201c", "'", "`", "\u2018"):
        return None
    asked = _ADDRESSED_QUESTION.match(text, starts[here - 1], starts[here])
    if asked is None:
        return None
    person = _lookup(index, asked["name"], start)
    if person is None or person.position > start:
        return None
    return person, _honorific_gender(asked["title"] + ".")


def _turn_back(text: str, segment: Segment, asker: Attribution, answerer: Attribution) -> bool:
    """Whether the quote *segment*, a paragraph of its own with no cue after
    *asker* asked and *answerer* answered, is the asker's again: a question
    (``"Why did you do it?"``) or words addressed by title and name to one
    who is not the asker (``"That is not what I asked you, Ms. Echeverria."``)."""
    if asker.cue not in _ASKING_CUES or asker.speaker.mention == answerer.speaker.mention:
        return False
    inner = text[segment.start : segment.end].rstrip()
    if inner.endswith("?"):
        return True
    addressed = _ADDRESSED.search(inner)
    return addressed is not None and addressed["name"] not in asker.speaker.mention.split()


#: A paragraph that opens with a noun phrase of an article and a name after a
#: participle (``A two-member bench headed by Justice Amna Baloch``) before a
#: quote: the subject of the quote's cue, whom no speaker before it stands for.
_OWN_SUBJECT = LazyPattern(
    r"(?:A|An|The)[ ][^.!?;:\"\u201c\u201d\n]{0,60}?\b\p{Ll}{2,20}?ed[ ]by[ ]\p{Lu}"
)


def _leader_tokens(para: _Paragraph, at: int) -> tuple[int, int] | None:
    """The tokens of the name (with its titles) that starts at offset *at*, after
    ``headed by`` or ``led by`` (``Justice Amna Baloch``): two to five capitalised
    words before a lower-case word, else None."""
    first = bisect_left(para.token_start, at)
    if first >= len(para.token_start) or para.token_start[first] != at:
        return None
    last = first
    while last + 1 < len(para.kinds) and last - first < 4 and para._cap(last + 1):
        last += 1
    if last == first or last + 1 >= len(para.kinds) or not para.texts[last + 1].islower():
        return None
    return (first, last)


def _add_events(para: _Paragraph, events: array[int]) -> None:
    """Add the subject of every cue of *para* to *events* (as :class:`_Event` offsets).

    A cue after a comma has the phrase after it for subject when that phrase ends
    the sentence or opens an appositive (``The bank may wait, argued Tom Moss.``).
    """
    texts = para.texts
    for cue_index in para.cue_order:
        start = para.sentence_start(cue_index)
        if cue_index > start and texts[cue_index - 1] == ",":
            # (the phrase stops at punctuation, so it never leaves the sentence)
            subject = para.inverted_phrase(cue_index, len(texts))
            if (
                subject is not None
                and subject[1] + 1 < len(texts)
                and (texts[subject[1] + 1] in _SENTENCE_STOPS or texts[subject[1] + 1] == ",")
            ):
                events.extend(para.event(*subject))
                continue
        subject = None
        if (
            cue_index - 2 > start
            and para.kinds[cue_index - 1] == _QUOTE
            and _set_off_title(para, cue_index - 1)
        ):
            # 'Jo Lind, who starred in "Harbor Lights," said': a title whose comma
            # closes the clause set off after the subject
            subject = para._before_appositive(cue_index - 1, start)
        if subject is None:
            subject = para.np_before(cue_index, start)
        if subject is None and para.lowers[start] in _ARTICLES:
            # "A statement issued by the conference here said": a document that
            # opens the sentence, whose author no phrase before the cue names
            opening = para.subject(start, cue_index)
            if (
                opening is not None
                and opening[0] == start
                and para.lowers[start] in _ARTICLES
                and _bare(texts[opening[1]]) in _DOCUMENTS  # (one: "it" is its pronoun)
            ):
                subject = opening
        if subject is None or _noun_cue(para, subject, cue_index):
            continue
        if _told_thing(para, subject, cue_index):
            owner = subject[0]
            word = texts[owner]
            if word[:1].isupper() and word.endswith(("'s", "\u2019s")) and word[:-2].isalpha():
                # "Machado's story has been told": the owner is who a pronoun after it is
                start, end = para.token_start[owner], para.token_end[owner] - 2
                events.extend(_Event(start, end, start, end))
            continue
        events.extend(para.event(*subject))
    _add_declined(para, events)


def _set_off_title(para: _Paragraph, token: int) -> bool:
    """Whether the quote token *token* is a term or title whose closing comma sets
    off what stands before it (``who starred in "Harbor Lights,"``)."""
    segment = para.segment_at(token)
    return (
        segment is not None
        and para.text[segment.end - 1 : segment.end] == ","
        and _term_like(para.text, segment, para, token)
    )


#: Auxiliaries before a passive participle (``has been told``, ``was said``).
_PASSIVE_AUX = frozenset({"been", "being", "is", "was", "were", "are", "be"})


def _told_thing(para: _Paragraph, subject: tuple[int, int], cue: int) -> bool:
    """Whether the cue at token *cue* is *told* in the passive after a thing, no
    person (``Machado's story has been told before``, ``the tale was told``): a
    story told is no one who speaks for a pronoun after it."""
    head = para.texts[subject[1]]
    return (
        para.lowers[cue] == "told"
        and para.lowers[cue - 1] in _PASSIVE_AUX
        and subject[0] < subject[1]
        and head.isalpha()
        and head.islower()
        and _bare(head) not in PERSON_NOUNS
        and _bare(head).removesuffix("s") not in PERSON_NOUNS  # ("the voters were told")
    )


#: Verbs that, before ``to comment``, tell a body's answer (``declined to comment``).
_DECLINING = frozenset({"declined", "refused", "declines", "refuses"})


def _add_declined(para: _Paragraph, events: array[int]) -> None:
    """Add to *events* each body that *para* says declined to comment (``The
    water authority declined to comment. In a statement, it said ...``): a body
    that answered so is the ``it`` of a cue after it, though it said nothing
    quoted before.  A person who declined is no such event (a pronoun's person
    is read as before).
    """
    lowers = para.lowers
    if "comment" not in lowers:
        return
    for at, low in enumerate(lowers):
        if low not in _DECLINING or lowers[at + 1 : at + 3] != ["to", "comment"]:
            continue
        subject = para.np_before(at, para.sentence_start(at))
        if subject is None:
            continue
        event = para.event(*subject)
        if _body_name(para.text[event[0] : event[1]], "it"):
            events.extend(event)


def _noun_cue(para: _Paragraph, subject: tuple[int, int], cue: int) -> bool:
    """Whether the cue at token *cue* is a noun after its *subject*: a bare cue
    word (no ``-s``, no ``-ed``) after a phrase opened by *a* (``a major reason``)
    agrees with no singular subject."""
    low = para.lowers[cue]
    return (
        para.lowers[subject[0]] in {"a", "an"}
        and subject[1] + 1 == cue
        and low not in QUOTE_STOP_CUES
        and not low.endswith(("s", "ed"))
    )


def _add_opening_subject(para: _Paragraph, events: array[int]) -> None:
    """Add the name that opens *para* to *events* when a quote opens its next sentence.

    In ``Moore was modest. "The line gave me all day," he said.`` the pronoun is
    Moore's, though no cue follows the name: a first sentence without a cue or a
    quote, opened by a name of at most four words and a lower-case verb, hands its
    subject to the quote after it.
    """
    kinds, texts = para.kinds, para.texts
    if kinds and kinds[0] == _QUOTE:
        # (the cheap test: a paragraph that opens with a quote, most of them, has
        # a quote in its first sentence, so nothing below adds an event: no source
        # stands before the quote, the quote token is never "the", and the name
        # found is added only when the first sentence holds no quote)
        return
    if _add_response_source(para, events) or _add_inverted_subject(para, events):
        return
    first = _described_opening(para)  # "City boss Tom Kent was ...": after the role
    set_off = False
    if not first and kinds:
        first = _set_off_opening(para)  # "The judge, Mr Justice Lee, warned ..."
        set_off = first > 0
    if not first and kinds and kinds[0] == _WORD:
        first = _after_opening_phrase(para)  # "Back in her kitchen, Ms Berg swept up ..."
    # "The Rev. Jo Lind declined ...": an honorific with "the" before it
    titled = not first and len(kinds) > 3 and para.lowers[0] == "the" and _titled_name(para, 1)
    if titled:
        first = 1
    named = 0 if first or not kinds else _named_opening(para)
    if named:
        first = named  # "A retired nurse named Jo Lind has ...": the name after "named"
    last = first
    if not kinds or not para._name_word(first):
        if not first and kinds and para.lowers[0] == "the":
            _add_described_opening(para, events)  # "The judge rejected that. '...,' she said"
            _add_document_opening(para, events)  # "The memo also addresses X. It describes"
        elif not first and kinds and kinds[0] == _WORD:
            _add_described_after_opening(para, events)  # "Asked ..., the premier was blunt."
        return
    reach = first + 4
    while last + 1 < min(len(kinds), reach) and para._name_word(last + 1):
        last += 1
        # a title of two words, or a nationality before one: "Swedish Prime Minister"
        if last + 1 == reach == first + 4 and (
            para.lowers[first] in ROLE_WORDS or para.lowers[first + 1] in ROLE_WORDS
        ):
            reach += 2
    if (
        last + 2 < len(kinds)
        and para.lowers[last + 1] in _PARTICLES
        and para._name_word(last + 2)
        and para.texts[last + 1].islower()
    ):
        last += 2  # "Dhananjaya de Silva"
    verb = last + 1
    if named and verb < len(kinds) and texts[verb] == "," and "," in texts[:named]:
        set_off = True  # "Their nominee, a nurse named Jo Lind, has": the description closes
    if set_off or ((not first or titled) and verb < len(kinds) and texts[verb] == ","):
        # the name's own description or clause set off by commas ("Kent, whose
        # side lost again, refused ...", "The judge, Mr Justice Lee, warned ...")
        verb = _after_set_off(para, verb, first=set_off)
        if verb < 0:
            return
        set_off = True
    if (
        first
        and not set_off
        and verb + 1 < len(kinds)
        and texts[verb] == ","
        and (last == first or texts[verb + 1].isdigit())
    ):
        # a first name alone after role words, set off ("Sous chef Kemi, 24, joined"),
        # or a name's age after an opening phrase ("In the town, Olha Savchuk, 63, swept")
        verb = _after_set_off(para, verb, first=False)
        if verb < 0:
            return
        set_off = True
    if (
        verb >= len(kinds)
        or kinds[verb] != _WORD
        or not texts[verb][:1].islower()
        or verb in para.cues
        or texts[last].endswith(("'s", "'", "\u2019s", "\u2019"))
        or (
            first
            and last == first
            and not set_off
            # (a relative's first name after its owner: "Ferreira's brother Paulo flew")
            and not (first == 2 and para.lowers[1] in FAMILY_NOUNS and texts[0][-1:] == "s")
            # (the surname of one named before, after an opening phrase: "Asked whether
            # Faye would serve, Diallo smiled.")
            and not (
                texts[first - 1] == ","
                and _named_before(para.text, para.token_start[first], texts[first])
            )
        )
    ):
        return
    end = para.sentence(0)[1]
    # ("Asked whether Faye would serve, Diallo smiled.": the one asked, not a speaker)
    asked = 1 if first and para.lowers[0] == "asked" else 0
    if (_QUOTE in kinds[:end] and not _terms_only(para, end)) or _active_cue(para, asked, end):
        return
    if (
        end < len(kinds)
        and kinds[end] != _QUOTE
        # (a name with its description set off is a person's: "Rick Santorum, the
        # former senator, campaigned with Trump. He said ...")
        and not _pronoun_quotes(para, end, first or set_off)
        and not _pronoun_reports_then_quotes(para, end, first or set_off)
        and not _pronoun_then_quote(para, end, first or set_off)
        and not _pronoun_goes_on(para, end)
    ):
        return
    if end >= len(kinds) and (
        # (a full name whose first name gives a gender is a person's too, in a
        # sentence of plain English letters: "James Okafor paid for a private
        # assessment."; not "Jana Malá přijela v úterý.", whose verb may not agree)
        not (
            first
            or set_off
            or _plain_full_name(para, last, end)
            # (the surname of one named before in full: "Whitaker spoke to reporters.")
            or (last == 0 and _named_before(para.text, para.token_start[0], texts[0]))
        )
        or end > (_MAX_SET_OFF_SUBJECT_TOKENS if set_off else _MAX_LEAD_SUBJECT_TOKENS)
        or (
            texts[verb].endswith("s")
            and texts[verb] not in {"was", "has"}
            # (a feature's present on a surname named before, after an opening
            # phrase: "As the light fades, Calder pulls on her boots.")
            and not (
                first
                and last == first
                and texts[first - 1] == ","
                and _named_before(para.text, para.token_start[first], texts[first])
            )
        )
    ):
        # a paragraph of one short sentence on a described person hands it on too,
        # in the past ("City boss Tom Kent was ..."), not a caption's present
        # ("Sanford police officer Tom Kent holds up the gun ...")
        return
    if (
        last == 0
        and not _named_before(para.text, para.token_start[0], texts[0])
        and not (set_off and _person_set_off(para, 2, verb - 1))
    ):
        # "Ultimately, ...", "Footage shows": a lone word that names no one; but a
        # first name with an age or a description of a person set off after it
        # names one ("Kwame, a 41-year-old former soldier, has been ...")
        return
    events.extend(para.event(first, last))


def _terms_only(para: _Paragraph, end: int) -> bool:
    """Whether every quote before token *end* of *para* is a term or a title
    (``has pushed her own plan, the "Clean Commute" initiative,``): no speech."""
    return all(
        _term_like(para.text, segment, para, para.quote_index[at])
        for at, segment in enumerate(para.segments)
        if para.quote_index[at] < end
    )


def _pronoun_goes_on(para: _Paragraph, end: int) -> bool:
    """Whether *para*, short and without a quote, goes on after its first sentence
    (ending at token *end*) with one more whose subject is *he* or *she*, opening
    it or after an opening phrase (``Lind did not rule it out. Asked whether ...,
    he paused before answering.``): the name that opens it is who the pronoun is."""
    kinds, lowers = para.kinds, para.lowers
    if len(kinds) > _MAX_LEAD_SUBJECT_TOKENS or _QUOTE in kinds:
        return False
    if para.sentence(end)[1] < len(kinds):
        return False  # (one more sentence only)
    return any(
        lowers[k] in _HE_SHE
        and (k == end or para.texts[k - 1] == ",")
        and kinds[k + 1] == _WORD
        and para.texts[k + 1].islower()
        for k in range(end, len(kinds) - 1)
    )


def _pronoun_reports_then_quotes(para: _Paragraph, start: int, first: int | bool) -> bool:
    """Whether the sentence at token *start* reports without a quote what *he* or
    *she* said, its subject (``In an interview, he said he stood by it.``), and
    the sentence after it quotes the pronoun (:func:`_pronoun_quotes`): the name
    that opens the paragraph is who both pronouns are."""
    lo, hi = para.sentence(start)
    kinds, lowers, texts = para.kinds, para.lowers, para.texts
    if hi >= len(kinds) or hi - lo > _MAX_LEAD_SUBJECT_TOKENS or _QUOTE in kinds[lo:hi]:
        return False
    if not any(
        lowers[k] in _HE_SHE and (k == lo or texts[k - 1] == ",") and k + 1 in para.cues
        for k in range(lo, hi - 1)
    ):
        return False
    return _pronoun_quotes(para, hi, first)


def _plain_full_name(para: _Paragraph, last: int, end: int) -> bool:
    """Whether the name that opens *para* and ends at token *last* is a full name
    whose first name gives a gender, in a first sentence (ending at token *end*)
    written in ASCII (English copy; another language's verb may say the other
    gender)."""
    texts = para.texts
    return (
        last > 0
        and _first_name_gender(f"{texts[0]} {texts[last]}") is not None
        and all(text.isascii() for text in texts[:end])
    )


def _active_cue(para: _Paragraph, first: int, end: int) -> bool:
    """Whether a cue starts at a token in ``[first, end)`` that is no participle of
    a verb whose subject is the one spoken to (``after being told he faced a
    wait``, ``was warned to stay away``), nor one in a clause on a thing set off
    by *, which* (``has pushed her plan, which would expand tax credits``): such a
    sentence still speaks of its subject, who is not reporting."""
    order = para.cue_order
    at = bisect_left(order, first)
    texts = para.texts
    while at < len(order) and order[at] < end:
        cue = order[at]
        if not _passive_object_cue(para, cue, first) and not any(
            texts[k] == "which" and texts[k - 1] == "," for k in range(max(first, 1), cue)
        ):
            return True
        at += 1
    return False


#: Words for one person of a group named before (``Fans were divided. One,
#: posting as @rosie, wrote``): the subject before a clause set off by commas.
_ONE_OF_A_GROUP = frozenset({"one", "another"})
#: Openings of a sentence that names its person after *was* (``Among the
#: marchers was Emma Doyle``, ``Also at the hearing was Tom Kent``).
_INVERTED_OPENERS = frozenset({"among", "also"})
#: ... and the verb the person follows.
_INVERTED_VERBS = frozenset({"was", "were"})
#: The verb stands at most this many words into the sentence.
_INVERTED_REACH = 8


def _add_inverted_subject(para: _Paragraph, events: array[int]) -> bool:
    """Add the name an inverted first sentence ends on to *events*, when a
    pronoun quotes in the sentence after it.

    ``Among the marchers was Emma Doyle, who gave birth at the unit. "I am
    here for the next mother," she said.``: the name after *was* (of two
    capitalised words or more) is the sentence's subject, whom the pronoun
    stands for.  ``True`` when one was added.
    """
    kinds, lowers = para.kinds, para.lowers
    if not kinds or lowers[0] not in _INVERTED_OPENERS:
        return False
    end = para.sentence(0)[1]
    verb = next(
        (k for k in range(1, min(end, _INVERTED_REACH + 1)) if lowers[k] in _INVERTED_VERBS), -1
    )
    if verb < 0 or any(kinds[k] != _WORD for k in range(1, verb)):
        return False  # "Among them, ...", no "was": no inverted sentence
    first = last = verb + 1
    while last + 1 < end and para._name_word(last + 1):
        last += 1
    if (
        first >= end
        or last == first
        or not para._name_word(first)
        or _QUOTE in kinds[:end]
        or para.has_cue(0, end)
        or end >= len(kinds)
        or not _pronoun_quotes(para, end, first)
    ):
        return False
    events.extend(para.event(first, last))
    return True


def _pronoun_then_quote(para: _Paragraph, start: int, first: int | bool) -> bool:
    """Whether the sentence at token *start* opens with *he* or *she*, without a
    quote, and the sentence after it quotes (``Moore is working on a third book.
    He would not say what it is about. "Ask me next year," he said.``)."""
    if para.lowers[start] not in _HE_SHE:
        return False
    end = para.sentence(start)[1]
    kinds = para.kinds
    return (
        end < len(kinds)
        and _QUOTE not in kinds[start:end]
        and (kinds[end] == _QUOTE or _pronoun_quotes(para, end, first))
    )


def _person_set_off(para: _Paragraph, first: int, end: int) -> bool:
    """Whether tokens *first* to *end* (a clause set off by commas) give an age or
    end in a word for a person (``, 9,``, ``, a 41-year-old former soldier,``)."""
    texts = para.texts
    if end - first == 1 and texts[first].isdigit():
        return True
    return (
        end - first <= _MAX_PERSON_SET_OFF
        and para.lowers[first] in {"a", "an"}
        and (
            _bare(texts[end - 1]) in PERSON_NOUNS
            or _AGE_EPITHET.fullmatch(texts[end - 1]) is not None
        )
    )


#: A description of a person set off after a first name has at most this many tokens.
_MAX_PERSON_SET_OFF = 8


def _add_sentence_subject(para: _Paragraph, events: array[int]) -> None:
    """Add the described or titled name that opens the sentence right before the
    paragraph's first quote, a later sentence than the first with no cue
    (``The team is young. Sous chef Kemi, 24, joined from college. "...," she
    said.``): the pronoun of the quote is that person's."""
    texts = para.texts
    q = para.quote_index[0] if para.quote_index else 0
    if q < 4 or texts[q - 1] not in _SENTENCE_STOPS:
        return
    start = para.sentence_start(q - 1)
    if start == 0 or para.has_cue(start, q):
        return  # (the first sentence is _add_opening_subject's)
    first = -1
    for head in range(start, min(q - 2, start + 3)):
        word = texts[head]
        if word.islower() and _speaker_head(word) and para._name_word(head + 1):
            first = head + 1  # "Sous chef Kemi", "City boss Tom Kent"
            break
    if first < 0 and _titled_name(para, start):
        first = start  # "Prime Minister Mark Carney"
    if first < 0:
        return
    last = first
    while last + 1 < q and last - first < 3 and para._name_word(last + 1):
        last += 1
    after = last + 1
    if after < q and (texts[after] == "," or texts[after][:1].islower()):
        events.extend(para.event(first, last))


def _add_surname_subject(para: _Paragraph, events: array[int]) -> None:
    """Add the surname of one named earlier in *para* that opens the sentence
    before the one of the paragraph's first quote, when that sentence has no cue
    and the quote's has *he* or *she* before its cue (``The seat is held by Rep.
    Frank Dolan. Dolan, 68, has not endorsed anyone. Through a spokesman, he
    said ...``): the pronoun is likely that person's."""
    if not para.quote_index:
        return
    texts, lowers = para.texts, para.lowers
    q = para.quote_index[0]
    here = para.sentence_start(q)
    if here < 4 or texts[here - 1] not in _SENTENCE_STOPS:
        return
    at = bisect_left(para.cue_order, here)
    if at >= len(para.cue_order) or para.cue_order[at] >= q:
        return
    cue = para.cue_order[at]
    if not (here < cue and lowers[cue - 1] in _HE_SHE):
        return  # "Through a spokesman, he said": the first cue's subject is he or she
    start = para.sentence_start(here - 1)
    if start <= 0 or start >= here - 2 or para.has_cue(start, here):
        return
    word = texts[start]
    if not para._name_word(start) or word.lower() in _FUNCTION_CAPS:
        return
    after = texts[start + 1]
    if not (after == "," or (after.isalpha() and after.islower() and after not in _STOP)):
        return
    # the surname closes a full name earlier in the paragraph ("Rep. Frank Dolan")
    if not any(
        texts[k] == word and para._name_word(k - 1) for k in range(max(1, start - _WINDOW), start)
    ):
        return
    events.extend(para.event(start, start))


def _add_for_subject(para: _Paragraph, events: array[int]) -> None:
    """Add the surname of one named before in full that a sentence of *para* with
    no cue nor quote opens after *For* (``For Calloway, the point is simpler.
    "...," he said.``) to *events*, when the next sentence quotes *he* or *she*:
    the pronoun is likely that person's, the one the sentence is about."""
    texts, lowers, kinds = para.texts, para.lowers, para.kinds
    for q in para.quote_index:
        here = para.sentence_start(q)
        if here < 4 or texts[here - 1] not in _SENTENCE_STOPS:
            continue
        start = para.sentence_start(here - 1)
        if lowers[start] != "for":
            continue  # (the cheap test first)
        hi = para.sentence(q)[1]
        if not any(
            here < k < hi and lowers[k - 1] in _HE_SHE
            for k in para.cue_order[bisect_left(para.cue_order, here) :]
        ):
            continue
        name = start + 1
        if (
            name + 2 >= here
            or texts[name + 1] != ","
            or not para._name_word(name)
            or lowers[name] in _FUNCTION_CAPS
            or para.has_cue(start, here)
            or _QUOTE in kinds[start:here]
            or not _named_before(para.text, para.token_start[name], texts[name])
        ):
            continue
        events.extend(para.event(name, name))


#: Possessives that open a sentence on a relative (``His wife was less sure.``).
_KIN_OWNERS_OPENING = frozenset({"his", "her", "their"})


def _add_kin_subject(para: _Paragraph, events: array[int]) -> None:
    """Add a relative who opens a later sentence of *para* with no cue nor quote
    (``said Gary Olson. His wife, Linda, was less sure. "...," she said.``) to
    *events*, when the next sentence quotes *he* or *she*: the pronoun is the
    relative's (her first name when it is set off), not the speaker's before."""
    texts, lowers, kinds = para.texts, para.lowers, para.kinds
    for q in para.quote_index:
        here = para.sentence_start(q)
        if here < 4 or texts[here - 1] not in _SENTENCE_STOPS:
            continue
        start = para.sentence_start(here - 1)
        if (
            start < 0
            or start + 3 >= here
            or lowers[start] not in _KIN_OWNERS_OPENING
            or lowers[start + 1] not in FAMILY_NOUNS
        ):
            continue  # (the cheap tests first)
        hi = para.sentence(q)[1]
        if (
            not any(
                here < k < hi and lowers[k - 1] in _HE_SHE
                for k in para.cue_order[bisect_left(para.cue_order, here) :]
            )
            or para.has_cue(start, here)
            or _QUOTE in kinds[start:here]
        ):
            continue
        first, last, verb = start, start + 1, start + 2
        if texts[verb] == "," and start == 0:
            continue  # ("His wife, Linda, was": the paragraph's opening subject, read so)
        if texts[verb] == "," and para._name_word(verb + 1):
            first = last = verb + 1  # "His wife, Linda, was": her name set off
            while last + 1 < here and last - first < 3 and para._name_word(last + 1):
                last += 1
            if texts[last + 1] != ",":
                continue
            verb = last + 2
        if (
            texts[verb].isalpha()
            and texts[verb].islower()
            and (lowers[verb] not in _STOP or lowers[verb] in _PAST_BE_HAVE)
        ):
            events.extend(para.event(first, last))


def _add_document_opening(para: _Paragraph, events: array[int]) -> None:
    """Add *the* and a document noun that open *para* as its first sentence's
    subject (``The memo also addresses the inquiry.``) to *events* when its verb
    is no cue, the sentence holds no quote and the next quotes after ``It`` and a cue
    (``It describes the inquiry as "..."``): the pronoun is the document."""
    kinds, lowers, texts = para.kinds, para.lowers, para.texts
    if len(kinds) < 4 or not _document(texts[1]) or not texts[1].islower():
        return
    verb = 2
    if lowers[verb] in _AUX or lowers[verb].endswith("ly"):
        verb += 1  # "The memo also addresses"
    if not (texts[verb].isalpha() and texts[verb].islower() and lowers[verb] not in _STOP):
        return
    if para.has_cue(0, verb + 1):
        return  # "The memo says": a cue of its own
    end = para.sentence(0)[1]
    if end >= len(kinds) or _QUOTE in kinds[:end]:
        return
    lo, hi = para.sentence(end)
    if lowers[lo] == "it" and lo + 1 in para.cues and _QUOTE in kinds[lo:hi]:
        events.extend(para.event(0, 1))


def _add_described_opening(para: _Paragraph, events: array[int]) -> None:
    """Add *the* and a noun for a person that open *para* (``The judge rejected
    that argument.``) to *events* when its first sentence has no cue nor quote and
    the next quotes *he* or *she*: the pronoun may be the one the noun stands for
    (``Judge Jo Lind`` named before)."""
    kinds, lowers = para.kinds, para.lowers
    end = para.sentence(0)[1]
    if end >= len(kinds) or _QUOTE in kinds[:end] or para.has_cue(0, end):
        return
    lo, hi = para.sentence(end)
    if _QUOTE not in kinds[lo:hi] or not any(
        lo < k < hi and lowers[k - 1] in _HE_SHE for k in para.cue_order
    ):
        return
    texts = para.texts
    for head in range(1, min(end - 1, 4)):
        word = texts[head]
        nationality = lowers[head] in NATIONALITY_NOUNS  # "The Kenyan will now target"
        if not word.isalpha() or not (word.islower() or nationality):
            return
        verb = texts[head + 1]
        if (
            (word in PERSON_NOUNS or word in _ROLE_HEADS or nationality)
            and verb.islower()
            and verb.isalpha()
            and lowers[head + 1] not in _STOP
        ):
            if not (verb in PERSON_NOUNS or verb in _ROLE_HEADS):
                events.extend(para.event(0, head))
            return


def _add_described_after_opening(para: _Paragraph, events: array[int]) -> None:
    """Add *the* and a word for a person after an opening phrase set off by a comma
    (``Asked whether residents would be paid, the premier was blunt.``) to *events*,
    when *para* is that one short sentence, with no cue nor quote: the pronoun of a
    quote in the paragraph after it may be the one the noun stands for (``Premier
    Jo Lind`` named before), as for :func:`_add_described_opening`."""
    kinds, lowers, texts = para.kinds, para.lowers, para.texts
    if (
        len(kinds) > _MAX_LEAD_SUBJECT_TOKENS
        or _QUOTE in kinds
        or para.sentence(0)[1] < len(kinds)
        # (the one asked is no speaker: "Asked whether ..., the premier")
        or para.has_cue(1 if lowers[0] == "asked" else 0, len(kinds))
    ):
        return
    comma = next((k for k in range(1, len(kinds) - 3) if texts[k] == ","), -1)
    if comma < 0 or comma > _MAX_OPENING_PHRASE + _MAX_OPENING_CLAUSE:
        return
    head, verb = comma + 2, comma + 3
    if (
        lowers[comma + 1] == "the"
        and texts[head].islower()
        and texts[head].isalpha()
        and (texts[head] in PERSON_NOUNS or texts[head] in _ROLE_HEADS)
        and texts[verb].islower()
        and texts[verb].isalpha()
        and (lowers[verb] not in _STOP or lowers[verb] in _PAST_BE_HAVE)
        and not (texts[verb] in PERSON_NOUNS or texts[verb] in _ROLE_HEADS)
    ):
        events.extend(para.event(comma + 1, head))


#: Verbs of being and having that may follow a described subject (``the premier was blunt``).
_PAST_BE_HAVE = frozenset({"was", "had"})


#: Marks that end the sentence before a quote.
_SENTENCE_STOPS = frozenset({".", "!", "?"})


#: The pronouns of one person.
_HE_SHE = frozenset({"he", "she"})
#: The most words of an adverbial between *and* and its cue (``and at one point warned``).
_AND_ADVERBIAL = 4
#: Adverbs between *and* and its cue, besides those of :data:`_ADVERB` (``and twice warned``).
_AND_ADVERBS = frozenset({"twice", "still", "even", "afterwards", "afterward", "eventually"})
#: Prepositions that open a phrase of time between *and* and its cue.
_TIME_PREPOSITIONS = frozenset({"at", "after", "before", "during", "on", "in", "within"})
#: An adverb between a pronoun and its cue (``he falsely said``, ``she later wrote``).
_ADVERB = regex.compile(r"\p{Ll}{2,}ly|later|also|then|once|again|never|often")


def _pronoun_quotes(para: _Paragraph, start: int, first: int | bool) -> bool:
    """Whether the sentence at token *start*, after a first sentence on a titled or
    described full name at token *first* (or a surname named before), quotes *he*
    or *she* after its cue (``President Tom Harlan approved aid. In a post on X, he
    wrote: "..."``)."""
    if not first and not (
        _titled_name(para, 0)
        or (
            para._name_word(0)
            and not para._name_word(1)
            and _named_before(para.text, para.token_start[0], para.texts[0])
        )  # "Root needs 1,700 more runs.": the surname of someone named before
        or (
            para._name_word(1)
            and _first_name_gender(f"{para.texts[0]} {para.texts[1]}") is not None
        )  # "Rick Santorum campaigned ...": a first name gives a person
    ):
        return False  # (a bare name may be a place or a thing: "Sandy Hook was ...")
    lo, hi = para.sentence(start)
    kinds, lowers = para.kinds, para.lowers
    if _QUOTE not in kinds[lo:hi]:
        return False
    if lowers[lo] in _HE_SHE and any(
        lo < k < hi and lowers[k - 1] == "and" for k in para.cue_order
    ):
        return True  # "He was in the audience and told reporters that ... '...'"
    if any(
        lo < k < hi
        and (
            lowers[k - 1] in _HE_SHE
            # "he falsely said", "she later wrote": an adverb between
            or (k - 2 >= lo and lowers[k - 2] in _HE_SHE and _ADVERB.fullmatch(lowers[k - 1]))
        )
        for k in para.cue_order
    ):
        return True
    texts = para.texts
    return any(  # 'Asked about it, he smiled: "..."': a colon after the pronoun's verb
        lowers[k] in _HE_SHE and texts[k + 2] == ":" and kinds[k + 3] == _QUOTE
        for k in range(lo, hi - 3)
    )


def _add_response_source(para: _Paragraph, events: array[int]) -> bool:
    """Add the person whose answer the first sentence of *para* announces, when a
    quote opens its next sentence: ``That drew a sharp response from Sen. Ann Berg.
    "...," she said.`` is Ann Berg's (a noun of :data:`RESPONSE_NOUNS`, *from* and a
    name of two words or more).  Whether one was added."""
    lowers = para.lowers
    end = para.quote_index[0] if para.quote_index else 0
    if end < 3 or para.text.find(" from ", para.token_start[0], para.token_start[end]) < 0:
        return False  # the cheap test: most paragraphs open otherwise
    # the quote opens the next sentence ("... from Sen. Ann Berg, D-N.M. "...")
    if not para.texts[end - 1].endswith((".", "!", "?")) or para.has_cue(0, end):
        return False
    at = lowers.index("from", 0, end)
    if at == 0 or lowers[at - 1] not in RESPONSE_NOUNS:
        return False
    first = last = at + 1
    while last + 1 < end and para._name_word(last + 1):
        last += 1
    if last == first or not para._name_word(first):
        return False
    events.extend(para.event(first, last))
    return True


#: A paragraph of one sentence on a described person has at most this many tokens.
_MAX_LEAD_SUBJECT_TOKENS = 30
#: ... and this many when the name's age or description is set off after it
#: (``James Okafor, 41, a delivery driver from Birmingham, paid ...``).
_MAX_SET_OFF_SUBJECT_TOKENS = 42
#: ... and at most this many characters (a cheap test before it is read).
_MAX_LEAD_SUBJECT_CHARS = 200
#: Marks that open a quote at a paragraph's start.
_QUOTE_FIRSTS = frozenset("\"\u201c\u2018'\u00ab\u201e")


def _described_opening(para: _Paragraph) -> int:
    """Where a name starts after the role words that open *para* (``City boss Tom
    Kent``, ``Rovers manager Phil Hart``: a capitalised owner or none, lower-case
    words ending in a word for a person), or 0."""
    texts = para.texts
    for head in range(min(len(texts) - 1, 3)):
        word = texts[head]
        if not word.isalpha() and not word.replace(".", "").isalpha():
            if head == 0 and word.endswith(_POSSESSIVE_ENDS) and word[:-2].isalpha():
                continue  # "Ferreira's brother Paulo": an owner in the possessive
            return 0  # (an owner may be initials: "U.N. aid chief Tom Fletcher")
        if word.islower() and _speaker_head(word) and para._name_word(head + 1):
            return head + 1
        if head and not word.islower():
            return 0
    return 0


#: An opening phrase set off before a paragraph's subject has at most this many tokens.
_MAX_OPENING_PHRASE = 8
#: ... and a surname after a longer clause (``Asked on Thursday whether Faye would
#: serve, Diallo smiled``) at most this many tokens more.
_MAX_OPENING_CLAUSE = 10


def _after_opening_phrase(para: _Paragraph) -> int:
    """Where a name with an honorific or a title starts after an opening phrase
    set off by a comma (``Back in her kitchen, Ms Berg``, ``Outside
    the House, Prime Minister Mark Carney``), or 0; a name without one may be a
    place (``In that sense, Sandy Hook``), unless it is the surname of one named
    in full before and a lower-case verb follows (``Asked about it, Diallo smiled``)."""
    texts, kinds = para.texts, para.kinds
    reach = min(len(texts) - 2, _MAX_OPENING_PHRASE + _MAX_OPENING_CLAUSE)
    if reach < 2 or para.text.find(",", para.token_start[1], para.token_end[reach - 1]) < 0:
        return 0  # (the cheap test: no comma near the paragraph's start)
    for k in range(1, reach):
        if kinds[k] != _WORD:
            if (
                texts[k] == ","
                and k < _MAX_OPENING_PHRASE
                and para._name_word(k + 2)
                and (_titled_name(para, k + 1) or _aged_name(para, k + 1))
            ):
                return k + 1
            if (
                texts[k] == ","
                and para._name_word(k + 1)
                and texts[k + 2][:1].islower()
                and texts[k + 2].isalpha()
                and para.lowers[k + 2] not in {"and", "or", "but"}  # "Clinton and Bill"
                and k + 2 not in para.cues
                and _named_before(para.text, para.token_start[k + 1], texts[k + 1])
            ):
                return k + 1  # "Asked whether Faye would serve, Diallo smiled.": a surname
            return 0
        if k in para.cues:
            return 0
    return 0


def _aged_name(para: _Paragraph, first: int) -> bool:
    """Whether the name words from token *first*, two or more, are followed by an
    age set off by commas (``Olha Savchuk, 63,``): a person, not a place."""
    texts, last = para.texts, first
    while last + 1 < len(texts) and last - first < 3 and para._name_word(last + 1):
        last += 1
    return (
        last > first
        and last + 3 < len(texts)
        and texts[last + 1] == ","
        and texts[last + 2].isdigit()
        and texts[last + 3] == ","
    )


def _titled_name(para: _Paragraph, first: int) -> bool:
    """Whether the name words from token *first* open with an honorific or a title
    and end in a name (``Ms Berg``, ``Prime Minister Mark Carney``)."""
    last = first
    while last + 1 < len(para.texts) and last - first < 4 and para._name_word(last + 1):
        last += 1
    bare = [_bare(word) for word in para.texts[first : last + 1]]
    return (
        last > first
        and (bare[0] in HONORIFICS or bare[0] in ROLE_WORDS)
        and bare[-1] not in ROLE_WORDS
    )


#: Words that open a paragraph's description of the person named after it.
_SET_OFF_OWNERS = frozenset(
    {"the", "her", "his", "their", "its", "our", "my", "another", "one", "a", "an"}
)
#: Words that open a clause or description set off after a name.
_SET_OFF_CLAUSES = frozenset({"who", "whose", "a", "an", "the", "his", "her", "its", "their"})
#: A clause set off after an opening name has at most this many tokens.
_MAX_SET_OFF = 24
#: Words that open a short aside set off after an opening name (``Kent, for his
#: part, was``, ``Kent, however, was``), closed within :data:`_MAX_ASIDE` tokens.
_SET_OFF_ASIDES = frozenset({"for", "however", "meanwhile", "too", "though", "instead"})
_MAX_ASIDE = 5
#: Marks that end a sentence or a clause before a set-off clause closes.
_SET_OFF_ENDS = frozenset({".", "!", "?", ";", ":"})
#: Marks that end a sentence or clause before a set-off clause closes.
_SET_OFF_ENDS = frozenset({".", "!", "?", ";", ":"})


#: An apostrophe as a token of its own (a plural's possessive: ``visitors'``).
_APOSTROPHES = frozenset({"'", "\u2019"})


#: The word that gives the name of a person described before it (``a nurse named Jo Lind``).
_NAMING_WORDS = frozenset({"named", "called"})
#: The name after :data:`_NAMING_WORDS` opens at most this many tokens into a paragraph.
_MAX_NAMED_OPENING = 12


def _named_opening(para: _Paragraph) -> int:
    """Where a name starts after *named* and a person described with *a* or *an*
    in the opening words of *para* (``A retired nurse named Jo Lind has ...``,
    ``Their nominee, a retired Army nurse named Jo Lind, has ...``), or 0; not
    the verb (``The board named Jo Lind its chair``: no word for a person)."""
    texts, lowers = para.texts, para.lowers
    for k in range(2, min(len(texts) - 2, _MAX_NAMED_OPENING)):
        if texts[k] == ",":
            continue  # ("Their nominee, a nurse named")
        if para.kinds[k] != _WORD:
            return 0
        if lowers[k] not in _NAMING_WORDS:
            continue
        noun = texts[k - 1]
        if (
            para._name_word(k + 1)
            and para._name_word(k + 2)
            and noun.isalpha()
            and noun.islower()
            and (lowers[k - 1] in PERSON_NOUNS or lowers[k - 1] in _PERSON_ROLES)
            and any(lowers[m] in {"a", "an"} for m in range(max(0, k - 5), k - 1))
        ):
            return k + 1
        return 0
    return 0


def _set_off_opening(para: _Paragraph) -> int:
    """Where a name starts after a description set off by a comma that opens *para*
    (``The judge, Mr Justice Lee,``, ``Her partner, James,``: *the* or an owner, at
    most three words ending in a word for a person, a comma), or 0."""
    texts, lowers = para.texts, para.lowers
    if not texts or not (
        lowers[0] in _SET_OFF_OWNERS
        or (texts[0][:1].isupper() and texts[0].endswith(_POSSESSIVE_ENDS))  # "China's"
    ):
        return 0
    for head in range(1, min(len(texts) - 2, 5)):
        if texts[head] in _APOSTROPHES:
            continue  # "The visitors' captain, Dhananjaya de Silva,"
        if not texts[head].removesuffix("s").rstrip("'\u2019").isalpha():
            return 0  # (an owner may come between: "The inmate's mother, Linda Carver,")
        if texts[head + 1] == "," and lowers[head] in _PERSON_ROLES and para._name_word(head + 2):
            return head + 2
    return 0


def _after_set_off(para: _Paragraph, comma: int, *, first: bool) -> int:
    """The token after the comma that closes what is set off at *comma*, or -1.

    With *first*, *comma* closes a name set off after its description (``The
    judge, Mr Justice Lee, warned``); else it opens the name's own description or
    relative clause (``Kent, whose side lost again, refused``), closed by a comma.
    """
    texts, lowers = para.texts, para.lowers
    if comma >= len(texts) or texts[comma] != ",":
        return -1
    if first:
        if comma + 2 < len(texts) and texts[comma + 1].isdigit() and texts[comma + 2] == ",":
            return comma + 3  # "Her neighbor, Dale Whitaker, 71, had": the age set off too
        return comma + 1
    aside = comma + 1 < len(texts) and lowers[comma + 1] in _SET_OFF_ASIDES
    if comma + 1 >= len(texts) or not (
        lowers[comma + 1] in _SET_OFF_CLAUSES
        or texts[comma + 1].isdigit()
        or lowers[comma + 1] in _PERSON_ROLES  # "Jo Kent, director of the institute, was"
        or aside  # "Kent, for his part, was", "Kent, however, was"
    ):
        return -1
    for k in range(comma + 2, min(len(texts), comma + (_MAX_ASIDE if aside else _MAX_SET_OFF))):
        if texts[k] == ",":
            return k + 1
        if texts[k] in _SET_OFF_ENDS or para.kinds[k] == _QUOTE:
            return -1
    return -1


def _named_before(text: str, start: int, word: str) -> bool:
    """Whether *word* ends a name of two capitalised words or more before *start*.

    Read forward from the text's start, once for each word of a text: what was
    read (how far, and where the first such name ends) is kept, so that the
    paragraphs that open with the same word do not each read the text before
    them again; past :data:`_NAMED_WORDS_READ` words, a word of letters and
    figures is looked up where the text, read once, first names it so.
    """
    needle = " " + word
    if " " in word:  # (a needle that may overlap itself: read back, as it was)
        at = text.rfind(needle, 0, start)
        while at > 0:
            if _names_at(text, at, len(needle)):
                return True
            at = text.rfind(needle, 0, at)
        return False
    entry = _NAMED_CACHE[0] if _NAMED_CACHE else None
    if entry is None or entry[0] is not text:
        entry = (text, {}, {})
        _NAMED_CACHE[:] = [entry]  # (each caller keeps its own entry: safe in threads)
    #: word -> [how far the text was read, the end of the first such name or -1]
    read = entry[1].get(word)
    if read is None:
        if word.isalnum() and len(entry[1]) >= _NAMED_WORDS_READ:
            # many words asked for (a transcript's labels): the text read once for all
            if not entry[2]:
                entry[2][""] = -1  # (read)
                for found in _SPACED_WORD.finditer(text):
                    run = found.group(1)
                    at = found.start()
                    if at and run not in entry[2] and _names_at(text, at, 1 + len(run)):
                        entry[2][run] = found.end()
            end = entry[2].get(word, -1)
            return 0 <= end <= start
        read = entry[1][word] = [0, -1]
    if read[1] >= 0:
        return read[1] <= start
    if start <= read[0]:
        return False
    at = text.find(needle, max(1, read[0] - len(needle) + 1), start)
    while at >= 0:
        if _names_at(text, at, len(needle)):
            read[0] = read[1] = at + len(needle)
            return True
        at = text.find(needle, at + 1, start)
    read[0] = start
    return False


#: The text last read by :func:`_named_before`, what was read in it for each word,
#: and where each word (letters and figures only) first ends such a name.
_NAMED_CACHE: list[tuple[str, dict[str, list[int]], dict[str, int]]] = []
#: After this many words read for one text, the text is read once for all words.
_NAMED_WORDS_READ = 32
#: A space and the letters and figures after it (``[^\W_]`` is what
#: :meth:`str.isalnum` accepts): where a word of only those ends such a name.
_SPACED_WORD = re.compile(r" ([^\W_]+)")


def _names_at(text: str, at: int, size: int) -> bool:
    """Whether the space and word ``text[at:at + size]`` end a name (:func:`_named_before`)."""
    after = at + size
    before = text[max(0, at - 30) : at].split()
    # (a nickname's closing mark ends a name's word too: Tomas "The Wall" Novak)
    last = before[-1] if before else ""
    if last[-2:] == "''":
        last = last[:-2].lstrip("'")  # (NYT style: Tomas ''The Wall'' Novak)
    elif last[-1:] in ('"', "\u201d"):
        last = last[:-1].lstrip('"\u201c')  # (and a nickname of one word: Kwame "Ice" Mensah)
    return (
        (after >= len(text) or not text[after].isalnum())
        and bool(last)
        and last[:1].isupper()
        and last.rstrip(".").isalpha()
        and (not last.endswith(".") or len(last) <= 4)  # "Mr.", "J.", no end
    )


#: A name of one to four capitalised words (``The Courier``, ``Maria Lindgren``).
_INTERVIEW_NAME_WORDS = r"\p{Lu}[\p{L}'\u2019.\-]*(?:[ ]\p{Lu}[\p{L}'\u2019.\-]*){0,3}"
#: Who asks in an interview: ``in an interview with Reuters``, ``interviewed by
#: Tom Kent``, ``spoke to The Courier``, ``Tom Kent interviewed``, ``talked to our
#: business editor, Tom Kent``.
_INTERVIEWER = regex.compile(
    # (or questioned in court: "cross-examined by Felicia Brandt", "Brandt questioned")
    rf"\b(?:interview(?:ed)?[ ](?:with|by)|(?:questioned|cross-examined|cross-examination)[ ]by)"
    rf"[ ](?:the[ ])?({_INTERVIEW_NAME_WORDS})"
    rf"|\b(?:spoke|spoken|talked|speaking|talking)[ ](?:to|with)[ ](?:the[ ])?({_INTERVIEW_NAME_WORDS})"
    rf"|({_INTERVIEW_NAME_WORDS})[ ](?:interviewed|questioned|cross-examined)[ ]"
    # a journalist described before the name: "talked to our business editor, Tom Kent"
    rf"|\b(?:spoke|spoken|talked|speaking|talking)[ ](?:to|with)[ ]"
    rf"(?:our|the|a|an|his|her|its)[ ](?:[\p{{Ll}}\-]++[ ]){{0,3}}"
    rf"(?:editor|correspondent|reporter|presenter|host|interviewer|journalist|columnist),?[ ]"
    rf"({_INTERVIEW_NAME_WORDS})"
    # "Under cross-examination, Assistant District Attorney Felicia Brandt asked"
    rf"|\b[Uu]nder[ ]cross-examination,[ ]((?:\p{{Lu}}[\p{{L}}'\u2019.\-]*+[ ]){{1,5}}+)"
    rf"(?=\p{{Ll}})"
)
#: What ends the sentence of an interviewer's mention (a ``?``: only asked about).
_SENTENCE_STOP = regex.compile(r"[.?!]")
#: A run of capitalised words that may hold a name in full (``Vice President Joe Biden``).
_INTERVIEW_NAME = regex.compile(r"\b\p{Lu}\p{Ll}+(?:[ ]\p{Lu}[\p{L}'\u2019\-]+){1,4}")
#: A capitalised word, counted to find whom an interview is about.
_CAPITALISED_WORD = regex.compile(r"\p{Lu}[\p{L}\-]+")
#: The interview's people are read in at most this many characters before its first label.
_INTERVIEW_REACH = 3000
#: Labels of a transcript that name no one: the one who asks and the one who answers.
_ASKING_LABELS = frozenset({"Q", "A"})
#: Words before a colon that open a quoted paragraph but name no speaker.
_NOT_LABELS = NOT_SPEAKER_LABELS | KICKERS
#: A speaker's label has at most this many words and its colon is this near.
_LABEL_WORDS = 4
_LABEL_REACH = 48


def _label_colon(text: str, start: int, end: int) -> int:
    """Where the colon of the label that opens the quoted text ``[start, end)`` is, or -1.

    The label is one to four capitalised words (or ``Q``/``A``) right before
    a colon and a space, with words after it, and not the label of a note or
    a link (``NOTE:``, ``WATCH:``, :data:`NOT_SPEAKER_LABELS`); who it names
    is :func:`_transcript_label`'s question.

    >>> quotes = ("PENCE: Well, look.", "NOTE: None.", "It is simple: no.", "Trump:You")
    >>> [_label_colon(quote, 0, len(quote)) for quote in quotes]
    [5, -1, -1, -1]
    """
    if not text[start : start + 1].isupper():
        return -1  # the common case: a quote opening in lower case, or not with a letter
    colon = text.find(":", start, min(end, start + _LABEL_REACH))
    if colon <= start or colon + 1 >= end or not text[colon + 1].isspace():
        return -1
    words = text[start:colon].split()
    if (
        not words
        or len(words) > _LABEL_WORDS
        or text[colon - 1].isspace()
        or not text[colon + 1 : end].strip()
        or not all(word[:1].isupper() for word in words)
        or " ".join(words).lower().replace("\u2019", "'") in _NOT_LABELS
    ):
        return -1
    return colon


class _Labels:
    """What the labels of one text's transcript need, found when first needed."""

    def __init__(
        self, text: str, paragraphs: Sequence[Paragraph], segments: Sequence[Sequence[Segment]]
    ) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.segments = segments
        self._lowered: str | None = None
        self._spellings: dict[str, str | None] = {}
        self._dialogue: bool | None = None
        self._interview: tuple[str | None, str | None] | None = None
        #: whether a line of the text opens with a question's label (``Q:``)
        self.questions: bool | None = None
        #: searches of the whole text left: many labels cost no more than these
        self.searches = _LABEL_SEARCHES
        #: what each label set before a quote names (:func:`_outer_label`)
        self.named: dict[str, str | bool | None] = {}

    def spelled(self, word: str) -> str | None:
        """*word*, written in capitals in a label, as the text writes it elsewhere.

        ``PENCE`` is ``Pence`` and ``MCCONNELL`` ``McConnell`` where the text
        names them so (a capitalised word in lower case after its first letter);
        ``None`` when the text writes it only in capitals.
        """
        low = word.lower()
        if low in self._spellings:
            return self._spellings[low]
        if self.searches <= 0:
            return None
        self.searches -= 1
        text = self.text
        if self._lowered is None:
            self._lowered = text.lower()
        lowered = self._lowered
        spelled = None
        at = lowered.find(low)
        while at >= 0:
            after = at + len(low)
            written = text[at:after]
            if (
                written[:1].isupper()
                and not written.isupper()
                and written.lower() == low
                and (at == 0 or not text[at - 1].isalnum())
                and (after >= len(text) or not text[after].isalnum())
            ):
                spelled = written
                break
            at = lowered.find(low, after)
        self._spellings[low] = spelled
        return spelled

    def interview(self, before: int) -> tuple[str | None, str | None]:
        """Who asks and who answers in the text's interview, as named before *before*.

        The asker is the one the interview is *with* or *by*, or spoken *to*
        (``in an interview with Reuters``, ``was interviewed by Tom Kent``,
        ``She spoke to The Courier``), or who *interviewed* (``Tom Kent
        interviewed``); the one who answers is the person named in full on the
        other side of that sentence (before *spoke with* or *in an interview
        with*, after *interviewed*), else before the first label, not the asker,
        whose surname the text gives most often (:func:`_interviewee`).
        Read once, from the text before the first ``Q:`` or ``A:``.
        """
        if self._interview is None:
            lo = max(0, before - _INTERVIEW_REACH)
            window = self.text[lo:before]
            asker: str | None = None
            found = next(
                (
                    one
                    for one in _INTERVIEWER.finditer(window, timeout=SCAN_TIMEOUT)
                    # (not in a question: '"Has he spoken to the Speaker?"')
                    if (stop := _SENTENCE_STOP.search(window, one.end())) is None
                    or stop.group() != "?"
                ),
                None,
            )
            if found is not None:
                asker = next(group for group in found.groups() if group).strip()
                words = asker.split()
                first = next(
                    (k for k, word in enumerate(words[:-1]) if word.lower() in _FIRST_NAMES), 0
                )
                # (the name after its title: "District Attorney Felicia Brandt")
                asker = " ".join(words[first:])
                if asker.endswith(".") and len(asker.split()[-1]) > 3:
                    asker = asker[:-1]  # "The Courier." ends its sentence ("Jr." keeps its stop)
                if found.group(2) and asker.split()[0].lower() in _FIRST_NAMES:
                    asker = None  # "The Post spoke to Ann Berg": the one who answers
            answerer: str | None = None
            if found is not None:
                # the subject of "spoke with X", "said in an interview with X", or
                # the object of "X interviewed": in the sentence that names the asker
                first = window.rfind(". ", 0, found.start()) + 1
                last = window.find(". ", found.end())
                side = (
                    window[found.end() : last if last >= 0 else None]
                    if found.group(3)
                    else window[first : found.start()]
                )
                answerer = _interviewee(side, asker, self.text)
            self._interview = (asker, answerer or _interviewee(window, asker, self.text))
        return self._interview

    def dialogue(self) -> bool:
        """Whether two quoted paragraphs open with different labels in capitals."""
        if self._dialogue is None:
            text = self.text
            seen: set[str] = set()
            for paragraph, part in zip(self.paragraphs, self.segments, strict=False):
                if not part or text[paragraph.span.start : part[0].open_start].strip():
                    continue
                colon = _label_colon(text, part[0].start, part[0].end)
                label = text[part[0].start : colon]
                if colon > 0 and _in_capitals(label) and label not in _ASKING_LABELS:
                    seen.add(label)
                    if len(seen) > 1:
                        break
            self._dialogue = len(seen) > 1
        return self._dialogue


def _interviewee(text: str, asker: str | None, whole: str | None = None) -> str | None:
    """The person named in full in *text*, not *asker*, whose surname *whole* (the
    whole text, else *text*) gives most often (the first named of those), or
    ``None``: whom the story is about.

    >>> _interviewee("Tom Kent of the Post interviewed Ann Berg in Rome.", "Tom Kent")
    'Ann Berg'
    >>> _interviewee("Anna Lind flew home. Lind spoke with reporter Tom Kent.", None)
    'Anna Lind'
    """
    found: dict[str, int] = {}
    for run in _INTERVIEW_NAME.finditer(text, timeout=SCAN_TIMEOUT):
        words = run.group().split()
        # the name opens with a common first name: "Vice President Joe Biden"
        first = next((k for k, word in enumerate(words[:-1]) if word.lower() in _FIRST_NAMES), -1)
        full = " ".join(words[first:]) if first >= 0 else ""
        if full and (asker is None or full not in asker):
            found.setdefault(full, len(found))
    if not found:
        return None
    counts = Counter(_CAPITALISED_WORD.findall(whole or text, timeout=SCAN_TIMEOUT))
    return min(found, key=lambda full: (-counts[full.split()[-1]], found[full]))


def _transcript_label(labels: _Labels, index: int) -> Attribution | None:
    """The speaker that the label opening paragraph *index*'s quote names, if any.

    A quoted paragraph of a transcript opens with its speaker's label
    (``"PENCE: Well, look, ..."``, ``"MR. SMITH: ..."``, ``"Mike Pence: ..."``):
    the label is the mention, named as the text writes it elsewhere
    (``PENCE`` is ``Pence``, which resolves to Mike Pence).  A label in
    capitals is a speaker when it opens with an honorific, when the text
    writes its last word in lower case too, or when another quoted paragraph
    opens with another such label; one in Title Case when it opens with a
    common first name or an honorific, or ends a name the text gave before.
    ``Q`` and ``A`` are the one who asks and the one who answers: mentions
    that name no one.
    """
    text = labels.text
    part = labels.segments[index]
    if not part:
        return None
    segment = part[0]
    colon = _label_colon(text, segment.start, segment.end)
    if colon < 0 or text[labels.paragraphs[index].span.start : segment.open_start].strip():
        return None  # no label, or a quote that does not open its paragraph
    label = text[segment.start : colon]
    words = label.split()
    named = label
    honorific = _bare(words[0]) in HONORIFICS and len(words) > 1
    if label in _ASKING_LABELS:
        named = labels.interview(segment.open_start)[label == "A"] or label
    elif _in_capitals(label):
        spelled = [labels.spelled(word) for word in words]
        if not (honorific or spelled[-1] is not None or labels.dialogue()):
            return None
        named = " ".join(s or w.capitalize() for s, w in zip(spelled, words, strict=True))
    elif any(word.isupper() and len(word.rstrip(".")) > 1 for word in words):
        return None  # "Fox NEWS": neither a label in capitals nor a name
    elif not (
        honorific
        or (len(words) > 1 and _bare(words[0]) in _FIRST_NAMES)
        or (labels.searches > 0 and _named_before(text, segment.start, words[-1]))
    ):
        return None
    else:
        labels.searches -= 1
    speaker = Speaker(name=named, mention=label, span=Span(segment.start, colon))
    return Attribution(speaker, None, "direct")


def _in_capitals(label: str) -> bool:
    """Whether a label is written in capitals, a name's ``Mc`` or ``Mac`` kept.

    >>> _in_capitals("McALLISTER"), _in_capitals("MR. SMITH"), _in_capitals("McAllister")
    (True, True, False)
    """
    return label.replace("Mc", "MC").replace("Mac", "MAC").isupper()


#: The ``Q``/``A`` label of an interview's turn before its quote (``A: "..."``, ``A. "..."``).
_ASKING_TURN = regex.compile(r"([QA])[.:][ \t]+")
#: A question's turn opening a line of the text (``Q: Why now?``, ``Q. Why?``).
_QUESTION_LINE = regex.compile(r"(?m)^Q[.:][ \t]")


def _asking_turn(labels: _Labels, index: int) -> Attribution | bool | None:
    """The speaker of a quote after the ``Q`` or ``A`` label of its paragraph.

    ``A: "..."`` (or ``A. "..."``) in a text with a question's turn
    (``Q: ...``) is the interview's turn of the one who answers: the one
    :meth:`_Labels.interview` finds (``Q``, the one who asks, when a person
    named with a first name, not an outlet); ``False``
    when the text names no such person (the quote is nobody's, not the last
    speaker's, nor its label's), ``None`` when the paragraph opens with no such label.
    """
    text = labels.text
    start = labels.paragraphs[index].span.start
    part = labels.segments[index]
    if not part:
        return None
    found = _ASKING_TURN.fullmatch(text, start, part[0].open_start)
    if found is None:
        return None
    if labels.questions is None:
        labels.questions = _QUESTION_LINE.search(text) is not None
    if not labels.questions:
        return None  # "A. Smith": an initial, no interview
    label = found.group(1)
    named = labels.interview(start)[label == "A"]
    if label == "Q" and named is not None and named.split()[0].lower() not in _FIRST_NAMES:
        named = None  # "in an interview with Reuters": an outlet asks, no one named
    if named is None:
        return False
    speaker = Speaker(name=named, mention=label, span=Span(start, start + 1))
    return Attribution(speaker, None, "direct")


#: The label of a name set before the quote that opens its paragraph
#: (``ADEBAYO: "..."``, ``Ms Adebayo: "..."``, ``**Adebayo:** "..."``): the
#: label (group 1) ends with its colon, in or out of the bold marks.
_OUTER_LABEL = regex.compile(
    r"""(?:[\u2022\u25aa\u25cf\u00b7\-\u2013\u2014][ \t]++)?+  # a list's bullet: "• Sen. Lind (R-Iowa):"
    (?:\*\*|__)?+
    (\p{Lu}[\p{L}.'\u2019\-]*+(?:[ ][\p{L}.'\u2019\-]++){0,3})  # ("Read more" too)
    ([ ]\([^()\n:]{1,40}+\))?+  # a direction: "SMITH (to the court):"
    (?::(?:\*\*|__)?+|(?:\*\*|__):)[ \t]+""",
    regex.VERBOSE,
)
#: The first characters of a paragraph that may open with such a label.
_OUTER_LABEL_FIRSTS = frozenset("*_ABCDEFGHIJKLMNOPQRSTUVWXYZ\u2022\u25aa\u25cf\u00b7-\u2013\u2014")


def _outer_label(labels: _Labels, index: int) -> Attribution | bool | None:
    """The speaker that a label before paragraph *index*'s first quote names.

    ``ADEBAYO: "We will appeal."`` (``MS ADEBAYO:``, ``Adebayo:``,
    ``**Adebayo:**``): a label of one to four capitalised words, a colon and
    nothing else before the quote that opens its paragraph; a direction in
    brackets may stand before the colon (``SMITH (to the court):``; a place's
    label so is a dateline's, ``None``).  It names a speaker
    as a transcript's label does (:func:`_transcript_label`): in capitals when
    it opens with an honorific or the text writes its last word in lower case
    too (``ADEBAYO`` is ``Adebayo``, who resolves to Grace Adebayo); in Title
    Case when it opens with an honorific or a common first name, or ends with a
    name the text gives elsewhere after words that are titles, first names, or
    the label again.  ``False`` for a label that names no one: a note's
    (``Update:``, ``Warning:``, ``BREAKING:``, ``Headline:``,
    :data:`NOT_SPEAKER_LABELS`), a place's, or one whose last word the text
    also writes in lower case (a common word).  ``None`` when the paragraph
    opens with no such label, or with one that may still name someone
    (``Police:``, ``THE JUDGE:``, ``Johnson:``): the colon's speaker, as before.
    """
    text = labels.text
    start = labels.paragraphs[index].span.start
    part = labels.segments[index]
    found = _OUTER_LABEL.fullmatch(text, start, part[0].open_start)
    if found is None:
        return None
    label = found.group(1)
    if label not in labels.named:
        if labels.searches <= 0:
            return None  # (past the searches' budget: the colon's speaker, as before)
        labels.searches -= 1  # (a transcript's labels come again and again: read once)
        labels.named[label] = _label_verdict(labels, label, found.end())
    named = labels.named[label]
    if not isinstance(named, str):
        # (a place with an agency is a dateline's: "LONDON (Reuters):" is as before)
        return None if named is False and found.group(2) and _place_label(label) else named
    span = Span(found.start(1), found.end(1))
    return Attribution(Speaker(name=named, mention=label, span=span), None, "direct")


#: A label and a dash before a paragraph's first quote (``ADEBAYO — "``,
#: ``MS ADEBAYO -- "``): one to four words, as :data:`_OUTER_LABEL`'s; a
#: dateline's agency or date after them (``BEIRUT (AP) — "``, ``LONDON, May 3 — "``)
#: is group 2.
_DASH_LABEL = LazyPattern(
    r"""(\p{Lu}[\p{L}.'\u2019\-]*+(?:[ ][\p{L}.'\u2019\-]++){0,3})
    ([ ]\([^()\n]{1,40}+\)|(?:,(?:[ ][^,\s\p{Pd}"\u201c]++){1,4}+){1,2}+)?+
    [ ]++[\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d]{1,2}+[ ]{1,2}+""",
    regex.VERBOSE,
)


#: The dashes that :data:`_DASH_LABEL` reads before a quote.
_LABEL_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")


def _dash_label(labels: _Labels, index: int) -> Attribution | bool | None:
    """The speaker that a label and a dash before paragraph *index*'s first
    quote name (``ADEBAYO — "We will appeal."``, ``MS ADEBAYO -- "..."``), as
    :func:`_outer_label` reads a label and a colon, but only a name: one that
    opens with an honorific or ends with a name the text gives in full
    before it (``Grace Adebayo``).  ``False`` for any other label: a
    dateline's place (``WASHINGTON — "``, ``KHARKIV — "``, ``BEIRUT (AP) — "``)
    or a heading names no one.  ``None`` when the paragraph opens with no such
    label, or with words not all capitalised (``That wording -- "``).
    """
    text = labels.text
    start = labels.paragraphs[index].span.start
    found = _DASH_LABEL.fullmatch(text, start, labels.segments[index][0].open_start)
    if found is None:
        return None
    label = found.group(1)
    if not all(word[:1].isupper() for word in label.split()):
        return None  # 'That wording -- "..." --': a phrase set off, as before
    if found.group(2):
        return False  # "BEIRUT (AP) —", "LONDON, May 3 —": a dateline
    if label not in labels.named:
        if labels.searches <= 0:
            return None
        labels.searches -= 1
        labels.named[label] = _label_verdict(labels, label, found.end())
    named = labels.named[label]
    if not isinstance(named, str):
        return False
    words = named.split()
    if not (
        (_bare(words[0]) in HONORIFICS and len(words) > 1) or _named_before(text, start, words[-1])
    ):
        return False
    span = Span(found.start(1), found.end(1))
    return Attribution(Speaker(name=named, mention=label, span=span), None, "direct")


def _label_verdict(labels: _Labels, label: str, end: int) -> str | bool | None:
    """What :func:`_outer_label` makes of *label* (its colon at *end*): the name
    it gives, ``False`` (no one) or ``None`` (the colon's speaker)."""
    text = labels.text
    words = label.split()
    low = label.lower().replace("\u2019", "'")
    if label in _ASKING_LABELS or len(label) < 2:
        return None  # "A:", an initial: _asking_turn's
    if low in _NOT_LABELS or _place_label(label):
        return False
    if (
        len(words) > 1
        and words[0] in _UNNAMED_LEADS
        and _bare(words[-1]) in _UNNAMED_HEADS
        and not any(_bare(word) in CUE_WORDS for word in words[1:])
    ):
        return label  # "A senior GOP aide:", a list's source named by a role alone
    if not all(word[:1].isupper() for word in words) or any(
        _bare(word) in CUE_WORDS for word in words[1:]
    ):
        return None  # "Read it:", "Jo Lind Says:": the colon's speaker, as before
    honorific = _bare(words[0]) in HONORIFICS and len(words) > 1
    if _in_capitals(label):
        spelled = [labels.spelled(word) for word in words]
        if honorific or spelled[-1] is not None:
            return " ".join(s or w.capitalize() for s, w in zip(spelled, words, strict=True))
    elif (
        honorific
        or (len(words) > 1 and _bare(words[0]) in _FIRST_NAMES)
        or (
            all(_bare(w) in _NAME_LEAD_WORDS or w.lower() in _FIRST_NAMES for w in words[:-1])
            and _named_before(text, len(text), words[-1])
        )
        or text.find(label, end) > 0
    ):
        return label
    last = _bare(words[-1])
    if last in PERSON_NOUNS or last in SOURCE_NOUNS or last in ROLE_WORDS:
        return None  # "Police:", "THE JUDGE:": the colon's speaker, as before
    if _written(text, last, 0, len(text), inside=False):
        return False  # "Update:" where the text writes "update" too: a common word
    return None  # "Johnson:": maybe a name, the colon's speaker as before


def names_no_one(labels: _Labels, index: int) -> bool:
    """Whether paragraph *index* opens with a label that names no one before its
    first quote (``Update: "..."``, :func:`_outer_label`; ``Q: "..."`` where no
    one named asks, :func:`_asking_turn`): the quote has no speaker."""
    text = labels.text
    start = labels.paragraphs[index].span.start
    if not labels.segments[index] or text[start : start + 1] not in _OUTER_LABEL_FIRSTS:
        return False
    if text[start : start + 1] in _ASKING_LABELS and text[start + 1 : start + 2] in {":", "."}:
        return _asking_turn(labels, index) is False
    return _outer_label(labels, index) is False


#: The words that open a label of a source named by a role alone (``A senior aide:``).
_UNNAMED_LEADS = frozenset({"A", "An", "The", "One", "Another"})
#: The nouns that end such a label: a person's (``aide``, ``official``, ``resident``).
_UNNAMED_HEADS = PERSON_NOUNS | SOURCE_NOUNS | ROLE_WORDS

#: Words that may stand before a name's last word in a label (``Judge Marsh``).
_NAME_LEAD_WORDS = HONORIFICS | ROLE_WORDS


#: The white space after a transcript's label is read this far.
_LABEL_GAP = 9
#: An unquoted transcript has at least this many labelled turns, by this many speakers.
_TRANSCRIPT_TURNS = 2
#: Labels of persons that name no one (``REPORTER:``) still count as a turn.
_UNNAMED_TURNS = frozenset({"reporter", "moderator", "audience member", "voice", "caller"})


def transcript_turns(
    text: str, paragraphs: Sequence[Paragraph], segments: Sequence[Sequence[Segment]]
) -> list[tuple[Segment, Attribution]]:
    """The turns of a transcript printed without quotation marks, with their speakers.

    ``KELL: I can.`` as a paragraph of its own: a paragraph without quotation
    marks that opens with a speaker's label (:func:`_label_colon`) is a turn
    when the text is a transcript: at least two such paragraphs, with
    different labels, name their speakers by :func:`_transcript_label`'s
    rules (a label in capitals whose last word the text writes in lower case
    too, or that opens with an honorific, in a dialogue of such labels;
    ``Mr. Hale:`` or a name the text gave before; ``Q:`` and ``A:`` only when
    the text names the interview, ``in an interview with``).  A label that is a
    known place (``WASHINGTON:``, a dateline) is no speaker.  Each turn is one
    segment from its label to the end of its paragraph, attributed to the
    label (its words begin after the label: :func:`label_end`).
    """
    candidates: list[int] = []
    for index, paragraph in enumerate(paragraphs):
        if segments[index]:
            continue
        start, end = paragraph.span.start, paragraph.span.end
        if (
            text[start : start + 1].isupper()
            and text.find(":", start, min(end, start + _LABEL_REACH)) > 0
        ):
            candidates.append(index)
    if len(candidates) < _TRANSCRIPT_TURNS:
        return []  # the common case: no transcript
    from newsstruct._quotes import Segment  # (both modules are loaded by now)

    turns: list[Segment] = []
    spoken = 0
    for index in candidates:
        start, end = paragraphs[index].span.start, paragraphs[index].span.end
        colon = _label_colon(text, start, end)
        # (the words after the colon, past its spaces: Markdown's bold marks,
        # "**Lind:** ...", are blanked to spaces in its view)
        gap = text[colon + 1 : colon + _LABEL_GAP]
        words = colon + 1 + len(gap) - len(gap.lstrip(" \t"))
        if colon < 0 or _place_label(text[start:colon]) or not text[words : words + 1].isalpha():
            continue  # no label, a place ("WASHINGTON:"), or a figure ("Jo Lind: 1,769.")
        turns.append(Segment(start, end, start, end, index, True))
        spoken += _spoken(text[colon + 1 : end])
    if len(turns) < _TRANSCRIPT_TURNS or spoken < max(_TRANSCRIPT_TURNS, len(turns) / 2):
        return []  # a list of names with their descriptions is no dialogue
    by_paragraph: list[Sequence[Segment]] = [()] * len(paragraphs)
    for turn in turns:
        by_paragraph[turn.paragraph] = (turn,)
    labels = _Labels(text, paragraphs, by_paragraph)
    found: list[tuple[Segment, Attribution]] = []
    for turn in turns:
        label = text[turn.start : _label_colon(text, turn.start, turn.end)]
        if label in _ASKING_LABELS:
            asker, answerer = labels.interview(turn.start)
            if asker is None and answerer is None:
                continue  # "Q: What is a filibuster?": an explainer, no interview
        attribution = _transcript_label(labels, turn.paragraph)
        if attribution is None and label.lower() in _UNNAMED_TURNS:
            speaker = Speaker(
                name=label.title(), mention=label, span=Span(turn.start, turn.start + len(label))
            )
            attribution = Attribution(speaker, None, "direct")
        if attribution is not None:
            found.append((turn, attribution))
    if len({text[turn.start : attribution.speaker.span.end] for turn, attribution in found}) < 2:
        return []  # one speaker's label twice: no dialogue
    return found


#: Words of one who speaks to another: a turn of a dialogue holds one, or asks.
_DIALOGUE_WORDS = frozenset(
    {"i", "i'm", "i've", "i'll", "i'd", "me", "my", "we", "we're", "we've", "we'll",
     "we'd", "us", "our", "let's", "you", "you're", "you've", "you'll", "your"}
)  # fmt: skip


def _spoken(turn: str) -> bool:
    """Whether *turn* reads as said to someone: it asks, or speaks as I, we or you.

    >>> _spoken(" We will win."), _spoken(" The Texas senator came third.")
    (True, False)
    """
    if "?" in turn:
        return True
    words = turn.lower().replace("\u2019", "'").split()
    return not _DIALOGUE_WORDS.isdisjoint(word.strip('.,;:!"()') for word in words)


def _place_label(label: str) -> bool:
    """Whether a label names a place (``WASHINGTON``, ``New Hampshire``), not a speaker."""
    return is_known_place(label, names_too=False) or label.title() in US_STATE_NAMES


#: A text is searched for the words of at most this many labels (the rest are
#: read without it), so that a text of many labels takes time linear in its size.
_LABEL_SEARCHES = 64

#: Common first names, for a label in Title Case (``Chris Lind:``).
_FIRST_NAMES = MALE_FIRST_NAMES | FEMALE_FIRST_NAMES


def label_end(text: str, start: int, attribution: Attribution) -> int:
    """Where the words of a quote starting at *start* begin, after its speaker's label.

    A quote that a transcript's label attributes (:func:`_transcript_label`)
    begins after the label, its colon and the space after it; any other at
    *start*.
    """
    span = attribution.speaker.span
    if span.start != start or attribution.cue is not None or text[span.end : span.end + 1] != ":":
        return start
    at = span.end + 1
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def _may_hand_on(paragraph: Paragraph) -> bool:
    """Whether *paragraph*, without quotes, may hand on a speaker.

    It ends with a colon (``X issued this statement:``) or it may hold a cue
    (:func:`_may_cue`); any other has nothing to hand on.
    """
    return paragraph.text.rstrip().endswith(":") or _may_cue(paragraph)


def _may_cue(paragraph: Paragraph) -> bool:
    """Whether *paragraph*, without quotes, holds the first word of a cue that
    names a speaker (``according to`` and ``in the words of`` are read next to
    quotes only); any other has no cue, so no cue subject (event)."""
    if paragraph.text.isascii():
        # (most paragraphs: the words SPEAKER_WORD finds, as bytes, in one
        # C-level pass: a letter lowered, any other character a space)
        words = paragraph.text.encode().translate(_ASCII_WORD_BYTES).split()
        return not _SPEAKER_CUE_HEADS_BYTES.isdisjoint(words)
    lower = paragraph.text.lower()
    if not _SPEAKER_CUE_HEADS.isdisjoint(SPEAKER_WORD.findall(lower)):
        return True
    # "Олег Волков заявил, что ..." (a verb of other letters in a text not all ASCII)
    return not lower.isascii() and not _SPEAKER_CUE_HEADS_NOT_ASCII.isdisjoint(
        SPEAKER_WORD_ANY.findall(lower)
    )


def _hand_on(
    text: str,
    paragraphs: Sequence[Paragraph],
    pending: list[int],
    last_speaker: Attribution | None,
    events: array[int],
) -> Attribution | None:
    """The speaker handed on past the paragraphs without quotes in *pending*.

    Each is read in turn (its cues' subjects added to *events*): ``X said:``
    at its end, or else the subject of a cue in its last sentence, takes the
    place of *last_speaker*; a paragraph without a cue leaves it.  *pending*
    is emptied.
    """
    for index in pending:
        paragraph = paragraphs[index]
        spoke = index == pending[-1] and _SPOKE_WORDS.search(paragraph.text) is not None
        if not spoke and not _may_hand_on(paragraph):
            continue
        para = _Paragraph(text, paragraph, ())
        _add_events(para, events)
        intro = _introduces(para)
        if intro is None and spoke:
            # "Hale spoke for twenty minutes.": the speech's quotes follow
            intro = _speech_event(para)
        if intro is not None:
            last_speaker = intro
        elif para.cues:
            last_speaker = _last_subject(para)
    pending.clear()
    return last_speaker


#: Verbs of a speech given, with no words reported (``Hale spoke for twenty
#: minutes.``): the quotes right after the paragraph are the speech's.
_SPOKE = frozenset({"spoke", "preached", "testified", "lectured"})
#: ... found in a paragraph's text first (the cheap test).
_SPOKE_WORDS = regex.compile(
    r"\b(?:spoke|preached|testified|lectured|question"
    r"|(?:her|his|their|its|our|my|your)[ \t\u00a0]++(?:case|argument|pitch))\b"
)
#: Verbs that put a question told of (``a reporter shouted a final question``).
_QUESTION_VERBS = frozenset(
    {"asked", "shouted", "posed", "put", "yelled", "called", "raised", "fired", "lobbed"}
)
#: Words between such a verb and ``question`` (``a final``, ``one last``, ``a follow-up``).
_QUESTION_WORDS = frozenset(
    {"a", "one", "another", "the", "final", "last", "first", "follow-up", "second", "pointed"}
)
#: Nouns for an argument put (``she laid out her case``, ``made his pitch``).
_CASE_NOUNS = frozenset({"case", "argument", "pitch"})
#: Verbs that put such an argument before its possessive.
_CASE_VERBS = frozenset({"made", "makes", "pressed", "presses", "laid", "lays", "argued"})


def _case_made(lowers: Sequence[str], k: int, start: int) -> int:
    """The token of the verb when token *k* ends ``laid out her case``, ``made his
    pitch`` or ``pressed their argument`` (a speech told of, its words to
    follow), else -1."""
    if lowers[k] not in _CASE_NOUNS or k - 2 < start or lowers[k - 1] not in _MODIFIER_OWNERS:
        return -1
    verb = k - 2
    if lowers[verb] == "out" and verb - 1 >= start:
        verb -= 1  # "laid out her case"
    return verb if lowers[verb] in _CASE_VERBS else -1


def _question_put(lowers: Sequence[str], k: int, start: int) -> int:
    """The token of the verb when token *k* ends ``shouted a final question`` (a
    question told of, its words to follow: :data:`_QUESTION_VERBS`), else -1."""
    at = k - 1
    while at >= max(start, k - 3) and lowers[at] in _QUESTION_WORDS:
        at -= 1
    return at if at >= start and at < k - 1 and lowers[at] in _QUESTION_VERBS else -1


def _speech_event(para: _Paragraph) -> Attribution | None:
    """The person whose speech the last sentence of *para* tells of, if any.

    ``Hale, 70, who retires this month, spoke for twenty minutes without
    notes.`` before a paragraph that is only a quote: the quote is Hale's,
    the subject of *spoke* (:data:`_SPOKE`) in the paragraph's last sentence,
    when it is a person.
    """
    lowers = para.lowers
    start = para.starts[-1] if para.starts else 0
    for k in range(len(lowers) - 1, start - 1, -1):
        verb = _case_made(lowers, k, start)
        if lowers[k] == "question":
            verb = _question_put(lowers, k, start)
            if verb < 0:
                continue
        if verb >= 0 or lowers[k] in _SPOKE:
            found = para.np_before(verb if verb >= 0 else k, start)
            if found is None and lowers[k] == "question":
                found = para.subject(start, verb)  # ("A reporter in the back row")
                if found is not None and found[1] >= verb:
                    found = None
            if found is not None and (
                _person_like(para, found)
                # (one unnamed asks: "a reporter in the back row shouted a question")
                or (lowers[k] == "question" and _unnamed_person(para.speaker(*found).name))
            ):
                return Attribution(para.speaker(*found), None, "direct")
            return None
    return None


#: Articles and possessives: they open a noun phrase, so a word right before
#: one is no name (``Maybe the``) and a phrase never ends on one.
_ARTICLES_AND_OWNERS = _MODIFIER_ARTICLES | _MODIFIER_OWNERS
#: Words that head an office written in capitals (``Member of the Senedd``).
_OFFICE_HEADS = ROLE_WORDS | PERSON_NOUNS
#: Role words that only modify an office (``State``, ``House``): no person.
_OFFICE_MODIFIERS = frozenset(
    {"vice", "prime", "foreign", "defence", "defense", "interior", "finance", "state",
     "treasury", "health", "justice", "commerce", "labor", "labour", "energy", "trade",
     "home", "house", "senate", "majority", "minority", "former", "acting", "state's",
     "first", "then", "presidential", "democratic", "republican", "gop", "us", "u.s",
     "uk", "eu", "un", "federal", "national", "press", "campaign", "staff", "of", "the",
     "and", "for", "assistant", "deputy", "chief"}
)  # fmt: skip
#: Capitalised words for a person that lower-case adjectives may precede (``The
#: local MP``, ``the former Mayor``).
_PERSON_ROLES = (PERSON_NOUNS | ROLE_WORDS) - _OFFICE_MODIFIERS
#: Lower-case words that are no adjective before a role (``_adjectives_before``).
_NOT_ADJECTIVES = _STOP | _PREPOSITIONS | _DETERMINERS | CUE_WORDS | _AUX | _MODIFIER_OWNERS

#: Words that open a prepositional phrase or a clause, never a subject.
_NOT_OPENING = _PREPOSITIONS | frozenset(
    {"without", "within", "behind", "beyond", "despite", "amid", "upon", "around", "through",
     "throughout", "unlike", "except"}
)  # fmt: skip


#: Pronouns that open a relative clause without *that* after a noun (``a word she
#: said``): a noun phrase ending in one is no speaker.
_CONTACT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you"})


#: Nouns that name quoted words (``a word she used``, ``the line they kept saying``).
_QUOTED_WORDS_NOUNS = frozenset(
    {"word", "words", "phrase", "phrases", "term", "expression", "line", "lines", "slogan",
     "refrain", "mantra", "motto", "catchphrase", "label", "nickname", "insult", "saying"}
)  # fmt: skip
#: The most words from the determiner to the pronoun (``a favourite word she``).
_CONTACT_REACH = 4


def _contact_clause(para: _Paragraph, found: tuple[int, int]) -> bool:
    """Whether the words found for a speaker after a quote are a noun and the subject
    of a relative clause without *that* (``"decorative," a word she said she took as
    a compliment``, ``the line they kept saying``): the noun names the quoted words,
    and no one says them there."""
    lowers = para.lowers
    if found[1] <= found[0] or lowers[found[0]] not in {"a", "an", "the", "one"}:
        return False
    if lowers[found[1]] in _CONTACT_PRONOUNS:
        return True
    end = min(found[1], found[0] + _CONTACT_REACH)
    return any(
        lowers[at] in _CONTACT_PRONOUNS and lowers[at - 1] in _QUOTED_WORDS_NOUNS
        for at in range(found[0] + 2, end + 1)
    )


def _words_noun_before(para: _Paragraph, qi: int, found: tuple[int, int]) -> bool:
    """Whether a pronoun found for a speaker right after a quote follows a noun that
    names the quoted words (``"enough," a word she said often``, ``a phrase he
    repeated``): the subject of a relative clause without *that*, no speaker."""
    at = found[0]
    if at != found[1] or para.lowers[at] not in _CONTACT_PRONOUNS:
        return False
    if at - qi - 1 < 2 or at - qi - 1 > _CONTACT_REACH:
        return False
    words = para.lowers[qi + 1 : at]
    return (
        words[0] in {"a", "an", "the", "one"}
        and words[-1] in _QUOTED_WORDS_NOUNS
        and all(para.kinds[n] == _WORD for n in range(qi + 1, at))
    )


def _no_phrase(para: _Paragraph, found: tuple[int, int]) -> bool:
    """Whether the words found for a speaker are no noun phrase.

    ``without reporters`` (``... "..." without reporters asking him``) opens
    with a preposition, ``enabling unions`` with a participle, and ``their
    most`` ends on a determiner: a cue after the quote with such a subject
    does not attribute it.
    """
    first = para.texts[found[0]]
    last = para.lowers[found[1]]
    if last in _DETERMINERS and found[0] != found[1]:
        return True
    if _contact_clause(para, found):
        return True
    if not first.islower():
        return False
    return first in _NOT_OPENING or (first.endswith("ing") and not _speaker_head(first))


def _as_direct(
    attribution: Attribution, para: _Paragraph | None = None, qi: int = 0
) -> Attribution:
    """*attribution* as a direct quote's (a speaker carried over to another quote).

    The quote at token *qi* of *para* is a partial one when it opens in lower case
    right after a word of its sentence (``the "top secret" email chains``).
    """
    if (
        para is not None
        and qi > para.starts[qi]
        and para.kinds[qi - 1] == _WORD
        and _opens_lower(para, qi)
    ):
        return Attribution(attribution.speaker, attribution.cue, "partial")
    return Attribution(attribution.speaker, attribution.cue, "direct")


def _credit_line(
    text: str, paragraphs: Sequence[Paragraph], index: int, para: _Paragraph
) -> Attribution | None:
    """``- Sanders.`` as the next paragraph credits a paragraph that ends with a quote;
    ``So said Jo Kent`` opening it credits a paragraph of quotes alone."""
    if index + 1 >= len(paragraphs) or not para.kinds or para.kinds[-1] != _QUOTE:
        return None
    match = _dash_credit(text, paragraphs[index + 1])
    if match is None and _WORD not in para.kinds:
        match = _lead_credit(text, paragraphs[index + 1])  # "So said Jo Kent"
    if match is None:
        return None
    start, end = match.span("name")
    name = text[start:end]
    return Attribution(Speaker(name=name, mention=name, span=Span(start, end)), None, "direct")


#: The words that open :data:`SPEAKER_AFTER_LEAD` (a ``startswith`` before the regex).
_CREDIT_LEADS = ("So ", "That ", "This ", "Those ", "These ", "Such ")


def _lead_credit(text: str, paragraph: Paragraph) -> regex.Match[str] | None:
    """*paragraph* opening with the name of the speaker before it (``So said Jo
    Kent``, ``That was the response from Tom Lind``), or None."""
    if not text.startswith(_CREDIT_LEADS, paragraph.span.start):
        return None
    return SPEAKER_AFTER_LEAD.match(text, paragraph.span.start, paragraph.span.end)


#: The characters that open :data:`SPEAKER_DASH_LINE` (``[\p{Pd}\u2015]``): a set
#: lookup before the regex (a test checks every code point against the class).
_CREDIT_DASHES = frozenset(
    "-\u058a\u05be\u1400\u1806\u2010\u2011\u2012\u2013\u2014\u2015\u2e17\u2e1a"
    "\u2e3a\u2e3b\u2e40\u2e5d\u301c\u3030\u30a0\ufe31\ufe32\ufe58\ufe63\uff0d"
    "\U00010d6e\U00010ead"
)


#: The characters that open a credit line (:func:`_lead_credit`, :func:`_dash_credit`).
_CREDIT_FIRSTS = _CREDIT_DASHES | {lead[0] for lead in _CREDIT_LEADS}


def _dash_credit(text: str, paragraph: Paragraph) -> regex.Match[str] | None:
    """*paragraph* as a credit line (``- Sanders.``), or None."""
    if (
        len(paragraph.text) > 60
        or text[paragraph.span.start : paragraph.span.start + 1] not in _CREDIT_DASHES
    ):
        return None  # too long, or not opened by a dash: no credit line
    return SPEAKER_DASH_LINE.match(text, paragraph.span.start, paragraph.span.end)


def _quotes_only(text: str, paragraph: Paragraph, segments: Sequence[Segment]) -> bool:
    """Whether *paragraph* holds quoted segments and no word around them.

    Such a paragraph has no cue and no subject: only punctuation and white
    space stand between its quotes.

    >>> from newsstruct._quotes import _segments
    >>> def check(text):
    ...     paragraphs = [Paragraph(text, Span(0, len(text)))]
    ...     return _quotes_only(text, paragraphs[0], _segments(text, paragraphs)[0])
    >>> check('"We will."  "Soon."'), check('- "Yes!" -'), check('"We will," he said.')
    (True, True, False)
    """
    if not segments:
        return False
    # (a word is looked for between the offsets: no copy of the text around the quotes)
    pos = paragraph.span.start
    for segment in segments:
        gap = segment.open_start - pos
        if gap == 1:  # one character (a mark before the quote's): tested with no search
            if text[pos].isalnum() or text[pos] == "_":
                return False
        elif gap > 0 and _word_start(text, pos, segment.open_start):
            return False
        pos = segment.close_end
    return pos >= paragraph.span.end or _word_start(text, pos, paragraph.span.end) is None


#: Where a word token may start in ``text[pos:endpos]`` (``None``: nowhere).
_word_start = SPEAKER_WORD_START.search


def _utterance(text: str, segment: Segment) -> bool:
    """A quoted segment that reads as speech, not a term: several words."""
    inner = text[segment.start : segment.end]
    size = len(inner.split())
    return size > _TERM_MAX_WORDS or (size >= 2 and inner[-1:] in ".!?" and inner[:1].isupper())


#: Nouns for a piece of a text or a song that a quote right after them gives
#: (``The line "..." is as good as``, ``An entry for March 1944 reads "..."``).
_CITED_TEXT_NOUNS = frozenset(
    {"line", "lines", "lyric", "lyrics", "chorus", "refrain", "verse", "verses", "couplet",
     "stanza", "passage", "entry", "entries", "epigraph", "dedication", "logline",
     # a film's or a brand's words in print (``the film's tagline, "..."``)
     "tagline", "slogan", "motto", "catchphrase", "inscription", "epitaph"}
)  # fmt: skip
#: Possessive determiners: someone's own lines are theirs.
_OWNERS = frozenset({"his", "her", "their", "its", "my", "our", "your"})
#: Words between such a noun and its quote (``reads simply``, ``goes``).
_CITING_WORDS = frozenset({"read", "reads", "goes", "runs", "simply", "just", "only", ","})
#: The most tokens between the noun and the quote, and before the noun in its phrase.
_CITING_REACH = 3
_CITED_PHRASE_REACH = 4


def _cited_text(para: _Paragraph, qi: int) -> bool:
    """Whether the quote token *qi* gives a piece of a text or a song that a noun of
    :data:`_CITED_TEXT_NOUNS` shortly before names (``The line "you kept the tide
    tables" is``, ``An entry for March 1944 reads simply "Fog."``, ``the chorus
    goes "..."``): a review or a story cites it, and no speaker before it said it.
    Read only for a quote no cue of its own attributes.
    """
    lowers, kinds = para.lowers, para.kinds
    s0 = para.starts[qi]
    if qi == 0 or para.texts[qi - 1] == ":":
        return False  # (a colon introduces: 'Then, the laugh line: "..."' is speech)
    at = qi - 1
    floor = max(s0, qi - 1 - _CITING_REACH)
    while at >= floor and lowers[at] in _CITING_WORDS:
        at -= 1
    if at < floor:
        return False
    noun = -1
    if lowers[at] in _CITED_TEXT_NOUNS:
        noun = at
    elif lowers[qi - 1] in _CITING_WORDS:
        # the noun with a phrase after it: "An entry for March 1944 reads"
        for back in range(at, max(s0 - 1, at - _CITED_PHRASE_REACH - 1), -1):
            if kinds[back] != _WORD:
                return False
            if lowers[back] in _CITED_TEXT_NOUNS:
                noun = back
                break
    # someone's own lines are theirs: "he returned to his familiar lines: ..."
    # (not a thing's: "the film's tagline")
    first = max(s0, noun - 2)
    return noun >= 0 and not any(
        lowers[k] in _OWNERS
        or (lowers[k].endswith(("'s", "\u2019s")) and not _thing_owner(para.texts[k]))
        for k in range(first, noun)
    )


def _thing_owner(word: str) -> bool:
    """Whether the possessive *word* owns as a thing, no person (``film's``, not
    ``Lind's`` nor ``singer's``).

    >>> [_thing_owner(w) for w in ("film's", "Lind's", "singer's", "band\u2019s")]
    [True, False, False, True]
    """
    stem = word[:-2]
    return (
        stem.isalpha() and stem.islower() and stem not in PERSON_NOUNS and not _speaker_head(stem)
    )


def _previous_sentence_subject(para: _Paragraph, qi: int) -> Attribution | None:
    """For a quote opening its sentence, the subject of a cue ending the sentence before."""
    s0 = para.starts[qi]
    if s0 != qi or s0 == 0:
        return None
    p0 = para.starts[s0 - 1]
    for j in range(s0 - 1, p0 - 1, -1):
        if para.kinds[j] == _QUOTE:
            return None
        if j in para.cues:
            found = para.np_before(j, p0)
            if found is None:
                return None
            outer = _outer_reporter(para, p0, j, found)
            if outer is not None:
                return outer
            return Attribution(para.speaker(*found), para.cues[j][0], "direct")
    return None


def _outer_reporter(
    para: _Paragraph, p0: int, cue: int, found: tuple[int, int]
) -> Attribution | None:
    """The subject opening the sentence at *p0* with a cue of its own before the
    cue at *cue*, whose subject *found* is inside what that one reports (``Jo
    Kent said he was glad that Lind had admitted his mistakes. "But it is not
    enough."``: Kent goes on, not Lind); ``None`` elsewhere."""
    if found[0] <= p0:
        return None
    outer = -1
    for k in range(p0 + 1, found[0]):
        if para.kinds[k] == _QUOTE:
            return None
        if k in para.cues and outer < 0:
            outer = k
        elif outer >= 0 and para.texts[k] in {",", ";", ":", "(", "--"}:
            return None  # ('Kent said the plan was dead, Lind told reporters': Lind's)
    if outer < 0:
        return None
    subject = para.np_before(outer, p0)
    opening = para.subject(p0, outer)
    if subject is None and opening is not None and para.texts[opening[1] + 1] == "(":
        # "Jo Kent (Democrat) of Ohio said": the name the parenthesis follows
        subject = opening
    if subject is None or opening is None or opening[1] != subject[1]:
        return None  # (only the sentence's own subject, opening it)
    return Attribution(para.speaker(*subject), para.cues[outer][0], "direct")


def _previous_sentence_name(para: _Paragraph, qi: int) -> Attribution | None:
    """For a quote opening its sentence with no cue, the person named as the subject
    of the sentence before it in its paragraph, which has no cue and no quote
    (``Lind of Beta Securities expects faster growth. "You would buy now."``): the
    one whose view the sentence gives speaks it, not the speaker of a paragraph
    before.  Only a name that opens the sentence, with at most an affiliation in
    *of* after it, that opens with a known first name or whose last word ended a
    full name shortly before (``Slifer sees`` after ``Stephen Slifer``)."""
    s0 = para.starts[qi]
    if s0 != qi or s0 == 0:
        return None
    p0 = para.starts[s0 - 1]
    if any(para.kinds[j] == _QUOTE or j in para.cues for j in range(p0, s0)):
        return None
    found = para.subject(p0, s0 - 1)
    if found is None or found[0] != p0:
        return None
    first, last = found
    k = first
    while k <= last and para._name_word(k) and not para.texts[k].endswith(_POSSESSIVE_ENDS):
        k += 1
    if (
        k == first
        or para.lowers[first] in _DETERMINERS
        or not _person_like(para, (first, k - 1))
        or is_known_place(" ".join(para.texts[first:k]))
    ):
        return None
    if not (
        (k - first >= 2 and para.lowers[first] in _ALL_FIRST_NAMES)
        or _named_in_full_before(para.text, para.token_start[first], para.texts[k - 1])
    ):
        return None  # a first name known, or a full name shortly before: not "Playbook won't"
    if k <= last and para.lowers[k] != "of":
        return None
    return Attribution(para.speaker(first, k - 1), None, "direct")


#: First names of every gender, lower case.
_ALL_FIRST_NAMES = MALE_FIRST_NAMES | FEMALE_FIRST_NAMES | UNISEX_FIRST_NAMES
#: How far back (characters) a surname alone looks for the full name it shortens.
_FULL_NAME_REACH = 3000


def _named_in_full_before(text: str, at: int, surname: str) -> bool:
    """Whether *surname* ended a name of two capitalised words or more within
    :data:`_FULL_NAME_REACH` characters before *at* (``Stephen Slifer of ...``
    before ``Slifer sees ...``); a bounded look, linear in the text."""
    lo = max(0, at - _FULL_NAME_REACH)
    end = at
    while (found := text.rfind(surname, lo, end)) > lo:
        end = found
        after = found + len(surname)
        if after < len(text) and text[after].isalpha():
            continue
        if not text[found - 1].isspace():
            continue
        word_end = found - 1
        while word_end > lo and text[word_end - 1].isspace():
            word_end -= 1
        word_start = word_end
        while word_start > lo and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
            word_start -= 1
        if word_start < word_end and text[word_start].isupper():
            return True
    return False


def _last_subject(para: _Paragraph) -> Attribution | None:
    """The subject of the last cue of a paragraph without quotes (``X added.``)."""
    last_start = para.starts[-1] if para.starts else 0
    for j in sorted(para.cues, reverse=True):
        if para.starts[j] != last_start:
            return None  # only the paragraph's last sentence hands its speaker on
        if para.lowers[j] in _NO_ANSWER_CUES and not _NEGATIONS.isdisjoint(
            para.lowers[max(last_start, j - 3) : j]
        ):
            return None  # "His agent did not respond to a request for comment.": no one spoke
        found = para.np_before(j, last_start)
        if found is not None:
            return Attribution(para.speaker(*found), para.cues[j][0], "direct")
        # a noun cue without a subject (``his scathing remarks``): try the verb before
    return None


#: Cues that, negated, tell of no answer (``did not respond``, ``would not comment``).
_NO_ANSWER_CUES = frozenset({"respond", "responded", "comment", "commented", "reply", "replied"})
#: Words that negate a cue a few words after them.
_NEGATIONS = frozenset({"not", "never", "n't", "didn't", "hasn't", "haven't", "wouldn't", "won't"})


def _introduces(para: _Paragraph) -> Attribution | None:
    """``X said:`` at the end of a paragraph introduces the next one's quote."""
    texts = para.texts
    if not texts or texts[-1] != ":":
        return None
    for j in range(len(texts) - 2, max(-1, len(texts) - 8), -1):
        if j in para.cues:
            found = para.np_before(j, para.sentence_start(j))
            if found is None:
                found = para.np_after(para.cues[j][1], len(texts) - 1)
            if found is None:
                return None
            return Attribution(para.speaker(*found), para.cues[j][0], "direct")
    # no cue: "Trump issued the following statement:" introduces through its subject
    found = para.subject(para.starts[-1], len(texts) - 1)
    if found is not None and _person_like(para, found):
        return Attribution(para.speaker(*found), None, "direct")
    return None


# ---------------------------------------------------------------------------
# canonical names
# ---------------------------------------------------------------------------


#: What :func:`_first_mention_roles` gives: (role, described, before).
_Roles = tuple[str | None, str | None, str | None]


class _Person:
    """Someone named: *name*, *role*, *gender* and the *position* of the first mention.

    *described* is what follows the first mention: an appositive or a party
    and state; *before* the lower-case role words before it (``police
    spokeswoman``), the role when no other is written.  The people of an
    article (:func:`_people`) read these three from the text only when first
    asked for (*roles*): most are never asked, and reading is a pure function
    of the text and the mention's offsets, so when it runs changes nothing.
    Compared and hashed by value, as a frozen record.
    """

    __slots__ = (
        "_before", "_described", "_role", "_roles", "gender", "introduced", "name", "position"
    )  # fmt: skip

    def __init__(
        self,
        name: str,
        role: str | None,
        gender: str | None,
        position: int,
        described: str | None = None,
        before: str | None = None,
        *,
        roles: Callable[[], _Roles] | None = None,
    ) -> None:
        self.name = name
        self._role = role
        self.gender = gender
        self.position = position
        self._described = described
        self._before = before
        self._roles = roles
        #: the words that introduce the name (:func:`_introduction`), once read
        #: for an epithet: a pure function of the text and the position
        self.introduced: str | None = None

    def _read_roles(self) -> None:
        if self._roles is not None:
            self._role, self._described, self._before = self._roles()
            self._roles = None

    @property
    def role(self) -> str | None:
        if self._roles is not None:
            self._read_roles()
        return self._role

    @property
    def described(self) -> str | None:
        if self._roles is not None:
            self._read_roles()
        return self._described

    @property
    def before(self) -> str | None:
        if self._roles is not None:
            self._read_roles()
        return self._before

    def with_gender(self, gender: str | None) -> _Person:
        """This person of *gender* (the roles still read when first asked for)."""
        other = _Person(self.name, self._role, gender, self.position, self._described, self._before)
        other._roles = self._roles
        return other

    def _fields(self) -> tuple[str, str | None, str | None, int, str | None, str | None]:
        return (self.name, self.role, self.gender, self.position, self.described, self.before)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not _Person:
            return NotImplemented
        assert isinstance(other, _Person)  # (for mypy)
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        name, role, gender, position, described, before = self._fields()
        return (
            f"_Person(name={name!r}, role={role!r}, gender={gender!r}, position={position!r},"
            f" described={described!r}, before={before!r})"
        )


#: The words before a name that :func:`_split_role` reads as its role.
_ROLE_OR_HONORIFIC = (
    HONORIFICS
    | ROLE_WORDS
    | {word + "s" for word in ("republican", "democrat", "senator", "governor", "minister")}
    # (and a firm's trade before its name: "Stockbrokers James Capel said")
    | {"broker", "brokers", "stockbroker", "stockbrokers", "brokerage"}
)  # and their plurals: "Republicans Jo Kent of Ohio and ..."
_MALE_WORDS = frozenset({"mr", "sir", "lord", "father", "brother", "king", "prince", "congressman"})
_FEMALE_WORDS = frozenset(
    {"mrs", "ms", "miss", "madam", "lady", "dame", "sister", "queen", "princess",
     "congresswoman", "chairwoman", "spokeswoman"}
)  # fmt: skip
#: Words dropped from the end of a name.
#: Letters after a name for an office, honour or degree (``Tom Kent KC``,
#: ``Jo Lind MP``, ``Ann Berg OBE``): no part of the canonical name.
_POST_NOMINALS = frozenset(
    {"kc", "qc", "sc", "mp", "msp", "mla", "mep", "td", "obe", "mbe", "cbe", "kbe", "dbe",
     "frs", "phd", "ph.d", "md", "m.d", "esq", "rn"}
)  # fmt: skip
_NAME_END_DROPS = _SUFFIXES | {"'s"} | _POST_NOMINALS


#: Honorifics and role words that say whether a man or a woman holds them.
_GENDERED_WORDS = _ROLE_OR_HONORIFIC & (_MALE_WORDS | _FEMALE_WORDS)


def _honorific_gender(mention: str) -> str | None:
    """The gender the honorifics of *mention* give (:func:`_split_role`'s third item).

    >>> from newsstruct._speakers import _honorific_gender
    >>> _honorific_gender("Ms. Jo Lind"), _honorific_gender("Lind")
    ('female', None)
    """
    bare = [word.lower().rstrip(".") for word in mention.split()]
    if _GENDERED_WORDS.isdisjoint(bare):
        return None
    return _split_role_bare(bare, bare)[2]


def _split_role(words: Sequence[str]) -> tuple[list[str], list[str], str | None]:
    """Split a capitalised run into (role words, name words, gender)."""
    return _split_role_bare(words, [word.lower().rstrip(".") for word in words])


def _split_role_bare(
    words: Sequence[str], bare: Sequence[str]
) -> tuple[list[str], list[str], str | None]:
    """:func:`_split_role`, given the :func:`_bare` form of every word.

    A name followed by *of* ends there (``Sen. Jo Lind of Ohio``, ``Jo Lind
    of Acme Securities``); a company's name is no person's (``Acme
    Securities Inc``), but a name after it is (``Acme Capital Markets Jo
    Lind``); after a possessive the name is the capitalised words that
    follow it (``the Herald's Jo Lind``, ``Fox News' Jo Lind``), or the owner
    of an office or a document (``Lind's office``, not ``Lind's son``); a
    capitalised word for what a person does opens a role (``Comedian Jo
    Lind``).
    """
    office = _office_end(words, bare)
    if office:  # "Chairman of the Joint Chiefs of Staff Gen. Mark Milley"
        rest = _split_role_bare(words[office:], bare[office:])
        return [*words[:office], *rest[0]], rest[1], rest[2]
    if "of" in bare:
        end = min(_before_of(words, bare), _name_before_of(words, bare, 0))
        words, bare = words[:end], bare[:end]
    gender: str | None = None
    last_role = -1
    role: list[str] = []
    hyphened = "-" in "".join(bare) and any(
        low.rpartition("-")[2] in ROLE_WORDS for low in bare if "-" in low
    )
    if hyphened or not _ROLE_OR_HONORIFIC.isdisjoint(bare):
        for i, low in enumerate(bare):
            if (
                (
                    low in _ROLE_OR_HONORIFIC
                    or _paired_honorific(bare, i)  # "Tan Sri Mohd Azmi"
                    # "Under-Secretary", "Vice-President": a role word after a hyphen
                    or (
                        hyphened
                        and i < len(bare) - 2  # (not "Ann Baker-King": a surname)
                        and low.rpartition("-")[2] in ROLE_WORDS
                        and words[i][:1].isupper()
                    )
                )
                and not _surname_at(bare, i)
                and words[i] not in _PARTICLES  # "Borja del Pozo": a particle, not "Del."
                and not (last_role < 0 and low in _ROLE_LINKS)  # "Save the Rhino": no role
                # "Sri Lankan captain": no honorific before a place
                and not (
                    low in _PLACE_HONORIFICS
                    and i + 1 < len(words)
                    and _place_opening(words[i], words[i + 1])
                )
            ):
                if i and i == len(bare) - 1 and low in _POST_NOMINALS:
                    break  # "Jo Lind MP": letters after the name, not "Labour MP Jo Lind"
                last_role = i
                if low in _MALE_WORDS:
                    gender = "male"
                elif low in _FEMALE_WORDS:
                    gender = "female"
        while (
            0 <= last_role < len(words) - 3
            and bare[last_role + 1] in _DESCRIBING
            and words[last_role + 1][:1].isupper()
        ):
            last_role += 1  # "Deputy Prosecutor Jo Lind", "Assistant Coach Jo Lind"
        while (
            0 <= last_role < len(words) - 3
            and bare[last_role + 1] in PERSON_NOUNS
            and words[last_role + 1].islower()
        ):
            last_role += 1  # "chief meteorologist Jo Lind": the noun after the title
        role = [
            words[i]
            for i in range(last_role + 1)
            if (bare[i] not in _COURTESY_TITLES and not _paired_honorific(bare, i))
            or (
                bare[i] in _PLACE_HONORIFICS
                and i + 1 < len(words)
                and _place_opening(words[i], words[i + 1])
            )
        ]
    elif (
        len(words) >= 3
        and (bare[0] in _DESCRIBING or bare[0] in _POSITIONS_BEFORE_NAMES)
        and words[0][:1].isupper()
    ):
        last_role, role = 0, [words[0]]  # "Comedian Jo Kent", "Forward Jo Kent"
    elif len(words) > 3 and (described := _describing_at(words, bare)):
        # "Council Member Jo Kent", "New York City Public Advocate Jo Kent"
        last_role, role = described, list(words[: described + 1])
    elif words and words[0][:1].islower() and (lowered := _lower_role(words, bare)):
        last_role, role = lowered - 1, list(words[:lowered])  # "union steward Jo Kent"
    stop = len(words)
    while stop > last_role + 1 and bare[stop - 1] in _NAME_END_DROPS:
        stop -= 1
    first = last_role + 1
    joined = "\x00".join(bare)
    # (every possessive end holds an apostrophe: without one there is none)
    possessive = "'" in joined or "\u2019" in joined
    for i in range(stop - 2 if possessive else -1, first - 1, -1):
        if bare[i].endswith(_POSSESSIVE_ENDS) and words[i][:1].isupper():
            if words[i + 1][:1].isupper():  # "the Herald's Jo Kent"
                first = i + 1
                if i > last_role >= 0 and role:
                    role = []  # "First Chicago's Jo Kent": the owner's name, no role
            elif bare[stop - 1] in _OWNED and all(w.islower() for w in words[i + 1 : stop]):
                stop = i + 1  # "Kent's office"
            break
    if (
        role
        and first == last_role + 1
        and stop - first >= 3
        and not _OFFICE_LINKS.isdisjoint(bare[:first])
    ):
        # "Secretary of Homeland Security Jeh Johnson": the capitalised words
        # after "of" or "and" that open no name belong to the office
        while (
            stop - first > 2
            and _office_word(words[first], bare[first])
            # "Minister for Planning Tariq Mehmood Awan": a portfolio ends the office
            and not (_bare(role[-1]) in PORTFOLIO_WORDS and bare[first] not in PORTFOLIO_WORDS)
        ):
            role.append(words[first])
            first += 1
    owned = bare[first:stop]
    if possessive:
        owned = [low.removesuffix("'s").removesuffix("\u2019s") for low in owned]
    if not COMPANY_WORDS.isdisjoint(owned):
        firm = [
            i
            for i, low in enumerate(owned)
            if low in COMPANY_WORDS and words[first + i][:1].isupper()
        ]
        if firm:  # "Acme Capital Markets Jo Lind": the name after the firm's
            first += firm[-1] + 1
            if stop - first < 2:
                return role, [], gender
    elif stop - first >= 3:
        first += _place_before(words[first:stop])
    return role, list(words[first:stop]), gender


def _paired_honorific(bare: Sequence[str], i: int) -> bool:
    """Whether ``bare[i]`` opens an honorific of two words (``Tan`` in ``Tan Sri``).

    >>> from newsstruct._speakers import _paired_honorific
    >>> _paired_honorific(["tan", "sri", "jo"], 0), _paired_honorific(["tan", "hui", "min"], 0)
    (True, False)
    """
    return i + 1 < len(bare) and (bare[i], bare[i + 1]) in HONORIFIC_PAIRS


#: Players' positions that open a role before a name (``Forward Jo Kent``); not
#: those that are surnames or places too (``Lock``, ``Prop``, ``Hooker``).
_POSITIONS_BEFORE_NAMES = POSITION_NOUNS - {"lock", "prop", "hooker"}


def _office_end(words: Sequence[str], bare: Sequence[str]) -> int:
    """Where an office in capitals that opens *words* with a role word and *of* or
    *for* ends (``Governor of the Bank of England``, ``Minister for Foreign
    Affairs``), so that a name of at least two words follows it; 0 when none does.

    The office runs over capitalised words and the links between them up to a
    first name, an honorific or a title (``Gen.``), and leaves at least two
    words for the name.

    >>> from newsstruct._speakers import _office_end
    >>> words = "Governor of the Bank of England Andrew Bailey".split()
    >>> _office_end(words, [w.lower().rstrip(".") for w in words])
    6
    >>> words = "Secretary of State".split()
    >>> _office_end(words, [w.lower().rstrip(".") for w in words])
    0
    """
    count = len(words)
    if (
        count < 5
        or bare[1] not in _OFFICE_RUN_LINKS
        or bare[0] not in ROLE_WORDS
        or bare[0] in _COURTESY_TITLES
        or not words[0][:1].isupper()
    ):
        return 0
    k = 1
    while k < count and bare[k] in _OFFICE_JOINS:
        k += 2 if k + 1 < count and bare[k + 1] == "the" else 1
        start = k
        while (
            k < count
            and words[k][:1].isupper()
            and bare[k] not in MALE_FIRST_NAMES
            and bare[k] not in FEMALE_FIRST_NAMES
            and bare[k] not in _TITLE_ABBREVIATIONS
            and bare[k] not in HONORIFICS
        ):
            k += 1
        if k == start:
            return 0
    if k >= count - 1:
        k = _portfolio_end(bare, start, k)  # "Minister of State for Transport Lim Wei Jie"
    k = min(k, count - 2)
    return k if k >= 3 else 0


def _portfolio_end(bare: Sequence[str], start: int, end: int) -> int:
    """Where a portfolio that opens ``bare[start:end]`` ends, when a name of two
    words or more follows it (``Planning`` in ``Planning Tariq Mehmood Awan``);
    else *end*.

    >>> from newsstruct._speakers import _portfolio_end
    >>> _portfolio_end("for planning tariq mehmood awan".split(), 1, 5)
    2
    >>> _portfolio_end("of the bank of acme jo lind".split(), 2, 7)
    7
    """
    k = start
    while k < end and bare[k] in PORTFOLIO_WORDS:
        k += 1
    return k if start < k <= end - 2 else end


#: Most lower-case words before a name read as its role.
_MAX_LOWER_ROLE = 4
#: Lower-case words that are no part of a role before a name: function words.
_NOT_ROLE_WORDS = _FUNCTION_CAPS | _STOP | _AUX | _DETERMINERS


def _lower_role(words: Sequence[str], bare: Sequence[str]) -> int:
    """How many lower-case words open *words* as the role of the name after them.

    ``union steward Jo Kent`` -> 2: role words the vocabulary lacks still
    describe the person when they stand, in lower case, right before a full
    name of capitalised words.  Function words (``the``, ``also``) open no role.

    >>> from newsstruct._speakers import _lower_role
    >>> words = ["union", "steward", "Jo", "Kent"]
    >>> _lower_role(words, [w.lower() for w in words])
    2
    >>> words = ["also", "Jo", "Kent"]
    >>> _lower_role(words, [w.lower() for w in words])
    0
    """
    count = 0
    for word, low in zip(words, bare, strict=False):
        if not word[:1].islower():
            break
        if low in _NOT_ROLE_WORDS or not word.replace("-", "").isalpha():
            return 0
        count += 1
    if not 0 < count <= _MAX_LOWER_ROLE or len(words) - count < 2:
        return 0
    if not all(word[:1].isupper() for word in words[count:]):
        return 0
    return count


#: Honorifics left out of a role (``Mr``, ``Dr``, ``Sir``); those of an
#: office stay in it (``Judge``).
_COURTESY_TITLES = HONORIFICS - OFFICE_HONORIFICS

#: Words that link an office to what it is of (``Secretary of``, ``Health and``).
_OFFICE_LINKS = frozenset({"of", "and", "for"})


def _office_before(text: str, start: int) -> bool:
    """Whether a capitalised word and *of* or *and* come right before *start*.

    >>> from newsstruct._speakers import _office_before
    >>> _office_before("Secretary of Health and Human", 24), _office_before("and Human", 4)
    (True, False)
    """
    before = text[max(0, start - _OFFICE_REACH) : start].split()
    return len(before) >= 2 and before[-2][:1].isupper()


#: How far before a name the office it continues is read.
_OFFICE_REACH = 40
#: Words that join an office's capitalised words across a run's start.
_OFFICE_RUN_LINKS = frozenset({"of", "for"})
#: How the text ends right before such a run.
_OFFICE_RUN_ENDS = (" of ", " for ", " the ")
#: A portfolio in capitals and ``and the`` right before a run (``for
#: Sustainability and the``), read over this many more characters.
_PORTFOLIO_AND = LazyPattern(r"[ ]\p{Lu}\p{Ll}++[ ]and[ ]the[ ]$")
_PORTFOLIO_AND_REACH = 24


def _office_words(text: str, start: int) -> tuple[str, ...]:
    """The words of an office in capitals that a run of names at *start*
    continues across *of* or *for* (``Minister for`` before ``Foreign Affairs
    Penny Wong``; ``Speaker of the`` before ``House Mike Johnson``), opening on
    a role word; empty when none stands there.

    >>> from newsstruct._speakers import _office_words
    >>> _office_words("said Minister for Foreign Affairs", 18)
    ('Minister', 'for')
    >>> _office_words("said Jo Lind of the Bank", 20)
    ()
    """
    if not text.endswith(_OFFICE_RUN_ENDS, max(0, start - 5), start):
        return ()  # (most runs: no link right before them)
    links = _OFFICE_RUN_LINKS  # the first link: "and" there joins two people
    reach = _OFFICE_REACH
    if _PORTFOLIO_AND.search(text, max(0, start - _PORTFOLIO_AND_REACH), start) is not None and (
        text[start : text.find(" ", start, start + 40)].lower() in PORTFOLIO_WORDS
    ):
        # "Minister for Sustainability and the" before "Environment Tan Wei Ming":
        # "and" joins two portfolios of one office
        links = _OFFICE_JOINS
        reach = _OFFICE_REACH + _PORTFOLIO_AND_REACH
    before = text[max(0, start - reach) : start]
    words = before[before.rfind("\n") + 1 :].split()  # (within its paragraph)
    k = len(words)
    opening = -1
    while True:
        j = k - 1 if k and words[k - 1] == "the" else k
        if not j or words[j - 1] not in links:
            break
        j -= 1
        m = j
        while (
            m
            and words[m - 1][:1].isupper()
            and words[m - 1] not in _FUNCTION_CAPS
            and not _ends_clause(words[m - 1])  # "the PM House. Federal Minister for"
        ):
            m -= 1
        if m == j:
            break
        k = m
        links = _OFFICE_JOINS
        if any(word.lower().rstrip(".") in ROLE_WORDS for word in words[k:j]):
            opening = k  # "Minister for", "Union Minister for"
    if opening < 0:
        return ()
    return tuple(words[opening:])


#: How many tokens a noun phrase holding an office in capitals may run over
#: (``The National Director of Publicity of the All Progressives Congress``).
_MAX_OFFICE_TOKENS = 12


def _ends_clause(word: str) -> bool:
    """Whether *word* ends a sentence or a clause (``House.``, ``Lind,``), not an
    abbreviation (``U.S.``)."""
    if word.endswith((",", ";", ":", "!", "?")):
        return True
    return (
        word.endswith(".")
        and word.lower().rstrip(".") not in ABBREVIATIONS
        and word.rstrip(".") not in CASED_ABBREVIATIONS
    )


def _office_word(word: str, low: str) -> bool:
    """Whether *word*, after an office's *of* or *and*, is part of it, not a first name."""
    return (
        low not in MALE_FIRST_NAMES
        and low not in FEMALE_FIRST_NAMES
        and len(low) > 1
        and not word.endswith(".")
    )


#: Ends of a possessive (``the Herald's``, ``Fox News'``).
_POSSESSIVE_ENDS = ("'s", "\u2019s", "s'", "s\u2019")
#: Words for what a person is or does, written capitalised before a name
#: (``Comedian Jo Kent``): a role, as titles are.
_DESCRIBING = PERSON_NOUNS - _DETERMINERS - _FUNCTION_CAPS

#: What speaks in its owner's name (``Kent's office``, ``Kent's statement``).
_OWNED = _DOCUMENTS | {"office", "campaign", "staff", "paper", "book", "website", "blog"}


def _place_before(name: Sequence[str]) -> int:
    """How many words of a long name are a city glued before it (``Tokyo Jo M. Lind``).

    A listed city that is no personal name, of one or two words, or an
    organisation's initials (``OECD Jo Kent``), with a name of two or three
    words after it, not written in capitals (a headline).
    """
    if all(word.isupper() for word in name[1:]):
        return 0
    if _acronym(name[0]) and len(name) <= 4:
        return 1  # "OECD Jo Kent"
    for size in (2, 1):
        if 2 <= len(name) - size <= 3:
            glued = " ".join(name[:size])
            if is_known_place(glued, names_too=False) or glued in REGIONS:
                return size  # "Tokyo Jo M. Lind", "Caribbean Jo Lind"
    return 0


#: Titles written short before a name (``Sen.``, ``Gov.``, ``Dr.``; not ``U.S.``).
_TITLE_ABBREVIATIONS = (ABBREVIATIONS & _ROLE_OR_HONORIFIC) - {"u.s", "st"}


def _before_of(words: Sequence[str], bare: Sequence[str]) -> int:
    """Where a name ends before the first *of* and the place or firm after it.

    (:func:`_split_role_bare` cuts a run at the nearer of this and
    :func:`_name_before_of`, which reads the last *of*.)

    A name word after a name word or a short title is a name (``Jo Lind of
    Ohio`` and ``Sen. Lind of Ohio`` end at *of*); a role, a body or one
    word is not (``Secretary of State``, ``Deputy Minister of Finance``,
    ``U.S. Department of Agriculture``, ``Bank of England``).
    """
    for i in range(2, len(words)):
        if (
            words[i] == "of"
            and _named_word(words[i - 1])
            and (bare[i - 1] not in _ROLE_OR_HONORIFIC or _surname_at(bare, i - 1))
            and bare[i - 1] not in COMPANY_WORDS
            and (_named_word(words[i - 2]) or bare[i - 2] in _TITLE_ABBREVIATIONS)
        ):
            return i
    return len(words)


#: Titles of people known by one name after them (``Pope Francis``, ``King
#: Charles``, ``Prince Harry``, ``Mr Justice Lee``, ``Judge Kent``): the title and
#: the name name someone in full.
_ONE_NAME_TITLES = frozenset({"pope", "king", "queen", "prince", "princess", "justice", "judge"})


#: Titles said before a first name (``Coach Tyler``, ``Aunt Rosa``, ``Sister Mary``), not
#: those said before a surname (``Judge Tyler``, ``Father Albanese``).
_FIRST_NAME_TITLES = frozenset(
    {"coach", "uncle", "aunt", "auntie", "brother", "sister", "cousin", "grandma", "grandpa",
     "granny", "nana"}
)  # fmt: skip


def _people(text: str, paragraphs: Sequence[Paragraph]) -> list[_Person]:
    """Everyone named in full, once each, in order of first mention.

    A person's gender comes from an honorific on any mention of the surname
    (``Ingrid Solberg`` ... ``Ms Solberg``), unless mentions disagree.  Names
    are read from the runs of capitalised words of each paragraph
    (:data:`SPEAKER_NAME_RUN`, or its twin for the standard engine,
    :data:`SPEAKER_NAME_RUN_PLAIN`, in plain text); a run of one word (most
    of them: sentence openings) and a run read before are passed over first,
    unless a title of one known by one name opens it (``Pope Francis``).
    """
    people: list[_Person] = []
    seen: set[str] = set()
    surname_gender: dict[str, str] = {}
    surnames: set[str] = set()
    read: set[str] = set()  # a run read again changes nothing
    firsts: set[str] = set()  # the first words of the names read ("Jo" of "Jo bin Lind")
    plain = text.isascii() or SPEAKER_NAME_NOT_PLAIN.search(text) is None
    for paragraph in paragraphs:
        if len(people) >= _MAX_PEOPLE:
            break
        lo, hi = paragraph.span.start, paragraph.span.end
        if hi - lo <= _LONGEST_PLAIN:
            # the standard engine reads plain text faster; a timeout costs
            # more than scanning a short paragraph
            if plain:
                runs = SPEAKER_NAME_RUN_PLAIN.findall(text, lo, hi)
            else:
                runs = SPEAKER_NAME_RUN.findall(text, lo, hi)
        else:  # the timeout is a safety net for long text
            runs = SPEAKER_NAME_RUN.findall(text, lo, hi, timeout=SCAN_TIMEOUT)
        end = lo
        # one word is never a full name (most runs: sentence openings); runs are
        # read without the white space after them
        for run in filterfalse(str.isalpha, map(str.rstrip, runs)):
            words = run.split()
            if len(words) < 2:
                continue
            # every capital starts a run, so a run of several words is the first
            # place its text occurs after the run of several words before it
            start = text.find(run, end, hi)
            end = start + len(run)
            if run in read:
                continue
            read.add(run)
            if hi - lo <= len(run) + 2 and _title_line(text, lo, hi, run, words):
                continue  # "Storm Hits Coast", "Rising Costs": a headline or a subhead
            if "." in run:  # no full stop: the run is within one sentence
                words = _one_sentence(words)
            words = _after_rubric(_after_headline(words))
            bare = [word.lower().rstrip(".") for word in words]
            first = 0
            while first < len(words) and (
                (bare[first] in _FUNCTION_CAPS and words[first] not in MONTH_FIRST_NAMES)
                or bare[first] in _NAME_RUN_OPENERS
            ):
                first += 1
            for i in range(len(words) - 2, first - 1, -1):
                if "-" in words[i] and words[i].partition("-")[2].endswith(_COMPOUND_ENDS):
                    first = i + 1  # "South Korean-born Monte Lind": the name is after it
                    break
            if (
                len(words) - first < 2
                or _after_demonym(bare, first) == len(words)  # "West African"
                or _place_name(words, first)
                or _quoted_title(text, start, end)
            ):
                continue
            if _after_article(text, lo, start, words, first):
                read.discard(run)  # (the same words elsewhere may name someone)
                continue
            # (a run holds no comma: its words need no stripping)
            role, name, gender = _split_role_bare(words[first:], bare[first:])
            office = _office_words(text, start) if first == 0 else ()
            if office:
                # the run goes on with an office ("Minister for Foreign Affairs
                # Penny Wong", "Speaker of the House Mike Johnson"): read the two as one
                joined = [*office, *words]
                whole = _split_role_bare(joined, [w.lower().rstrip(".") for w in joined])
                if len(whole[1]) >= 2 and len(whole[0]) > len(office):
                    role, name, gender = whole
            elif (
                len(name) > 2
                and not role
                and text.endswith(("and ", "of "), 0, start)
                and _office_before(text, start)
            ):
                # the run goes on with an office ("Secretary of Health and Human
                # Services Jo Lind"): its words that open no name are the office's
                while len(name) > 2 and _office_word(name[0], name[0].lower()):
                    del name[0]
            if len(name) > 3 and _after_demonym([w.lower() for w in name], 0) == 2:
                name = name[2:]  # "South Korean Kim Lee": Kim Lee
            if "'s" in run or "\u2019s" in run:
                name = [w.removesuffix("'s").removesuffix("\u2019s") for w in name]
            if gender and name:
                known = surname_gender.setdefault(name[-1], gender)
                if known != gender:
                    surname_gender[name[-1]] = "unknown"
            if len(name) < 2 and not (
                name
                and role
                and _bare(role[-1]) in _ONE_NAME_TITLES
                and _named_word(name[0])
                and name[0] not in firsts  # ("Prince Jo" after "Prince Jo bin Lind")
            ):
                continue  # (but "Pope Francis", "King Charles": known by one name)
            last = name[-1].lower().rstrip(".")
            if not ORGANISATION_WORDS.isdisjoint([w.lower().rstrip(".") for w in name[:-1]]) or (
                last in ORGANISATION_WORDS and last not in ORGANISATION_SURNAMES
            ):
                continue  # (a body; the surname White is no White House)
            if name[-1].lower() in _CLUB_ENDINGS:
                continue  # "Castleford Town", "Leeds United": a club or a place
            if (
                len(name) == 2
                and name[1].isupper()
                and name[1].isalpha()
                and _bare(name[0]) in _ROLE_OPENING_WORDS
            ):
                continue  # "Senior EC financial expert": a role's first words, an acronym
            if name[-1].partition("-")[2].endswith(_COMPOUND_ENDS):
                continue  # "North American-made", "German-built": a compound adjective
            if _after_surname(name, surnames):
                continue
            if len(name) == 2 and name[1] in firsts and name[0].lower() in _FIRST_NAME_TITLES:
                continue  # "Coach Tyler" after "Tyler Kessler": that one, by a title and first name
            surnames.add(name[-1])
            full = " ".join(name)
            if full not in seen:
                seen.add(full)
                firsts.add(name[0])
                # "Mohd Azmi" after "Mohd Azmi Ghazali": the first words of a name
                # named before are that person, not someone new
                if len(name) <= _PREFIXED_WORDS and not run.isupper():
                    seen.update(" ".join(name[:k]) for k in range(2, len(name)))
                    # "Mac Giolla Rua" after "Conor Mac Giolla Rua": the surname of
                    # several words a Gaelic prefix opens is that person's
                    seen.update(
                        " ".join(name[k:])
                        for k in range(1, len(name) - 1)
                        if name[k] in _SURNAME_PREFIXES
                    )
                shared = _shared_surname_first(text, lo, start, name) if not role else None
                if shared is not None and shared[0] not in seen:
                    # "Arthur and Margaret Pike": Arthur is Arthur Pike
                    seen.add(shared[0])
                    people.append(_Person(shared[0], None, shared[1], start))
                # (its roles are read from the text when first asked for)
                roles = partial(_first_mention_roles, text, start, end, run, name[0], tuple(role))
                people.append(
                    _Person(full, None, gender, _after_glued(run, name[0], start), roles=roles)
                )
        # (the gate's quote opens after a space: a paragraph without one is not scanned)
        if (
            text.find(' "', lo, hi) >= 0
            or text.find(" \u201c", lo, hi) >= 0
            or text.find(" ''", lo, hi) >= 0  # (NYT style: ''The Lion'')
        ) and (
            _nickname_gate(text, lo, hi)
            # (it runs only when the first gate passes, as before: the second
            # gate passes wherever a nickname is found, so none is lost)
            and SPEAKER_NICKNAME_CAPS.search(text, lo, hi)
        ):
            _add_nicknamed(text, lo, hi, people, seen, surnames)
    return [_with_gender(person, surname_gender) for person in people]


#: Words of a compass or a region before a demonym (``West African``, ``Latin American``).
_DEMONYM_REGIONS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
     "central", "latin", "southeast", "northeast", "southwest", "northwest", "middle",
     "sub-saharan"}
)  # fmt: skip
#: The endings of a demonym after one of :data:`_DEMONYM_REGIONS` (``Korean``,
#: ``Congolese``, ``Eastern``, ``Arabic``).
_DEMONYM_ENDS = ("an", "ese", "ern", "ic", "ish", "i")


def _after_demonym(bare: Sequence[str], first: int) -> int:
    """The first word of a name after the region's demonym that opens the run of
    *bare* words at *first*, if any (``West African``, ``South Korean Kim Lee``):
    a demonym is no person's name, and a run of one names no one.

    >>> _after_demonym(["west", "african"], 0), _after_demonym(["south", "korean", "kim", "lee"], 0)
    (2, 2)
    >>> _after_demonym(["west", "brown"], 0)
    0
    """
    if (
        first + 1 < len(bare)
        and bare[first] in _DEMONYM_REGIONS
        and bare[first + 1].endswith(_DEMONYM_ENDS)
    ):
        return first + 2
    return first


#: Opening and closing quotation marks around a title.
_TITLE_OPENS = frozenset("\"\u201c\u2018'")
_TITLE_CLOSES = ('"', "\u201d", "\u2019", "'", ',"', ",\u201d", '."', ".\u201d")


def _quoted_title(text: str, start: int, end: int) -> bool:
    """Whether the run from *start* to *end* is all a quotation holds (``the single
    "Runaway Heart," which she said``): a title, no person's name.

    >>> _quoted_title('the single "Runaway Heart," which', 12, 25)
    True
    >>> _quoted_title('said Jo Lind, "we won."', 5, 12)
    False
    """
    return start > 0 and text[start - 1] in _TITLE_OPENS and text.startswith(_TITLE_CLOSES, end)


def _place_name(words: Sequence[str], first: int) -> bool:
    """Whether the run of *words* from *first* is a place's name (``Nova Scotia``,
    ``New Jersey``, ``West Africa``): no person's.

    >>> _place_name(["in", "Nova", "Scotia"], 1), _place_name(["Jo", "Lind"], 0)
    (True, False)
    """
    name = " ".join(words[first:]).removesuffix("'s").removesuffix("\u2019s")
    return (
        name in US_STATE_NAMES
        or name in CANADIAN_PROVINCE_NAMES
        or name in COUNTRIES
        or name in REGIONS
        or is_known_place(name, names_too=False)
    )


def _after_article(text: str, lo: int, start: int, words: Sequence[str], first: int) -> bool:
    """Whether the run of *words* from *first*, at *start* in the paragraph from *lo*,
    follows an indefinite article and opens with no common first name (``elected a
    Royal Academician``, ``An Olympic Champion``): a title or an honour, no person
    (``a Bernie Sanders rally`` still names one).

    >>> _after_article("elected a Royal Academician", 0, 10, ["Royal", "Academician"], 0)
    True
    >>> _after_article("at a Bernie Sanders rally", 0, 5, ["Bernie", "Sanders"], 0)
    False
    """
    if first > 0:
        if words[first - 1].lower() not in {"a", "an"}:
            return False
    elif not (
        text.endswith((" a ", " an "), lo, start)
        # (the paragraph's opening words alone: no slice of a long paragraph's start)
        or (start - lo < 4 and text[lo:start] in {"a ", "an "})
    ):
        return False
    word = words[first].lower()
    return word not in MALE_FIRST_NAMES and word not in FEMALE_FIRST_NAMES


#: The longest first name read before ``and`` and a full name of two words.
_LONGEST_SHARED_FIRST = 16


def _shared_surname_first(
    text: str, lo: int, start: int, name: Sequence[str]
) -> tuple[str, str] | None:
    """The full name and gender of the one named by a first name alone before *and*
    and the full *name* of two words starting at *start* (``Arthur and Margaret
    Pike``, ``her parents, Michael and Susan Harlow``): both first names common
    ones of a known sex, the first set off from any name before it.

    >>> from newsstruct._speakers import _shared_surname_first as shared
    >>> text = "Arthur and Margaret Pike run it. Tom Jordan and Ann Berg met."
    >>> shared(text, 0, 11, ["Margaret", "Pike"]), shared(text, 0, 48, ["Ann", "Berg"])
    (('Arthur Pike', 'male'), None)
    """
    if len(name) != 2 or not text.endswith(" and ", lo, start):
        return None
    at = text.rfind(" ", max(lo, start - 6 - _LONGEST_SHARED_FIRST), start - 5) + 1
    first = text[at or lo : start - 5]
    if not (first.isalpha() and first[0].isupper() and first[1:].islower()):
        return None
    if at > lo:  # the word before the first name: none of a name ("Tom Jordan and")
        word = text[text.rfind(" ", lo, at - 1) + 1 : at - 1]
        if word and not (word[-1] in ",:;(" or word.islower()):
            return None
    if _first_name_gender(" ".join(name)) is None:
        return None
    gender = _first_name_gender(f"{first} {name[1]}")
    return None if gender is None else (f"{first} {name[1]}", gender)


def _nickname_gate(text: str, lo: int, hi: int) -> bool:
    """Whether :data:`SPEAKER_NICKNAME_GATE` is found in ``text[lo:hi]``, tried
    only where a match may start: before a space and an opening quote (one
    C-level search for each such place, not a try at every character).

    >>> _nickname_gate('Leo "The Lion" Marsh said', 0, 25), _nickname_gate('a "b." c', 0, 8)
    (True, False)
    """
    for mark in (' "', " \u201c", " ''"):
        at = text.find(mark, lo + 1, hi)
        while at >= 0:
            if SPEAKER_NICKNAME_GATE.match(text, at - 1, hi) is not None:
                return True
            at = text.find(mark, at + 1, hi)
    return False


#: The lower-case ends of a compound adjective after a capitalised word
#: (``American-made``, ``German-built``, ``Texas-based``): no surname ends so
#: (``Ban Ki-moon``, ``Li Ka-shing`` do not).
_COMPOUND_ENDS = ("made", "built", "based", "owned", "led", "backed", "run", "born", "style")

#: The definite article as written (``the Rev Jo Lind``).
_THE = frozenset({"the", "The"})


def _title_line(text: str, lo: int, hi: int, run: str, words: Sequence[str]) -> bool:
    """Whether *run* of *words* is the whole paragraph ``text[lo:hi]``, a line in
    title case that no name makes up (a headline or a subhead): four words or
    more, or fewer not opening with a first name (``Storm Hits Coast``), two of
    them only when the last is named nowhere near (not ``Jan Novak`` over copy
    that names Novak)."""
    if text[lo:hi].strip() != run or len(words) < 2:
        return False
    if len(words) >= 4:
        return True
    if words[0].lower() in _FIRST_NAMES:
        return False
    if len(words) == 3:
        return True
    # (the last word named nowhere near: read within a window, so that the text
    # is read in linear time whatever its number of such lines)
    last = words[-1]
    return (
        text.find(last, max(0, lo - _TITLE_LINE_REACH), lo) < 0
        and text.find(last, hi, hi + _TITLE_LINE_REACH) < 0
    )


#: How far (characters) around a title-case line of two words its last word is looked for.
_TITLE_LINE_REACH = 2000


#: Words that end the name of a club or a place, never a person's (``Castleford
#: Town``, ``Leeds United``, ``Bristol Rovers``, ``Mexico City``).
_CLUB_ENDINGS = frozenset(
    {"town", "city", "united", "rovers", "athletic", "wanderers", "albion", "rangers",
     "fc", "afc", "hotspur", "county"}
)  # fmt: skip


def _first_mention_roles(
    text: str, start: int, end: int, run: str, first: str, role: Sequence[str]
) -> _Roles:
    """(role, described, before) of a person named in full by *run* at ``text[start:end]``,
    its name opening with *first* after its role words *role*."""
    described = _described_after(text, end)
    # an appositive is the role as written when no title gives one
    # ("Jo Lind, the port director, said"; "the port director, Jo
    # Lind, said"); a party is no role
    title = " ".join(role)
    if title and run.startswith(role[0]):
        title = _joined_portfolio(text, start) + title
    if described and all(w.lower().rstrip(".") in OFFICE_HONORIFICS for w in role):
        title = ""  # "Rabbi Jo Lind, president of ...": the appositive says more
    party = text.startswith(" (", end) or (
        text.startswith(", ", end)
        and text[end + 2 : end + 3] in _PARTIES
        and text[end + 3 : end + 4] in ("-", "\u2013")
    )  # ("Jo Lind (D-Ohio)", "Jo Lind, R-Staten Island,": no role)
    held = title or (None if party else described)
    before: str | None
    if held is None or described is None:
        before = _described_before(text, start, end)
        held, described = held or before, described or before
    if not held:
        at = start
        if not run.startswith(first):
            # (the name may start after a place glued before it: "Tokyo Jo Lind")
            glued = run[: run.find(first)].strip()
            if glued in REGIONS or is_known_place(glued, names_too=False):
                at += run.find(first)
        before = _role_words_before(text, at)
    else:
        before = None
    return held, described, before


def _after_glued(run: str, first: str, start: int) -> int:
    """Where the name opening with *first* starts in a *run* at *start*: after
    a city glued before it (``Tokyo Jo Lind``, so that ``expert in Tokyo Jo
    Lind`` names a person, no place), else the run's start."""
    if run.startswith(first):
        return start
    at = run.find(f" {first}") + 1
    glued = run[:at].strip()
    if at and (glued in REGIONS or is_known_place(glued, names_too=False)):
        return start + at
    return start


def _joined_portfolio(text: str, start: int) -> str:
    """The portfolio and *and* right before a run of role words and a name at
    *start* that the run's office goes on from (``Industry and`` before
    ``Foreign Trade Secretary Jo Kent``), or ``""``.

    >>> from newsstruct._speakers import _joined_portfolio
    >>> text = "said Securities and Exchange Commission Chairman Jo Kent"
    >>> _joined_portfolio(text, text.index("Exchange"))
    'Securities and '
    >>> text = "said Jo Lind and Trade Secretary Jo Kent"
    >>> _joined_portfolio(text, text.index("Trade"))
    ''
    """
    lo = max(0, start - 24)
    before = text[lo:start]
    if not before.endswith(" and "):
        return ""
    words = before[:-5].split()
    # (a whole word: the text's first, or one after white space)
    word = words[-1] if len(words) > 1 or (words and not lo) else ""
    if word.isalpha() and word[:1].isupper() and word.lower() in _JOINED_PORTFOLIOS:
        if len(words) > 1 and words[-2] in _CHAMBERS:
            return f"{words[-2]} {word} and "  # "House Ways and Means Committee Chairman"
        return f"{word} and "
    return ""


def _add_nicknamed(
    text: str, lo: int, hi: int, people: list[_Person], seen: set[str], surnames: set[str]
) -> None:
    """Add to *people* the names in ``text[lo:hi]`` that a quoted nickname cuts in
    two runs (``Striker Leo "The Lion" Marsh`` is Leo Marsh, role Striker)."""
    for match in SPEAKER_NICKNAMED.finditer(text, lo, hi, timeout=SCAN_TIMEOUT):
        words = [*match.group("name").split(), match.group("surname")]
        role, name, gender = _split_role_bare(words, [w.lower().rstrip(".") for w in words])
        full = " ".join(name)
        if len(name) < 2 or full in seen or len(people) >= _MAX_PEOPLE:
            continue
        seen.add(full)
        surnames.add(name[-1])
        described = _described_after(text, match.end())
        people.append(_Person(full, " ".join(role) or described, gender, match.start(), described))


#: How far after a name its description is read.
_DESCRIPTION_REACH = 120
#: Party initials in ``(D-Ohio)`` after a name.
_PARTIES = {"D": "Democrat", "R": "Republican", "I": "Independent"}
#: The end of a party's place set off after a name (``, R-Staten Island.``).
_PARTY_PLACE_END = regex.compile(r"[,;]|\.(?:\s|$)")
_DESCRIPTION_ENDS = (",", ";", ".")
#: Words that may head an appositive with no article (``Jo Lind, chief
#: executive of Acme,``): role words and nouns for what a person is, less the
#: words that count or gather people (``Jo Lind, many others``).
_APPOSITIVE_HEADS = (_ROLE_OPENERS | PERSON_NOUNS) - frozenset(
    {"all", "both", "few", "many", "most", "some", "several", "others", "people", "percent",
     "thousands", "hundreds", "dozens", "two", "three", "four", "anyone", "everyone",
     "everybody", "nobody", "somebody", "someone", "audience", "crowd", "chorus", "majority",
     "minority", "first", "former", "then", "state", "house", "senate", "federal", "national",
     "home", "trade", "press", "staff", "campaign", "democrat", "republican", "democratic",
     "independent", "conservative", "liberal", "progressive", "us", "u.s", "uk", "un", "eu"}
)  # fmt: skip
#: Words that end the head of an appositive with no article (``director of``).
_APPOSITIVE_HEAD_ENDS = frozenset(
    {"of", "for", "at", "in", "on", "with", "from", "to", "and", "who", "which", "whose"}
)
#: Words that open a list of some of a group, or a time of life (``as a teenager``),
#: not a description.
_NO_DESCRIPTION = frozenset(
    {"including", "among", "especially", "notably", "like", "as"}
    # a verb: the name is set off itself ("His brother, Mark Lind, is a county
    # commissioner"), and what follows is its predicate
    | {"is", "was", "has", "had", "will", "would"}
)
#: Words that open a relative clause, which ends an appositive.
_RELATIVES = frozenset({"who", "whose", "which", "that"})


def _described_after(text: str, end: int) -> str | None:
    """The description right after a name that ends at *end*, or ``None``.

    An appositive of a few words, closed by a comma or a sentence end, as
    written less its article (``Jo Lind, a Democrat from Ohio, said``), after
    an age (``Jo Lind, 45, a farmer,``), or with no article when a role word
    or a noun for what a person is heads it (``Jo Lind, chief executive of
    Acme,``, ``Jo Lind, Acme's chief executive,``); or a party and state
    (``Jo Lind (D-Ohio)``).  A relative clause ends it (``a spokesman who
    has served since May``).  Not a clause (``told Jo Lind, the senator said``)
    nor a list of names (``Jo Lind, Tom Kent and ...``).

    >>> from newsstruct._speakers import _described_after
    >>> text = "Jo Lind, the senator from Ohio, said. Jo Kent (R-Ill.) said."
    >>> _described_after(text, 7), _described_after(text, 45)
    ('senator from Ohio', 'Republican Ill.')
    >>> text = "Jo Lind, 45, a farmer, and Tom Kent, chief executive of Acme, said."
    >>> _described_after(text, 7), _described_after(text, 35)
    ('farmer', 'chief executive of Acme')
    >>> _described_after("Jo Lind, Tom Kent and Ann Berg said.", 7) is None
    True
    """
    if not text.startswith((", ", " ("), end):
        return None
    after = text[end : end + _DESCRIPTION_REACH]
    if after[:2] == " (" and after[2:3] in _PARTIES and after[3:4] in ("-", "\u2013"):
        close = after.find(")", 4)
        return f"{_PARTIES[after[2]]} {after[4:close]}" if 4 < close <= 24 else None
    if after[2:3] in _PARTIES and after[3:4] in ("-", "\u2013") and after[4:5].isupper():
        # "Victor Ruiz, R-Staten Island, said": a party and a place set off by commas
        ending = _PARTY_PLACE_END.search(after, 4)
        if ending is not None and ending.start() <= 24:
            return f"{_PARTIES[after[2]]} {after[4 : ending.start()]}"
    cut = after.find("\n\n")
    # a description ends with its paragraph and may run over a wrapped line
    words = (after if cut < 0 else after[:cut]).split()
    if len(words) < 3 or words[0] != ",":
        return None
    at = 1
    if words[1][:-1].isdigit() and words[1].endswith(",") and len(words[1]) <= 4:
        at = 2  # an age: "Jo Lind, 45, a farmer"
    if words[at].lower() in _NO_DESCRIPTION:
        return None  # "Lind's relatives, including his wife,": a part of a group
    headed = words[at] in ("the", "a", "an")
    if headed:
        at += 1
    kept: list[str] = []
    for word in words[at:]:
        core = word.rstrip(",;.")
        if not core or not (
            core.isalnum()
            or core.replace("-", "").replace("'", "").replace(".", "").isalnum()
            or (core == "&" and kept[-1:] != [] and kept[-1][:1].isupper())  # "Hambrecht & Quist"
        ):
            return None
        # (an organisation's name may carry a long one to its comma: "a vice
        # president and group executive of the Information Systems Group,")
        named = (
            10 <= len(kept) < _LONG_DESCRIPTION and core[:1].isupper() and kept[-1][:1].isupper()
        )
        if len(kept) >= 10 and not named and (cut := _second_description(kept)) > 0:
            del kept[cut:]
            break  # "a biologist at the University of Oslo and the study's lead author"
        if len(kept) >= 10 and not named:
            return None
        if core.lower() in CUE_WORDS and not (
            core[:1].isupper() and kept and kept[-1][:1].isupper()
        ):
            return None  # (a capital after a capital is a name's: "the United States")
        if core in _RELATIVES and kept:
            while kept[-1] in ("and", "or") and len(kept) > 1:
                kept.pop()  # "the director of X and whose ...": "director of X"
            break  # "a spokesman who has held the job since May": "spokesman"
        if word[-1:] == "." and _abbreviated(core):
            kept.append(word)  # "aide to Mr. Lind", "a U.S. diplomat"
            continue
        kept.append(core)
        if word.endswith(_DESCRIPTION_ENDS):
            break
    else:
        return None
    if not headed and not _headed_by_role(kept):
        return None
    return " ".join(kept)


#: At most this many words in an appositive whose last words are a name.
_LONG_DESCRIPTION = 14


def _second_description(kept: Sequence[str]) -> int:
    """Where a second description joined by *and the* (or *a*, *an*) starts in
    *kept*, the words of a long appositive, or 0.

    >>> _second_description("biologist at the University of Oslo and the study's".split())
    6
    >>> _second_description("analyst at the Center for Strategic and International".split())
    0
    """
    for at in range(len(kept) - 2, 1, -1):
        if kept[at] == "and" and kept[at + 1] in ("the", "a", "an"):
            return at
    return 0


#: How far before a name a description set off by a comma is read.
_DESCRIPTION_BEFORE_REACH = 100
#: Words before a description that let it open its clause (``said the
#: spokesman, Jo Lind.``, ``according to the spokesman, Jo Lind.``).
_DESCRIPTION_OPENERS = frozenset({"but", "and", "while", "to", "by"})


#: The words that open a description set off before a name: an article or a
#: possessive (``Its chief executive, Jo Lind,``).
_DESCRIPTION_DETERMINERS = frozenset(
    {"the", "a", "an", "its", "his", "her", "their", "our", "another"}
)  # ("Another analyst, Jo Lind of Acme, said")


def _described_before(text: str, start: int, end: int) -> str | None:
    """The description set off before a name at ``text[start:end]``, or ``None``.

    ``the White House spokesman, Jo Lind, said``: a noun phrase with an article
    or a possessive owner, headed by a role word or a noun for what a person
    does, that opens its clause, then a comma, the name and a comma or a
    sentence end.  Returned as written, less its article (``White House
    spokesman``).  Not a list (``the mayor, Jo Lind and Tom Kent``) nor a
    listener (``In a letter to the senator, Jo Lind said``).

    >>> from newsstruct._speakers import _described_before
    >>> text = "The White House spokesman, Jo Lind, said so."
    >>> _described_before(text, 27, 34)
    'White House spokesman'
    >>> text = "In a letter to the senator, Jo Lind said so."
    >>> _described_before(text, 28, 35) is None
    True
    """
    if text[start - 2 : start] != ", " or not (
        text.startswith((",", ".", ";"), end) or end == len(text) or text[end - 1] == "."
    ):
        return None
    window = text[max(0, start - _DESCRIPTION_BEFORE_REACH) : start - 2]
    line = window.rfind("\n")
    in_sight = line >= 0 or start <= _DESCRIPTION_BEFORE_REACH  # where the window opens
    words = window[line + 1 :].split(" ")
    for at in range(len(words) - 1, max(-1, len(words) - 10), -1):
        word = words[at]
        low = word.lower()
        owner = word.endswith(_POSSESSIVE_ENDS) and word[:1].isupper()  # "Hanks' lawyer"
        if low not in _DESCRIPTION_DETERMINERS and not owner:
            # "the state's", "the visitors'"
            core = word.removesuffix("'s").removesuffix("\u2019s").rstrip("'\u2019")
            if not core or not core.replace("-", "").replace(".", "").isalnum():
                if word.endswith(",") and _bare_role_set_off(text, words[at + 1 :], end):
                    return " ".join(words[at + 1 :])  # "..., director of X, Jo Lind, said"
                return None  # a mark or a line break: no description
            if word[-1] in ".!?" and not _abbreviated(word[:-1]) and "." not in word[:-1]:
                return None  # a sentence ends before the name
            continue
        held = words[at + 1 :]
        # (a relative of the one just named, after any word: "took over from
        # his father, Desmond Hartigan,")
        kin = (
            low in _KIN_OWNERS
            and len(held) == 1
            and _bare(held[0]) in FAMILY_NOUNS
            and _kin_set_off(words, at, in_sight)
        )
        if at > 1 and words[at - 1].lower() in _COMPLEMENT_PREPOSITIONS and not kin:
            continue  # "the head of the ministry", "for Iran's ministry": the complement's
        if owner:  # "Acme Shipping's chief executive": the owner's name opens it
            held = words[at:]
            while at > 0 and (
                words[at - 1].istitle()
                and words[at - 1].rstrip(".").isalpha()
                and words[at - 1].lower() not in _FUNCTION_NOT_DETERMINERS  # "But Labour's"
            ):  # "Mr. Lind's campaign chairman"
                at -= 1
                held.insert(0, words[at])
            if held[0].lower() in ("the", "a", "an"):
                del held[0]
        if at == 0 and not in_sight:
            return None  # the description's start is not in sight
        previous = words[at - 1] if at else ""
        opens = (
            not previous
            or _opens_clause(previous)
            or previous.endswith(",")  # "On Monday, the port director, Jo Lind,"
            or previous.endswith(_AFTER_QUOTE)  # '"...," the port director, Jo Lind, said'
            or previous.lower() in CUE_WORDS
            or (previous.lower() in _DESCRIPTION_OPENERS and previous != "to")
            or (previous == "to" and at >= 2 and words[at - 2].lower() == "according")
            or kin
            or _object_role_set_off(text, words, at, held, end, in_sight)
        )
        if not opens or not held or not _headed_by_role(held):
            return None
        return " ".join(held)
    return None


def _bare_role_set_off(text: str, held: Sequence[str], end: int) -> bool:
    """Whether *held*, the words between a comma and a name set off that ends at
    *end*, is a role with no article (``..., director-general of the export
    institute, Jo Lind, said``): a lower-case role word opens it and a cue
    follows the name's comma."""
    if not held or not held[0][:1].islower() or not _headed_by_role(held):
        return False
    if held[0].lower() not in _APPOSITIVE_HEADS and held[0].rsplit("-", 1)[-1] not in (
        _APPOSITIVE_HEADS
    ):
        return False  # ("..., of the institute, Jo Lind, said": no role opens it)
    after = text[end : end + 24].split()
    return len(after) > 1 and after[0] == "," and after[1].lower().rstrip(".,") in CUE_WORDS


def _kin_set_off(words: Sequence[str], at: int, in_sight: bool) -> bool:
    """Whether a relative's noun after ``words[at]`` (``his``) is set off before a
    name in a clause of its sentence, not in a phrase that opens it and names
    someone else (``Like his father, Jo Lind``, ``In a letter to his mother,
    Jo Lind``): the sentence's start is in sight and opens with no such word.

    >>> _kin_set_off("Lind, 51, took over from his".split(), 5, True)
    True
    >>> _kin_set_off("It rained. Unlike his".split(), 3, True)
    False
    """
    if at > 0 and words[at - 1].lower() == "to":
        return False  # ("wrote to his father, Jo Lind": the one written to, or not)
    first = at
    while first > 0 and not words[first - 1].endswith((".", "!", "?", ":", '"', "\u201d")):
        first -= 1
    if first == 0 and not in_sight:
        return False  # (the sentence's start is not in sight)
    return words[first].lower() not in _KIN_OPENERS


#: Words before ``his``/``her``/``their`` and a role that take it as no object
#: of a verb (``about their manager``, ``with his lawyer``).
_NO_OBJECT_VERBS = frozenset(
    {"about", "with", "without", "against", "on", "by", "over", "under", "like", "unlike",
     "than", "as", "in", "into", "to", "for", "from", "of", "at", "and", "or", "but", "nor"}
)  # fmt: skip
#: A comma and a lower-case word after a name: the appositive ends, its sentence
#: goes on (``their manager, Neil Hartigan, despite``).
_SET_OFF_GOES_ON = LazyPattern(r",[ ]\p{Ll}")


def _object_role_set_off(
    text: str, words: Sequence[str], at: int, held: Sequence[str], end: int, in_sight: bool
) -> bool:
    """Whether a possessive and one role word at ``words[at]`` set off a name that
    ends at *end* as a verb's object (``will not sack their manager, Neil
    Hartigan, despite``): the name is the role's, as in a subject's appositive.

    Not after a preposition (``Asked about his manager, Jo Lind said``) nor in a
    sentence that opens with a participle's phrase, and only when a comma and a
    lower-case word follow the name (the sentence goes on past it).

    >>> text = "Acme will not sack their manager, Neil Hartigan, despite losses."
    >>> words = text[: text.index(", Neil")].split(" ")
    >>> _object_role_set_off(text, words, 4, ["manager"], text.index(", despite"), True)
    True
    >>> text = "Asked about his manager, Jo Lind, despite it all, smiled."
    >>> words = text[: text.index(", Jo")].split(" ")
    >>> _object_role_set_off(text, words, 2, ["manager"], text.index(", despite"), True)
    False
    """
    if (
        at < 1
        or len(held) != 1
        or words[at].lower() not in _KIN_OWNERS
        or not _headed_by_role(held)
        or _SET_OFF_GOES_ON.match(text, end) is None
    ):
        return False
    verb = words[at - 1]
    if not verb.isalpha() or not verb.islower() or verb in _NO_OBJECT_VERBS:
        return False
    first = at
    while first > 0 and not words[first - 1].endswith((".", "!", "?", ":", '"', "\u201d")):
        first -= 1
    if first == 0 and not in_sight:
        return False  # (the sentence's start is not in sight)
    opening = words[first]
    if opening.lower() in _KIN_OPENERS:
        return False
    # (a participle's phrase: "Asked about", "Speaking to"; not "United will")
    after = words[first + 1].lower() if first + 1 < at else words[at].lower()
    return not (
        opening.endswith(("ed", "ing")) and (after in _NO_OBJECT_VERBS or after in _KIN_OWNERS)
    )


#: Words that open a phrase before a relative set off, in which the relative
#: is not the one named after it (``Unlike his father, Jo Lind has never``).
_KIN_OPENERS = frozenset({"like", "unlike", "in", "than", "to", "for"})


#: At most this many lower-case role words stand before a name.
_MAX_ROLE_WORDS_BEFORE = 4


def _role_words_before(text: str, start: int, *, portfolio: bool = True) -> str | None:
    """The lower-case role words right before a name at *start*, or ``None``.

    ``police spokeswoman Jo Lind``, ``senior analyst Jo Lind``: the word next
    to the name is a role word or a noun for what a person does; the words
    before it are lower case and no function word or cue.

    >>> from newsstruct._speakers import _role_words_before
    >>> text = "said police spokeswoman Jo Lind"
    >>> _role_words_before(text, text.index("Jo"))
    'police spokeswoman'
    >>> text = "met with the family of Jo Lind"
    >>> _role_words_before(text, text.index("Jo")) is None
    True

    With *portfolio*, an office and the lower-case portfolio it is *for* or *of*
    stand together (``Cabinet member for education Jo Lind``).

    >>> text = "Cabinet member for education Jo Lind said"
    >>> _role_words_before(text, text.index("Jo"))
    'Cabinet member for education'
    """
    if text[start - 1 : start] != " ":
        return None
    words = text[max(0, start - 60) : start - 1].split(" ")
    if portfolio and words[-1][:1].isupper() and not _ROLE_PLACE_LINKS.isdisjoint(words[-3:-1]):
        for size in (1, 2):
            place = " ".join(words[-size:])
            if (
                len(words) > size + 1
                and words[-size - 1] in _ROLE_PLACE_LINKS
                and (place in COUNTRIES or is_known_place(place, names_too=False))
            ):
                # "financial expert in Tokyo Jo Lind": the role and where it is held
                link = f"{words[-size - 1]} {place}"
                office = _role_words_before(text, start - 1 - len(link), portfolio=False)
                return None if office is None else f"{office} {link}"
    kept: list[str] = []
    rest = len(words)
    for word in reversed(words):
        rest -= 1
        low = word.lower()
        if (
            not word.islower()
            or not word.replace("-", "").isalpha()
            or low in _ROLE_BREAKS
            or low in _DETERMINERS
            or (low in CUE_WORDS and not (kept and low in ROLE_WORDS))  # "press secretary"
            or (low.endswith(("ing", "ed")) and low not in _ROLE_PARTICIPLES)
            or len(kept) >= _MAX_ROLE_WORDS_BEFORE
        ):
            break  # "beating rival Jo Lind": a verb is no role word
        kept.append(word)
    else:
        rest = -1
    if not kept:
        return None
    if (
        portfolio
        and rest >= 1
        and words[rest] in _PORTFOLIO_LINKS
        and len(kept) <= _MAX_PORTFOLIO_WORDS
        and _HEADS_BEFORE_NAME.isdisjoint(kept)  # ("a spokesman for housing minister")
    ):
        # "Cabinet member for education Lorraine Pike": an office and its portfolio
        link_at = start - 1 - len(" ".join(words[rest:]))
        office = _role_words_before(text, link_at, portfolio=False)
        if office is not None:
            return f"{office} {words[rest]} {' '.join(reversed(kept))}"
    if rest >= 0 and _capitalised_role_opening(words, rest, start <= 60):
        kept.append(words[rest].rpartition("\n")[2])  # "Defense attorney Jo Lind said"
        rest = -1
    owner = _role_owner(words[: rest + 1]) if rest >= 0 else None
    if owner is None and rest >= 1:
        chamber, side = (word.rpartition("\n")[2] for word in words[rest - 1 : rest + 1])
        if chamber in _CHAMBERS and side in _CHAMBER_SIDES:
            owner = f"{chamber} {side}"  # "Senate Republican leader Bob Dole"
            if rest >= 2 and words[rest - 2].rpartition("\n")[2].lower() in _OWNER_PREFIXES:
                # "former Senate Republican leader Howard Baker": no longer one
                owner = f"{words[rest - 2].rpartition(chr(10))[2]} {owner}"
    if kept[0] not in _HEADS_BEFORE_NAME and not (
        kept[0] == "chief" and (len(kept) > 1 or owner)  # "police chief", "IAEA chief"
    ):
        return None
    if owner:
        kept.append(owner)  # "Rovers manager Phil Hart", "Acme chief executive Jo Lind"
    return " ".join(reversed(kept))


#: Words that join an office to its portfolio before a name (``member for education``).
_PORTFOLIO_LINKS = frozenset({"for", "of"})
#: A portfolio before a name has at most this many words (``adult social care``).
_MAX_PORTFOLIO_WORDS = 3


#: Capitalised only because they open a sentence, words that open a role
#: (``Defense attorney Jo Lind``, ``Senior analyst Jo Lind``).
_ROLE_OPENING_WORDS = (
    (ROLE_WORDS | PERSON_NOUNS | {"senior", "junior", "top", "local", "longtime", "lead"})
    - _FUNCTION_CAPS
    - _DETERMINERS
)


def _capitalised_role_opening(words: Sequence[str], at: int, text_start: bool) -> bool:
    """Whether ``words[at]`` is a role word written with a capital because it opens
    a sentence or a paragraph (``Defense`` of ``Defense attorney Jo Lind``).

    >>> _capitalised_role_opening(["out.", "Defense"], 1, False)
    True
    >>> _capitalised_role_opening(["met", "Defense"], 1, False), _capitalised_role_opening(["Acme"], 0, True)
    (False, False)
    >>> _capitalised_role_opening(["ended.\\n\\nForeign"], 0, False)
    True
    """
    before, newline, word = words[at].rpartition("\n")
    if not word[:1].isupper() or not word.isalpha() or word.lower() not in _ROLE_OPENING_WORDS:
        return False
    if newline:  # a paragraph's first word, or a line's after a sentence
        before = before.rstrip(" \t\r")
        if not before or before.endswith("\n"):
            return True
    elif at == 0:
        return text_start
    else:
        before = words[at - 1]
    return before.rstrip("\"'\u201d\u2019").endswith((".", "!", "?", ":"))


def _role_owner(words: Sequence[str]) -> str | None:
    """The capitalised word that ends *words* and owns the role words after it, or ``None``.

    ``said Rovers manager Phil Hart``: one to three capitalised words, no function
    word, cue or role word, at the start of a sentence or after a lower-case word (an
    article, a preposition, a cue, a verb: ``leaving Rovers boss Phil Hart``; not *of*
    or *for*, which join a longer name: ``Bank of Japan``) or a quote.

    >>> _role_owner("said Rovers".split()), _role_owner(["Rovers"]), _role_owner("met Rovers".split())
    ('Rovers', 'Rovers', 'Rovers')
    >>> _role_owner(["said", "Meanwhile"]), _role_owner(["Bank", "of", "Japan"])
    (None, None)
    >>> _role_owner(["said", "Lucky", "Stores"]), _role_owner(["by", "Kidder\\nPeabody"])
    ('Lucky Stores', 'Kidder Peabody')
    >>> _role_owner(['"Go,"', "Kremlin"]), _role_owner(["said", "IAEA"]), _role_owner(["said", "TOLD"])
    ('Kremlin', 'IAEA', None)
    >>> _role_owner(["By", "Tom", "Lind\\n\\nRovers"])
    'Rovers'
    >>> _role_owner(["ended.", "Former", "England"]), _role_owner(["met", "former", "England"])
    ('Former England', 'England')
    """
    tokens = " ".join(words).split()
    if not tokens:
        return None
    end_word = tokens[-1].removesuffix("'s").removesuffix("\u2019s")
    # ("Acme Bank's chief economist": a possessive owner counts; a role word ends a
    # name of several words: "DTE Energy spokesperson", "Ohio State coach")
    ends_in_role = not _owner_word(end_word)
    if ends_in_role and not _owner_word(end_word, role_too=True):
        return None
    if len(tokens) < 2 or "\n\n" in words[-1] or "\n \n" in words[-1]:
        return None if ends_in_role else tokens[-1]  # the text's or the paragraph's first word
    last = len(tokens) - 1
    first = last
    while (
        first > 0
        and last - first + 1 < _MAX_OWNER_WORDS
        and (
            _owner_word(tokens[first - 1])
            # "Sri Lanka coach": an honorific that opens a place owns the role too
            or (
                tokens[first - 1].lower().rstrip(".") in _PLACE_HONORIFICS
                and _place_opening(tokens[first - 1], tokens[first])
            )
        )
        and not (tokens[first - 1].isupper() and tokens[-1].isupper())  # no headline
    ):
        first -= 1  # "Lucky Stores chairman John Lillie", "DTE Energy spokesperson"
    for start in range(first, last + 1 - ends_in_role):  # the longest owner that may open
        if start == 0:
            return " ".join(tokens)  # the text's first words
        before = tokens[start - 1]
        if before.lower() in _OWNER_PREFIXES and (
            start == 1 or tokens[start - 2].endswith((".", "!", "?", ":"))
        ):
            return " ".join(tokens[start - 1 :])  # "Former England captain Jo Lind"
        if (
            before.endswith((".", "!", "?", ":"))
            or before.endswith(_AFTER_QUOTE)  # '"We will," Kremlin spokesman Jo Lind said'
            or before in _DATELINE_DASHES  # "LIMA, March 4 - Central Bank director Jo Lind"
            or before.lower() in _ROLE_OWNER_AFTER
            or (before.isalpha() and before.islower() and before not in _OFFICE_JOINS)
        ):
            return " ".join(tokens[start:])
    return None


#: The dashes that end a dateline before the story's first sentence.
_DATELINE_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


#: Honorifics that open the name of a listed country or city (``Sri``, ``St``,
#: ``Saint``): only these are read by :func:`_place_opening`.
_PLACE_HONORIFICS = HONORIFICS & frozenset(
    name.split()[0].lower().rstrip(".") for name in COUNTRIES | PLACES if " " in name
)


def _place_opening(word: str, following: str) -> bool:
    """Whether *word* (an honorific such as ``Sri`` or ``St``) opens a country or a
    city with *following*, or its people's adjective (``Sri Lanka``, ``Sri Lankan``,
    ``St. Louis``): then it is no honorific.

    >>> from newsstruct._speakers import _place_opening
    >>> _place_opening("Sri", "Lanka"), _place_opening("Sri", "Lankan"), _place_opening("Sri", "Ram")
    (True, True, False)
    """
    if not following[:1].isupper():
        return False
    place = f"{word} {following}"
    return any(
        name in COUNTRIES or is_known_place(name, names_too=False)
        for name in (place, place.removesuffix("n"), place.removesuffix("an"))
    )


def _owner_word(word: str, *, role_too: bool = False) -> bool:
    """A capitalised word that can own role words after it (``Rovers``, ``IAEA``);
    with *role_too*, a role word too (``Energy`` of ``DTE Energy``)."""
    low = word.lower()
    dotted = word.endswith(".") and word.count(".") > 1 and word.replace(".", "").isupper()
    if dotted:  # "U.N. aid chief", "U.S. trade envoy": initials own the role
        word = word.replace(".", "")
        low = word.lower()
    return not (
        not word[:1].isupper()
        or not word.isalpha()
        or low.endswith(("ing", "ed"))  # "Welcoming Soviet leader Jo Lind": a participle
        or (word.isupper() and not 1 < len(word) <= _MAX_OWNER_ACRONYM)  # "IAEA chief"
        or low in _FUNCTION_CAPS
        or low in CUE_WORDS
        or (low in ROLE_WORDS and not role_too and not dotted)
        or low in HONORIFICS
    )


#: Words that open a sentence before an owner of role words and belong to the
#: role (``Former England captain Jo Lind``).
_OWNER_PREFIXES = frozenset({"former", "ex", "retired", "acting", "interim", "veteran"})
#: An owner of role words has at most this many words (``Lucky Stores chairman``).
_MAX_OWNER_WORDS = 3


#: An acronym owning a role has at most this many letters (``IAEA chief``).
_MAX_OWNER_ACRONYM = 6
#: How a quote ends before its attribution.
_AFTER_QUOTE = tuple(
    punct + mark for punct in ",.!?" for mark in ('"', "\u201d", "''", "\u2019", "'")
)


#: Words after which a capitalised word may own the role words that follow it.
_ROLE_OWNER_AFTER = (_DETERMINERS | _PREPOSITIONS | CUE_WORDS) - {"of", "for"}
#: Participles that belong to a role (``managing director``, ``retired teacher``).
_ROLE_PARTICIPLES = frozenset(
    {"managing", "acting", "retired", "elected", "appointed", "unnamed", "embattled",
     "founding", "presiding", "ranking", "leading", "senior-ranking"}
) | ROLE_ING_WORDS  # fmt: skip
#: Heads of role words before a name: :data:`_APPOSITIVE_HEADS` less adjectives
#: (``presidential``, ``deputy``).
_HEADS_BEFORE_NAME = _APPOSITIVE_HEADS - frozenset(
    {"presidential", "acting", "foreign", "deputy", "vice", "assistant", "interior", "chief",
     "general", "energy", "health", "finance", "defense", "defence", "justice", "labor",
     "labour", "commerce", "treasury", "majority", "minority"}
)  # fmt: skip


#: Abbreviations whose full stop ends no description (``aide to Mr. Lind``).
_GOES_ON_ABBREVIATIONS = (ABBREVIATIONS & _ROLE_OR_HONORIFIC) | {"u.s", "u.k", "u.n", "st"}


def _abbreviated(core: str) -> bool:
    """Whether *core*, read before a full stop, is a title, an initial or ``U.S``."""
    return (
        (len(core) == 1 and core.isupper())
        or core.lower() in _GOES_ON_ABBREVIATIONS
        or core in CASED_ABBREVIATIONS
    )


def _headed_by_role(words: Sequence[str]) -> bool:
    """Whether a role word or a noun for a person heads *words* (an appositive).

    The head comes before the first linking word, and only capitalised words
    (an organisation, a possessive owner) may come before the lower-case words
    that hold it (``Acme's chief executive``, ``State Department spokesman``);
    a capitalised role word heads it when it ends it or *of*, *for* or *to*
    follows (``Secretary of State``, ``Acme President``).

    >>> from newsstruct._speakers import _headed_by_role
    >>> _headed_by_role("chief executive of Acme".split())
    True
    >>> _headed_by_role("Tom Kent and Ann Berg".split()), _headed_by_role("mostly in May".split())
    (False, False)
    """
    lower = False
    for i, word in enumerate(words):
        low = word.lower()
        if low in _APPOSITIVE_HEAD_ENDS:
            return False
        role = low in _APPOSITIVE_HEADS or low.rsplit("-", 1)[-1] in _APPOSITIVE_HEADS
        if word[:1].isupper():
            if role and (i + 1 == len(words) or words[i + 1] in ("of", "for", "to")):
                return True  # "Secretary of State", "Acme President"
            if lower:
                return False  # "spokesman Tom Kent": a name after the role word
            continue
        lower = True
        if role:
            return True
    return False


#: Words that open a capitalised run at a sentence start but no name
#: (``Despite Santilli``, ``Does Rubio``, ``Neither Tom Lind``), besides
#: :data:`_FUNCTION_CAPS`.
_NAME_RUN_OPENERS = frozenset(
    {"despite", "neither", "nor", "does", "did", "see", "amid", "among", "without",
     "within", "beyond", "outside", "upon", "against", "through", "whatever", "whoever"}
)  # fmt: skip


#: Gaelic words that open a surname of several words (``Mac Giolla Rua``,
#: ``Ó Catháin``, ``Ní Bhriain``), never a first name.
_SURNAME_PREFIXES = frozenset({"Mac", "Mc", "\u00d3", "N\u00ed", "Nic", "Mhic", "U\u00ed", "Ua"})


#: Arabic articles a surname opens with in lower case (``al-Tayeb``, ``el-Sayed``).
_ARTICLES_OF_NAMES = frozenset({"al", "el"})


def _after_surname(name: Sequence[str], surnames: set[str]) -> bool:
    """Whether *name* opens with the surname of someone named before (``Trump Tower``).

    A common first name is still a first name (``Scott Lind`` after ``Tim Scott``).

    >>> from newsstruct._speakers import _after_surname
    >>> _after_surname(["Lind", "Tower"], {"Lind"}), _after_surname(["Tom", "Lind"], {"Lind"})
    (True, False)
    """
    first = name[0]
    if first not in surnames:
        return False
    low = first.lower()
    return low not in MALE_FIRST_NAMES and low not in FEMALE_FIRST_NAMES


def _describing_at(words: Sequence[str], bare: Sequence[str]) -> int:
    """The last capitalised word for what a person does that closes a run of
    capitalised words before a name of two words or more (``Council Member``
    in ``Council Member Jo Kent``), or 0."""
    for i in range(len(words) - 3, 0, -1):
        if bare[i] in _DESCRIBING:
            return i if all(word[:1].isupper() for word in words[: i + 1]) else 0
    return 0


def _surname_at(bare: Sequence[str], i: int) -> bool:
    """Whether the role word ``bare[i]`` is a surname after a common first name and
    an initial (``Peter King``, ``Peter T. King of New York``), or an honorific
    that is a common surname ending a name of three words (``Naveed Akhtar
    Sheikh``; not ``the Roman Catholic Bishop``), not a title: it
    ends the name (``Virginia Gov. Terry Lind`` holds a title)."""
    if i + 1 < len(bare) and bare[i + 1] != "of":
        return False
    if (
        i == len(bare) - 1
        and i >= 2
        and bare[i] in HONORIFIC_SURNAMES
        and bare[i - 1] not in _ROLE_OR_HONORIFIC
        and bare[i - 2] not in _ROLE_OR_HONORIFIC
    ):
        return True  # "Naveed Akhtar Sheikh": an honorific after two names is a surname
    before = bare[i - 1] if i >= 1 else ""
    if len(before) == 1 and i >= 2:
        before = bare[i - 2]  # a middle initial
    return before in MALE_FIRST_NAMES or before in FEMALE_FIRST_NAMES


#: :data:`_ROLE_OR_HONORIFIC` but *and*, which joins the names of a firm as well.
_ROLE_OR_HONORIFIC_NOT_AND = _ROLE_OR_HONORIFIC - {"and"}


def _name_before_of(words: Sequence[str], bare: Sequence[str], first: int) -> int:
    """Where a name followed by ``of`` and a place ends (``Sen. Tom Lind of Ohio``).

    The words from *first* up to the last ``of`` must end in a name that is no
    role word nor organisation, and no role word or honorific may follow
    ``of``, which then belongs to an office (``Secretary of State Jo Lind``);
    nor may a possessive (``Acme's Vice-President of Sales``).

    >>> from newsstruct._speakers import _name_before_of
    >>> words = "Sen. Tom Lind of Ohio".split()
    >>> _name_before_of(words, [w.lower().rstrip(".") for w in words], 0)
    3
    >>> words = "Secretary of State Jo Lind".split()
    >>> _name_before_of(words, [w.lower().rstrip(".") for w in words], 0)
    5
    """
    stop = len(bare)
    if "of" not in bare:
        return stop
    at = stop - 1 - bare[::-1].index("of")
    # ("and" after "of" joins two names of a firm: "Lewis of Phillips and Drew")
    if at - first < 1 or not _ROLE_OR_HONORIFIC_NOT_AND.isdisjoint(bare[at + 1 :]):
        return stop
    last = bare[at - 1]
    if (
        (last in _ROLE_OR_HONORIFIC and not _surname_at(bare, at - 1))
        or last in ORGANISATION_WORDS
        or not words[at - 1][:1].isupper()
        or not ORGANISATION_WORDS.isdisjoint(bare[first:at])
        or not _ROLE_OR_HONORIFIC.isdisjoint(last.split("-"))  # "Vice-President of"
        or any(word.endswith(("'s", "\u2019s")) for word in words[first:at])
    ):
        return stop
    return at


def _one_sentence(words: list[str]) -> list[str]:
    """The words of a capitalised run that name someone within one sentence.

    A run may cross a sentence end (``... in Texas. Donald Trump said``,
    ``... John Kasich. Barkley said``): the last part of two words or more is
    the name, words after a full stop that ends no abbreviation or initial
    start a new part.
    """
    parts: list[list[str]] = [[]]
    for word in words:
        parts[-1].append(word)
        if not word.endswith("."):
            continue
        bare = _bare(word)
        if (
            len(bare) > 1
            and "." not in bare
            and bare not in ABBREVIATIONS
            and word[:-1] not in CASED_ABBREVIATIONS  # "Agriculture Sec. Ana Cruz"
        ):
            parts[-1][-1] = word[:-1]
            parts.append([])
    if len(parts) == 1:
        return words
    return next((part for part in reversed(parts) if len(part) >= 2), [])


#: Words that a headline in title case capitalises and that no name holds
#: (``Lind Says His Plan Works On The Farm``): verbs, pronouns, prepositions.
_HEADLINE_CAPS = frozenset(
    {"says", "said", "his", "her", "their", "its", "on", "the", "would", "could",
     "should", "was", "is", "are", "has", "have", "had", "not", "over", "for", "with",
     "from", "into", "after", "against", "about", "wants", "vows", "hints", "urges"}
)  # fmt: skip


def _after_rubric(words: list[str]) -> list[str]:
    """The words of a capitalised run after a section's name or a kicker glued
    before it (a rubric line above the story, its line break read as a space):
    from the common first name right after it (``Politics Anna Lind``: ``Anna
    Lind``).

    >>> from newsstruct._speakers import _after_rubric
    >>> _after_rubric("Politics Anna Lind".split()), _after_rubric("Live Updates Anna Lind".split())
    (['Anna', 'Lind'], ['Anna', 'Lind'])
    >>> _after_rubric("Asia Argento".split()), _after_rubric("Politics Anna".split())
    (['Asia', 'Argento'], ['Politics', 'Anna'])
    """
    for i in range(1, min(3, len(words) - 1)):
        if words[i].lower() in _FIRST_NAMES and " ".join(words[:i]).lower() in _RUBRICS:
            return words[i:]
    return words


#: A section's name or a kicker, in lower case (``politics``, ``live updates``).
_RUBRICS = SECTION_NAMES | KICKERS


def _after_headline(words: list[str]) -> list[str]:
    """The words of a capitalised run after a headline in title case that runs
    into it (a headline line glued above the story, its line break read as a
    space): the words after the last that no name holds, from the last common
    first name among them (``Street Donald Trump``: ``Donald Trump``), else
    the last two, with a title before them.

    >>> from newsstruct._speakers import _after_headline
    >>> _after_headline("Lind Says His Plan Works On The Farm Anna Lind".split())
    ['Anna', 'Lind']
    >>> _after_headline("Lind Says Taxes Fall".split()), _after_headline(["Jo", "Lind"])
    (['Taxes', 'Fall'], ['Jo', 'Lind'])
    >>> _after_headline("Lind Vows To Act Over Zika Virus Sen. Jo Lind".split())
    ['Sen.', 'Jo', 'Lind']
    >>> _after_headline(["Al", "From"]), _after_headline("LIND SAYS HIS PLAN WORKS".split())
    (['Al', 'From'], ['LIND', 'SAYS', 'HIS', 'PLAN', 'WORKS'])
    """
    if len(words) < 3 or _HEADLINE_CAPS.isdisjoint(map(str.lower, words[1:-1])):
        return words  # (most runs: one test in C)
    cut = 0
    # (in Title Case, not in capitals; never the last word, a surname: "Al From")
    for i in range(len(words) - 2, 0, -1):
        if words[i].lower() in _HEADLINE_CAPS and words[i].istitle():
            cut = i + 1
            break
    if not cut:
        return words
    rest = words[cut:]
    first = next(
        (i for i in range(len(rest) - 2, -1, -1) if rest[i].lower() in _FIRST_NAMES),
        max(0, len(rest) - 2),  # (else its last two words, a particle's too)
    )
    while first and (rest[first][:1].islower() or _bare(rest[first - 1]) in _HEADLINE_KEPT):
        first -= 1  # (a title before the name stays: "Sen. Jo Lind")
    return rest[first:]


#: Titles kept before a first name after a headline (``Sen. Jo Lind``).
_HEADLINE_KEPT = HONORIFICS | ROLE_WORDS


def _with_gender(person: _Person, surname_gender: dict[str, str]) -> _Person:
    """*person* with the gender its surname's honorifics give, when it had none
    and its first name does not say otherwise (``Mrs. Lind`` is no ``Tom Lind``)."""
    if person.gender is not None:
        return person
    gender = surname_gender.get(person.name.split()[-1])
    if gender in (None, "unknown") or _first_name_gender(person.name) not in (None, gender):
        return person
    return person.with_gender(gender)


def _other_first_name(name: Sequence[str], person: _Person) -> bool:
    """Whether *name* opens with a common first name that is not *person*'s (``Jeb Bush``).

    >>> from newsstruct._speakers import _other_first_name, _Person
    >>> bill = _Person("Bill Clinton", None, "male", 0)
    >>> _other_first_name(["Hillary", "Clinton"], bill), _other_first_name(["Bill", "Clinton"], bill)
    (True, False)
    """
    first = name[0]
    return person.name.partition(" ")[0] != first and (
        first.lower() in MALE_FIRST_NAMES or first.lower() in FEMALE_FIRST_NAMES
    )


def _first_name_gender(name: str) -> str | None:
    """The gender a common first name gives (``Jane Doe``), or None (``Jo Lind``, ``Lind``).

    >>> from newsstruct._speakers import _first_name_gender
    >>> _first_name_gender("Jane Doe"), _first_name_gender("John Doe"), _first_name_gender("Doe")
    ('female', 'male', None)
    """
    first, _, rest = name.partition(" ")
    if not rest:
        return None
    first = first.lower()
    if first in MALE_FIRST_NAMES:
        return "male"
    if first in FEMALE_FIRST_NAMES:
        return "female"
    return None


def _index(people: Sequence[_Person]) -> dict[str, list[_Person]]:
    """People by first name, surname and full name."""
    index: dict[str, list[_Person]] = {}
    long: list[tuple[_Person, list[str]]] = []  # (names of three words or more)
    for person in people:
        name = person.name
        parts = name.split()
        first, last = parts[0], parts[-1]
        index.setdefault(first, []).append(person)
        if last != first:
            index.setdefault(last, []).append(person)
        if name not in (first, last):
            index.setdefault(name, []).append(person)
        if len(parts) >= 3:
            long.append((person, parts))
    inner: dict[str, list[_Person]] = {}
    for person, parts in long:
        if _PARTICLES.isdisjoint(parts) and (
            len(parts) > 3 or parts[0].lower() not in _FIRST_NAMES
        ):
            continue  # (a name with a particle, or a first name and two surnames)
        for part in parts[1:-1]:
            # "Lula" of "Luiz Inacio Lula da Silva": a word inside a name with a
            # particle that is no first name (and no one's own name)
            if (
                part.isalpha()
                and part.istitle()
                and part.lower() not in _FIRST_NAMES
                and _BODY_NAME_WORDS.isdisjoint(map(str.lower, parts))  # "Rachel Maddow Show"
            ):
                inner.setdefault(part, []).append(person)
    for part, named in inner.items():
        if part not in index:
            index[part] = named
    return index


def _lookup(index: dict[str, list[_Person]], surname: str, position: int) -> _Person | None:
    """The person named *surname* introduced last before *position* (or first after)."""
    named = index.get(surname)
    if not named:
        return None
    # (people are indexed in the order they are introduced: bisection)
    at = bisect_right(named, position, key=_introduced_at)
    return named[at - 1] if at else named[0]


def _before_relative(
    index: dict[str, list[_Person]], surname: str, known: _Person, text: str, start: int
) -> _Person:
    """The one *surname* alone names at *start* when *known*, the last of it
    introduced, is a relative (``her niece, Clare Whitlow``) not named in full
    again since (within :data:`_RENAMED_REACH`): the last one of the surname
    introduced before them who is no relative, or *known*.  A relative named in
    full again before the paragraph keeps it only when the story has not called
    that one by the surname alone (:func:`_main_bearer`).

    >>> agnes, clare = _Person("Agnes Whitlow", None, None, 0), _Person("Clare Whitlow", "niece", None, 30)
    >>> text = "Agnes Whitlow, 92. Her niece, Clare Whitlow, spoke. Whitlow wrote"
    >>> _before_relative({"Whitlow": [agnes, clare]}, "Whitlow", clare, text, 52).name
    'Agnes Whitlow'
    >>> text = "Agnes Whitlow, 92. Her niece, Clare Whitlow, spoke. Clare Whitlow ran. Whitlow wrote"
    >>> _before_relative({"Whitlow": [agnes, clare]}, "Whitlow", clare, text, 71).name
    'Clare Whitlow'
    """
    headline = _headline_bearer(text, surname)
    if not _relative(known):
        # someone of the surname who is no relative (``Tyler Kessler, 34,``)
        # leaves it to the first one, the one a headline calls by it alone
        # (``Kessler's son calls the plays``), unless introduced or named again in
        # full in the mention's paragraph
        named = index.get(surname, [])
        first = named[0] if named else known
        if (
            not headline
            or first is known
            or first.position > known.position
            or _relative(first)
            # (a person by a first name or a title: not "Team Trump")
            or (first.name.partition(" ")[0].lower() not in _FIRST_NAMES and first.role is None)
            or text.rfind(known.name, max(known.position, start - _RENAMED_REACH), start)
            > text.rfind("\n", 0, start)
            # (the headline's "Okafor's mother" is another relative of *known*,
            # introduced as "her son, ...": the surname alone is theirs)
            or _headline_other_kin(text, surname, known.described)
        ):
            return known
        return first
    # (people are indexed in the order they are introduced: the latest before
    # *known*, at most :data:`_HOLDER_PEOPLE` of them, found by bisection)
    named = index.get(surname, [])
    at = bisect_left(named, known.position, key=_introduced_at)
    elder = next(
        (p for p in reversed(named[max(0, at - _HOLDER_PEOPLE) : at]) if not _relative(p)), known
    )
    again = text.rfind(known.name, max(known.position + 1, start - _RENAMED_REACH), start)
    if again > known.position and (
        # named again in full in the paragraph ("Bill Clinton spoke with voters
        # ... Clinton said"), or before it by a story that does not call its
        # subject by the surname alone (often, or in its headline)
        again > text.rfind("\n", 0, start)
        or not (headline or _main_bearer(text, surname, elder, known))
    ):
        return known
    return elder


def _headline_bearer(text: str, surname: str) -> bool:
    """Whether the text's first line (its headline) holds *surname* alone, not
    after a first name or an initial (``Brandt wins at Bristol``, ``flock to
    Cruz``; not ``Kyle Brandt wins``): the one the story is about bears it.

    >>> _headline_bearer("Brandt wins at Bristol\\n\\nKyle Brandt won.", "Brandt")
    True
    >>> _headline_bearer("Kyle Brandt wins\\n\\nKyle Brandt won.", "Brandt")
    False
    """
    cut = text.find("\n", 0, _HEADLINE_REACH)
    if cut < 0:
        return False  # (no headline line: a text that opens with its body)
    line = text[:cut]
    at = line.find(surname)
    while at >= 0:
        end = at + len(surname)
        before = line[:at].split()[-1:]
        if (
            (at == 0 or not line[at - 1].isalnum())
            and (end == len(line) or not line[end].isalnum())
            # (not after a first name or an initial: "Eric Trump", "J. Trump")
            and not (before and (before[0].lower() in _FIRST_NAMES or _an_initial(before[0])))
        ):
            return True
        at = line.find(surname, end)
    return False


def _headline_kin(text: str, surname: str) -> str | None:
    """The word for a relative after *surname*'s possessive in the headline
    (``Okafor's mother takes the stump``), if any.

    >>> _headline_kin("Okafor's mother takes the stump\\n\\nGrace Okafor spoke.", "Okafor")
    'mother'
    >>> _headline_kin("Okafor takes the stump\\n\\nGrace Okafor spoke.", "Okafor") is None
    True
    """
    cut = text.find("\n", 0, _HEADLINE_REACH)
    line = text[: max(cut, 0)]
    for mark in ("'s ", "\u2019s "):
        at = line.find(surname + mark)
        if at >= 0 and (at == 0 or not line[at - 1].isalnum()):
            word = line[at + len(surname) + len(mark) :].partition(" ")[0]
            return word if word in FAMILY_NOUNS else None
    return None


def _headline_other_kin(text: str, surname: str, described: str | None) -> bool:
    """Whether the headline names a relative after *surname*'s possessive and
    *described* ends with another word for a relative (``Okafor's mother`` and
    ``son``: the son is the Okafor the headline means).

    >>> text = "Okafor's mother takes the stump\\n\\nGrace Okafor spoke."
    >>> [_headline_other_kin(text, "Okafor", said) for said in ("son", "mother", "33")]
    [True, False, False]
    """
    kin = _headline_kin(text, surname)
    if kin is None or described is None or not _kin_role(described):
        return False
    return _bare(described.rpartition(" ")[2].lower()) != kin


def _an_initial(word: str) -> bool:
    """Whether *word* is an initial (``J.``)."""
    return len(word) == 2 and word[0].isupper() and word[1] == "."


#: A headline is read this far (characters) at most.
_HEADLINE_REACH = 200


def _main_bearer(text: str, surname: str, elder: _Person, relative: _Person) -> bool:
    """Whether the story calls *elder* by *surname* alone, at least
    :data:`_MAIN_BEARER_MENTIONS` times, before it introduces *relative*: the
    bearer the surname alone goes on naming, though the relative is named in full
    again (a profile: ``Calder, 61, ... Calder says ... Her daughter, Emma Calder,
    ... Emma Calder says ... Calder pulls on her boots``).

    >>> ruth, emma = _Person("Ruth Calder", None, None, 0), _Person("Emma Calder", "daughter", None, 50)
    >>> text = "Ruth Calder farms. Calder, 61, won. Calder says no. Her daughter, Emma Calder, 29"
    >>> _main_bearer(text, "Calder", ruth, emma), _main_bearer(text[:36], "Calder", ruth, emma)
    (True, False)
    """
    if elder is relative:
        return False
    alone = 0
    for at in _mentions(text, surname, elder.position + len(elder.name), relative.position):
        before = text[max(0, at - _EPITHET_WINDOW) : at].split()
        if not before or not before[-1][:1].isupper() or before[-1].endswith((".", ",", ":")):
            alone += 1  # (not "Ian Calder": a first name before it)
    return alone >= _MAIN_BEARER_MENTIONS


#: How often a surname alone names its first bearer before a relative is
#: introduced for the bearer to keep it (:func:`_main_bearer`).
_MAIN_BEARER_MENTIONS = 2


def _introduced_at(person: _Person) -> int:
    """Where *person* is introduced (the key people are indexed in order of)."""
    return person.position


#: How far (characters) back a relative named in full again keeps the surname.
_RENAMED_REACH = 3000


def _relative(person: _Person) -> bool:
    """Whether *person*'s role is a word for a relative (``niece``, ``his son``)."""
    role = person.role
    return role is not None and _kin_role(role)


@lru_cache(maxsize=1024)
def _kin_role(role: str) -> bool:
    """Whether *role* ends with a word for a relative (remembered: the one named
    before a relative is looked for among the latest holders of the surname,
    each read again for each mention).

    >>> _kin_role("her niece"), _kin_role("Sen.")
    (True, False)
    """
    return _bare(role.rpartition(" ")[2].lower()) in FAMILY_NOUNS


#: Words for a parent (``Imogen's mother``, ``the climber's father``).
_PARENT_NOUNS = frozenset(
    {"father", "mother", "dad", "mum", "mom", "stepfather", "stepmother", "grandfather",
     "grandmother"}
)  # fmt: skip


def _parent(person: _Person) -> bool:
    """Whether *person*'s role is a word for a parent (``the climber's father``)."""
    role = person.role
    return role is not None and _bare(role.rpartition(" ")[2].lower()) in _PARENT_NOUNS


def _of_gender(
    index: dict[str, list[_Person]], surname: str, position: int, gender: str
) -> _Person | None:
    """The person named *surname* not of the other gender than *gender*, introduced
    last before *position* (or first after), when the one :func:`_lookup` gives is
    of the other gender.  One of *gender* is preferred to one of unknown gender.

    >>> from newsstruct._speakers import _of_gender, _Person
    >>> tom, jo = _Person("Tom Lind", None, "male", 0), _Person("Jo Lind", None, None, 5)
    >>> index = {"Lind": [jo, tom]}
    >>> _of_gender(index, "Lind", 9, "female").name, _of_gender(index, "Lind", 9, "male")
    ('Jo Lind', None)
    """
    latest = _lookup(index, surname, position)
    if latest is None or (latest.gender or _first_name_gender(latest.name)) in (None, gender):
        return None
    best: dict[str | None, _Person] = {}
    for person in index.get(surname, ()):
        its = person.gender or _first_name_gender(person.name)
        if its in (None, gender) and (person.position <= position or its not in best):
            best[its] = person
    return best.get(gender) or best.get(None)


#: A cue and the subject pronoun of what it reports, right after a mention (`` said she``).
_CUE_THEN_PRONOUN = regex.compile(r"[ ]\p{Ll}++[ ](he|she)\b")


def _pronoun_after(text: str, end: int) -> str | None:
    """The gender of the pronoun that a cue right after a mention ending at *end*
    reports (``Allingham said she had``: ``female``), if any.

    >>> from newsstruct._speakers import _pronoun_after
    >>> _pronoun_after("Lind said she would go.", 4), _pronoun_after("Lind went.", 4)
    ('female', None)
    """
    found = _CUE_THEN_PRONOUN.match(text, end, min(len(text), end + _CUE_PRONOUN_REACH))
    return None if found is None else PERSON_PRONOUNS[found.group(1)]


#: *For* opening a sentence (``For Calloway, the point is simpler.``).
_FOR_OPENINGS = frozenset({"For ", "\nFor"})
#: The rest of a sentence opened by *For* and a surname, then a quote and the
#: pronoun of its cue (``, the point is simpler. "...," he said``).
_FOR_THEN_PRONOUN = LazyPattern(
    r",[^.!?\n\"\u201c]{1,120}+[.!?] [\"\u201c][^\"\u201d\n]{1,400}+[\"\u201d] (he|she) "
)
#: The cue and pronoun after a mention are read this far.
_CUE_PRONOUN_REACH = 30


def _canonical(
    mentioned: tuple[str, str, int],
    people: Sequence[_Person],
    index: dict[str, list[_Person]],
    last: _Person | None,
    text: str,
    positions: Sequence[int] | None = None,
) -> tuple[str, str | None, _Person | None]:
    """(name, role, person) for a mention.

    *mentioned* is the speaker's ``(mention, name, span.start)``; *positions*
    are those of *people* (in order), when known.
    """
    mention, said_name, start = mentioned
    if not mention.isprintable() or "  " in mention:
        mention = " ".join(mention.split())  # a mention broken over lines
    low = mention.lower()
    if said_name != mention and said_name.lower() == low:
        mention = said_name  # a transcript's label in capitals: "PENCE" as written, "Pence"
    elif mention in _ASKING_LABELS and said_name != mention:
        mention = said_name  # "A:" in an interview: the one who answers, as named before
        low = mention.lower()
    if low in SUBJECT_PRONOUNS and said_name.lower() != low:
        mention = said_name  # resolve the pronoun's antecedent in its sentence
        low = mention.lower()
    if low in _POSSESSIVES:
        # "his call for": the last speaker, when a person's full name of that gender
        if last is not None and _full_name_of(last, _POSSESSIVES[low]):
            return last.name, last.role or last.before, last
        return mention, None, None
    if low in PERSON_PRONOUNS or low in PRO_DROP_VERBS or low == "him":
        if last is not None:
            return last.name, last.role or last.before, last
        return mention, None, None
    if low in SUBJECT_PRONOUNS:
        return mention, None, None
    words = mention.split()
    if len(words) > 1 and _place_name(words, 0):
        return mention, None, None  # "South Korea" is no one named "Korea"
    if (
        len(words) >= 4
        and words[0] in _THE
        and _bare(words[1]) in HONORIFICS
        and all(word[:1].isupper() for word in words[1:])
    ):
        # "the Rev Andrew Kirk", "the Rt Rev Jo Lind": a title with "the", British style
        rest = mention.partition(" ")[2]
        at = start + len(mention) - len(rest)
        return _canonical((rest, rest, at), people, index, last, text, positions)
    if len(words) >= 3 and words[1].lower() in _GROUP_LINKS and _plural_group(words[0]):
        return mention, None, None  # "Allies of Mr Johnson": a group, not Johnson
    determined = bool(words) and words[0].lower() in _DETERMINERS
    if (
        len(words) >= 3
        and words[0].lower() in _ONE_PERSON_OPENERS
        and words[-2].islower()
        and words[-1].istitle()
        and words[-1].isalpha()
        and (
            words[-1].lower() in _FIRST_NAMES
            or (_bare(words[-2]) in FAMILY_NOUNS and _bare(words[-1]) not in _FUNCTION_CAPS)
        )
        and _bare(words[-2]) in PERSON_NOUNS | FAMILY_NOUNS
    ):  # "Her son Alfie, seven, said": a first name after a word for a person
        kin = " ".join(words[1:-1])
        return words[-1], kin, _Person(words[-1], kin, None, start)
    if determined and (author := _document_author(words, text, start + len(mentioned[0]))):
        titles, issuer, _gender = _split_role(author.split())
        if titles and 2 <= len(issuer) <= 4 and all(_named_word(word) for word in issuer):
            # "a statement by Renault President Raymond Levy": the title is the role
            return " ".join(issuer), " ".join(titles), None
        return author, None, None  # "a study by the University of Oslo": its author
    # "Cabinet member for education, Councillor Sian Hughes, said": a role opening
    # its sentence without an article, in lower case after its first word
    bare_role = (
        len(words) >= 2
        and words[0].istitle()
        and all(word.islower() for word in words[1:])
        and any(_bare(word) in PERSON_NOUNS or _bare(word) in ROLE_WORDS for word in words)
    )
    if determined or bare_role or (words and words[0].islower()):
        beside = _appositive_name(text, start, index)
        if beside is None and (determined or bare_role or words[0].endswith(("s'", "s\u2019"))):
            # (an owner in the plural possessive: "tenants' lawyer, Daniel Osei,")
            beside = _name_after(text, start + len(mentioned[0]), index)
            if beside is not None and _body_set_off(words, beside, text):
                beside = None  # "A spokesperson for the promoter, Halcyon Live,": the body's
            if beside is None and (firm := _firm_after(text, start + len(mentioned[0]))):
                return firm, None, None  # "Its rival, the carmaker Velora,"
            if beside is None and (body := _body_after(text, start + len(mentioned[0]), words)):
                return body, None, None  # "The employers' group, the Maritime Alliance,"
        if beside is not None:
            held = beside.role
            if held and all(_bare(word) in OFFICE_HONORIFICS for word in held.split()):
                held = beside.before or _description(words) or held  # "its director, Prof."
            held = held or beside.before or _description(words)
            return beside.name, held, beside
        if (
            determined
            and (len(words) == 2 or (len(words) == 3 and words[1].endswith(_POSSESSIVE_ENDS)))
            and (_bare(words[-1]) in PERSON_NOUNS or _bare(words[-1]) in _BIRTH_ORDER)
        ):
            lone = _first_name_beside(text, start + len(mentioned[0]), " ".join(words[1:]))
            if lone is not None:  # "his wife, Mary, said", "the woman's son, Peter, said"
                return lone.name, lone.role, lone
        # "a nurse who gave only her first name, Joy,": the name the clause gives
        if determined and (first_only := _first_name_given(text, start + len(mentioned[0]), words)):
            return first_only.name, first_only.role, first_only

        # "resident Carol White": a speaker noun in lower case before a name
        plain = (
            not determined
            and len(words) > 2
            and _bare(words[0]) in PERSON_NOUNS
            and words[1][:1].isupper()
            and not any(word.endswith(_POSSESSIVE_ENDS) for word in words)
        )
        at = _name_at_end(words) if determined or plain else 0
        if at:  # "his campaign manager Jo Kent", "the Herald's Jo Kent"
            run = " ".join(words[at:])
            named, its_role, person = _canonical(
                (run, run, start), people, index, last, text, positions
            )
            if (person is not None or plain) and " " in named:
                described = words[1:at] if determined else words[:at]
                if its_role is None and all(word.islower() for word in described):
                    its_role = " ".join(described) or None
                return named, its_role, person
    elif (
        len(words) > 2
        and words[0].endswith(_POSSESSIVE_ENDS)
        and words[-1][:1].isupper()
        and _bare(words[1]) in ROLE_WORDS
        and (beside := _name_after(text, start + len(mentioned[0]), index)) is not None
    ):
        # "Qatar's Minister of State for Foreign Affairs, Khalid al-Mansouri, said":
        # an office in capitals after its owner, and the name set off after it
        return beside.name, beside.role or beside.before or " ".join(words[1:]), beside
    elif words[-1:] and words[-1].islower() and any(w.endswith(_POSSESSIVE_ENDS) for w in words):
        beside = _name_after(text, start + len(mentioned[0]), index)  # "Acme's chief, Jo Lind,"
        if beside is None and (firm := _firm_after(text, start + len(mentioned[0]))):
            return firm, None, None  # "Acme's largest customer, the carmaker Velora,"
        if beside is not None:
            held = beside.role or beside.before
            if held is None and _bare(words[-1]) in PERSON_NOUNS | ROLE_WORDS:
                held = " ".join(words)  # the description as written: "Acme's chief"
            return beside.name, held, beside
        if (
            len(words) > 1
            and words[-2].endswith(_POSSESSIVE_ENDS)
            and _bare(words[-1]) in PERSON_NOUNS
        ):
            lone = _first_name_beside(text, start + len(mentioned[0]), " ".join(words))
            if lone is not None:  # "Lind's daughter, Emma, said", "Jo Lind's son, Tom,"
                return lone.name, lone.role, lone
    head = _bare(words[-1]) if words else ""
    if len(words) >= 3 and words[-2] == "of" and _bare(words[-3]) in ROLE_WORDS:
        head = _bare(words[-3])  # "the secretary of state": an office, headed by "secretary"
    if determined or (words and words[0] == "former" and head in ROLE_WORDS):
        people = _latest_people(people, positions, start)
        epithet = None
        if len(words) == 2:
            epithet = _epithet_holder(words, people, text, start)
        elif (
            len(words) == 3
            and _AGE_EPITHET.fullmatch(words[1])
            and (
                _bare(words[2]) in PERSON_NOUNS
                or (words[2].isalpha() and words[2].islower())
                or words[2].lower() in NATIONALITY_NOUNS  # "the 31-year-old Argentine"
            )
        ):
            # "the 38-year-old actress", "the 22-year-old lock": the age reads as it does alone
            epithet = _epithet_holder(words[:2], people, text, start)
        elif (
            len(words) == 3
            and words[2] == "old"
            and words[1].endswith("-year")
            and _AGE_EPITHET.fullmatch(words[1] + "-old")
        ):
            # "the 24-year old": the epithet with its last hyphen dropped
            epithet = _epithet_holder((words[0], words[1] + "-old"), people, text, start)
        elif (
            3 <= len(words) <= 4
            and words[-1] in POSITION_NOUNS
            and (
                all(word[:1].isupper() for word in words[1:-1])
                or (len(words) == 3 and words[1] in _SEASON_WORDS)
            )
        ):
            # a club before the position ("the Leinster fly-half", "the Real Madrid
            # striker"), or a word of experience ("the veteran midfielder"): the
            # position reads as it does alone
            epithet = _epithet_holder((words[0], words[-1]), people, text, start)
        elif (
            len(words) == 4
            and words[1] == "world"
            and words[2].lower() in _RANK_WORDS
            and words[3].isalnum()
        ):
            # "the world No. 3": a ranking reads as a position does
            ranked = [p for p in people if not p.name.startswith(("World No", "World Number"))]
            # (not the ranking read as a name: "World No. 3 Jo Lind")
            epithet = _epithet_holder((words[0], f"world no. {words[3]}"), ranked, text, start)
        if epithet is not None:  # "the 23-year-old", "the Swede": the one person so introduced
            return epithet.name, epithet.role or epithet.described or epithet.before, epithet
        if (
            len(words) == 2
            and words[0].lower() in _POSSESSIVES
            and head in _SPOUSES
            and last is not None
            and (partner := _couple_partner(text, last, words[0].lower(), head, start))
        ):
            return partner.name, head, partner  # "Rachel and Sam Kettering ... His wife"
        if len(words) == 2 and words[0].lower() in _KIN_OWNERS and head in FAMILY_NOUNS:
            relative = _kin_holder(head, people, start)
            if relative is None:
                relative = _kin_child(words[0].lower(), head, people, text, start)
            if relative is not None:  # "his son" is the one introduced as "his son Josh Lind"
                held_as = relative.role or relative.described or relative.before
                return relative.name, held_as, relative
        if len(words) == 2 and (own := _candidate_himself(words, index, text, start)):
            return own.name, words[1].lower(), own  # "Trump's campaign ... the candidate himself"
        if len(words) == 2 and (elected := _elect_holder(words[1], people, text, start)):
            return elected.name, words[1].lower(), elected  # "the mayor-elect": the one elected
        if head in _HELD_OFFICES:  # "the judge" is Judge Jo Lind, "the senator" Sen. Jo Lind
            holder = _role_holder(words, people, text, start)
            if holder is None and head in _ENVOY_WORDS and words[-1].islower():
                # "the Russian ambassador" is the one introduced as "the Russian envoy"
                synonym = _ENVOY_WORDS[head]
                holder = _role_holder([*words[:-1], synonym], people, text, start)
            if holder is None and head in _PARTY_HEADS:
                holder = _party_holder(words, index, text, start)
            if holder is not None:
                return holder.name, holder.role or holder.described or holder.before, holder
        if len(words) == 2 and words[0].lower() == "the" and head in _SET_OFF_BODY_HEADS:
            set_off = _SET_OFF_BODY.match(text, start + len(mentioned[0]))
            if set_off is not None:  # "The airline, Skylane, said": the name set off after it
                return set_off.group(1), None, None
        if len(words) == 2 and words[0].lower() == "the" and head in _BODY_HEADS:
            body = _named_body(text, head, start)
            if body is not None:  # "the ministry" is the Ministry of Health named before
                return body, None, None
        if len(words) == 2 and words[0].lower() == "the" and head in _REGULATOR_NOUNS:
            bodies = {
                body for kind in _REGULATOR_BODIES if (body := _named_body(text, kind, start))
            }
            if len(bodies) == 1:  # "the regulator": the one commission or authority before
                return bodies.pop(), None, None
        if (
            len(words) == 3
            and words[0].lower() == "the"
            and words[1].isalpha()
            and words[1].islower()
            and (head in _BODY_HEADS or head == "service")
        ):
            body = _named_body(text, head, start)
            if body is not None and words[1].capitalize() in body.split():
                return body, None, None  # "the weather service": the National Weather Service
        if (
            len(words) == 2
            and words[0].lower() == "the"
            and _bare(words[1]) in _SELF_NAMED_NOUNS
            and (own_name := _self_named_group(text, start)) is not None
        ):
            return own_name, None, None  # "A group calling itself Nightjar ... the hackers"
        if (
            len(words) == 2
            and words[0].lower() == "the"
            and head in _COMPANY_NOUNS
            and (owner := _inverted_company(text, start, index)) is not None
        ):
            return owner, None, None  # "OPEC+ agreed to extend its cuts, the group said"
        return _unarticled_body(words) or mention, None, None
    bare = [word.lower().rstrip(".") for word in words]
    if "and" in bare and _two_names(words, bare):
        at = bare.index("and")  # "Jo Lind and Sen. Tom Kent said": both speak
        first = _split_role_bare(words[:at], bare[:at])[1]
        second = _split_role_bare(words[at + 1 :], bare[at + 1 :])[1]
        return f"{' '.join(first)} and {' '.join(second)}", None, None
    if len(words) == 3 and bare[1] == "and" and _named_word(words[0]) and _named_word(words[2]):
        # "Lind and Kent said": two people named in full before, each by surname
        one, other = _lookup(index, words[0], start), _lookup(index, words[2], start)
        if one is not None and other is not None and one is not other:
            return f"{one.name} and {other.name}", None, None
        return mention, None, None  # two surnames, or a firm: "Johnson and Johnson"
    role, name, gender = _split_role_bare(words, bare)
    titled = gender is not None  # an honorific gives it: "Mrs Barker"
    if name:  # "Lind's" is Lind, but "Lind's lawyer" is someone else, as written
        name[-1] = name[-1].removesuffix("'s").removesuffix("\u2019s")
    if (
        not name
        and len(words) == 1
        and words[0].istitle()
        and bare[0] in _HELD_OFFICES
        and not _ends_a_name(text, words[0])  # (not "King" after "Billie Jean King")
    ):
        # 'Mayor: "..."' (a headline's label): the one holder of the office in the text
        # (among the latest people named in the text: one look-up per label, bounded)
        holder = _role_holder(
            ("the", bare[0]), _latest_people(people, positions, len(text)), text, len(text)
        )
        if holder is not None:
            return holder.name, holder.role or holder.described or holder.before, holder
    if not name or (role and all(w.islower() for w in name)):
        return mention, None, None  # "U.S. officials", "grain trade analysts": no one named
    if (
        len(name) == 1
        and role
        and _bare(role[0]) in _FULL_NAME_RANKS
        and _lookup(index, name[0], start) is None
    ):
        return mention, None, None  # "PC World": a brand, not a constable named World
    if (
        name[-1].islower()
        and _bare(name[-1]) in PERSON_NOUNS
        and not any(word.endswith(_POSSESSIVE_ENDS) for word in words)
    ):
        return mention, None, None  # "Western diplomat": a noun for a person, no name
    known = _lookup(index, name[-1], start)
    if known is not None and gender is None and len(name) == 1 and len(index[name[-1]]) > 1:
        # two people share the surname: "Allingham said she ..." is the woman
        gender = _pronoun_after(text, start + len(mentioned[0]))
        if gender is None and text[max(0, start - 4) : start] in _FOR_OPENINGS:
            # "For Calloway, the point is simpler. '...,' he said": the next quote's
            found = _FOR_THEN_PRONOUN.match(text, start + len(mentioned[0]))
            if found is not None:
                said = PERSON_PRONOUNS[found.group(1)]
                fits = {
                    person.name: person
                    for person in index[name[-1]]
                    if person.position < start
                    and (person.gender or _first_name_gender(person.name)) == said
                }
                if len(fits) == 1:  # the one bearer of the surname of that gender
                    (bearer,) = fits.values()
                    return bearer.name, bearer.role or bearer.before, bearer
    if known is not None and gender is not None and len(name) == 1:
        known = _of_gender(index, name[-1], start, gender) or known  # "Mrs. Clinton"
        if (known.gender or _first_name_gender(known.name)) in _OTHER_GENDER[gender]:
            known = None  # "Mr. Fielding" after "Mary Fielding" only: not her
    if known is not None and len(name) == 1 and len(index[name[-1]]) > 1:
        # "Whitlow" after "her niece, Clare Whitlow": the one named before her (a
        # gender, from an honorific or a pronoun, is told as above, and kept:
        # "Mr. Vorhees" after "his brother, Mark Vorhees" is the congressman)
        elder = _before_relative(index, name[-1], known, text, start)
        if titled and len(name) == 1 and _parent(known):
            # "Mrs Barker", "Mr Munro" after "Imogen's mother, Fiona Barker", "The
            # climber's father, Donald Munro": the honorific is the parent's, the
            # one a story about a son or daughter calls by it
            elder = known
        if gender is None or (elder.gender or _first_name_gender(elder.name)) in (None, gender):
            known = elder
    if known is not None and (name[0].lower() in _PARTICLES or name[0] in _SURNAME_PREFIXES):
        # "Dr del Pozo Cruz", "Al Suwaidi": the surname of the one named before in
        # full with it (the latest introduced before it, among the latest
        # :data:`_HOLDER_PEOPLE` of the surname, found by bisection)
        tail = " " + " ".join(name)
        bearers = index.get(name[-1], [])
        at = bisect_left(bearers, start, key=_introduced_at)
        fuller = next(
            (
                p
                for p in reversed(bearers[max(0, at - _HOLDER_PEOPLE) : at])
                if p.name.endswith(tail) and p.position < start
            ),
            None,
        )
        if fuller is not None:
            known = fuller
            title = _fuller(known.role, known.before) if known.role else None
            return known.name, title or " ".join(role) or known.before, known
    if (
        known is not None
        and len(name) >= 2
        and known.name != (full := " ".join(name))
        and (full in index or _other_first_name(name, known))
    ):
        # "Donald Trump" after "Melania Trump"; "Mark Lind" after "Mark and Josh Lind"
        # named in full, whatever their first names
        known = _lookup(index, full, start)
    if known is None and len(name) >= 2:
        known = _lookup(index, name[0], start)  # "Mohd Azmi" of "Mohd Azmi Ghazali"
        if known is not None and not (
            known.name.startswith(" ".join(name) + " ") and known.name.count(" ") < _PREFIXED_WORDS
        ):
            known = None
    if known is None and len(name) == 1 and not _COURTESY_TITLES.isdisjoint(bare):
        # "Mr Faisal" after "Muhammad Faisal Abdul Rahman": a Malay name, said by
        # the word a courtesy title goes with, which is no surname
        known = _inner_named(name[0], _latest_people(people, positions, start), start)
    if known is None and len(words) == 1 and len(name) == 1:
        # "Gav" after "Gavin Sully": a first name said short, in tabloid and sports copy
        known = _short_first_name(name[0], _latest_people(people, positions, start), start)
    if known is not None and (
        len(name) == 1
        or known.name.split()[-1] == name[-1]
        or known.name.startswith(" ".join(name) + " ")  # "Mohd Azmi" of "Mohd Azmi Ghazali"
    ):
        held = _fuller(known.role, known.before) if known.role else None
        written = " ".join(role)
        if held and written.endswith(" " + held):
            held = written  # the mention writes more of the role: "Livestock and Fisheries ..."
        if not (held or written or known.before):
            # described where named again: "Mr. Lind, the mayor of Miami, said"
            written = _described_after(text, start + len(mentioned[0])) or ""
        return known.name, held or written or known.before, known
    canonical = " ".join(name)
    if ORGANISATION_WORDS.isdisjoint(bare):  # not an organisation
        # a surname never named in full may still be described: "Ms Lind, the
        # Education Secretary, said"
        end = start + len(mentioned[0])
        after = None if role else _described_after(text, end)
        before = None if role or after else _described_before(text, start, end)
        given = " ".join(role) or after or before  # "Another parent, Gary, who ..."
        # the pronoun after it has the role too ("Serhiy, a volunteer, said"): a title
        # or a description headed by a word for a person (after the name, in lower case)
        kept = given if given and _headed_by_role(given.split()) else None
        if kept and after and not after[:1].islower():
            kept = None
        return canonical, given, _Person(canonical, kept, _kin_gender(before), start)
    return canonical, " ".join(role) or None, None


def _kin_gender(before: str | None) -> str | None:
    """The gender that a short description before a name gives, headed by a word of
    kin (``His daughter, Amy``, ``her younger brother, Sami``), or ``None``.

    >>> [_kin_gender(d) for d in ("His daughter", "her younger brother", "Another parent", None)]
    ['female', 'male', None, None]
    >>> _kin_gender("The son of her sister")  # (a longer description: its last word is no head)
    """
    words = before.split() if before else ()
    if not words or len(words) > 3 or not words[-1].islower():
        return None
    return _GENDERED_NOUNS.get(words[-1])


#: A first name said short keeps at least this many letters (``Gav``), and lacks
#: at most :data:`_SHORTENED_BY` of the name's (``Gavin``).
_SHORT_FIRST_LETTERS = 3
_SHORTENED_BY = 3


def _short_first_name(word: str, people: Sequence[_Person], start: int) -> _Person | None:
    """The one person named in full before *start* whose common first name *word*,
    no first name of its own, cuts short (``Gav`` for ``Gavin Sully``, ``Steph``
    for ``Stephanie Kent``; not ``Iran`` for ``Iranian High Command``), else None.

    >>> from newsstruct._speakers import _short_first_name, _Person
    >>> gavin = _Person("Gavin Sully", None, None, 0)
    >>> _short_first_name("Gav", [gavin], 50).name
    'Gavin Sully'
    >>> _short_first_name("Gav", [gavin, _Person("Gavin Hale", None, None, 9)], 50)
    >>> _short_first_name("Sam", [_Person("Samuel Kent", None, None, 0)], 50)
    >>> _short_first_name("Iran", [_Person("Iranian High Command", None, None, 0)], 50)
    """
    if (
        not (len(word) >= _SHORT_FIRST_LETTERS and word.isalpha() and word.istitle())
        or word.lower() in _FIRST_NAMES
        or word.lower() in UNISEX_FIRST_NAMES
    ):
        return None
    found: _Person | None = None
    for person in people:
        first, _, rest = person.name.partition(" ")
        if (
            rest
            and person.position < start
            and first.startswith(word)
            and 0 < len(first) - len(word) <= _SHORTENED_BY
            and first.lower() in _FIRST_NAMES  # (not "Iran" of "Iranian High Command")
        ):
            if found is not None and found.name != person.name:
                return None  # two people it may be
            found = person
    return found


#: Ranks written in capitals that are words of brands too: one word after them is
#: a name only for one named in full before (``PC Breck`` after ``PC Dan Breck``;
#: ``PC World`` is a shop).
_FULL_NAME_RANKS = frozenset({"pc"})


#: Names of at most this many words are said by their first words too
#: (``Mohd Azmi`` for ``Mohd Azmi Ghazali``); a longer run is a headline's.
_PREFIXED_WORDS = 4


def _inner_named(word: str, people: Sequence[_Person], start: int) -> _Person | None:
    """The one person named before *start* in four words or more with *word*
    inside their name (``Faisal`` of ``Muhammad Faisal Abdul Rahman``), else None.

    >>> from newsstruct._speakers import _inner_named, _Person
    >>> faisal = _Person("Muhammad Faisal Abdul Rahman", None, None, 0)
    >>> _inner_named("Faisal", [faisal], 50).name
    'Muhammad Faisal Abdul Rahman'
    >>> _inner_named("Faisal", [faisal, _Person("Ali Faisal Omar Said", None, None, 9)], 50)
    """
    found: _Person | None = None
    inside = f" {word} "  # (names are words joined by spaces: few hold it, the rest not split)
    for person in people:
        if inside not in person.name:
            continue
        parts = person.name.split()
        if person.position < start and len(parts) >= 4 and word in parts[1:-1]:
            if found is not None and found.name != person.name:
                return None
            found = person
    return found


#: Words that make a capitalised run after *the* a body's name (``The Royal
#: College of Nursing``, ``the European Parliament``).
_BODY_NAME_WORDS = (
    ORGANISATION_WORDS
    | COMPANY_WORDS
    | {"college", "school", "academy", "hospital", "charity", "centre", "center",
       "parliament", "assembly", "senate", "congress", "fund", "forum", "programme",
       "program", "institution", "observatory", "museum", "library", "orchestra", "show",
       "nations", "press", "centers", "centres"}
)  # fmt: skip
#: Lower-case words inside a body's name (``Department of Health and Social Care``).
_BODY_NAME_LINKS = frozenset({"of", "for", "and", "on", "the", "&"})


def _unarticled_body(words: Sequence[str]) -> str | None:
    """A body's name without the article before it (``The Royal College of
    Nursing`` is ``Royal College of Nursing``), or ``None``.

    Two words or more follow *the*, each capitalised or a link word, the last
    capitalised, and one of them names a body (:data:`_BODY_NAME_WORDS`).  A lone word (``The Pentagon``), a person's
    description (``the Georgia Democrat``) and a common noun keep the article.

    >>> _unarticled_body("The Royal College of Nursing".split())
    'Royal College of Nursing'
    >>> _unarticled_body(["The", "Pentagon"]), _unarticled_body("the Georgia Democrat".split())
    (None, None)
    >>> _unarticled_body("the union".split()), _unarticled_body("The Acme union".split())
    (None, None)
    """
    if len(words) < 3 or words[0].lower() != "the" or not words[-1][:1].isupper():
        return None
    bare = [_bare(word) for word in words[1:]]
    if not all(
        word[:1].isupper() or low in _BODY_NAME_LINKS
        for word, low in zip(words[1:], bare, strict=True)
    ):
        return None
    if _BODY_NAME_WORDS.isdisjoint(bare):
        return None
    return " ".join(words[1:])


#: Words that open a description of one person without being part of it.
_ONE_PERSON_OPENERS = frozenset(
    {"the", "a", "an", "one", "another", "its", "his", "her", "their", "our", "my", "your"}
)


def _description(words: Sequence[str]) -> str | None:
    """The role a description before a name gives (``one resident`` -> ``resident``,
    ``the head of the Atomic Energy Agency`` -> ``head of the Atomic Energy Agency``):
    its words without the article, when a speaker noun heads it; else ``None``.

    >>> _description("the head of the Atomic Energy Agency".split())
    'head of the Atomic Energy Agency'
    >>> _description(["one", "resident"]), _description(["the", "statement"])
    ('resident', None)
    """
    if len(words) < 2 or words[0].lower() not in _ONE_PERSON_OPENERS:
        return None
    rest = words[1:]
    head = rest[rest.index("of") - 1] if "of" in rest[1:] else rest[-1]
    if not head.islower() or _bare(head) not in PERSON_NOUNS | ROLE_WORDS:
        return None
    return " ".join(rest)


#: An age epithet: ``the 23-year-old``.
_AGE_EPITHET = regex.compile(r"(\d{1,3})-year-old")
#: An age stated where a person is introduced (``, 30,``, ``30-year-old``).
_STATED_AGE = regex.compile(r", \d{1,3},|\d{1,3}-year-old")
#: How far around a person's first mention an age or a nationality is read.
_EPITHET_WINDOW = 60


@lru_cache(maxsize=4096)
def _introduced_as(around: str, word: str, stated: tuple[str, ...]) -> bool:
    """Whether the words *around* a person's introduction say the nationality or
    the position of the epithet *word* (``the Swede``, ``the defender``), which
    *stated* gives the stems of (remembered, keyed on the strings: a text naming
    thousands of people reads each of the latest ones again for each epithet).

    >>> _introduced_as("swedish striker jo lind", "swede", ("swed",))
    True
    >>> _introduced_as("defenders jo lind", "defender", ("defender",))
    True
    >>> _introduced_as("the defence of jo lind", "defender", ("defender",))
    False
    """
    low = around.lower()
    if not any(stem in low for stem in stated):
        return False  # (the cheap test first: the pattern needs a stem)
    # a nationality's stem opens its words (Swed: Swedish, Sweden); a
    # position is a word of its own (prop, not proposal)
    whole = "" if word in NATIONALITY_NOUNS else r"s?\b"
    return any(_compiled(rf"\b{stem}{whole}").search(low) for stem in stated)


def _epithet_holder(
    words: Sequence[str], people: Sequence[_Person], text: str, start: int
) -> _Person | None:
    """The one person introduced with the age or nationality of an epithet, or ``None``.

    ``the 23-year-old`` is the person named before as ``Dean Mbeki, 23,`` or ``the
    23-year-old Dean Mbeki``; ``the Swede`` the person introduced with *Swedish*
    or *Sweden* (:data:`NATIONALITY_NOUNS`) around their name, in the sentence
    that names them, and ``the defender`` the one introduced as a defender
    (:data:`POSITION_NOUNS`); when no one was, the one person named in full earlier
    in the paragraph, or, with none there, in the paragraph before.  None, or two
    such people, leave it unresolved.
    """
    if words[0].lower() != "the":
        return None
    word = words[1].lower()
    age = _AGE_EPITHET.fullmatch(word)
    if age is not None:
        number = age.group(1)
        stated: tuple[str, ...] = (f", {number},", f"{number}-year-old")
    elif word in NATIONALITY_NOUNS:
        stated = NATIONALITY_NOUNS[word]
    elif word in POSITION_NOUNS:
        stated = (word,)
    elif word.startswith("world no. "):
        stated = (word, f"world number {word[10:]}")
    elif word in _TEEN_NOUNS:
        stated = ()
    else:
        return None
    found: dict[str, _Person] = {}
    for person in people:
        if person.position >= start or " " not in person.name:
            continue
        around = person.introduced
        if around is None:  # (read once for each person of the article)
            at = _written_at(text, person)  # (after a role: "Striker Dean Mbeki")
            around = person.introduced = _introduction(text, at, at + len(person.name))
        if age is None and word not in _TEEN_NOUNS:
            # (a nationality or a position: read in the introduction alone)
            if _introduced_as(around, word, stated):
                found[person.name] = person
                if len(found) > 1:
                    return None  # two so introduced: neither is meant (as below)
            continue
        surname = person.name.rpartition(" ")[2]
        if word in _TEEN_NOUNS:
            # "the teenager": introduced as one, or with an age from 13 to 19,
            # there or beside the surname later ("Okafor, 18, sat his exams")
            hit = _TEEN_STATED.search(around) is not None or any(
                _TEEN_STATED.match(text, spot + len(surname))
                for spot in _mentions(text, surname, person.position, start)
            )
        else:
            assert age is not None  # (for mypy: a nationality or a position went on above)
            # the age beside the name, or beside the surname later ("Castell, 17, broke")
            hit = any(mark in around for mark in stated) or (
                text.find(
                    f"{surname}, {age.group(1)},",
                    person.position,
                    min(start, person.position + _SURNAME_AGE_REACH),
                )
                >= 0
            )
        if hit:
            found[person.name] = person
    if not found:
        # introduced with no age or nationality: the one person named in full
        # earlier in the paragraph ("Real boss Carlo Ancelotti admitted ...
        # '...,' the Italian said")
        opening = text.rfind("\n", 0, start) + 1
        for person in people:
            if opening <= person.position < start and " " in person.name:
                found[person.name] = person
        if found and _epithet_opens(text, opening):
            found.clear()  # "The Portuguese, who replaced Jo Lind, ...": not Lind
        if len(found) == 1 and age is None and word in NATIONALITY_NOUNS:
            (person,) = found.values()
            around = _introduction(text, person.position, person.position + len(person.name))
            if _other_nationality(around.lower(), word):
                found.clear()  # "Swedish star Jana Lind ... the Italian said": not her
        if not found and start - opening > 2:
            # a surname alone that opens the paragraph, of one person named in full
            # before ("Brook, who fell for 86, admitted ... '...,' the 25-year-old said",
            # "Sinner, the world No. 1, was gracious. '...,' the Italian said")
            subject = _SURNAME_OPENING.match(text, opening, start)
            for person in people:
                if (
                    subject is not None
                    and person.position < start
                    and person.name.rpartition(" ")[2] == subject.group("surname")
                ):
                    found[person.name] = person
            if len(found) == 1 and (age is not None or word in _TEEN_NOUNS):
                (person,) = found.values()
                around = _introduction(text, person.position, person.position + len(person.name))
                if _STATED_AGE.search(around) and not _age_fits(around, age):
                    found.clear()  # introduced with another age
            elif len(found) == 1 and word in NATIONALITY_NOUNS:
                (person,) = found.values()
                around = _introduction(text, person.position, person.position + len(person.name))
                if _other_nationality(around.lower(), word):
                    found.clear()  # introduced with another nationality
            if len(found) != 1:
                found.clear()
        if (
            not found
            and opening > 1
            and word in NATIONALITY_NOUNS
            and text[opening : opening + 1] in _QUOTE_FIRSTS
        ):
            # its paragraph opens with the quote: a surname alone that opens the
            # paragraph above, of one person named in full before and introduced
            # with no other nationality ("Castell, the world No. 1, had closed in.
            # / '...,' said the Monegasque")
            before, end = paragraph_above(text, opening)
            subject = _SURNAME_OPENING.match(text, before, end)
            if subject is not None:
                for person in people:
                    if (
                        person.position < before
                        and " " in person.name
                        and person.name.rpartition(" ")[2] == subject.group("surname")
                    ):
                        found[person.name] = person
            if len(found) == 1:
                (person,) = found.values()
                around = _introduction(text, person.position, person.position + len(person.name))
                if _other_nationality(around.lower(), word):
                    found.clear()
            elif found:
                found.clear()
        if not found and opening > 1 and word not in NATIONALITY_NOUNS:
            # none in its paragraph: the one named in full in the paragraph before,
            # with no other age stated ("Substitute Kofi Mensah scored late." over
            # '"...," the 19-year-old said.'); a nationality is never so guessed
            before, end = paragraph_above(text, opening)
            if before > 1 and _epithet_opens(text, before):
                # its subject an epithet too ("The Portuguese, who replaced Jo Lind,
                # faced questions."): the one it stands for, named in the paragraph above
                before, end = paragraph_above(text, before)
            for person in people:
                if (
                    before <= person.position < end
                    and " " in person.name
                    and text[person.position - 1 : person.position] not in _QUOTE_FIRSTS
                ):  # (not a quoted title: "Night Shift")
                    found[person.name] = person
                elif (
                    person.position < before
                    and " " in person.name
                    and _mentions(text, person.name.rpartition(" ")[2], before, end)
                ):  # named in full earlier, by surname there ("Sorensen, reached by phone,")
                    found[person.name] = person
            if len(found) > 1:
                # the paragraph's subject, named first at its start ('Carmen "CeCe"
                # Rivera will leave ... as Detective Ana Morales'), over the others
                opener = min(found.values(), key=_position)
                after = opener.position + len(opener.name)
                led = opener.position == before or _ROLE_OPENING.fullmatch(
                    text, before, opener.position
                )  # (or after a role: "Tennis star Marta Kovac said ...")
                if led and not text.startswith((" and ", " & "), after):
                    found = {opener.name: opener}
            if len(found) == 1 and (age is not None or word in _TEEN_NOUNS):
                (person,) = found.values()
                at = person.position
                if _STATED_AGE.search(_introduction(text, at, at + len(person.name))):
                    found.clear()  # "Jana Lind, 30," is no 19-year-old
        if not found and word in NATIONALITY_NOUNS:
            # the one person named in full anywhere before, and named again since,
            # introduced with no other nationality: a report about one athlete or
            # star ("Esther Wanjiru withdrew ... Wanjiru said ... '...,' the Kenyan
            # said"); with two, or one named only once, no guess
            for person in people:
                if person.position < start and " " in person.name:
                    found[person.name] = person
            if len(found) == 1:
                (person,) = found.values()
                around = _introduction(text, person.position, person.position + len(person.name))
                surname = person.name.rpartition(" ")[2]
                again = _mentions(text, surname, person.position + len(person.name), start)
                if not again or _other_nationality(around.lower(), word):
                    found.clear()
    return next(iter(found.values())) if len(found) == 1 else None


#: Verbs after an epithet that opens a paragraph as its subject (``The Swede has``).
_EPITHET_VERBS = frozenset({"has", "had", "is", "was", "will", "would", "said", "says"})


def _epithet_opens(text: str, at: int) -> bool:
    """Whether the paragraph at *at* opens with an epithet as its subject, set off
    before a clause (``The Portuguese, who replaced Jo Lind in May,``) or before
    its verb (``The 54-year-old faced``, ``The defender has``): the people named
    after it in its sentence are not who the epithet stands for.

    >>> [_epithet_opens(t, 0) for t in (
    ...     "The Portuguese, who replaced Jo Lind, was calm.", "The 54-year-old faced Lind.",
    ...     "The German government said", "The Swede, Jo Lind, said", "The club, which")]
    [True, True, False, False, False]
    """
    if not text.startswith("The ", at):
        return False
    first = at + 4
    end = first
    while end < len(text) and end - first < 20 and (text[end].isalnum() or text[end] == "-"):
        end += 1
    word = text[first:end].lower()
    if not (
        word in NATIONALITY_NOUNS
        or word in POSITION_NOUNS
        or word in _TEEN_NOUNS
        or _AGE_EPITHET.fullmatch(word) is not None
    ):
        return False
    if text.startswith(", ", end):
        return not text[end + 2 : end + 3].isupper()  # (not "The Swede, Jo Lind,": a name)
    if not text.startswith(" ", end):
        return False
    stop = end + 1
    while stop < len(text) and stop - end < 20 and text[stop].isalpha():
        stop += 1
    verb = text[end + 1 : stop]
    return verb.islower() and (verb in _EPITHET_VERBS or verb.endswith("ed"))


def _age_fits(around: str, age: regex.Match[str] | None) -> bool:
    """Whether the words *around* a person's first mention state the age of an
    epithet (``the 23-year-old``), or with none, a teenager's (``the teenager``)."""
    if age is None:
        return _TEEN_STATED.search(around) is not None
    return age.group(1) in around


def _mentions(text: str, word: str, lo: int, hi: int) -> list[int]:
    """Where *word* stands as a capitalised word of its own in ``text[lo:hi]``
    (at most a few times, within :data:`_SURNAME_AGE_REACH` characters of *lo*:
    an epithet reads the first mentions)."""
    hi = min(hi, lo + _SURNAME_AGE_REACH)
    found: list[int] = []
    at = text.find(word, lo, hi)
    while at >= 0 and len(found) < _MAX_MENTIONS:
        if (
            not text[at - 1 : at].isalpha()
            and not text[at + len(word) : at + len(word) + 1].isalpha()
        ):
            found.append(at)
        at = text.find(word, at + len(word), hi)
    return found


#: Words of experience before a position (``the veteran midfielder``): the
#: position reads as it does alone.
_SEASON_WORDS = frozenset({"veteran", "experienced", "seasoned", "young", "teenage"})
#: How many mentions of a surname an epithet reads.
_MAX_MENTIONS = 8
#: How far (characters) after a person's first mention an age beside the surname is read.
_SURNAME_AGE_REACH = 3000
#: Epithets for a teenager (``the teenager said``).
#: The words of a ranking after *world* (``the world No. 3``, ``world number one``).
_RANK_WORDS = frozenset({"no.", "number"})
_TEEN_NOUNS = frozenset({"teenager", "teen"})
#: A teenager's age or the word for one where a person is introduced.
_TEEN_STATED = regex.compile(r", 1[3-9],|\b1[3-9]-year-old|\b[Tt]een(?:age|ager)?\b")


def _position(person: _Person) -> int:
    return person.position


#: A surname that opens a paragraph as its subject (``Brook, who fell for 86,``,
#: ``Ms Brook admitted``).
#: One to three words of a role opening a paragraph before a name (``Tennis star ``).
_ROLE_OPENING = regex.compile(r"(?:\p{Lu}?\p{Ll}+ ){1,3}")
_SURNAME_OPENING = regex.compile(
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)?(?P<surname>\p{Lu}[\p{Ll}'\-]+)(?=,|\s\p{Ll})"
)


def _other_nationality(around: str, noun: str) -> bool:
    """Whether the lower-case words *around* a name state a nationality other than
    the one of the epithet *noun* (``swedish star`` for ``the italian``).

    >>> _other_nationality("swedish star  ", "italian"), _other_nationality("italian star  ", "italian")
    (True, False)
    """
    own = NATIONALITY_NOUNS[noun]
    return any(
        stem in around and regex.search(rf"\b{stem}", around) is not None  # (the cheap test first)
        for other, stems in NATIONALITY_NOUNS.items()
        if stems != own
        for stem in stems
    )


def _introduction(text: str, start: int, end: int) -> str:
    """The words that introduce the name at ``[start, end)``: the four words before
    it in its sentence, and the appositive after it (``, 23,``, ``, a Swede,``) or
    the place it is *of* or *from* (``of Hungary``).

    >>> text = "Swedish star Jana Lindqvist lost to Mira Kovacs of Hungary."
    >>> _introduction(text, 13, 27), _introduction(text, 36, 47)
    ('Swedish star  ', 'Jana Lindqvist lost to   of Hungary. ')
    """
    lo = max(0, start - _EPITHET_WINDOW)
    lo = max(lo, text.rfind(". ", lo, start) + 1, text.rfind("\n", lo, start) + 1)
    before = " ".join(text[lo:start].split()[-4:]) + "  "
    after = text[end : end + _EPITHET_WINDOW].split("\n", 1)[0]
    if after.startswith(","):
        close = min((at for at in (after.find(",", 1), after.find(".", 1)) if at > 0), default=-1)
        return before + (after[: close + 1] if close > 0 else "")
    if after.startswith((" of ", " from ")):
        return before + " ".join(after.split()[:3]).join("  ")
    return before


def _fuller(role: str | None, before: str | None) -> str | None:
    """*role*, or the lower-case words before the name that end with it and say more.

    ``press secretary Dana Whitfield`` has the title ``secretary`` and the
    words ``press secretary`` before the name: ``Whitfield`` later has role
    ``press secretary``, as where she was introduced.

    >>> _fuller("secretary", "press secretary"), _fuller("Senator", None), _fuller(None, "rival")
    ('press secretary', 'Senator', 'rival')
    """
    if role and before and before.endswith(" " + role.lower()):
        return before
    return role or before


#: Prepositions whose object is no subject (``read by solicitor Jo Lind,``).
_OBJECT_PREPOSITIONS = frozenset({"by", "from", "with", "for", "to", "of", "behalf"})
#: Prepositions that give a document's author (``a study by``, ``a statement from``).
_AUTHOR_PREPOSITIONS = frozenset({"by", "from"})
#: Lower-case words inside an author's name (``University of Oslo``).
_AUTHOR_LINKS = frozenset({"of", "for", "and", "on", "&"})


def _document_author(words: Sequence[str], text: str, end: int) -> str | None:
    """The author that *by* or *from* gives a document or study mention, if any.

    The mention (*words*, ending at *end* in *text*) is an article and a
    document or a study (``A study``, ``The latest report``); the author is
    the capitalised words after *by* or *from*, in the mention or right after
    it, less an article (``a study by the University of Oslo`` gives
    ``University of Oslo``; ``a report from Acme Corp`` gives ``Acme Corp``).

    >>> _document_author(["A", "study"], "A study by the University of Oslo found", 7)
    'University of Oslo'
    >>> _document_author(["A", "study"], "A study by two doctors found", 7) is None
    True
    """
    heads = [
        i
        for i, word in enumerate(words[:4])
        if _document(word) or (_finder(word) and _bare(word).rstrip("s") not in PERSON_NOUNS)
    ]
    if not heads:
        return None
    after = list(words[heads[0] + 1 :])
    if not after:
        after = text[end : end + _AUTHOR_REACH].split()
    if len(after) < 2 or after[0].lower() not in _AUTHOR_PREPOSITIONS:
        return None
    name: list[str] = []
    for word in after[2:] if after[1].lower() == "the" else after[1:]:
        bare = word.rstrip(",.;:)")
        if not (bare[:1].isupper() or (name and bare in _AUTHOR_LINKS)):
            if _speaker_head(bare) or _document(bare):
                return None  # "a statement from the Acme campaign": a name as a modifier
            break
        if bare.endswith(_POSSESSIVE_ENDS):
            return None  # "a statement from Jo Kent's lawyer": the lawyer's
        if bare != word and word.endswith(".") and _title_word(word) and word[:-1] == bare:
            name.append(word)  # "a statement from Sen. Jo Lind": the title's stop
            continue
        name.append(bare)
        if bare != word:
            break
    while name and name[-1] in _AUTHOR_LINKS:
        name.pop()
    if not name or name[0].lower() in _FUNCTION_CAPS:
        return None
    return " ".join(name)


def _finder(word: str) -> bool:
    """Whether *word* names a study or an inquiry, one or several (``study``, ``audits``)."""
    low = _bare(word)
    return low in FINDERS or (low.endswith("s") and low[:-1] in FINDERS)


#: The words after a mention read for its author.
_AUTHOR_REACH = 80


#: The gender that a mention's honorific rules out.
_OTHER_GENDER = {"male": frozenset({"female"}), "female": frozenset({"male"})}


def _two_names(words: Sequence[str], bare: Sequence[str]) -> bool:
    """Whether a mention names two people joined by *and* (``Jo Lind and Sen. Tom Kent``).

    A name of two words or more, with no role word in it, ends right before
    *and*, and a capitalised word follows it (not an office:
    ``Secretary of Health and Human Services Jo Lind``).

    >>> from newsstruct._speakers import _two_names
    >>> words = "Jo Lind and Tom Kent".split()
    >>> _two_names(words, [w.lower() for w in words])
    True
    >>> words = "Secretary of Health and Human Services Jo Lind".split()
    >>> _two_names(words, [w.lower() for w in words])
    False
    """
    at = bare.index("and")
    if at < 2 or at + 2 >= len(words) or "of" in bare or not _ORGANISATION_OR_FIRM.isdisjoint(bare):
        return False
    left = range(at - 2, at)
    return all(_named_word(words[i]) and bare[i] not in _ROLE_OR_HONORIFIC for i in left) and all(
        _named_word(word) or low in _ROLE_OR_HONORIFIC
        for word, low in zip(words[at + 1 :], bare[at + 1 :], strict=True)
    )


#: Words of a body's or a firm's name (``Acme and Co``, ``Health and Safety Board``).
_ORGANISATION_OR_FIRM = ORGANISATION_WORDS | COMPANY_WORDS


#: Heads of a role noun phrase that :func:`_role_holder` reads (``the senator``,
#: ``the judge``, ``the coach``, ``the prosecutor``); not the bodies ``the
#: state``, ``the house``, ``the senate``, nor nouns for a number of people or
#: for anyone (``the crowd``, ``the two``, ``the person``).
#: Words for a diplomat that copy uses for one another (``the Russian envoy``,
#: later ``the Russian ambassador``).
_ENVOY_WORDS = {"ambassador": "envoy", "envoy": "ambassador"}
_HELD_OFFICES = (ROLE_WORDS | OFFICE_HONORIFICS | PERSON_NOUNS) - {
    "state", "house", "senate", "audience", "crowd", "chorus", "two", "three", "four",
    "both", "others", "some", "many", "several", "most", "all", "few", "everyone",
    "anyone", "someone", "nobody", "everybody", "somebody", "hundreds", "thousands",
    "dozens", "majority", "minority", "people", "person", "percent", "source", "official",
}  # fmt: skip


#: A role or an epithet (``the senator``, ``the 23-year-old``, ``his son``) is
#: looked up among at most this many people, the latest first named before it
#: (an article names fewer; a text naming thousands stays linear) ...
_HOLDER_PEOPLE = 64
#: ... and a pronoun's person among this many.
_PRONOUN_PEOPLE = 256


def _latest_people(
    people: Sequence[_Person], positions: Sequence[int] | None, start: int
) -> Sequence[_Person]:
    """The latest :data:`_HOLDER_PEOPLE` of *people* (in order of first mention,
    at *positions*) first named at or before *start*; all of them when the
    positions are not known or there are no more."""
    if positions is None or len(people) <= _HOLDER_PEOPLE:
        return people
    stop = bisect_right(positions, start)
    return people[max(0, stop - _HOLDER_PEOPLE) : stop]


#: Heads of a noun phrase that name a body, not an office one person holds
#: (``the campaign``); ``the spokesperson`` is the one named as such before.
_BODY_HEAD_WORDS = ORGANISATION_WORDS - {"spokesman", "spokeswoman", "spokesperson"}


def _role_holder(
    words: Sequence[str], people: Sequence[_Person], text: str, start: int
) -> _Person | None:
    """The one person named before *start* whose role fits a role noun phrase.

    The head noun (``the senator``) and each capitalised word before it
    (``the Ohio Democrat``) must be in the person's title or description
    (``Sen. Jo Lind``, ``Jo Lind (D-Ohio)``, ``Jo Lind, a Democrat from
    Ohio``); ``vice`` or ``former`` in a role must be said too
    (:func:`_ranks`).  The holder is the most recently mentioned such
    person, when no other matches: two senators leave ``the senator``
    unresolved.
    """
    if words[0].lower() not in ("the", "former") or _bare(words[-1]) in _BODY_HEAD_WORDS:
        return None  # "a senator", "one Democrat": someone not named; "the campaign"
    if not _NOT_THE_HOLDER.isdisjoint(words):
        return None  # "the next president"
    # where it is written: "who" stands for it after it
    at = _phrase_written_at(text, words, start)[0]
    at = start if at < 0 else at
    before = text[max(0, at - _APPOSITIVE_REACH) : at].rstrip()
    if before.endswith(_APPOSITIVE_MARKS):
        named = before.rstrip(",-\u2014\u2013 ").split()
        lead = [word.lower() for word in named[-4:-1] if _bare(word) not in HONORIFICS]
        if (
            named
            # (not the object of a preposition in an opening phrase: "In a written
            # answer to Mr Baird, the minister said")
            and not (lead and lead[-1] in _OPENING_PREPOSITIONS)
            and any(person.name.split()[-1] == named[-1] for person in people)
        ):
            return None  # "that Jo Lind, the senator, ...": :func:`_appositive_name`'s
    kept = [word for word in words if word.lower() not in _DETERMINERS]
    said = [_bare(word) for word in kept]
    if not said:
        return None
    capitals = [low for word, low in zip(kept, said, strict=True) if word[:1].isupper()]
    low = " ".join(said)
    fits: list[tuple[_Person, frozenset[str]]] = []
    # "the CS": a role's initials (read for each person only when so written)
    acronym = len(kept) == 1 and 2 <= len(kept[0]) <= 4 and kept[0].isupper()
    # British usage: "the minister" is "Transport Secretary Jo Lind", a
    # secretary of state, when no one was introduced as a minister
    minister = said[-1] == "minister" and len(words) == 2
    secretaries: list[tuple[_Person, frozenset[str]]] = []
    head, said_capitals = said[-1], tuple(capitals)
    former = "former" in said
    # the first words of the names that fit a head alone ("the pontiff"), and the
    # names of two words or more: below, a longer name is always kept and a
    # one-word name is dropped only for a longer one that opens with it, so two
    # first words or two longer names leave no one holder, whoever else fits (a
    # text of a thousand popes or senators reads two of them, not all the latest)
    firsts: set[str] | None = set() if len(said) == 1 else None
    long_names: set[str] = set()
    for person in people:
        if person.position > start:
            continue
        role, described, held_before = person.role, person.described, person.before
        if not (role or described or held_before):
            continue
        if (
            former
            and role is not None
            and "ormer " in text[max(0, person.position - 20) : person.position]
            and _FORMER_BEFORE.search(text, max(0, person.position - 20), person.position)
        ):
            role = f"former {role}"  # "Former state Sen. Jo Lind": "the former senator"
        fit, profile = _role_fit(role, described, held_before, low, head, said_capitals)
        if fit == _FITS or (
            acronym
            and _initials_of(kept[0], f"{role or ''} {described or ''} {held_before or ''}".lower())
        ):
            fits.append((person, profile))
            if firsts is not None:
                first, space, _ = person.name.partition(" ")
                firsts.add(first)
                if space:
                    long_names.add(person.name)
                if len(firsts) > 1 or len(long_names) > 1:
                    return None  # two people fit (as below)
        elif minister and fit == _SECRETARY:
            secretaries.append((person, profile))
            minister = person.name == secretaries[0][0].name  # (two: neither is meant)
    fits = fits or secretaries or _court_advocates(said, people, text, start)
    if not fits and len(kept) == 2 and kept[0] in US_STATE_NAMES and said[-1] in _STATE_OFFICES:
        # "the Kansas senator" after "Senate Republican leader Bob Dole": the one
        # who leads a side of a chamber, whose state the story did not give (not
        # any one senator: "the Florida senator" is no "Sen. Jo Lind" of Iowa)
        leader = _role_holder([words[0], kept[1]], people, text, start)
        held = "" if leader is None else f"{leader.role or ''} {leader.before or ''}"
        if any(f"{chamber} {side}" in held for chamber in _CHAMBERS for side in _CHAMBER_SIDES):
            return leader
        return None
    if len(holders := {person.name for person, _ in fits}) > 1:
        # "Pope Leo" and then "Pope Leo XIV": the one name is the longer one's
        longer = {name.split(" ", 1)[0] for name in holders if " " in name}
        fits = [fit for fit in fits if " " in fit[0].name or fit[0].name not in longer]
    if len(said) > 1 and len({person.name for person, _ in fits}) > 1:
        # "the finance chief" after a chief executive and a chief financial
        # officer: the one whose role holds its lower-case words too (a head
        # alone, "the pontiff", has none: every fit holds them)
        fits = [fit for fit in fits if all(_in_profile(word, fit[1], False) for word in said[:-1])]
    if len({person.name for person, _ in fits}) != 1:
        return None  # no one, or two people fit
    return fits[-1][0]


#: Offices held for a state (``the Kansas senator``, ``the Ohio governor``): the
#: state before them may be one the story never gave its holder.
_STATE_OFFICES = frozenset({"senator", "governor", "congressman", "congresswoman"})


def _phrase_written_at(text: str, words: Sequence[str], start: int) -> tuple[int, int]:
    """Where the phrase of *words* is written last in *text* up to offset
    *start* (from :data:`_DESCRIPTION_REACH` before it), and where it ends;
    ``(-1, -1)`` when it is not.  A line break may have cut it: its words are
    then spaced wider (``the\\r\\ncandidate`` reads ``the  candidate``).

    >>> _phrase_written_at("so the  candidate said", ["the", "candidate"], 3)
    (3, 17)
    >>> _phrase_written_at("so the candidate said", ["the", "candidate"], 3)
    (3, 16)
    >>> _phrase_written_at("so the aide said", ["the", "candidate"], 3)
    (-1, -1)
    """
    phrase = " ".join(words)
    lo = max(0, start - _DESCRIPTION_REACH)
    at = text.rfind(phrase, lo, start + len(phrase))
    if at >= 0:
        return at, at + len(phrase)
    window = text[lo : start + len(phrase) + len(words)]
    if "  " not in window:
        return -1, -1
    # the window with each run of spaces read as one (bounded: linear)
    kept = [k for k, char in enumerate(window) if char != " " or window[k - 1 : k] != " "]
    found = "".join([window[k] for k in kept]).rfind(phrase)
    if found < 0 or lo + kept[found] > start:
        return -1, -1
    return lo + kept[found], lo + kept[found + len(phrase) - 1] + 1


#: "Former" and a lower-case word before a title the name's mention starts at
#: (``Former state Sen.``, ``former state Rep.``), which the role read leaves out.
_FORMER_BEFORE = LazyPattern(r"\b[Ff]ormer[ ](?:\p{Ll}++[ ])?$")


#: Nouns for an advocate in court (``the barrister``, ``the defence lawyer``) and
#: the words before them that say whose side (``prosecution counsel``).
_ADVOCATE_NOUNS = frozenset(
    {"barrister", "counsel", "lawyer", "solicitor", "advocate", "attorney", "qc", "kc"}
)
_ADVOCATE_SIDES = {
    "defence": "defen", "defense": "defen", "defending": "defen",
    "prosecution": "prosecut", "prosecuting": "prosecut", "crown": "prosecut",
}  # fmt: skip
#: A court report's opening of an advocate's words, right before the name
#: (``Defending, Jo Lind said``, ``Prosecuting, Jo Lind told the jury``,
#: ``For the defence, Jo Lind argued``, ``Mitigating, Jo Lind said``): its
#: ``defen``/``prosecut`` stem says whose side (mitigation is the defence's).
_ADVOCATE_OPENING = LazyPattern(
    r"(?:^|[.!?\n][ \t]*+|\b(?:But|And)[ ])(?P<side>Defending|Prosecuting|Mitigating|"
    r"For[ ]the[ ](?:defen[cs]e|prosecution|Crown))(?:[ ](?:him|her|them))?,[ ]$"
)
#: How far (characters) before a name its advocate's opening is read.
_ADVOCATE_REACH = 40


def _court_advocates(
    said: Sequence[str], people: Sequence[_Person], text: str, start: int
) -> list[tuple[_Person, frozenset[str]]]:
    """The people named before *start* whose first mention a court report opens
    as an advocate's words (``Defending, Martin Oyelaran said``), when the role
    noun phrase *said* (bare words) is an advocate's (``the barrister``,
    ``the prosecution counsel``) on their side, as fits of :func:`_role_holder`.
    """
    if said[-1] == "prosecutor":
        side = "prosecut"
    elif said[-1] in _ADVOCATE_NOUNS:
        sides = {_ADVOCATE_SIDES.get(word, "") for word in said[:-1]}
        if "" in sides or len(sides) > 1:
            return []  # "the family's lawyer", "the defence and prosecution lawyers"
        side = sides.pop() if sides else ""
    else:
        return []
    fits: list[tuple[_Person, frozenset[str]]] = []
    for person in people:
        if (
            person.position > start
            or not text.startswith(", ", person.position - 2)  # (the cheap test first)
            or " " not in person.name
        ):
            continue
        before = text[max(0, person.position - _ADVOCATE_REACH) : person.position]
        opening = _ADVOCATE_OPENING.search(before)
        if opening is None:
            continue
        stated = opening["side"].lower()
        own = "prosecut" if "prosecut" in stated or "crown" in stated else "defen"
        if side in ("", own):
            fits.append((person, frozenset()))
    return fits


#: Initials of countries and unions, never of a role (``the US``, ``the UN``).
_BODY_INITIALS = frozenset({"US", "UK", "UN", "EU", "UAE", "USA", "AU", "GB"})


@lru_cache(maxsize=4096)
def _initials_of(word: str, held: str) -> bool:
    """Whether *word* (two to four capitals) is written for the words of the role
    *held* (lower case) that end in a word for an office: ``the CS`` for
    ``Treasury Cabinet Secretary``, ``the PS`` for ``Principal Secretary``.

    >>> _initials_of("CS", "treasury cabinet secretary"), _initials_of("CS", "cabinet")
    (True, False)
    """
    if not (2 <= len(word) <= 4 and word.isalpha() and word.isupper()) or word in _BODY_INITIALS:
        return False  # ("the US" is no Under Secretary)
    said = held.split()
    size = len(word)
    low = word.lower()
    return any(
        "".join(part[:1] for part in said[at : at + size]) == low
        and _bare(said[at + size - 1]) in ROLE_WORDS
        for at in range(len(said) - size + 1)
    )


#: What :func:`_role_fit` says of a person's role: it fits the role noun phrase,
#: it is a secretary of state's (``the minister`` when no one fits), or neither.
_FITS, _SECRETARY, _NO_FIT = 1, 2, 0


@lru_cache(maxsize=4096)
def _role_fit(
    role: str | None,
    described: str | None,
    before: str | None,
    low: str,
    head: str,
    capitals: tuple[str, ...],
) -> tuple[int, frozenset[str]]:
    """Whether a person with *role*, *described* and *before* fits a role noun
    phrase (*low*, its bare words joined; *head*, its last; *capitals*, its
    capitalised words bare) for :func:`_role_holder`, and the person's profile
    (remembered, keyed on the strings: a text naming thousands of holders reads
    each of the latest ones again for each mention of the role).

    >>> _role_fit("Sen.", None, None, "senator", "senator", ())[0] == _FITS
    True
    >>> _role_fit("Transport Secretary", None, None, "minister", "minister", ())[0] == _SECRETARY
    True
    """
    held = f"{role or ''} {described or ''} {before or ''}".lower()
    profile = _profile(held)
    if _ranks(low) != _ranks(held):
        return _NO_FIT, profile  # "the former senator" is not "Sen. Jo Lind"
    if _in_profile(head, profile, abbreviated=False) and all(
        # (the head is in the profile as said: only the capitals are left to read)
        _in_profile(word, profile)
        for word in capitals
    ):
        return _FITS, profile
    if "secretary" in profile and profile.isdisjoint(_NOT_CABINET):
        return _SECRETARY, profile  # (a minister only when the phrase is "the minister")
    return _NO_FIT, profile


#: Who runs a campaign: the nouns ``the candidate himself`` sets its person
#: apart from (the one whose campaign or team the story named before).
_CAMPAIGNERS = frozenset({"candidate", "nominee", "challenger"})
#: A person's campaign or team, named by the surname's possessive (``Trump's
#: campaign manager``, ``Clinton's team``).
_OWN_CAMPAIGN = LazyPattern(
    r"\b(\p{Lu}[\p{Ll}\-]+)['\u2019]s[ ](?:(?:presidential|election|re-election|"
    r"Senate|senate|mayoral|own)[ ])?(?:campaign|team|aides|staff)\b"
)
#: How far (characters) back a campaign's owner is read.
_CAMPAIGN_REACH = 600


def _candidate_himself(
    words: Sequence[str], index: dict[str, list[_Person]], text: str, start: int
) -> _Person | None:
    """The person ``the candidate himself`` (or ``herself``) stands for: the one
    person named in full whose campaign or team (``Trump's campaign manager``) the
    text names in the :data:`_CAMPAIGN_REACH` characters before it; the emphatic
    pronoun sets the candidate apart from their staff.  Two owners, or none, or a
    description with no such pronoun, leave it as written.

    >>> trump = _Person("Donald Trump", None, "male", 0)
    >>> text = "Donald Trump rallied. Kellyanne Conway, Trump's campaign manager, was blunt. "
    >>> text += "Her candor irks the candidate himself, who said"
    >>> _candidate_himself(["the", "candidate"], {"Trump": [trump]}, text, len(text) - 8).name
    'Donald Trump'
    >>> _candidate_himself(["the", "candidate"], {"Trump": [trump]}, text[:-30], 0) is None
    True
    """
    if words[0].lower() != "the" or words[1].lower() not in _CAMPAIGNERS:
        return None
    at, end = _phrase_written_at(text, words, start)
    if at < 0:
        return None
    # (the pronoun maybe after a line break: "the candidate\r\nhimself")
    after = " " + text[end : end + 12].lstrip(" \t\r\n")
    gender = (
        "male"
        if after.startswith(" himself")
        else "female"
        if after.startswith(" herself")
        else None
    )
    if gender is None:
        return None
    owners = {
        found.group(1) for found in _OWN_CAMPAIGN.finditer(text, max(0, at - _CAMPAIGN_REACH), at)
    }
    if len(owners) != 1:
        return None
    (surname,) = owners
    person = _lookup(index, surname, at)
    if person is None or " " not in person.name or person.position > at:
        return None
    if (person.gender or _first_name_gender(person.name)) in _OTHER_GENDER[gender]:
        return None
    return person


#: The adjective of an office's race where it is not the office and ``-al``
#: (``mayoral``): ``the governor-elect`` won the gubernatorial race.
_OFFICE_RACES = {
    "governor": "gubernatorial",
    "president": "presidential",
    "senator": "senate",
    "congressman": "congressional",
    "congresswoman": "congressional",
}
#: Words one of which an election told after a name holds (the cheap test).
_ELECTED_WORDS = ("elected", " race", " election", " contest", " vote", " runoff")
#: How far (characters) after a person's name their election is read.
_ELECTED_REACH = 80


def _written_at(text: str, person: _Person) -> int:
    """Where *person*'s name is written in full at its introduction (after the
    role that opens the mention: ``Striker Dean Mbeki``), else its position."""
    at = text.find(person.name, person.position, person.position + _EPITHET_WINDOW * 2)
    return person.position if at < 0 else at


#: The text last read by :func:`_election_words_at` and where it writes one of
#: :data:`_ELECTED_WORDS` (dropped by :func:`forget_text`).
_ELECTION_WORDS_FOUND: list[tuple[str, list[int]]] = []


def _election_words_at(text: str) -> list[int]:
    """Where *text* writes one of :data:`_ELECTED_WORDS`, in order (found once a
    text: each ``the mayor-elect`` asks whether its latest people have one after
    them, which holds only when one is written after the first of them).

    >>> _election_words_at("Jo Lind won the race. She was elected in a vote.")
    [15, 30, 42]
    >>> forget_text()
    """
    entry = _ELECTION_WORDS_FOUND[0] if _ELECTION_WORDS_FOUND else None
    if entry is None or entry[0] is not text:
        found: set[int] = set()
        for word in _ELECTED_WORDS:
            at = text.find(word)
            while at >= 0:
                found.add(at)
                at = text.find(word, at + 1)
        entry = (text, sorted(found))
        _ELECTION_WORDS_FOUND[:] = [entry]  # (each caller keeps its own entry: safe in threads)
    return entry[1]


def _elect_holder(word: str, people: Sequence[_Person], text: str, start: int) -> _Person | None:
    """The one person named in full before *start* whose sentence says they were
    elected to the office of the epithet *word* (``mayor-elect``), or ``None``.

    ``the mayor-elect`` is ``Ana Ferreira`` after ``candidate Ana Ferreira was
    elected mayor`` or ``Ana Ferreira won the mayoral race``, though she was
    introduced as a candidate; two people so described, or none, leave it as written.

    >>> people = [_Person("Ana Ferreira", None, None, 0), _Person("Rui Monteiro", None, None, 40)]
    >>> text = "Ana Ferreira was elected mayor, beating Rui Monteiro. The mayor-elect said"
    >>> _elect_holder("mayor-elect", people, text, 58).name
    'Ana Ferreira'
    >>> _elect_holder("governor-elect", people, text, 58) is None
    True
    """
    office, dash, elect = word.lower().rpartition("-")
    if not dash or elect != "elect" or not office.isalpha():
        return None
    if not people:
        return None
    # (no word of an election told after anyone of them before *start*: no one
    # reads as elected, found by one bisection in the text's such words)
    told = _election_words_at(text)
    first = bisect_left(told, min(person.position for person in people))
    if first == len(told) or told[first] >= start:
        return None
    race = _OFFICE_RACES.get(office, office + "al")
    elected = _compiled(
        rf"[^.!?\n]*?\b(?:elected(?: as)?(?: the)? {office}|(?:won|wins|winning) the "
        rf"(?:\p{{Lu}}\w+ )?(?:{race}|{office}(?:'s)?) (?:race|election|contest|vote|runoff))\b"
    )
    found: dict[str, _Person] = {}
    for person in people:
        if person.position >= start or " " not in person.name:
            continue
        at = _written_at(text, person)  # (after a role: "candidate Ana Ferreira")
        end = at + len(person.name)
        window = text[end : min(start, end + _ELECTED_REACH)]
        if not (
            "elected" in window
            or " race" in window
            or " election" in window
            or " contest" in window
            or " vote" in window
            or " runoff" in window
        ):
            continue  # (the cheap test first: none of _ELECTED_WORDS, the words the pattern needs)
        if elected.match(text, end, min(start, end + _ELECTED_REACH)):
            found[person.name] = person
            if len(found) > 1:
                return None  # two elected: neither is meant
    return next(iter(found.values())) if found else None


#: Heads of a mention that describes a politician by party (``the Louisiana
#: Republican``, ``the Democratic nominee``) ...
_PARTY_HEADS = frozenset({"republican", "democrat", "nominee"})
#: ... and the party words of the other side, which no one so described holds.
_OTHER_PARTY = {
    "republican": ("democrat",),
    "democrat": ("republican",),
    "democratic": ("republican",),
}
#: A party description reads at most this many characters of its paragraph for its person.
_PARTY_REACH = 600
#: A quotation mark (the words a party description reads for its person stop at one).
_QUOTE_MARK = LazyPattern(r"[\"\u201c\u201d\u201e\u00ab\u00bb]|''|``")


def _party_holder(
    words: Sequence[str], index: dict[str, list[_Person]], text: str, start: int
) -> _Person | None:
    """The person a party description no role fits stands for: the first one its
    paragraph names before it as a subject (a lower-case word after the name),
    else the first one the paragraph before names so (``House Speaker Mike Dawson
    said ...`` over ``The Louisiana Republican told reporters``; ``Donald Trump
    has cited the case. At a rally, the Republican nominee promised``), unless
    described with the other party.  The words between *the* and the head are
    capitalised (a state, a party), or ``presidential``.

    >>> jo = _Person("Jo Lind", "Sen.", None, 0)
    >>> text = "Sen. Jo Lind spoke on Monday.\\n\\nThe Ohio Republican said no."
    >>> _party_holder(["The", "Ohio", "Republican"], {"Jo": [jo], "Lind": [jo]}, text, 31).name
    'Jo Lind'
    """
    if (
        words[0].lower() != "the"
        or not 2 <= len(words) <= 4
        or not all(word[:1].isupper() or word == "presidential" for word in words[1:-1])
    ):
        return None
    others = [other for word in words[1:] for other in _OTHER_PARTY.get(word.lower(), ())]
    hi = start
    for _ in range(2):  # its paragraph, then the one before
        floor = max(0, hi - _PARTY_REACH)
        lo = max(floor, text.rfind("\n", floor, hi) + 1)
        # (what a quote says names no subject: the words before the first quote mark)
        quoted = _QUOTE_MARK.search(text, lo, hi)
        said = text[lo : hi if quoted is None else quoted.start()].split()
        for at, written in enumerate(said):
            word = written.strip(".,;:()")
            if word != written.rstrip(".") or not word[:1].isupper() or word not in index:
                continue  # (no name, or one set off: "Channing D. Phillips, the")
            person = _lookup(index, word, start)
            if person is None or person.position > start:
                return None
            after = at + 1
            while after < len(said) and said[after] in person.name.split():
                after += 1  # the rest of the name ("Donald Trump")
            if after >= len(said) or not said[after].isalpha() or not said[after].islower():
                continue  # named as no subject ("addressed to Channing Phillips - the")
            held = f"{person.role or ''} {person.described or ''} {person.before or ''}"
            if any(other in held.lower() for other in others):
                return None
            return person
        hi = lo
        while hi > 0 and text[hi - 1].isspace():
            hi -= 1
    return None


@lru_cache(maxsize=4096)
def _profile(held: str) -> frozenset[str]:
    """The words of a person's role and descriptions *held* (lower case), bare,
    and those of its hyphenated words (remembered: a text naming thousands of
    people reads each person's for each role looked up).

    >>> sorted(_profile("sen. ohio-born"))
    ['born', 'ohio', 'ohio-born', 'sen']
    """
    return frozenset(_bare(word) for word in f"{held} {held.replace('-', ' ')}".split())


@lru_cache(maxsize=64)
def _ends_a_name(text: str, word: str) -> bool:
    """Whether *text* writes *word* at the end of a capitalised name (``Billie Jean
    King,``), not only as an office before one (``Finance Minister Tom Reed``)
    (remembered: each lone office in a text asks it again).

    >>> _ends_a_name("Skier Vera King won.", "King"), _ends_a_name("Finance Minister Tom Reed", "Minister")
    (True, False)
    """
    return (
        _compiled(rf"\b\p{{Lu}}\w*+ {regex.escape(word)}\b(?! \p{{Lu}})").search(text) is not None
    )


@lru_cache(maxsize=1024)
def _compiled(pattern: str) -> regex.Pattern[str]:
    """*pattern* compiled (remembered: it is built from a word of a vocabulary)."""
    return regex.compile(pattern)


#: Words that make a secretary no minister (``press secretary``, ``general
#: secretary`` of a union, ``permanent secretary`` of a department).
_NOT_CABINET = frozenset(
    {"press", "general", "permanent", "private", "company", "executive", "assistant",
     "deputy", "personal", "club", "party", "union", "treasurer", "social", "legal"}
)  # fmt: skip


#: Owners of a word for a relative that stands for one named before (``his son``).
_KIN_OWNERS = frozenset({"his", "her", "their"})
#: Spouses by the gender of the one they are married to, and their own.
_SPOUSES = {"wife": ("male", "female"), "husband": ("female", "male")}
#: How far back (characters) a couple named together is looked for.
_COUPLE_REACH = 3000


def _couple_partner(
    text: str, owner: _Person, possessive: str, spouse: str, start: int
) -> _Person | None:
    """The other one of a couple named together with *owner* before *start*
    (``Rachel and Sam Kettering``), for *his wife* or *her husband* (*spouse*) when
    *owner* is of the gender the possessive gives, or ``None``.

    >>> sam = _Person("Sam Kettering", None, "male", 0)
    >>> _couple_partner("Rachel and Sam Kettering ate. His wife", sam, "his", "wife", 30).name
    'Rachel Kettering'
    """
    first, _, surname = owner.name.rpartition(" ")
    owner_gender, own_gender = _SPOUSES[spouse]
    said = _POSSESSIVES[possessive]
    if not first or " " in first or said not in (None, owner_gender):
        return None
    if (owner.gender or _first_name_gender(owner.name)) not in (None, owner_gender):
        return None
    couple = f" and {first} {surname}"
    at = text.rfind(couple, max(0, start - _COUPLE_REACH), start)
    if at < 0:
        return None
    other = text[max(0, at - _MAX_FIRST_NAME) : at].rpartition(" ")[2].lstrip('\n"(')
    if not (other.istitle() and other.isalpha()) or _first_name_gender(
        f"{other} {surname}"
    ) not in (None, own_gender):
        return None
    return _Person(f"{other} {surname}", spouse, own_gender, at)


#: The most letters of a first name read before ``and`` (``Rachel and Sam``).
_MAX_FIRST_NAME = 20


def _kin_holder(noun: str, people: Sequence[_Person], start: int) -> _Person | None:
    """The one person named in full before *start* who was introduced as a
    relative by *noun* (``Mark Lind and his son Josh Lind``: ``his son`` is
    Josh Lind), or None when no one or two people were."""
    found: _Person | None = None
    for person in people:
        if person.position > start or " " not in person.name:
            continue
        held = person.role or person.described or person.before
        if held is None or _bare(held.split()[-1]) != noun:
            continue
        if found is not None and found.name != person.name:
            return None
        found = person
    return found


#: A parent's noun and the gender of *his* or *her* before it; a child's noun and
#: the child's gender (the relation read backwards: ``his mother`` ... ``her son``).
_PARENT_GENDERS = {"mother": "female", "father": "male", "mom": "female", "dad": "male"}
_CHILD_GENDERS = {"son": "male", "daughter": "female"}
_POSSESSIVE_GENDERS = {"his": "male", "her": "female"}
#: A possessive and a parent's noun set off right before a name (``His mother, ``).
_PARENT_SET_OFF = LazyPattern(r"\b([Hh]is|[Hh]er)[ ](?:mother|father|mom|dad),[ ]\Z")
#: How far (characters) before a parent's name its noun is read.
_PARENT_SET_OFF_REACH = 16
#: How far (characters) before ``her son`` the parent named is read.
_KIN_CHILD_REACH = 3000


def _position_of(person: _Person) -> int:
    """Where *person* is first named."""
    return person.position


def _kin_child(
    owner: str, noun: str, people: Sequence[_Person], text: str, start: int
) -> _Person | None:
    """The one person whose parent was named before *start* as ``his mother, NAME``
    (or ``her father``, ...), for ``her son`` (*owner* ``her``, *noun* ``son``):
    the one named in full right before the parent, in the parent's paragraph,
    who shares the parent's surname (``Lukas Brandauer ... His mother, Marta
    Brandauer, voted no. Her son said``), when the genders of both possessives fit.

    >>> text = "Lukas Brandauer urged a no. His mother, Marta Brandauer, voted no."
    >>> lukas = _Person("Lukas Brandauer", None, "male", 0)
    >>> marta = _Person("Marta Brandauer", "mother", "female", text.index("Marta"))
    >>> _kin_child("her", "son", [lukas, marta], text, len(text)).name
    'Lukas Brandauer'
    >>> _kin_child("his", "son", [lukas, marta], text, len(text)) is None
    True
    """
    child = _CHILD_GENDERS.get(noun)
    if child is None:
        return None
    found: _Person | None = None
    # (only those named shortly before: a window, not everyone, for each mention)
    first = bisect_left(people, start - _KIN_CHILD_REACH, key=_position_of)
    before = people[first - 1] if first > 0 else None  # the one named before each person
    for person in islice(people, first, None):
        if person.position > start:
            break
        held = person.role or person.described or person.before
        parent = _PARENT_GENDERS.get(_bare(held.split()[-1])) if held else None
        named, before = before, person
        if (
            parent is None
            or _POSSESSIVE_GENDERS.get(owner) != parent  # ("her son": her, the mother)
            or named is None
            or named.name.rpartition(" ")[2] != person.name.rpartition(" ")[2]
            or text.find("\n", named.position, person.position) >= 0
        ):
            continue
        set_off = _PARENT_SET_OFF.search(
            text, max(0, person.position - _PARENT_SET_OFF_REACH), person.position
        )
        if set_off is None or _POSSESSIVE_GENDERS.get(set_off[1].lower()) != child:
            continue  # ("his mother": his, the son)
        if found is not None and found is not named:
            return None
        found = named
    return found


#: Words of a role that holds *justice* but sits on no bench (``Justice Minister``).
_NOT_ON_THE_BENCH = frozenset(
    {"minister", "secretary", "department", "ministry", "committee", "spokesman",
     "spokeswoman", "spokesperson", "shadow", "for", "campaigner", "activist"}
)  # fmt: skip


def _in_profile(word: str, profile: frozenset[str], abbreviated: bool = True) -> bool:
    """Whether *word* of a role noun phrase is said of a person (*profile*).

    A place may be said short (``Ill.`` for ``Illinois``) when *abbreviated*.
    """
    if word in profile:
        return True
    chamber = CHAMBER_MEMBERS.get(word)
    if chamber is not None and chamber in profile and profile.isdisjoint(NON_MEMBER_WORDS):
        return True  # "the senator": "Senate President Jo Lind"
    for group in _SYNONYM_GROUPS.get(word, ()):
        if not group.isdisjoint(profile):
            return True
    if word == "judge" and "justice" in profile and profile.isdisjoint(_NOT_ON_THE_BENCH):
        return True  # "the judge": "Mr Justice Lee", "Chief Justice Jo Kent"
    # (the cheap tests of :func:`_abbreviates` first: no call for most words)
    first = word[:1]
    return abbreviated and any(
        _abbreviates(held, word)
        for held in profile
        if held[:1] == first and 2 <= len(held) < len(word) and held not in _FUNCTION_CAPS
    )


#: The groups of :data:`ROLE_SYNONYMS` that hold each word (one look-up per word).
_SYNONYM_GROUPS: dict[str, tuple[frozenset[str], ...]] = {
    word: tuple(group for group in ROLE_SYNONYMS if word in group)
    for word in frozenset().union(*ROLE_SYNONYMS)
}


def _abbreviates(short: str, word: str) -> bool:
    """Whether *short* is written for *word* (``Ill.`` for ``Illinois``, ``Fla.``)."""
    if short[0] != word[0] or len(short) >= len(word):
        return False
    rest = iter(word)
    return all(letter in rest for letter in short)


#: Words that make a role noun someone other than its last holder.
_NOT_THE_HOLDER = frozenset({"next", "future", "late", "new"})

#: How far before a description its name is looked for.
_APPOSITIVE_REACH = 60
_APPOSITIVE_MARKS = (",", "--", "\u2014", "\u2013")
#: Prepositions whose object, set off before a role, is no one the role describes
#: (``In a written answer to Mr Baird, the minister said``).
_OPENING_PREPOSITIONS = frozenset({"to", "by", "from", "with", "for"})


def _appositive_name(text: str, start: int, index: dict[str, list[_Person]]) -> _Person | None:
    """The person named in full right before a description, which opens their clause.

    ``But Tom Fitton, the president of a group, said``: the description is an
    appositive of the name.  A name inside a clause is not
    (``told Jo Lind, the senator said``, ``in New Hampshire Monday, the ...``).
    """
    before = text[max(0, start - _APPOSITIVE_REACH) : start].rstrip()
    if not before.endswith(_APPOSITIVE_MARKS):
        return None
    words = before.rstrip(",-\u2014\u2013 ").split()
    run: list[str] = []
    while words and _named_word(words[-1]):
        run.insert(0, words.pop())
    while run and _bare(run[0]) in _FUNCTION_CAPS:
        words.append(run.pop(0))  # "But Tom Fitton"
    if len(run) < 2 or (words and not _opens_clause(words[-1])):
        return None
    return _named_in_full(run, index, start)


#: Heads of a business that a spokesperson speaks for, whose name may be set off
#: after it (``a spokesperson for the promoter, Halcyon Live,``); not a government
#: body's, where the name set off is the spokesperson's (``the spokesman for the
#: ministry, Nasser Kanan,``).
_SPOKEN_FOR_HEADS = frozenset(
    {"promoter", "label", "studio", "network", "festival", "team", "league", "venue",
     "organizer", "organiser", "distributor", "streamer", "station", "newspaper", "museum",
     "company", "firm", "group", "airline", "chain", "retailer", "carrier", "insurer",
     "lender", "maker", "manufacturer", "supermarket", "operator", "broadcaster",
     "publisher", "startup", "charity", "developer", "supplier", "utility", "club"}
)  # fmt: skip
#: How far on a surname of a name set off after a body's head is looked for again.
_SET_OFF_NAME_REACH = 3000


#: Last words of a business's name that :data:`COMPANY_WORDS` does not hold
#: (``Halcyon Live``, ``Northgate Sound``, ``Brightline Foods``): a name set off
#: after the business a spokesperson speaks for that ends so is the business's.
_BUSINESS_NAME_ENDS = frozenset(
    {"live", "sound", "music", "nation", "presents", "events", "arts", "films", "games",
     "labs", "foods", "brands", "energy", "health", "pharma", "pharmaceuticals",
     "therapeutics", "biosciences", "systems", "software", "digital", "networks",
     "logistics", "capital", "ventures", "publishing", "books", "sports", "hospitality",
     "hotels", "resorts", "stores", "retail", "realty", "properties", "insurance",
     "financial", "communications", "telecom", "mobile", "aviation", "apparel", "tours"}
)  # fmt: skip


def _body_set_off(words: Sequence[str], beside: _Person, text: str) -> bool:
    """Whether the name *beside* set off after a description *words* that speaks
    for a business (``A spokesperson for the tour's promoter,``) names the
    business, not the speaker: it ends in a word of a business's name
    (:data:`_BUSINESS_NAME_ENDS`), opens with no common first name, and its last
    word is not used alone after it, as a surname would be (``Halcyon Live``;
    not ``Jo Lind`` nor ``Bettina Sorrell``).

    >>> from newsstruct._speakers import _body_set_off, _Person
    >>> text = "A spokesman for the promoter, Halcyon Live, said it was fine."
    >>> words = "A spokesman for the promoter".split()
    >>> _body_set_off(words, _Person("Halcyon Live", None, None, 30), text)
    True
    >>> _body_set_off(words, _Person("Bettina Sorrell", None, None, 30), text)
    False
    >>> text = "A spokesman for the company, Ekow Sound, said so. Sound added that"
    >>> _body_set_off("A spokesman for the company".split(), _Person("Ekow Sound", None, None, 29), text)
    False
    """
    if len(words) < 4 or "for" not in words[1:-1] or not words[-1].islower():
        return False
    if _bare(words[-1]) not in _SPOKEN_FOR_HEADS or " " not in beside.name:
        return False
    first, _, last = beside.name.partition(" ")
    if (
        first.lower() in _ALL_FIRST_NAMES
        or last.rpartition(" ")[2].lower() not in _BUSINESS_NAME_ENDS
    ):
        return False
    last = last.rpartition(" ")[2]
    after = text.find(beside.name, beside.position)
    after = beside.position if after < 0 else after + len(beside.name)
    again = text.find(last, after, after + _SET_OFF_NAME_REACH)
    while again >= 0 and text[again - 1 : again].isalpha():
        again = text.find(last, again + 1, after + _SET_OFF_NAME_REACH)
    return again < 0


#: An Arabic surname with its article in lower case (``al-Tayeb``, ``el-Sayed``).
_ARTICLE_SURNAME = LazyPattern(r"(?:al|el)-\p{Lu}[\p{L}\p{M}'\u2019]++")


#: Nationality nouns and the adjectives that state them (``Ghanaian``, ``Dutch``),
#: lower case: a role's modifier before a name (``former Ghanaian president``).
_NATIONALITY_WORDS = frozenset(NATIONALITY_NOUNS).union(*NATIONALITY_NOUNS.values())


def _name_after(text: str, end: int, index: dict[str, list[_Person]]) -> _Person | None:
    """The person named in full right after a description that ends at *end*.

    ``the White House spokesman, Jo Lind, said``: the name set off by commas
    (or ending the sentence) after the description is the person it describes
    (:func:`_described_before` reads the description as their role).
    """
    if not text.startswith(", ", end):
        return None
    after = text[end + 2 : end + 2 + _APPOSITIVE_REACH]
    stop = len(after)
    for mark in (",", ".", ";"):
        at = after.find(mark)
        while 0 < at < stop and mark == "." and _stop_goes_on(after, at):
            at = after.find(mark, at + 1)  # "James B. Comey", "Dr. Jo Lind"
        if 0 < at < stop:
            stop = at
    run = after[:stop].split()
    if (
        len(run) > 3
        and (tie := next((at for at, word in enumerate(run) if word in _AFFILIATIONS), 0)) >= 2
    ):
        stop = len(
            " ".join(run[:tie])
        )  # "Ben Okafor of Northgate Capital,": the name, then the firm
        del run[tie:]
    if len(run) > 2 and _AGE_EPITHET.fullmatch(run[0]):
        del run[0]  # "The fan, 16-year-old Chloe Marsh,": an age first
    elif len(run) > 3 and run[0] == "the" and _title_word(run[1]):
        del run[0]  # "the Bishop of Norwich, the Rt Rev Graham Usher,": British style
    lead = 0  # "Her boss, transport commissioner Derek Vance,": role words first
    while (
        lead < min(len(run) - 2, _MAX_ROLE_WORDS_BEFORE)
        and run[lead].isalpha()
        and (
            (run[lead].islower() and _bare(run[lead]) not in _STOP)
            # "The head of the mission, former Ghanaian president Jo Lind,"
            or (run[lead].lower() in _NATIONALITY_WORDS and run[lead + 1].islower())
        )
    ):
        lead += 1
    if lead and not _speaker_head(run[lead - 1]):
        lead = 0
    if (
        not lead
        and len(run) > 4
        and run[0] == "the"
        and run[1][:1].isupper()
        and run[1].isalpha()
        and run[2].isalpha()
        and run[2].islower()
        and _speaker_head(run[2])
    ):
        lead = 3  # "Its singer, the Grammy winner Talia Ruiz,": a capitalised modifier
    run = run[lead:]
    if len(run) < 2 or not all(
        _named_word(word) or _title_word(word) or word in _PARTICLES or _initials(word)
        for word in run[:-1]
    ):  # ("Dr Borja del Pozo Cruz", "J.B. Poersch")
        return None
    if not _named_word(run[-1]) and _ARTICLE_SURNAME.fullmatch(run[-1]) is None:
        return None  # (but "Ibrahim al-Tayeb": a surname with its article)
    found = _named_in_full(run, index, end + 2 + stop)
    if found is None and all(_title_word(word) for word in run[:-1]):
        # titles and a surname: "the judge, Mr Justice Fielding," (no first name)
        role, name, gender = _split_role(run)
        if len(name) == 1:
            known = _lookup(index, name[0], end + 2)  # "Her lawyer, Mr Brody," after "Adam Brody"
            if (
                known is not None
                and known.position < end
                and (known.gender or _first_name_gender(known.name))
                not in (_OTHER_GENDER[gender] if gender else ())
            ):
                return known
            found = _Person(name[0], " ".join(role) or None, gender, end + 2)
    return found


#: A company set off after a description, by a noun for a company and its
#: name (``, the carmaker Velora,``): the noun, then the name.
_FIRM_AFTER = regex.compile(
    r", the (?:[\p{L}\-]++ ){0,2}?(\p{Ll}++) (\p{Lu}[\p{L}\-]*+(?: (?:&|\p{Lu}[\p{L}\-]*+)){0,3}),"
)


def _firm_after(text: str, end: int) -> str | None:
    """The company set off after a description that ends at *end*, named after
    a noun for a company (``, the carmaker Velora,``), or ``None``.

    >>> _firm_after("Acme's largest customer, the German carmaker Velora Motors, said", 23)
    'Velora Motors'
    >>> _firm_after("Acme's lawyer, the senior partner Jo Lind, said", 13) is None
    True
    """
    firm = _FIRM_AFTER.match(text, end)
    return firm.group(2) if firm is not None and firm.group(1) in _COMPANY_NOUNS else None


#: A body's name set off by commas after *the* (``, the U.S. Maritime Alliance,``).
_BODY_AFTER = LazyPattern(
    r", the (\p{Lu}[\p{L}.\-]*+(?: (?:of |for |and |& )?\p{Lu}[\p{L}.\-]*+){0,5}),"
)


def _body_after(text: str, end: int, words: Sequence[str]) -> str | None:
    """The body named after a description of a body (*words*, ending at *end*),
    set off by commas with *the*: ``The employers' group, the U.S. Maritime
    Alliance, said`` is the alliance; ``None`` unless the description's noun and
    the name's last word are both words for an organisation.

    >>> _body_after("The employers' group, the U.S. Maritime Alliance, said", 20, ["The", "employers'", "group"])
    'U.S. Maritime Alliance'
    >>> _body_after("The group, the Beatles, said", 9, ["The", "group"]) is None
    True
    """
    if not words or _bare(words[-1]) not in _BODY_NOUNS:
        return None
    found = _BODY_AFTER.match(text, end)
    if found is None:
        return None
    name = found.group(1)
    last = _bare(name.rpartition(" ")[2])
    return name if last in ORGANISATION_WORDS or last in COMPANY_WORDS else None


#: Nouns that describe a body, not a person (``the group``, ``the union``).
_BODY_NOUNS = frozenset(
    {"group", "union", "organization", "organisation", "association", "body",
     "coalition", "alliance", "federation", "lobby", "agency", "watchdog", "regulator",
     "nonprofit", "charity", "company", "firm", "council"}
)  # fmt: skip


#: Words that tie a name set off by commas to the firm it works for (``the
#: analyst, Ben Okafor of Northgate Capital, said``).
_AFFILIATIONS = frozenset({"of", "at", "from"})


#: Words for a child by birth order, as nouns (``The eldest, Agnes, narrates``).
_BIRTH_ORDER = frozenset({"eldest", "youngest", "oldest", "elder", "younger", "firstborn"})
#: A lone first name set off by commas right after a description (``, Emma,``).
_LONE_NAME = regex.compile(r", (\p{Lu}\p{Ll}++)(?=,)")
#: What nationality nouns stand for (``welsh``, ``wales``), lower case.
_NATIONAL_WORDS = frozenset(word for words in NATIONALITY_NOUNS.values() for word in words)
#: A speech verb right after a word set off by commas (``, said``): the word is
#: the subject's name, not an aside.
_SAID_NEXT = regex.compile(r", (?:said|says|told|added|wrote)\b")


def _first_name_beside(text: str, end: int, role: str) -> _Person | None:
    """``his wife, Mary, said``: the person a common first name alone names, set off
    by commas right after a description (*role*) that ends at *end*, or ``None``.
    After a relative (``his son, Emyr, said``) any capitalised word that is no
    place, nationality or function word names the speaker when a speech verb
    follows at once.

    >>> _first_name_beside("his wife, Mary, said", 8, "wife").name
    'Mary'
    >>> _first_name_beside("his wife, Oslo, said", 8, "wife") is None
    True
    >>> _first_name_beside("his son, Emyr, said", 7, "son").name
    'Emyr'
    """
    match = _LONE_NAME.match(text, end)
    if match is None:
        return None
    word = match.group(1)
    low = word.lower()
    if low in MALE_FIRST_NAMES:
        gender: str | None = "male"
    elif low in FEMALE_FIRST_NAMES:
        gender = "female"
    elif (
        (
            (_bare(role.rpartition(" ")[2]) in FAMILY_NOUNS and _SAID_NEXT.match(text, match.end()))
            # (a child by birth order: "The youngest, Wren, narrates")
            or _bare(role.rpartition(" ")[2]) in _BIRTH_ORDER
        )
        and low not in _FUNCTION_CAPS
        and low not in NATIONALITY_NOUNS
        and low not in _NATIONAL_WORDS
        and word not in COUNTRIES
        and word not in REGIONS
        and word not in US_STATE_NAMES
        and not is_known_place(word)
    ):  # "Prys's brother, Emyr, said": a name no list has, said so at once
        gender = None
    else:
        return None
    return _Person(word, role, gender, match.start(1))


#: A relative clause that gives a speaker's first name only (``who gave only her
#: first name, Joy``, ``who asked to be identified only by his first name, Sam``),
#: set off by a comma or not (``A rescuer, who gave only his first name, Tomás,``).
_GIVEN_FIRST_NAME = regex.compile(
    r",?+ who (?:(?:only |would only )?gave|gave only|would (?:only )?give"
    r"|asked to be (?:identified|named) (?:only )?by)"
    r" (?:only )?(his|her|their) first name(?:,| as) (\p{Lu}\p{Ll}++)\b(?![ \-]\p{Lu})"
)


def _first_name_given(text: str, end: int, words: Sequence[str]) -> _Person | None:
    """The person a relative clause right after a description (*words*, ending at
    *end*) names by a first name alone, or ``None``.

    >>> _first_name_given("a nurse who gave only her first name, Joy, said", 7, ["a", "nurse"]).name
    'Joy'
    >>> _first_name_given("a nurse who gave her name to police", 7, ["a", "nurse"]) is None
    True
    >>> _first_name_given("A rescuer, who gave only his first name, Tomás, said", 9, ["A", "rescuer"]).name
    'Tomás'
    """
    match = _GIVEN_FIRST_NAME.match(text, end)
    if match is None:
        return None
    gender = {"his": "male", "her": "female"}.get(match.group(1))
    return _Person(match.group(2), " ".join(words[1:]) or None, gender, match.start(2))


def _title_word(word: str) -> bool:
    """A capitalised title before a name (``Dr.``, ``Sgt.``, ``Professor``)."""
    return word[:1].isupper() and _bare(word) in _ROLE_OR_HONORIFIC


def _initials(word: str) -> bool:
    """Whether *word* is two or three initials written together (``J.B.``, ``A.J.``).

    >>> _initials("J.B."), _initials("B."), _initials("J.Bo.")
    (True, False, False)
    """
    return len(word) in (4, 6) and word[::2].isupper() and word[1::2] == "." * (len(word) // 2)


def _stop_goes_on(after: str, at: int) -> bool:
    """Whether the full stop at *at* in *after* ends an initial or a title (``B.``, ``Dr.``)."""
    return after[at - 1 : at].isupper() or _abbreviated(after[:at].rsplit(" ", 1)[-1])


def _named_in_full(
    run: Sequence[str], index: dict[str, list[_Person]], position: int
) -> _Person | None:
    """The person whose full name *run* writes (titles aside), known at *position*."""
    _role, name, _gender = _split_role(run)
    found = _lookup(index, name[-1], position) if name else None
    if found is not None and found.name == " ".join(name):
        return found
    return None


def _name_at_end(words: Sequence[str]) -> int:
    """Where the name that closes a described mention starts, or 0.

    The name follows a lower-case speaker noun or a possessive (``his
    campaign manager Jo Kent``, ``the Herald's Jo Kent``); not a function
    word (``a spokesman for Jo Kent`` is the spokesman, ``the Ohio Democrat``
    no name) nor another word (``an aide inside Kent Tower``).
    """
    at = len(words)
    while (
        at > 1
        and words[at - 1][:1].isupper()
        and (_named_word(words[at - 1]) or _bare(words[at - 1]) in _ROLE_OR_HONORIFIC)
    ):
        at -= 1
    if at == len(words) or at == 0:
        return 0
    before = words[at - 1]
    if before.endswith(_POSSESSIVE_ENDS) and at >= 2:
        return at
    low = before.lower()
    if (
        before.replace("-", "").isalpha()  # (and "co-star", "co-host")
        and before.islower()
        and _speaker_head(low)
        and low not in _STOP
        and low not in _FUNCTION_CAPS
    ):
        return at
    if len(words) - at >= 3 and _acronym(words[at]):
        return at + 1  # "the head of the OECD Jo Kent"
    return 0


def _acronym(word: str) -> bool:
    """An organisation's initials (``OECD``, ``USDA``), never a first name."""
    return len(word) >= 3 and word.isalpha() and word.isupper()


def _opens_clause(word: str) -> bool:
    """Whether a name after *word* opens a clause (after a sentence or ``but``)."""
    return word.endswith((".", "!", "?", '"', "''", "\u201d", ":", ";")) or word.lower() in {
        "but",
        "while",
    }


def _named_word(word: str) -> bool:
    """A capitalised word of a name (``Blair``, ``D.``; not ``Blair's``, ``Obama,``)."""
    return (
        word[:1].isupper()
        and (word[-1].isalpha() or (len(word) == 2 and word[1] == "."))
        and not word.endswith(("'s", "\u2019s"))
    )


@lru_cache(maxsize=4096)
def _ranks(said: str) -> frozenset[str]:
    """The words of :data:`_RANKS` that *said* (lower case) holds: a role noun
    phrase is of the same rank as a person's role when the two hold the same
    ones (``the president`` is not the ``Vice President``; ``the deputy
    director`` is).  Remembered by the string: the phrase's once for all the
    latest people, each person's once for all the phrases looked up.

    >>> sorted(_ranks("vice president")), _ranks("president") == _ranks("the president")
    (['vice'], True)
    """
    words = set(said.split())
    return frozenset(word for word in _RANKS if word in words)


#: Words that make a different office of the role word after them.
_RANKS = ("vice", "deputy", "assistant", "lieutenant", "lt.", "former", "shadow")


def _is_org(words: Sequence[str]) -> bool:
    return any(_bare(w) in ORGANISATION_WORDS for w in words)


def _latest(
    people: Sequence[_Person],
    gender: str,
    position: int,
    text: str = "",
    positions: Sequence[int] | None = None,
) -> _Person | None:
    """The last person named before *position* who may be of *gender*.

    A name after a preposition of place (``the shop in Little Harrow``) is a
    place, no person a pronoun can stand for (:func:`_placed`), unless a first
    name or an honorific gives its gender (``a backup choice in Bob Melvin``).
    With the *positions* of *people*, they are read from the latest back, at
    most :data:`_PRONOUN_PEOPLE` of them (a text naming thousands stays linear).
    """
    if positions is not None:
        last = bisect_left(positions, position) - 1
        for at in range(last, max(-1, last - _PRONOUN_PEOPLE), -1):
            person = people[at]
            said = person.gender or _first_name_gender(person.name)
            if said in (None, gender) and not (said is None and _placed(text, person.position)):
                return person
        return None
    found: _Person | None = None
    for person in people:
        if person.position >= position:
            break
        said = person.gender or _first_name_gender(person.name)
        if said in (None, gender) and not (said is None and _placed(text, person.position)):
            found = person
    return found


#: A sentence that opens with a person's name (after one phrase set off by a
#: comma, ``Imogen's mother, Fiona Barker,``, ``Outside court,``), the name
#: maybe set off by an appositive, then a lower-case verb, and a clause word
#: before the pronoun that ends it (``in which``, ``where``, ``when``): the
#: name is the subject the pronoun of the clause stands for.
_CLAUSE_OWNER = LazyPattern(
    r"(?:[^,.;:!?\"\u201c\u201d\n]{1,60}+,[ ])?+"
    r"(?P<name>(?:\p{Lu}[\p{L}'\u2019\-]*+\.?+[ ]){0,3}\p{Lu}[\p{L}'\u2019\-]++)"
    r"(?:,[ ][^,.;:!?\"\u201c\u201d\n]{1,80}+,|,(?=[ ]\p{Ll}))?+[ ]\p{Ll}"
    r"[^.!?;:\"\u201c\u201d\n]{1,150}?"
    r"\b(?:in[ ]which|at[ ]which|during[ ]which|where|when|as|after|before|while|and|but)[ ]$"
)
#: How far (characters) before a pronoun its sentence's subject is read.
_CLAUSE_OWNER_REACH = 300


def _clause_owner(text: str, start: int, index: dict[str, list[_Person]]) -> _Person | None:
    """The person named as the subject of the sentence in which the pronoun at
    *start* opens a clause (``Fiona Barker read a statement to the court in
    which she described``), when no other person is named between them.

    >>> fiona = _Person("Fiona Barker", None, "female", 0)
    >>> text = "Fiona Barker read a statement in which she described it."
    >>> _clause_owner(text, text.index("she"), {"Barker": [fiona]}).name
    'Fiona Barker'
    """
    floor = max(0, start - _CLAUSE_OWNER_REACH)
    lo = max(text.rfind("\n", floor, start) + 1, floor)
    for end in (". ", "? ", "! "):
        lo = max(lo, text.rfind(end, lo, start) + 2 if text.rfind(end, lo, start) >= 0 else lo)
    found = _CLAUSE_OWNER.match(text, lo, start)
    if found is None:
        return None
    words = found["name"].split()
    person = _lookup(index, words[-1].rstrip("."), start)
    if person is None or person.position > start or words[-1] not in person.name.split():
        return None
    for word in _CAPITALISED.findall(text, found.end("name"), start):
        if word in index and word not in person.name.split():
            return None  # "Jo Lind said Ann Kent lied when she": another named between
    return person


#: A person's name that opens a sentence (maybe set off by an appositive:
#: ``Sorensen, 64, a retired contractor,``) before a lower-case word.
_OPENING_NAME = LazyPattern(
    r"(?:(?<=^)|(?<=\n)|(?<=[.!?][ ])|(?<=[.!?][\"\u201d\u2019)][ ]))"
    r"(?P<name>(?:\p{Lu}[\p{L}'\u2019\-]*+\.?+[ ]){0,3}\p{Lu}[\p{L}'\u2019\-]++)"
    r"(?:,[ ][^.;:!?\"\u201c\u201d\n]{1,80}?,)?[ ]\p{Ll}"
)
#: The end of a sentence (before a space or a line break).
_SENTENCE_END = LazyPattern(r"[.!?][\"\u201d\u2019)]?(?=\s)")


#: A capitalised abbreviation or initial and its full stop right before a space
#: at the end of the text searched (``Mr. ``, ``Gov. ``, ``E. ``).
_ABBREVIATION_BEFORE = LazyPattern(
    r"(?<![\p{L}.])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gov|Sen|Rep|Lt|Gen|Col|Capt|Sgt|Prof"
    r"|Rev|Hon|Sec|Supt|Insp|Det|Cllr|Cmdr|Adm|Maj|Pres|Atty|Amb)\.[ ]$"
)


def _inside_quote(text: str, lo: int, at: int) -> bool:
    """Whether offset *at* is inside a quotation opened after *lo* (in its paragraph).

    >>> _inside_quote('He said: "No. Jo Lind lied."', 0, 14), _inside_quote('"No," Jo said', 0, 6)
    (True, False)
    """
    straight = text.count('"', lo, at) + text.count("''", lo, at)
    return straight % 2 == 1 or text.count("\u201c", lo, at) > text.count("\u201d", lo, at)


#: How far (characters) before a pronoun the sentences' subjects are read.
_OPENING_REACH = 1500


def _opening_subject(
    text: str,
    lo: int,
    start: int,
    index: dict[str, list[_Person]],
    gender: str,
    gender_of: Callable[[_Person], str | None],
) -> _Person | None:
    """The last person of *gender* (known from a first name or an honorific)
    whose name opens a sentence between *lo* and the pronoun at *start*, when
    no one else is named after them (``Sorensen, 64, was first elected ...
    Sorensen has 10 days ...``), else None.

    >>> rick = _Person("Rick Sorensen", None, "male", 0)
    >>> text = "Rick Sorensen ran. Sorensen, 64, was elected in 2016. Then he"
    >>> _opening_subject(text, 14, len(text) - 2, {"Sorensen": [rick]}, "male", lambda p: p.gender).name
    'Rick Sorensen'
    """
    lo = max(lo, start - _OPENING_REACH)
    found: _Person | None = None
    after = start
    for opening in _OPENING_NAME.finditer(text, lo, start):
        at = opening.start()
        if (
            text[at - 2 : at - 1] == "."
            # (read just before the name: a search from the text's start is quadratic)
            and _ABBREVIATION_BEFORE.search(text, max(0, at - 12), at) is not None
        ):
            continue  # after an abbreviation or an initial: "Mr. Ailes", "Terry E. Branstad"
        paragraph = text.rfind("\n", 0, at) + 1
        if _inside_quote(text, paragraph, at):
            continue  # ('"Not hard to figure out. Donald Trump lost me," he said')
        words = opening["name"].split()
        person = _lookup(index, words[-1], start)
        if person is None or person.position > start or words[-1] not in person.name.split():
            continue
        found = person if gender_of(person) == gender else None
        after = opening.end()
    if found is None or len(_SENTENCE_END.findall(text, after, start)) > 1:
        return None  # (or a sentence of another subject came between)
    last = found.name.split()[-1]
    if any(
        word in index and word != last
        for word in _CAPITALISED.findall(text, text.rfind(last, lo, start), start)
    ):
        return None  # another named after them
    return found


#: A quotation in a paragraph (straight or typographic), masked when sentences
#: are read for their subjects.
_QUOTED = LazyPattern(
    # (NYT style: an apostrophe inside, ''It's the same game,'' he said)
    r'"[^"]*+"|\u201c[^\u201d]*+\u201d|\'\'(?:[^"\']|\'(?!\'))*+\'\''
)
#: A sentence whose subject is a name: after a newsletter's label (``What's
#: next:``), at most two opening phrases set off by commas (``On a gray
#: morning,``, ``Their nominee,``, ``Asked about it, a finger to his lips,``) and a description
#: ended by ``named`` (``a retired Army nurse named``), the name maybe set off.
_CHAIN_NAME = LazyPattern(
    # (a label of a few words: "What's next: Pickett plans")
    r"(?:\p{Lu}[\p{Ll}'\u2019]*+(?:[ ][\p{Ll}'\u2019]++){0,3}:[ ])?"
    r"(?P<opening>(?:(?:(?:\p{Lu}\p{Ll}++(?<=ed|ing)|When|While|After|Before|Although"
    r"|Though|Because|Since|Until|Unless|If)[ ][^,.;:!?\"\u201c\u201d\n_]{1,110}+"
    r"|[^,.;:!?\"\u201c\u201d\n_]{1,60}+),[ ]){0,2})"
    r"(?:an?[ ][^,.;:!?\"\u201c\u201d\n_]{1,60}?[ ]named[ ])?"
    r"(?P<name>(?:\p{Lu}[\p{L}'\u2019\-]*+\.?+[ ]){0,3}\p{Lu}[\p{L}'\u2019\-]++)"
    # its description or age set off, or a comma closing the one before or opening a clause
    r"(?:,[ ](?:[^.;:!?\"\u201c\u201d\n_]|(?<=\b\p{Lu}\p{Ll}{0,2})\.){1,120}?,|,)?"
    r"[ ]\p{Ll}"
)
#: Verbs of saying after a subject before more opening phrases (``Mr. Obama
#: said, not even needing to mention its author, Muhammad Ali, who``): the name
#: after them is no sentence's subject.
_SAID_WORDS = frozenset({"said", "says", "told", "tells", "added", "wrote", "writes"})
#: A sentence whose subject is *he* or *she* (after at most one opening phrase; the
#: phrase read only if the pronoun follows it: "She went on as Clinton said, ...").
_CHAIN_PRONOUN = LazyPattern(
    # (a line end in the paragraph read as two spaces: "he\r\nswitched")
    r"(?:[^,.;:!?\"\u201c\u201d\n_]{1,120}+,[ ]{1,2}+)?(?P<pronoun>[Hh]e|[Ss]he)[ ]{1,2}+\p{Ll}"
)
#: What stands before a pronoun that is its sentence's subject: a masked quote
#: (``"...," he said``) or at most one opening phrase (``In an email, she said``).
_CHAIN_OPENING = LazyPattern(r'(?:"_*+[.?!]?+",?+[ ]|[^,.;:!?"\u201c\u201d\n_]{1,60}+,[ ])?+')
#: Capitalised words in a row (``the Erie Philharmonic's``).
_CAPITALISED_RUN = LazyPattern(r"\p{Lu}[\p{L}'\u2019\-]*+(?:[ ]\p{Lu}[\p{L}'\u2019\-]*+)*+")
#: The one asked after a sentence's subject (``Greaves asked Ashby whether``),
#: who answers.
_CHAIN_ASKED = LazyPattern(
    r"[ ]asked[ ](?P<name>(?:\p{Lu}[\p{L}'\u2019\-]*+\.?+[ ]){0,3}\p{Lu}[\p{L}'\u2019\-]++)"
    r"[ ](?:whether|if|about|how|what|why|when)[ ]"
)
#: A sentence ended by a name set off after a person's noun (``The office referred
#: questions to a spokeswoman, Kiara Whitlock.``).
_CHAIN_OBJECT = LazyPattern(
    r"[^\"\n_]{1,200}?[ ](?P<noun>\p{Ll}++),[ ]"
    r"(?P<name>(?:\p{Lu}[\p{L}'\u2019\-]*+\.?+[ ]){0,3}\p{Lu}[\p{L}'\u2019\-]++)[.!][\s]*+"
)
#: The pronoun's clause up to a quote or the end of its sentence (``he told Rubio``).
_CHAIN_CUE = LazyPattern(r'[^"\u201c\u201d\n.!?]{0,80}+')
#: Conjunctions that may open a sentence before its subject (``But Ayotte isn't``).
_CHAIN_CONJUNCTIONS = frozenset({"but", "and", "yet", "so", "still"})
#: The two characters before a pronoun that opens its sentence (after a quote,
#: an opening phrase or a sentence).
#: A masked quotation alone, ended by its own mark (``"___?" he said``): part of
#: the sentence of the pronoun after it.
_CHAIN_QUOTED = LazyPattern(r'"_*+[?!]"[ ]*+')
#: Two white space characters between words (a line end written ``\r\n``, or the
#: two spaces it reads as in a joined paragraph): one space in a pronoun's window.
_WIDE_SPACE = LazyPattern(r"(?<=\S)[ \r\n]{2}(?=\S)")
_CHAIN_BEFORE = frozenset({", ", '" ', "' ", ". ", "? ", "! ", "\u201d ", "\u2019 ", ": "})
#: How far (characters) before a pronoun the sentences of its chain are read.
_CHAIN_REACH = 700
#: How many sentences opened by the pronoun a chain may hold before the pronoun's own.
_CHAIN_SENTENCES = 3


def _chain_subject(
    text: str,
    start: int,
    index: dict[str, list[_Person]],
    gender: str,
    gender_of: Callable[[_Person], str | None],
    starts: Sequence[int],
    floor: int = 0,
    describe: Callable[[str, int], _Person | None] | None = None,
    stops: Sequence[int] = (),
) -> tuple[_Person, int] | None:
    """The person (and where they are named) whose name is the subject of the
    sentence before the one the pronoun at *start* is the subject of, or before
    sentences whose subject is the same pronoun, in the pronoun's paragraph or
    the one before it, when no one else is named after them (``Their nominee, a
    nurse named Renee Lind, has raised little. She told``, ``Kent, 33, has played
    here for years. He said it felt different.`` over ``"...," he said``).

    >>> jo = _Person("Renee Lind", None, "female", 4)
    >>> text = "Ann spoke. Their nominee, a nurse named Renee Lind, has raised little. She told"
    >>> found = _chain_subject(text, len(text) - 8, {"Lind": [jo]}, "female", lambda p: p.gender, [0])
    >>> found[0].name
    'Renee Lind'
    """
    if start > 0 and text[start - 2 : start] not in _CHAIN_BEFORE and text[start - 1] != "\n":
        return None  # (the cheap test: "said he", no subject opening its sentence)
    here = bisect_right(starts, start) - 1
    para = starts[here] if here >= 0 else 0  # the pronoun's paragraph
    whole = starts[here - 1] if here > 0 else para  # and the one before it
    if (
        here > 1
        and (said := _CHAIN_PRONOUN.match(text, whole, para)) is not None
        and PERSON_PRONOUNS.get(said["pronoun"].lower()) == gender
    ):
        # (and the one before that, when the pronoun opens the one before it:
        # "Hrytsenko spent the day in meetings. / After one, he switched to English.")
        whole = starts[here - 2]
    # (only after where the pronoun's antecedent was last named: no one before wins)
    lo = max(whole, start - _CHAIN_REACH, floor)
    # quotations masked (same length): their words are no subjects or sentence ends;
    # lines broken inside a paragraph ("...the\nstrike") joined
    # (a line end written with two characters, "\r\n", or the two spaces a joined
    # line reads as, between two words, read as one space: "Kiara\r\nWhitlock" is a
    # name; *crs* where each stood in the window, *breaks* where each is in *masked*)
    window = text[lo:start]
    crs = (
        [m.start() for m in _WIDE_SPACE.compiled().finditer(window)]
        if "\r" in window or "  " in window
        else []
    )
    breaks = [at - n for n, at in enumerate(crs)]

    def back(at: int) -> int:
        """The offset in *text* of the offset *at* in *masked*."""
        return lo + at + bisect_left(breaks, at)

    def ahead(at: int) -> int:
        """The offset in *masked* of the offset *at* in *text*."""
        return at - lo - bisect_left(crs, at - lo)

    if crs:
        window = "".join(window[a + 1 : b] for a, b in pairwise([-1, *crs, len(window)]))
    masked = _QUOTED.compiled().sub(_mask_quote, window.replace("\n", " ").replace("\r", " "))
    if len(stops) == len(starts):
        # a block between two paragraphs of the window that is no paragraph
        # (furniture: "Advertisement") is blanked, as if the paragraphs were next
        # to each other
        k = here
        while k > 0 and starts[k] > lo:
            if lo < stops[k - 1] < starts[k]:
                gap, after = ahead(stops[k - 1]), ahead(starts[k])
                masked = masked[:gap] + " " * (after - gap) + masked[after:]
            k -= 1

    def named_other(person: _Person, first_at: int, last_at: int) -> bool:
        """:func:`_named_other` in this window: someone other than *person* named
        between *first_at* and *last_at* whom the pronoun may stand for."""
        return _named_other(masked, first_at, last_at, index, start, person, gender, gender_of)

    # where the latest sentences start, read back from the pronoun (a paragraph's
    # start opens one; the start of a cut paragraph is no sentence's)
    floors = {ahead(para)} if para > lo else set()
    if lo == whole:
        floors.add(0)
    # (the ends read one by one, latest first, as far as the sentences are read)
    ends = _chain_starts(masked, floors)
    later = next(ends, None)  # where the pronoun's sentence starts
    if later is None or _CHAIN_OPENING.fullmatch(masked, _skip_space(masked, later)) is None:
        return None  # the pronoun is not its sentence's subject
    own = _clause_named(masked, _skip_space(masked, later), len(masked), index, start, gender)
    if own is not None and gender_of(own[0]) == gender:
        return own[0], back(own[1])  # ("When I reached Osei, he said": as below)
    sentences = 0
    pronouns = 0  # (of which opened by the same pronoun: "He switched to English.")
    # the sentences before, latest first
    for end in ends:
        first, last, later = end, later, end
        first = _skip_space(masked, first)
        if first >= last or _CHAIN_QUOTED.fullmatch(masked, first, last) is not None:
            # (nor a quotation that ends in "?" or "!" before its cue: '"...?" he said')
            continue
        sentences += 1
        if sentences > _CHAIN_SENTENCES:
            return None
        said = _CHAIN_PRONOUN.match(masked, first, last)
        if said is not None:
            if PERSON_PRONOUNS.get(said["pronoun"].lower()) != gender:
                return None
            opened = _clause_named(masked, first, said.start("pronoun"), index, start, gender)
            if opened is not None and gender_of(opened[0]) == gender:
                # "When I reached Osei by phone, he sounded tired. He said": the
                # one the clause before the pronoun names
                return opened[0], back(opened[1])
            pronouns += 1
            continue
        if describe is not None and (
            masked.startswith(("The ", "Her ", "His "), first)
            # ("Asked about it, the manager smiled.": after a participle's phrase)
            or (
                # (the cheap test first: its first word ends in -ed or -ing)
                masked.endswith(("ed", "ing"), first, max(first, masked.find(" ", first, last)))
                and (participle := _CHAIN_PARTICIPLE.match(masked, first, last)) is not None
            )
        ):
            head = first
            if not masked.startswith(("The ", "Her ", "His "), first) and participle is not None:
                head = participle.end()
            described = _chain_described(masked, head, last, lo, describe)
            # "The senator, though, had other ideas. '...,' she said": the one
            # *describe* finds for the description (its first name of the gender)
            if (
                described is not None
                and (
                    gender_of(described[0]) == gender
                    # ("The youngest, Wren, narrates": a child's name on no list)
                    or (gender_of(described[0]) is None and described[0].role in _BIRTH_ORDER)
                )
                and described[0].position <= start
                and not named_other(described[0], described[1], len(masked))
            ):
                return described[0], back(head)
        if sentences == 1 and (thing := _CHAIN_THING.fullmatch(masked, first, last)) is not None:
            # "That did not persuade Ms. Berg. '...,' she said": the one person a
            # sentence whose subject is no person names, at its end
            words = thing["name"].split()
            person = _lookup(index, words[-1], start)
            if (
                person is not None
                and len(words) == 2
                and gender_of(person) != gender
                and _honorific_gender(words[0]) == gender
            ):
                # "Mr. Whitcomb" after "his wife, Sharon Whitcomb": the one of his gender
                person = _of_gender(index, words[-1], start, gender)
            if not (
                person is None
                or person.position > start
                or gender_of(person) != gender
                or (
                    len(words) > 1
                    and words[-2] not in person.name.split()
                    and not (
                        _bare(words[-2]) in HONORIFICS and _honorific_gender(words[-2]) == gender
                    )
                )
                or named_other(person, first, thing.start("name"))
                or named_other(person, thing.end("name"), len(masked))
            ):
                return person, back(thing.start("name"))
        if also := _chain_as(masked, first, last, lo, index, start, gender, gender_of):
            # "... the crowd fell silent as Marcus Dell, 16, read a poem. He said":
            # the one person a clause of time after a subject of no one names
            return also[0], back(also[1] - lo)
        kin = _CHAIN_KIN.match(masked, first, last)
        if (
            kin is not None
            and (relative := _kin_named(text, kin["kin"], back(first), index)) is not None
        ):
            # "Her husband said he would not change his mind. He said": the one
            # introduced as "her husband, state Rep. Douglas Marsh,"
            if (
                _GENDERED_NOUNS.get(kin["noun"]) != gender
                or gender_of(relative) not in (None, gender)
                or named_other(relative, kin.end("kin"), len(masked))
            ):
                return None
            return relative, back(first)
        named = _CHAIN_NAME.match(masked, first, last)
        if (
            named is not None
            and named["opening"].count(", ") > 1
            and not _SAID_WORDS.isdisjoint(named["opening"].replace(",", "").lower().split())
        ):
            named = None  # ("Obama said, not needing to name its author, Ali, who")
        if (
            named is not None
            and (asked := _CHAIN_ASKED.match(masked, named.end("name"), last)) is not None
        ):
            named = asked  # "Greaves asked Ashby whether she would run": the one asked
        if named is None or named["name"].split()[-1] not in index:
            # (a subject no person: "The governor's office referred questions to ...")
            named = (
                _CHAIN_OBJECT.fullmatch(masked, first, last)
                # (the cheap test first: the name is set off by a comma)
                if masked.find(", ", first, last) >= 0
                else None
            )
            if named is None or _bare(named["noun"]) not in PERSON_NOUNS:
                return None
        words = named["name"].split()
        if len(words) > 1 and words[0].lower() in _CHAIN_CONJUNCTIONS:
            words = words[1:]  # "But Ayotte isn't interested"
        if words[0].lower() in _FUNCTION_CAPS:
            return None  # "Like Allen, their days begin": no subject
        person = _lookup(index, words[-1], start)
        if person is not None and len(words) > 1 and words[-2] not in person.name.split():
            # "Walter Hollis" after "his son, Peter Hollis": the one of that first name
            bearers = index[words[-1]]
            at = bisect_right(bearers, start, key=_introduced_at)
            person = next(
                (
                    p
                    for p in reversed(bearers[max(0, at - _HOLDER_PEOPLE) : at])
                    if words[-2] in p.name.split()
                ),
                person,
            )
        if (
            person is not None
            and len(index[words[-1]]) > 1
            and (len(words) == 1 or (len(words) == 2 and _bare(words[0]) in HONORIFICS))
        ):
            # "Mr. Cruz" after "his father, Rafael Cruz": the one the surname names
            # (of the pronoun's gender)
            elder = _before_relative(index, words[-1], person, text, start)
            if gender_of(elder) in (None, gender):
                person = elder
            elif (
                len(words) == 2
                and (title := _honorific_gender(words[0])) == gender
                and (other := _of_gender(index, words[-1], start, title)) is not None
            ):
                person = other  # "Mr. Harlan" after "Margaret Harlan": the one of his gender
        if (
            person is None
            or person.position > start
            or (
                gender_of(person) != gender
                # (or one of no known gender set off after a noun of theirs: "a spokeswoman")
                and not (
                    gender_of(person) is None
                    and named.re is _CHAIN_OBJECT.compiled()
                    and _noun_gender(named["noun"]) == gender
                )
                # (or a person of no known gender named in full, the subject of the
                # sentence right before: "Sandqvist, 29, shrugged. '...,' he said")
                and not (
                    gender_of(person) is None
                    # (or before sentences the pronoun opens: "He switched to English.")
                    and sentences - pronouns == 1
                    and named.re is _CHAIN_NAME.compiled()
                    and " " in person.name
                    and not _body_name(person.name, "it")
                    # (described where first named: a person, no body or place)
                    and bool(person.role or person.described or person.before)
                )
            )
            or (
                len(words) > 1
                and words[-2] not in person.name.split()
                and _first_name_gender(" ".join(words[-2:])) is not None
            )
        ):
            return None  # (no "Hillary Clinton" for the Bill Clinton named last)
        if named.re is not _CHAIN_NAME.compiled() and named_other(
            person, first, named.start("name")
        ):
            return None  # "Jo Kent's lawyer, Ann Lind": the sentence names another first
        if named_other(person, named.end("name"), len(masked)):
            return None  # another named after them
        cue = _CHAIN_CUE.match(text, start)
        if cue is not None and words[-1] in cue[0]:
            return None  # '"...," he told Rubio': the one told is no speaker
        return person, back(named.start("name"))
    return None


#: A clause of time opening a sentence before its pronoun subject (``When I
#: reached Osei by phone, he``, ``After the board fired Osei, he``).
_CHAIN_CLAUSE = LazyPattern(
    r"(?:When|After|Once|As[ ]soon[ ]as|Until|By[ ]the[ ]time)[ ]"
    # (with a subject of its own, no pronoun's: not "After meeting Osei, he")
    r"(?:\p{Lu}|(?:we|you|they|the|an?|his|her|their|its)[ ])[^,]{0,60}+,[ ]"
)

#: The words that open every match of :data:`_CHAIN_CLAUSE`.
_CHAIN_CLAUSE_WORDS = ("When ", "After ", "Once ", "As soon as ", "Until ", "By the time ")


def _clause_named(
    masked: str, first: int, pronoun: int, index: dict[str, list[_Person]], start: int, gender: str
) -> tuple[_Person, int] | None:
    """The one person named in a clause of time that opens the sentence of
    *masked* between *first* and its pronoun subject at *pronoun* (and where),
    if the clause names no one else and holds no object pronoun of *gender*
    (``After Osei fired him, he sued`` is not Osei's).

    >>> kev = _Person("Kevin Osei", None, "male", 0)
    >>> masked = "When I reached Osei by phone, he sounded tired."
    >>> found = _clause_named(masked, 0, 30, {"Osei": [kev]}, 60, "male")
    >>> found[0].name, found[1]
    ('Kevin Osei', 15)
    >>> _clause_named("After Osei fired him, he sued.", 0, 22, {"Osei": [kev]}, 60, "male")
    """
    if (
        # (the cheap test first: every clause of time opens with one of these words)
        not masked.startswith(_CHAIN_CLAUSE_WORDS, first)
        or _CHAIN_CLAUSE.fullmatch(masked, first, pronoun) is None
    ):
        return None
    found: tuple[_Person, int] | None = None
    for word in _CAPITALISED.finditer(masked, first, pronoun):
        if word[0].endswith(("'s", "\u2019s")):
            return None  # ("When Osei's lawyer called, he": the lawyer, maybe)
        person = _lookup(index, word[0], start) if word[0] in index else None
        if person is None:
            continue
        if found is not None and found[0] is not person:
            return None  # ("When Kent met Lind, he": two named)
        found = person, word.start()
    objects = ("him", "himself") if gender == "male" else ("her", "herself")
    if any(word.strip(",;") in objects for word in masked[first:pronoun].split()):
        return None  # (another of the gender: "After Osei fired him, he sued")
    return found


#: The words that open a sentence after ``The``, at most three (``The senator``,
#: ``The Ohio Democrat``, ``The former senator``).
_CHAIN_DESCRIPTION = LazyPattern(r"(?:[Tt]he|Her|His)((?:[ ][\p{L}'\u2019\-]++){1,3})")
#: A participle's phrase that opens a sentence before its subject, a description
#: with ``the`` (``Asked about his father's remarks, the manager smiled``).
_CHAIN_PARTICIPLE = LazyPattern(
    r"\p{Lu}\p{Ll}++(?<=ed|ing)[ ][^,.;:!?\"\u201c\u201d\n_]{1,110}+,[ ](?=the[ ])"
)


def _chain_described(
    masked: str, first: int, last: int, lo: int, describe: Callable[[str, int], _Person | None]
) -> tuple[_Person, int] | None:
    """The person *describe* gives for the shortest description opening the
    sentence of *masked* between *first* and *last* (``The senator, though,
    had``) and where the description ends, if it is the sentence's subject.

    >>> ann = _Person("Ann Berg", "Sen.", None, 0)
    >>> masked = "The senator, though, had other ideas."
    >>> found = _chain_described(masked, 0, len(masked), 0, lambda m, at: ann if m == "The senator" else None)
    >>> found[0].name, found[1]
    ('Ann Berg', 11)
    """
    found = _CHAIN_DESCRIPTION.match(masked, first, last)
    if found is None:
        return None
    words = found[1].split()
    for size in range(1, len(words) + 1):
        end = found.start(1) + 1 + len(" ".join(words[:size]))
        phrase = masked[first:end]
        if phrase.endswith(("'s", "\u2019s", "s'")):
            return None  # "The senator's office": no subject of the sentence
        after = masked[end : end + 2]
        if after != ", " and not (after[:1] == " " and after[1:].islower()):
            continue
        person = describe(phrase, lo + first)
        if person is not None:
            return person, end
        if after == ", ":
            return None
    return None


#: A sentence whose subject is no person (``That``, ``It``, ``Nothing``) and that
#: ends with the one person it names (``That did not persuade Ms. Berg.``), maybe
#: described by a clause after.
_CHAIN_THING = LazyPattern(
    r"(?:That|This|It|Nothing|None[ ]of[ ](?:it|this|that))[ ]\p{Ll}[^\"\u201c\u201d\n_.!?]{0,120}?[ ]"
    r"(?P<name>(?:\p{Lu}[\p{L}'\u2019\-]*+\.?+[ ]){0,2}\p{Lu}[\p{L}'\u2019\-]++)"
    # (maybe described by a clause: "Mr. DeLuca, who held his own rally")
    r"(?:,[ ]who[ ][^\"\u201c\u201d\n_.!?]{1,160}?)?[.!][ ]*+"
)
#: A sentence whose clause of time after its main clause names a person as its
#: subject (``the crowd fell silent as Marcus Dell, 16, read a poem.``).
_CHAIN_AS = LazyPattern(
    r"(?P<main>[^\"\u201c\u201d\n_.!?]{1,160}?)[ ](?:as|when|while|after|before|until)[ ]"
    r"(?P<name>(?:\p{Lu}[\p{L}'\u2019\-]*+\.?+[ ]){0,2}\p{Lu}[\p{L}'\u2019\-]++)"
    # (maybe an age or a description set off)
    r"(?:,[ ][^,\"\n_.!?]{1,40}+,)?[ ]\p{Ll}[^\n]{0,240}?[.!]\"?[ ]*+"
)
#: The words (spaced) that open the clause of time of :data:`_CHAIN_AS`.
_CHAIN_AS_WORDS = (" as ", " when ", " while ", " after ", " before ", " until ")
#: Nouns for a group, no one person, that may be the subject before ``as``.
_CHAIN_GROUPS = frozenset({"crowd", "audience", "people", "room", "class", "team", "church"})


def _chain_as(
    masked: str,
    first: int,
    last: int,
    lo: int,
    index: dict[str, list[_Person]],
    start: int,
    gender: str,
    gender_of: Callable[[_Person], str | None],
) -> tuple[_Person, int] | None:
    """The person (and where named) that the clause of time of the sentence of
    *masked* between *first* and *last* has as its subject (:data:`_CHAIN_AS`),
    when of *gender* and the sentence names no one else nor a person by a noun
    in its main clause (``the coach smiled as Dell read``).

    >>> dell = _Person("Marcus Dell", None, "male", 0)
    >>> masked = "Marcus Dell read. Later the crowd fell silent as Dell, 16, read a poem. "
    >>> _chain_as(masked, 18, len(masked), 0, {"Dell": [dell]}, 80, "male", lambda p: p.gender)[1]
    49
    >>> masked = "Marcus Dell read. Later the coach smiled as Dell, 16, read a poem. "
    >>> _chain_as(masked, 18, len(masked), 0, {"Dell": [dell]}, 80, "male", lambda p: p.gender)
    """
    if all(masked.find(word, first, last) < 0 for word in _CHAIN_AS_WORDS):
        return None  # (the cheap test first: no word that opens the clause)
    found = _CHAIN_AS.fullmatch(masked, first, last)
    if found is None:
        return None
    words = found["name"].split()
    person = _lookup(index, words[-1], start)
    if (
        person is None
        or person.position > start
        or gender_of(person) != gender
        or (len(words) > 1 and words[-2] not in person.name.split())
        or any(
            _bare(word) in PERSON_NOUNS and _bare(word) not in _CHAIN_GROUPS
            for word in found["main"].lower().split()
        )
        or _named_other(masked, first, found.start("name"), index, start, person, gender, gender_of)
        or _named_other(
            masked,
            found.end("name"),
            len(masked),
            index,
            start,
            person,
            gender,
            gender_of,
        )
    ):
        return None
    return person, lo + found.start("name")


#: A sentence whose subject is a relative of the one before (``Her husband
#: said``), maybe described (``His son, a lawyer, said``).
_CHAIN_KIN = LazyPattern(
    r"(?P<kin>(?:Her|His)[ ](?P<noun>\p{Ll}++))"
    r"(?:,[ ][^.;:!?\"\u201c\u201d\n_]{1,120}?,)?[ ]\p{Ll}"
)
#: How far (characters) before a sentence a relative it names may be introduced.
_KIN_REACH = 3000


def _kin_named(text: str, kin: str, before: int, index: dict[str, list[_Person]]) -> _Person | None:
    """The person introduced last before *before* (within :data:`_KIN_REACH`) set
    off after *kin* (``her husband, state Rep. Douglas Marsh,``), if any.

    >>> doug = _Person("Douglas Marsh", None, None, 34)
    >>> text = "Gov. Helen Marsh and her husband, state Rep. Douglas Marsh, spoke. Her husband said"
    >>> _kin_named(text, "Her husband", 67, {"Marsh": [doug]}).name
    'Douglas Marsh'
    """
    if _bare(kin.rpartition(" ")[2]) not in FAMILY_NOUNS:
        return None
    lo = max(0, before - _KIN_REACH)
    low = kin.lower() + ", "
    for _ in range(_KIN_TRIES):
        # (the latest first: "Her husband, a Democrat from Peoria," names no one)
        found = max(text.rfind(low, lo, before), text.rfind(kin + ", ", lo, before))
        if found < 0:
            return None
        before = found
        at = found + len(low)
        cut = text.find(",", at, at + 60)
        cut = cut if cut >= 0 else at + 60
        words = _CAPITALISED.findall(text, at, cut)
        while words and words[-1] not in index:
            words.pop()
        if not words:
            continue
        person = _lookup(index, words[-1], cut)
        if (
            person is None
            or person.position < at
            or (len(words) > 1 and words[-2] not in person.name.split())
        ):
            return None  # (the one named there, by their full name)
        return person
    return None


#: How many of the latest places a relative is set off after are read.
_KIN_TRIES = 3


def _named_other(
    masked: str,
    first: int,
    last: int,
    index: dict[str, list[_Person]],
    start: int,
    person: _Person,
    gender: str,
    gender_of: Callable[[_Person], str | None],
) -> bool:
    """Whether *masked* names between *first* and *last* someone other than
    *person* who may be what a pronoun of *gender* stands for (no body's
    possessive, ``the Erie Philharmonic's hall``, nor a place, ``in Minnesota``)."""
    for run in _CAPITALISED_RUN.finditer(masked, first, last):
        # (the place read in *masked*, whose spaces may be narrower than *text*'s)
        if run[0].endswith(("'s", "\u2019s")) or _placed(masked, run.start()):
            continue
        for word in run[0].split():
            other = _lookup(index, word, start) if word in index else None
            if (
                other is not None
                and word not in person.name.split()
                and _may_be(gender_of(other), gender)
            ):
                return True
    return False


def _skip_space(text: str, at: int) -> int:
    """The first offset from *at* in *text* that is no white space."""
    while at < len(text) and text[at] in "\n\r\t ":
        at += 1
    return at


def _chain_starts(masked: str, floors: set[int]) -> Iterator[int]:
    """Where the latest sentences of *masked* start, read back from its end
    (:data:`_CHAIN_SENTENCES` and two at most): after the end of a sentence
    (:func:`_sentence_end_before`), or at one of *floors* (a paragraph's start)
    if nearer; read one at a time, as :func:`_chain_subject` asks for them.

    >>> list(_chain_starts("Jo ran. Ann sat. He said", {0}))
    [17, 8, 0]
    """
    hi = len(masked)
    for _ in range(_CHAIN_SENTENCES + 2):
        floor = max((f for f in floors if f < hi), default=-1)
        # (an end before the floor gives the floor: none is looked for there; a
        # mark and its space are at most three characters, so one whose space
        # reaches the floor is still found)
        at = _sentence_end_before(masked, hi, max(0, floor - 3))
        if at < 0 and floor < 0:
            return
        if at < floor:
            at = hi = floor
        else:
            hi = at - 1
        yield at


#: A mark that ends a sentence before a space, maybe closing a quote (what
#: ``[.?!]"?+[ ]`` matches), as :func:`_stop_before` looks for them.
_STOP_MARKS_BACK = (". ", "? ", "! ", '." ', '?" ', '!" ')


def _stop_before(masked: str, lo: int, hi: int) -> tuple[int, int] | None:
    """(start, end) of the last mark of :data:`_STOP_MARKS_BACK` that lies in
    ``masked[lo:hi]`` (the one that ends last), or None: what a backward search
    for ``[.?!]"?+[ ]`` finds, by a few ``rfind`` (no two of the stops end at the
    same offset, so the one that ends last is the match).

    >>> _stop_before('He left. "Go." Then? No', 0, 23)
    (19, 21)
    >>> _stop_before('He left. "Go." Then', 0, 19)
    (12, 15)
    >>> _stop_before('He left. "Go." Then', 10, 14) is None
    True
    """
    best: tuple[int, int] | None = None
    for stop in _STOP_MARKS_BACK:
        at = masked.rfind(stop, lo, hi)
        if at >= 0 and (best is None or at + len(stop) > best[1]):
            best = at, at + len(stop)
    return best


def _sentence_end_before(masked: str, hi: int, lo: int = 0) -> int:
    """Where the sentence after the last end of a sentence before *hi* (and whose
    mark is at or after *lo*) in *masked* starts (after its mark and space), or
    -1; a title's or an initial's full stop ends none (:func:`_title_stop`)."""
    while hi > lo:
        found = _stop_before(masked, lo, hi)
        if found is None:
            return -1
        best, end = found
        if (masked[best] == "." and _title_stop(masked, best)) or masked[end : end + 1].islower():
            hi = best  # ("Mr. Ailes", '"Why?" she asked')
            continue
        return end
    return -1


def _title_stop(text: str, at: int) -> bool:
    """Whether the full stop at *at* ends a title or an initial (``Mr.``, ``W.``,
    ``A.E.``), no sentence.

    >>> [_title_stop(t, len(t) - 1) for t in ("Mr.", "George W.", "A.E.", "it.", "Bush.")]
    [True, True, True, False, False]
    """
    word = text[text.rfind(" ", 0, at) + 1 : at]
    return (
        0 < len(word) <= 4
        and word[0].isupper()
        and (len(word) == 1 or word[-2:-1] == "." or word.lower() in ABBREVIATIONS)
    )


def _mask_quote(quoted: regex.Match[str]) -> str:
    """The quotation *quoted* with its words masked (its marks and length kept)."""
    inner = quoted[0][1:-1]
    if inner[-1:] in (".", "?", "!") and len(quoted[0]) > 2:
        return '"' + "_" * (len(inner) - 1) + inner[-1] + '"'
    return '"' + "_" * (len(inner)) + '"'


def _latest_of_gender(
    people: Sequence[_Person], gender: str, position: int, positions: Sequence[int]
) -> _Person | None:
    """The last person named before *position* whose honorific or first name
    gives *gender* (not merely may be of it), among the latest
    :data:`_PRONOUN_PEOPLE`."""
    last = bisect_left(positions, position) - 1
    for at in range(last, max(-1, last - _PRONOUN_PEOPLE), -1):
        person = people[at]
        if (person.gender or _first_name_gender(person.name)) == gender:
            return person
    return None


#: A person named this far after a pronoun that no one before it stands for may be its own.
_NAMED_NEXT_REACH = 600


def _named_next(
    people: Sequence[_Person],
    gender: str,
    position: int,
    found: dict[int, Attribution],
    positions: Sequence[int] | None = None,
) -> _Person | None:
    """The first person named after *position*, described (a title, an appositive or
    role words) and whose first name or honorific gives *gender*, within
    :data:`_NAMED_NEXT_REACH`: a story may name its first speaker late
    (``"...," she said.`` then ``The owner, Margaret Ellison, ...``).  Read
    only for a pronoun before every speaker and cue subject (``an official
    said`` before it may be what it stands for) and any person of its gender; the
    person is named before the next speaker named otherwise than by a pronoun (a
    speaker of their own, ``Jo Kent, a spokesman, said: "..."``, is someone else)."""
    after = [
        a.speaker.span.start
        for a in found.values()
        if a.speaker.span.start > position and a.speaker.mention.lower() not in PERSON_PRONOUNS
    ]
    limit = min([position + _NAMED_NEXT_REACH, *after])
    first = 0 if positions is None else bisect_right(positions, position)
    for at in range(first, len(people)):
        person = people[at]
        if person.position <= position:
            continue
        if person.position >= limit:
            break
        if (person.gender or _first_name_gender(person.name)) == gender and (
            person.role or person.described or person.before
        ):
            return person
    return None


#: Prepositions before a place's name (``in Little Harrow``, ``near Port Ellis``),
#: and with an article (``at the Royal Festival Hall``, ``outside the Old Bailey``).
_PLACE_PREPOSITIONS: tuple[str, ...] = (" in ", " near ", " outside ", " at ", " from ", " across ")
_PLACE_PREPOSITIONS += tuple(f"{word}the " for word in _PLACE_PREPOSITIONS)


def _placed(text: str, position: int) -> bool:
    """Whether a preposition of place stands right before the name at *position*."""
    return text.endswith(_PLACE_PREPOSITIONS, max(0, position - 12), position)


#: How many of the latest speakers a gendered pronoun looks back over.
_PRONOUN_REACH = 6


def _plural_group(name: str) -> bool:
    """Whether the canonical *name* is a group in lower case (``investment bankers``,
    ``local authorities``): never what ``he`` or ``she`` refers to.

    >>> [_plural_group(n) for n in ("investment bankers", "Critics", "Jo Banks", "the press")]
    [True, True, False, False]
    """
    if name[-1:] != "s" or name.endswith("ss"):
        return False  # (most names: no plural)
    last = name[name.rfind(" ") + 1 :]
    if " " not in name:
        last = last.lower()  # "Critics said": a sentence's first word
    if not last.islower() or not last.endswith("s") or last.endswith("ss"):
        return False
    return (
        last[:-1] in _HEADS
        or last[:-2] in _HEADS
        or (last.endswith("ies") and last[:-3] + "y" in _HEADS)
    )


def _may_be(known: str | None, gender: str) -> bool:
    """Whether one whose gender is *known* (``None``: not known) may be what a
    pronoun of *gender* stands for: no group (``investment bankers``), and no
    one of the other gender for *he* or *she*.

    >>> _may_be(None, "female"), _may_be("male", "female"), _may_be("plural", "male")
    (True, False, False)
    """
    if known == "plural":
        return False
    return not (known in _HE_SHE_GENDERS and gender in _HE_SHE_GENDERS and known != gender)


def _pick(
    recents: Reversible[_Person], gender: str, gender_of: Callable[[_Person], str | None]
) -> _Person | None:
    """The antecedent of a *gender* pronoun among the latest speakers.

    The latest speaker not known to be of the other gender (known from an
    honorific or from an earlier pronoun that referred to them).
    """
    seen: set[str] = set()
    for person in reversed(recents):
        if person.name in seen:
            continue
        seen.add(person.name)
        if len(seen) > _PRONOUN_REACH:
            break
        if gender_of(person) in (None, gender):
            return person
    return None


def _document_name(name: str) -> bool:
    """Whether the speaker *name* is a document, never *he* or *she* (``a statement``
    in ``In a statement read by his lawyer, he said``).

    >>> _document_name("a statement"), _document_name("Acme's statement"), _document_name("Jo Post")
    (True, True, False)
    """
    last = name.rpartition(" ")[2]
    return last.islower() and _bare(last) in _DOCUMENT_WORDS


#: Nouns for an organisation that spoke before (``the company said``).
_COMPANY_NOUNS = frozenset(
    {"company", "firm", "group", "carrier", "airline", "chain", "retailer", "maker",
     "manufacturer", "insurer", "lender", "startup", "operator", "developer", "supplier",
     "publisher", "broadcaster", "automaker", "carmaker", "brand", "label"}
)  # fmt: skip
#: The words of a mention whose canonical name is read from the speakers before
#: it (:func:`_canonical`): personal and possessive pronouns.
_ANTECEDENT_WORDS = (
    frozenset(PERSON_PRONOUNS)
    | frozenset(_POSSESSIVES)
    | {"it", "they"}
    | {verb.partition(" ")[0] for verb in PRO_DROP_VERBS}  # ('„...,“ uvedl.')
)
#: Pronouns that stand for a body or a group (``"...," the ministry said. It added``).
_BODY_PRONOUNS = frozenset({"it", "they"})
#: How far (characters) back a body pronoun looks for the body that spoke (and a
#: pronoun for the unnamed person who spoke: ``a spokeswoman said ... she said``).
#: Measured on PolNeAR: at 1,000 an ``it`` in a long paragraph after ``The
#: commission said`` or ``The bank's board said`` stays unresolved.
_BODY_REACH = 4000
#: Words of a speaker's name that make it a body (``the ministry``, ``Acme Corp``).
_BODY_WORDS = (ORGANISATION_WORDS | COMPANY_WORDS) - PERSON_NOUNS


def _body_name(name: str, pronoun: str) -> bool:
    """Whether the speaker *name* is what *pronoun* (``it``, ``they``) may stand for.

    ``it`` stands for a body (``the ministry``, ``Acme Corp``, ``the White
    House``); ``they`` for a body or a group (``investment bankers``).

    >>> _body_name("the ministry", "it"), _body_name("Acme Corp", "it"), _body_name("Jo Lind", "it")
    (True, True, False)
    >>> _body_name("investment bankers", "they"), _body_name("investment bankers", "it")
    (True, False)
    >>> _body_name("the statement", "it"), _body_name("the statement", "they")
    (True, False)
    """
    if pronoun == "they" and (_plural_group(name) or _people_at(name)):
        return True
    words = name.lower().split()
    if not words or _bare(words[-1]) in PERSON_NOUNS:
        return False  # "the ministry spokesman": a person
    if pronoun == "they" and _bare(words[-1]) in _DOCUMENT_WORDS:
        return False  # "the statement" is no "they"
    return any(_bare(word) in _BODY_WORDS for word in words)


#: Words that link a group of people to where they work (``Analysts at Acme``).
_WORKPLACE_LINKS = frozenset({"at", "from", "with"})


def _people_at(name: str) -> bool:
    """Whether *name* is a group of people where they work (``Economists at
    Barclays``, ``Analysts from Acme``): what *they* may stand for.

    >>> _people_at("Economists at Barclays"), _people_at("Jo Lind at Acme")
    (True, False)
    """
    if not name[:1].isupper():
        return False  # (read first: no split)
    words = name.split(None, 2)  # (the first two words, and a third if any)
    return len(words) > 2 and words[1] in _WORKPLACE_LINKS and _plural_group(words[0].lower())


#: A cue after an unnamed speaker that asks or claims something another answers.
_ASKING = regex.compile(r"\s+(?:asked|asks|questioned|wondered|claimed|challenged|suggested)\b")

#: The initials of a body after *the* (``the IMF``, ``the EIU``).
_THE_ACRONYM = regex.compile(r"[Tt]he[ ]\p{Lu}{2,6}")

#: Documents quoted as a source: ``it``, never ``they``.
_DOCUMENT_WORDS = frozenset(
    {"statement", "report", "letter", "memo", "post", "tweet", "ad", "advertisement",
     "video", "email", "poll", "survey", "study", "filing", "lawsuit", "complaint",
     "document", "release", "website", "article", "editorial"}
)  # fmt: skip


def _pronoun_reach(attributions: dict[int, Attribution]) -> int:
    """Where the last speaker that reads the speakers before it starts, or -1.

    :func:`_canonical` names only a pronoun or a possessive (any word of
    :data:`_ANTECEDENT_WORDS` in the mention or its provisional name), and
    :func:`resolve_speakers` a company noun (:func:`_company_noun`), after
    the speakers and cue subjects before it; every other mention resolves
    alike whatever came before.  So a cue subject after this offset changes
    no attribution.
    """
    reach = -1
    for attribution in attributions.values():
        speaker = attribution.speaker
        if speaker.span.start > reach and (
            not _ANTECEDENT_WORDS.isdisjoint(speaker.mention.lower().split())
            or not _ANTECEDENT_WORDS.isdisjoint(speaker.name.lower().split())
            or (
                speaker.mention[:4] in _THE_SPACED
                # (or "the official": one described with "a" in a cue's subject before)
                and (_company_noun(speaker.mention) or _described_person(speaker.mention))
            )
        ):
            reach = speaker.span.start
    return reach


def _pronouns_only(text: str, events: array[int], before: int) -> bool:
    """Whether every event of *events* from *before* on is a pronoun's (``He
    laughed off a question``): the name that opens their paragraph may still be
    the one they stand for (``Novak has been linked with a move. He laughed off
    a question.`` over ``"...," he said``)."""
    return all(
        text[events[at] : events[at + 1]].lower() in PERSON_PRONOUNS
        for at in range(before, len(events), 4)
    )


def resolve_speakers(
    text: str, paragraphs: Sequence[Paragraph], found: _Attributed
) -> dict[int, Attribution]:
    """Give every attribution's speaker its canonical name and role.

    Mentions are read in text order (cue subjects before the quotes' speakers
    at the same offset).  The order is one sorted list of packed integers, and
    the attributions are replaced in place: memory stays close to the size of
    the result on long texts.  Without attributions there is nothing to
    resolve: the text is not read for people.  Cue subjects serve only the
    pronouns (``he``, ``his``) after them: those after the last pronoun
    are not read (:func:`_pronoun_reach`).
    """
    attributions, events, unread = found
    if not attributions:
        return attributions  # cue subjects alone resolve nothing
    reach = _pronoun_reach(attributions)
    for at in unread:
        paragraph = paragraphs[at]
        if paragraph.span.start > reach:
            break  # its cue subjects and all after it come after the last pronoun
        before = len(events)
        para = None
        if _may_cue(paragraph) or " to comment" in paragraph.text:
            # (or "The ministry declined to comment.": a body's answer, no cue)
            para = _Paragraph(text, paragraph, ())
            _add_events(para, events)
        if (len(events) == before or _pronouns_only(text, events, before)) and (
            len(paragraph.text) <= _MAX_LEAD_SUBJECT_CHARS
            and at + 1 < len(paragraphs)
            and paragraphs[at + 1].text[:1] in _QUOTE_FIRSTS
        ):
            # "City boss Tom Kent was less impressed." over '"...," he said.'
            # (a paragraph read for its cues is not read again: with no event
            # added, no cue found a subject, and reading changed only its caches)
            _add_opening_subject(para or _Paragraph(text, paragraph, ()), events)
    people = _people(text, paragraphs)
    index = _index(people)
    positions = [person.position for person in people]
    keys = list(attributions)
    count_events = len(events) // 4
    # (offset, events first, order of insertion) packed into one int per mention
    shift = (count_events + len(keys)).bit_length()
    timeline = [
        (events[4 * i] << 1 << shift) | i for i in range(count_events) if events[4 * i] <= reach
    ]
    timeline += [
        (((attributions[key].speaker.span.start << 1) | 1) << shift) | (count_events + n)
        for n, key in enumerate(keys)
    ]
    timeline.sort()
    mask = (1 << shift) - 1
    #: (name, mention, start, end) of a speaker -> its canonical (name, role)
    cache: dict[tuple[str, str, int, int], tuple[str, str | None]] = {}
    #: people named as speakers, most recent last; a pronoun reads only the
    #: latest mention of each name, so one entry per name is kept
    recents: dict[str, _Person] = {}
    learned: dict[str, str] = {}  # genders learnt from honorifics and pronouns
    spoke_at: dict[str, int] = {}  # where each of the recents last spoke, named
    referred: dict[str, int] = {}  # where each person was last a speaker, by any mention
    #: the latest unnamed speaker described with an indefinite article, by head noun
    #: (``official`` -> ``A senior government official``): ``the official`` after it
    indefinite: dict[str, tuple[str, str | None, int]] = {}

    def gender_of(person: _Person) -> str | None:
        if _plural_group(person.name):
            return "plural"  # "investment bankers" are no "he"
        return person.gender or learned.get(person.name) or _first_name_gender(person.name)

    def pronoun_gender_of(person: _Person) -> str | None:
        """:func:`gender_of`, for the antecedent of *he* or *she*: no company a
        company noun named, nor a city that spoke for its state ("Moscow has said")."""
        known = gender_of(person)
        if known is None and (
            person.name in companies
            or person.name in bodies
            or (" " not in person.name and is_known_place(person.name, names_too=False))
        ):
            return "plural"
        return known

    #: the person a description read by :func:`_chain_subject` gives (``The
    #: senator`` at an offset), remembered for this article only: the same
    #: sentence is read again for each pronoun after it, and *people*, *index*
    #: and *positions* do not change while the mentions are read
    descriptions: dict[tuple[str, int], _Person | None] = {}

    def describe(mention: str, at: int) -> _Person | None:
        key = (mention, at)
        if key not in descriptions:
            descriptions[key] = _canonical(
                (mention, mention, at), people, index, None, text, positions
            )[2]
        return descriptions[key]

    #: the subject a pronoun of a clause stood for (:func:`_clause_owner`): (person,
    #: gender, where, its paragraph's number)
    owned: tuple[_Person, str, int, int] | None = None
    latest_spoke = -1  # where the last of the recents spoke, named
    named_quoted = -1  # where the last quote of one named was said
    at = -1
    spoken = False  # whether anyone spoke before (a pronoun may look ahead only if not)
    #: the latest body or group that spoke: (name, role, where, whether anyone spoke since)
    body: tuple[str, str | None, int, bool] | None = None
    #: the latest unnamed speaker whose noun gives a gender (``a spokeswoman for
    #: the ministry``), when no one named has spoken since: (name, role, gender,
    #: where, where its mention ends, whether it asks)
    unnamed: tuple[str, str | None, str, int, int, bool] | None = None
    #: the latest body named by its initials after *the* (``the EIU``) that spoke:
    #: (name, role, where), for an ``it`` nothing else names
    initials: tuple[str, str | None, int] | None = None
    #: the latest speaker described with ``the`` and not named (``the former
    #: president``), when no one has spoken since: (name, role, where)
    described: tuple[str, str | None, int] | None = None
    #: the latest organisation named as a cue's subject and then ``it``
    #: (``Twitter said its``), for ``the company`` after it: (name, where)
    company: tuple[str, int] | None = None
    companies: set[str] = set()  # the names that company nouns stood for
    #: the names of no known gender that said in a statement what *it* was
    #: (:func:`_body_subject`): bodies, never *he* or *she*
    bodies: set[str] = set()
    # (read only when a company noun speaks: most texts have none)
    company_nouns = any(
        a.speaker.mention[:4] in _THE_SPACED and _company_noun(a.speaker.mention)
        for a in attributions.values()
    )
    starts = [paragraph.span.start for paragraph in paragraphs]
    stops = [paragraph.span.end for paragraph in paragraphs]  # (and where each ends)
    for packed in timeline:
        pos = packed >> shift >> 1
        order = packed & mask
        if order < count_events:
            key = -1
            start, end, name_start, name_end = events[4 * order : 4 * order + 4]
            mention = intern(text[start:end])
            said_name = mention
            if name_start != start or name_end != end:
                said_name = intern(text[name_start:name_end])
        else:
            key = keys[order - count_events]
            speaker = attributions[key].speaker
            mention, said_name = speaker.mention, speaker.name
            start, end = speaker.span.start, speaker.span.end
        if pos != at:
            # a speaker is found again only at its own position: the cache
            # need not outlive it (this keeps memory flat on long texts)
            cache.clear()
            at = pos
        seen_as = (said_name, mention, start, end)
        done = cache.get(seen_as)
        low = mention.lower()
        if (
            done is None
            and body is not None
            and low in _BODY_PRONOUNS
            and said_name == mention
            and start - body[2] <= _BODY_REACH
            and (_body_name(body[0], low) or body[0] in companies)
            and (low == "it" or not body[3])  # "they": no one else spoke since
        ):
            done = (body[0], body[1])  # '"...," the ministry said. It added that ...'
        if (
            done is None
            and unnamed is not None
            and said_name == mention
            and (
                PERSON_PRONOUNS.get(low) == unnamed[2]
                or (
                    # 'One aid worker said ... "...," she said': a noun of either gender,
                    # in the same paragraph or the one after it
                    unnamed[2] in _LOCAL_GENDERS
                    and low in _HE_SHE
                    and _LOCAL_GENDERS[unnamed[2]] in (None, PERSON_PRONOUNS[low])
                    and bisect_right(starts, start) - bisect_right(starts, unnamed[3])
                    <= (0 if unnamed[5] else 2 if unnamed[2] == _CHAINED else 1)
                    # (not when its own verb took another of that gender as its
                    # object: "One reviewer dismissed her work ... '...,' she told")
                    and _object_gender(text, unnamed[4]) != PERSON_PRONOUNS[low]
                    # (no one named since: "One analyst, Jo Kent, asked. ... he asked",
                    # "A reporter asked Lind how he felt. He replied")
                    # (a name inside its own mention is no one named since: "An aide
                    # to Secretary Tom Reed said ..., which he said")
                    and bisect_left(positions, start) <= bisect_left(positions, unnamed[4])
                    and not any(
                        # (after its own words: "A Harlow officer" is no Harlow Kent)
                        word in index
                        for word in _CAPITALISED.findall(text, unnamed[4], start)
                    )
                )
            )
            and start - unnamed[3] <= _BODY_REACH
        ):
            done = (unnamed[0], unnamed[1])  # '"...," a spokeswoman said. "...," she said'
            if unnamed[2] in {"either", _CHAINED} and not unnamed[5] and low in _HE_SHE:
                # (each pronoun that goes on the unnamed one's words carries it on,
                # past a paragraph of quote alone: '"...," the aide said. / ..., he
                # said. / "..." / He said ...')
                unnamed = (unnamed[0], unnamed[1], _CHAINED, start, end, False)
        chained = False
        if done is None:
            gender = (
                PERSON_PRONOUNS.get(low)
                or PRO_DROP_VERBS.get(low)
                or (_heard_gender(low, text, end) if low[:1] == "h" else None)
            )
            recent = next(reversed(recents.values())) if recents else None
            antecedent = recent
            if gender:
                antecedent = (
                    _pick(recents.values(), gender, pronoun_gender_of)
                    or _latest(people, gender, start, text, positions)
                    # (the last speaker, unless a group or known to be of the other
                    # gender: "...," wrote Ben Jacobs. ... "...," she said is not his)
                    or (
                        recent
                        if recent is None or _may_be(pronoun_gender_of(recent), gender)
                        else None
                    )
                    or (
                        None
                        if spoken
                        else _named_next(people, gender, start, attributions, positions)
                    )
                )
                if (
                    antecedent is not None
                    and gender in _HE_SHE_GENDERS
                    and gender_of(antecedent) is None
                    and (named := _latest_of_gender(people, gender, start, positions)) is not None
                    and named.position > spoke_at.get(antecedent.name, start)
                    and (
                        # (named in the pronoun's paragraph or the one before it, over a
                        # body or a one-word name: not one whose first name the lists lack)
                        (
                            (" " not in antecedent.name or _body_name(antecedent.name, "it"))
                            and bisect_right(starts, start) - bisect_right(starts, named.position)
                            <= 1
                        )
                        # (named in the pronoun's own paragraph, over anyone of no known
                        # gender who spoke before it: "Kellyanne Conway, Trump's campaign
                        # manager, struck a cautious tone. Asked ..., she said")
                        or bisect_right(starts, start) == bisect_right(starts, named.position)
                    )
                ):
                    # 'Airbnb said ... Spain's minister, Elena Ruiz, welcomed it. "...," she
                    # said': one named since whose first name gives the gender
                    antecedent = named
                if (
                    antecedent is not None
                    and gender in _HE_SHE_GENDERS
                    and said_name == mention
                    and gender_of(antecedent) is None
                    and (
                        subject := _opening_subject(
                            text,
                            max(
                                spoke_at.get(antecedent.name, -1) + 1,
                                starts[max(0, bisect_right(starts, start) - 2)],
                            ),
                            start,
                            index,
                            gender,
                            gender_of,
                        )
                    )
                    is not None
                    and subject.name != antecedent.name
                ):
                    # 'Delgado promised ... Sorensen, 64, was first elected ... Sorensen
                    # has 10 days ... "...," he said': the subject of the sentences
                    # since, whose first name gives the gender, over a speaker of none
                    antecedent = subject
                if (
                    antecedent is not None
                    and gender in _HE_SHE_GENDERS
                    and said_name == mention
                    # (for a quote in the pronoun's own paragraph, and in its sentence
                    # if after it: "He credits RCA. Leavitt sees ... '...'" is not his)
                    and (
                        key < 0
                        or (
                            bisect_right(starts, key) == bisect_right(starts, start)
                            and (key < start or _SENTENCE_END.search(text, start, key) is None)
                        )
                    )
                    and (
                        chain := _chain_subject(
                            text,
                            start,
                            index,
                            gender,
                            gender_of,
                            starts,
                            spoke_at.get(antecedent.name, -1) + 1,
                            describe,
                            stops,
                        )
                    )
                    is not None
                    # (not one of the speaker's surname: "Clinton" may be they; unless
                    # the headline's, who the surname alone names: "Mr. Cruz" after
                    # "his father, Rafael Cruz", in a story headed "... Cruz")
                    and (
                        (surname := chain[0].name.rpartition(" ")[2]) not in antecedent.name.split()
                        or (
                            index.get(surname, [None])[0] is chain[0]
                            and _headline_bearer(text, surname)
                        )
                        # (or named in full: "His mother, Renee Ashby, marched")
                        or text.startswith(chain[0].name, chain[1])
                        # (or by a description: "Asked about it, the manager smiled")
                        or text.startswith(("The ", "the "), chain[1])
                    )
                    and spoke_at.get(antecedent.name, -1) < chain[1]
                ):
                    # '"...," Jo Kent said. Their nominee, a nurse named Ann Lind, has
                    # raised little. She told': the subject of the sentence before the
                    # pronoun's (or of those its pronoun opens), over one who spoke before
                    antecedent = chain[0]
                    chained = True
                if (
                    gender in _HE_SHE_GENDERS
                    and said_name == mention
                    and (subject := _clause_owner(text, start, index)) is not None
                    and gender_of(subject) in (gender, None)
                ):
                    # "Fiona Barker read a statement in which she described": the
                    # subject of the sentence the pronoun's clause hangs from, who
                    # speaks for the pronouns of its paragraph and the next
                    antecedent = subject
                    owned = (subject, gender, start, bisect_right(starts, start))
                elif (
                    owned is not None
                    and gender == owned[1]
                    and said_name == mention
                    and bisect_right(starts, start) - owned[3] <= 1
                    and latest_spoke <= owned[2]
                ):
                    # '... in which she described her daughter. "...," she said': no
                    # one has spoken since
                    antecedent = owned[0]
                if (
                    gender in _HE_SHE_GENDERS
                    and said_name == mention
                    and not chained
                    and (addressee := _addressed_before(text, start, starts, index)) is not None
                    and addressee[1] in (gender, None)
                    and gender_of(addressee[0]) in (gender, None)
                ):
                    # '"Mr. Kettleson, do you understand?" the judge asked. / "I
                    # understand," he said': the one the question addressed answers
                    antecedent = addressee[0]
            name, role, person = _canonical(
                (mention, said_name, start), people, index, antecedent, text, positions
            )
            # (a mention cut by a line break reads "the  spokesperson": as on one line)
            spaced = low if "  " not in low else " ".join(low.split())
            if (
                person is not None
                and spaced[:4] == "the "
                and " " not in spaced[4:]
                and (earlier := indefinite.get(spaced[4:])) is not None
                and bisect_right(starts, earlier[2]) == bisect_right(starts, start)
                and _RESTRICTIVE.match(text, end) is None
            ):
                # 'A Garda spokesperson said ... "...," the spokesperson said': the
                # one described in its paragraph, not a spokesperson named before it
                name, role, person = earlier[0], earlier[1], None
            if person is None and _as_said(name, mention) and name[:4].lower() == "the ":
                # "A senior official said ... The official said": the one described before
                earlier = indefinite.get(name[name.rfind(" ") + 1 :])
                if (
                    earlier is not None
                    # "The third agent" is a new one after "A second agent", but "the
                    # second official" is the one "another official" described
                    and (not _ordinal_description(name) or _rank(name) == _rank(earlier[0]))
                    and start - earlier[2] <= _DESCRIBED_REACH
                    # (not "The person who plays Trump": a clause tells someone new)
                    and _RESTRICTIVE.match(text, end) is None
                ):
                    name, role = earlier[0], earlier[1]
            if (
                person is None
                and _as_said(name, mention)
                and company is not None
                and start - company[1] <= _COMPANY_REACH
                and _company_noun(mention)
            ):
                # 'Twitter said it had ... "...," the company said': the one that spoke
                name = company[0]
                companies.add(name)
            if (
                person is None
                and recents
                and _as_said(name, mention)
                and _THE_OFFICE.fullmatch(mention) is not None
            ):
                latest = next(reversed(recents.values()))
                named_in = bisect_right(starts, latest.position) - 1
                office = (
                    _bare_office(text, mention, starts[named_in - 1], starts[named_in])
                    if named_in > 0
                    else None
                )
                if (
                    office is not None
                    # (named bare: no resident described, "Jo Lind, 64, a nurse")
                    and not (latest.role or latest.described or latest.before)
                    and bisect_right(starts, start) - bisect_right(starts, spoke_at[latest.name])
                    <= 1
                ):
                    # (no one named holds it: the mention resolved to no person)
                    # "Scotland's First Minister has apologised. ... Eilidh Matheson said
                    # ... '...,' the First Minister said": the office the story opened
                    # with no name is the one who spoke just before, of no office
                    name, role = latest.name, office
            if (
                gender in _HE_SHE_GENDERS
                and person is not None
                and described is not None
                and "\n" not in text[described[2] : start]
                and _noun_gender(described[0]) in (None, gender)
                and _new_description(described[0], person)
            ):
                # "Ana Reyes, the group's organiser, ... The state's attorney general
                # said ... '...,' she said": the one described last, in the pronoun's
                # paragraph, holds another office than the one named
                name, role, person = described[0], described[1], None
            if (
                gender in _HE_SHE_GENDERS
                and person is None
                and _as_said(name, mention)
                and described is not None
                # in its paragraph or the one after it
                and bisect_right(starts, start) - bisect_right(starts, described[2]) <= 1
                and _noun_gender(described[0]) in (None, gender)
            ):
                # '"...," the former president said. He added: "..."': no one
                # named for the pronoun, the one described before speaks on
                name, role = described[0], described[1]
            elif (
                gender in _HE_SHE_GENDERS
                and person is not None
                and said_name == mention
                and described is not None
                and referred.get(person.name, start) < described[2]
                # (two paragraphs on at most, no one named first since)
                and bisect_right(starts, start) - bisect_right(starts, described[2]) <= 2
                and bisect_left(positions, start) <= bisect_right(positions, described[2])
                # (the one named spoke, by any mention, three paragraphs or more
                # before the one described, and is not named since: no epithet of
                # theirs, "Cruz said ... the Texas senator said ... he said")
                and bisect_right(starts, described[2])
                - bisect_right(starts, referred.get(person.name, start))
                >= _DESCRIBED_GAP
                and text.find(
                    person.name.rpartition(" ")[2],
                    max(
                        starts[bisect_right(starts, referred.get(person.name, start))],
                        start - _BODY_REACH,
                    ),
                    start,
                )
                < 0
                and _noun_gender(described[0]) in (None, gender)
                and _described_person(described[0])
            ):
                # '"...," the driver says. / The dispatcher asks him to move. / "...,"
                # he says': the one described spoke last, not one named before it
                name, role, person = described[0], described[1], None
            done = cache[seen_as] = (_plain_name(name, role is not None, text), role)
            if low == "it" and done[0] == mention and initials is not None:
                if start - initials[2] <= _BODY_REACH:
                    # '"...," the EIU said. "...," it said': no one else named
                    # for it, the body known by its initials that spoke last
                    done = cache[seen_as] = (initials[0], initials[1])
            elif (
                low == "it"
                and done[0] == mention
                and (opener := _it_opening_body(text, start)) is not None
                # (no one's surname: only the organisation itself, if listed)
                and all(known.name == opener for known in index.get(opener, ()))
            ):
                # 'Orbis unveiled a headset it described as "..."': no one spoke
                # for it, the organisation whose sentence it is
                done = cache[seen_as] = (opener, None)
            elif _THE_ACRONYM.fullmatch(done[0]) is not None:
                initials = (done[0], done[1], start)
            if gender is None and low not in _BODY_PRONOUNS:
                described = (
                    (done[0], done[1], start)
                    if person is None and _described_person(done[0])
                    else None
                )
            if (
                company_nouns
                and gender is None
                and person is None
                and done[0] != mention
                and _company_noun(mention)
                and " " not in mention[4:]
            ):
                company = (done[0], start)  # "the group" read as "OPEC+": the company since
            elif (
                company_nouns
                and gender is None
                and (person is None or gender_of(person) is None)
                and _company_subject(done[0], text, start, end)
                and (
                    person is None
                    or person.role is None
                    # ("Telecom operator Brightwave": a company noun for its role)
                    or person.role.rpartition(" ")[2].lower() in _COMPANY_NOUNS
                )
            ):
                # (capitalised words with no first name may be read as a person's
                # name: "Twitter said", "Airline Skyvale said")
                lead, _, rest = done[0].partition(" ")
                company = (rest if rest and lead.lower() in _COMPANY_NOUNS else done[0], start)
            if person is None and _unnamed_person(done[0]) and done[0][:4].lower() != "the ":
                indefinite[_noun_after(done[0], _INDEFINITE_OPENERS) or ""] = (
                    done[0], done[1], start
                )  # fmt: skip
            elif person is None and _ordinal_description(done[0]):
                # "The third agent who spoke ...": "the agent" after it is that one
                indefinite[_noun_after(done[0], _DEFINITE) or ""] = (done[0], done[1], start)
            if (
                (person is None or _plural_group(done[0]) or _people_at(done[0]))
                and low not in _BODY_PRONOUNS
                and (
                    _body_name(done[0], "they")
                    or _body_name(done[0], "it")
                    or done[0] in companies  # "Twitter", as "the company" said
                )
            ):
                body = (done[0], done[1], start, False)
            elif body is not None and low not in _BODY_PRONOUNS:
                body = (body[0], body[1], body[2], True)
            if gender is None and low not in _BODY_PRONOUNS:
                # anyone else who speaks since speaks for the pronouns after
                noun_gender = _noun_gender(done[0]) if person is None else None
                if noun_gender is None and person is None and _unnamed_person(done[0]):
                    # "One aid worker", "a teacher", "a young man": in the paragraph only
                    head = _noun_after(done[0], _INDEFINITE_OPENERS) or ""
                    noun_gender = _HEAD_GENDERS.get(head, "either")
                elif (
                    noun_gender is None
                    and person is None
                    and _definite_unnamed(done[0])
                    # (the subject of its sentence or of an attribution after a quote,
                    # not of a clause: "asked whether the president had called")
                    and _opens_sentence_or_follows_quote(text, start)
                    # (no epithet of one named who spoke just before: '"...," Ted
                    # Marsh said. / "...," the senator said.')
                    and (
                        named_quoted < 0
                        or bisect_right(starts, start) - bisect_right(starts, named_quoted) > 1
                    )
                ):
                    noun_gender = "either"  # '"...," the aide said. ... he said': the aide
                unnamed = (
                    None
                    if noun_gender is None
                    # (one who asks or claims is answered in the paragraph after it:
                    # "one questioner claimed that ... '...,' he said")
                    else (
                        done[0],
                        done[1],
                        noun_gender,
                        start,
                        end,
                        _ASKING.match(text, end) is not None,
                    )
                )
            if (
                gender is None
                and person is not None
                and gender_of(person) is None
                and _body_subject(person.name, text, end)
            ):
                # 'Lakeshore Logistics said in a statement that it was "..."': a body
                bodies.add(person.name)
            if person is not None:
                referred[person.name] = start
                if gender_of(person) is None:
                    said = gender or _honorific_gender(mention)
                    if said:
                        learned[person.name] = said
                if gender is None or chained:
                    # (or one the sentence before named: "Greaves asked Ashby whether
                    # she would run. '...,' she said" speaks as if named)
                    recents.pop(person.name, None)
                    recents[person.name] = person
                    spoke_at[person.name] = start
                    latest_spoke = start
        spoken = True
        if key >= 0:
            if done[0] in referred:
                named_quoted = start  # (one named whose words were quoted)
            attribution = attributions[key]
            role = done[1]
            if role is not None and role.lower().rstrip(".") in PLURAL_TITLES:
                role = role[:-2] + "." if role.endswith(".") else role[:-1]  # "Sens." -> "Sen."
            resolved = Speaker(
                name=intern(done[0]), mention=mention, span=attribution.speaker.span, role=role
            )
            attributions[key] = Attribution(resolved, attribution.cue, attribution.kind)
    if people:
        _name_described_lede(text, attributions, people, positions, starts)
        _full_names_of_tails(attributions, people)
    return attributions


def _full_names_of_tails(attributions: dict[int, Attribution], people: Sequence[_Person]) -> None:
    """Give a speaker named by the last two words of a name of three or more
    named before it that name, and its role when it has none (``Ortega Ruiz``
    after ``Jaime Ortega Ruiz``: a surname of two words, or a middle name and a
    surname; not a first name and a surname).  A tail two such names share is
    left as it is."""
    tails: dict[str, _Person | None] = {}
    for person in people:
        if person.name.count(" ") < 2 and person.name.isprintable():
            continue  # (fewer than three words, most names: no split; no other space)
        words = person.name.split()
        if (
            len(words) >= 3
            and words[-2].isalpha()
            and len(words[-2]) > 1
            # (a first name opens a full name of its own: "Crooked Hillary Clinton"
            # read in a nickname is no longer name of Hillary Clinton)
            and words[-2].lower() not in _FIRST_NAMES
            and words[-2].lower() not in UNISEX_FIRST_NAMES
        ):
            tail = " ".join(words[-2:])
            tails[tail] = None if tail in tails else person
    if not tails:
        return
    roles = {a.speaker.name: a.speaker.role for a in attributions.values() if a.speaker.role}
    for key, attribution in attributions.items():
        speaker = attribution.speaker
        full = tails.get(speaker.name)
        if full is None or full.position > speaker.span.start:
            continue
        resolved = Speaker(
            name=full.name,
            mention=speaker.mention,
            span=speaker.span,
            role=speaker.role or roles.get(full.name) or full.role,
        )
        attributions[key] = Attribution(resolved, attribution.cue, attribution.kind)


#: The head nouns of descriptions a story's lede gives a speaker, and the words
#: that show the person named right after it holds that office (``General
#: Motors' top executive`` ... ``Chief Executive Mary Brandt``).
_LEDE_FITS: dict[str, frozenset[str]] = {
    "executive": frozenset({"executive", "chief", "ceo", "chairman", "chairwoman", "founder"}),
    "aide": frozenset({"aide", "adviser", "advisor", "deputy", "staff", "assistant"}),
    "adviser": frozenset({"adviser", "advisor", "aide", "counselor"}),
    "manager": frozenset({"manager"}),
    "lawyer": frozenset({"lawyer", "attorney", "counsel"}),
    "attorney": frozenset({"lawyer", "attorney", "counsel"}),
    "official": frozenset({"official", "secretary", "director", "commissioner", "minister"}),
    "spokesman": frozenset({"spokesman", "spokesperson"}),
    "spokeswoman": frozenset({"spokeswoman", "spokesperson"}),
    "spokesperson": frozenset({"spokesman", "spokeswoman", "spokesperson"}),
}
#: Words before the head of a lede's description (``A former top aide``).
_LEDE_OPENERS = frozenset({"a", "an", "the"})
#: How far (characters) into the next paragraph its opening name may start.
_LEDE_NAME_REACH = 40
#: How far (characters) the first sentence of the next paragraph is read for the office.
_LEDE_SENTENCE = 300


#: An office in capitals after *the* (``the First Minister``, ``the Prime Minister``).
_THE_OFFICE = LazyPattern(r"[Tt]he[ ](?P<office>\p{Lu}\p{Ll}++(?:[ ]\p{Lu}\p{Ll}++)?+)")


def _bare_office(text: str, mention: str, lo: int, hi: int) -> str | None:
    """The office in capitals that *mention* names after *the* (``the First
    Minister``), when a title word ends it and the text between *lo* and *hi*
    says it with no name after it (``Scotland's First Minister has
    apologised``), else None.

    >>> _bare_office("The First Minister has apologised.", "the First Minister", 0, 34)
    'First Minister'
    >>> _bare_office("First Minister Jo Lind spoke.", "the First Minister", 0, 29) is None
    True
    """
    found = _THE_OFFICE.fullmatch(mention)
    if found is None:
        return None
    office = found["office"]
    if office.rpartition(" ")[2].lower() not in ROLE_WORDS:
        return None
    at = text.find(office, lo, hi)
    while at >= 0:
        after = text[at + len(office) : at + len(office) + 2]
        if after[:1] == " " and after[1:2].islower():
            return office
        at = text.find(office, at + 1, hi)
    return None


def _as_said(name: str, mention: str) -> bool:
    """Whether *name* is *mention* as the text says it (read by no one else),
    its words spaced as the name spaces them: a mention cut by a line break
    reads ``the  aide`` where a wrapper ended a line with ``\\r\\n``.

    >>> _as_said("the aide", "the aide"), _as_said("the aide", "the  aide")
    (True, True)
    >>> _as_said("Jo Lind", "the aide")
    False
    """
    return name == mention or ("  " in mention and name == " ".join(mention.split()))


def _lede_head(name: str) -> str | None:
    """The head noun of *name* when it describes someone unnamed with an article
    or an owner (``A former top aide to New York City's mayor``: ``aide``,
    ``General Motors' top executive``: ``executive``), else ``None``.

    >>> _lede_head("General Motors' top executive"), _lede_head("A former aide to the mayor")
    ('executive', 'aide')
    >>> _lede_head("Jo Lind"), _lede_head("A spokesman for Acme"), _lede_head("the ministry")
    (None, 'spokesman', None)
    """
    words = name.split()
    if len(words) < 2 or len(words) > 10:
        return None
    owner = next(
        (i for i, word in enumerate(words) if word.endswith(("'s", "'", "\u2019s", "\u2019"))),
        -1,
    )
    if words[0].lower() in _LEDE_OPENERS:
        cut = next((k for k in range(1, len(words)) if not words[k].islower()), len(words))
        cut = next((k for k in range(1, cut) if words[k] in _AFTER_HEAD or words[k] == "to"), cut)
        head = words[cut - 1]
    elif 0 <= owner < len(words) - 1 and all(word.islower() for word in words[owner + 1 :]):
        head = words[-1]
    else:
        return None
    return head if head in _LEDE_FITS else None


def _lede_author(text: str, lede: int, nxt: int, person: _Person) -> bool:
    """Whether the paragraph at *nxt* opens on a document the lede (at *lede*)
    names too, written by *person* (``... arguing in a memo sent Sunday`` then
    ``The four-page memo, written by Robby Mook, ...``)."""
    before = text[nxt : person.position]
    if not before.endswith(" by "):
        return False
    words = "".join(char if char.isalpha() else " " for char in before.lower()).split()
    nouns = {word for word in words if _document(word)}
    if not nouns:
        return False
    lede_words = "".join(c if c.isalpha() else " " for c in text[lede:nxt].lower()).split()
    return not nouns.isdisjoint(lede_words)


def _name_described_lede(
    text: str,
    attributions: dict[int, Attribution],
    people: Sequence[_Person],
    positions: list[int],
    starts: list[int],
) -> None:
    """Name the first speaker when the lede describes it and the next paragraph
    opens on the person who holds that office (``General Motors' top executive
    said ...`` then ``Chief Executive Mary Brandt made the remarks ...``): every
    speaker of the lede known only by that description is that person."""
    first = min(attributions)
    speaker = attributions[first].speaker
    head = _lede_head(speaker.name)
    if head is None:
        return
    para = bisect_right(starts, speaker.span.start) - 1
    if para < 0 or para + 1 >= len(starts):
        return
    nxt = starts[para + 1]
    at = bisect_left(positions, nxt)
    if at >= len(people) or positions[at] - nxt > _LEDE_NAME_REACH:
        return
    named = bisect_left(positions, starts[para])
    if speaker.mention == speaker.name:
        # (but the owner of the description: "Hillary Clinton's campaign manager")
        while named < at and speaker.span.start <= positions[named] < speaker.span.end:
            named += 1
    if named != at:
        return  # the lede names someone in full: not a speaker named only after it
    person = people[at]
    stop = text.find(". ", positions[at], nxt + _LEDE_SENTENCE)
    sentence = f"{person.role or ''} {text[nxt : stop if stop >= 0 else nxt + _LEDE_SENTENCE]}"
    words = "".join(char if char.isalpha() else " " for char in sentence.lower()).split()
    if _LEDE_FITS[head].isdisjoint(words) and not _lede_author(text, starts[para], nxt, person):
        return  # (no word of the office: "A spokesman said ... Jo Lind, 45, was charged")
    for key, attribution in attributions.items():
        said = attribution.speaker
        if said.span.start < nxt and said.name == speaker.name:
            renamed = Speaker(
                name=person.name, mention=said.mention, span=said.span, role=said.role
            )
            attributions[key] = Attribution(renamed, attribution.cue, attribution.kind)


#: Words of a body's name that make it no company (``the Ministry of Health``,
#: ``Oxford University``): ``the company`` is never one of these.
_PUBLIC_WORDS = (ORGANISATION_WORDS | COMPANY_WORDS) - {
    "company", "firm", "group", "inc", "incorporated", "corp", "corporation", "co", "cos",
    "ltd", "limited", "plc", "llc", "llp", "lp", "sa", "ag", "nv", "bv", "spa", "gmbh",
    "kk", "bhd", "pty", "securities", "bank", "brothers", "bros", "holdings",
    "investments", "resources", "services", "industries", "technologies", "airlines",
    "airways", "motors", "records", "studios", "productions", "entertainment",
    "pictures", "media", "partners", "associates", "markets", "trust", "hotel", "casino",
}  # fmt: skip
#: Words of a name that make it no company's: a public body's or a person's.
_NO_COMPANY_WORDS = _PUBLIC_WORDS | PERSON_NOUNS
#: ``its``, or ``it`` and an auxiliary, after an organisation that is a cue's
#: subject, in its sentence (``Twitter said its``, ``Acme said that it would``).
_COMPANY_TAIL = regex.compile(
    # (a short quote on the way: 'said the claims were "without merit" and that it would')
    r"(?:[^.!?;\n\"\u201c\u201d]|\"[^\"\n]{1,40}+\"|\u201c[^\u201d\n]{1,40}+\u201d){0,60}?"
    r"\b(?:its|it[ ](?:would|will|had|has|plans|planned"
    r"|expects|expected|intends|intended|could|can|may|might|should|hoped|hopes))\b"
)
#: A possessive and a noun set off before a name (``Her promoter, ``).
_SET_OFF_NOUN = regex.compile(r"\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)[ ](\p{Ll}+),[ ]\Z")
#: How far (characters) before a name :data:`_SET_OFF_NOUN` is read.
_SET_OFF_NOUN_REACH = 40
#: How far (characters) back ``the company`` looks for the organisation that spoke.
_COMPANY_REACH = 1000


def _company_noun(mention: str) -> bool:
    """Whether *mention* is ``the`` and a noun for a company or a group.

    >>> _company_noun("the company"), _company_noun("The firm"), _company_noun("the ministry")
    (True, True, False)
    """
    return mention[:4] in _THE_SPACED and mention[4:] in _COMPANY_NOUNS


#: ``the`` and its space, as a mention opens with it.
_THE_SPACED = frozenset({"the ", "The "})


#: A cue after a speaker, the statement or release it was made in, and *it* or *its*
#: (``said in a statement that it was``, ``said in a news release on Monday its``):
#: a body, which speaks of itself as *it* in its own statement.
_BODY_TAIL = LazyPattern(
    r"[ ](?:said|says|announced|added|stated|confirmed|insisted|acknowledged)"
    r"(?:[ ]on[ ]\p{Lu}\p{Ll}++)?+[ ](?:in|through)[ ](?:a|an|its)[ ]"
    r"(?:written[ ]|brief[ ]|short[ ]|news[ ]|press[ ])?+"
    r"(?:statement|release|email|e-mail|filing)(?:[ ]on[ ]\p{Lu}\p{Ll}++)?+,?+"
    r"[ ](?:that[ ])?+(?:it|its)[ ]"
)


def _body_subject(name: str, text: str, end: int) -> bool:
    """Whether the speaker *name*, ending at *end*, is a body: two to five
    capitalised words whose first is no known first name, who said in a statement
    or a release what *it* was or would do (``Lakeshore Logistics said in a
    statement that it was``).  *He* and *she* never stand for it.

    >>> text = 'Harbor Freightways said in a statement that it was "shocked" and'
    >>> _body_subject("Harbor Freightways", text, 18)
    True
    >>> _body_subject("Lind", "Lind said that it was late.", 4)
    False
    >>> _body_subject("Harbor Freightways", "Harbor Freightways said. It was late.", 18)
    False
    >>> _body_subject("Mykola Hrytsiv", "Mykola Hrytsiv said that it was late.", 14)
    False
    """
    words = name.split()
    if (
        not 2 <= len(words) <= 5
        or not all(word[:1].isupper() or word in ("of", "and", "&") for word in words)
        or _first_name_gender(name) is not None
        or words[0].lower() in UNISEX_FIRST_NAMES
    ):
        return False
    return _BODY_TAIL.match(text, end) is not None


#: A name of up to four capitalised words that opens a sentence, then a lower-case
#: word (``OPEC+ agreed``, ``Acme Bank cut``).
_NAME_OPENING = LazyPattern(r"(\p{Lu}[\p{L}\p{N}&+\-]*+(?: \p{Lu}[\p{L}\p{N}&+\-]*+){0,3}) \p{Ll}")
#: Nouns for a group that named itself, or for its members (``the hackers``).
#: (Not ``the group``, which a company or a body named since may be.)
_SELF_NAMED_NOUNS = frozenset(
    {"hackers", "gang", "militants", "attackers", "collective", "extortionists",
     "kidnappers", "rebels", "insurgents"}
)  # fmt: skip
#: A group introduced by the name it gave itself (``a group calling itself
#: Nightjar``, ``a gang known as Black Vine``).
_SELF_NAMED_GROUP = LazyPattern(
    r"\b(?:group|gang|collective|crew|outfit|network|cell|organi[sz]ation) "
    r"(?:calling itself|that calls itself|which calls itself|known as) "
    r"(\p{Lu}[\p{L}\p{N}\-]*+(?: \p{Lu}[\p{L}\p{N}\-]*+){0,3})"
)
#: How far back (characters) a group's own name is looked for.
_SELF_NAMED_REACH = 3000


def _self_named_group(text: str, start: int) -> str | None:
    """The one group introduced by its own name before *start* (``A group calling
    itself Nightjar claimed the attack``), for ``the hackers`` or ``the group``
    after it, or ``None`` when none or several are.

    >>> _self_named_group("A group calling itself Nightjar struck. Then", 40)
    'Nightjar'
    """
    names = {
        match.group(1)
        for match in _SELF_NAMED_GROUP.finditer(text, max(0, start - _SELF_NAMED_REACH), start)
    }
    return names.pop() if len(names) == 1 else None


#: A dateline before a lede's first words (``VIENNA/DUBAI (Reuters) - ``).
_DATELINE_LEAD = LazyPattern(
    r"\p{Lu}[\p{Lu}\p{M}/,.' ]{1,60}+(?:\([\p{L} ]{2,30}+\) ?)?[-\u2013\u2014]{1,2}+ "
)
#: A cue, then a stop or a comma (``said.``, ``said,``): an inverted cue's end.
_CUE_CLOSING = LazyPattern(r" \p{Ll}++[.,;]")
#: How far (characters) around an inverted company noun its name is looked for again.
_NAME_AGAIN_REACH = 2000


def _occurrences(text: str, needle: str) -> Iterator[int]:
    """The offsets in *text* right after each *needle*'s first character."""
    at = text.find(needle)
    while at >= 0:
        yield at + 1
        at = text.find(needle, at + 1)


#: How far back (characters) the sentence of an inverted company noun is read.
_INVERTED_COMPANY_REACH = 300


def _past_indent(text: str, at: int, end: int) -> int:
    """Where the sentence opening at *at* starts, past a paragraph's indent of
    spaces or tabs (wire copy, tab-indented text), before *end*.

    >>> _past_indent("    Orbis said", 0, 14), _past_indent("Orbis said", 0, 10)
    (4, 0)
    """
    while at < end and text[at] in " \t":
        at += 1
    return at


def _inverted_company(text: str, start: int, index: dict[str, list[_Person]]) -> str | None:
    """The organisation that opens the sentence whose cue *the company* (or *the
    group*, *the airline* ...) at *start* inverts after a comma (``OPEC+ agreed
    on Sunday to extend its cuts, the group said``), or ``None``: a name of no
    person named before, no place and no function word.

    >>> _inverted_company("OPEC+ agreed to extend cuts, the group said.", 29, {})
    'OPEC+'
    >>> _inverted_company("VIENNA (Reuters) - OPEC+ agreed to cut, the group said.", 40, {})
    'OPEC+'
    >>> _inverted_company("Russia agreed to extend cuts, the group said.", 30, {}) is None
    True
    """
    after = text.find(" ", start + 4)
    if text[start - 2 : start] != ", " or after < 0 or _CUE_CLOSING.match(text, after) is None:
        return None  # (not "Late last month, the company wrote a letter")
    floor = max(0, start - _INVERTED_COMPANY_REACH)
    opening = max(text.rfind(". ", floor, start), text.rfind("\n", floor, start))
    if opening < 0 and floor > 0:
        return None
    opening = opening + (1 if text[opening : opening + 1] == "\n" else 2) if opening >= 0 else 0
    opening = _past_indent(text, opening, start)
    lead = _DATELINE_LEAD.match(text, opening, start)
    if lead is not None:
        opening = lead.end()  # "VIENNA (Reuters) - OPEC+ agreed"
    match = _NAME_OPENING.match(text, opening, start)
    if match is None:
        return None
    name = match.group(1)
    words = name.split()
    if (
        words[0].lower() in _FUNCTION_CAPS
        or words[0].lower() in MALE_FIRST_NAMES
        or words[0].lower() in FEMALE_FIRST_NAMES
        or _title_word(words[0])
        or name in COUNTRIES
        or name in US_STATE_NAMES
        or is_known_place(name)
        or _lookup(index, words[-1], start) is not None
    ):
        return None
    if name.isalpha() and not name.isupper():
        # a name of letters is one written so inside a sentence too, near it ("Skyvale
        # shares fell"), not a common word opening one ("Evaluation of the field")
        near = text[max(0, start - _NAME_AGAIN_REACH) : start + _NAME_AGAIN_REACH]
        if not any(
            near[at - 2 : at - 1].islower() or near[at - 2 : at - 1] == ","
            for at in _occurrences(near, " " + name + " ")
        ):
            return None
    return name


#: How far back (characters) a company noun before a name is read.
_COMPANY_NOUN_REACH = 16


#: How far (characters) before an ``it`` its sentence's opening subject is read.
_IT_OPENING_REACH = 400
#: A capitalised run that opens a sentence (after a dateline, if any) and the
#: lower-case word after it (``SAN FRANCISCO — Orbis on Tuesday unveiled``).
_IT_OPENING = LazyPattern(
    # (a dateline: "SAN FRANCISCO — ", "AUSTIN, Texas (AP) - ")
    r"(?:\p{Lu}[\p{Lu}.']*+(?:[ ][\p{Lu}.']++)*+(?:,[ ]\p{Lu}[\p{L}.]*+)?"
    r"(?:[ ]\([^)\n]{1,30}+\))?[ ]\p{Pd}[ ])?"
    r"(\p{Lu}[\p{L}\-]*+(?:[ ]\p{Lu}[\p{L}\-]*+){0,3}+)[ ]\p{Ll}"
)
#: A sentence's end before an ``it``, or a line break (read backwards).
_IT_SENTENCE_BREAK = LazyPattern(r"[.!?][\"\u201d\u2019)]?\s|\n", regex.REVERSE)
#: What in a sentence may stand between its subject and an ``it`` that is another's
#: (a person or a group that may be its antecedent, or a new sentence in quotes).
_IT_OTHER_SUBJECT = LazyPattern(r"\b(?:he|she|they|He|She|They)\b|[;:]")


def _it_opening_body(text: str, start: int) -> str | None:
    """The organisation that opens the sentence of an ``it`` at *start* that
    nothing else names: capitalised words no one is named by, the sentence's
    subject (``Orbis on Tuesday unveiled a headset it described as "..."``).

    >>> _it_opening_body('Orbis unveiled a headset it called "bold."', 25)
    'Orbis'
    >>> text = 'SAN FRANCISCO — Orbis on Tuesday unveiled a phone it called "bold."'
    >>> _it_opening_body(text, text.index(" it ") + 1)
    'Orbis'
    >>> _it_opening_body('The firm unveiled a phone it called "bold."', 26) is None
    True
    >>> _it_opening_body('Jane Lind unveiled a phone it called "bold."', 27) is None
    True
    >>> _it_opening_body('France said it was "ready."', 12) is None
    True
    """
    lo = max(0, start - _IT_OPENING_REACH)
    brk = _IT_SENTENCE_BREAK.search(text, lo, start)
    if brk is not None:
        lo = brk.end()
    elif lo > 0:
        return None  # (a sentence too long to read)
    lo = _past_indent(text, lo, start)
    opening = _IT_OPENING.match(text, lo, start)
    if opening is None:
        return None
    name = opening.group(1)
    words = name.split()
    if (
        words[0].lower() in _FUNCTION_CAPS
        or any(_bare(word.lower()) in _NO_COMPANY_WORDS for word in words)
        or _first_name_gender(name) is not None
        or words[0].lower() in UNISEX_FIRST_NAMES
        or words[0].lower() in _FIRST_NAMES
        or name in COUNTRIES
        or name in US_STATE_NAMES
        or is_known_place(name)
        or _IT_OTHER_SUBJECT.search(text, opening.end(1), start) is not None
        or _inside_quote(text, lo, start)
    ):
        return None
    return name


def _company_subject(name: str, text: str, start: int, end: int) -> bool:
    """Whether the speaker *name*, ending at *end*, is an organisation that a
    company noun may stand for: capitalised words that name no person, place or
    public body, followed in its sentence by ``its`` or by ``it`` and a verb
    that an organisation may have (``it would``, ``it has``; not ``it was``,
    said of anything), or set off after a noun for no person (``Her promoter,
    Live Arc, said``).

    >>> _company_subject("Skyvale", "Skyvale said it would cut jobs.", 0, 7)
    True
    >>> _company_subject("Lind", "Lind said he would go.", 0, 4)
    False
    >>> _company_subject("Ministry of Health", "Ministry of Health said it would", 0, 18)
    False
    >>> _company_subject("Russia", "Russia said its troops", 0, 6)
    False
    >>> _company_subject("Brightwave", "Telecom operator Brightwave said on", 17, 27)
    True
    >>> text = "Her promoter, Live Arc, said"
    >>> _company_subject("Live Arc", text, 14, 22), _company_subject("Jo Lind", "His aide, Jo Lind, said", 10, 17)
    (True, False)
    """
    words = name.split()
    if (
        not words
        or len(words) > 5
        or not all(word[:1].isupper() or word in ("of", "and", "&") for word in words)
        or words[0].lower() in PERSON_PRONOUNS
        or any(_bare(word.lower()) in _NO_COMPANY_WORDS for word in words)
        or name in COUNTRIES
        or name in US_STATE_NAMES
        or is_known_place(name)
    ):
        return False
    if _COMPANY_TAIL.match(text, end) is not None:
        return True
    at = end - len(name)
    if (
        len(words) == 1  # (no first name: "Crane operator Jo Lind" is a person)
        and words[0].lower() not in MALE_FIRST_NAMES
        and words[0].lower() not in FEMALE_FIRST_NAMES
        and text.endswith(name, start, end)
        and text[at - 1 : at] == " "
        and text[max(0, at - _COMPANY_NOUN_REACH) : at - 1].rpartition(" ")[2] in _COMPANY_NOUNS
    ):
        return True  # "Telecom operator Brightwave said": a company noun before the name
    if not text.startswith(",", end):
        return False
    noun = _SET_OFF_NOUN.search(text, max(0, start - _SET_OFF_NOUN_REACH), start)
    held = _bare(noun.group(1).lower()) if noun is not None else ""
    return bool(held) and held not in PERSON_NOUNS and held not in _ROLE_HEADS


def _unnamed_person(name: str) -> bool:
    """Whether the speaker *name* is one person described by a noun, not named
    (``One aid worker``, ``a teacher``): ``he`` or ``she`` after it in its
    paragraph stands for it.

    >>> [_unnamed_person(n) for n in ("One aid worker", "a teacher", "Jo Lind", "the ministry")]
    [True, True, False, False]

    So is one described by a noun after a name's possessive (``Danny's rep``,
    ``Lind's spokeswoman``; not ``Lind's office``).

    >>> [_unnamed_person(n) for n in ("Danny's rep", "Lind's office", "Lind's")]
    [True, False, False]
    """
    if _noun_after(name, _INDEFINITE_OPENERS) is not None:
        return True
    owner, _, noun = name.partition(" ")
    return (
        owner.endswith(_POSSESSIVE_ENDS)
        and owner[:1].isupper()
        and noun.islower()
        and " " not in noun
        and noun in PERSON_NOUNS
    )


#: Nouns for a source whom wire copy does not name and goes on quoting (``one of
#: his aides said ... the aide said ... he said``).
_UNNAMED_SOURCES = frozenset(
    {"aide", "official", "source", "dealer", "trader", "banker", "diplomat", "insider",
     "broker", "negotiator"}
)  # fmt: skip


def _opens_sentence_or_follows_quote(text: str, start: int) -> bool:
    """Whether a mention at *start* opens its sentence or paragraph or follows
    a closing quotation mark (``"...," the aide said``)."""
    before = text[max(0, start - 8) : start].rstrip()
    return not before or before[-1] in '.!?"\u201d\n' or before.endswith(("\n", ',"'))


def _definite_unnamed(name: str) -> bool:
    """Whether the speaker *name* is one person no name stands for, described by
    *the* and a noun (``the aide``, ``The dealer``), as a source who is not named
    goes on in wire copy (``"...," the aide said. ... he said``).

    >>> [_definite_unnamed(n) for n in ("the aide", "The dealer", "the aides", "The most")]
    [True, True, False, False]

    Only a noun for a source who is not named, not an epithet of one named
    (``the businessman``, ``the senator``).

    >>> _definite_unnamed("the businessman")
    False
    """
    article, _, noun = name.partition(" ")
    return article.lower() == "the" and noun in _UNNAMED_SOURCES


#: Words that tell one more of several described alike (``The third agent``).
_ORDINALS_RANK = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_ORDINALS = frozenset(_ORDINALS_RANK) | {"other"}


def _rank(name: str) -> int:
    """Which of several described alike *name* is: 2 for ``A second agent``,
    ``another agent`` or ``the other agent``, 3 for ``The third agent``, else 1.

    >>> [_rank(n) for n in ("A second agent", "another agent", "The third agent", "an agent")]
    [2, 2, 3, 1]
    """
    words = name.lower().split()
    if words and words[0] == "another":
        return 2
    if len(words) > 1 and words[1] in _ORDINALS:
        return 2 if words[1] == "other" else _ORDINALS_RANK.get(words[1], 1)
    return 1


def _ordinal_description(name: str) -> bool:
    """Whether *name* describes one more person by an ordinal after *the*.

    >>> [_ordinal_description(n) for n in ("The third agent", "the other officer", "the agent")]
    [True, True, False]
    """
    words = name.split()
    return (
        2 < len(words) <= 5
        and words[0].lower() == "the"
        and words[1].lower() in _ORDINALS
        and _noun_after(name, _DEFINITE) is not None
    )


def _noun_after(name: str, openers: frozenset[str]) -> str | None:
    """The person noun that heads *name* after one of *openers*, or ``None``:
    its last word, or the word before what follows the head (``a person
    familiar with the matter``, ``an aide briefed on the talks``).

    >>> _noun_after("a person familiar with the matter", _INDEFINITE_OPENERS)
    'person'
    >>> _noun_after("a senior aide", _INDEFINITE_OPENERS), _noun_after("a view of", _DEFINITE)
    ('aide', None)
    """
    words = name.split()
    if len(words) < 2 or words[0].lower() not in openers:
        return None
    cut = next((k for k in range(2, len(words)) if words[k] in _AFTER_HEAD), len(words))
    head = words[cut - 1]
    return head if head.islower() and (head in PERSON_NOUNS or head in _ROLE_HEADS) else None


#: Words that open what follows the head noun of a description of someone not
#: named (``a person familiar with``, ``an official briefed on``, ``one aide who``).
_AFTER_HEAD = frozenset(
    {"familiar", "with", "who", "briefed", "close", "involved", "knowledgeable", "aware",
     "speaking", "at", "in", "of", "for", "from", "on", "to"}
)  # fmt: skip


def _new_description(name: str, person: _Person) -> bool:
    """Whether the description *name* (``The state's attorney general``) names
    someone other than *person*: it is owned (``the state's``, ``Acme's``) and
    its head noun is none of the words of the person's role (``lead
    organiser``); a person with no role known may be anyone so described.

    >>> lind = _Person("Ana Reyes", "the group's lead organiser", "female", 0)
    >>> _new_description("The state's attorney general", lind)
    True
    >>> _new_description("The group's lead organiser", lind), _new_description("the attorney general", lind)
    (False, False)
    """
    words = name.split()
    if len(words) < 3 or not words[1].endswith(_POSSESSIVE_ENDS):
        return False
    held = person.role or person.described or person.before
    if not held:
        return False
    return _bare(words[-1].lower()) not in {_bare(word) for word in held.lower().split()}


def _described_person(name: str) -> bool:
    """Whether the speaker *name* is one person described with ``the`` and
    not named (``the former president``): ``he`` or ``she`` that finds no one
    named after it stands for it.

    >>> [_described_person(n) for n in ("the former president", "The coach")]
    [True, True]
    >>> [_described_person(n) for n in ("the ministry", "the officials", "Jo Lind", "a nurse")]
    [False, False, False, False]

    A word that counts people is no person (``The most telling promise``,
    ``the two``, ``the crowd``):

    >>> [_described_person(n) for n in ("The most", "the two", "the crowd", "the people")]
    [False, False, False, False]
    """
    head = _noun_after(name, _DEFINITE)
    return head is not None and head not in _NO_ONE_PERSON


_DEFINITE = frozenset({"the"})


#: Heads of a description that count or gather people: no one person.
_NO_ONE_PERSON = _QUANTIFIERS | frozenset(
    {"people", "audience", "crowd", "chorus", "majority", "minority", "hundreds",
     "thousands", "dozens", "percent", "everyone", "anyone", "someone", "nobody",
     "everybody", "somebody", "others"}
)  # fmt: skip


#: The genders of ``he`` and ``she`` (not ``they``).
_HE_SHE_GENDERS = frozenset({"male", "female"})
#: The genders an unnamed speaker's noun gives for pronouns in its own paragraph only.
#: A verb right after a speaker's mention (past a few short phrases of time or
#: place) and *her*, *him* or *his* right after it (``One reviewer in 1979
#: dismissed her work``).
_VERB_OBJECT = LazyPattern(
    r"(?:[ ](?:in|on|at|of|from|for|last|this)[ ][\p{L}\p{N}]++){0,3}+"
    r"[ ](\p{Ll}++)[ ](her|him|his)\b"
)
#: Verbs that take a clause, whose *her* or *his* may be the subject's own (``One
#: nurse said her team``).
_CLAUSE_TAKERS = frozenset(
    {"said", "says", "saying", "added", "adds", "wrote", "writes", "noted", "notes",
     "explained", "argued", "insisted", "recalled", "thought", "believed", "felt", "knew",
     "warned", "predicted", "complained", "suggested", "claimed", "told", "tells", "and",
     "or", "but", "who", "that", "with", "to", "by", "lost", "loses", "left", "leaves",
     "thanked", "raised", "lifted", "shook", "shakes", "nodded", "shrugged", "held", "holds",
     "is", "was", "has", "had"}
)  # fmt: skip
_OBJECT_GENDERS = {"her": "female", "him": "male", "his": "male"}


def _object_gender(text: str, end: int) -> str | None:
    """The gender of *her*, *him* or *his* as the object of the verb right after a
    speaker's mention ending at *end* (``One reviewer in 1979 dismissed her work``):
    someone else of that gender, whom a *she* after it stands for rather than the
    speaker.  None after a verb that takes a clause or that a possessive of one's
    own often follows (``One nurse said her team``, ``A worker lost his job``).

    >>> _object_gender("One reviewer in 1979 dismissed her work as", 12)
    'female'
    >>> _object_gender("One nurse said her team", 9), _object_gender("A worker lost his job", 8)
    (None, None)
    """
    found = _VERB_OBJECT.match(text, end)
    if found is None or found.group(1) in _CLAUSE_TAKERS:
        return None
    return _OBJECT_GENDERS[found.group(2)]


_LOCAL_GENDERS: dict[str, str | None] = {
    "either": None,
    "either-chained": None,  # (:data:`_CHAINED`)
    "either-male": "male",
    "either-female": "female",
}
#: The gender of an unnamed one of either gender that a pronoun went on (``the
#: aide said ... he said``): the next pronoun may come a paragraph later.
_CHAINED = "either-chained"
#: Nouns for a person of one gender (``a young man``, ``one woman``).
_HEAD_GENDERS = {
    **dict.fromkeys(("man", "boy", "gentleman"), "either-male"),
    **dict.fromkeys(("woman", "girl", "lady"), "either-female"),
}
#: A capitalised word (a surname named between an unnamed speaker and a pronoun).
_CAPITALISED = regex.compile(r"\b\p{Lu}[\p{L}'\u2019\-]++")
#: At most this many tokens of a relative clause stand between an indefinite
#: speaker and the cue (``A farmer who lost most of his herd said``).
_RELATIVE_REACH = 32
#: How many paragraphs before one described speaks the one named before must have
#: spoken for *he* or *she* after the one described to stand for it.
_DESCRIBED_GAP = 3
#: How far (characters) back ``the official`` looks for ``an official`` who spoke.
_DESCRIBED_REACH = 3000
#: A restrictive relative clause right after a description (``the person who plays``).
_RESTRICTIVE = regex.compile(r"[ \n](?:who|whom|whose|that)\b")
#: Role words that head a description of one person (``the former president``).
_ROLE_HEADS = ROLE_WORDS - _ROLE_LINKS - _OFFICE_MODIFIERS
#: Words that open a description of one person not named (``One aid worker``, ``a nurse``).
_INDEFINITE_OPENERS = frozenset({"a", "an", "one", "another"})


#: Nouns for a person that give a gender (``a spokeswoman``, ``the boy's father``).
_GENDERED_NOUNS = {
    **dict.fromkeys(
        ("spokeswoman", "chairwoman", "congresswoman", "councilwoman", "businesswoman",
         "policewoman", "mother", "daughter", "wife", "sister", "grandmother", "widow",
         "aunt", "niece", "actress"),
        "female",
    ),
    **dict.fromkeys(
        ("spokesman", "congressman", "councilman", "businessman", "policeman", "father",
         "son", "husband", "brother", "grandfather", "widower", "uncle", "nephew"),
        "male",
    ),
}  # fmt: skip


def _noun_gender(name: str) -> str | None:
    """The gender that the head noun of an unnamed speaker gives, or ``None``.

    >>> _noun_gender("A spokeswoman for the ministry"), _noun_gender("a boy's father")
    ('female', 'male')
    >>> _noun_gender("his brother"), _noun_gender("the spokesman")
    (None, 'male')
    >>> _noun_gender("Jo Lind"), _noun_gender("officials")
    (None, None)
    >>> _noun_gender("A Department of Agriculture spokesman"), _noun_gender("a friend of the mother")
    ('male', None)
    """
    words = name.split()
    indefinite = bool(words) and words[0].lower() in {"a", "an", "one", "another"}
    last = words[-1].lower() if len(words) > 2 else ""
    if (
        last in _GENDERED_NOUNS
        and words[-1].islower()
        and (indefinite or last in _SPOKES)
        and all(word[:1].isupper() or word in _BODY_NAME_LINKS for word in words[1:-1])
    ):
        return _GENDERED_NOUNS[last]  # "A Department of Agriculture spokesman"
    for word in words[:4]:
        low = word.lower()
        if low in {"for", "of", "at", "from", "to", "with"}:
            break
        if low in _GENDERED_NOUNS and word.islower() and (indefinite or low in _SPOKES):
            return _GENDERED_NOUNS[low]
    return None


#: Nouns for whoever speaks for a body: a pronoun may stand for one named so
#: with a definite article too (``the spokesman``); other nouns only when
#: indefinite (``a woman's father``, not ``his brother``, who was named before).
_SPOKES = frozenset({"spokesman", "spokeswoman"})


#: Heads of ``the ministry``, ``the bank``: a body that :func:`_named_body` names.
#: Nouns for a regulator (``the watchdog said``), and the heads of the names of
#: the bodies they stand for (``Data Protection Commission``, ``Financial Conduct
#: Authority``): the one such body named before.
_REGULATOR_NOUNS = frozenset({"regulator", "watchdog"})
_REGULATOR_BODIES = ("commission", "authority", "agency", "board", "office")
_BODY_HEADS = frozenset(
    {"ministry", "department", "agency", "bank", "council", "commission", "committee",
     "board", "authority", "institute", "foundation", "university", "bureau",
     "association", "federation", "court", "company", "firm", "group", "airline", "club"}
)  # fmt: skip
#: Heads of ``the airline``, ``the chain``: a body whose name may be set off after it.
_SET_OFF_BODY_HEADS = _BODY_HEADS | frozenset(
    {"chain", "retailer", "carrier", "insurer", "lender", "maker", "manufacturer",
     "supermarket", "operator", "broadcaster", "publisher", "startup", "charity",
     "developer", "supplier", "utility", "regulator", "watchdog"}
)  # fmt: skip
#: A body's name set off by commas after its description (``, Skylane,``, ``, Crumb & Co,``).
_SET_OFF_BODY = regex.compile(
    r", (\p{Lu}[\p{L}\p{M}'\u2019\-]*+(?: (?:&|\p{Lu}[\p{L}\p{M}'\u2019\-]*+)){0,3}),"
)
#: The words of a body's name after its head (``of Health``, ``for Work and Pensions``).
_BODY_NAME_TAIL = r"(?:[ ](?:of|for)(?:[ ]the)?(?:[ ](?:\p{Lu}[\p{L}&'\u2019.\-]*+|and)){1,5}+)?+"
#: Capitalised words before a body's head (``Acme``, ``European Central``), maybe
#: two spaces apart where a joined line broke (``the Environment  Agency``).
_BODY_NAME_HEAD = r"(?<![\p{L}\p{M}\-])((?:\p{Lu}[\p{L}\p{M}&'\u2019.\-]*+[ ]{1,2}+){0,4})"
#: Names of companies by their legal form (``Acme Corp``, ``Acme Holdings Ltd``).
_COMPANY_NAME = regex.compile(
    r"(?<![\p{L}\p{M}\-])((?:\p{Lu}[\p{L}\p{M}&'\u2019\-]*+[ ](?:(?:and|&)[ ])?){1,5})"
    r"(?:Inc|Corp|Co|Ltd|Plc|PLC|LLC|AG|SA|NV|GmbH|Group|Holdings)\b\.?+"
    r"(?:[ ](?:Inc|Corp|Co|Ltd|Plc|PLC|LLC)\b\.?+)?+"  # "Acme Co. Ltd."
)
#: The legal forms that end :data:`_COMPANY_NAME`.
_LEGAL_FORMS = frozenset(
    {"Inc", "Corp", "Co", "Ltd", "Plc", "PLC", "LLC", "AG", "SA", "NV", "GmbH",
     "Inc.", "Corp.", "Co.", "Ltd."}
)  # fmt: skip
#: At most this many characters before a body noun are searched for its name.
_BODY_NAME_REACH = 4000


def _named_body(text: str, head: str, start: int) -> str | None:
    """The one body named before *start* whose name holds *head* capitalised
    (``the ministry`` -> ``Ministry of Health``, ``the bank`` -> ``Acme Bank``), or
    for ``the company`` and ``the firm`` the one company named with its legal form
    (``Acme Corp``); ``None`` when none or several are.

    The names in *text* are found once for each head (:func:`_body_names`), or
    only on the lines around *start* while those lines add up to less than the text.

    >>> _named_body("The Ministry of Health warned. Then", "ministry", 35)
    'Ministry of Health'
    >>> _named_body("Acme Corp and Bolt Inc met. Then", "company", 30) is None
    True
    >>> _named_body("In Acme Lynch and Smith Ltd, staff met. Then", "firm", 40)
    'Acme Lynch and Smith Ltd'
    """
    names = _body_names(text, "company" if head == "firm" else head, start)
    ends = names[0]
    lo, hi = bisect_left(ends, start - _BODY_NAME_REACH + 1), bisect_left(ends, start + 1)
    found = set(names[1][lo:hi])
    return next(iter(found)) if len(found) == 1 else None


#: The text last read by :func:`_body_names`, the names found in it for each head,
#: and the characters read so far around single mentions for each head.
_BODY_CACHE: list[tuple[str, dict[str, tuple[list[int], list[str]]], dict[str, int]]] = []
#: At most this far before and after a mention a line break is looked for, to read
#: only the lines around it (a name never runs over a line break).
_BODY_LINE_REACH = 1000


def forget_text() -> None:
    """Drop the text that :func:`_named_before`, :func:`_body_names`,
    :func:`_written`, :func:`_election_words_at`, :func:`_ends_a_name` and
    :func:`_introduced_as` keep between their calls for one text (the quote
    finder calls this when it is done, so that no caller's text outlives the
    call; a thread reading another text meanwhile keeps its own entry, and only
    reads again what it dropped)."""
    _NAMED_CACHE.clear()
    _BODY_CACHE.clear()
    _ELECTION_WORDS_FOUND.clear()
    _WRITTEN_FOUND.clear()
    _RUN_STARTS.clear()
    _ends_a_name.cache_clear()
    _introduced_as.cache_clear()  # (keyed on the words of people's introductions)


def _body_names(text: str, head: str, start: int) -> tuple[list[int], list[str]]:
    """The ends and names of the bodies with *head* named in *text*, in order:
    all of them, or (while the lines read so far for *head* add up to less than
    the text) those on the lines from :data:`_BODY_NAME_REACH` before *start* to
    *start*'s line end.  A name holds no line break, so the names that end in
    that reach are the same whole names as in a reading of the whole text."""
    entry = _BODY_CACHE[0] if _BODY_CACHE else None
    if entry is None or entry[0] is not text:
        entry = (text, {}, {})
        _BODY_CACHE[:] = [entry]  # (each caller keeps its own entry: safe in threads)
    found = entry[1].get(head)
    if found is not None:
        return found
    reach = max(start - _BODY_NAME_REACH + 1, 0)
    floor = max(reach - _BODY_LINE_REACH, 0)
    low = text.rfind("\n", floor, reach) + 1 or (0 if floor == 0 else -1)
    high = text.find("\n", start, start + _BODY_LINE_REACH)
    if high < 0 and start + _BODY_LINE_REACH >= len(text):
        high = len(text)
    spent = entry[2].get(head, 0) + high - low
    window = low >= 0 and high >= 0 and spent < len(text)
    if window:
        entry[2][head] = spent  # (a few mentions: their lines, not the whole text, are read)
    pattern = _COMPANY_NAME if head == "company" else _body_pattern(head)
    ends: list[int] = []
    names: list[str] = []
    for match in pattern.finditer(text, low, high) if window else pattern.finditer(text):
        words = match.group(0).split()
        while len(words) > 1 and (
            words[0].lower() in _FUNCTION_CAPS or words[0].endswith("-based")
        ):
            del words[0]  # "In Acme Corp", "Washington-based Atlantic Council"
        if len(words) < 2 or words[0] in ("and", "&"):
            continue  # "Ministry" alone names no one
        if pattern is _COMPANY_NAME and any(
            word in _LEGAL_FORMS and words[i + 1] not in _LEGAL_FORMS
            for i, word in enumerate(words[:-1])
        ):
            continue  # "Acme Corp and Bolt Inc": two companies ("Acme Corp Ltd" is one)
        ends.append(match.end())
        names.append(" ".join(words))
    if window:
        return ends, names
    found = entry[1][head] = (ends, names)
    return found


_BODY_PATTERNS: dict[str, regex.Pattern[str]] = {}


def _body_pattern(head: str) -> regex.Pattern[str]:
    """The pattern of a body's name with *head* (``Acme Bank``, ``Ministry of Health``)."""
    pattern = _BODY_PATTERNS.get(head)
    if pattern is None:
        word = head.capitalize()
        pattern = _BODY_PATTERNS[head] = regex.compile(
            _BODY_NAME_HEAD + regex.escape(word) + r"(?![\p{L}\p{M}])" + _BODY_NAME_TAIL
        )
    return pattern


#: The possessive ends of a mention that owns what is said (``The agency's``).
_OWNER_ENDS = ("'s", "\u2019s")
#: Articles that never open a person's name (``said the Lisa Brandt``).
_NAME_ARTICLES = frozenset({"the", "a", "an"})
_NAME_ARTICLES_SPACED = frozenset(article + " " for article in _NAME_ARTICLES)


def _plain_name(name: str, held: bool = False, text: str = "") -> str:
    """*name* as a canonical name: no article before a person's name, capitals as in a name.

    ``the Lisa Brandt`` is ``Lisa Brandt``; a person's name written all in
    capitals (``MARK DOYLE``, as in transcripts and some wires) is
    ``Mark Doyle``.  The article goes when a common first name follows it.
    Capitals are a person's name of two to four words, each with a vowel and
    none an organisation's word, a role or a function word (``BBC NEWS``,
    ``US OFFICIALS``, ``NATO`` are kept as written, as is ``The Royal
    Society``), that opens with a common first name, or whose person *held*
    a role (``union chief MARK DOYLE``), or whose last word *text* writes in
    lower case too (``Doyle``); a heading in capitals is no name.

    >>> [_plain_name(n) for n in ("the Lisa Brandt", "JOHN O'NEILL", "The Royal Society", "NATO")]
    ['Lisa Brandt', "John O'Neill", 'The Royal Society', 'NATO']
    >>> [_plain_name(n, True) for n in ("MARK F. DOYLE JR.", "BBC NEWS", "US ARMY")]
    ['Mark F. Doyle Jr.', 'BBC NEWS', 'US ARMY']
    >>> _plain_name("SHORT READS"), _plain_name("EDGAR MOSS", text="Moss")
    ('SHORT READS', 'Edgar Moss')
    >>> _plain_name("the Georgia Democrat")
    'the Georgia Democrat'
    """
    if not name.isupper() and name[: name.find(" ") + 1 or 1].lower() not in _NAME_ARTICLES_SPACED:
        return name  # the common case: neither an article first nor capitals
    if name.endswith(_OWNER_ENDS) and name[name.rfind(" ") + 1 : name.rfind(" ") + 2].islower():
        return name[:-2]  # "The agency's response reads": the agency, no possessive
    words = name.split(" ")
    if len(words) < 2:
        return name
    if (
        len(words) >= 3
        and words[0].lower() in _NAME_ARTICLES
        and words[1].lower() in _FIRST_NAMES
        and all(_named_word(word) and _bare(word) not in _NOT_NAME_WORDS for word in words[1:])
        and words[-1].lower() not in _PARTY_WORDS  # "the Georgia Democrat"
    ):
        words = words[1:]  # "said the Lisa Brandt": an article is no part of a name
    if (
        name.isupper()
        and len(words) <= _CAPITAL_NAME_WORDS
        and all(map(_capital_name_word, words))
        and (held or words[0].lower() in _FIRST_NAMES or _written_lower(text, words[-1]))
        and not _place_label(name)  # "NEW YORK:" heads a section
    ):
        words = [_name_case(word) for word in words]  # "MARK DOYLE"
    return " ".join(words)


#: A party's member: ``the Georgia Democrat`` is no name.
_PARTY_WORDS = frozenset(
    {"democrat", "republican", "independent", "conservative", "liberal", "socialist", "tory"}
)

#: A name in capitals has at most this many words (``MARK F. DOYLE JR.``).
_CAPITAL_NAME_WORDS = 4


def _written_lower(text: str, word: str) -> bool:
    """Whether *text* writes the capitals *word* as a name too (``DOYLE`` as ``Doyle``)."""
    cased = _name_case(word.rstrip("."))
    at = text.find(cased)
    while at >= 0:
        end = at + len(cased)
        if (at == 0 or not text[at - 1].isalpha()) and not text[end : end + 1].isalpha():
            return True
        at = text.find(cased, end)
    return False


def _capital_name_word(word: str) -> bool:
    """A word of a person's name in capitals (``DOYLE``, ``O'NEILL``, ``F.``, ``JR.``):
    no organisation's word (``NEWS``, ``ARMY``) nor initials without a vowel (``BBC``)."""
    core = word.rstrip(".")
    low = core.lower()
    if len(core) == 1:
        return core.isalpha() and word.endswith(".")  # an initial
    return low in _SUFFIXES or (
        core.replace("'", "").replace("-", "").isalpha()
        and any(vowel in core for vowel in "AEIOUY")
        and low not in _NOT_NAME_WORDS
        and core not in _ACRONYM_WORDS
    )


#: Words in capitals that name no person (``NEWS``, ``OFFICIALS``, ``THE``).
_NOT_NAME_WORDS = _ORGANISATION_OR_FIRM | _HEADS | _FUNCTION_CAPS | _STOP


def _name_case(word: str) -> str:
    """A word of a name in capitals as a name writes it (``O'NEILL`` is ``O'Neill``,
    ``MCCANN`` ``McCann``, ``SMITH-JONES`` ``Smith-Jones``)."""
    return "-".join(
        "'".join(_mc(part.capitalize()) for part in piece.split("'")) for piece in word.split("-")
    )


def _mc(part: str) -> str:
    """``Mccann`` is ``McCann``."""
    return "Mc" + part[2:].capitalize() if part.startswith("Mc") and len(part) > 3 else part


#: A mention that stands for one of the signs named just before it.
_ONE_OF_THEM = (["one"], ["another"])
#: The cues of a sign's words (``"...," read one``).
_SIGN_CUES = frozenset({"read", "reads"})
#: Pieces of every word of :data:`SIGN_NOUNS`, looked for near a mention first.
_SIGN_STEMS = ("sign", "banner", "placard", "billboard", "plaque", "inscription",
               "graffiti", "shirt", "sticker", "mural", "stone", "board", "poster")  # fmt: skip
#: How far before a mention a sign is looked for.
_SIGN_NEAR = 90


def _sign_near(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` in lower case holds one of :data:`_SIGN_STEMS`.

    (The window lowered and each stem looked for in it by ``in``: quicker than one
    case-blind search of the stems, which the regex engine runs slowly.)

    >>> _sign_near("A handwritten SIGN said", 0, 20), _sign_near("Jo Lind said", 0, 12)
    (True, False)
    """
    near = text[lo:hi].lower()
    return any(stem in near for stem in _SIGN_STEMS)


#: A sign's subject runs back at most this many words from the cue.
_SIGN_REACH = 6


def _sign_words(text: str, start: int) -> list[str]:
    """The words of the clause that ends at *start*, in lower case, last first."""
    lo = max(0, start - 80)
    for stop in '.!?;:\n"\u201c\u201d':
        at = text.rfind(stop, lo, start)
        if at >= 0:
            lo = at + 1
    words = text[lo:start].lower().split()
    return [word.strip(",()\u2019'") for word in reversed(words[-_SIGN_REACH:])]


def _sign_subject(text: str, span: Span, cue: str | None) -> bool:
    """Whether the mention at *span* is a sign right before its cue: ``One sign read``.

    The mention ends with a word of :data:`SIGN_NOUNS` and its cue follows it
    within a few words (``A T-shirt on sale at the rally read:``, ``a banner
    that said``).
    """
    words = text[span.start : span.end].lower().split()
    if not words or words[-1] not in SIGN_NOUNS:
        return False
    if cue is None:
        return False
    after = [word.strip(".,:;") for word in text[span.end : span.end + 80].lower().split()]
    cue_words = cue.lower().split()
    size = len(cue_words)
    return any(after[k : k + size] == cue_words for k in range(min(len(after), _SIGN_REACH)))


def _placed_sign(before: Sequence[str]) -> bool:
    """Whether *before* (words last first) ends with a sign and a place: ``a sign outside``."""
    return len(before) > 1 and before[0] in SIGN_PLACES and before[1] in SIGN_NOUNS


def _drop_carried_sign(text: str, found: dict[int, Attribution], attribution: Attribution) -> None:
    """Cut the carrier's verb and the sign off a mention that runs over them
    (``Many protesters carried banners`` is ``Many protesters``), in *found*."""
    span = attribution.speaker.span
    mention = text[span.start : span.end]
    words = list(regex.finditer(r"\S+", mention))
    for at, word in enumerate(words):
        if at and word.group().lower() in SIGN_CARRIERS:
            end = span.start + words[at - 1].end()
            cut = text[span.start : end].rstrip(",")
            if not cut:
                return
            speaker = attribution.speaker
            trimmed = attrs.evolve(
                speaker,
                mention=cut,
                span=Span(span.start, span.start + len(cut)),
                name=cut if speaker.name == speaker.mention else speaker.name,
            )
            new = attrs.evolve(attribution, speaker=trimmed)
            for start, other in found.items():
                if other.speaker.span == span:
                    found[start] = new
            return


def unspoken_signs(text: str, found: dict[int, Attribution]) -> None:
    """Drop the attributions whose speaker is a sign, a banner or a T-shirt.

    ``One sign read "We work."`` and ``A sign outside the ministry read
    "..."``: the words are quoted but no one says them (a place after the sign
    is no speaker either); ``Protesters carried a sign that read "..."`` stays
    the protesters' (:data:`SIGN_NOUNS`).

    >>> from newsstruct._model import Speaker
    >>> text = 'One sign read "We work."'
    >>> speaker = Speaker(name="One sign", mention="One sign", span=Span(0, 8))
    >>> found = {15: Attribution(speaker, "read", "direct")}
    >>> unspoken_signs(text, found)
    >>> found
    {}
    """
    signs: set[tuple[int, int]] = set()
    for attribution in found.values():
        span = attribution.speaker.span
        if (span.start, span.end) in signs:
            continue
        if not _sign_near(text, max(0, span.start - _SIGN_NEAR), span.end):
            continue  # no sign near the mention (most mentions): nothing to read
        before = _sign_words(text, span.start)
        own = text[span.start : span.end].lower().split()
        if not SIGN_CARRIERS.isdisjoint(own + before[:2]) or "according" in before:
            # "held up a sign saying": the carrier's; "According to X, a sign read"
            _drop_carried_sign(text, found, attribution)
            continue
        if (
            _sign_subject(text, span, attribution.cue)
            or (attribution.cue and _placed_sign(before))
            or (own in _ONE_OF_THEM and attribution.cue in _SIGN_CUES)
        ):  # (and '"...," read one' after "marched with banners")
            signs.add((span.start, span.end))  # "A sign outside the ministry read"
    for start, attribution in list(found.items()):
        span = attribution.speaker.span
        if (span.start, span.end) in signs or (
            span.end < start
            and _sign_near(text, max(0, start - _SIGN_NEAR), start)
            and _placed_sign_before(text, start, span.end, attribution.cue)
        ):
            del found[start]


#: How far (characters) back the clause of a sign and its cue is read.
_SIGN_CLAUSE = 160
#: The verbs of a sign's words (``A banner read: "..."``).
_SIGN_VERBS = frozenset({"read", "reads", "said", "says"})
#: Adverbs between a sign's cue and its words (``said only, "..."``).
_SIGN_ADVERBS = frozenset({"only", "simply", "just"})


def _placed_sign_before(text: str, start: int, floor: int, cue: str | None) -> bool:
    """Whether the clause before the quote at *start* (after *floor*, where its
    speaker's mention ends) is a sign and its place and the cue: ``A handwritten
    sign on the door said only, "..."`` (no subject read, the words went to the
    last speaker).

    >>> text = 'Jo said. A handwritten sign on the door said only, "Closed."'
    >>> _placed_sign_before(text, text.index('"'), 2, "said")
    True
    >>> text = 'Jo said. At the rally, a banner behind the goal read: "Out."'
    >>> _placed_sign_before(text, text.index('"'), 2, "read")
    True
    >>> text = 'Jo said. Jo Kent, by a sign on the door, said, "Closed."'
    >>> _placed_sign_before(text, text.index('"'), 2, "said")
    False
    """
    if cue is None:
        return False
    if text[start - 2 : start] in ("''", "``"):
        start -= 2  # (after an NYT double: ''Closed.'')
    elif text[start - 1 : start] in ('"', "\u201c", "\u2018", "'", "\u201e", "\u00ab"):
        start -= 1  # (the quote's text opens after its mark)
    if text[start - 2 : start] == ": ":
        start -= 2  # ('A banner behind the goal read: "..."')
    clause = max(text.rfind(stop, max(0, start - _SIGN_CLAUSE), start) for stop in ".!?;\n")
    if floor > clause:
        return False  # (the speaker is named in the clause: "Jo, by a sign on the door, said")
    # (the words after an opening phrase: not "Jo, by a sign on the door, said")
    cut = max(clause, text.rfind(",", clause, start - 2))
    words = _sign_words(text, start)[: len(text[cut + 1 : start].split())]
    if words[:1] and words[0] in _SIGN_ADVERBS:
        words = words[1:]
    if not words or (words[0] != cue.lower().rpartition(" ")[2] and words[0] not in _SIGN_VERBS):
        return False  # (the words went to the last speaker: the cue may be theirs)
    if not SIGN_CARRIERS.isdisjoint(words):
        return False  # "She pointed to a sign on the door that said": hers
    return any(
        words[at] in SIGN_PLACES and words[at + 1] in SIGN_NOUNS for at in range(1, len(words) - 1)
    )


#: Lower-case words inside the name of a body (``Department for Transport``).
_ISSUER_NAME_LINKS = frozenset({"for", "of", "on", "and", "the"})
#: Verbs by which a body issues a document (``The ministry issued a statement``).
_ISSUE_VERBS = frozenset({"issued", "released", "published", "posted", "sent", "put"})
#: Documents that speak for whoever issued them, as the subject of a cue
#: (``"...," the statement read.``).
_ISSUED_DOCUMENTS = frozenset({"statement", "release", "communique", "communiqué"})
#: Cues that give a document's wording (``the statement read``), not what it does
#: (``the statement urged``).
_WORDING_CUES = frozenset(
    {"read", "reads", "said", "says", "added", "stated", "continued", "described", "called"}
)
#: Words that open a mention of such a document.
_DOCUMENT_DETERMINERS = frozenset({"the", "that", "this"})
#: How many words may stand between the issuing verb and the document
#: (``issued a brief written statement``).
_ISSUE_GAP = 4


def statement_issuers(
    text: str, paragraphs: Sequence[Paragraph], resolved: dict[int, Attribution]
) -> None:
    """Give a quote said by ``the statement`` the body that issued it, in place.

    ``The Foreign Ministry issued a statement on Monday.`` ... ``"...," the
    statement read.``: the mention stays ``the statement``, the name is that of
    the subject of the last sentence that issued, released or put out a
    statement (in the quote's paragraph before it, or in the paragraph
    before).  With no such sentence, the statement stays its own speaker.
    So does ``It said`` that names no one (``The ministry issued a statement.
    It said the talks were "close"``).

    >>> from newsstruct import find_quotes
    >>> [(q.speaker.name, q.speaker.mention) for q in find_quotes(
    ...     'The Foreign Ministry issued a statement on Monday.\\n\\n'
    ...     '"We reject the claims," the statement read.')]
    [('The Foreign Ministry', 'the statement')]
    """
    starts: list[int] | None = None
    keys: list[int] | None = None  # (the quotes in order, when a statement has no issuer)
    #: the paragraphs near the quote last read (lower case, tokens): read once
    #: for all the quotes of a paragraph
    lowered: dict[int, str] = {}
    built: dict[int, _Paragraph] = {}
    #: (and the indexes of their tokens that issue a document, found once each)
    issuing: dict[int, list[int]] = {}
    for key, attribution in resolved.items():
        speaker = attribution.speaker
        words = speaker.mention.lower().split()
        if words == ["it"] and speaker.name == speaker.mention:
            # "The ministry issued a statement. It said ...": *it* is the statement
            words = ["the", "statement"]
        elif (
            len(words) != 2
            or words[0] not in _DOCUMENT_DETERMINERS
            or words[1] not in _ISSUED_DOCUMENTS
        ):
            continue
        if attribution.cue not in _WORDING_CUES:
            continue
        if starts is None:
            starts = [paragraph.span.start for paragraph in paragraphs]
        at = bisect_right(starts, speaker.span.start) - 1
        for index in (at, at - 1):
            if index < 0:
                continue  # (the first paragraph: none before it; its author still read)
            if index not in lowered:
                if len(lowered) > 2:
                    lowered.clear()
                    built.clear()
                    issuing.clear()
                lowered[index] = paragraphs[index].text.lower()
            if words[1] not in lowered[index]:
                continue  # (no such document in it: no issuer)
            para = built.get(index)
            if para is None:
                para = built[index] = _Paragraph(text, paragraphs[index], ())
                lowers = para.lowers
                issuing[index] = [
                    verb for verb in range(1, len(lowers) - 1) if lowers[verb] in _ISSUE_VERBS
                ]
            else:
                para.reset()  # (as if read anew for this quote)
            issuer = _issuer(text, para, words[1], speaker.span.start, issuing[index])
            if issuer is not None:
                speaker = attrs.evolve(speaker, name=issuer)
                resolved[key] = attrs.evolve(attribution, speaker=speaker)
                break
        else:
            if words[1] != "statement":
                continue
            floor = starts[max(at - 1, 0)]
            if keys is None:
                keys = sorted(resolved)
            author = _statement_author(text, resolved, keys, key, floor, speaker.span.start)
            for index in (at, at - 1):
                if author is None and index in built:
                    # "In a statement on Monday, the club confirmed ...": its subject
                    author = _statement_opener(text, built[index], speaker.span.start)
            if author is not None:
                speaker = attrs.evolve(speaker, name=author)
                resolved[key] = attrs.evolve(attribution, speaker=speaker)


#: How far before its speaker an ``in a statement`` may open (``In a short
#: statement read by her brother, she said``).
_STATEMENT_REACH = 80
#: The words after ``statement`` that give it to another to read or release
#: (``In a statement read by her lawyer``): the author is not there to speak.
_STATEMENT_BY = (" read by", " read out by", " released by", " issued by")
#: A cue right after its speaker (maybe set off by an appositive) that says it
#: spoke in a statement (``Jo Lind, its spokeswoman, said on Monday in a written
#: statement``): the statement a later ``the statement said`` quotes is theirs.
_SAID_IN_STATEMENT = LazyPattern(
    # (a space or a line break between its words: "said in a\nwritten statement", and
    # a CRLF wrap read as two spaces)
    r"(?:,[ ][^,.;:!?\"\u201c\u201d\n]{1,60}+,)?+{gap}(?:said|says|added|announced)"
    r"(?:{gap}on{gap}\p{Lu}\p{Ll}++)?+{gap}in{gap}an?(?:{gap}[\p{Ll}\-]++){0,3}?{gap}"
    r"statement\b".replace("{gap}", r"(?:[ ]{1,2}+|\r\n|[\n\r])")
)
#: How many quotes before it that statement may be looked for in.
_STATEMENT_QUOTES = 12
#: The most words between ``in a`` and ``statement`` (``in a short written statement``).
_STATEMENT_GAP = 3


def _statement_author(
    text: str,
    resolved: dict[int, Attribution],
    keys: Sequence[int],
    key: int,
    floor: int,
    before: int,
) -> str | None:
    """The name of the last speaker before offset *before* (from offset *floor*)
    who spoke ``in a statement`` that another read or released (``In a short
    statement read by her brother, she said ...``): the author of the statement a
    later ``the statement said`` quotes,
    when no sentence issued one."""
    here = bisect_left(keys, key)
    for other in reversed(keys[max(here - _STATEMENT_QUOTES, 0) : here]):
        found = resolved[other]
        span = found.speaker.span
        if span.start < floor:
            return None
        if span.start >= before or found.speaker.mention.lower().endswith("statement"):
            continue
        if _SAID_IN_STATEMENT.match(text, span.end) is not None:
            # "Jo Lind, its spokeswoman, said in a statement that ...": hers
            name = found.speaker.name
            return None if name.lower() in _HE_SHE or _document_name(name) else name
        lo = max(floor, span.start - _STATEMENT_REACH)
        window = text[lo : span.start].lower()
        if "  " in window or "\n" in window or "\r" in window:
            # ("statement\r\nread by", "In a\nstatement,": a line broken there)
            window = " ".join(window.split()) + (" " if window[-1:].isspace() else "")
        at = window.rfind("statement")
        if at < 0 or any(mark in window[at:] for mark in ".!?"):
            return None
        if not window.startswith(_STATEMENT_BY, at + len("statement")) and (
            window[at + len("statement") :] != ", "
        ):
            # ("In a statement, Lind announced" is hers, right before her: "In a
            # statement, he called her 'a hero.' ... '...,' the statement said")
            return None
        opening = window.rfind("in a", 0, at)
        head = window[opening:at].split()
        if opening < 0 or head[1] not in {"a", "an"} or len(head) > 2 + _STATEMENT_GAP:
            return None
        if opening > 0 and window[opening - 1].isalpha():
            return None  # ("within a")
        name = found.speaker.name
        return None if name.lower() in _HE_SHE or _document_name(name) else name
    return None


#: How many tokens before a quote ``In a statement, X ...`` is looked for.
_STATEMENT_OPENER_REACH = 120


def _statement_opener(text: str, para: _Paragraph, before: int) -> str | None:
    """The subject of the last sentence of *para* before offset *before* that
    opens with ``In a statement`` and a comma (``In a statement on Monday, the club
    confirmed``): the issuer of the statement a later ``the statement said`` quotes
    in that paragraph; ``None`` when there is none or its subject is no one.

    >>> from newsstruct import find_quotes
    >>> [(q.speaker.name, q.speaker.mention) for q in find_quotes(
    ...     'Rovers lost 3-0.\\n\\nIn a statement on Monday, the club confirmed the injury. '
    ...     '"He will recover," the statement said.')]
    [('the club', 'the statement')]
    """
    lowers, texts = para.lowers, para.texts
    limit = bisect_left(para.token_start, before)
    for k in range(limit - 4, max(-1, limit - _STATEMENT_OPENER_REACH), -1):
        if lowers[k] != "in" or lowers[k + 1] not in {"a", "an"}:
            continue
        if para.starts[k] != k:
            # "The club said in a statement that ...": the subject before its cue
            said = _said_in_statement(para, k, limit)
            if said is not None:
                return text[para.token_start[said[0]] : para.token_end[said[1]]]
            continue
        doc = next(
            (
                m
                for m in range(k + 2, min(k + 3 + _STATEMENT_GAP, limit))
                if lowers[m] == "statement"
            ),
            -1,
        )
        comma = next((m for m in range(doc + 1, min(doc + 6, limit)) if texts[m] == ","), -1)
        if doc < 0 or comma < 0 or any(para.kinds[m] != _WORD for m in range(k, comma)):
            return None
        found = para.subject(comma + 1, limit)
        if found is None or para.lowers[found[0]] in _HE_SHE or found[1] >= limit:
            return None
        return text[para.token_start[found[0]] : para.token_end[found[1]]]
    return None


#: Cues right before ``in a statement`` (``The club said in a statement``).
_STATEMENT_CUES = frozenset({"said", "says", "added", "announced", "confirmed"})


def _said_in_statement(para: _Paragraph, k: int, limit: int) -> tuple[int, int] | None:
    """The subject of a cue of :data:`_STATEMENT_CUES` right before the ``in a``
    at token *k* (or before ``on Monday`` there) and a ``statement`` after it, when
    its subject is no pronoun (``The club said in a statement``,
    ``The club said on Monday in a written statement``, ``Jo Lind, its owner, said
    in a statement``), else ``None``."""
    lowers = para.lowers
    if not any(lowers[m] == "statement" for m in range(k + 2, min(k + 3 + _STATEMENT_GAP, limit))):
        return None
    cue = k - 1
    if cue - 1 > para.starts[k] and lowers[cue - 1] == "on" and para._cap(cue):
        cue -= 2  # "said on Monday in a statement"
    first = para.starts[k]
    if cue <= first or lowers[cue] not in _STATEMENT_CUES:
        return None
    found = para.np_before(cue, first)
    if found is None or lowers[found[0]] in PERSON_PRONOUNS or lowers[found[0]] in {"it", "they"}:
        return None
    return found


def _issuer(
    text: str, para: _Paragraph, document: str, before: int, verbs: Sequence[int]
) -> str | None:
    """The subject of the last sentence of paragraph *para* (before offset *before*)
    that issues a *document* (``The ministry issued a statement``), or ``None``;
    *verbs* are the indexes of its tokens in :data:`_ISSUE_VERBS`, but its first
    and last, in order (only those before *before* are read, latest first: a
    paragraph of many such quotes is not read back to its start for each)."""
    lowers = para.lowers
    for verb in reversed(verbs[: bisect_left(verbs, bisect_left(para.token_start, before))]):
        noun = verb + 1
        if lowers[verb] == "put" and lowers[noun] == "out":
            noun += 1  # put out a statement
        if noun >= len(lowers) or lowers[noun] not in {"a", "an"}:
            continue  # (a paragraph may end with "put out")
        gap = lowers[noun + 1 : noun + 1 + _ISSUE_GAP]
        if document not in gap:
            continue
        found = para._author(verb, para.starts[verb])
        if found is None:
            return None
        end = found[1]
        rest = range(end + 1, verb)
        if (
            rest
            and lowers[end + 1] in _ISSUER_NAME_LINKS
            and all(para.kinds[k] == _WORD for k in rest)
            and all(para._cap(k) or lowers[k] in _ISSUER_NAME_LINKS for k in rest)
        ):
            end = verb - 1  # The Department for Transport released: a name's end
        return text[para.token_start[found[0]] : para.token_end[end]]
    return None
