"""Attribution cues: the verbs and phrases that attribute speech to a source.

Sources: the reporting verbs of the PARC 3.0 / PolNeAR attribution
guidelines (Pareti 2016; Newell et al. 2018), the AP Stylebook's advice on
``said`` and its alternatives, and the speech verbs listed in Quirk et al.,
*A Comprehensive Grammar of the English Language* (1985), section 14.31.
Every verb is listed by lemma; :data:`CUE_WORDS` holds all its written forms
(present, third person, past, participle, gerund).
"""

from __future__ import annotations

#: Regular reporting verbs: forms are made by the usual spelling rules.
REGULAR_VERBS: tuple[str, ...] = (
    "acknowledge", "add", "admit", "advise", "allege", "announce", "answer", "argue",
    "ask", "assert", "assure", "boast", "caution", "chant", "charge", "claim",
    "comment", "complain", "concede", "conclude", "confirm", "contend", "continue",
    "counter", "declare", "demand", "describe", "emphasise", "emphasize", "exclaim",
    "explain", "gush", "insist", "instruct", "interject", "joke", "lament", "maintain",
    "mention", "muse", "note", "observe", "opine", "pledge", "point", "post", "predict",
    "proclaim", "promise", "protest", "question", "quip", "recall", "recount",
    "reiterate", "remark", "remind", "repeat", "report", "respond", "retort", "scoff",
    "scream", "shout", "snap", "stress", "suggest", "tease", "testify", "text",
    "thunder", "tweet", "urge", "vow", "warn", "wonder", "yell", "whisper",
    "accuse", "blast", "mock", "state", "reply", "cry", "sigh", "inquire", "enquire",
    "email", "recite", "plead", "summarize", "summarise", "confess", "echo", "reveal",
    "grouse", "gripe", "fume", "rage", "rant", "laugh", "brag", "tout", "slam", "chide",
    "scold", "criticize", "criticise", "praise", "hail", "dismiss", "decry", "denounce",
    "condemn", "beg", "concur", "interrupt", "reason", "reassure", "inform", "profess",
    "affirm", "vouch", "guarantee", "threaten", "speculate", "theorize", "propose",
    "recommend", "hint", "imply", "blame", "bemoan", "regret", "apologize", "apologise",
    "deny", "rebut", "dispute", "clarify", "elaborate", "underscore", "highlight",
    "crow", "gloat", "taunt", "jeer", "sneer", "snort", "growl", "bark", "fire back",
    "push back", "chime in", "weigh in", "blog",
    "message", "implore", "query", "press", "challenge", "quote", "cite", "muse",
    "call", "label", "brand", "dub", "characterize", "characterise", "term", "deride",
    "lash out", "sum up", "snipe", "assert", "ridicule", "cheer", "groan", "mutter",
    "murmur", "grumble", "gasp", "sob", "stammer", "stutter", "drawl", "rail", "exhort",
    "vent", "credit", "hypothesize", "hypothesise", "lecture", "preach", "reckon", "beam", "agree", "boom", "remember", "crack",
    "confide", "radio",
    # what someone is introduced as is the introducer's word, as a name they are
    # called is the caller's (``introduced Marsh as "the reason we are here"``)
    "introduce",
)  # fmt: skip

#: Irregular reporting verbs with all their forms.
IRREGULAR_FORMS: tuple[str, ...] = (
    "say", "says", "said", "saying",
    "tell", "tells", "told", "telling",
    "write", "writes", "wrote", "written", "writing",
    "read", "reads", "reading",
    "swear", "swears", "swore", "sworn",
    "go on", "goes on", "went on", "going on", "shoot back", "shot back", "shoots back",
    "hit back", "hits back", "hitting back", "write back", "wrote back", "writes back",
    "cut in", "cuts in", "cutting in", "refer to", "refers to", "referred to",
    "referring to",
    "put it", "puts it",
    "demur", "demurs", "demurred", "demurring", "reacted", "reacts",
    "talk about", "talks about", "talked about", "talking about", "spoke of", "speaks of",
    "spoke about", "speaks about",
    "welcomed as", "welcomes as", "greeted as", "greets as", "rejected as", "rejects as",
    "lauded as", "lauds as",
)  # fmt: skip

