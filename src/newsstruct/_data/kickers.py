"""Kickers: the short labels printed above or before a headline.

Sources: the story-type labels of Reuters (``EXCLUSIVE``, ``ANALYSIS``,
``FACTBOX``, ``INSIGHT``, ``BREAKINGVIEWS``, ``WRAPUP``, ``UPDATE 1``...),
AP (``EXPLAINER``, ``AP EXPLAINS``), AFP (``FOCUS``,
``FEATURE``), and the section labels of newspaper sites (``OPINION``,
``EDITORIAL``, ``COMMENTARY``, ``INTERVIEW``, ``REVIEW``, ``LIVE``,
``LIVE BLOG``, ``Developing story``) in English, German, French, Spanish,
Italian and Portuguese (``EXKLUSIV``, ``DIRECT``, ``EN DIRECTO``, ``IN DIRETTA``,
``AO VIVO``); the wire flags ``RPT`` and ``REPEAT``
when glued before a headline (``RPT-UPDATE 2-...``).  Matching ignores case; a trailing
number (``UPDATE 2``) is matched by the pattern, not listed here.
"""

from __future__ import annotations

#: Labels that stand alone on the line above a headline, or before it
#: followed by ``-`` or ``:`` (``EXCLUSIVE-Chip maker ...``).
KICKERS: frozenset[str] = frozenset(
    {
        "analysis", "breakingviews", "commentary", "corrected", "editorial",
        "exclusive", "explainer", "ap explains", "factbox", "fact box", "factcheck", "fact-check",
        "fact focus", "ap fact check",
        "fact check", "feature", "focus", "graphic", "insight", "interview", "live",
        "match report",
        "news analysis", "opinion", "preview", "profile", "q+a", "q&a",
        "refile", "repeat", "rpt", "review", "special report", "timeline", "update", "wrapup",
        "wrap-up", "breaking", "breaking news", "column", "correction", "investigation",
        "kommentar", "meinung", "hintergrund", "exklusiv", "analyse", "éditorial",
        "tribune", "entretien", "enquête", "reportage", "análisis", "opinión",
        "entrevista", "exclusiva", "crónica",
        # German, French, Spanish, Italian and Portuguese pages (Spiegel, Le Monde,
        # El País, Corriere, Público): story types and live labels
        "eilmeldung", "liveticker", "live-ticker", "liveblog", "exclusif", "décryptage",
        "direct", "en direct", "en directo", "directo", "en vivo", "última hora",
        "analisi", "esclusiva", "esclusivo", "intervista", "commento", "editoriale",
        "retroscena", "in diretta", "diretta", "ultim'ora", "ultima ora", "análise",
        "exclusivo", "opinião", "reportagem", "ao vivo", "em direto",
        # live blogs and running stories (their labels above the headline)
        "live updates", "live blog", "live coverage", "live news", "live reporting",
        "developing story", "developing",
        # raw wire feeds: a round-up's label (dpa, Xinhua), an agency's product over
        # its headlines (UPI NewsTrack -- ..., dpa-AFX: ...)
        "roundup", "round-up", "upi newstrack", "newstrack", "dpa-afx",
        # a government's or a university's release page (justice.gov, gov.uk): its type
        "press release", "news release", "media release", "statement", "news story",
        "pressemitteilung", "presseinformation", "presseaussendung", "communiqué de presse",
        "comunicado de prensa", "nota de prensa", "comunicato stampa", "comunicado de imprensa",
        "persbericht", "pressmeddelande", "pressemelding", "pressemeddelelse", "tiedote",
        "komunikat prasowy",
        # a police force's report over its headline (its site's, a press portal's)
        "politiebericht", "polizeibericht", "polizeimeldung", "police report",
        "press releases", "news releases",
        # a wire's advisory on coming stories glued before its subject
        # (ADVISORY-Reuters to publish ...), a speech's or a document's text in full
        "advisory", "full text", "in full", "transcript",
        # reviews, by what they review
        "album review", "film review", "movie review", "theatre review", "theater review",
        "book review", "restaurant review", "tv review", "concert review", "game review",
        # obituaries
        "obituary", "obit", "in memoriam", "appreciation", "an appreciation",
        # readers' letters pages
        "letters", "letters to the editor", "letter to the editor", "your letters",
        "readers' letters", "readers\u2019 letters",
        # weather and emergency bulletins (national weather services, broadcasters)
        "weather warning", "severe weather warning", "weather alert", "severe weather alert",
        "flood warning", "flood alert", "storm warning", "emergency alert", "travel alert",
        "traffic alert", "public safety alert",
    }
)  # fmt: skip

