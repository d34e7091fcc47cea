"""World capitals and major cities, for datelines with neither date nor agency.

A bare ``Mumbai:`` or ``Kuala Lumpur -`` at a block start is read as a
dateline only when the place is listed here, so that headline slugs
(``QUESTIONABLE CLAIMS -``) and speaker labels (``TAPPER:``) are not.

Sources (compiled by hand, English exonyms as written in AP/Reuters
datelines, accents dropped where the wire drops them): the capitals of the UN
member and observer states and of other territories with their own dateline
(CIA World Factbook, "Capital" field); cities of about one million people or
more (UN World Urbanization Prospects, urban agglomerations); the US state
capitals and the 100 largest US cities (US Census Bureau); the capitals of
Canadian provinces and Australian states; and the AP Stylebook list of cities
that stand alone in a dateline.  Names are matched case-insensitively.
"""

from __future__ import annotations

import unicodedata

CAPITALS: frozenset[str] = frozenset(
    {
        "Abu Dhabi", "Abuja", "Accra", "Addis Ababa", "Algiers", "Amman", "Amsterdam",
        "Andorra la Vella", "Ankara", "Antananarivo", "Apia", "Ashgabat", "Asmara", "Astana",
        "Asuncion", "Athens", "Baghdad", "Baku", "Bamako", "Bandar Seri Begawan", "Bangkok",
        "Bangui", "Banjul", "Basseterre", "Beijing", "Beirut", "Belgrade", "Belmopan", "Berlin",
        "Bern", "Bishkek", "Bissau", "Bogota", "Brasilia", "Bratislava", "Brazzaville",
        "Bridgetown", "Brussels", "Bucharest", "Budapest", "Buenos Aires", "Bujumbura", "Cairo",
        "Canberra", "Caracas", "Castries", "Chisinau", "Colombo", "Conakry", "Copenhagen",
        "Dakar", "Damascus", "Dhaka", "Dili", "Djibouti", "Dodoma", "Doha", "Dublin",
        "Dushanbe", "Freetown", "Funafuti", "Gaborone", "Georgetown", "Gitega", "Guatemala City",
        "Hanoi", "Harare", "Havana", "Helsinki", "Honiara", "Islamabad", "Jakarta", "Jerusalem",
        "Juba", "Kabul", "Kampala", "Kathmandu", "Khartoum", "Kiev", "Kyiv", "Kigali",
        "Kingston", "Kingstown", "Kinshasa", "Kuala Lumpur", "Kuwait City", "La Paz",
        "Libreville", "Lilongwe", "Lima", "Lisbon", "Ljubljana", "Lome", "London", "Luanda",
        "Lusaka", "Luxembourg", "Madrid", "Majuro", "Malabo", "Male", "Managua", "Manama",
        "Manila", "Maputo", "Maseru", "Mbabane", "Mexico City", "Minsk", "Mogadishu", "Monaco",
        "Monrovia", "Montevideo", "Moroni", "Moscow", "Muscat", "Nairobi", "Nassau",
        "Naypyidaw", "N'Djamena", "New Delhi", "Niamey", "Nicosia", "Nouakchott",
        "Nuku'alofa", "Nuuk", "Oslo", "Ottawa", "Ouagadougou", "Palikir", "Panama City",
        "Paramaribo", "Paris", "Phnom Penh", "Podgorica", "Port Louis", "Port Moresby",
        "Port of Spain", "Port-au-Prince", "Port Vila", "Porto-Novo", "Prague", "Praia",
        "Pretoria", "Pristina", "Pyongyang", "Quito", "Rabat", "Ramallah", "Reykjavik", "Riga",
        "Riyadh", "Rome", "Roseau", "San Jose", "San Juan", "San Marino", "San Salvador",
        "Sanaa", "Santiago", "Santo Domingo", "Sao Tome", "Sarajevo", "Seoul", "Singapore",
        "Skopje", "Sofia", "Stockholm", "Suva", "Taipei", "Tallinn", "Tarawa", "Tashkent",
        "Tbilisi", "Tegucigalpa", "Tehran", "The Hague", "Thimphu", "Tirana", "Tokyo",
        "Tripoli", "Tunis", "Ulaanbaatar", "Ulan Bator", "Vaduz", "Valletta", "Vatican City",
        "Victoria", "Vienna", "Vientiane", "Vilnius", "Warsaw", "Washington", "Wellington",
        "Windhoek", "Yamoussoukro", "Yaounde", "Yerevan", "Zagreb", "Hong Kong", "Macau",
        "Macao", "Gaza", "Gaza City", "Hamilton", "Noumea", "Papeete", "Willemstad",
        "Oranjestad", "Douglas", "St. Helier", "Gibraltar", "Stanley", "Hagatna", "Pago Pago",
        "Tórshavn", "Torshavn", "Sukhumi", "Tskhinvali", "Stepanakert", "Hargeisa",
        "Laayoune", "Tiraspol",
    }
)  # fmt: skip
"""National and territorial capitals (with common variant spellings)."""

