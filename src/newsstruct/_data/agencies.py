"""News agencies and wire services, as their names are written in datelines.

Sources: the agencies' own style (the datelines of their published wire copy),
the AP Stylebook and Reuters Handbook of Journalism entries on datelines, the
member list of the European Alliance of News Agencies (EANA) and the
Organization of Asia-Pacific News Agencies (OANA), and the credit lines of
the syndication services found in the AG News and Reuters-21578 corpora.

Names are matched case-insensitively and reported as written in the text.
A slash joins an agency and a regional desk (``dpa/lni``); only the first part
needs to be listed.
"""

from __future__ import annotations

AGENCIES: frozenset[str] = frozenset(
    {
        # global agencies
        "Reuters", "Reuter", "AP", "Associated Press", "AFP", "Agence France-Presse",
        "Agence France Presse", "UPI", "Bloomberg", "Dow Jones", "DowJonesAP", "AFX",
        "CNN", "BBC", "EFE", "ANSA", "dpa", "DPA", "AP-DJ", "dpa-AFX",
        # Asia and Pacific
        "Xinhua", "Xinhuanet", "Kyodo", "Jiji", "Jiji Press", "Yonhap", "PTI", "ANI", "IANS",
        "UNI", "Bernama", "Antara", "PNA", "VNA", "CNA", "AAP", "KCNA", "KUNA", "APP",
        "NNA", "CNS", "Kyodo News", "UNB", "BSS",
        # Indonesian portals that open their stories with their name: KOMPAS.com - ...
        "KOMPAS.com", "Kompas.com", "Tempo.co", "detikcom",
        # Europe
        "Europa Press", "Lusa", "Belga", "ANP", "APA", "SDA", "Keystone-SDA", "AGI",
        # the Swiss agency's French and Italian services: Lausanne (Keystone-ATS) -
        "ATS", "Keystone-ATS",
        "Adnkronos", "TT", "NTB", "Ritzau", "STT", "CTK", "PAP", "MTI", "BTA", "Agerpres",
        "Tanjug", "HINA", "STA", "ANA-MPA", "AMNA", "KNA", "epd", "SID", "PA", "Press Association",
        "ČTK", "TASR", "LETA", "ELTA", "BNS", "APA-OTS", "UNIAN",
        # APA's release service, alone in its releases' datelines: Wien (OTS) -
        "OTS",
        "FENA", "BIRN",
        # a legal news service that opens its stories with its name and the date
        # in brackets: Law360 (November 4, 2025, 6:12 PM EST) --
        "Law360",
        "Itar-Tass", "ITAR-TASS", "TASS", "Tass", "RIA Novosti", "RIA", "Interfax", "Ukrinform",
        "Anadolu", "AA", "IRNA", "MNA", "ISNA", "Fars", "Tasnim", "IRIN",
        # Middle East and Africa
        "MENA", "SPA", "WAM", "QNA", "WAFA", "Petra", "SANA", "APS", "MAP", "TAP",
        "NAN", "SAPA",
        # the Gulf's and East Africa's state agencies: Oman, Bahrain, Ethiopia, Sudan
        "ONA", "BNA", "ENA", "SUNA",
        # Americas
        "CP", "Canadian Press", "Notimex", "Prensa Latina", "Telam", "Télam", "Agencia Brasil",
        "Agência Brasil", "Andina", "Agência Lusa", "Agencia EFE",
        # Proceso's agency (CIUDAD DE MÉXICO (apro).-), Colombia's, Brazil's
        "apro", "Colprensa", "Folhapress", "Estadão Conteúdo", "Agência Estado",
        "Sports Network", "Ticker", "CBS.MW", "MarketWatch", "U-WIRE", "CWNews.com",
        "newratings.com", "New Ratings", "Mineweb.com", "Billboard",
        # a markets site whose stories open with its name (Investing.com -- Shares of ...)
        "Investing.com",
        # press-release wires (their datelines: /PRNewswire/ --, --(BUSINESS WIRE)--)
        "PRNewswire", "PR Newswire", "PRNewswire-FirstCall", "PRNewswire-USNewswire",
        "PRNewswire-Asia", "CNW", "Canada NewsWire", "Business Wire", "GLOBE NEWSWIRE",
        "GlobeNewswire", "ACCESSWIRE", "ACCESS Newswire", "Newsfile", "Newsfile Corp.",
        "PRWeb", "Marketwired", "JCN Newswire", "EQS Newswire", "EINPresswire",
        "EINPresswire.com", "EIN Presswire", "PRWeb.com", "Accesswire.com",
        # Russian-language credits
        "РИА Новости", "ТАСС", "ИТАР-ТАСС", "Интерфакс", "Прайм", "РБК",
        # Bulgarian, Serbian and Ukrainian agencies in Cyrillic (БТА, Танјуг, Укрінформ)
        "БТА", "Танјуг", "Танюг", "Укрінформ", "Укрiнформ", "УНІАН", "Інтерфакс-Україна",
        # Arabic-language credits (Reuters, AFP, WAM, SPA, QNA, KUNA, SANA, Anadolu, dpa, MENA)
        "رويترز", "أ ف ب", "ا ف ب", "وام", "واس", "قنا", "كونا", "سانا", "الأناضول", "د ب أ",
        "أ ش أ",
        # Korean, Chinese and Japanese credits (Yonhap, Newsis, News1, Xinhua, CNS, Kyodo)
        "연합뉴스", "뉴시스", "뉴스1", "新华社", "中新社", "中新网", "法新社", "路透社", "美联社",
        "共同社", "塔斯社", "共同通信", "時事通信",
    }
)  # fmt: skip

AGENCY_KEYS: frozenset[str] = frozenset(name.casefold() for name in AGENCIES)
"""The agency names case-folded, for look-ups."""


def is_agency(name: str) -> bool:
    """True when *name* (or its part before a ``/``) is a known agency.

    >>> from newsstruct._data.agencies import is_agency
    >>> is_agency("REUTERS"), is_agency("dpa/lni"), is_agency("left")
    (True, True, False)
    """
    key = name.strip().casefold()
    return key in AGENCY_KEYS or key.split("/", 1)[0].strip() in AGENCY_KEYS