#: Labels of a live blog or running story that a page prints on a line of
#: their own under the headline (``Live updates`` on Al Jazeera's live pages,
#: ``LIVE BLOG``, ``Developing story``): page furniture there, not a standfirst.
LIVE_LABELS: frozenset[str] = frozenset(
    {
        "live", "live updates", "live blog", "live coverage", "live news", "live reporting",
        "developing story", "developing", "breaking", "breaking news", "as it happened",
        "this is a developing story", "this story is developing",
        "liveticker", "live-ticker", "liveblog", "direct", "en direct", "en directo",
        "directo", "en vivo", "in diretta", "diretta", "ao vivo", "em direto",
    }
)  # fmt: skip

#: dpa's labels of a story's version on a line of their own under the headline
#: (``Zusammenfassung``: the day's reports rewritten as one; ``Neufassung``,
#: ``Vorab``, ``Korrektur``, ``Wiederholung``): page furniture there as a live
#: label is, not a standfirst.  Lower case.
VERSION_LABELS: frozenset[str] = frozenset(
    {"zusammenfassung", "neufassung", "vorab", "korrektur", "berichtigung", "wiederholung"}
)

#: Labels written in brackets before a headline: Yonhap's ``(LEAD)``,
#: ``(URGENT)``, ``(News Focus)``, ``(Yonhap Interview)``; ``(2nd LD)`` is
#: matched by the pattern.  Source: the headline labels of Yonhap's English
#: wire.  Other bracketed flags (``(CORRECTED)``, ``(RPT)`` in the 1987
#: Reuters wire) stay part of the headline.
BRACKETED_KICKERS: frozenset[str] = frozenset(
    {"lead", "urgent", "news focus", "news analysis", "yonhap interview", "yonhap feature"}
)

#: Reuters' story-type and market-report labels glued before a headline with a
#: hyphen, in capitals (``BRIEF-Acme Robotics Q3 revenue rises 12%``, ``US
#: STOCKS-Wall St ends higher``, ``GLOBAL MARKETS-...``, ``FOREX-...``,
#: ``PRECIOUS-...``).  The market labels name a desk's regular report, as
#: ``UPDATE 2`` names a version: the kicker, not the headline's first words.
#: Matched as written and only in that glued form (``Precious: a film`` keeps
#: its headline).
WIRE_SECTION_KICKERS: frozenset[str] = frozenset(
    {
        "BRIEF", "GLOBAL MARKETS", "US STOCKS", "EMERGING MARKETS", "FOREX", "PRECIOUS",
        "GRAINS", "SOFTS", "METALS", "BASE METALS", "TREASURIES", "TABLE", "DIARY",
        "PRESS DIGEST", "POLL",
    }
)  # fmt: skip