#: Words that are forms of a reporting verb but too often something else
#: (``point`` the noun, ``text`` the noun...): accepted only after a subject.
WEAK_FORMS: frozenset[str] = frozenset(
    {"point", "post", "text", "question", "comment", "report", "state", "read", "reads",
     "charge", "counter", "snap", "cry", "email", "tweet", "reading", "put it", "puts it",
     "stress", "posts", "points", "questions", "comments", "reports", "states",
     "charges", "counters", "wonder", "promise", "protest", "demand", "claim", "claims",
     "demands", "promises", "answer", "answers", "remark", "remarks", "plead", "joke",
     "jokes", "vow", "vows", "sigh", "shout", "whisper", "note", "notes", "reply",
     "call", "calls", "term", "terms", "brand", "brands", "label", "labels", "quote",
     "quotes", "message", "messages", "press", "challenge", "challenges", "hint", "hints",
     "dispute", "disputes", "blame", "praise", "rage", "rant", "rants", "laugh", "laughs",
     "reason", "reasons", "query", "guarantee", "highlight", "highlights", "echo",
     "echoes", "blog", "rip", "slam", "taunt", "taunts", "bark", "growl", "cite",
     "regret", "regrets", "tout", "hail", "blast", "blasts", "sneer", "crow", "jeer",
     "propose", "proposes", "beg", "threat", "deny", "remember", "crack", "cracks",
     "cut in", "cuts in"}
)  # fmt: skip

#: Forms of *find*: a cue only after a study, a document or those who inquire
#: (``the study found "..."``, ``researchers found``; not ``police found the car``).
FINDING_FORMS: frozenset[str] = frozenset({"find", "finds", "found"})

#: What finds things out, as a cue's subject (singular, lower case).
FINDERS: frozenset[str] = frozenset(
    {"study", "report", "survey", "poll", "analysis", "review", "audit", "investigation",
     "inquiry", "probe", "research", "paper", "assessment", "evaluation", "trial",
     "experiment", "inspection", "researcher", "scientist", "investigator", "auditor",
     "inspector", "court", "judge", "jury", "panel", "commission", "tribunal", "watchdog",
     "ombudsman", "regulator", "coroner", "examiner", "authors", "author", "team", "data"}
)  # fmt: skip

#: Verbs in the plural present that take a clause without ``that`` (``Court
#: papers say inspectors warned``, ``Records show engineers wrote``): never a
#: word of the clause's subject, a speaker's noun phrase stops after them.
CLAUSE_VERBS: frozenset[str] = frozenset(
    {"say", "show", "suggest", "indicate", "believe", "think", "argue", "insist",
     "contend", "reveal", "allege", "confirm", "estimate", "predict", "know", "assert",
     "acknowledge", "admit", "recall", "feel"}
)  # fmt: skip

#: Forms of reporting verbs whose object is the listener (``told reporters``,
#: ``asked the candidate``): the object is not what was said.
LISTENER_FORMS: frozenset[str] = frozenset(
    {"told", "tells", "tell", "asked", "asks", "ask", "reminded", "reminds", "assured",
     "assures", "reassured", "informed", "warned", "warns", "urged", "urges"}
)  # fmt: skip

#: Nouns for something said, whose owner is its speaker (``her claim that "..."``,
#: ``Trump's pledge to be "..."``); singular and plural.
SPEECH_NOUNS: frozenset[str] = frozenset(
    {"remark", "remarks", "comment", "comments", "statement", "statements", "claim",
     "claims", "assertion", "assertions", "warning", "warnings", "suggestion", "promise",
     "promises", "pledge", "vow", "call", "calls", "conclusion", "assessment", "argument",
     "assumption", "accusation", "accusations", "description", "characterization",
     "insistence", "declaration", "admission", "prediction", "threat", "threats",
     "demand", "demands", "words", "dictum", "contention", "charge", "complaint",
     "boast", "insult", "insults", "quip", "retort", "rhetoric"}
)  # fmt: skip

#: Nouns for what was said, in a sentence that names the speaker of the quote
#: before it (``That was the message from Jo Lind``, ``Those were the words
#: of``); with :data:`SPEECH_NOUNS` they make the vocabulary of that sentence.
LOOKING_BACK_NOUNS: frozenset[str] = frozenset(
    {"message", "word", "words", "verdict", "response", "reaction", "view", "warning",
     "answer", "reply", "assessment", "advice", "plea", "opinion", "take", "sentiment",
     "feeling", "line", "thinking", "reasoning", "explanation", "appeal"}
) | SPEECH_NOUNS  # fmt: skip

