"""News outlets by the names that aggregators print above their stories.

Sources: the source lines of the aggregator and reader pages (Yahoo News, MSN,
Apple News, Google News, SmartNews, Flipboard) for the English-language
outlets they carry most, and the major agencies of
:mod:`newsstruct._data.agencies` as those pages write them.  A page copied from
such a site opens with the outlet's name (often a logo's text) on a line of
its own above the headline: ``The Independent``, ``Reuters``,
``Associated Press``.  Names that are also common words (``People``,
``Metro``, ``Fortune``, ``Time``) are left out: alone on a line they may be a
headline.  Matched ignoring case, as the whole line.
"""

from __future__ import annotations

OUTLETS: frozenset[str] = frozenset(
    {
        # agencies
        "Reuters", "Thomson Reuters", "Associated Press", "The Associated Press", "AP", "AFP",
        "Agence France-Presse", "Bloomberg", "Bloomberg News", "Dow Jones", "The Canadian Press",
        "Canadian Press", "PA Media", "Press Association", "Australian Associated Press",
        "AAP", "Xinhua", "Kyodo News", "Yonhap", "Press Trust of India", "PTI", "ANI", "IANS",
        "dpa", "EFE", "ANSA", "Anadolu Agency", "UNB", "BSS",
        # public broadcasters' international services (their names close their pages)
        "NHK World", "NHK World-Japan", "NHK WORLD-JAPAN",
        # United States
        "The New York Times", "New York Times", "The Washington Post", "Washington Post",
        "The Wall Street Journal", "Wall Street Journal", "USA TODAY", "USA Today",
        "Los Angeles Times", "Chicago Tribune", "The Boston Globe", "Boston Globe",
        "CNN", "CNN Business", "CNN Politics", "Fox News", "FOX News", "NBC News",
        "CBS News", "ABC News", "NPR", "PBS NewsHour", "MSNBC", "CNBC", "Bloomberg Law",
        "Business Insider", "HuffPost", "HuffPost UK", "Politico", "POLITICO", "Axios",
        "The Hill", "Newsweek", "The Atlantic", "The New Yorker", "Forbes", "MarketWatch",
        "Barron's", "Yahoo News", "Yahoo Finance", "Yahoo Sports", "The Daily Beast",
        "Mediaite", "Rolling Stone", "Variety", "The Hollywood Reporter", "Entertainment Weekly",
        "Vox", "Vanity Fair", "The Conversation", "ProPublica", "Al Jazeera", "Al Jazeera English",
        "Los Angeles Daily News", "New York Post", "Miami Herald", "The Seattle Times",
        "Seattle Times", "The Dallas Morning News", "Houston Chronicle", "San Francisco Chronicle",
        "The Philadelphia Inquirer", "Star Tribune", "The Denver Post", "Denver Post",
        "Tampa Bay Times", "The Sacramento Bee", "The Kansas City Star", "The Charlotte Observer",
        "Fox Business", "NBC Sports", "CBS Sports", "ESPN", "The Athletic",
        # tech, trade and digital-native sites; fact-checkers
        "The Verge", "Ars Technica", "TechCrunch", "Engadget", "404 Media", "Gizmodo",
        "Slate", "Salon", "Mother Jones", "The Intercept", "Semafor", "Punchbowl News", "Punchbowl News AM",
        "Punchbowl News PM",
        "Morning Brew", "Politico Pro", "Law360", "Adweek", "CoinDesk", "MedPage Today",
        "Native News Online", "PolitiFact", "Snopes", "FactCheck.org", "Full Fact",
        "AFP Fact Check", "Lead Stories",
        # nonprofit newsrooms whose stories others republish with their credit
        "CalMatters", "The Texas Tribune", "Texas Tribune", "Chalkbeat", "KFF Health News",
        "Stateline", "The Marshall Project", "Inside Climate News", "Grist", "Stat News",
        "STAT News", "Block Club Chicago", "Mississippi Today", "Honolulu Civil Beat",
        # United Kingdom and Ireland
        "The Independent", "The Guardian", "The Observer", "The Telegraph",
        "The Daily Telegraph", "The Times", "The Sunday Times", "Financial Times",
        "The Economist", "BBC", "BBC News", "Sky News", "ITV News", "Channel 4 News",
        "Daily Mail", "MailOnline", "Evening Standard", "The Standard", "The Mirror",
        "Daily Mirror", "Daily Express", "The Sun", "The Scotsman", "The Herald",
        "The i Paper", "inews", "The Irish Times", "Irish Independent", "Irish Examiner",
        "RTÉ News", "RTE News", "TheJournal.ie", "Belfast Telegraph", "GB News", "LBC",
        # Canada
        "The Globe and Mail", "Toronto Star", "National Post", "CBC News", "CTV News",
        "Global News", "Montreal Gazette", "Vancouver Sun", "Ottawa Citizen",
        # Australia and New Zealand
        "The Sydney Morning Herald", "Sydney Morning Herald", "The Age", "ABC News (Australia)",
        "The Australian", "news.com.au", "SBS News", "The Guardian Australia", "9News",
        "7NEWS", "NZ Herald", "The New Zealand Herald", "RNZ", "Stuff.co.nz",
        # Asia, Africa, Middle East, Europe
        "The Hindu", "Hindustan Times", "The Times of India", "Times of India",
        "The Indian Express", "Indian Express", "NDTV", "India Today", "Livemint",
        "The Straits Times", "South China Morning Post", "The Japan Times", "Nikkei Asia",
        "The Korea Herald", "The Korea Times", "Channel NewsAsia", "CNA", "Bangkok Post",
        "The Jakarta Post", "Arab News", "Gulf News", "The National",
        "The Times of Israel", "Haaretz", "The Jerusalem Post", "News24", "Daily Maverick",
        "Mail & Guardian", "TimesLIVE", "IOL", "Daily Nation", "The East African",
        "Premium Times", "Euronews", "France 24", "FRANCE 24", "DW", "Deutsche Welle",
        "Le Monde in English", "The Local", "Politico Europe", "Kyiv Independent",
        "The Moscow Times", "Euractiv", "EURACTIV", "Rappler", "Nikkei", "The Kyiv Independent",
        "Africanews", "Daily Sabah", "Hurriyet Daily News", "The Express Tribune",
        "The Daily Star", "Khaleej Times", "Global Times", "China Daily", "Focus Taiwan",
        "VnExpress International", "Korea JoongAng Daily", "Philippine Daily Inquirer",
        "GhanaWeb", "MercoPress", "Buenos Aires Times",
        "GMA News", "GMA Integrated News", "ABS-CBN News", "Dhaka Tribune",
        "The Kathmandu Post", "Balkan Insight", "Al-Monitor", "Middle East Eye",
        "Radio Free Europe/Radio Liberty", "RFE/RL", "Voice of America", "VOA", "VOA News",
        "Ahram Online", "Egypt Independent", "The Jordan Times", "Jordan Times", "Tehran Times",
        "Jerusalem Post", "The Philippine Star", "Philippine Star",
        "Malay Mail", "The Edge Malaysia", "Bernama", "Taipei Times", "Khmer Times",
        "Myanmar Now", "VietnamPlus", "The Mainichi", "Mainichi", "The Asahi Shimbun",
        "Asahi Shimbun", "Yonhap News Agency", "Eurasianet", "Daily Monitor", "The New Times",
        "The Citizen", "Scroll.in", "Scroll", "ThePrint", "Geo News", "Prothom Alo", "The Fiji Times",
        "Fiji Times", "Trinidad Guardian", "Jamaica Gleaner", "The Gleaner", "Mexico News Daily",
        "RNZ Pacific", "Emirates News Agency", "Saudi Press Agency", "Qatar News Agency",
        "Kuwait News Agency", "Antara", "Al-Masry Al-Youm", "The Business Times", "Vanguard News",
        # outlets in other languages, as their pages print them under a byline
        # (Article rédigé par Jane Doe - France Télévisions; Marie Tremblay / La Presse)
        "France Télévisions", "franceinfo", "Radio-Canada", "ICI Radio-Canada", "La Presse",
        "Le Devoir", "Le Figaro", "Libération", "Le Parisien", "Ouest-France", "Le Soir",
        "RTBF", "RTS", "Der Spiegel", "DER SPIEGEL", "Süddeutsche Zeitung", "tagesschau.de",
        "ORF.at", "DER STANDARD", "Der Standard", "NZZ", "SRF", "Handelsblatt", "El País",
        "EL PAÍS", "La Vanguardia", "Clarín", "Infobae", "Folha de S.Paulo", "Agência Brasil",
        "Corriere della Sera", "la Repubblica", "Il Sole 24 Ore", "de Volkskrant", "NOS",
        "Aftonbladet", "Dagens Nyheter", "NRK", "Yle",
        # (names that are also common words are left out: Heute, Blick, Tempo, Sabah)
        "Helsingin Sanomat", "HS", "detikNews", "detikcom", "CNN Indonesia", "Kompas",
        "Berlingske", "Politiken", "VG", "Dagbladet", "Expressen", "Svenska Dagbladet", "SvD",
        "NU.nl", "De Standaard", "HLN", "Rzeczpospolita", "Onet", "Digi24", "HotNews.ro",
        "Sözcü", "O Globo", "g1", "UOL", "Zero Hora", "Correio Braziliense", "Página/12",
        "La Tercera", "Milenio", "Le Temps", "Tages-Anzeiger", "Kleine Zeitung",
        "Rheinische Post", "WAZ", "Sud Ouest", "La Voz de Galicia", "La Voz", "Heraldo de Aragón",
        "Il Messaggero", "Il Fatto Quotidiano", "Jornal de Notícias",
    }
)  # fmt: skip