#: The names of a news site's sections, which a copied page prints on a line of
#: their own above the headline (``Business``, ``US news``): a kicker there, in
#: any case.  The sections of the largest English-language news sites.
SECTION_NAMES: frozenset[str] = frozenset(
    {"news", "world", "world news", "uk", "uk news", "us", "us news", "u.s.", "u.s. news",
     "australia news", "national", "international", "local", "local news", "europe",
     "asia", "africa", "americas", "middle east", "business", "business news", "money",
     "markets", "economy", "finance", "politics", "us politics", "uk politics", "sport",
     "sports", "football", "soccer", "health", "science", "technology", "tech",
     "environment", "climate", "climate crisis", "culture", "arts", "entertainment",
     "lifestyle", "travel", "education", "media", "crime", "law", "weather",
     "obituaries", "books", "music", "film", "movies", "food", "style", "fashion",
     "property", "real estate", "motoring", "global development", "society", "religion",
     # Asian and African papers' sections (The Star, New Straits Times, The Daily Star)
     "nation", "metro", "regional", "region", "asean", "southeast asia", "south asia",
     "east asia", "columnists", "letters", "frontpage", "front page", "asia pacific",
     "asia-pacific", "gulf", "policy", "budget", "companies", "wealth", "headlines",
     # Pacific and Middle Eastern pages' regions (RNZ Pacific)
     "pacific", "mena", "government",
     # tech and trade sites' sections (The Verge, TechCrunch, Ars Technica)
     "startups", "gadgets", "apps", "ai", "security", "space", "fintech", "crypto",
     "venture", "gaming", "hardware", "enterprise", "transportation", "cars",
     # a university's or an agency's news page
     "news & events", "news and events", "news & stories", "campus news",
     # opinion sections (The Times, The Telegraph, The Guardian, The Independent)
     "comment", "opinion", "comment is free", "views", "voices", "columns",
     # the same pages' news sections in other languages (a broadcaster's or a
     # regional paper's: Notícias, Nachrichten, Nieuws, Actualités)
     "nachrichten", "notícias", "noticias", "notizie", "nieuws", "actualités", "actualité",
     "actualidad", "atualidade", "lokales", "regionales", "binnenland", "buitenland",
     "inland", "ausland", "cronaca", "regio",
     # a company's news pages (its blog, its newsroom)
     "company news", "corporate news", "newsroom",
     # local pages' police and crime sections (a police force's own news page too)
     "police", "polizei", "politie", "blaulicht", "faits divers", "sucesos"}
)  # fmt: skip


#: Labels over a box of summary bullets under the byline (``Summary`` then
#: ``- The union had called the strike ...``): the bullets are the standfirst.
#: Lower case, without a colon.
SUMMARY_LABELS: frozenset[str] = frozenset(
    {
        "summary", "key points", "highlights", "story highlights", "in brief",
        "key takeaways", "takeaways", "at a glance", "in short", "the big picture",
        # a fact-checker's box over its story (PolitiFact)
        "if your time is short",
        # an Indian business daily's summary (The Economic Times), a US TV
        # station group's box (Fox stations), a celebrity magazine's (People)
        "synopsis", "the brief", "need to know",
    }
)  # fmt: skip

#: The labels of :data:`SUMMARY_LABELS` whose box's first block may stand after
#: a blank line (``Synopsis`` / (blank) / ``The company plans ...``): the
#: others' lines come right under them.
SPACED_SUMMARY_LABELS: frozenset[str] = frozenset(
    {
        "synopsis", "the brief", "need to know",
        # a business channel's box (CNBC: Key Points), a Gulf daily's (Highlights)
        "key points", "key takeaways", "highlights", "story highlights",
    }
)  # fmt: skip

#: A digest's label over its items, each a head over its short story (``IN
#: BRIEF`` / ``Library extends weekend hours`` / ``The central library ...``):
#: the items' heads are no headline of the page.  Lower case.
DIGEST_LABELS: frozenset[str] = frozenset(
    {
        "in brief", "news in brief", "briefs", "news briefs", "briefly", "in short",
        "digest", "news digest", "roundup", "round-up", "news roundup", "news round-up",
    }
)  # fmt: skip