MAJOR_CITIES: frozenset[str] = frozenset(
    {
        # Asia
        "Mumbai", "Bombay", "Delhi", "Kolkata", "Calcutta", "Chennai", "Madras", "Bengaluru",
        "Bangalore", "Hyderabad", "Ahmedabad", "Pune", "Surat", "Jaipur", "Lucknow", "Kanpur",
        "Nagpur", "Patna", "Indore", "Bhopal", "Chandigarh", "Srinagar", "Guwahati",
        "Kochi", "Thiruvananthapuram", "Karachi", "Lahore", "Peshawar", "Quetta", "Rawalpindi",
        "Faisalabad", "Multan", "Chittagong", "Kandahar", "Herat", "Mazar-i-Sharif",
        "Jalalabad", "Shanghai", "Guangzhou", "Shenzhen", "Tianjin", "Chongqing", "Wuhan",
        "Chengdu", "Nanjing", "Hangzhou", "Xi'an", "Shenyang", "Harbin", "Dalian", "Qingdao",
        "Xiamen", "Kunming", "Urumqi", "Lhasa", "Osaka", "Yokohama", "Nagoya", "Kobe",
        "Kyoto", "Sapporo", "Fukuoka", "Hiroshima", "Fukushima", "Sendai", "Okinawa", "Busan",
        "Incheon", "Daegu", "Kaohsiung", "Taichung", "Ho Chi Minh City", "Saigon", "Da Nang",
        "Haiphong",
        # Vietnamese cities as Viet Nam News and VnExpress write them
        "Hà Nội", "Ha Noi", "Hồ Chí Minh City", "TP Hồ Chí Minh", "Đà Nẵng", "Hải Phòng",
        "Cần Thơ", "Huế", "Nha Trang",
        "Yangon", "Rangoon", "Mandalay", "Chiang Mai", "Phuket", "Pattaya",
        "Cebu", "Davao", "Quezon City", "Makati", "Surabaya", "Bandung", "Medan", "Bali",
        "Denpasar", "Yogyakarta", "Makassar", "Petaling Jaya", "Johor Bahru", "George Town",
        "Penang", "Shah Alam", "Kota Kinabalu", "Kuching", "Putrajaya", "Ipoh", "Malacca",
        "Visakhapatnam", "Vijayawada", "Coimbatore", "Madurai", "Kozhikode", "Mangaluru",
        "Mangalore", "Mysuru", "Mysore", "Noida", "Gurugram", "Gurgaon", "Ghaziabad", "Varanasi",
        "Agra", "Amritsar", "Ludhiana", "Jammu", "Shimla", "Dehradun", "Ranchi", "Raipur",
        "Bhubaneswar", "Panaji", "Imphal", "Shillong", "Agartala", "Aizawl", "Kohima",
        "Itanagar", "Gangtok", "Puducherry", "Jodhpur", "Udaipur", "Vadodara", "Rajkot",
        "Nashik", "Aurangabad", "Thane", "Navi Mumbai", "Gandhinagar", "Prayagraj", "Allahabad",
        "Meerut", "Gujranwala", "Sialkot", "Abbottabad", "Gilgit", "Muzaffarabad", "Sylhet",
        "Khulna", "Rajshahi", "Kandy", "Jaffna", "Pokhara", "Seremban", "Alor Setar",
        "Kuantan", "Kuala Terengganu", "Kota Bharu", "Melaka", "Klang", "Subang Jaya", "Kangar",
        "Miri", "Sibu", "Sandakan", "Tawau", "Cyberjaya", "Bintulu", "Zamboanga", "Iloilo",
        "Baguio", "Pasay", "Taguig", "Pasig", "Semarang", "Palembang", "Batam", "Pekanbaru",
        "Jayapura", "Banda Aceh", "Ajman", "Fujairah", "Ras Al Khaimah", "Al Ain",
        "Almaty", "Samarkand", "Tabriz", "Mashhad", "Isfahan", "Shiraz", "Basra",
        "Mosul", "Erbil", "Kirkuk", "Najaf", "Karbala", "Fallujah", "Aleppo", "Homs", "Idlib",
        "Raqqa", "Deir al-Zor", "Latakia", "Tel Aviv", "Haifa", "Hebron", "Nablus",
        "Bethlehem", "Jenin", "Rafah", "Khan Younis", "Jeddah", "Mecca", "Medina", "Dammam",
        "Dubai", "Sharjah", "Aden", "Hodeidah", "Taiz", "Istanbul", "Izmir", "Antalya", "Bursa",
        "Adana", "Gaziantep", "Diyarbakir",
        # Europe
        "Barcelona", "Valencia", "Seville", "Bilbao", "Malaga", "Porto", "Milan", "Naples",
        "Turin", "Florence", "Venice", "Genoa", "Bologna", "Palermo", "Munich", "Hamburg",
        "Frankfurt", "Cologne", "Stuttgart", "Dusseldorf", "Duesseldorf", "Leipzig", "Dresden",
        "Hanover", "Bonn", "Marseille", "Lyon", "Toulouse", "Nice", "Strasbourg", "Bordeaux",
        "Lille", "Nantes", "Geneva", "Zurich", "Basel", "Lausanne", "Davos", "Antwerp",
        "Rotterdam", "The Hague", "Manchester", "Birmingham", "Liverpool", "Leeds", "Glasgow",
        "Edinburgh", "Belfast", "Cardiff", "Bristol", "Oxford", "Cambridge", "Krakow",
        "Gdansk", "Wroclaw", "Lodz", "St. Petersburg", "Saint Petersburg", "Novosibirsk",
        "Yekaterinburg", "Kazan", "Nizhny Novgorod", "Sochi", "Vladivostok", "Grozny",
        "Kharkiv", "Kharkov", "Odesa", "Odessa", "Lviv", "Dnipro", "Donetsk", "Luhansk",
        "Mariupol", "Sevastopol", "Simferopol", "Thessaloniki", "Gothenburg", "Malmo",
        "Bergen", "Salzburg", "Brno", "Cluj-Napoca", "Luxembourg",
        # the same and other cities as datelines in their own languages write them
        "Wien", "München", "Köln", "Nürnberg", "Hannover", "Dortmund", "Bremen",
        "Warszawa", "Praha", "Roma", "Milano", "Napoli", "Torino", "Firenze", "Venezia",
        "Genova", "Lisboa", "Sevilla", "Zaragoza", "Bruxelles", "Brussel", "Genève", "Den Haag",
        "København", "Göteborg", "Bucureşti", "București", "Beograd",
        # Finnish and Danish cities as Swedish copy names them (HBL: HELSINGFORS. ...)
        "Helsingfors", "Åbo", "Tammerfors", "Köpenhamn", "Malmö",
        # regional capitals and large cities that datelines in their own languages
        # name alone (Ouest-France: Rennes. La tempête ...)
        "Rennes", "Brest", "Caen", "Angers", "Rouen", "Montpellier", "Reims", "Grenoble",
        "Dijon", "Le Havre", "Saint-Étienne", "Clermont-Ferrand", "Limoges", "Toulon",
        "Perpignan", "Ajaccio", "Duisburg", "Bochum", "Wuppertal", "Bielefeld", "Münster",
        "Karlsruhe", "Mannheim", "Augsburg", "Wiesbaden", "Mainz", "Magdeburg", "Erfurt",
        "Potsdam", "Rostock", "Saarbrücken", "Wolfsburg", "Freiburg", "Heidelberg", "Kassel",
        "Braunschweig", "Chemnitz", "Graz", "Linz", "Innsbruck", "Klagenfurt", "Lugano",
        "St. Gallen", "Luzern", "Lucerne", "Bari", "Catania", "Verona", "Padova", "Padua",
        "Trieste", "Brescia", "Cagliari", "Perugia", "Ancona", "Alicante", "Valladolid",
        "Vigo", "Gijón", "Murcia", "Pamplona", "San Sebastián", "A Coruña", "Oviedo", "Cádiz",
        "Coimbra", "Utrecht", "Eindhoven", "Groningen", "Maastricht", "Liège", "Ghent", "Gent",
        "Namur", "Charleroi", "Bruges", "Brugge", "Poznań", "Szczecin", "Lublin", "Katowice",
        "Ostrava", "Aarhus", "Odense", "Trondheim", "Stavanger", "Uppsala", "Tampere", "Turku",
        "La Plata", "Mar del Plata", "Arequipa", "Cusco", "Cochabamba", "Querétaro", "Toluca",
        "Hermosillo", "Morelia", "Campinas", "Goiânia", "Florianópolis",
        # Africa
        "Lagos", "Kano", "Ibadan", "Port Harcourt", "Maiduguri", "Johannesburg", "Cape Town",
        "Durban", "Soweto", "Alexandria", "Giza", "Port Said", "Suez", "Luxor", "Aswan",
        "Sharm el-Sheikh", "Casablanca", "Marrakesh", "Marrakech", "Tangier", "Fez", "Oran",
        "Benghazi", "Misrata", "Sirte", "Mombasa", "Kisumu", "Dar es Salaam", "Zanzibar",
        "Goma", "Lubumbashi", "Bukavu", "Abidjan", "Douala", "Omdurman", "Darfur", "El Fasher",
        "Timbuktu", "Gao", "Bulawayo", "Kumasi", "Enugu", "Kaduna", "Jos", "Benin City",
        "Owerri", "Calabar", "Ilorin", "Abeokuta", "Nakuru", "Eldoret", "Tamale", "Takoradi",
        # Americas
        "Sao Paulo", "Rio de Janeiro", "Belo Horizonte", "Salvador", "Recife", "Fortaleza",
        "Porto Alegre", "Curitiba", "Manaus", "Belem", "Cordoba", "Rosario", "Mendoza",
        "Valparaiso", "Medellin", "Cali", "Cartagena", "Barranquilla", "Guayaquil",
        "Maracaibo", "Guadalajara", "Monterrey", "Tijuana", "Puebla", "Ciudad de México",
        "Ciudad Juarez", "Cancun", "Acapulco", "Culiacan", "Veracruz", "Oaxaca", "Havana",
        "Toronto", "Montreal", "Vancouver", "Calgary", "Edmonton", "Winnipeg", "Halifax",
        "Quebec City", "Regina", "Fredericton", "Charlottetown", "St. John's", "Whitehorse",
        "Yellowknife", "Iqaluit", "Victoria",
        # Oceania
        "Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Hobart", "Darwin",
        "Auckland", "Christchurch", "Gold Coast",
        # the capitals as their own papers and agencies dateline them (KUNA and
        # Kuwait Times: KUWAIT; Addis Standard: Addis Abeba)
        "Kuwait", "Addis Abeba",
    }
)  # fmt: skip
"""Cities of about a million people or more, and cities often datelined alone."""

