"""Common nouns that can head a speaker phrase (``the spokesman said``).

Sources: the source-type nouns of the PARC 3.0 attribution guidelines
(Pareti 2016) and the AP Stylebook entries on anonymous sources, extended
with the kinds of organisation and document that wire copy cites as a
source (``the ministry``, ``the statement``, ``the report``).  Lower case,
singular; plurals are made by the reader.
"""

from __future__ import annotations

#: Trades, crafts and local offices, as local and feature stories quote them
#: (``The chef told a podcast``); ``the chef`` is the one person introduced so
#: (``Celebrity chef Marco Bellini``), like ``the senator``.
TRADE_NOUNS: frozenset[str] = frozenset(
    {"councillor", "councilman", "councilwoman", "headteacher", "headmaster",
     "headmistress", "superintendent", "lecturer", "chef", "cook", "baker", "butcher",
     "engineer", "architect", "painter", "sculptor", "photographer", "dancer", "composer",
     "fisherman", "miner", "dentist", "pharmacist", "veterinarian", "librarian",
     "cashier", "waiter", "waitress", "bartender", "mechanic", "plumber", "electrician",
     "carpenter", "trucker", "sailor", "rancher", "winemaker", "brewer",
     # growers and those who build, publish, own land or keep a hotel
     "grower", "builder", "publisher", "landowner", "hotelier", "restaurateur",
     # a school's head in American copy (``Principal Ken Marsh``, ``the principal``)
     "principal",
     # a faculty's or a college's head (``The school's dean, Dr. Jo Lind``)
     "dean",
     # shops, homes and care (``a store clerk``, ``the janitor``)
     "clerk", "janitor", "caretaker", "nanny", "babysitter", "therapist",
     "counselor", "counsellor", "chaplain", "publicist"}
)  # fmt: skip