#: Nouns for an answer that a sentence announces before the quote that gives it
#: (``That drew a sharp response from Sen. Ann Berg. "...," she said.``).
RESPONSE_NOUNS: frozenset[str] = frozenset(
    {"response", "responses", "reply", "rebuke", "retort", "riposte", "reaction",
     "rejoinder", "challenge", "pushback", "criticism", "objection", "objections",
     "warning", "question", "questions", "praise", "defence", "defense", "rebuttal"}
)  # fmt: skip

#: ``according to`` in the languages read as English (``Menurut Budi, ...``,
#: ``Według Jana Nowaka, ...``, ``По словам Ивана Петрова, ...``, ``Potrivit lui
#: Ion Marin, ...``); the name after them is as the text inflects it.
OTHER_LANGUAGE_SOURCES: tuple[str, ...] = (
    "menurut", "według", "podle", "podľa", "по словам", "за словами", "potrivit lui",
    "potrivit", "prema riječima", "prema rečima",
)  # fmt: skip

#: ``according to`` as a postposition, after the source, in the languages read as
#: English: Turkish ``Ahmet Yılmaz'a göre`` (``Yılmaz'ın açıklamasına göre``,
#: after his statement) and Hungarian ``Kovács János szerint``.  Source: general
#: knowledge of these languages; lower case.
OTHER_LANGUAGE_POSTPOSITIONS: frozenset[str] = frozenset({"göre", "szerint"})

#: Cue phrases that introduce the source before it (``according to X``).
SOURCE_FIRST_PHRASES: tuple[str, ...] = (
    "according to", "in the words of", "quoting", "quoted", "citing",
    *OTHER_LANGUAGE_SOURCES,
)  # fmt: skip


#: The reporting verbs of the languages whose quotes are read as English (every
#: language but those of :data:`newsstruct._data.languages.INTL_LANGUAGES`), by
#: language: the third person of the verbs their agencies put after a quote, before
#: or after the speaker (``„...” – powiedział Jan Nowak``, ``«...», — заявил он``,
#: ``"...", kata Budi``, ``"...", Liisa Korhonen sanoo``); Croatian's past
#: with its auxiliary after it (``rekao je``); Turkish's verb that closes the
#: sentence after the quote (``Ahmet Yılmaz, "...", dedi.``); Romanian's participle
#: after its auxiliary (``a declarat``).  Source: general knowledge of these
#: languages' news copy; lower case.
OTHER_LANGUAGE_CUES: dict[str, frozenset[str]] = {
    "pl": frozenset(
        {"powiedział", "powiedziała", "dodał", "dodała", "mówi", "podkreślił", "podkreśliła",
         "stwierdził", "stwierdziła", "zaznaczył", "zaznaczyła", "oświadczył", "oświadczyła",
         "ocenił", "oceniła", "wyjaśnił", "wyjaśniła", "przekonywał", "przekonywała"}
    ),
    "cs": frozenset(
        {"řekl", "řekla", "uvedl", "uvedla", "dodal", "dodala", "prohlásil", "prohlásila",
         "zdůraznil", "zdůraznila", "říká", "uvádí", "poznamenal", "poznamenala"}
    ),
    "sk": frozenset(
        {"povedal", "povedala", "uviedol", "uviedla", "dodal", "dodala", "vyhlásil",
         "vyhlásila", "zdôraznil", "zdôraznila", "hovorí", "poznamenal", "poznamenala"}
    ),
    "sl": frozenset({"povedal", "povedala", "dejal", "dejala", "dodal", "dodala", "poudaril", "poudarila"}),
    "hr": frozenset(
        {"rekao", "rekla", "izjavio", "izjavila", "dodao", "dodala", "naglasio", "naglasila",
         "kazao", "kazala", "istaknuo", "istaknula", "poručio", "poručila", "rekao je",
         "rekla je", "izjavio je", "izjavila je", "dodao je", "dodala je", "naglasio je",
         "naglasila je", "kazao je", "kazala je"}
    ),
    "ru": frozenset(
        {"сказал", "сказала", "заявил", "заявила", "отметил", "отметила", "добавил",
         "добавила", "подчеркнул", "подчеркнула", "пояснил", "пояснила", "говорит",
         "сообщил", "сообщила", "заключил", "заключила", "признал", "признала", "рассказал",
         "рассказала"}
    ),
    "uk": frozenset(
        {"сказав", "сказала", "заявив", "заявила", "зазначив", "зазначила", "додав", "додала",
         "наголосив", "наголосила", "повідомив", "повідомила", "каже", "пояснив", "пояснила",
         "розповів", "розповіла"}
    ),
    "bg": frozenset({"каза", "заяви", "добави", "посочи", "подчерта", "коментира", "обясни"}),
    "fi": frozenset({"sanoo", "sanoi", "kertoo", "kertoi", "toteaa", "totesi", "muistuttaa", "muistutti"}),
    "id": frozenset({"kata", "ujar", "ungkap", "tutur", "ucap", "imbuh", "katanya", "ujarnya", "tuturnya"}),
    "hu": frozenset({"mondta", "közölte", "hangsúlyozta", "jelentette", "fogalmazott", "nyilatkozta"}),
    "lt": frozenset({"sakė", "teigė", "pažymėjo", "pabrėžė", "sako"}),
    "lv": frozenset({"sacīja", "norādīja", "uzsvēra", "teica", "stāsta"}),
    "et": frozenset({"ütles", "sõnas", "lisas", "märkis", "rõhutas", "ütleb"}),
    "tr": frozenset(
        {"dedi", "söyledi", "belirtti", "kaydetti", "vurguladı", "ifade etti", "diye konuştu",
         "ifadelerini kullandı"}
    ),
    "ro": frozenset(
        {"declarat", "spus", "afirmat", "subliniat", "precizat", "adăugat", "explicat",
         "transmis", "susţinut", "susținut"}
    ),
}  # fmt: skip