US_CITIES: frozenset[str] = frozenset(
    {
        # state capitals
        "Montgomery", "Juneau", "Phoenix", "Little Rock", "Sacramento", "Denver", "Hartford",
        "Dover", "Tallahassee", "Atlanta", "Honolulu", "Boise", "Springfield", "Indianapolis",
        "Des Moines", "Topeka", "Frankfort", "Baton Rouge", "Augusta", "Annapolis", "Boston",
        "Lansing", "St. Paul", "Saint Paul", "Jackson", "Jefferson City", "Helena", "Lincoln",
        "Carson City", "Concord", "Trenton", "Santa Fe", "Albany", "Raleigh", "Bismarck",
        "Columbus", "Oklahoma City", "Salem", "Harrisburg", "Providence", "Columbia", "Pierre",
        "Nashville", "Austin", "Salt Lake City", "Montpelier", "Richmond", "Olympia",
        "Charleston", "Madison", "Cheyenne",
        # large cities and cities that stand alone in AP datelines
        "New York", "Los Angeles", "Chicago", "Houston", "Philadelphia", "San Antonio",
        "San Diego", "Dallas", "San Jose", "Jacksonville", "Fort Worth", "Charlotte",
        "San Francisco", "Seattle", "El Paso", "Detroit", "Memphis", "Portland", "Louisville",
        "Baltimore", "Milwaukee", "Albuquerque", "Tucson", "Fresno", "Mesa", "Kansas City",
        "Omaha", "Colorado Springs", "Miami", "Oakland", "Minneapolis", "Tulsa", "Wichita",
        "Arlington", "New Orleans", "Cleveland", "Tampa", "Bakersfield", "Aurora", "Anaheim",
        "Santa Ana", "Riverside", "Corpus Christi", "Lexington", "Pittsburgh", "Anchorage",
        "Stockton", "Cincinnati", "St. Louis", "Saint Louis", "Toledo", "Greensboro", "Newark",
        "Plano", "Henderson", "Orlando", "Jersey City", "Chula Vista", "Buffalo", "Fort Wayne",
        "Chandler", "St. Petersburg", "Laredo", "Durham", "Irvine", "Norfolk",
        "Lubbock", "Gilbert", "Winston-Salem", "Glendale", "Reno", "Hialeah", "Garland",
        "Chesapeake", "Scottsdale", "Spokane", "Fremont", "San Bernardino", "Modesto",
        "Tacoma", "Fontana", "Birmingham",
        "Rochester", "Syracuse", "Akron", "Dayton", "Grand Rapids", "Knoxville",
        "Las Vegas", "Atlantic City", "Hollywood", "Beverly Hills",
        "Palo Alto", "Cupertino", "Mountain View", "Silicon Valley", "Miami Beach",
        "Fort Lauderdale", "West Palm Beach", "Palm Beach", "Savannah", "Wilmington",
        "Cambridge", "Princeton", "New Haven", "Ann Arbor", "Flint", "Ferguson", "Manchester",
        "Cedar Rapids", "Green Bay", "Fargo", "Sioux Falls", "Billings",
        "Cape Canaveral", "Guantanamo Bay", "Pearl Harbor", "Fairbanks",
        "Hilo", "Galveston", "Scranton",
    }
)  # fmt: skip
"""US state capitals, the largest US cities, and places AP datelines alone."""