#: People by what they do or who they are, in the singular.
PERSON_NOUNS: frozenset[str] = frozenset(
    {"official", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor",
     "source", "analyst", "expert", "specialist", "critic", "supporter", "voter", "resident", "lawmaker",
     "legislator", "senator", "congressman", "congresswoman", "representative", "governor",
     "mayor", "president", "minister", "secretary", "ambassador", "diplomat", "envoy",
     "leader", "chairman", "chairwoman", "chair", "director", "executive", "manager",
     "strategist", "pollster", "consultant", "operative", "organizer", "organiser",
     "activist", "advocate", "lawyer", "attorney", "prosecutor", "judge", "justice",
     "officer", "detective", "investigator", "agent", "witness", "victim", "survivor",
     "doctor", "nurse", "scientist", "researcher", "economist", "professor", "scholar",
     "historian", "author", "writer", "journalist", "reporter", "editor", "columnist",
     "commentator", "host", "anchor", "presenter", "correspondent", "candidate", "nominee", "challenger",
     "rival", "opponent", "incumbent", "member", "delegate", "donor", "fundraiser",
     "employee", "worker", "staffer", "volunteer", "student", "graduate", "undergraduate", "intern", "trainee", "teacher", "parent",
     "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister",
     "friend", "neighbor", "neighbour", "colleague", "ally", "partner", "owner", "founder",
     "confidant", "confidante",
     "ceo", "chief", "head", "boss", "general", "commander", "soldier", "veteran", "pastor",
     "priest", "bishop", "rabbi", "imam", "preacher", "observer", "insider", "person",
     "man", "woman", "people", "protester", "protestor", "demonstrator", "attendee",
     "participant", "fan", "user", "customer", "shopper", "citizen",
     # crowds at marches, rallies, funerals and services, as they chant or call out
     "marcher", "spectator", "onlooker", "mourner", "worshipper", "worshiper", "picketer",
     "heckler", "rallygoer", "chanter", "reveller", "reveler", "parishioner", "congregant",
     "republican", "democrat", "conservative", "liberal", "progressive", "independent",
     "moderator", "panelist", "speaker", "questioner", "caller", "interviewer", "narrator",
     "counsel", "deputy", "assistant", "secretary-general", "planner", "negotiator", "mediator", "regulator", "administrator", "auditor",
     "inspector", "commissioner", "trustee", "director-general", "surrogate", "backer",
     "endorser", "pundit", "blogger", "poster", "tweeter", "biographer", "chronicler",
     "audience", "crowd", "chorus", "two", "three", "four", "both", "others", "some",
     "many", "several", "most", "all", "few", "everyone", "anyone", "someone", "nobody",
     "everybody", "somebody", "hundreds", "thousands", "dozens", "majority", "minority",
     "mogul", "billionaire", "tycoon", "businessman", "businesswoman", "entrepreneur",
     "actor", "actress", "singer", "star", "celebrity", "comedian", "athlete", "player",
     "coach", "pope", "pontiff", "king", "queen", "prince", "princess", "front-runner",
     "frontrunner", "commenter", "respondent", "designer", "percent", "passenger",
     "driver", "motorist", "commuter", "traveler", "traveller", "farmer", "homeowner",
     "tenant", "landlord", "patient", "bystander", "firefighter", "pilot", "retiree",
     "shopkeeper", "teenager", "teen", "youngster", "schoolboy", "schoolgirl", "pensioner",
     "vicar", "barber", "coxswain",
     # tabloid and showbusiness copy (``A pal told us``, ``Her rep said``)
     "pal", "rep",
     # sports, courts, science and the arts
     "goalkeeper", "goalie", "skipper", "striker", "midfielder", "defender", "quarterback",
     "substitute", "debutant", "winger", "playmaker", "qualifier", "runner", "surfer",
     "hiker", "bushwalker", "rambler", "climber", "mountaineer", "pianist", "violinist",
     "cellist", "organist", "saxophonist", "trumpeter", "pacer", "paceman", "seamer",
     "pitcher", "captain", "teammate", "referee", "umpire", "jockey", "golfer", "cyclist",
     "sprinter", "swimmer", "boxer", "defendant", "plaintiff", "juror", "sheriff",
     "coroner", "paramedic", "rescuer", "physician", "surgeon", "epidemiologist",
     "biologist", "physicist", "chemist", "astronomer", "psychologist", "novelist",
     "poet", "playwright", "filmmaker", "producer", "musician", "trainer",
     # courts and services in British and Commonwealth copy
     "barrister", "solicitor", "magistrate", "recorder", "coordinator", "co-ordinator",
     # family, as tributes and court reports name them
     "widow", "widower", "fiance", "fiancee", "fiancé", "fiancée", "grandmother",
     "grandfather", "grandson", "granddaughter", "uncle", "aunt", "nephew", "niece",
     "cousin", "stepfather", "stepmother", "stepson", "stepdaughter", "relative",
     "ombudsman", "medic", "militant", "rebel", "insurgent", "tourist", "midwife", "monk",
     "nun", "trooper", "warden", "inmate", "prisoner", "suspect", "claimant", "investor",
     "shareholder", "trader", "dealer", "banker", "forecaster", "meteorologist", "seismologist",
     "volcanologist", "virologist", "counterpart", "spouse", "lobbyist", "evacuee",
     # cricket, reviews and the media, interpreters
     "bowler", "batter", "batsman", "batswoman", "spinner", "wicketkeeper", "all-rounder",
     "reviewer", "influencer", "podcaster", "vlogger", "youtuber", "streamer",
     "interpreter", "translator", "campaigner", "songwriter", "rapper", "guitarist",
     "drummer", "screenwriter", "showrunner", "carer", "caregiver", "pupil", "creator",
     "winner", "laureate", "co-star", "castmate", "bandmate", "headteacher", "frontman",
     "frontwoman", "bassist", "vocalist", "keyboardist", "dj", "ranger", "gamekeeper",
     "lifeguard", "coastguard", "zookeeper", "conservationist",
     # medicine and the sciences
     "pathologist", "radiologist", "psychiatrist", "neurologist", "cardiologist",
     "oncologist", "paediatrician", "pediatrician", "obstetrician", "anaesthetist",
     "anesthesiologist", "toxicologist", "geneticist", "immunologist", "statistician",
     "criminologist", "sociologist", "anthropologist", "archaeologist", "geologist",
     "climatologist", "ecologist", "zoologist", "botanist", "pharmacologist", "clinician",
     "gp", "dermatologist", "microbiologist", "neuroscientist", "hydrologist"}
) | TRADE_NOUNS  # fmt: skip


