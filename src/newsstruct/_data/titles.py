"""Honorifics, titles and role words that precede or describe a person's name.

Sources: the title lists of ``python-nameparser`` (``nameparser.config.titles``),
the AP Stylebook entries on courtesy and formal titles, and the abbreviations
used in US and UK wire copy (``Sen.``, ``Rep.``, ``Gov.``, ``Lt.``...).
All entries are lower case, without a final full stop.
"""

from __future__ import annotations

#: Courtesy titles and honorifics: dropped from canonical names.
HONORIFICS: frozenset[str] = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord",
     "lady", "rev", "reverend", "fr", "father", "sister", "brother", "rabbi", "imam",
     "sheikh", "sheik", "madam", "madame", "mme", "monsieur", "herr", "frau", "hon",
     "honorable", "honourable", "messrs", "mssrs", "st", "saint", "pastor", "bishop",
     "cardinal", "pope", "ayatollah", "judge", "justice", "archbishop",
     # Nigerian and Indian honorifics (``Alhaji Abubakar Maigandi``, ``Shri Ram Nath``)
     "alhaji", "alhaja", "hajia", "shri", "sri", "smt", "shrimati",
     # Nigerian, Ghanaian and Gulf styles (``Mallam Ibrahim Lawal``, ``Engr. Jo Obi``,
     # ``Barr. Ada Eze``, ``Nana Kwame Ababio``, ``H.E. Mariam Al Suwaidi``)
     "mallam", "malam", "engr", "barr", "nana", "h.e",
     # Malaysian and Singaporean honours and courtesy titles (``Datuk Seri``,
     # ``Dato' Sri``, ``Tan Sri``, ``Tun``, ``Encik``, ``Puan``, ``Madam``)
     "datuk", "dato", "dato'", "dato\u2019", "datin", "seri", "tun", "encik",
     "puan", "cik",
     # British styles before a title ("the Rt Rev", "the Rt Hon")
     "rt",
     # peeresses and peers of the House of Lords (``Baroness Okonjo``)
     "baroness", "viscount", "viscountess"}
)  # fmt: skip

#: Honorifics of two words whose first word alone is none (``Tan Sri``, a
#: Malaysian honour; ``Tan`` alone is a surname; ``Toh Puan``, ``Puan Sri``).
HONORIFIC_PAIRS: frozenset[tuple[str, str]] = frozenset(
    {("tan", "sri"), ("toh", "puan"), ("puan", "sri")}
)

#: Honorifics that are common surnames too, in South Asia above all: last in
#: a name of three words they are its surname (``Naveed Akhtar Sheikh``).
HONORIFIC_SURNAMES: frozenset[str] = frozenset({"sheikh", "shaikh", "sheik"})

#: The honorifics that name an office or a calling (``Judge Maria Alvarez``,
#: ``Chief Justice John Roberts``, ``Bishop Jo Kent``): dropped from the name
#: like the others, but kept in ``Speaker.role``.
OFFICE_HONORIFICS: frozenset[str] = frozenset(
    {"judge", "justice", "prof", "professor", "rabbi", "imam", "pastor", "bishop",
     "cardinal", "pope", "ayatollah", "archbishop"}
)  # fmt: skip