#: Short prepositions of the languages read as English that open a phrase of
#: place or time after a speaker's name (``stwierdziła Lis na konferencji``,
#: ``сказал Петров в Кремле``); none is an English word.  Source: general
#: knowledge of these languages; lower case.
OTHER_LANGUAGE_PREPOSITIONS: frozenset[str] = frozenset(
    {"na", "w", "we", "v", "ve", "po", "za", "pri", "pe", "la", "în", "cu", "u", "z", "ze",
     "od", "ob", "iz", "pod", "nad", "в", "во", "на", "по", "за", "у", "с", "со", "при",
     "після", "під", "з", "із", "след"}
)  # fmt: skip


#: Forms of cue verbs that are nearly always nouns in news copy (``home state``,
#: ``the rail operator``).
_NOUN_ONLY = frozenset(
    {"state", "point", "text", "question", "comment", "term", "brand", "rail", "rails",
     "radio", "radios"}
)  # fmt: skip


def _inflect(lemma: str) -> tuple[str, ...]:
    """The present, third-person, past and gerund forms of a regular verb."""
    if lemma.endswith("e"):
        return (lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing")
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return (lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing")
    if lemma.endswith(("sh", "ch", "ss", "x")):
        return (lemma, lemma + "es", lemma + "ed", lemma + "ing")
    if " " in lemma:
        verb, particle = lemma.split(" ", 1)
        return tuple(f"{form} {particle}" for form in _inflect(verb))
    if lemma in {"snap", "quip", "admit", "chat", "rip", "regret", "dub", "slam", "sum"}:
        return (lemma, lemma + "s", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing")
    return (lemma, lemma + "s", lemma + "ed", lemma + "ing")


def _all_forms() -> frozenset[str]:
    forms = set(IRREGULAR_FORMS)
    for lemma in REGULAR_VERBS:
        forms.update(_inflect(lemma))
    forms -= _NOUN_ONLY
    return frozenset(forms | FINDING_FORMS).union(*OTHER_LANGUAGE_CUES.values())


#: Every written form of every reporting verb, lower case.
CUE_WORDS: frozenset[str] = _all_forms()

#: Reporting verbs whose object is a thing promised, feared or judged: a quote
#: right after one that opens in lower case and has no stop of its own is a
#: fragment that ends the sentence's clause (``promises "world-class public
#: space".``, ``warned "a summer of disruption".``), not a sentence said.
OBJECT_CUES: frozenset[str] = frozenset(
    form
    for lemma in ("promise", "pledge", "vow", "warn", "predict", "guarantee", "threaten",
                  "tout", "hail", "praise", "decry", "denounce", "condemn", "urge",
                  "propose", "recommend", "demand", "describe", "welcome")
    for form in _inflect(lemma)
)  # fmt: skip

#: Reporting verbs that take someone else's words as their object: the owner of
#: the speech noun after one speaks the quote in it, not the verb's subject
#: (``A former aide dismissed her claim that she was "bumped off."``).
REBUTTING_CUES: frozenset[str] = frozenset(
    form
    for lemma in ("dismiss", "deny", "dispute", "rebut", "question", "challenge",
                  "ridicule", "mock", "deride", "scoff at")
    for form in _inflect(lemma)
) | frozenset({"rejected", "rejects", "reject", "rejecting"})  # fmt: skip

#: Works that carry a title, set off by commas after the word in Title Case (``a
#: state report, "Homes for Victorians", found``): the title names the work, it
#: is not what the work says.  Source: the AP Stylebook entry on composition
#: titles, with the documents of public bodies (report, strategy, white paper).
TITLED_WORKS: frozenset[str] = frozenset(
    {"report", "review", "study", "strategy", "plan", "paper", "book", "memoir",
     "novel", "album", "film", "documentary", "series", "programme", "program",
     "podcast", "song", "play", "exhibition", "manifesto", "policy", "inquiry",
     "column", "newsletter", "blog", "essay", "poem", "episode", "sketch"}
)  # fmt: skip

#: Nouns for what a product's or a program's name names, right after the name
#: in quotes (``its "QX-Cell" modules``, ``the "Atlas" platform``): the name is
#: no quote.  Press releases name their products so; no scare-quoted modifier
#: of PolNeAR's (``"Leave" supporters``, ``the "Secret" level``) comes before them.
PRODUCT_NOUNS: frozenset[str] = frozenset(
    {"platform", "platforms", "app", "apps", "software", "module", "modules", "device",
     "devices", "product", "products", "suite", "chip", "chips", "cell", "cells",
     "battery", "batteries", "vehicle", "vehicles", "model", "models", "brand", "brands",
     "subscription", "subscriptions", "tier", "tablet", "tablets", "headset", "headsets",
     "console", "consoles", "smartphone", "smartphones", "processor", "processors",
     "engine", "engines", "line", "range", "lineup", "toolkit", "api", "plugin",
     "franchise", "trial", "trials", "program", "programme", "initiative", "fund"}
)  # fmt: skip

#: Words for a page's headline: the words quoted right after them (``ran the
#: headline "Is This the End?"``, ``The paper's headline read: "..."``) are the
#: headline, in sentence or Title Case, not words its subject says.
HEADLINE_WORDS: frozenset[str] = frozenset({"headline", "headlines", "strapline"})

#: Words right before a quoted term that make it a name, title or term rather
#: than something said (``the so-called "deal"``, ``goes by "Shorty"``).
#: ``the words``, ``the word``, ``the term`` and ``the phrase`` are not markers: a
#: term someone uses (``refused to say the words "radical Islam"``) is quoted from
#: them (a word only mentioned, ``counted the word "no"``, is read apart).  A
#: name no one is said to give (``what is called "front-running"``) and the words
#: an abbreviation stands for (``XR stands for "extended range"``) are terms too.
TERM_MARKERS: tuple[str, ...] = (
    "so-called", "so called", "nicknamed", "known as", "goes by", "go by", "went by",
    "titled", "entitled", "headlined", "the slogan", "the hashtag", "the name", "named",
    "the acronym", "a sign reading", "signs reading", "a note reading", "the headline", "the caption",
    "billed as", "aka", "a.k.a.", "also known as", "dubbed the", "the show",
    "the film", "the movie", "the book", "the song", "the album", "the series",
    "hashtag", "slogan", "tagline", "motto", "the label", "the moniker", "moniker", "nickname",
    "the nickname", "codenamed", "code-named", "code name", "trademark", "the category",
    "classified as", "spelled", "pronounced", "translated as", "such as",
    "rated", "marked as", "marked", "stamped", "labeled as", "labelled as", "words like", "terms like",
    "phrases like", "the words like", "film", "movie", "sitcom", "documentary", "novel",
    "memoir", "album", "miniseries", "podcast", "tv show", "television show",
    "referred to as", "painting", "masterpiece", "video game",
    "what is called", "what are called", "what was called", "what were called",
    "stands for", "stand for", "stood for",
)  # fmt: skip