#: Organisations, bodies and documents quoted as sources, in the singular.
SOURCE_NOUNS: frozenset[str] = frozenset(
    {"ministry", "department", "office", "agency", "government", "administration",
     "campaign", "committee", "commission", "council", "court", "company", "firm", "group",
     "party", "police", "army", "military", "embassy", "union", "board", "bureau",
     "service", "foundation", "institute", "organisation", "organization", "website",
     "site", "newspaper", "network", "paper", "magazine", "outlet", "statement", "report",
     "release", "letter", "memo", "tweet", "post", "ad", "advertisement", "video", "email",
     "e-mail", "poll", "survey", "study", "filing", "lawsuit", "complaint", "document",
     "indictment", "ruling", "order", "opinion", "decision", "editorial", "article",
     "story", "book", "transcript", "message", "note", "sign", "banner", "placard",
     "petition", "resolution", "bill", "law", "platform", "plan", "proposal", "policy",
     "guidance", "guideline", "manual", "handbook", "pamphlet", "flyer", "mailer",
     "brochure", "page", "account", "feed", "channel", "station", "show",
     "program", "programme", "team", "staff", "white", "house", "senate", "congress",
     "legislature", "assembly", "parliament", "cabinet", "kremlin", "pentagon",
     "association", "federation", "coalition", "alliance", "movement", "caucus",
     "delegation", "panel", "jury", "bank", "fund", "corporation", "business", "industry",
     "university", "school", "college", "hospital", "church", "charity", "nonprofit",
     "think-tank", "tank", "center", "centre", "lab", "laboratory", "project", "initiative",
     "spokesperson", "source", "sources", "officials", "aides", "state", "country",
     "nation", "city", "county", "district", "town", "village", "province", "region",
     "authority", "regulator", "watchdog", "operator", "utility", "airline", "carrier",
     "insurer", "retailer", "manufacturer", "maker", "automaker", "carmaker", "developer",
     "lender", "broker", "tribunal", "inquiry", "regime", "junta",
     "secretariat", "directorate", "inspectorate", "club", "league", "militia",
     "cartel", "navy", "coastguard", "family", "household",
     # negotiated texts quoted at summits and talks
     "draft", "declaration", "communique", "communiqué", "treaty", "accord",
     # firms by their trade
     "broadcaster", "publisher", "startup", "supermarket", "supplier"}
)  # fmt: skip

#: Words before a colon that open a quoted paragraph but name no speaker
#: (``"NOTE: ..."``, ``"WATCH: ..."``): the labels of notes, links and media
#: in web copy, read in lower case (the kickers of
#: :mod:`newsstruct._data.kickers` are no speakers either).
NOT_SPEAKER_LABELS: frozenset[str] = frozenset(
    {"note", "notes", "editor's note", "editors' note", "editor’s note", "update", "updated",
     "watch", "watch live", "video", "videos", "photo", "photos", "picture", "pictures",
     "gallery", "audio", "listen", "read", "read more", "see", "see also", "more",
     "related", "related coverage", "also", "also read", "breaking", "exclusive", "alert",
     "warning", "danger", "caution", "notice", "attention", "important", "disclaimer",
     "correction", "clarification", "spoiler", "spoiler alert", "ps", "p.s", "p.s.",
     "source", "sources", "credit", "caption", "subject", "re", "fw", "fwd", "to", "from",
     "cc", "date", "time", "tl;dr", "tldr", "summary", "bottom line", "question",
     "answer", "step", "tip", "fact", "myth", "claim", "verdict", "rating", "ruling",
     "transcript", "text", "full text", "statement", "advertisement", "sponsored", "live",
     "ap", "reuters", "afp", "headline", "headlines", "title", "subhead", "standfirst",
     "kicker", "motto", "slogan", "quote", "quotes", "quote of the day", "key quote",
     "pull quote", "message", "translation", "reminder", "background", "context", "tweet",
     "why it matters", "what's next", "what they said", "in their words", "location",
     "key points"}
)  # fmt: skip

#: Things that bear words but speak for no one (``The sign read "..."``, ``A
#: banner outside the ministry said "..."``): with one of these as the subject
#: of the cue the quoted words have no speaker.  Whoever carries it speaks
#: (``protesters carried signs saying "..."`` is the protesters'), as PolNeAR does.
SIGN_NOUNS: frozenset[str] = frozenset(
    {"sign", "signs", "banner", "banners", "placard", "placards", "billboard",
     "billboards", "plaque", "plaques", "inscription", "inscriptions", "graffiti",
     "t-shirt", "t-shirts", "shirt", "shirts", "sticker", "stickers", "mural", "murals",
     "headstone", "gravestone", "signboard", "noticeboard", "poster", "posters"}
)  # fmt: skip