#: Formal titles and role words written before a name (``Secretary of State
#: Antony Blinken``, ``Sen. Ted Cruz``); they make up ``Speaker.role``.
ROLE_WORDS: frozenset[str] = frozenset(
    {"president", "vice", "prime", "minister", "secretary", "senator", "sen",
     "representative", "rep", "congressman", "congresswoman", "governor", "gov",
     "mayor", "chancellor", "king", "queen", "prince", "princess", "emperor",
     "general", "gen", "lt", "lieutenant", "colonel", "col", "major", "maj", "captain",
     "capt", "sergeant", "sgt", "admiral", "adm", "commander", "cmdr", "chief",
     "director", "chairman", "chairwoman", "chair", "ceo", "spokesman", "spokeswoman",
     "spokesperson", "ambassador", "envoy", "attorney", "speaker", "leader", "deputy",
     "assistant", "foreign", "defence", "defense", "interior", "finance", "state",
     "treasury", "health", "justice", "commerce", "labor", "labour", "energy", "trade",
     "home", "house", "senate", "majority", "minority", "whip", "former", "acting",
     "candidate", "nominee", "state's", "first", "then", "councilman", "councilwoman",
     "councillor", "councilor", "councilmember", "councilperson", "alderman", "alderwoman", "sheriff", "officer", "detective", "inspector", "agent",
     "supervisor", "selectman", "selectwoman", "freeholder", "comptroller", "coroner",
     "superintendent", "commissioner", "counsel", "delegate", "del", "assemblyman", "assemblymember", "assemblyperson",
     "assemblywoman", "premier", "president-elect", "presidential", "democratic",
     "republican", "gop", "democrat", "us", "u.s", "uk", "eu", "un", "federal",
     "national", "press", "executive", "founder", "co-founder", "editor", "host",
     "anchor", "correspondent", "analyst", "strategist", "pollster", "adviser",
     "advisor", "aide", "manager", "campaign", "chief-of-staff", "staff", "of", "the",
     "and", "for", "sens", "reps", "govs", "presidents", "generals", "treasurer",
     "mayor-elect", "governor-elect", "senator-elect", "premier-elect", "chancellor-elect",
     "secretary-general", "director-general", "attorney-general", "governor-general",
     "solicitor-general", "inspector-general", "surgeon-general", "auditor-general",
     "comptroller-general", "postmaster-general", "vice-president", "vice-chancellor",
     "vice-chairman", "vice-chair", "vice-premier", "deputy-director", "co-author",
     "co-chair", "co-chairman", "co-chairwoman", "co-host", "co-director", "co-president",
     "co-leader", "co-owner", "co-sponsor", "co-creator", "co-captain",
     # members of parliaments, written before the name (``Labour MP Jo Lind``)
     "mp", "mep", "msp", "mla", "mpp", "td",
     # Irish heads of government, Kenyan Cabinet and Principal Secretaries and county
     # assembly members, South African provincial ministers (MECs), Philippine
     # secretaries and undersecretaries (``Sec.``, ``Usec.``)
     "taoiseach", "t\u00e1naiste", "tanaiste", "cs", "ps", "mca", "mec", "sec",
     "usec",
     # British police ranks, abbreviated (``DCI Mark Holloway``, ``Det Supt Jo Kent``)
     "dci", "dsi", "det", "supt", "insp", "ch",
     # British councillors (``Cllr Sue Mason``), Australian ones (``Cr Felicity Tan``)
     # and British police constables (``PC Daniel Breck``)
     "cllr", "cr", "pc",
     # military and police ranks (``Brigadier Nabil Osman``, ``Cpl. Jo Kent``,
     # ``Constable Ann Berg``)
     "brigadier", "brig", "corporal", "cpl", "pvt", "commodore", "ensign", "marshal",
     "constable", "trooper", "airman", "bombardier",
     # local offices (``County Registrar Jo Kent``) and students' years (``Junior
     # Ana Ruiz, 16,``, ``sophomore Tom Kent``)
     "registrar", "junior", "sophomore", "freshman",
     # occupations Singapore and Malaysian copy writes before a name (``Hawker Lim
     # Soo Hwa, 67,``, ``Retiree Tan Ah Kow``)
     "hawker", "retiree", "stallholder", "housewife", "homemaker"}
)  # fmt: skip

