"""Words that mark a story's first sentence rather than its headline.

English headlines speak in the present tense (``Storm kills three``) and drop
the time of the event; a story's lead sentence tells it in the past tense and
says when (``A storm killed three people on Monday.``).  These lists let the
headline reader tell the two apart when a text has no headline at all
(body-only datasets, scraped lead paragraphs).

Sources: the common irregular past-tense forms of English verbs used in news
copy (regular ones end in *-ed* and are matched by shape), and the relative
time words of AP and Reuters leads.
"""

from __future__ import annotations

#: Irregular past-tense forms (regular ``-ed`` forms are matched by shape).
IRREGULAR_PAST: tuple[str, ...] = (
    "became",
    "began",
    "bought",
    "broke",
    "brought",
    "built",
    "came",
    "caught",
    "chose",
    "drew",
    "drove",
    "fell",
    "felt",
    "fled",
    "flew",
    "fought",
    "found",
    "gave",
    "got",
    "grew",
    "held",
    "hit",
    "kept",
    "knew",
    "led",
    "left",
    "lost",
    "made",
    "met",
    "paid",
    "ran",
    "rose",
    "said",
    "sank",
    "saw",
    "sent",
    "shot",
    "sold",
    "sought",
    "spent",
    "spoke",
    "stole",
    "stood",
    "struck",
    "swore",
    "took",
    "thought",
    "threw",
    "told",
    "went",
    "won",
    "wrote",
)

#: Relative times of a lead sentence (the weekdays are matched apart).
LEAD_TIMES: tuple[str, ...] = (
    "yesterday",
    "overnight",
    "last week",
    "last month",
    "last year",
    "last night",
    "earlier this week",
    "earlier this month",
    "earlier this year",
)

#: Personal pronouns that open a lead sentence with no name before them (``He's
#: back.``, ``She is the campaign's antidote ...``); a headline ending with a
#: full stop names its subject (none of 383 PolNeAR headlines opens with one).
#: ``It`` is left out: ``It's fine to ...`` opens headlines.
LEAD_PRONOUNS: frozenset[str] = frozenset({"He", "She", "They", "We", "I", "You"})