#: Prepositions that place a sign (``a sign outside the ministry read``).
SIGN_PLACES: frozenset[str] = frozenset(
    {"outside", "on", "at", "in", "near", "above", "over", "by", "inside", "behind",
     "along", "beside", "across", "opposite", "from"}
)  # fmt: skip

#: Verbs and particles before a sign that make its carrier the speaker (``held
#: up a sign saying "..."``, ``wearing a T-shirt reading``): the sign rule keeps out.
SIGN_CARRIERS: frozenset[str] = frozenset(
    {"hold", "holds", "held", "holding", "carry", "carries", "carried", "carrying",
     "wear", "wears", "wore", "wearing", "wave", "waves", "waved", "waving", "hoist",
     "hoisted", "hoisting", "raise", "raised", "raising", "display", "displayed",
     "displaying", "brandish", "brandished", "brandishing", "bear", "bore", "bearing",
     "up", "put", "posted", "hung", "erected", "unfurled", "unfurling", "painted",
     "sported", "sporting", "made", "making", "wrote", "written"}
)  # fmt: skip

#: English nationality nouns and the words that state that nationality where a
#: person is introduced (``the Swede`` ... ``Swedish``, ``Sweden``): ``the Swede
#: said`` is the one person introduced so, or no one.
NATIONALITY_NOUNS: dict[str, tuple[str, ...]] = {
    "englishman": ("english", "england"), "englishwoman": ("english", "england"),
    "briton": ("british", "britain", "briton"), "brit": ("british", "britain", "brit"),
    "scot": ("scottish", "scotland", "scot"), "scotsman": ("scottish", "scotland"),
    "irishman": ("irish", "ireland"), "irishwoman": ("irish", "ireland"),
    "welshman": ("welsh", "wales"), "frenchman": ("french", "france"),
    "frenchwoman": ("french", "france"), "german": ("german",), "spaniard": ("spanish", "spain"),
    "italian": ("italian", "italy"), "portuguese": ("portuguese", "portugal"),
    "dutchman": ("dutch", "netherlands"), "dutchwoman": ("dutch", "netherlands"),
    "belgian": ("belgian", "belgium"), "swiss": ("swiss", "switzerland"),
    "austrian": ("austrian", "austria"), "swede": ("swedish", "sweden", "swede"),
    "norwegian": ("norwegian", "norway"), "dane": ("danish", "denmark", "dane"),
    "finn": ("finnish", "finland", "finn"), "pole": ("polish", "poland", "pole"),
    "czech": ("czech",), "hungarian": ("hungarian", "hungary"), "greek": ("greek", "greece"),
    "turk": ("turkish", "turkey", "turk"), "russian": ("russian", "russia"),
    "ukrainian": ("ukrainian", "ukraine"), "american": ("american",),
    "canadian": ("canadian", "canada"), "mexican": ("mexican", "mexico"),
    "brazilian": ("brazilian", "brazil"), "argentine": ("argentine", "argentina"),
    "argentinian": ("argentine", "argentinian", "argentina"), "chilean": ("chilean", "chile"),
    "colombian": ("colombian", "colombia"), "australian": ("australian", "australia"),
    "japanese": ("japanese", "japan"), "chinese": ("chinese", "china"),
    "indian": ("indian", "india"), "kenyan": ("kenyan", "kenya"),
    "nigerian": ("nigerian", "nigeria"), "ethiopian": ("ethiopian", "ethiopia"),
    "croat": ("croatian", "croatia", "croat"), "serb": ("serbian", "serbia", "serb"),
    "catalan": ("catalan", "catalonia"), "basque": ("basque",),
    "uruguayan": ("uruguayan", "uruguay"), "peruvian": ("peruvian", "peru"),
    "venezuelan": ("venezuelan", "venezuela"), "ecuadorian": ("ecuadorian", "ecuador"),
    "paraguayan": ("paraguayan", "paraguay"), "senegalese": ("senegalese", "senegal"),
    "ghanaian": ("ghanaian", "ghana"), "ivorian": ("ivorian", "ivory coast", "ivoire"),
    "cameroonian": ("cameroonian", "cameroon"), "egyptian": ("egyptian", "egypt"),
    "moroccan": ("moroccan", "morocco"), "algerian": ("algerian", "algeria"),
    "romanian": ("romanian", "romania"), "slovak": ("slovak",), "slovenian": ("sloven",),
    "slovene": ("sloven",), "icelander": ("iceland",), "israeli": ("israel",),
    "iranian": ("iranian", "iran"), "jamaican": ("jamaican", "jamaica"),
    "kiwi": ("new zealand", "kiwi"),
    "aussie": ("australian", "australia", "aussie"),
    "monegasque": ("monegasque", "monaco"), "thai": ("thai", "thailand"),
    "korean": ("korean", "korea"), "filipino": ("filipino", "philippines"),
    "indonesian": ("indonesian", "indonesia"), "malaysian": ("malaysian", "malaysia"),
    "vietnamese": ("vietnamese", "vietnam"), "taiwanese": ("taiwanese", "taiwan"),
    "singaporean": ("singaporean", "singapore"), "pakistani": ("pakistani", "pakistan"),
    "bangladeshi": ("bangladeshi", "bangladesh"), "zimbabwean": ("zimbabwean", "zimbabwe"),
    "saudi": ("saudi",), "emirati": ("emirati", "emirates"), "cuban": ("cuban", "cuba"),
    "estonian": ("estonian", "estonia"), "latvian": ("latvian", "latvia"),
    "lithuanian": ("lithuanian", "lithuania"), "bulgarian": ("bulgarian", "bulgaria"),
    "kazakh": ("kazakh", "kazakhstan"), "uzbek": ("uzbek", "uzbekistan"),
    "albanian": ("albanian", "albania"), "bosnian": ("bosnian", "bosnia"),
    "belarusian": ("belarusian", "belarus"), "armenian": ("armenian", "armenia"),
    "tunisian": ("tunisian", "tunisia"), "ugandan": ("ugandan", "uganda"),
    "tanzanian": ("tanzanian", "tanzania"), "rwandan": ("rwandan", "rwanda"),
}  # fmt: skip