#: The last word of a newspaper's name (``The Riverton Courier``, ``Springfield
#: News-Leader``): such a name on the line under a byline is the writer's paper.
PAPER_NOUNS: frozenset[str] = frozenset(
    {
        "Advertiser", "Argus", "Beacon", "Bee", "Bulletin", "Chronicle", "Citizen",
        "Courant", "Courier", "Daily", "Democrat", "Dispatch", "Eagle", "Enquirer",
        "Examiner", "Express", "Gazette", "Globe", "Herald", "Independent", "Inquirer",
        "Journal", "Ledger", "Mail", "Mercury", "Monitor", "News", "News-Leader",
        "Observer", "Pioneer", "Post", "Press", "Record", "Recorder", "Register", "Republic",
        "Republican", "Review", "Sentinel", "Standard", "Star", "Statesman", "Sun",
        "Telegram", "Telegraph", "Times", "Times-Dispatch", "Tribune", "Weekly",
    }
)  # fmt: skip

#: The last word of an e-mail newsletter's name, in any case (``The Morning
#: Brief``, ``THE WEEKLY DIGEST``): such a name before a bar and a date is its masthead.
NEWSLETTER_NOUNS: tuple[str, ...] = ("Brief", "Briefing", "Digest", "Newsletter", "Roundup")

OUTLET_KEYS: frozenset[str] = frozenset(name.casefold() for name in OUTLETS)
"""The outlet names case-folded, for look-ups."""


def is_outlet(line: str) -> bool:
    """True when *line* (stripped) is only a listed outlet's name.

    >>> from newsstruct._data.outlets import is_outlet
    >>> is_outlet("The Independent"), is_outlet(" REUTERS "), is_outlet("Independent review")
    (True, True, False)
    """
    return line.strip().casefold() in OUTLET_KEYS