#: Abbreviations that end in a full stop without ending a sentence.
ABBREVIATIONS: frozenset[str] = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj",
     "capt", "sgt", "adm", "cmdr", "rev", "fr", "st", "jr", "sr", "messrs", "hon",
     "del", "sens", "reps", "govs", "no", "vs", "v", "etc", "inc", "corp", "co", "ltd",
     "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
     "mt", "ft", "ave", "blvd", "dept", "univ", "approx", "est", "op", "ed", "pp", "e.g",
     "i.e", "u.s", "u.k", "u.n", "d.c", "a.m", "p.m", "calif", "fla", "ill", "mass",
     "mich", "minn", "penn", "wash", "wis", "va", "ga", "ky", "la", "md", "mo", "nev",
     "okla", "ore", "tenn", "tex", "ariz", "colo", "conn", "ind", "kan", "miss", "neb",
     "ala", "ark", "n.h", "n.j", "n.y", "n.c", "s.c", "r.i", "w.va", "det", "supt",
     "insp", "brig", "cpl", "pvt", "engr"}
)  # fmt: skip

#: Abbreviated titles that end in a full stop without ending a sentence only
#: as written here (``Agriculture Sec. Ana Cruz``, not ``the SEC.``).
CASED_ABBREVIATIONS: frozenset[str] = frozenset({"Sec", "Usec"})

#: Words that name an organisation when they head a speaker phrase
#: (``the ministry said``): such speakers keep their mention as their name.
ORGANISATION_WORDS: frozenset[str] = frozenset(
    {"ministry", "department", "office", "agency", "government", "administration",
     "campaign", "committee", "commission", "council", "court", "company", "firm",
     "group", "party", "police", "army", "military", "statement", "report", "spokesman",
     "spokeswoman", "spokesperson", "embassy", "kremlin", "pentagon", "white", "union",
     "board", "bureau", "service", "foundation", "institute", "organisation",
     "organization", "website", "newspaper", "network", "paper", "magazine", "release",
     "letter", "memo", "post", "tweet", "ad", "advertisement", "video", "email", "poll",
     "survey", "study", "filing", "lawsuit", "complaint", "document", "documents"}
)  # fmt: skip

#: Words of :data:`ORGANISATION_WORDS` that name a body only before another word
#: (``the White House``): last in a name, they are a surname (``Dana White``).
ORGANISATION_SURNAMES: frozenset[str] = frozenset({"white"})

#: Words that make a capitalised run the name of a company or another body
#: rather than a person's (``Acme Securities Inc``, ``Royal Bank``, ``Acme
#: Traders Association``): legal forms (``Inc``, ``Corp``, ``Ltd``, ``PLC``,
#: ``SA``, ``AG``, ``NV``, ``GmbH``), the nouns that close the names of banks
#: and brokers, and those that close the names of public bodies, venues and
#: news media (``Acme Hotel``, ``Acme Times``).  Sources: the
#: legal-form suffixes listed by ISO 20275 (entity legal forms) for the
#: largest markets, and the names of firms and bodies quoted in wire copy.
COMPANY_WORDS: frozenset[str] = frozenset(
    {"inc", "incorporated", "corp", "corporation", "co", "cos", "ltd", "limited", "plc",
     "llc", "llp", "lp", "sa", "ag", "nv", "bv", "spa", "gmbh", "kk", "bhd", "pty",
     "securities", "bank", "banque", "brothers", "bros", "associates", "partners",
     "markets", "holdings", "investments", "research", "exchange", "trust",
     "association", "federation", "institute", "ministry", "department", "agency",
     "commission", "committee", "council", "bureau", "authority", "exchequer",
     "affairs", "foundation", "university", "league", "society", "club", "hotel",
     "casino", "plaza", "grill", "times", "news", "journal", "magazine", "watch",
     "resources", "services", "industries", "technologies", "airlines", "airways",
     "motors", "group", "alliance", "coalition", "artists", "records", "studios",
     "productions", "entertainment", "pictures", "management", "media", "tribunal",
     # armed bodies named as such (``the Rapid Support Forces``, ``the Syrian
     # Democratic Forces``)
     "forces"}
)  # fmt: skip

#: Abbreviated titles in the plural, before two names or more (``Sens. Jo Lind and
#: Tom Kent``): each person holds the title in the singular (``Sen.``).
PLURAL_TITLES: frozenset[str] = frozenset(
    {"sens", "reps", "govs", "drs", "profs", "gens", "cols", "capts", "sgts", "lts"}
)