NAMES_TOO: frozenset[str] = frozenset(
    {
        "Jackson", "Lincoln", "Austin", "Madison", "Hamilton", "Douglas", "Victoria", "Helena",
        "Augusta", "Charlotte", "Henderson", "Chandler", "Gilbert", "Stanley", "Regina",
        "Darwin", "Pierre", "Phoenix", "Aurora", "Irvine", "Durham", "Raleigh", "Montgomery",
        "Dover", "Columbus", "Florence", "Kingston", "Lexington", "Arlington", "Richmond",
        "Charleston", "Cheyenne", "Salem", "Lansing", "Santiago", "Medina", "Male", "Cali",
        "Sofia", "Lima", "Nice", "Georgetown", "Cambridge", "Princeton", "Flint", "Ferguson",
        "Manchester", "Birmingham", "Wilmington", "Savannah", "Hollywood", "Springfield",
        "Providence", "Concord", "Columbia", "Olympia", "Juneau", "Boise", "Mesa", "Garland",
        "Glendale", "Norfolk", "Laredo", "Reno", "Miri", "Gao", "Jos", "Bergen", "Porto",
        "Adelaide", "Perth", "Hobart", "Salvador", "Cordoba", "Valencia", "Medellin",
        "Troy", "Sydney",
    }
)  # fmt: skip
"""Listed places that are also common given names or surnames (US Census surname
and Social Security given-name lists): ``JACKSON:`` in a transcript labels a
speaker, so these never stand alone before a colon, nor in title case."""