#: The standing section headings of a newsletter-style story (Semafor: ``THE
#: NEWS``, ``KNOW MORE``, ``THE VIEW FROM CHINA``, ``JANE'S VIEW``), lower case;
#: the openings and endings that vary are listed apart.  A crosshead wherever it
#: stands in the body, the first block too.
STANDING_HEADS: frozenset[str] = frozenset(
    {"the news", "know more", "room for disagreement", "notable", "step back", "the scoop",
     "the view from", "what we're watching", "what we\u2019re watching", "the other side",
     "between the lines", "the big picture", "zoom in", "zoom out", "go deeper"}
)  # fmt: skip
#: Openings (``THE VIEW FROM BRAZIL``) and endings (``JANE'S VIEW``) of those headings.
STANDING_HEAD_OPENINGS: tuple[str, ...] = ("the view from ",)
STANDING_HEAD_ENDINGS: tuple[str, ...] = ("'s view", "\u2019s view")

#: A column's standing title that is a page's link too, case folded: first in
#: the text, over the column's own furniture (its compiler's credit, its date)
#: and no other link, it is the column's headline (``Corrections and clarifications``).
COLUMN_TITLES: frozenset[str] = frozenset(
    {"corrections and clarifications", "corrections & clarifications",
     "clarifications and corrections"}
)  # fmt: skip

#: Nouns that end a section heading and no person's name, lower case: a heading
#: of two or three capitalised words ending in one (``Third Quarter Highlights``,
#: ``Market Reaction``, ``Key Takeaways``) is a crosshead, not a name alone.
HEADING_NOUNS: frozenset[str] = frozenset(
    {"highlights", "background", "reaction", "reactions", "outlook", "results", "timeline",
     "analysis", "context", "takeaways", "overview", "summary", "details", "impact",
     "response", "aftermath", "costs", "risks", "concerns", "challenges", "questions",
     "answers", "changes", "plans", "steps", "fallout", "implications", "consequences",
     "findings", "recommendations", "history", "prospects", "priorities", "numbers",
     "figures", "facts", "events", "developments", "updates", "options", "lessons",
     # a game story's or a results page's headings over its lists (KEY STATS, LINEUPS)
     "stats", "statistics", "lineups", "standings", "scores", "scorers", "injuries",
     "schedule", "fixtures", "finishers", "winners", "placings",
     # a court's summary of its judgment (JUDGMENT, NOTE)
     "judgment", "judgement", "note", "notes",
     # a summary's label over its list (Key points:, Main points:)
     "points"}
)  # fmt: skip

#: The languages whose pages set a kicker line right over the headline, with no
#: blank line between (German ``Dachzeile``: ``Streit um Rente`` over ``Koalition
#: vertagt die Entscheidung``).  In English copy the same shape is a short
#: headline over its deck (``Storm hits Cornwall`` / ``Thousands without power``).
KICKER_LINE_LANGUAGES = frozenset({"de"})

#: The nouns of an official statement's label over its headline, the issuer
#: after them (``Communiqué de la gendarmerie``, ``Comunicado de la Guardia
#: Civil``, ``Pressemitteilung der Polizei``, ``Press release from
#: Riverton Council``, ``Comunicación Poder Judicial``): a kicker.  Lower case.
#: Not the English ``statement``: ``Statement from the White House`` over the
#: statement's text is the document's own title, its headline.
ISSUER_LABEL_NOUNS: tuple[str, ...] = (
    "communiqué", "comunicado", "comunicato", "comunicación", "comunicazione",
    "pressemitteilung", "pressemeldung", "medienmitteilung", "polizeimeldung",
    "press release", "news release", "media release", "nota de prensa",
    "nota informativa", "nota stampa", "nota à imprensa", "persbericht",
    # the nouns with their own "of the press" (Communiqué de presse du ministère ...)
    "communiqué de presse", "comunicado de prensa", "comunicato stampa",
    "comunicado de imprensa", "presseinformation",
)  # fmt: skip