#: Role words that name the same office or party (``the senator`` is ``Sen.
#: Jo Lind``, ``the chief executive`` the ``CEO``): a role noun resolves to a
#: person whose role or description holds any word of its group.
ROLE_SYNONYMS: tuple[frozenset[str], ...] = (
    frozenset({"senator", "sen"}),
    frozenset({"representative", "rep", "congressman", "congresswoman"}),
    frozenset({"governor", "gov"}),
    frozenset({"general", "gen"}),
    frozenset({"admiral", "adm"}),
    frozenset({"colonel", "col"}),
    frozenset({"captain", "capt", "skipper"}),
    frozenset({"sergeant", "sgt"}),
    frozenset({"commander", "cmdr"}),
    frozenset({"lieutenant", "lt"}),
    frozenset({"democrat", "democratic"}),
    frozenset({"republican", "gop"}),
    frozenset({"executive", "ceo"}),
    frozenset({"finance", "financial", "cfo"}),
    frozenset({"lawyer", "attorney", "counsel", "barrister", "solicitor"}),
    frozenset({"doctor", "physician", "dr"}),
    frozenset({"professor", "prof"}),
    frozenset({"chairman", "chairwoman", "chair", "chairperson"}),
    frozenset({"spokesman", "spokeswoman", "spokesperson"}),
    frozenset({"pope", "pontiff"}),
)

#: Words of a role noun (``the senator``) and the chamber whose offices its
#: members hold (``Senate President Jo Lind``, ``Senate Majority Leader``): the
#: noun resolves to a person whose role names the chamber, unless the role also
#: holds a word of :data:`NON_MEMBER_WORDS` (``Senate candidate``, ``Senate aide``).
CHAMBER_MEMBERS: dict[str, str] = {"senator": "senate", "sen": "senate"}

#: Words of a role that names a chamber without making its holder a member.
NON_MEMBER_WORDS: frozenset[str] = frozenset(
    {"candidate", "candidates", "hopeful", "nominee", "aide", "aides", "staffer",
     "staff", "clerk", "chaplain", "historian", "parliamentarian", "page", "former"}
)  # fmt: skip

#: Words that name a minister's or a secretary's portfolio after ``for`` or
#: ``of`` (``Minister for Planning``, ``Minister of State for Transport``,
#: ``Secretary of Homeland Security``): the office ends at the first
#: capitalised word after them that is none, which opens the name (``Minister
#: for Planning Tariq Mehmood Awan``) even when the first-name lists lack it.
#: Sources: the portfolios of the cabinets of India, Pakistan, Nigeria, Kenya,
#: South Africa, Singapore, Malaysia, Australia, Ireland and the UK.
PORTFOLIO_WORDS: frozenset[str] = frozenset(
    {"affairs", "agriculture", "arts", "aviation", "broadcasting", "budget", "change",
     "children", "citizenship", "civil", "climate", "commerce", "communications",
     "community", "cooperatives", "culture", "defence", "defense", "development",
     "digital", "disaster", "economic", "economy", "education", "electricity",
     "employment", "energy", "enterprise", "environment", "external", "family",
     "finance", "fisheries", "food", "foreign", "forestry", "forests", "gender",
     "health", "heritage", "higher", "highways", "home", "homeland", "housing",
     "human", "immigration", "industry", "information", "infrastructure", "innovation",
     "interior", "internal", "investment", "justice", "labor", "labour", "land", "lands",
     "law", "legal", "livestock", "local", "management", "manpower", "maritime", "mines",
     "mining", "minerals", "national", "natural", "parliamentary", "petroleum",
     "planning", "police", "power", "public", "railways", "regional", "relations",
     "renewable", "resources", "revenue", "roads", "rural", "science", "security",
     "services", "shipping", "social", "sport", "sports", "sustainability", "technology",
     "telecommunications", "tourism", "trade", "transport", "treasury", "urban",
     "water", "welfare", "women", "works", "youth"}
)  # fmt: skip