COUNTRIES: frozenset[str] = frozenset(
    {
        "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia",
        "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados",
        "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia",
        "Bosnia and Herzegovina", "Botswana", "Brazil", "Brunei", "Bulgaria", "Burkina Faso",
        "Burundi", "Cambodia", "Cameroon", "Canada", "Cape Verde", "Chad", "Chile", "China",
        "Colombia", "Comoros", "Congo", "DR Congo", "Costa Rica", "Croatia", "Cuba", "Cyprus",
        "Czechia", "Czech Republic", "Denmark", "Djibouti", "Dominican Republic", "Ecuador",
        "Egypt", "El Salvador", "England", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji",
        "Finland", "France", "Gabon", "Gambia", "Germany", "Ghana", "Greece", "Greenland",
        "Guatemala", "Guinea", "Guyana", "Haiti", "Honduras", "Hong Kong", "Hungary", "Iceland",
        "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Ivory Coast",
        "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kosovo", "Kuwait", "Kyrgyzstan",
        "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein",
        "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali",
        "Malta", "Mauritania", "Mauritius", "Mexico", "Moldova", "Monaco", "Mongolia",
        "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nepal", "Netherlands",
        "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Korea", "North Macedonia",
        "Northern Ireland", "Norway", "Oman", "Pakistan", "Palestine", "Panama",
        "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar",
        "Romania", "Russia", "Rwanda", "Samoa", "San Marino", "Saudi Arabia", "Scotland",
        "Senegal", "Serbia", "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Somalia",
        "South Africa", "South Korea", "South Sudan", "Spain", "Sri Lanka", "Sudan",
        "Suriname", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania",
        "Thailand", "Togo", "Tonga", "Trinidad and Tobago", "Tunisia", "Turkey", "Türkiye",
        "Turkmenistan", "Uganda", "Ukraine", "United Arab Emirates", "United Kingdom",
        "United States", "Uruguay", "Uzbekistan", "Vanuatu", "Venezuela", "Vietnam", "Wales",
        "Yemen", "Zambia", "Zimbabwe", "Gaza", "West Bank",
        # states of the older wire copy (1980s Reuters)
        "West Germany", "East Germany", "Soviet Union",
    }
)  # fmt: skip
"""Countries and territories as English headlines name them (UN member states,
short forms such as ``Czechia`` and ``Türkiye``, the UK's nations, ``Gaza``, and
the two Germanys and the Soviet Union of older copy), for
a country label before a headline (DW's ``Germany: Coalition agrees ...``).
Matched as written, in title case."""