#: Nouns in *-ing* that modify a role word before a name, as a trade or a
#: portfolio (``Conservative housing critic Jo Lind``, ``banking analyst``,
#: ``visiting professor``): no verb there.
ROLE_ING_WORDS: frozenset[str] = frozenset(
    {"housing", "banking", "marketing", "training", "planning", "engineering", "nursing",
     "mining", "shipping", "publishing", "lending", "trading", "broadcasting",
     "advertising", "accounting", "manufacturing", "licensing", "policing", "polling",
     "fundraising", "building", "teaching", "farming", "fishing", "gaming", "pricing",
     "recruiting", "lobbying", "ruling", "visiting", "consulting", "reporting",
     "programming", "casting", "clothing", "energy-trading", "marketing-research"}
)  # fmt: skip

#: Family members, whom stories name by a first name alone (``Her son Alfie,
#: seven, said``): any capitalised word after one of them is a name.
FAMILY_NOUNS: frozenset[str] = frozenset(
    {"son", "daughter", "wife", "husband", "brother", "sister", "mother", "father",
     "mum", "mom", "dad", "grandson", "granddaughter", "grandmother", "grandfather",
     "niece", "nephew", "cousin", "stepson", "stepdaughter", "twin", "fiance", "fiancee",
     "fiancé", "fiancée", "partner", "widow", "widower", "child", "baby"}
)  # fmt: skip


#: Players' positions that sports copy uses as an epithet for the player named
#: before (``the defender said``): the one person introduced with the word, else
#: the one named in full earlier in the paragraph or in the paragraph before.
POSITION_NOUNS: frozenset[str] = frozenset(
    {"defender", "striker", "midfielder", "forward", "winger", "goalkeeper", "keeper",
     "goalie", "full-back", "centre-back", "center-back", "playmaker", "quarterback",
     "pitcher", "point guard", "batsman", "bowler", "fly-half", "scrum-half", "lock", "prop",
     "hooker", "flanker"}
)  # fmt: skip


#: Words that, with a number after them, give a pupil's school year before a
#: speaker noun (``said Year 11 pupil Aisha Bello``, ``Grade 10 student``).
SCHOOL_YEARS: frozenset[str] = frozenset({"Year", "Grade", "Form", "Class", "Primary", "Standard"})
