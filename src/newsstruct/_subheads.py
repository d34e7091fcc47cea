"""Subheads (crossheads): the short headings that break a story's body into sections.

Long-form copy copied from the web (the Guardian, the BBC, The Conversation)
sets a short heading between two paragraphs: ``What happens next``.  In
Markdown it is marked (``## What happens next``, a line over ``---``, a line
all in bold; :mod:`newsstruct._markdown` finds those); in plain text it is a
line alone, and :func:`crossheads` reads it from the body's blocks,
conservatively: a short line (at most :data:`_MAX_WORDS` words), not
indented, in title or sentence case (or capitals), with no sentence-final
punctuation, no quotation mark, no colon or bracket, and not a byline
(``By ...``), a credit (``... by Jane Doe``), a page's button (``Share full
article``) or a name alone (``Jane Doe``), standing alone between two
paragraphs of prose (each ends a sentence and has at least
:data:`_MIN_PROSE_WORDS` words).  A short real paragraph (``Not so.``,
``Why?``), a one-line quote, a ``Q:`` line and a list's items (each next to
another short line) stay paragraphs.

:func:`subheads_at` builds the :class:`~newsstruct.Subhead` records, each
with the index of the first paragraph under it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet

from newsstruct._blocks import Block
from newsstruct._data.boilerplate import CHAIR_LABELS, MODERATOR_LABELS, TRANSCRIPT_SECTIONS
from newsstruct._data.first_names import (
    FEMALE_FIRST_NAMES,
    MALE_FIRST_NAMES,
    UNISEX_FIRST_NAMES,
)
from newsstruct._data.kickers import (
    HEADING_NOUNS,
    STANDING_HEAD_ENDINGS,
    STANDING_HEAD_OPENINGS,
    STANDING_HEADS,
)
from newsstruct._data.months import MONTHS, WEEKDAYS
from newsstruct._data.stopwords import STOPWORDS
from newsstruct._model import Span, Subhead
from newsstruct._patterns import BOILERPLATE_PARTICIPANT, LIST_ITEM_OPENING, TURN_LABEL

#: First names: a one-word line by a time stamp that is one is a name, not a heading.
_FIRST_NAMES = MALE_FIRST_NAMES | FEMALE_FIRST_NAMES | UNISEX_FIRST_NAMES
#: A crosshead has at most this many words ...
_MAX_WORDS = 10
#: ... and characters.
_MAX_CHARS = 80
#: A paragraph of prose around a crosshead has at least this many words.
_MIN_PROSE_WORDS = 6
#: Characters no crosshead holds: quotation marks (a quote), a colon (``Q:``,
#: a label), a semicolon, brackets, list marks, credits' and addresses'
#: signs, line breaks.
_NOT_IN_CROSSHEAD = frozenset('"\u201c\u201d\u201e\u00ab\u00bb\u2018:;()[]{}<>|*\u2022/@#=+_\n\r')
#: A name alone (``Jane Doe``, a writer's or a speaker's) has at most this
#: many words, all capitalised, none of :data:`_FUNCTION_WORDS`.
_MAX_NAME_WORDS = 3
#: Words that tell a heading in title case (``The Road Ahead``) from a name.
_FUNCTION_WORDS = STOPWORDS["en"] | frozenset(
    {"a", "what", "how", "why", "who", "when", "where", "whose", "which", "after", "before"}
    | {"over", "under", "about", "into", "out", "up", "down", "off", "than", "more", "most"}
    | {"no", "new", "next"}
)
#: A question set as a heading opens with one of these words and has at least
#: this many words (``Why is this happening?``).
_QUESTION_WORDS = frozenset({"what", "why", "how", "who", "when", "where", "which"})
_MIN_QUESTION_WORDS = 3
#: Questions in sentence case are headings when at least this many stand alone
#: between paragraphs (one alone is a rhetorical question of the story); each
#: opens with one of these words.
_MIN_QUESTION_HEADS = 2
_QUESTION_OPENERS = _QUESTION_WORDS | frozenset(
    {"is", "are", "can", "will", "does", "do", "did", "should", "could", "would", "was"}
    | {"were", "has", "have"}
)
#: Closing marks that may follow the end of a sentence (``... she said."``).
_CLOSERS = "\"'\u201d\u2019)]\u00bb"
#: Words by which a question points back at the paragraph over it (a story's question).
_ANAPHORS = frozenset({"that", "this", "these", "those", "so", "then", "why?", "that?", "so?"})
#: Quotation marks (not the apostrophe): a paragraph with one holds a quotation.
_QUOTE_MARKS = frozenset('"\u201c\u201d\u201e\u00ab\u00bb')
#: The ends of a sentence.
_SENTENCE_ENDS = frozenset(".!?\u2026")
#: Dashes set between spaces: a credit or a dateline (``Jane Doe - Reuters``).
_SPACED_DASHES = (" - ", " \u2013 ", " \u2014 ", " -- ")
#: Words that open a byline, a credit or a page's button (``Continue reading
#: the main story``, ``Share full article``), not a heading.
_NOT_OPENING = frozenset(
    {"By", "BY", "Photo", "Photos", "Picture", "Video", "Image", "Illustration", "Graphic"}
    | {"Reporting", "Writing", "Editing", "Additional", "Contributing", "Credit", "Source"}
    | {"Continue", "Send", "Share", "Show", "View", "Watch", "Read", "Click", "Tap", "Follow"}
    | {"Subscribe", "Sign", "Listen", "Download", "Get", "Skip", "See", "Scroll", "Load"}
    | {"Comment", "Comments", "Join", "Supported", "Sponsored", "Updated", "Posted"}
)


#: A call transcript's speaker label alone over a turn has at most this many characters.
_MAX_SPEAKER_LABEL = 120


def speaker_heads(
    text: str, bodies: Sequence[tuple[int, int]], names: AbstractSet[str]
) -> list[int]:
    """The indexes of the *bodies* that are a call transcript's labels alone
    over its turns, each with a body under it: a speaker's name of *names*
    (those its participants list gives), perhaps with the role or firm after a
    dash (``Jane Doe`` or ``Jane Doe - Chief Executive Officer``), the host's
    label (``Operator``; :data:`~newsstruct._data.boilerplate.MODERATOR_LABELS`)
    and the call's sections (``Question-and-Answer Session``;
    :data:`~newsstruct._data.boilerplate.TRANSCRIPT_SECTIONS`).  A name the list
    does not give, or one that ends the text, stays.

    >>> from newsstruct._subheads import speaker_heads
    >>> text = "Operator\\n\\nWelcome.\\n\\nJo Lee\\n\\nThanks.\\n\\nAl Roe\\n\\nHi.\\n\\nJo Lee"
    >>> bounds, at = [], 0
    >>> for block in text.split("\\n\\n"):
    ...     at = text.index(block, at)
    ...     bounds.append((at, at + len(block)))
    >>> [text[slice(*bounds[i])] for i in speaker_heads(text, bounds, {"Jo Lee"})]
    ['Operator', 'Jo Lee']
    """
    found: list[int] = []
    for index in range(len(bodies) - 1):
        start, end = bodies[index]
        if end - start > _MAX_SPEAKER_LABEL or not text[start].isupper():
            continue
        line = text[start:end].strip()
        folded = line.casefold()
        if folded in MODERATOR_LABELS or folded in TRANSCRIPT_SECTIONS:
            found.append(index)
            continue
        label = BOILERPLATE_PARTICIPANT.match(line)
        if label is not None and label.group("name") in names:
            found.append(index)
    return found


#: A parliament's record names at least this many turns by their labels.
_MIN_TURNS = 3


def turn_labels(text: str, bodies: Sequence[tuple[int, int]]) -> list[int]:
    """The indexes of the *bodies* that are a parliament's record's labels alone
    over its members' turns (Hansard; see :data:`~newsstruct._patterns.TURN_LABEL`),
    each with a body under it, when the record names a member in two labels at
    least (``Helen Marsh (Westmorland Fells) (LD)``, then ``Helen Marsh``) and
    has :data:`_MIN_TURNS` labels, one with a seat or an office in brackets:
    those that name such a member, those that give a seat in brackets, and the
    chair's (``Mr Speaker``).  A name alone that no other label repeats stays.

    >>> from newsstruct._subheads import turn_labels
    >>> text = "Jo Lee (Leeds North) (Lab)\\n\\nWill she act?\\n\\nThe Minister for Roads (Al Roe)\\n\\n"
    >>> text += "I will.\\n\\nJo Lee\\n\\nWhen?\\n\\nAl Roe\\n\\nSoon."
    >>> bounds, at = [], 0
    >>> for block in text.split("\\n\\n"):
    ...     at = text.index(block, at)
    ...     bounds.append((at, at + len(block)))
    >>> [text[slice(*bounds[i])] for i in turn_labels(text, bounds)]
    ['Jo Lee (Leeds North) (Lab)', 'The Minister for Roads (Al Roe)', 'Jo Lee', 'Al Roe']
    >>> turn_labels(text, bounds[:4])  # each named once
    []
    """
    labels: list[tuple[int, str | None, bool]] = []  # index, name, a seat given
    named: dict[str, int] = {}
    for index in range(len(bodies) - 1):
        start, end = bodies[index]
        if end - start > _MAX_SPEAKER_LABEL or not text[start].isupper() or text[end - 1] in ".!?:":
            continue
        line = text[start:end]
        if line.casefold() in CHAIR_LABELS:
            labels.append((index, None, True))
            continue
        label = TURN_LABEL.match(line)
        if label is not None:
            name = label.group("name")
            labels.append((index, name, label.group("seat") is not None))
            named[name] = named.get(name, 0) + 1
    if (
        len(labels) < _MIN_TURNS
        or max(named.values(), default=0) < 2
        or not any(seat for _, name, seat in labels if name is not None)
    ):
        return []
    return [index for index, name, seat in labels if seat or (name is not None and named[name] > 1)]


def crossheads(
    text: str, bodies: Sequence[tuple[int, int]], pictures: Mapping[int, int] | None = None
) -> list[int]:
    """The indexes of the *bodies* (``(start, end)`` blocks of *text*, in order)
    that are crossheads: a short heading alone between two paragraphs.

    *pictures* maps where each caption starts to where it ends (its credit
    too): a section's picture may stand over its heading (web copy).

    >>> from newsstruct._subheads import crossheads
    >>> text = (
    ...     "The council voted on Monday to close the old bridge.\\n\\n"
    ...     "What happens next\\n\\n"
    ...     "Work on a new bridge starts in the spring, officials said.\\n\\n"
    ...     "Not so fast\\n\\n"
    ...     "Why?\\n\\n"
    ...     "Nobody would say why the plan had changed so late."
    ... )
    >>> bounds, at = [], 0
    >>> for block in text.split("\\n\\n"):
    ...     at = text.index(block, at)
    ...     bounds.append((at, at + len(block)))
    >>> [text[slice(*bounds[i])] for i in crossheads(text, bounds)]
    ['What happens next']
    """
    found: list[int] = []
    questions: list[int] = []
    numbered: list[tuple[int, int]] = []  # (index, number) of a listicle's headings
    clauses: list[tuple[int, int]] = []  # ... and of those with a clause after a comma
    short: list[int] = []  # questions of two words (What changed?), among other questions
    commas: list[int] = []  # headings with a clause after a comma (La Liga, en vilo)
    reach: dict[str, dict[int, int]] = {"figures": {}, "rows": {}}  # (see _next_list_head)
    if (
        len(bodies) > 1
        and (_standing_head(text, *bodies[0]) or report_section(text, *bodies[0]))
        and _prose(text, *bodies[1])
    ):
        # a newsletter's first section (Semafor: THE NEWS), a report's (1. Summary)
        found.append(0)
    for index in range(1, len(bodies) - 1):
        start, end = bodies[index]
        # (the cheap gates: most paragraphs end in a full stop or a quotation mark;
        # a day's heading ends in its month or its day, a full stop or a comma)
        last = text[end - 1]
        if (
            end - start <= _MAX_DAY_HEAD
            and not (last.isascii() and not (last.isalnum() or last.isspace() or last in ".,"))
            and _day_head(text, start, end)
        ):
            if _alone(text, bodies, index):
                found.append(index)  # a day's heading over its entries: MONDAY, MARCH 2
            continue
        if text[end - 1] == ":" and _label_over_list(text, bodies, index):
            found.append(index)  # a label over a list: Key points: / 1. Cases rose ...
            continue
        if (
            not (text[end - 1].isalpha() or text[end - 1] == "?")
            and not (text[end - 1] in _QUOTED_HEAD_CLOSERS and text[start] in _QUOTED_HEAD_OPENERS)
        ) or end - start > _MAX_CHARS:
            continue
        if text[end - 1] != "?" and text[start].islower():
            continue  # (no heading, standing or numbered, opens in lower case)
        if text[start].isdigit():
            number = _numbered_head(text, start, end)
            if number is not None and _alone(text, bodies, index):
                numbered.append((index, number))
            elif number is None and "," in text[start:end] and _alone(text, bodies, index):
                # (with a clause after a comma: one of a listicle's headings when
                # the others make it a run, 1. Nearer is better, but not always)
                number = _numbered_head(text, start, end, clause=True)
                if number is not None:
                    clauses.append((index, number))
        elif (_crosshead(text, start, end) or _standing_head(text, start, end)) and (
            _alone(text, bodies, index, pictures)
            or _list_head(text, bodies, index)
            or _next_list_head(text, bodies, index, found, reach)
        ):
            found.append(index)
        elif (
            "," in text[start:end]
            and _crosshead(text, start, end, clause=True)
            and _alone(text, bodies, index)
        ):
            commas.append(index)
        elif text[end - 1] == "?" and _question(text, start, end) and _alone(text, bodies, index):
            questions.append(index)
        elif (
            text[end - 1] == "?"
            and _short_question(text, start, end)
            and _alone(text, bodies, index)
        ):
            short.append(index)
    if (
        found[:2] == [2, 4]
        and text[bodies[0][1] - 1].isalpha()
        # (in the same case as the heading after it: The news over JANE'S VIEW is prose's)
        and text[slice(*bodies[0])].isupper() == text[slice(*bodies[2])].isupper()
        and _crosshead(text, *bodies[0])
        and _prose(text, *bodies[1])
        and not text[bodies[0][1] : bodies[1][0]].strip()
    ):
        # the first of a run of three headings or more, each over one paragraph (a
        # digest's first item: Library extends hours / The library ... / Bridge to close)
        found.insert(0, 0)
    elif (
        (
            len(found) >= _MIN_SECTION_HEADS
            or (len(found) >= _MIN_CAPITAL_SECTION_HEADS and _all_capitals(text, bodies, found))
        )
        and found[0] > 1
        and text[bodies[0][1] - 1].isalpha()
        and text[slice(*bodies[0])].isupper() == text[slice(*bodies[found[0]])].isupper()
        and _crosshead(text, *bodies[0])
        and _prose(text, *bodies[1])
        and not text[bodies[0][1] : bodies[1][0]].strip()
    ):
        # the first section's heading over the first paragraph, when other sections
        # have theirs in the same case (a wiki's day of events: Armed conflicts and
        # attacks / ... / Business and economy)
        found.insert(0, 0)
    if commas and found:
        found = sorted(found + _in_digest_run(found, commas))
    # a listing's groups: the days' names alone over their entries (Friday / ...
    # / Saturday / ...), places in capitals over their dashed items (CHASKA / - 412 ...)
    found = sorted({*found, *_weekday_heads(text, bodies), *_group_heads(text, bodies)})
    if clauses and len(numbered) >= _MIN_NUMBERED_HEADS:
        run = sorted(numbered + clauses)
        if all(number == run[at - 1][1] + 1 for at, (_, number) in enumerate(run) if at):
            numbered = run
    if len(numbered) >= _MIN_NUMBERED_HEADS and all(
        number == numbered[at - 1][1] + 1 for at, (_, number) in enumerate(numbered) if at
    ):
        # a listicle's numbered headings, in sequence (1. The budget grows / 2. Bike lanes)
        found = sorted(found + [index for index, _ in numbered])
    if len(questions) >= _MIN_QUESTION_HEADS:
        # questions in sentence case, each over its answer (an explainer: How did the
        # virus get into cows? / Is milk safe to drink?): headings when there are several,
        # with the shorter ones among them (What changed? / Will my bill go down?)
        found = sorted(found + questions + short)
    elif (
        questions
        and any(not text[slice(*bodies[index])].isupper() for index in found)
        and _QUOTE_MARKS.isdisjoint(text[slice(*bodies[questions[0] - 1])])
        and _ANAPHORS.isdisjoint(text[slice(*bodies[questions[0]])].casefold().split())
    ):
        # one, among other crossheads in the same case (What happens next? / Funding
        # the routes), unless a quotation is in the paragraph over it or it points
        # back at that paragraph (How is that possible?): a rhetorical question
        found = sorted(found + questions)
    return found


#: A live blog's posts: at least this many headings next to a time stamp (or
#: one over a contributor line, ``From CNN's Jane Doe``).
_MIN_POST_HEADS = 2


def post_heads(
    text: str, bodies: Sequence[tuple[int, int]], marks: Sequence[tuple[int, int, bool]]
) -> list[int]:
    """The indexes of the *bodies* (``(start, end)`` blocks of *text*, in order)
    that are a live blog's post headings: a short heading (as a crosshead
    reads) next to the post's time stamp, with only the post's furniture
    between it and the paragraph of prose under it.

    *marks* are the post's furniture, ``(start, end, contributor)`` in order:
    the short time stamps (``3:42 p.m. ET``, ``12 min ago``) and the
    contributor lines (``From CNN's Jane Doe``, *contributor* true).  Read
    only when there are :data:`_MIN_POST_HEADS` such headings or one stands
    over a contributor line (one heading by a time stamp alone may be a
    caption).

    >>> from newsstruct._subheads import post_heads
    >>> text = (
    ...     "Roads closed\\n\\n3:42 p.m. ET\\n\\nFrom CNN's Jane Doe\\n\\n"
    ...     "The state closed two roads, officials said."
    ... )
    >>> post_heads(text, [(0, 12), (49, 92)], [(14, 26, False), (28, 47, True)])
    [0]
    """
    found: list[int] = []
    contributed = False
    for index in range(len(bodies) - 1):
        start, end = bodies[index]
        if end - start > _MAX_CHARS or not (text[end - 1].isalnum() or text[end - 1] == "?"):
            continue
        after = bodies[index + 1]
        under = _marks_between(text, marks, end, after[0])
        if under is None or not _prose(text, *after):
            continue
        # (the time stamp under it, or over it: 4 Nov 2025 - 10:12 GMT / Talks resume)
        over = bisect_left(marks, (start, 0, False)) - 1
        if not (
            under or (over >= 0 and not marks[over][2] and _blank(text, marks[over][1], start))
        ):
            continue
        if not (
            _crosshead(text, start, end) if start else _crosshead("\n" + text[:end], 1, end + 1)
        ) and not _topic_word(text[start:end]):
            continue
        found.append(index)
        contributed = contributed or any(mark[2] for mark in under)
    return found if contributed or len(found) >= _MIN_POST_HEADS else []


def _blank(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is white space alone, read back from *end* in
    windows that double (a time stamp far above a block: slicing all the text
    between them, for each block, would read the text again and again).

    >>> from newsstruct._subheads import _blank
    >>> [_blank(text, 2, len(text)) for text in ("ab \\n\\n", "ab \\nc\\n", "ab")]
    [True, False, True]
    """
    width = _BLANK_WINDOW
    while True:
        at = max(start, end - width)
        if text[at:end].strip():
            return False
        if at <= start:
            return True
        width *= 2


#: The first window :func:`_blank` reads back.
_BLANK_WINDOW = 64


#: A post's heading of one word has at least this many letters.
_MIN_TOPIC_WORD = 3


def _topic_word(line: str) -> bool:
    """Whether *line* is one capitalised word, no first name: a live post's heading
    by its time stamp (``Schools``, ``Transport``), where a crosshead's reading
    takes it for a name alone.

    >>> from newsstruct._subheads import _topic_word
    >>> [_topic_word(line) for line in ("Schools", "Sarah", "schools", "UK", "Power cuts")]
    [True, False, False, False, False]
    """
    return (
        len(line) >= _MIN_TOPIC_WORD
        and line.isalpha()
        and line[0].isupper()
        and line[1:].islower()
        and line.casefold() not in _FIRST_NAMES
    )


def _marks_between(
    text: str, marks: Sequence[tuple[int, int, bool]], start: int, end: int
) -> list[tuple[int, int, bool]] | None:
    """The *marks* between *start* and *end* of *text*, or ``None`` when
    anything else stands there."""
    inside: list[tuple[int, int, bool]] = []
    at = start
    # (by index from the first mark at *start*: a slice would copy all the marks
    # after it, for each block of the text)
    for index in range(bisect_left(marks, (start, 0, False)), len(marks)):
        mark = marks[index]
        if mark[0] >= end:
            break
        if text[at : mark[0]].strip():
            return None
        inside.append(mark)
        at = mark[1]
    return None if text[at:end].strip() else inside


#: A listicle's numbered headings count at least this many, numbered in sequence.
_MIN_NUMBERED_HEADS = 2
#: A heading's number has at most this many digits.
_MAX_HEAD_NUMBER_DIGITS = 2


def _numbered_head(text: str, start: int, end: int, clause: bool = False) -> int | None:
    """The number of ``text[start:end]`` when it is a numbered heading (``1. The
    budget grows``, ``2) Bike lanes``): a number, a full stop or a bracket, a
    space, then a heading as :func:`_crosshead` reads one (*clause*: perhaps
    with a clause after a comma, ``1. Nearer is better, but not always``);
    else ``None``.

    >>> from newsstruct._subheads import _numbered_head
    >>> _numbered_head("\\n3. Property taxes may rise", 1, 27)
    3
    >>> _numbered_head("\\n3. Jane Doe", 1, 12) is None  # a name alone
    True
    >>> _numbered_head("\\n30 days later", 1, 15) is None
    True
    """
    digits = 0
    while digits < _MAX_HEAD_NUMBER_DIGITS and text[start + digits].isdigit():
        digits += 1
    mark = start + digits
    if text[mark : mark + 2] not in (". ", ") ") or end - mark < 4:
        return None
    rest = mark + 2
    if not _crosshead("\n" + text[rest:end], 1, end - rest + 1, clause):
        return None
    return int(text[start:mark])


#: A report's numbered section heading has at most this many words after its number.
_MAX_SECTION_WORDS = 3
#: A section number has at most this many digits between its full stops.
_MAX_SECTION_DIGITS = 2


def report_section(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a report's numbered section heading: a
    section number with a full stop (``1.``, ``2.1``), then at most
    :data:`_MAX_SECTION_WORDS` words, the first capitalised and the last a
    heading's noun (:data:`~newsstruct._data.kickers.HEADING_NOUNS`).

    >>> from newsstruct._subheads import report_section
    >>> [report_section(line, 0, len(line)) for line in ("1. Summary", "3.2 Key findings")]
    [True, True]
    >>> [report_section(line, 0, len(line)) for line in ("1. FC Köln", "10 Takeaways", "1. summary")]
    [False, False, False]
    """
    if not text[start : start + 1].isdigit():
        return False  # (most lines)
    words = text[start:end].split()
    if not 2 <= len(words) <= 1 + _MAX_SECTION_WORDS or "." not in words[0]:
        return False
    for part in words[0].removesuffix(".").split("."):
        if not (part.isascii() and part.isdigit() and len(part) <= _MAX_SECTION_DIGITS):
            return False
    return words[1][0].isupper() and words[-1].casefold() in HEADING_NOUNS


def _question(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a question that may head an explainer's section:
    one line in sentence case, a question word or an auxiliary first, three to
    :data:`_MAX_WORDS` words, no quotation mark, colon or bracket."""
    line = text[start : end - 1]
    words = line.split()
    return (
        _MIN_QUESTION_WORDS <= len(words) <= _MAX_WORDS
        and line[:1].isupper()
        and text[start - 1] not in " \t"
        and words[0].casefold() in _QUESTION_OPENERS
        and _NOT_IN_CROSSHEAD.isdisjoint(line)
        and not any(word[0] in "'\u2019" for word in words)
    )


def _short_question(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a question of two words, a question word
    first (``What changed?``, ``Why now?``): an explainer's heading when other
    questions head its sections (``Why?`` alone stays a paragraph).

    >>> from newsstruct._subheads import _short_question
    >>> [_short_question(q, 0, len(q)) for q in ("What changed?", "Why?", "Really now?")]
    [True, False, False]
    """
    words = text[start : end - 1].split()
    return (
        len(words) == _MIN_QUESTION_WORDS - 1
        and words[0].casefold() in _QUESTION_WORDS
        and words[0][:1].isupper()
        and (start == 0 or text[start - 1] not in " \t")
        and _NOT_IN_CROSSHEAD.isdisjoint(text[start:end])
    )


def _in_digest_run(found: Sequence[int], commas: Sequence[int]) -> list[int]:
    """The headings of *commas* (with a clause after a comma) that go on a run
    of at least :data:`_MIN_DIGEST_RUN` headings *found*, each over one
    paragraph (a digest's items: ``Huelga de controladores`` / ... / ``La
    Liga, en vilo`` / ...): in such a run a comma is a heading's, not a
    sentence's.

    >>> from newsstruct._subheads import _in_digest_run
    >>> _in_digest_run([1, 3], [5]), _in_digest_run([1, 3], [8]), _in_digest_run([1], [3])
    ([5], [], [])
    """
    if len(found) < _MIN_DIGEST_RUN or any(
        found[at] - found[at - 1] != 2 for at in range(1, len(found))
    ):
        return []
    run = set(found)
    taken: list[int] = []
    for index in commas:
        if index - 2 in run or index + 2 in run:
            run.add(index)
            taken.append(index)
    return taken


#: A digest's run of headings, each over one paragraph, has at least this many.
_MIN_DIGEST_RUN = 2


#: The quotation marks round a tabloid's crosshead in capitals (``'I JUST DUCKED'``),
#: and what is never inside one (a sentence's stop, another quotation).
_QUOTED_HEAD_OPENERS = frozenset("'\"\u2018\u201c")
_QUOTED_HEAD_CLOSERS = frozenset("'\"\u2019\u201d")
_NOT_IN_QUOTED_HEAD = frozenset('.:;"\u201c\u201d\n')


def _crosshead(text: str, start: int, end: int, clause: bool = False) -> bool:
    """Whether ``text[start:end]`` reads as a heading: short, one line, in
    title or sentence case, no sentence, quote, label or credit (nor a
    clause after a comma, unless *clause*)."""
    line = text[start:end]
    if (
        line[0] in _QUOTED_HEAD_OPENERS
        and line[-1] in _QUOTED_HEAD_CLOSERS
        and text[start - 1] == "\n"
    ):
        # a tabloid's crosshead, a phrase of the story's quotations in capitals
        # between quotation marks (The Sun, the Mirror): 'I JUST DUCKED'
        inner = line[1:-1]
        return (
            inner[:1].isalpha()
            and inner.isupper()
            and len(inner.split()) <= _MAX_WORDS
            and _NOT_IN_QUOTED_HEAD.isdisjoint(inner)
        )
    if not line[0].isupper() or text[start - 1] in " \t":
        return False  # a continued sentence; an indented paragraph (a wire story's)
    if line[-1] == "?":
        # a question in capitals as a heading (a factbox's): WHAT IS THE MAIN GOAL?
        # (a question word first, three words at least; in sentence case it is a
        # rhetorical question of the story, and Why? alone stays a paragraph)
        words = line.split(None, _MIN_QUESTION_WORDS)
        if (
            not line.isupper()
            or len(words) < _MIN_QUESTION_WORDS
            or words[0].casefold() not in _QUESTION_WORDS
        ):
            return False
        line = line[:-1]
    if not _NOT_IN_CROSSHEAD.isdisjoint(line) or any(dash in line for dash in _SPACED_DASHES):
        return False
    words = line.split()
    if len(words) > _MAX_WORDS or words[0] in _NOT_OPENING or "by" in words[1:]:
        return False
    if any(word[0] in "'\u2019" for word in words):
        return False  # a quotation mark (an apostrophe inside a word is none: Voters' choice)
    titled = all(word[0].isupper() or not word[0].isalpha() for word in words)
    if "," in line and not titled and not clause and _clause_comma(line):
        return False  # a fragment of a sentence (a comma in title case is a heading's)
    # a name alone: Jane Doe (a writer's, a speaker's turn); a heading's noun ends
    # no name (Third Quarter Highlights)
    return not (
        titled
        and len(words) <= _MAX_NAME_WORDS
        and not any(word.casefold() in _FUNCTION_WORDS for word in words)
        and words[-1].casefold() not in HEADING_NOUNS
    )


def _day_head(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a day's heading over the entries of that
    day (a police log, a diary, a timeline): a weekday, then the month and the
    day or the day and the month, in capitals or title case, with no year (a
    date alone with its year is a stamp).

    >>> from newsstruct._subheads import _day_head
    >>> [_day_head(line, 0, len(line)) for line in ("MONDAY, MARCH 2", "Tuesday 3 March")]
    [True, True]
    >>> [_day_head(line, 0, len(line)) for line in ("Tuesday, 3 March.", "MONDAY, MARCH 2,")]
    [True, True]
    >>> [_day_head(line, 0, len(line)) for line in ("Monday, March 2, 2026", "Route 9", "Monday 2")]
    [False, False, False]
    """
    if end - start > _MAX_DAY_HEAD or text[start - 1] in " \t":
        return False
    words = text[start:end].replace(",", " ").split()
    if len(words) != _DAY_HEAD_WORDS or words[0].casefold() not in WEEKDAYS:
        return False
    month, day = (words[1], words[2]) if words[2].isdigit() else (words[2], words[1])
    return (
        day.isdigit()
        and len(day) <= 2
        and month.rstrip(".").casefold() in MONTHS
        and words[0][0].isupper()
        and month[0].isupper()
    )


#: A day's heading (``MONDAY, MARCH 2``) has at most this many characters, and three words.
_MAX_DAY_HEAD = 30
_DAY_HEAD_WORDS = 3

#: A listing's heads: at least this many days' names alone, or labels over lists.
_MIN_LISTING_HEADS = 2
#: A day's name alone (``Friday``, not ``Fri``) has at least this many letters ...
_MIN_WEEKDAY_LETTERS = 5
#: ... and the days of a listing follow each other, each at most this many days
#: after the one before (Friday to Monday, over a weekend).
_MAX_DAY_STEP = 3
_DAYS_IN_WEEK = 7


def _weekday_heads(text: str, bodies: Sequence[tuple[int, int]]) -> list[int]:
    """The indexes of the *bodies* that are a listing's days' names alone
    over their entries (``Friday`` / ``Winter farmers market, 3-7 p.m. ...``
    / ``Saturday`` / ...): at least :data:`_MIN_LISTING_HEADS` of them, each
    a weekday's full name capitalised (or in capitals), over a block that is
    no day's name, the days in the week's order (a weekend: Friday, Saturday,
    Sunday; the week may turn, Saturday to Monday).

    >>> from newsstruct._subheads import _weekday_heads
    >>> text = "Friday\\nMarket, 3 p.m.\\nSaturday\\nFair, noon.\\nSunday\\nConcert, 2 p.m."
    >>> _weekday_heads(text, [(0, 6), (7, 21), (22, 30), (31, 42), (43, 49), (50, 65)])
    [0, 2, 4]
    >>> text = "Friday\\nMarket, 3 p.m.\\nMonday\\nFair, noon."
    >>> _weekday_heads(text, [(0, 6), (7, 21), (22, 28), (29, 40)])
    [0, 2]
    >>> text = "Sunday\\nMarket, 3 p.m.\\nFriday\\nFair, noon."
    >>> _weekday_heads(text, [(0, 6), (7, 21), (22, 28), (29, 40)])
    []
    """
    found: list[int] = []
    days: list[int] = []
    for index in range(len(bodies) - 1):
        start, end = bodies[index]
        if not _MIN_WEEKDAY_LETTERS <= end - start <= _MAX_DAY_HEAD:
            continue  # (the cheap test first: most blocks are longer)
        line = text[start:end]
        if not (
            line.isalpha()
            and line[0].isupper()
            and (line.isupper() or line[1:].islower())
            and line.casefold() in WEEKDAYS
        ):
            continue
        day = WEEKDAYS[line.casefold()]
        if found and (
            found[-1] == index - 1 or not 0 < (day - days[-1]) % _DAYS_IN_WEEK <= _MAX_DAY_STEP
        ):
            return []  # two names together (a list of days), or out of the week's order
        found.append(index)
        days.append(day)
    if found and found[-1] == len(bodies) - 2 and text[slice(*bodies[-1])].casefold() in WEEKDAYS:
        return []
    return found if len(found) >= _MIN_LISTING_HEADS else []


def letter_heading(text: str, blocks: Sequence[Block], index: int) -> bool:
    """Whether ``blocks[index]``, right under a reader's signature on a letters
    page, is the next letter's heading: a line read as a crosshead, over a
    paragraph of prose.

    >>> from newsstruct._blocks import split_blocks
    >>> from newsstruct._subheads import letter_heading
    >>> text = "Eastbrook\\n\\nLibrary deserves better\\n\\nThe library is the only quiet place."
    >>> letter_heading(text, split_blocks(text), 1)
    True
    >>> text = "Eastbrook\\n\\nLibrary deserves better\\n\\nSee page 4"
    >>> letter_heading(text, split_blocks(text), 1)
    False
    """
    if index + 1 >= len(blocks):
        return False
    block, under = blocks[index], blocks[index + 1]
    return (
        block.end - block.start <= _MAX_CHARS
        and "\n" not in text[block.start : block.end]
        and _crosshead(text, block.start, block.end)
        and _prose(text, under.start, under.end)
    )


#: A standing heading has at most this many characters.
_MAX_STANDING_HEAD = 40


def _standing_head(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a newsletter-style story's standing
    section heading, in capitals (Semafor: ``THE NEWS``, ``THE VIEW FROM
    BRAZIL``, ``JANE'S VIEW``; :data:`~newsstruct._data.kickers.STANDING_HEADS`).

    >>> from newsstruct._subheads import _standing_head
    >>> [_standing_head(line, 0, len(line)) for line in ("THE NEWS", "JANE'S VIEW", "The news")]
    [True, True, False]
    """
    line = text[start:end]
    if end - start > _MAX_STANDING_HEAD or not line.isupper() or "\n" in line:
        return False
    folded = line.casefold()
    return (
        folded in STANDING_HEADS
        or folded.startswith(STANDING_HEAD_OPENINGS)
        or folded.endswith(STANDING_HEAD_ENDINGS)
    )


def _clause_comma(line: str) -> bool:
    """Whether *line* holds a comma that is no thousands separator (``200,000``)."""
    at = line.find(",")
    while at >= 0:
        if not (line[at - 1 : at].isdigit() and line[at + 1 : at + 2].isdigit()):
            return True
        at = line.find(",", at + 1)
    return False


#: Zero-width marks, read away between blocks (the layout view keeps those at a line's start).
_NO_ZERO_WIDTH = str.maketrans("", "", "\ufeff\u200b\u2060")


def _alone(
    text: str,
    bodies: Sequence[tuple[int, int]],
    index: int,
    pictures: Mapping[int, int] | None = None,
) -> bool:
    """Whether the block *index* of *bodies* stands alone between two paragraphs
    of prose, with nothing between them and it (but a picture's caption over it,
    from *pictures*: where each caption starts, to where it ends)."""
    before, after = bodies[index - 1], bodies[index + 1]
    start, end = bodies[index]
    over = text[before[1] : start].translate(_NO_ZERO_WIDTH).strip()
    if over and pictures and not _rule(over):
        # a section's picture over its heading (web copy): its caption alone between
        at = before[1] + len(text[before[1] : start]) - len(text[before[1] : start].lstrip())
        below = pictures.get(at)
        if below is not None and below <= start and not text[below:start].strip():
            over = ""
    if (over and not _rule(over)) or text[end : after[0]].translate(_NO_ZERO_WIDTH).strip():
        # something between them (a caption, boilerplate); a rule over the heading
        # opens its section (AP: ___ / EVACUEES WAIT FOR NEWS)
        return False
    if not _prose(text, *after):
        return False
    # (a heading in capitals may follow the paragraph that introduces it: Here are
    # the key facts: / WHAT IS THE MAIN GOAL?)
    return _prose(text, *before) or (
        text[before[1] - 1] == ":" and text[start:end].isupper() and _prose(text, *before, ":")
    )


#: A rule between sections: at least this many of its marks (``___``, ``* * *``).
_MIN_RULE_MARKS = 3
_RULE_MARKS = frozenset("_*-=~\u2014\u2013")


def _rule(line: str) -> bool:
    """Whether *line* is a rule alone (``___``, ``* * *``, ``-----``), blanks aside.

    >>> from newsstruct._subheads import _rule
    >>> [_rule(line) for line in ("___", "* * *", "--", "Photo: AP", "___\\nAP")]
    [True, True, False, False, False]
    """
    marks = "".join(line.split())
    return len(marks) >= _MIN_RULE_MARKS and _RULE_MARKS.issuperset(marks)


#: A heading in capitals over a list has at most this many words ...
_MAX_LIST_HEAD_WORDS = 4
#: ... and at least this many rows under it, each of at most this many characters.
_MIN_LIST_ROWS = 2
_MAX_LIST_ROW = 100


def _list_head(text: str, bodies: Sequence[tuple[int, int]], index: int) -> bool:
    """Whether the block *index* of *bodies* is a heading in capitals over a
    list: a game story's ``UP NEXT`` over the teams' next games, ``RESULTS``
    over the finishers.  It follows a paragraph of prose, nothing between, and
    the two blocks under it are short rows, no prose (``1. Harbour Light (J.
    Smith) 8-1``, ``Riverton: Hosts Northfield on Friday.``).  In sentence
    case it is one over rows of figures (:func:`_figures_under`: ``Results`` /
    ``Rovers 3-0 United``); a list's first item is no heading (``Apples`` /
    ``Pears``).

    >>> from newsstruct._subheads import _list_head
    >>> text = "The mare won by a length on Tuesday.\\nRESULTS\\nHarbour Light\\nQuiet Storm"
    >>> _list_head(text, [(0, 36), (37, 44), (45, 58), (59, 70)], 1)
    True
    >>> text = "The mare won by a length on Tuesday.\\nResults\\n1. Harbour Light\\n2. Quiet Storm"
    >>> _list_head(text, [(0, 36), (37, 44), (45, 61), (62, 76)], 1)
    True
    >>> text = "The mare won by a length on Tuesday.\\nResults\\nHarbour Light\\nQuiet Storm"
    >>> _list_head(text, [(0, 36), (37, 44), (45, 58), (59, 70)], 1)
    False
    """
    start, end = bodies[index]
    line = text[start:end]
    if (
        not (line.isupper() or _figures_under(text, bodies, index, index + 1 + _MIN_LIST_ROWS))
        or len(line.split()) > _MAX_LIST_HEAD_WORDS
        or index + _MIN_LIST_ROWS >= len(bodies)
        or not _prose(text, *bodies[index - 1])
        or text[bodies[index - 1][1] : start].translate(_NO_ZERO_WIDTH).strip()
    ):
        return False
    rows = bodies[index + 1 : index + 1 + _MIN_LIST_ROWS]
    return not text[end : rows[0][0]].translate(_NO_ZERO_WIDTH).strip() and all(
        row_end - row_start <= _MAX_LIST_ROW
        and "\n" not in text[row_start:row_end]
        and not _prose(text, row_start, row_end)
        for row_start, row_end in rows
    )


def _group_heads(text: str, bodies: Sequence[tuple[int, int]]) -> list[int]:
    """The indexes of the *bodies* that are a list's group labels in capitals
    over its dashed or numbered items (a property-transfers list's towns:
    ``CHASKA`` / ``- 412 Walnut St., ...`` / ``WACONIA`` / ``- 28 Lake St.
    ...``): at least :data:`_MIN_LISTING_HEADS` lines of at most
    :data:`_MAX_LIST_HEAD_WORDS` words in capitals, no digit, each under a
    paragraph of prose or a list and right over a block whose every line is
    a list's item.

    >>> from newsstruct._subheads import _group_heads
    >>> text = "Sales were recorded this week in the county.\\nCHASKA\\n- 1 Elm St.\\nWACONIA\\n- 2 Oak St."
    >>> _group_heads(text, [(0, 44), (45, 51), (52, 63), (64, 71), (72, 83)])
    [1, 3]
    >>> text = "Sales were recorded this week in the county.\\nCHASKA\\n- 1 Elm St.\\nSold fast."
    >>> _group_heads(text, [(0, 44), (45, 51), (52, 63), (64, 74)])
    []
    """
    found: list[int] = []
    lists: dict[int, bool] = {}

    def dashed(at: int) -> bool:
        if at not in lists:
            start, end = bodies[at]
            lists[at] = all(
                LIST_ITEM_OPENING.match(line) is not None for line in text[start:end].split("\n")
            )
        return lists[at]

    for index in range(1, len(bodies) - 1):
        start, end = bodies[index]
        if end - start > _MAX_STANDING_HEAD:
            continue  # (the cheap test first: most blocks are longer)
        line = text[start:end]
        if (
            line.isupper()
            and text[end - 1].isalpha()
            and "\n" not in line
            and len(line.split()) <= _MAX_LIST_HEAD_WORDS
            and not any(map(str.isdigit, line))
            and _NOT_IN_CROSSHEAD.isdisjoint(line)
            and not text[bodies[index - 1][1] : start].translate(_NO_ZERO_WIDTH).strip()
            and not text[end : bodies[index + 1][0]].translate(_NO_ZERO_WIDTH).strip()
            and (_prose(text, *bodies[index - 1]) or dashed(index - 1))
            and dashed(index + 1)
        ):
            found.append(index)
    return found if len(found) >= _MIN_LISTING_HEADS else []


#: A label over a list (``Key points:``) has at most this many words.
_MAX_LABEL_WORDS = 4


def _label_over_list(text: str, bodies: Sequence[tuple[int, int]], index: int) -> bool:
    """Whether the block *index* of *bodies* is a label heading a list: at most
    :data:`_MAX_LABEL_WORDS` words and a colon, the first capitalised and the
    last a heading's noun (:data:`~newsstruct._data.kickers.HEADING_NOUNS`:
    ``Key points:``, ``Main findings:``), under a paragraph of prose, nothing
    between, and over a numbered or bulleted list (``1. Cases rose ...``,
    ``• Cases rose ...``).  A sentence that leads into a list (``The budget
    includes:``) ends with no heading's noun and stays a paragraph.

    >>> from newsstruct._subheads import _label_over_list
    >>> text = "The ministry reported 400 cases on Monday.\\nKey points:\\n1. Cases rose.\\n2. Two died."
    >>> _label_over_list(text, [(0, 42), (43, 54), (55, 68), (69, 80)], 1)
    True
    >>> text = "The ministry reported 400 cases on Monday.\\nThe plan includes:\\n1. Tests.\\n2. Beds."
    >>> _label_over_list(text, [(0, 42), (43, 61), (62, 71), (72, 80)], 1)
    False
    """
    start, end = bodies[index]
    line = text[start : end - 1]
    words = line.split()
    if (
        not 0 < len(words) <= _MAX_LABEL_WORDS
        or not line[0].isupper()
        or not _NOT_IN_CROSSHEAD.isdisjoint(line)
        or words[-1].casefold() not in HEADING_NOUNS
        or not _prose(text, *bodies[index - 1])
        or text[bodies[index - 1][1] : start].translate(_NO_ZERO_WIDTH).strip()
        or text[end : bodies[index + 1][0]].translate(_NO_ZERO_WIDTH).strip()
    ):
        return False
    return LIST_ITEM_OPENING.match(text, bodies[index + 1][0]) is not None


def _figures_under(text: str, bodies: Sequence[tuple[int, int]], index: int, stop: int) -> bool:
    """Whether the block *index* of *bodies* holds no digit and each block
    under it up to *stop* (two at least) holds one: a heading over a list of
    results or standings (``Results`` over ``Rovers 3-0 United``)."""
    rows = bodies[index + 1 : stop]
    return (
        len(rows) >= _MIN_LIST_ROWS
        and not any(map(str.isdigit, text[slice(*bodies[index])]))
        and all(any(map(str.isdigit, text[row_start:row_end])) for row_start, row_end in rows)
    )


def _next_list_head(
    text: str,
    bodies: Sequence[tuple[int, int]],
    index: int,
    found: Sequence[int],
    reach: dict[str, dict[int, int]] | None = None,
) -> bool:
    """Whether the block *index* of *bodies* is the next heading in capitals
    of a run of lists: the last heading found (:func:`_list_head`) is over
    short rows only, up to this one (``KEY STATS`` / its rows / ``UP NEXT`` /
    the next game's line).

    *reach* remembers, by the last heading's index, how far the blocks under
    it are rows of figures (``"figures"``) and short rows (``"rows"``), for
    the caller's later blocks under the same heading (each block read once,
    not once per block below it).
    """
    if not found or found[-1] >= index - 1:
        return False
    last = found[-1]
    reach = {"figures": {}, "rows": {}} if reach is None else reach
    if not (
        text[slice(*bodies[index])].isupper() and text[slice(*bodies[last])].isupper()
    ) and not (
        # (in sentence case, both over rows of figures: Results / ... / Top of the table)
        index - last - 1 >= _MIN_LIST_ROWS
        and not any(map(str.isdigit, text[slice(*bodies[last])]))
        and _rows_reach(reach["figures"], last, index, lambda at: _figures_row(text, *bodies[at]))
        and _figures_under(text, bodies, index, index + 1 + _MIN_LIST_ROWS)
    ):
        return False
    if len(text[slice(*bodies[index])].split()) > _MAX_LIST_HEAD_WORDS:
        return False
    return _rows_reach(reach["rows"], last, index, lambda at: _short_row(text, *bodies[at]))


def _rows_reach(memo: dict[int, int], last: int, index: int, row: Callable[[int], bool]) -> bool:
    """Whether each block from ``last + 1`` up to *index* passes *row*; *memo*
    keeps, by *last*, the first block not known to pass (asked for a later
    *index*, the blocks read before are not read again)."""
    at = memo.get(last, last + 1)
    while at < index and row(at):
        at += 1
    memo[last] = at
    return at >= index


def _figures_row(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a digit (a row of :func:`_figures_under`)."""
    return any(map(str.isdigit, text[start:end]))


def _short_row(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a short row of a list: one line, no prose."""
    return (
        end - start <= _MAX_LIST_ROW
        and "\n" not in text[start:end]
        and not _prose(text, start, end)
    )


#: The first block is a section's heading when at least this many others are found ...
_MIN_SECTION_HEADS = 3
#: ... or this many, when they and it are in capitals (a court's press summary:
#: BACKGROUND TO THE APPEAL / ... / JUDGMENT / ... / REASONS FOR THE JUDGMENT).
_MIN_CAPITAL_SECTION_HEADS = 2


def _all_capitals(text: str, bodies: Sequence[tuple[int, int]], found: Sequence[int]) -> bool:
    """Whether the first of *bodies* and those *found* are all in capitals."""
    return all(text[slice(*bodies[index])].isupper() for index in (0, *found))


#: A source in brackets after a paragraph's last sentence has at most this many characters.
_MAX_SOURCE_TAG = 40


def _prose(text: str, start: int, end: int, ends: str = "") -> bool:
    """Whether ``text[start:end]`` is a paragraph of prose: sentences (it ends
    one, or with one of *ends*) of at least :data:`_MIN_PROSE_WORDS` words in all.
    A source in brackets after the last sentence is read away (a wiki's
    day of events: ``... cuts its forecast. (Bloomberg)``)."""
    if text[end - 1] == ")":
        tag = text.rfind(" (", start, end)
        if tag > start and end - tag <= _MAX_SOURCE_TAG and text[tag - 1] in _SENTENCE_ENDS:
            end = tag
    stop = len(text[start:end].rstrip(_CLOSERS))
    if stop == 0 or (
        text[start + stop - 1] not in _SENTENCE_ENDS and text[start + stop - 1] not in ends
    ):
        return False
    return len(text[start:end].split(None, _MIN_PROSE_WORDS)) >= _MIN_PROSE_WORDS


def subheads_at(
    text: str, heads: Sequence[tuple[int, int]], bodies: Sequence[tuple[int, int]]
) -> tuple[Subhead, ...]:
    """The subheads *heads* (``(start, end)`` of *text*) as records, each with
    the index of the first of the paragraphs *bodies* (in order) under it.

    >>> from newsstruct._subheads import subheads_at
    >>> subheads_at("A.\\n\\nNext\\n\\nB.", [(4, 8)], [(0, 2), (10, 12)])
    (Subhead(text='Next', span=Span(start=4, end=8), paragraph=1),)
    """
    starts = [start for start, _ in bodies]
    return tuple(
        Subhead(text[start:end], Span(start, end), bisect_left(starts, start))
        for start, end in sorted(heads)
    )