REGIONS: frozenset[str] = frozenset(
    {
        "Africa", "Americas", "Antarctic", "Arctic", "Asia", "Asia-Pacific", "Balkans",
        "Baltics", "Caribbean", "Caucasus", "Central America", "Central Asia", "East Africa",
        "East Asia", "Eurasia", "Europe", "Gulf", "Horn of Africa", "Latin America",
        "Mediterranean", "Middle East", "Nordics", "North Africa", "North America",
        "Oceania", "Pacific", "Sahel", "Scandinavia", "South America", "South Asia",
        "Southeast Asia", "Southern Africa", "West Africa",
    }
)  # fmt: skip
"""World regions as wire copy names them (``director for Latin America and the
Caribbean``); not in :data:`PLACES`, which datelines read."""

PLACES: frozenset[str] = CAPITALS | MAJOR_CITIES | US_CITIES
"""Every listed place."""


def _key(name: str) -> str:
    """*name* case folded, hyphens as spaces, accents dropped (``Bogotá`` is
    ``Bogota``: the list drops them where the wire does, pages in the place's
    own language keep them)."""
    key = " ".join(name.casefold().replace("-", " ").split())
    if not key.isascii():
        key = "".join(
            char for char in unicodedata.normalize("NFD", key) if not unicodedata.combining(char)
        )
    return key


PLACE_KEYS: frozenset[str] = frozenset(_key(name) for name in PLACES)
"""The place names case-folded, hyphens as spaces, for look-ups."""

NAME_KEYS: frozenset[str] = frozenset(_key(name) for name in NAMES_TOO)
"""The places that are also personal names, as look-up keys."""


def is_known_place(name: str, *, names_too: bool = True) -> bool:
    """True when *name* is a listed capital or major city (any case).

    With ``names_too=False``, places that are also personal names do not count.

    >>> from newsstruct._data.gazetteer import is_known_place
    >>> is_known_place("KUALA LUMPUR"), is_known_place("Mumbai"), is_known_place("TAPPER")
    (True, True, False)
    >>> is_known_place("JACKSON"), is_known_place("JACKSON", names_too=False)
    (True, False)
    """
    key = _key(name)
    return key in PLACE_KEYS and (names_too or key not in NAME_KEYS)
